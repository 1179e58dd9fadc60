package dev.mentoring.testkit.contract;

import static java.util.Objects.requireNonNull;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.mentoring.core.matching.MatchingProblem;
import dev.mentoring.core.matching.MatchingResult;
import dev.mentoring.core.matching.MatchingStrategy;
import dev.mentoring.testkit.generate.MatchingInstances;
import dev.mentoring.testkit.generate.SyntheticOrganization;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apiguardian.api.API;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The conformance kit for {@link MatchingStrategy} implementations: every invariant the SPI
 * promises, checked on generated problems of several sizes. Extend it in a test class and return
 * the strategy:
 *
 * <pre>{@code
 * class MyAlgorithmContractTest extends MatchingStrategyContract {
 *   @Override protected MatchingStrategy strategy() { return new MyAlgorithm(); }
 * }
 * }</pre>
 *
 * <p>The cases are grouped by theme (places and capacity, eligibility, the result's report of
 * unmatched mentees, edge cases, determinism, the input) and named by the behaviour they demand, so
 * a failure reads as the rule broken; its message names each problem on which the rule broke, with
 * the problem's seed. By default the problems ({@link #problems()}) are drawn with {@link
 * MatchingInstances} from one seeded {@link SyntheticOrganization} of 2,000 people: edge cases (no
 * mentors, no mentees, nobody, every pair excluded, places for exactly every mentee, one of each, a
 * PEER program with people on both sides), small problems with exclusions, several mentors per
 * mentee and existing pairs, and medium problems of 200 mentees and 60 mentors. Every problem is
 * built as the engine builds one: places are what capacity leaves once existing pairs are counted,
 * and existing pairs, manager-chain relations and exclusions are in {@link
 * MatchingProblem#excluded()}.
 *
 * <p>Each case calls {@link #strategy()} once and matches each problem afresh. A strategy that
 * throws fails the case, naming the problem. The concurrency case runs four threads. The kit holds
 * no state of its own; JUnit creates an instance per case, and the default problems are built once
 * and shared, immutable, by every instance.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public abstract class MatchingStrategyContract {

  /** The most breaches a failure message lists. */
  private static final int SHOWN = 20;

  /** Creates the kit. */
  protected MatchingStrategyContract() {}

  /**
   * Returns the strategy under test. Called once per case.
   *
   * @return the strategy
   */
  protected abstract MatchingStrategy strategy();

  /**
   * Returns the problems the general cases run on. Override to add problems of one's own to those
   * of {@code super.problems()}, or to replace them; each must be shaped as the engine shapes
   * problems (see the class documentation). The edge cases always use the kit's own problems.
   *
   * @return the problems, in order
   */
  protected List<MatchingProblem> problems() {
    return StrategyProblems.get().all();
  }

  /**
   * Tells whether the strategy is deterministic, as the SPI requires: an equal problem, including
   * its seed, gives an equal result. Override to return false only for an experimental strategy
   * that is not; the determinism cases are then skipped, not passed.
   *
   * @return true by default
   */
  protected boolean isDeterministic() {
    return true;
  }

  // ------------------------------------------------------------------ cases

  /** Places and capacity: nobody gets more pairs than they may have. */
  @Nested
  @DisplayName("places and capacity")
  class PlacesAndCapacity {
    /** Mentor places. */
    @Test
    @DisplayName("no mentor is proposed more often than it has places")
    void mentorPlaces() {
      checkAll(StrategyChecks::mentorPlaces);
    }

    /** Mentee places. */
    @Test
    @DisplayName("no mentee is proposed more often than it has places")
    void menteePlaces() {
      checkAll(StrategyChecks::menteePlaces);
    }

    /** No pair twice. */
    @Test
    @DisplayName("no mentor and mentee are proposed together twice")
    void repeatedProposals() {
      checkAll(StrategyChecks::repeatedProposals);
    }

    /** Mentor capacity with existing pairs. */
    @Test
    @DisplayName("a mentor's existing pairs and proposals fit its capacity")
    void mentorCapacity() {
      checkAll(StrategyChecks::mentorCapacity);
    }

    /** Mentee limit with existing pairs. */
    @Test
    @DisplayName("a mentee's existing pairs and proposals fit the program's mentors per mentee")
    void menteeLimit() {
      checkAll(StrategyChecks::menteeLimit);
    }
  }

  /** Eligibility: only allowed pairs of the problem's participants. */
  @Nested
  @DisplayName("eligibility")
  class Eligibility {
    /** Participants of the problem. */
    @Test
    @DisplayName("proposals name only mentors and mentees of the problem")
    void participants() {
      checkAll(StrategyChecks::participants);
    }

    /** Excluded pairs. */
    @Test
    @DisplayName("no excluded pair is proposed")
    void excluded() {
      checkAll(StrategyChecks::excluded);
    }

    /** Self pairs. */
    @Test
    @DisplayName("nobody is proposed as their own mentor")
    void selfPairs() {
      checkAll(StrategyChecks::selfPairs);
    }

    /** Existing pairs. */
    @Test
    @DisplayName("no existing pair is proposed again")
    void existingPairs() {
      checkAll(StrategyChecks::existingPairs);
    }
  }

  /** The result: every mentee is accounted for. */
  @Nested
  @DisplayName("unmatched mentees")
  class Unmatched {
    /** Unmatched with a reason. */
    @Test
    @DisplayName("every mentee without a proposal is reported unmatched with a reason")
    void unmatchedReported() {
      checkAll(StrategyChecks::unmatchedReported);
    }

    /** Matched mentees are not unmatched. */
    @Test
    @DisplayName("no mentee with a proposal is reported unmatched")
    void matchedNotUnmatched() {
      checkAll(StrategyChecks::matchedNotUnmatched);
    }

    /** Only mentees. */
    @Test
    @DisplayName("only mentees of the problem are reported unmatched")
    void unmatchedAreMentees() {
      checkAll(StrategyChecks::unmatchedAreMentees);
    }
  }

  /** Edge cases. */
  @Nested
  @DisplayName("edge cases")
  class EdgeCases {
    /** No mentors. */
    @Test
    @DisplayName("a problem without mentors gets no proposals and every mentee reported unmatched")
    void noMentors() {
      MatchingProblem p = StrategyProblems.get().noMentors();
      MatchingResult r = run(strategyUnderTest(), p);
      assertThat(r.proposals()).as(describe(p)).isEmpty();
      assertThat(r.unmatched()).as(describe(p)).hasSameSizeAs(p.mentees());
      assertThat(r.unmatched().values()).as(describe(p)).noneMatch(String::isBlank);
    }

    /** No mentees. */
    @Test
    @DisplayName("a problem without mentees gets no proposals and nobody reported unmatched")
    void noMentees() {
      MatchingProblem p = StrategyProblems.get().noMentees();
      MatchingResult r = run(strategyUnderTest(), p);
      assertThat(r.proposals()).as(describe(p)).isEmpty();
      assertThat(r.unmatched()).as(describe(p)).isEmpty();
    }

    /** Nobody. */
    @Test
    @DisplayName("a problem without participants gets no proposals and nobody reported unmatched")
    void nobody() {
      MatchingProblem p = StrategyProblems.get().nobody();
      MatchingResult r = run(strategyUnderTest(), p);
      assertThat(r.proposals()).as(describe(p)).isEmpty();
      assertThat(r.unmatched()).as(describe(p)).isEmpty();
    }

    /** All excluded. */
    @Test
    @DisplayName("a problem whose pairs are all excluded gets no proposals")
    void allExcluded() {
      MatchingProblem p = StrategyProblems.get().allExcluded();
      MatchingResult r = run(strategyUnderTest(), p);
      assertThat(r.proposals()).as(describe(p)).isEmpty();
      assertThat(r.unmatched()).as(describe(p)).hasSameSizeAs(p.mentees());
    }
  }

  /** Determinism and statelessness. */
  @Nested
  @DisplayName("determinism")
  class Determinism {
    /** Twice the same problem. */
    @Test
    @DisplayName("the same problem gives an equal result")
    void sameProblem() {
      MatchingStrategy s = deterministicStrategy();
      List<String> breaches = new ArrayList<>();
      for (MatchingProblem p : problems()) {
        if (!run(s, p).equals(run(s, p))) {
          breaches.add(describe(p) + ": two calls gave different results");
        }
      }
      assertNoBreaches("the same problem gives an equal result", breaches);
    }

    /** An equal copy. */
    @Test
    @DisplayName("an equal copy of the problem gives an equal result")
    void equalCopy() {
      MatchingStrategy s = deterministicStrategy();
      List<String> breaches = new ArrayList<>();
      for (MatchingProblem p : problems()) {
        if (!run(s, p).equals(run(s, copy(p)))) {
          breaches.add(describe(p) + ": an equal copy gave a different result");
        }
      }
      assertNoBreaches("an equal copy of the problem gives an equal result", breaches);
    }

    /** Statelessness. */
    @Test
    @DisplayName("earlier calls do not change the result")
    void earlierCalls() {
      MatchingStrategy s = deterministicStrategy();
      List<MatchingProblem> problems = problems();
      List<MatchingResult> forward = new ArrayList<>();
      for (MatchingProblem p : problems) {
        forward.add(run(s, p));
      }
      List<String> breaches = new ArrayList<>();
      for (int k = problems.size() - 1; k >= 0; k--) {
        if (!run(s, problems.get(k)).equals(forward.get(k))) {
          breaches.add(describe(problems.get(k)) + ": the result changed after other calls");
        }
      }
      assertNoBreaches("earlier calls do not change the result", breaches);
    }

    /** Thread safety. */
    @Test
    @DisplayName("concurrent calls give the results of sequential calls")
    void concurrentCalls() throws InterruptedException {
      MatchingStrategy s = deterministicStrategy();
      List<MatchingProblem> problems = problems();
      List<MatchingResult> sequential = new ArrayList<>();
      for (MatchingProblem p : problems) {
        sequential.add(run(s, p));
      }
      int threads = 4;
      List<Callable<List<MatchingResult>>> tasks = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        tasks.add(
            () -> {
              List<MatchingResult> out = new ArrayList<>();
              for (MatchingProblem p : problems) {
                out.add(run(s, p));
              }
              return out;
            });
      }
      ExecutorService pool = Executors.newFixedThreadPool(threads);
      List<String> breaches = new ArrayList<>();
      try {
        for (Future<List<MatchingResult>> f : pool.invokeAll(tasks)) {
          List<MatchingResult> concurrent = result(f);
          for (int k = 0; k < problems.size(); k++) {
            if (!concurrent.get(k).equals(sequential.get(k))) {
              breaches.add(describe(problems.get(k)) + ": a concurrent call gave another result");
            }
          }
        }
      } finally {
        pool.shutdownNow();
      }
      assertNoBreaches(
          "concurrent calls give the results of sequential calls",
          new ArrayList<>(new HashSet<>(breaches)));
    }
  }

  /** The input. */
  @Nested
  @DisplayName("input")
  class Input {
    /** Not mutated. */
    @Test
    @DisplayName("the problem is left unchanged")
    void unchanged() {
      MatchingStrategy s = strategyUnderTest();
      List<String> breaches = new ArrayList<>();
      for (MatchingProblem p : problems()) {
        MatchingProblem before = copy(p);
        run(s, p);
        if (!p.equals(before)) {
          breaches.add(describe(p) + ": the problem changed while it was matched");
        }
      }
      assertNoBreaches("the problem is left unchanged", breaches);
    }
  }

  // ------------------------------------------------------------------ helpers

  private MatchingStrategy strategyUnderTest() {
    return requireNonNull(strategy(), "strategy() returned null");
  }

  private MatchingStrategy deterministicStrategy() {
    assumeTrue(isDeterministic(), "the strategy does not claim to be deterministic");
    return strategyUnderTest();
  }

  private void checkAll(StrategyChecks.Check check) {
    MatchingStrategy s = strategyUnderTest();
    List<String> breaches = new ArrayList<>();
    for (MatchingProblem p : problems()) {
      for (String breach : check.breaches(p, run(s, p))) {
        breaches.add(describe(p) + ": " + breach);
      }
    }
    assertNoBreaches(s.id(), breaches);
  }

  private static void assertNoBreaches(String what, List<String> breaches) {
    List<String> shown = breaches.size() > SHOWN ? breaches.subList(0, SHOWN) : breaches;
    assertThat(shown)
        .as(
            "%s: %d breaches%s",
            what, breaches.size(), breaches.size() > SHOWN ? ", first shown" : "")
        .isEmpty();
  }

  private static MatchingResult run(MatchingStrategy s, MatchingProblem p) {
    try {
      return requireNonNull(s.match(p), "match returned null");
    } catch (RuntimeException e) {
      throw new AssertionError("strategy " + s.id() + " threw on " + describe(p) + ": " + e, e);
    }
  }

  private static List<MatchingResult> result(Future<List<MatchingResult>> f)
      throws InterruptedException {
    try {
      return f.get();
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof Error error) {
        throw error;
      }
      throw new AssertionError("a concurrent call failed: " + cause, cause);
    }
  }

  private static String describe(MatchingProblem p) {
    return StrategyProblems.get().describe(p);
  }

  /** An equal problem sharing no collection with the original. */
  private static MatchingProblem copy(MatchingProblem p) {
    return new MatchingProblem(
        p.program(),
        new ArrayList<>(p.mentors()),
        new ArrayList<>(p.mentees()),
        new ArrayList<>(p.existingPairs()),
        new HashMap<>(p.mentorPlaces()),
        new HashMap<>(p.menteePlaces()),
        new HashSet<>(p.excluded()),
        p.seed());
  }
}
