package dev.mentoring.testkit.contract;

import dev.mentoring.core.ParticipantId;
import dev.mentoring.core.enrollment.Enrollment;
import dev.mentoring.core.matching.CandidatePair;
import dev.mentoring.core.matching.MatchingProblem;
import dev.mentoring.core.program.EnrollmentRole;
import dev.mentoring.core.program.Program;
import dev.mentoring.core.program.ProgramFormat;
import dev.mentoring.testkit.generate.MatchingInstances;
import dev.mentoring.testkit.generate.SyntheticOrganization;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The problems {@link MatchingStrategyContract} runs strategies on by default: edge cases, small
 * problems with exclusions and existing pairs, and medium problems of about 200 mentees and 60
 * mentors, all drawn from one seeded {@link SyntheticOrganization} of 2,000 people.
 */
final class StrategyProblems {
  /** The seed of the organisation every default problem is drawn from. */
  static final long ORGANIZATION_SEED = 0x5EED_2026L;

  private static final class Holder {
    static final StrategyProblems INSTANCE = new StrategyProblems();
  }

  private final Map<MatchingProblem, String> labels = new LinkedHashMap<>();
  private final MatchingProblem noMentors;
  private final MatchingProblem noMentees;
  private final MatchingProblem nobody;
  private final MatchingProblem allExcluded;

  private StrategyProblems() {
    SyntheticOrganization org = SyntheticOrganization.generate(ORGANIZATION_SEED, 2_000);
    MatchingInstances small =
        MatchingInstances.builder().mentees(12).mentors(5).exclusionsPerMentee(0.5).build();
    MatchingProblem base = small.problem(org, 1);

    noMentors = withSides(base, List.of(), base.mentees(), Map.of(), base.menteePlaces());
    noMentees = withSides(base, base.mentors(), List.of(), base.mentorPlaces(), Map.of());
    nobody = withSides(base, List.of(), List.of(), Map.of(), Map.of());
    Set<CandidatePair> all = new HashSet<>();
    for (Enrollment mentor : base.mentors()) {
      for (Enrollment mentee : base.mentees()) {
        all.add(new CandidatePair(mentor.participantId(), mentee.participantId()));
      }
    }
    allExcluded =
        new MatchingProblem(
            base.program(),
            base.mentors(),
            base.mentees(),
            List.of(),
            base.mentorPlaces(),
            base.menteePlaces(),
            all,
            base.seed());
    add("no mentors (" + base.mentees().size() + " mentees)", noMentors);
    add("no mentees (" + base.mentors().size() + " mentors)", noMentees);
    add("no participants", nobody);
    add("every pair excluded", allExcluded);

    MatchingProblem filled =
        MatchingInstances.builder()
            .mentees(6)
            .mentors(3)
            .capacity(2, 2)
            .exclusionsPerMentee(0)
            .build()
            .problem(org, 2);
    add("places for exactly every mentee (6 mentees, 3 mentors of capacity 2)", filled);
    MatchingProblem single =
        MatchingInstances.builder()
            .mentees(1)
            .mentors(1)
            .exclusionsPerMentee(0)
            .build()
            .problem(org, 3);
    add("one mentee and one mentor", single);
    add("peer program, some people on both sides", peer(small.problem(org, 4)));

    for (long seed = 11; seed <= 13; seed++) {
      add("small (seed " + seed + ")", small.problem(org, seed));
    }
    MatchingInstances twoPerMentee =
        MatchingInstances.builder()
            .mentees(20)
            .mentors(8)
            .maxMentorsPerMentee(2)
            .existingPairs(6)
            .exclusionsPerMentee(1)
            .build();
    for (long seed = 21; seed <= 22; seed++) {
      add(
          "small, two mentors per mentee, existing pairs (seed " + seed + ")",
          twoPerMentee.problem(org, seed));
    }
    add("medium (seed 31)", MatchingInstances.builder().existingPairs(10).build().problem(org, 31));
    add(
        "medium, two mentors per mentee, existing pairs (seed 32)",
        MatchingInstances.builder()
            .maxMentorsPerMentee(2)
            .existingPairs(30)
            .build()
            .problem(org, 32));
  }

  private void add(String label, MatchingProblem problem) {
    labels.put(
        problem,
        label
            + ": "
            + problem.mentees().size()
            + " mentees, "
            + problem.mentors().size()
            + " mentors, seed "
            + problem.seed());
  }

  static StrategyProblems get() {
    return Holder.INSTANCE;
  }

  /** Every default problem, edge cases first. */
  List<MatchingProblem> all() {
    return List.copyOf(labels.keySet());
  }

  MatchingProblem noMentors() {
    return noMentors;
  }

  MatchingProblem noMentees() {
    return noMentees;
  }

  MatchingProblem nobody() {
    return nobody;
  }

  MatchingProblem allExcluded() {
    return allExcluded;
  }

  /** A label that tells which problem failed and how to rebuild it. */
  String describe(MatchingProblem problem) {
    String label = labels.get(problem);
    return label != null
        ? label
        : "problem of "
            + problem.mentees().size()
            + " mentees and "
            + problem.mentors().size()
            + " mentors, seed "
            + problem.seed();
  }

  /** The problem with other participants; exclusions naming anyone else are dropped. */
  private static MatchingProblem withSides(
      MatchingProblem p,
      List<Enrollment> mentors,
      List<Enrollment> mentees,
      Map<ParticipantId, Integer> mentorPlaces,
      Map<ParticipantId, Integer> menteePlaces) {
    Set<CandidatePair> excluded = new HashSet<>();
    for (CandidatePair c : p.excluded()) {
      if (mentorPlaces.containsKey(c.mentorId()) && menteePlaces.containsKey(c.menteeId())) {
        excluded.add(c);
      }
    }
    return new MatchingProblem(
        p.program(), mentors, mentees, List.of(), mentorPlaces, menteePlaces, excluded, p.seed());
  }

  /**
   * A PEER program in which the first three mentees also mentor: enrolled as MENTOR_AND_MENTEE,
   * they appear on both sides, and may not be paired with themselves.
   */
  private static MatchingProblem peer(MatchingProblem p) {
    Program program =
        new Program(
            p.program().id(),
            0,
            p.program().spec().toBuilder().format(ProgramFormat.PEER).build(),
            p.program().status(),
            p.program().createdAt(),
            p.program().updatedAt());
    List<Enrollment> mentees = new ArrayList<>();
    List<Enrollment> mentors = new ArrayList<>(p.mentors());
    Map<ParticipantId, Integer> mentorPlaces = new HashMap<>(p.mentorPlaces());
    for (int k = 0; k < p.mentees().size(); k++) {
      Enrollment e = p.mentees().get(k);
      if (k < 3) {
        e =
            new Enrollment(
                e.id(),
                e.version(),
                e.programId(),
                e.participantId(),
                EnrollmentRole.MENTOR_AND_MENTEE,
                e.profile(),
                e.answers(),
                2,
                e.consents(),
                e.status(),
                e.appliedAt(),
                e.updatedAt());
        mentors.add(e);
        mentorPlaces.put(e.participantId(), 2);
      }
      mentees.add(e);
    }
    mentors.sort(Comparator.comparing(Enrollment::participantId));
    Set<CandidatePair> excluded = new HashSet<>(p.excluded());
    for (Enrollment mentor : mentors) {
      for (Enrollment mentee : mentees) {
        ParticipantId a = mentor.participantId();
        ParticipantId b = mentee.participantId();
        if (!a.equals(b)
            && (mentor.profile().reportsTo(b)
                || mentee.profile().reportsTo(a)
                || mentor.profile().exclusions().contains(b)
                || mentee.profile().exclusions().contains(a))) {
          excluded.add(new CandidatePair(a, b));
        }
      }
    }
    return new MatchingProblem(
        program, mentors, mentees, List.of(), mentorPlaces, p.menteePlaces(), excluded, p.seed());
  }
}
