package dev.mentoring.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import dev.mentoring.core.ParticipantId;
import dev.mentoring.core.enrollment.Enrollment;
import dev.mentoring.core.matching.MatchingProblem;
import dev.mentoring.core.matching.MatchingResult;
import dev.mentoring.core.matching.MatchingStrategy;
import dev.mentoring.core.matching.Proposal;
import dev.mentoring.core.pairing.Contribution;
import dev.mentoring.matching.scoring.CompatibilityModel;
import dev.mentoring.matching.scoring.ScoredProblem;
import dev.mentoring.matching.solver.BruteForceOptima;
import dev.mentoring.matching.testing.ProfileGen;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * The built-in strategies on random domain problems ({@link ProfileGen#problems}: full profiles,
 * manager chains, exclusions, existing pairs, mentor places 1 to 5), scored with the default model
 * as {@link MatchingStrategies#builtIns()} scores them.
 */
class BuiltInStrategiesPropertyTest {
  private static final long SEED = 0x0B17_7157L;
  private static final int EXAMPLES = 150;
  private static final MatchingStrategies BUILT_INS = MatchingStrategies.builtIns();
  private static final List<String> STABLE =
      List.of(
          MatchingStrategies.STABLE_MENTEE_PROPOSING, MatchingStrategies.STABLE_MENTOR_PROPOSING);

  /** Every built-in's result on one problem, by id in registry order. */
  private record Run(
      MatchingProblem problem, ScoredProblem scored, Map<String, MatchingResult> by) {
    static Run of(MatchingProblem problem) {
      Map<String, MatchingResult> by = new LinkedHashMap<>();
      for (MatchingStrategy s : BUILT_INS.strategies()) {
        by.put(s.id(), s.match(problem));
      }
      return new Run(problem, CompatibilityModel.defaults().score(problem), by);
    }

    MatchingEvaluation evaluation(String id) {
      return MatchingEvaluation.of(scored, by.get(id));
    }
  }

  /**
   * Problems of up to 15 mentees and 6 mentors; in half of them (odd seeds) every third mentee may
   * take two mentors, as in a program whose policy allows two mentors per mentee.
   */
  private static Gen<MatchingProblem> problems() {
    return ProfileGen.problems(15, 6)
        .map(BuiltInStrategiesPropertyTest::withSomeTwoPlaceMentees)
        .describedAs(
            p ->
                "problem("
                    + p.seed()
                    + ", "
                    + p.mentees().size()
                    + ", "
                    + p.mentors().size()
                    + ") mentee places "
                    + p.menteePlaces().values());
  }

  private static MatchingProblem withSomeTwoPlaceMentees(MatchingProblem p) {
    if ((p.seed() & 1) == 0) {
      return p;
    }
    Map<ParticipantId, Integer> places = new HashMap<>();
    for (int i = 0; i < p.mentees().size(); i++) {
      places.put(p.mentees().get(i).participantId(), i % 3 == 0 ? 2 : 1);
    }
    return new MatchingProblem(
        p.program(),
        p.mentors(),
        p.mentees(),
        p.existingPairs(),
        p.mentorPlaces(),
        places,
        p.excluded(),
        p.seed());
  }

  @Test
  void everyProposal_allowedWithinPlacesAndExplained() {
    qt().withFixedSeed(SEED)
        .withExamples(EXAMPLES)
        .forAll(problems())
        .checkAssert(
            problem -> {
              Run run = Run.of(problem);
              run.by().forEach((id, result) -> assertProposalsValid(run, id, result));
            });
  }

  @Test
  void everyMentee_proposedForOrUnmatchedWithReason() {
    qt().withFixedSeed(SEED)
        .withExamples(EXAMPLES)
        .forAll(problems())
        .checkAssert(
            problem -> {
              Run run = Run.of(problem);
              run.by().forEach((id, result) -> assertUnmatchedComplete(problem, id, result));
            });
  }

  @Test
  void match_deterministicAndProblemNotMutated() {
    qt().withFixedSeed(SEED)
        .withExamples(EXAMPLES / 2)
        .forAll(problems())
        .checkAssert(
            problem -> {
              MatchingProblem before = copy(problem);
              for (MatchingStrategy s : BUILT_INS.strategies()) {
                MatchingResult first = s.match(problem);
                assertThat(s.match(problem)).as("%s twice", s.id()).isEqualTo(first);
                assertThat(s.match(copy(problem)))
                    .as("%s on an equal problem", s.id())
                    .isEqualTo(first);
              }
              assertThat(problem).isEqualTo(before);
            });
  }

  @Test
  void optimal_totalAtLeastEveryOtherBuiltIn() {
    qt().withFixedSeed(SEED)
        .withExamples(EXAMPLES)
        .forAll(problems())
        .checkAssert(
            problem -> {
              Run run = Run.of(problem);
              long optimal = run.by().get(MatchingStrategies.OPTIMAL).totalScore();
              run.by()
                  .forEach(
                      (id, r) ->
                          assertThat(optimal)
                              .as("optimal total vs %s", id)
                              .isGreaterThanOrEqualTo(r.totalScore()));
            });
  }

  @Test
  void mostMatched_pairsAtLeastEveryOtherBuiltIn() {
    qt().withFixedSeed(SEED)
        .withExamples(EXAMPLES)
        .forAll(problems())
        .checkAssert(
            problem -> {
              Run run = Run.of(problem);
              int most = run.by().get(MatchingStrategies.OPTIMAL_MOST_MATCHED).proposals().size();
              run.by()
                  .forEach(
                      (id, r) ->
                          assertThat(most)
                              .as("most-matched pairs vs %s", id)
                              .isGreaterThanOrEqualTo(r.proposals().size()));
              assertThat(most)
                  .as("the feasibility report's bound")
                  .isEqualTo(FeasibilityReport.of(run.scored()).maxPairs());
            });
  }

  @Test
  void stable_noBlockingPairs() {
    qt().withFixedSeed(SEED)
        .withExamples(EXAMPLES)
        .forAll(problems())
        .checkAssert(
            problem -> {
              Run run = Run.of(problem);
              for (String id : STABLE) {
                assertThat(run.evaluation(id).blockingPairs()).as("%s blocking pairs", id).isZero();
              }
              // Rural hospitals: every stable assignment matches the same mentees.
              assertThat(menteesOf(run.by().get(STABLE.get(0))))
                  .isEqualTo(menteesOf(run.by().get(STABLE.get(1))));
            });
  }

  @Test
  void fair_minimumAtLeastThatOfEveryBuiltInWithAsManyPairs() {
    qt().withFixedSeed(SEED)
        .withExamples(EXAMPLES)
        .forAll(problems())
        .checkAssert(
            problem -> {
              Run run = Run.of(problem);
              MatchingEvaluation fair = run.evaluation(MatchingStrategies.FAIR);
              assertThat(fair.pairs())
                  .as("fair matches as many as most-matched")
                  .isEqualTo(run.evaluation(MatchingStrategies.OPTIMAL_MOST_MATCHED).pairs());
              for (String id : run.by().keySet()) {
                MatchingEvaluation other = run.evaluation(id);
                if (other.pairs() == fair.pairs() && fair.pairs() > 0) {
                  assertThat(fair.minScore())
                      .as("fair minimum vs %s", id)
                      .isGreaterThanOrEqualTo(other.minScore());
                }
              }
            });
  }

  @Test
  void exactBuiltIns_equalBruteForceOnSmallProblems() {
    qt().withFixedSeed(SEED)
        .withExamples(100)
        .forAll(ProfileGen.problems(7, 4))
        .assuming(
            p ->
                BruteForceOptima.isCheap(
                    CompatibilityModel.defaults().score(p).assignmentProblem()))
        .checkAssert(
            problem -> {
              Run run = Run.of(problem);
              BruteForceOptima.Optima best = BruteForceOptima.of(run.scored().assignmentProblem());
              MatchingEvaluation optimal = run.evaluation(MatchingStrategies.OPTIMAL);
              MatchingEvaluation most = run.evaluation(MatchingStrategies.OPTIMAL_MOST_MATCHED);
              MatchingEvaluation fair = run.evaluation(MatchingStrategies.FAIR);
              assertThat(optimal.totalScore()).as("optimal total").isEqualTo(best.maxTotal());
              assertThat(most.pairs()).as("most-matched pairs").isEqualTo(best.maxPairs());
              assertThat(most.totalScore())
                  .as("most-matched total")
                  .isEqualTo(best.totalAtMaxPairs());
              assertThat(fair.pairs()).as("fair pairs").isEqualTo(best.fairPairs());
              if (fair.pairs() > 0) {
                assertThat(fair.minScore()).as("fair minimum").isEqualTo(best.fairMin());
              }
              assertThat(fair.totalScore()).as("fair total").isEqualTo(best.fairTotal());
              assertThat(best.stableAssignments()).as("stable assignments exist").isPositive();
            });
  }

  @Test
  void topK_everyBuiltIn_validCompleteAndExplained() {
    qt().withFixedSeed(SEED)
        .withExamples(EXAMPLES / 2)
        .forAll(problems(), integers().between(1, 3))
        .checkAssert(
            (problem, k) -> {
              for (MatchingStrategy s : BUILT_INS.strategies()) {
                SolverStrategy top = ((SolverStrategy) s).withTopK(k);
                ScoredProblem scored = top.score(problem);
                MatchingResult result = top.match(problem);
                Run run = new Run(problem, scored, Map.of(top.id(), result));
                assertProposalsValid(run, top.id(), result);
                assertUnmatchedComplete(problem, top.id(), result);
                assertThat(scored.isDense()).isFalse();
              }
            });
  }

  // ---------------------------------------------------------------------------------- checks

  private static void assertProposalsValid(Run run, String id, MatchingResult result) {
    MatchingProblem problem = run.problem();
    ScoredProblem scored = run.scored();
    Map<ParticipantId, Integer> mentorLoad = new HashMap<>();
    Map<ParticipantId, Integer> menteeLoad = new HashMap<>();
    Set<List<ParticipantId>> seen = new HashSet<>();
    for (Proposal p : result.proposals()) {
      int i = scored.menteeIndexOf(p.menteeId());
      int j = scored.mentorIndexOf(p.mentorId());
      assertThat(i).as("%s: %s is a mentee of the problem", id, p.menteeId()).isNotNegative();
      assertThat(j).as("%s: %s is a mentor of the problem", id, p.mentorId()).isNotNegative();
      assertThat(problem.allows(p.mentorId(), p.menteeId()))
          .as("%s: problem allows %s", id, p)
          .isTrue();
      assertThat(scored.allows(i, j)).as("%s: scored problem allows %s", id, p).isTrue();
      assertThat(seen.add(List.of(p.mentorId(), p.menteeId())))
          .as("%s: %s proposed once", id, p)
          .isTrue();
      int sum = p.explanation().contributions().stream().mapToInt(Contribution::points).sum();
      assertThat(sum).as("%s: contributions of %s sum to its score", id, p).isEqualTo(p.score());
      assertThat(p.score()).as("%s: score of %s", id, p).isEqualTo(scored.score(i, j));
      assertThat(p.explanation().contributions())
          .isEqualTo(scored.explanation(i, j).contributions());
      assertThat(p.explanation().summary()).endsWith("chosen by " + id);
      mentorLoad.merge(p.mentorId(), 1, Integer::sum);
      menteeLoad.merge(p.menteeId(), 1, Integer::sum);
    }
    mentorLoad.forEach(
        (mentor, load) ->
            assertThat(load)
                .as("%s: proposals for mentor %s", id, mentor)
                .isLessThanOrEqualTo(problem.mentorPlaces().get(mentor)));
    menteeLoad.forEach(
        (mentee, load) ->
            assertThat(load)
                .as("%s: proposals for mentee %s", id, mentee)
                .isLessThanOrEqualTo(problem.menteePlaces().get(mentee)));
    assertThat(result.diagnostics())
        .containsEntry("pairs", (double) result.proposals().size())
        .containsEntry("totalScore", (double) result.totalScore());
  }

  private static void assertUnmatchedComplete(
      MatchingProblem problem, String id, MatchingResult result) {
    Set<ParticipantId> proposed = menteesOf(result);
    Set<ParticipantId> all = new HashSet<>();
    for (Enrollment e : problem.mentees()) {
      all.add(e.participantId());
    }
    assertThat(result.unmatched().keySet()).as("%s: unmatched are mentees", id).isSubsetOf(all);
    Set<ParticipantId> both = new HashSet<>(proposed);
    both.retainAll(result.unmatched().keySet());
    assertThat(both).as("%s: unmatched but proposed for", id).isEmpty();
    Set<ParticipantId> union = new HashSet<>(proposed);
    union.addAll(result.unmatched().keySet());
    assertThat(union).as("%s: every mentee is proposed for or unmatched", id).isEqualTo(all);
    result
        .unmatched()
        .forEach(
            (mentee, reason) ->
                assertThat(reason).as("%s: reason for %s", id, mentee).isNotBlank());
  }

  private static Set<ParticipantId> menteesOf(MatchingResult result) {
    Set<ParticipantId> out = new HashSet<>();
    for (Proposal p : result.proposals()) {
      out.add(p.menteeId());
    }
    return out;
  }

  /** A deep-enough copy: new collections holding the same immutable values. */
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
