package dev.mentoring.cli;

import static java.util.Objects.requireNonNull;

import dev.mentoring.core.ParticipantId;
import dev.mentoring.core.enrollment.Consent;
import dev.mentoring.core.enrollment.Enrollment;
import dev.mentoring.core.enrollment.EnrollmentId;
import dev.mentoring.core.enrollment.EnrollmentStatus;
import dev.mentoring.core.matching.MatchingProblem;
import dev.mentoring.core.matching.MatchingResult;
import dev.mentoring.core.matching.MatchingStrategy;
import dev.mentoring.core.matching.Proposal;
import dev.mentoring.core.pairing.Explanation;
import dev.mentoring.core.program.EnrollmentRole;
import dev.mentoring.core.program.MatchingPolicy;
import dev.mentoring.core.program.Program;
import dev.mentoring.core.program.ProgramId;
import dev.mentoring.core.program.ProgramSpec;
import dev.mentoring.core.program.ProgramStatus;
import dev.mentoring.matching.FeasibilityReport;
import dev.mentoring.matching.MatchingEvaluation;
import dev.mentoring.matching.MatchingStrategies;
import dev.mentoring.matching.SolverStrategy;
import dev.mentoring.matching.scoring.Exclusion;
import dev.mentoring.matching.scoring.PairExplanation;
import dev.mentoring.matching.scoring.ScoredProblem;
import dev.mentoring.matching.solver.AssignmentProblem;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;
import org.jspecify.annotations.Nullable;

/**
 * One matching session over the people read from CSV: the {@link MatchingProblem} built from them
 * (fixed pairs taken out), the strategies of {@link MatchingStrategies#builtIns} under the
 * configured model, and everything the command prints or writes about a run. Immutable once built.
 */
final class MatchSession {
  static final ProgramId PROGRAM_ID = ProgramId.of("csv-program");

  private final CliConfig config;
  private final List<PeopleFile.Person> mentees;
  private final Map<ParticipantId, PeopleFile.Person> mentorById = new LinkedHashMap<>();
  private final Map<ParticipantId, PeopleFile.Person> menteeById = new LinkedHashMap<>();
  private final List<FixedPairs.FixedPair> fixed;
  private final Map<ParticipantId, Integer> fixedLoad = new HashMap<>();
  private final Program program;
  private final MatchingProblem problem;
  private final long seed;

  /** How a mentee ends a run. */
  enum Status {
    /** Paired by the strategy. */
    MATCHED,
    /** Paired by the fixed-pairs file. */
    FIXED,
    /** Not paired; the line carries the reason. */
    UNMATCHED
  }

  /**
   * What a run did with one mentee.
   *
   * @param mentee the mentee
   * @param mentor the mentor, or null if unmatched
   * @param status matched, fixed or unmatched
   * @param explanation the pair's score and per-criterion contributions, or null if unmatched
   * @param reason why the mentee is unmatched; empty otherwise
   */
  record Line(
      ParticipantId mentee,
      @Nullable ParticipantId mentor,
      Status status,
      @Nullable Explanation explanation,
      String reason) {}

  /**
   * The result of one run.
   *
   * @param strategy the strategy's id
   * @param lines one line per mentee, in the mentees' file order
   * @param result the strategy's own result (fixed pairs not included)
   * @param evaluation the result's evaluation on the scored problem
   * @param feasibility what could be matched at best, before solving
   * @param notes remarks for the summary, such as fixed pairs that break a hard constraint
   * @param millis how long the strategy took, scoring included
   */
  record Outcome(
      String strategy,
      List<Line> lines,
      MatchingResult result,
      MatchingEvaluation evaluation,
      FeasibilityReport feasibility,
      List<String> notes,
      long millis) {

    /** Returns the pairs fixed in advance, as proposals. */
    List<Proposal> fixedPairs() {
      List<Proposal> out = new ArrayList<>();
      for (Line l : lines) {
        if (l.status() == Status.FIXED) {
          out.add(
              new Proposal(
                  requireNonNull(l.mentor()), l.mentee(), requireNonNull(l.explanation())));
        }
      }
      return out;
    }

    /** Counts the lines of a status. */
    long count(Status status) {
      return lines.stream().filter(l -> l.status() == status).count();
    }
  }

  /**
   * Builds the session.
   *
   * @param config the model
   * @param mentors the mentors read
   * @param mentees the mentees read
   * @param fixed the fixed pairs read, checked against both sides
   * @param at the instant the program is created at, which sets the time-zone offsets
   * @param seed the seed of the problem
   */
  MatchSession(
      CliConfig config,
      List<PeopleFile.Person> mentors,
      List<PeopleFile.Person> mentees,
      List<FixedPairs.FixedPair> fixed,
      Instant at,
      long seed) {
    this.config = config;
    this.mentees = List.copyOf(mentees);
    this.fixed = List.copyOf(fixed);
    this.seed = seed;
    for (PeopleFile.Person p : mentors) {
      mentorById.put(p.id(), p);
    }
    for (PeopleFile.Person p : mentees) {
      menteeById.put(p.id(), p);
    }
    ProgramSpec spec =
        ProgramSpec.builder("CSV matching")
            .matchingPolicy(MatchingPolicy.defaults().withMaxMentorsPerMentee(1))
            .build();
    this.program = new Program(PROGRAM_ID, 0, spec, ProgramStatus.MATCHING, at, at);
    Set<ParticipantId> fixedMentees = new java.util.HashSet<>();
    for (FixedPairs.FixedPair f : fixed) {
      fixedMentees.add(f.mentee().id());
      fixedLoad.merge(f.mentor().id(), 1, Integer::sum);
    }
    List<Enrollment> mentorList = new ArrayList<>();
    Map<ParticipantId, Integer> mentorPlaces = new HashMap<>();
    for (PeopleFile.Person p : sorted(mentors)) {
      int places = p.capacity() - fixedLoad.getOrDefault(p.id(), 0);
      if (places > 0) {
        mentorList.add(enrollment(p, EnrollmentRole.MENTOR));
        mentorPlaces.put(p.id(), places);
      }
    }
    List<Enrollment> menteeList = new ArrayList<>();
    Map<ParticipantId, Integer> menteePlaces = new HashMap<>();
    for (PeopleFile.Person p : sorted(mentees)) {
      if (!fixedMentees.contains(p.id())) {
        menteeList.add(enrollment(p, EnrollmentRole.MENTEE));
        menteePlaces.put(p.id(), 1);
      }
    }
    this.problem =
        new MatchingProblem(
            program, mentorList, menteeList, List.of(), mentorPlaces, menteePlaces, Set.of(), seed);
  }

  private static List<PeopleFile.Person> sorted(List<PeopleFile.Person> people) {
    List<PeopleFile.Person> out = new ArrayList<>(people);
    out.sort(Comparator.comparing(PeopleFile.Person::id));
    return out;
  }

  private Enrollment enrollment(PeopleFile.Person p, EnrollmentRole role) {
    String prefix = role == EnrollmentRole.MENTOR ? "mentor-row-" : "mentee-row-";
    return new Enrollment(
        EnrollmentId.of(prefix + p.row()),
        0,
        PROGRAM_ID,
        p.id(),
        role,
        p.profile(),
        Map.of(),
        p.capacity(),
        Set.of(Consent.MATCHING),
        EnrollmentStatus.APPROVED,
        program.createdAt(),
        program.createdAt());
  }

  /** Returns the problem the strategies solve. */
  MatchingProblem problem() {
    return problem;
  }

  /**
   * Returns the built-in strategies under the configured model.
   *
   * @param topK 0 to score densely, else how many best mentors each mentee keeps
   * @return the registry
   */
  MatchingStrategies strategies(int topK) {
    MatchingStrategies builtIns = MatchingStrategies.builtIns(config.model());
    if (topK <= 0) {
      return builtIns;
    }
    MatchingStrategies.Builder b = MatchingStrategies.builder();
    for (MatchingStrategy s : builtIns.strategies()) {
      b.add(s instanceof SolverStrategy solver ? solver.withTopK(topK) : s);
    }
    return b.build();
  }

  /** Returns the mentors, by id. */
  Map<ParticipantId, PeopleFile.Person> mentors() {
    return mentorById;
  }

  /** Returns the mentees, by id. */
  Map<ParticipantId, PeopleFile.Person> mentees() {
    return menteeById;
  }

  /** Returns how many of a mentor's places the fixed pairs take. */
  int fixedLoad(ParticipantId mentor) {
    return fixedLoad.getOrDefault(mentor, 0);
  }

  /**
   * Runs a strategy and explains its result.
   *
   * @param strategy the strategy
   * @param progress told of each phase
   * @return the outcome
   */
  Outcome run(MatchingStrategy strategy, Progress progress) {
    long start = System.nanoTime();
    progress.phase("scoring and solving (" + strategy.id() + ")");
    ScoredProblem scored;
    MatchingResult result;
    if (strategy instanceof SolverStrategy solver) {
      // Score once, for the solver and for the evaluation, reasons and feasibility below.
      scored = solver.score(problem);
      result = solver.match(scored, problem.seed());
    } else {
      result = strategy.match(problem);
      scored = config.model().score(problem);
    }
    long millis = (System.nanoTime() - start) / 1_000_000;
    progress.phase("evaluating");
    MatchingEvaluation evaluation = MatchingEvaluation.of(scored, result);
    FeasibilityReport feasibility = FeasibilityReport.of(scored, result);
    progress.phase("explaining");

    Map<ParticipantId, Proposal> byMentee = new HashMap<>();
    int[] load = new int[scored.mentorCount()];
    for (Proposal p : result.proposals()) {
      byMentee.put(p.menteeId(), p);
      load[scored.mentorIndexOf(p.mentorId())]++;
    }
    Map<ParticipantId, FixedPairs.FixedPair> fixedByMentee = new HashMap<>();
    for (FixedPairs.FixedPair f : fixed) {
      fixedByMentee.put(f.mentee().id(), f);
    }
    List<String> notes = new ArrayList<>();
    List<Line> lines = new ArrayList<>(mentees.size());
    for (PeopleFile.Person mentee : mentees) {
      FixedPairs.FixedPair f = fixedByMentee.get(mentee.id());
      Proposal p = byMentee.get(mentee.id());
      if (f != null) {
        PairExplanation e = explain(f.mentee(), f.mentor());
        if (!e.allowed()) {
          notes.add(
              "fixed pair on row "
                  + f.row()
                  + " ("
                  + mentee.id()
                  + ", "
                  + f.mentor().id()
                  + ") is kept although "
                  + e.excludedBy().stream()
                      .map(Exclusion::toString)
                      .collect(java.util.stream.Collectors.joining("; ")));
        }
        lines.add(
            new Line(
                mentee.id(),
                f.mentor().id(),
                Status.FIXED,
                new Explanation(
                    e.explanation().contributions(),
                    e.explanation().summary() + ", fixed in advance"),
                ""));
      } else if (p != null) {
        lines.add(new Line(mentee.id(), p.mentorId(), Status.MATCHED, p.explanation(), ""));
      } else {
        int i = scored.menteeIndexOf(mentee.id());
        lines.add(
            new Line(mentee.id(), null, Status.UNMATCHED, null, why(scored, i, load, strategy)));
      }
    }
    return new Outcome(strategy.id(), lines, result, evaluation, feasibility, notes, millis);
  }

  /** Why mentee row {@code i} is unmatched, in the terms an organiser acts on. */
  private String why(ScoredProblem scored, int i, int[] load, MatchingStrategy strategy) {
    if (scored.mentorCount() == 0) {
      return "no mentor has places left";
    }
    AssignmentProblem ap = scored.assignmentProblem();
    int[] candidates = ap.candidates(i);
    if (candidates.length == 0) {
      StringJoiner by = new StringJoiner(", ", " (", ")");
      for (Map.Entry<String, Integer> e : scored.exclusionCounts(i).entrySet()) {
        if (e.getValue() > 0) {
          by.add(e.getKey() + " excludes " + e.getValue());
        }
      }
      return "no eligible mentor: hard constraints exclude every one of the "
          + scored.mentorCount()
          + " mentors with places"
          + by;
    }
    int full = 0;
    for (int j : candidates) {
      if (load[j] >= ap.mentorCapacity(j)) {
        full++;
      }
    }
    String among = scored.isDense() ? "" : " (of its " + scored.topK() + " best)";
    if (full == candidates.length) {
      return candidates.length == 1
          ? "its only eligible mentor" + among + " is full"
          : "all " + candidates.length + " eligible mentors" + among + " are full";
    }
    return (candidates.length - full)
        + " of its "
        + candidates.length
        + " eligible mentors still have places, but "
        + strategy.id()
        + " left it unmatched";
  }

  /**
   * Explains one mentee and mentor on their own: the score with each criterion's contribution, and
   * the hard constraints that exclude the pair, whether or not either is in the problem.
   *
   * @param mentee the mentee
   * @param mentor the mentor
   * @return the explanation
   */
  PairExplanation explain(PeopleFile.Person mentee, PeopleFile.Person mentor) {
    MatchingProblem one =
        new MatchingProblem(
            program,
            List.of(enrollment(mentor, EnrollmentRole.MENTOR)),
            List.of(enrollment(mentee, EnrollmentRole.MENTEE)),
            List.of(),
            Map.of(mentor.id(), 1),
            Map.of(mentee.id(), 1),
            Set.of(),
            seed);
    return config.model().score(one).explain(0, 0);
  }
}
