package dev.mentoring.examples.quickstart;

import static java.util.Objects.requireNonNull;

import dev.mentoring.core.Actor;
import dev.mentoring.core.MatchingRun;
import dev.mentoring.core.Mentoring;
import dev.mentoring.core.ParticipantId;
import dev.mentoring.core.enrollment.Answer;
import dev.mentoring.core.enrollment.Application;
import dev.mentoring.core.enrollment.EnrollmentStatus;
import dev.mentoring.core.enrollment.Profile;
import dev.mentoring.core.enrollment.Skill;
import dev.mentoring.core.feedback.NetPromoterScore;
import dev.mentoring.core.feedback.Survey;
import dev.mentoring.core.feedback.SurveyAudience;
import dev.mentoring.core.feedback.SurveyCheckpoint;
import dev.mentoring.core.feedback.SurveyDraft;
import dev.mentoring.core.feedback.SurveyQuestion;
import dev.mentoring.core.goal.Goal;
import dev.mentoring.core.goal.GoalDraft;
import dev.mentoring.core.goal.ProgressMode;
import dev.mentoring.core.meeting.Meeting;
import dev.mentoring.core.meeting.MeetingMode;
import dev.mentoring.core.meeting.MeetingPlan;
import dev.mentoring.core.meeting.MeetingStatus;
import dev.mentoring.core.memory.InMemoryMentoringStore;
import dev.mentoring.core.metrics.HealthStatus;
import dev.mentoring.core.metrics.ProgramReport;
import dev.mentoring.core.metrics.Ratio;
import dev.mentoring.core.pairing.Contribution;
import dev.mentoring.core.pairing.Pair;
import dev.mentoring.core.pairing.PairStatus;
import dev.mentoring.core.program.EnrollmentForm;
import dev.mentoring.core.program.EnrollmentRole;
import dev.mentoring.core.program.MatchingPolicy;
import dev.mentoring.core.program.Program;
import dev.mentoring.core.program.ProgramSpec;
import dev.mentoring.core.program.Question;
import dev.mentoring.core.spi.MentoringStore;
import dev.mentoring.jdbc.JdbcMentoringStore;
import dev.mentoring.matching.MatchingStrategies;
import dev.mentoring.testkit.fake.MutableClock;
import dev.mentoring.testkit.generate.Employee;
import dev.mentoring.testkit.generate.SyntheticOrganization;
import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.h2.jdbcx.JdbcDataSource;

/**
 * Runs one mentoring program from start to finish: an administrator creates it, 40 people from a
 * synthetic organisation enroll, the {@code optimal} strategy proposes pairs, both sides accept,
 * the program launches, pairs meet for a month and work on goals with milestones, everyone is asked
 * a midpoint survey with a Net Promoter question, and the program report is printed as a table,
 * followed by the three best pairs with the explanation of their scores.
 *
 * <p>Run it with {@code mvn -q -pl examples -am compile exec:java}. The output is the same on every
 * run: the people come from {@link SyntheticOrganization} with a fixed seed, time is a {@link
 * MutableClock} that starts at {@link #START} and moves only when the program says so, and the
 * {@code optimal} strategy does not use randomness. The engine's ids (of programs, pairs, meetings)
 * are random, so the output names people, never those ids.
 *
 * <p>The store is the one seam: {@link #run(MentoringStore, PrintStream)} works on any {@link
 * MentoringStore}, and {@link #main} picks the in-memory one, or with {@code --store h2} the JDBC
 * store on an in-memory H2 database ({@code mvn -q -pl examples -am compile exec:java
 * -Dexec.args="--store h2"}); the output is the same on both.
 */
public final class QuickStart {

  /** When the program starts, by the example's clock. */
  public static final Instant START = Instant.parse("2026-03-02T09:00:00Z");

  /** The seed of the synthetic organisation the people come from. */
  public static final long SEED = 42L;

  /** How many people the synthetic organisation has; 40 of them enroll. */
  public static final int ORGANIZATION_SIZE = 400;

  /** How many mentors enroll. */
  public static final int MENTORS = 14;

  /** How many mentees enroll. */
  public static final int MENTEES = 26;

  /** How many mentees each mentor takes at most. */
  public static final int MENTOR_CAPACITY = 2;

  /** How many weekly meetings each pair schedules. */
  public static final int MEETINGS_PER_PAIR = 3;

  private static final String USAGE = "usage: QuickStart [--store memory|h2]";
  private static final Actor ADMIN = Actor.participant("hr-admin");
  private static final int LABEL_WIDTH = 38;

  private QuickStart() {}

  /**
   * Runs the program on the store named by the arguments and prints what happens.
   *
   * @param args nothing or {@code --store memory} (the default) for the in-memory store, or {@code
   *     --store h2} for the JDBC store on an in-memory H2 database
   * @throws IllegalArgumentException if the arguments are anything else
   */
  public static void main(String[] args) {
    run(storeFor(args), System.out);
  }

  /**
   * Returns the store the command-line arguments name.
   *
   * @param args nothing, or {@code --store} and a store name: {@code memory} (the default) or
   *     {@code h2}, a {@link JdbcMentoringStore} on a new in-memory H2 database (its schema created
   *     by the store's migrations)
   * @return a new, empty store
   * @throws IllegalArgumentException if the arguments name no known store
   */
  public static MentoringStore storeFor(String... args) {
    if (args.length == 0) {
      return new InMemoryMentoringStore();
    }
    if (args.length != 2 || !args[0].equals("--store")) {
      throw new IllegalArgumentException(
          "arguments must be empty or '--store <name>', were " + List.of(args) + "; " + USAGE);
    }
    if (args[1].equals("memory")) {
      return new InMemoryMentoringStore();
    }
    if (args[1].equals("h2")) {
      JdbcDataSource h2 = new JdbcDataSource();
      // A private in-memory database that lives as long as the JVM.
      h2.setURL("jdbc:h2:mem:quickstart-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
      return JdbcMentoringStore.builder(h2).build();
    }
    throw new IllegalArgumentException(
        "--store must be one of [memory, h2], was '" + args[1] + "'; " + USAGE);
  }

  /**
   * Runs the whole program on a store and prints its story, the program report and the best pairs.
   *
   * @param store an empty store
   * @param out where to print
   * @return the program report at the end, a month after the start
   */
  public static ProgramReport run(MentoringStore store, PrintStream out) {
    requireNonNull(store, "store");
    requireNonNull(out, "out");
    MutableClock clock = MutableClock.at(START);
    Mentoring mentoring =
        Mentoring.builder()
            .store(store)
            .clock(clock)
            .matching(MatchingStrategies.builtIns().get(MatchingStrategies.OPTIMAL))
            .build();

    // 1. An administrator describes the program and opens enrollment.
    ProgramSpec spec =
        ProgramSpec.builder("Engineering mentoring, spring 2026")
            .objective("Help people grow the skills they ask for, with a colleague who has them")
            .form(
                EnrollmentForm.of(
                    Question.text("hopes", "What do you hope to get out of it?")
                        .optional()
                        .forRoles(EnrollmentRole.MENTEE)))
            .matchingPolicy(MatchingPolicy.defaults().withDefaultMentorCapacity(MENTOR_CAPACITY))
            .enrollmentApprovalRequired(false)
            .build();
    Program program = mentoring.programs().create(ADMIN, spec);
    mentoring.programs().openEnrollment(ADMIN, program.id());
    out.printf("Program '%s' is open for enrollment%n", program.name());

    // 2. People from a synthetic organisation enroll: the first willing mentors, then mentees.
    SyntheticOrganization org = SyntheticOrganization.generate(SEED, ORGANIZATION_SIZE);
    List<Employee> mentors = new ArrayList<>();
    List<Employee> mentees = new ArrayList<>();
    for (Employee e : org.employees()) {
      if (mentors.size() < MENTORS && e.willingToMentor() && e.level() >= 3) {
        mentors.add(e);
      } else if (mentees.size() < MENTEES && e.willingToBeMentored()) {
        mentees.add(e);
      }
    }
    mentors.forEach(e -> enroll(mentoring, program, org, e, EnrollmentRole.MENTOR));
    mentees.forEach(e -> enroll(mentoring, program, org, e, EnrollmentRole.MENTEE));
    out.printf("Enrolled %d mentors and %d mentees from %s%n", mentors.size(), mentees.size(), org);

    // 3. Matching proposes pairs; each comes with an explanation of its score.
    mentoring.programs().startMatching(ADMIN, program.id());
    MatchingRun run = mentoring.matching().propose(ADMIN, program.id());
    out.printf(
        "Strategy '%s' proposed %d pairs; %d mentees left unmatched%n",
        run.strategyId(), run.proposed().size(), run.unmatched().size());
    run.unmatched().entrySet().stream()
        .sorted(Map.Entry.comparingByKey(Comparator.comparing(ParticipantId::value)))
        .forEach(e -> out.printf("  unmatched %s: %s%n", e.getKey().value(), e.getValue()));

    // 4. Both sides accept every proposal; launching the program makes the pairs ACTIVE.
    for (Pair pair : run.proposed()) {
      mentoring.pairs().accept(Actor.participant(pair.mentorId()), pair.id());
      mentoring.pairs().accept(Actor.participant(pair.menteeId()), pair.id());
    }
    mentoring.programs().launch(ADMIN, program.id());
    List<Pair> active =
        mentoring.pairs().list(ADMIN, program.id()).stream()
            .filter(p -> p.status() == PairStatus.ACTIVE)
            .sorted(Comparator.comparing((Pair p) -> p.menteeId().value()))
            .toList();
    out.printf("Launched with %d active pairs%n", active.size());

    // 5. Each pair schedules weekly meetings and writes down a goal with three milestones.
    List<Meeting> meetings = new ArrayList<>();
    List<Goal> goals = new ArrayList<>();
    for (int k = 0; k < active.size(); k++) {
      Pair pair = active.get(k);
      Actor mentee = Actor.participant(pair.menteeId());
      for (int week = 1; week <= MEETINGS_PER_PAIR; week++) {
        MeetingPlan plan =
            MeetingPlan.builder(
                    "Mentoring session " + week,
                    START.plus(Duration.ofDays(7L * week)).plus(Duration.ofHours(k % 6)),
                    ZoneOffset.UTC)
                .duration(Duration.ofMinutes(45))
                .mode(MeetingMode.VIDEO)
                .build();
        meetings.add(mentoring.meetings().schedule(mentee, pair.id(), plan));
      }
      Skill topic = org.find(pair.menteeId()).orElseThrow().skillsSought().get(0);
      LocalDate day = LocalDate.ofInstant(START, ZoneOffset.UTC);
      GoalDraft draft =
          GoalDraft.builder(
                  "Get productive with " + topic.name(),
                  "Ships one piece of work that uses " + topic.name(),
                  day.plusWeeks(3))
              .milestone("Read up on the basics", day.plusWeeks(1))
              .milestone("Pair on a small task", day.plusWeeks(2))
              .milestone("Ship a change alone", day.plusWeeks(3))
              .progressMode(ProgressMode.MILESTONES)
              .build();
      Goal goal = mentoring.goals().create(mentee, pair.id(), draft);
      goals.add(mentoring.goals().activate(Actor.participant(pair.mentorId()), goal.id()));
    }

    // 6. A month passes. Meetings are held, except every fifth pair misses its last one; held
    //    meetings are rated, and goals advance by a deterministic number of milestones.
    clock.advance(Duration.ofDays(7L * (MEETINGS_PER_PAIR + 1)));
    for (int m = 0; m < meetings.size(); m++) {
      Meeting meeting = meetings.get(m);
      int pairIndex = m / MEETINGS_PER_PAIR;
      boolean last = m % MEETINGS_PER_PAIR == MEETINGS_PER_PAIR - 1;
      Pair pair = active.get(pairIndex);
      Actor mentor = Actor.participant(pair.mentorId());
      if (last && pairIndex % 5 == 4) {
        mentoring.meetings().markNoShow(mentor, meeting.id());
      } else {
        mentoring.meetings().markHeld(mentor, meeting.id());
        mentoring.meetings().rate(Actor.participant(pair.menteeId()), meeting.id(), 3 + m % 3);
      }
    }
    int achieved = 0;
    for (int k = 0; k < goals.size(); k++) {
      Goal goal = goals.get(k);
      Actor mentee = Actor.participant(active.get(k).menteeId());
      int done = k % 4;
      for (int i = 0; i < done; i++) {
        goal = mentoring.goals().completeMilestone(mentee, goal.id(), i);
      }
      if (goal.milestones().size() == done) {
        mentoring.goals().achieve(mentee, goal.id());
        achieved++;
      }
    }
    out.printf(
        "Held %d meetings, %d goals achieved%n",
        mentoring.meetings().forProgram(ADMIN, program.id()).stream()
            .filter(m -> m.status() == MeetingStatus.HELD)
            .count(),
        achieved);

    // 7. A midpoint survey with a Net Promoter question; all but every third person answer.
    Survey survey =
        mentoring
            .surveys()
            .create(
                ADMIN,
                program.id(),
                SurveyDraft.builder("Midpoint check", SurveyCheckpoint.MIDPOINT)
                    .question(
                        SurveyQuestion.nps(
                            "recommend", "How likely are you to recommend the program?"),
                        SurveyQuestion.rating("useful", "How useful are your sessions?"))
                    .audience(SurveyAudience.BOTH)
                    .build());
    mentoring.surveys().open(ADMIN, survey.id());
    List<ParticipantId> respondents = new ArrayList<>();
    active.forEach(p -> respondents.add(p.mentorId()));
    active.forEach(p -> respondents.add(p.menteeId()));
    List<ParticipantId> distinct = respondents.stream().distinct().toList();
    int answered = 0;
    for (int k = 0; k < distinct.size(); k++) {
      if (k % 3 == 2) {
        continue;
      }
      mentoring
          .surveys()
          .respond(
              Actor.participant(distinct.get(k)),
              survey.id(),
              null,
              null,
              Map.of("recommend", Answer.number(6 + k % 5), "useful", Answer.number(3 + k % 3)));
      answered++;
    }
    mentoring.surveys().close(ADMIN, survey.id());
    out.printf(
        "%d of the %d people in pairs answered the midpoint survey%n", answered, distinct.size());

    // 8. The program report, as of now.
    ProgramReport report = mentoring.reports().report(ADMIN, program.id(), clock.instant());
    out.println();
    printReport(report, out);

    // 9. The three best pairs, with the criteria that make up their scores.
    out.println();
    out.println("Best pairs and why:");
    active.stream()
        .sorted(
            Comparator.comparingInt(Pair::score)
                .reversed()
                .thenComparing(p -> p.menteeId().value()))
        .limit(3)
        .forEach(p -> printPair(p, out));
    return report;
  }

  /** Enrolls a person with the profile the organisation knows about them. */
  private static void enroll(
      Mentoring mentoring,
      Program program,
      SyntheticOrganization org,
      Employee e,
      EnrollmentRole role) {
    Profile.Builder profile =
        Profile.builder()
            .languages(e.languages().toArray(new String[0]))
            .timeZone(e.timeZone())
            .location(e.location().name())
            .seniority(e.level())
            .department(e.department());
    e.skillsOffered().forEach(s -> profile.offers(s.name(), s.level()));
    e.skillsSought().forEach(s -> profile.seeks(s.name(), s.level()));
    List<ParticipantId> managers = new ArrayList<>();
    for (ParticipantId m = e.manager(); m != null; m = org.find(m).orElseThrow().manager()) {
      managers.add(m);
    }
    Application.Builder application =
        Application.builder(e.id(), role).profile(profile.managerChain(managers).build());
    if (role == EnrollmentRole.MENTEE) {
      application.answer("hopes", Answer.text("Learn " + e.skillsSought().get(0).name()));
    }
    mentoring.enrollments().apply(Actor.participant(e.id()), program.id(), application.build());
  }

  private static void printReport(ProgramReport r, PrintStream out) {
    String rule = "-".repeat(LABEL_WIDTH + 24);
    out.println("Program report as of " + r.at());
    out.println(rule);
    Map<EnrollmentStatus, Integer> mentors =
        r.enrollments().getOrDefault(EnrollmentRole.MENTOR, Map.of());
    Map<EnrollmentStatus, Integer> mentees =
        r.enrollments().getOrDefault(EnrollmentRole.MENTEE, Map.of());
    row(out, "Approved mentors", count(mentors, EnrollmentStatus.APPROVED));
    row(out, "Approved mentees", count(mentees, EnrollmentStatus.APPROVED));
    row(out, "Match rate", ratio(r.matchRate()));
    row(out, "Mentor utilisation", ratio(r.mentorUtilisation()));
    row(out, "Active pairs", count(r.pairs(), PairStatus.ACTIVE));
    row(
        out,
        "Pair health (healthy/attention/risk)",
        count(r.health(), HealthStatus.HEALTHY)
            + " / "
            + r.health().get(HealthStatus.NEEDS_ATTENTION)
            + " / "
            + r.health().get(HealthStatus.AT_RISK));
    row(
        out,
        "Meetings (held/no-show)",
        count(r.meetings(), MeetingStatus.HELD) + " / " + r.meetings().get(MeetingStatus.NO_SHOW));
    row(out, "Held meetings per pair", ratio(r.meetingsPerPair()));
    row(out, "Average meeting rating", ratio(r.averageRating()));
    row(out, "Goal completion", ratio(r.goalCompletion()));
    NetPromoterScore nps = r.nps();
    row(
        out,
        "Net Promoter Score",
        String.format(
            Locale.ROOT,
            "%+.1f (%d promoters, %d passives, %d detractors)",
            nps.score(),
            nps.promoters(),
            nps.passives(),
            nps.detractors()));
    r.surveys()
        .forEach(
            s ->
                row(
                    out,
                    "Survey " + s.checkpoint().name().toLowerCase(Locale.ROOT) + " responses",
                    ratio(s.responseRate())));
    out.println(rule);
  }

  private static void printPair(Pair p, PrintStream out) {
    out.printf("  %s -> %s  score %d%n", p.mentorId().value(), p.menteeId().value(), p.score());
    for (Contribution c : p.explanation().contributions()) {
      if (c.points() != 0) {
        out.printf(Locale.ROOT, "      %-11s %+5d  %s%n", c.criterion(), c.points(), c.detail());
      }
    }
  }

  private static void row(PrintStream out, String label, Object value) {
    out.printf("%-" + LABEL_WIDTH + "s %s%n", label, value);
  }

  private static <K> int count(Map<K, Integer> counts, K key) {
    return counts.getOrDefault(key, 0);
  }

  private static String ratio(Ratio r) {
    if (!r.isDefined()) {
      return "n/a";
    }
    return String.format(Locale.ROOT, "%.2f  (%d / %d)", r.value(), r.numerator(), r.denominator());
  }
}
