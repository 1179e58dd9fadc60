package dev.mentoring.benchmarks;

import dev.mentoring.core.Actor;
import dev.mentoring.core.Mentoring;
import dev.mentoring.core.ParticipantId;
import dev.mentoring.core.enrollment.Answer;
import dev.mentoring.core.enrollment.Enrollment;
import dev.mentoring.core.enrollment.EnrollmentId;
import dev.mentoring.core.enrollment.EnrollmentStatus;
import dev.mentoring.core.enrollment.Profile;
import dev.mentoring.core.feedback.ResponseId;
import dev.mentoring.core.feedback.Survey;
import dev.mentoring.core.feedback.SurveyCheckpoint;
import dev.mentoring.core.feedback.SurveyDraft;
import dev.mentoring.core.feedback.SurveyId;
import dev.mentoring.core.feedback.SurveyQuestion;
import dev.mentoring.core.feedback.SurveyResponse;
import dev.mentoring.core.goal.CheckIn;
import dev.mentoring.core.goal.Goal;
import dev.mentoring.core.goal.GoalId;
import dev.mentoring.core.goal.GoalStatus;
import dev.mentoring.core.goal.GoalVisibility;
import dev.mentoring.core.goal.ProgressMode;
import dev.mentoring.core.meeting.Meeting;
import dev.mentoring.core.meeting.MeetingId;
import dev.mentoring.core.meeting.MeetingMode;
import dev.mentoring.core.meeting.MeetingStatus;
import dev.mentoring.core.memory.InMemoryMentoringStore;
import dev.mentoring.core.metrics.ProgramReport;
import dev.mentoring.core.metrics.Segmentation;
import dev.mentoring.core.metrics.SegmentedReport;
import dev.mentoring.core.pairing.ExitReason;
import dev.mentoring.core.pairing.Explanation;
import dev.mentoring.core.pairing.Pair;
import dev.mentoring.core.pairing.PairExit;
import dev.mentoring.core.pairing.PairId;
import dev.mentoring.core.pairing.PairOrigin;
import dev.mentoring.core.pairing.PairStatus;
import dev.mentoring.core.program.ApprovalSide;
import dev.mentoring.core.program.EnrollmentRole;
import dev.mentoring.core.program.Program;
import dev.mentoring.core.program.ProgramId;
import dev.mentoring.core.program.ProgramSpec;
import dev.mentoring.core.program.ProgramStatus;
import dev.mentoring.core.spi.StoreTransaction;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The program report ({@code reports().report}) of a large program from the in-memory store: by
 * default 10,000 pairs (10,000 mentees, 3,334 mentors of capacity 3), 200,000 meetings (20 per pair
 * over six months, a tenth of them cancelled or missed, most held ones rated), two goals per pair
 * with check-ins, and two surveys with about 20,000 responses (an NPS pulse of every participant, a
 * fit check of every mentee).
 *
 * <p>Measured: one {@code report} call, which reads the program's enrollments, pairs, meetings,
 * goals, surveys and responses in one transaction, groups them by pair and computes every figure,
 * including the health of each active pair; and the same report segmented by department. Not
 * measured: generating the data, which the setup writes straight through the storage SPI (not the
 * services, to keep the setup short). The setup checks, outside the timing, that the report counts
 * every pair and meeting.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = "-Xmx2g")
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 10, time = 2)
public class ProgramReportBenchmark {
  private static final Instant T0 = Instant.parse("2026-01-05T09:00:00Z");
  private static final List<String> DEPARTMENTS =
      List.of("Engineering", "Finance", "Marketing", "Operations", "People", "Sales");

  /** Pairs in the program. */
  @Param({"10000"})
  public int pairs;

  /** Meetings per pair. */
  @Param({"20"})
  public int meetingsPerPair;

  /** The data generator's seed. */
  @Param({"42"})
  public long seed;

  private Mentoring mentoring = Mentoring.builder().build();
  private ProgramId programId = ProgramId.of("none");
  private Instant at = T0;

  /** Writes the program's data through the store SPI and checks the report's totals. */
  @Setup(Level.Trial)
  public void setUp() {
    InMemoryMentoringStore store = new InMemoryMentoringStore();
    at = T0.plus(Duration.ofDays(190));
    mentoring = Mentoring.builder().store(store).clock(Clock.fixed(at, ZoneOffset.UTC)).build();
    Random rnd = new Random(seed);
    Program program =
        new Program(
            ProgramId.of("benchmark"),
            0,
            ProgramSpec.builder("Benchmark").build(),
            ProgramStatus.RUNNING,
            T0,
            T0);
    programId = program.id();
    int mentors = (pairs + 2) / 3;
    store.inTransaction(
        tx -> {
          tx.programs().insert(program);
          for (int i = 0; i < mentors; i++) {
            enroll(tx, "mentor-" + i, EnrollmentRole.MENTOR, 3, rnd);
          }
          for (int i = 0; i < pairs; i++) {
            enroll(tx, "mentee-" + i, EnrollmentRole.MENTEE, 0, rnd);
          }
          return null;
        });
    List<Pair> made = new ArrayList<>();
    // Several transactions, so that no single undo log grows to the whole data set.
    for (int from = 0; from < pairs; from += 1_000) {
      int to = Math.min(pairs, from + 1_000);
      int first = from;
      store.inTransaction(
          tx -> {
            for (int i = first; i < to; i++) {
              made.add(pair(tx, "mentor-" + i % mentors, "mentee-" + i, i, rnd));
            }
            return null;
          });
    }
    Survey pulse =
        survey(
            store,
            "pulse",
            SurveyDraft.builder("Pulse", SurveyCheckpoint.MIDPOINT)
                .question(SurveyQuestion.nps("nps", "Recommend?"))
                .build());
    Survey fit =
        survey(
            store,
            "fit",
            SurveyDraft.builder("Fit", SurveyCheckpoint.EARLY_FIT_CHECK)
                .question(SurveyQuestion.fit("fit", "Good fit?"))
                .build());
    store.inTransaction(
        tx -> {
          int n = 0;
          for (Pair p : made) {
            respond(tx, pulse, p.menteeId(), null, "nps", rnd.nextInt(11), n++);
            respond(tx, fit, p.menteeId(), p.id(), "fit", 1 + rnd.nextInt(5), n++);
          }
          return null;
        });

    ProgramReport r = report();
    if (r.totalPairs() != pairs
        || r.meetings().values().stream().mapToInt(Integer::intValue).sum()
            != pairs * meetingsPerPair) {
      throw new IllegalStateException("the report does not count every pair and meeting: " + r);
    }
  }

  private static void enroll(
      StoreTransaction tx, String who, EnrollmentRole role, int capacity, Random rnd) {
    Profile profile =
        Profile.builder()
            .department(DEPARTMENTS.get(rnd.nextInt(DEPARTMENTS.size())))
            .seniority(rnd.nextInt(10))
            .build();
    Instant applied = T0.plus(Duration.ofMinutes(rnd.nextInt(14 * 24 * 60)));
    tx.enrollments()
        .insert(
            new Enrollment(
                EnrollmentId.of("e-" + who),
                0,
                ProgramId.of("benchmark"),
                ParticipantId.of(who),
                role,
                profile,
                Map.of(),
                capacity,
                Set.of(),
                EnrollmentStatus.APPROVED,
                applied,
                applied));
  }

  private Pair pair(StoreTransaction tx, String mentor, String mentee, int i, Random rnd) {
    Instant proposed = T0.plus(Duration.ofDays(15)).plus(Duration.ofMinutes(i));
    Instant started = proposed.plus(Duration.ofDays(2));
    int roll = rnd.nextInt(20);
    PairStatus status =
        roll == 0 ? PairStatus.ENDED_EARLY : roll == 1 ? PairStatus.COMPLETED : PairStatus.ACTIVE;
    Instant ended = status == PairStatus.ACTIVE ? null : started.plus(Duration.ofDays(100));
    Pair pair =
        tx.pairs()
            .insert(
                new Pair(
                    PairId.of("pair-" + i),
                    0,
                    programId,
                    ParticipantId.of(mentor),
                    ParticipantId.of(mentee),
                    PairOrigin.ALGORITHM,
                    Explanation.of("benchmark"),
                    Set.of(ApprovalSide.ADMIN),
                    Set.of(ApprovalSide.ADMIN),
                    status,
                    proposed,
                    proposed.plus(Duration.ofDays(7)),
                    proposed.plus(Duration.ofDays(1)),
                    started,
                    status == PairStatus.PAUSED ? started : null,
                    ended,
                    ended == null ? null : PairExit.automatic(ExitReason.OTHER, ended),
                    ended == null ? started : ended));
    for (int k = 0; k < meetingsPerPair; k++) {
      Instant start = started.plus(Duration.ofHours(24L * 8 * k + rnd.nextInt(48)));
      int s = rnd.nextInt(10);
      MeetingStatus ms =
          start.isAfter(at)
              ? MeetingStatus.SCHEDULED
              : s == 0
                  ? MeetingStatus.CANCELLED
                  : s == 1 ? MeetingStatus.NO_SHOW : MeetingStatus.HELD;
      Map<ParticipantId, Integer> ratings = new HashMap<>();
      if (ms == MeetingStatus.HELD && rnd.nextInt(4) > 0) {
        ratings.put(pair.menteeId(), 1 + rnd.nextInt(5));
        if (rnd.nextBoolean()) {
          ratings.put(pair.mentorId(), 1 + rnd.nextInt(5));
        }
      }
      tx.meetings()
          .insert(
              new Meeting(
                  MeetingId.of("m-" + i + "-" + k),
                  0,
                  programId,
                  pair.id(),
                  null,
                  pair.mentorId(),
                  start,
                  Duration.ofHours(1),
                  ZoneOffset.UTC,
                  MeetingMode.VIDEO,
                  "Weekly",
                  "",
                  null,
                  "",
                  Map.of(),
                  ratings,
                  ms,
                  null,
                  start.minus(Duration.ofDays(2)),
                  start.minus(Duration.ofDays(2))));
    }
    for (int g = 0; g < 2; g++) {
      Instant created = started.plus(Duration.ofDays(3 + g));
      List<CheckIn> checkIns = new ArrayList<>();
      int progress = 0;
      for (int c = 0; c < 4; c++) {
        progress = Math.min(100, progress + rnd.nextInt(30));
        checkIns.add(
            new CheckIn(
                created.plus(Duration.ofDays(14L * (c + 1))), pair.menteeId(), "", progress));
      }
      boolean achieved = progress == 100;
      Instant closed = created.plus(Duration.ofDays(70));
      tx.goals()
          .insert(
              new Goal(
                  GoalId.of("g-" + i + "-" + g),
                  0,
                  programId,
                  pair.id(),
                  pair.menteeId(),
                  "Goal",
                  "measure",
                  "",
                  LocalDate.ofInstant(created, ZoneOffset.UTC).plusDays(120),
                  List.of(),
                  ProgressMode.MANUAL,
                  progress,
                  GoalVisibility.PAIR,
                  achieved ? GoalStatus.ACHIEVED : GoalStatus.ACTIVE,
                  checkIns,
                  created,
                  achieved ? closed : created,
                  achieved ? closed : null,
                  null));
    }
    return pair;
  }

  private Survey survey(InMemoryMentoringStore store, String id, SurveyDraft draft) {
    Instant opened = T0.plus(Duration.ofDays(30));
    Survey s = Survey.create(SurveyId.of(id), programId, draft, opened).open(opened);
    return store.inTransaction(tx -> tx.surveys().insert(s));
  }

  private void respond(
      StoreTransaction tx,
      Survey survey,
      ParticipantId who,
      PairId pair,
      String key,
      int value,
      int n) {
    tx.surveyResponses()
        .insert(
            new SurveyResponse(
                ResponseId.of("r-" + n),
                0,
                survey.id(),
                programId,
                who,
                pair,
                null,
                Map.of(key, Answer.number(value)),
                survey.openedAt().plus(Duration.ofMinutes(n))));
  }

  /**
   * The program report as of six months and a bit after the start.
   *
   * @return the report
   */
  @Benchmark
  public ProgramReport report() {
    return mentoring.reports().report(Actor.system(), programId, at);
  }

  /**
   * The same report, segmented by department (six segments).
   *
   * @return the report
   */
  @Benchmark
  public SegmentedReport reportByDepartment() {
    return mentoring.reports().report(Actor.system(), programId, at, Segmentation.department());
  }
}
