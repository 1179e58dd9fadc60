package dev.mentoring.testkit.generate;

import static dev.mentoring.testkit.generate.DomainGenerators.participantId;
import static dev.mentoring.testkit.generate.Draws.between;
import static dev.mentoring.testkit.generate.Draws.inner;
import static dev.mentoring.testkit.generate.Draws.length;
import static dev.mentoring.testkit.generate.Draws.pick;
import static dev.mentoring.testkit.generate.Draws.rarely;

import dev.mentoring.core.ParticipantId;
import dev.mentoring.core.enrollment.Enrollment;
import dev.mentoring.core.enrollment.EnrollmentStatus;
import dev.mentoring.core.matching.CandidatePair;
import dev.mentoring.core.matching.MatchingProblem;
import dev.mentoring.core.matching.MatchingResult;
import dev.mentoring.core.matching.Proposal;
import dev.mentoring.core.pairing.Pair;
import dev.mentoring.core.pairing.PairStatus;
import dev.mentoring.core.program.EnrollmentRole;
import dev.mentoring.core.program.Program;
import dev.mentoring.core.program.ProgramStatus;
import dev.mentoring.matching.FeasibilityReport;
import dev.mentoring.matching.MatchingEvaluation;
import dev.mentoring.matching.Recommendation;
import dev.mentoring.matching.SegmentSummary;
import dev.mentoring.matching.scoring.Exclusion;
import dev.mentoring.matching.scoring.HardConstraints;
import dev.mentoring.matching.scoring.PairExplanation;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.random.RandomGenerator;
import org.apiguardian.api.API;

/**
 * Seeded generators for the values of matching: the problems and results of core's {@link
 * dev.mentoring.core.matching.MatchingStrategy} SPI, and the explanations, recommendations,
 * feasibility reports and evaluations of {@code mentoring-matching}.
 *
 * <pre>{@code
 * MatchingProblem problem = MatchingGenerators.matchingProblems().generate(seed, 50);
 * MatchingResult result = strategy.match(problem);
 * assertThat(result.proposals()).allMatch(p -> problem.allows(p.mentorId(), p.menteeId()));
 * }</pre>
 *
 * <p>Problems are built as the engine builds them: approved enrollments ordered by participant id,
 * places within capacities, existing committed pairs, and exclusions that cover every manager-chain
 * and explicit exclusion relation. Result-like values (reports, evaluations) are internally
 * consistent (matched never exceeds mentees, pairs never exceed supply) but do not answer a
 * particular problem; to evaluate real results, score a generated problem and run a strategy. The
 * generators are stateless and thread-safe.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class MatchingGenerators {

  private static final List<String> CONSTRAINTS =
      List.of(
          HardConstraints.PROBLEM_EXCLUDED,
          HardConstraints.MANAGER_CHAIN,
          HardConstraints.REQUIRED_LANGUAGE,
          HardConstraints.MAX_TIME_ZONE_DIFFERENCE,
          HardConstraints.EXCLUSIONS,
          HardConstraints.NO_REPEAT,
          HardConstraints.MENTOR_CAPACITY);

  private MatchingGenerators() {}

  /**
   * Returns candidate pairs of two different people.
   *
   * @return the generator
   */
  public static Generator<CandidatePair> candidatePairs() {
    return Draws.generator(
        (r, size) -> {
          ParticipantId[] two = DomainGenerators.twoParticipants(r, size);
          return new CandidatePair(two[0], two[1]);
        });
  }

  /**
   * Returns proposals with a scored explanation (contributions of 0 to 1,000 in all).
   *
   * @return the generator
   */
  public static Generator<Proposal> proposals() {
    return Draws.generator(
        (r, size) -> {
          ParticipantId[] two = DomainGenerators.twoParticipants(r, size);
          return new Proposal(two[0], two[1], DomainGenerators.explanation(r, size, true));
        });
  }

  /**
   * Returns strategy results: distinct proposals, unmatched mentees who got none, and diagnostics.
   *
   * @return the generator
   */
  public static Generator<MatchingResult> matchingResults() {
    return Draws.generator(
        (r, size) -> {
          List<Proposal> proposals = new ArrayList<>();
          Set<ParticipantId> matched = new HashSet<>();
          Set<CandidatePair> seen = new HashSet<>();
          int n = length(r, size, 1_000);
          for (int i = 0; i < n; i++) {
            ParticipantId[] two = DomainGenerators.twoParticipants(r, size);
            if (seen.add(new CandidatePair(two[0], two[1]))) {
              matched.add(two[1]);
              proposals.add(
                  new Proposal(two[0], two[1], DomainGenerators.explanation(r, inner(size), true)));
            }
          }
          Map<ParticipantId, String> unmatched = new LinkedHashMap<>();
          int u = length(r, size, 1_000);
          for (int i = 0; i < u; i++) {
            ParticipantId mentee = participantId(r, size);
            if (!matched.contains(mentee)) {
              unmatched.put(mentee, Draws.text(r, inner(size), 200));
            }
          }
          return new MatchingResult(proposals, unmatched, DomainGenerators.diagnostics(r, size));
        });
  }

  /**
   * Returns matching problems shaped as the engine builds them: a program in MATCHING or RUNNING;
   * up to {@code size} mentees and {@code size / 2 + 1} mentors, approved, ordered by participant
   * id, with compact realistic profiles; each mentor's places are their capacity less their
   * committed pairs (listed in {@code existingPairs}); each mentee has one place up to the
   * program's limit; and {@code excluded} holds every pair that a manager chain or an explicit
   * exclusion forbids, in either direction, plus some pairs that already ran. Size 0 gives a
   * problem with nobody in it.
   *
   * @return the generator
   */
  public static Generator<MatchingProblem> matchingProblems() {
    return Draws.generator(MatchingGenerators::matchingProblem);
  }

  /**
   * Returns exclusions by the built-in hard constraints' ids (now and then another id).
   *
   * @return the generator
   */
  public static Generator<Exclusion> exclusions() {
    return Draws.generator((r, size) -> exclusion(r, size));
  }

  /**
   * Returns pair explanations: a compatibility of 0 to 1,000, the constraints that exclude the
   * pair, if any, and whether it is a candidate (never when excluded).
   *
   * @return the generator
   */
  public static Generator<PairExplanation> pairExplanations() {
    return Draws.generator(
        (r, size) -> {
          ParticipantId[] two = DomainGenerators.twoParticipants(r, size);
          List<Exclusion> excludedBy =
              Draws.absent(r)
                  ? Draws.list(length(r, size, 7), () -> exclusion(r, size))
                  : List.of();
          return new PairExplanation(
              two[1],
              two[0],
              DomainGenerators.explanation(r, size, true),
              excludedBy,
              excludedBy.isEmpty() && r.nextBoolean());
        });
  }

  /**
   * Returns recommendations: a rank from 1 and a score of 0 to 1,000 equal to the explanation's.
   *
   * @return the generator
   */
  public static Generator<Recommendation> recommendations() {
    return Draws.generator((r, size) -> recommendation(r, size, 1 + r.nextInt(1 + size)));
  }

  /**
   * Returns feasibility reports with consistent counts: at most as many pairs as mentees want and
   * mentors offer, and no more mentees without a mentor or mentors without a mentee than there are.
   *
   * @return the generator
   */
  public static Generator<FeasibilityReport> feasibilityReports() {
    return Draws.generator(
        (r, size) -> {
          int mentees = between(r, 0, size);
          int mentors = between(r, 0, size);
          long demand = Draws.longBetween(r, mentees, 3L * mentees);
          long supply = Draws.longBetween(r, mentors, 5L * mentors);
          long maxPairs = Draws.longBetween(r, 0, Math.min(demand, supply));
          Map<ParticipantId, String> none = new LinkedHashMap<>();
          for (ParticipantId id :
              Draws.distinct(between(r, 0, Math.min(mentees, 50)), () -> participantId(r, size))) {
            none.put(id, "no eligible mentor (excluded by " + pick(r, CONSTRAINTS) + ": 1)");
          }
          List<ParticipantId> idle =
              Draws.distinct(between(r, 0, Math.min(mentors, 50)), () -> participantId(r, size));
          return new FeasibilityReport(mentees, mentors, demand, supply, maxPairs, none, idle);
        });
  }

  /**
   * Returns segment summaries: matched at most mentees, a mean score of 0 to 1,000 (0 when nobody
   * matched).
   *
   * @return the generator
   */
  public static Generator<SegmentSummary> segmentSummaries() {
    return Draws.generator((r, size) -> segment(r, size, Draws.department(r)));
  }

  /**
   * Returns evaluations with consistent numbers: matched plus unmatched is the mentees, pairs at
   * least the matched, scores ordered (minimum, median and mean within 0 to 1,000), mentor loads
   * counting mentors per load, and segments keyed by their label.
   *
   * @return the generator
   */
  public static Generator<MatchingEvaluation> matchingEvaluations() {
    return Draws.generator(
        (r, size) -> {
          int mentees = between(r, 0, size);
          int matched = between(r, 0, mentees);
          int pairs = matched == 0 ? 0 : between(r, matched, 2 * matched);
          int min = pairs == 0 ? 0 : between(r, 0, 1_000);
          double median = pairs == 0 ? 0 : Draws.decimal(r, min, 1_000);
          double mean = pairs == 0 ? 0 : Draws.decimal(r, min, 1_000);
          long total = Math.round(mean * pairs);
          Map<Integer, Integer> loads = new TreeMap<>();
          int left = pairs;
          while (left > 0) {
            int load = 1 + r.nextInt(Math.min(left, 5));
            loads.merge(load, 1, Integer::sum);
            left -= load;
          }
          if (Draws.rarely(r, 4)) {
            loads.put(0, between(r, 1, 10));
          }
          Map<String, SegmentSummary> segments = new TreeMap<>();
          if (!Draws.absent(r)) {
            for (int i = 0, n = length(r, size, 10); i < n; i++) {
              SegmentSummary s = segment(r, size, Draws.department(r));
              segments.put(s.segment(), s);
            }
          }
          return new MatchingEvaluation(
              mentees,
              matched,
              mentees - matched,
              pairs,
              total,
              mean,
              median,
              min,
              Draws.longBetween(r, 0, (long) pairs * pairs),
              pairs == 0 ? 0 : Draws.decimal(r, 1, 1 + size),
              pairs == 0 ? 0 : Draws.decimal(r, 1, 1 + size),
              loads,
              segments);
        });
  }

  // =============================================================================== building blocks

  private static Exclusion exclusion(RandomGenerator r, int size) {
    String constraint = rarely(r, 16) ? "lab.custom" : pick(r, CONSTRAINTS);
    return new Exclusion(constraint, Draws.text(r, size, 200));
  }

  static Recommendation recommendation(RandomGenerator r, int size, int rank) {
    var explanation = DomainGenerators.explanation(r, size, true);
    return new Recommendation(participantId(r, size), rank, explanation.score(), explanation);
  }

  private static SegmentSummary segment(RandomGenerator r, int size, String label) {
    int mentees = between(r, 0, size);
    int matched = between(r, 0, mentees);
    return new SegmentSummary(
        label, mentees, matched, matched == 0 ? 0 : Draws.decimal(r, 0, 1_000));
  }

  static MatchingProblem matchingProblem(RandomGenerator r, int size) {
    Program program =
        DomainGenerators.programIn(
            r, Math.min(size, 4), r.nextBoolean() ? ProgramStatus.MATCHING : ProgramStatus.RUNNING);
    int menteeCount = size == 0 ? 0 : between(r, 1, size);
    int mentorCount = size == 0 ? 0 : between(r, 1, size / 2 + 1);
    int profileSize = Math.min(size, 6);
    int maxMentors = program.matchingPolicy().maxMentorsPerMentee();
    // Participants are numbered so that manager chains and exclusions can name each other.
    List<ParticipantId> menteeIds = new ArrayList<>();
    List<ParticipantId> mentorIds = new ArrayList<>();
    for (int i = 0; i < menteeCount; i++) {
      menteeIds.add(ParticipantId.of(String.format("mentee-%05d", i)));
    }
    for (int i = 0; i < mentorCount; i++) {
      mentorIds.add(ParticipantId.of(String.format("mentor-%05d", i)));
    }
    List<Enrollment> mentors = new ArrayList<>();
    List<Enrollment> mentees = new ArrayList<>();
    Map<ParticipantId, Integer> mentorPlaces = new LinkedHashMap<>();
    Map<ParticipantId, Integer> menteePlaces = new LinkedHashMap<>();
    List<Pair> existing = new ArrayList<>();
    Set<CandidatePair> excluded = new LinkedHashSet<>();
    for (ParticipantId id : mentorIds) {
      Enrollment e =
          withRelations(
              r,
              DomainGenerators.enrollment(
                  r,
                  profileSize,
                  program.id(),
                  id,
                  EnrollmentRole.MENTOR,
                  EnrollmentStatus.APPROVED),
              menteeIds);
      int capacity = between(r, 1, 5);
      int committed = r.nextInt(capacity);
      e =
          new Enrollment(
              e.id(),
              e.version(),
              e.programId(),
              e.participantId(),
              e.role(),
              e.profile(),
              e.answers(),
              capacity,
              e.consents(),
              e.status(),
              e.appliedAt(),
              e.updatedAt());
      mentors.add(e);
      mentorPlaces.put(id, capacity - committed);
      for (int k = 0; k < committed; k++) {
        // Committed pairs with mentees who are full, and so are not in this problem.
        ParticipantId full = ParticipantId.of("full-" + id.value() + "-" + k);
        existing.add(
            DomainGenerators.pair(
                r,
                0,
                program.id(),
                id,
                full,
                pick(r, List.of(PairStatus.ACCEPTED, PairStatus.ACTIVE, PairStatus.PAUSED))));
      }
    }
    for (ParticipantId id : menteeIds) {
      Enrollment e =
          withRelations(
              r,
              DomainGenerators.enrollment(
                  r,
                  profileSize,
                  program.id(),
                  id,
                  EnrollmentRole.MENTEE,
                  EnrollmentStatus.APPROVED),
              mentorIds);
      mentees.add(e);
      menteePlaces.put(id, between(r, 1, maxMentors));
    }
    // The engine's hard rules: a manager-chain relation or an exclusion forbids the pair in
    // either direction.
    Set<ParticipantId> mentorSet = new HashSet<>(mentorIds);
    Set<ParticipantId> menteeSet = new HashSet<>(menteeIds);
    for (Enrollment e : concat(mentors, mentees)) {
      List<ParticipantId> related = new ArrayList<>(e.profile().managerChain());
      related.addAll(e.profile().exclusions());
      for (ParticipantId other : related) {
        if (e.role() == EnrollmentRole.MENTOR && menteeSet.contains(other)) {
          excluded.add(new CandidatePair(e.participantId(), other));
        }
        if (e.role() == EnrollmentRole.MENTEE && mentorSet.contains(other)) {
          excluded.add(new CandidatePair(other, e.participantId()));
        }
      }
    }
    // Pairs that already ran, when the program allows no repeats.
    if (!mentorIds.isEmpty() && !menteeIds.isEmpty()) {
      for (int i = 0, n = length(r, size, 20); i < n; i++) {
        excluded.add(new CandidatePair(pick(r, mentorIds), pick(r, menteeIds)));
      }
    }
    mentors.sort(Comparator.comparing(Enrollment::participantId));
    mentees.sort(Comparator.comparing(Enrollment::participantId));
    return new MatchingProblem(
        program, mentors, mentees, existing, mentorPlaces, menteePlaces, excluded, r.nextLong());
  }

  /**
   * Replaces an enrollment's manager chain and exclusions with a few of the other side's people, so
   * that the hard rules have something to exclude.
   */
  private static Enrollment withRelations(
      RandomGenerator r, Enrollment e, List<ParticipantId> others) {
    List<ParticipantId> chain = new ArrayList<>();
    List<ParticipantId> exclusions = new ArrayList<>();
    if (!others.isEmpty()) {
      if (rarely(r, 8)) {
        chain.add(pick(r, others));
      }
      if (rarely(r, 8)) {
        exclusions.add(pick(r, others));
      }
    }
    return e.withProfile(
        e.profile().toBuilder().managerChain(chain).exclusions(exclusions).build(), e.updatedAt());
  }

  private static List<Enrollment> concat(List<Enrollment> a, List<Enrollment> b) {
    List<Enrollment> all = new ArrayList<>(a);
    all.addAll(b);
    return all;
  }
}
