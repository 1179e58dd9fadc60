package dev.mentoring.core.testing;

import dev.mentoring.core.ParticipantId;
import dev.mentoring.core.enrollment.Answer;
import dev.mentoring.core.enrollment.Enrollment;
import dev.mentoring.core.enrollment.EnrollmentId;
import dev.mentoring.core.enrollment.EnrollmentStatus;
import dev.mentoring.core.enrollment.Profile;
import dev.mentoring.core.feedback.ResponseId;
import dev.mentoring.core.feedback.Survey;
import dev.mentoring.core.feedback.SurveyDraft;
import dev.mentoring.core.feedback.SurveyId;
import dev.mentoring.core.feedback.SurveyResponse;
import dev.mentoring.core.goal.CheckIn;
import dev.mentoring.core.goal.Goal;
import dev.mentoring.core.goal.GoalId;
import dev.mentoring.core.goal.GoalStatus;
import dev.mentoring.core.goal.GoalVisibility;
import dev.mentoring.core.goal.Milestone;
import dev.mentoring.core.goal.ProgressMode;
import dev.mentoring.core.meeting.Meeting;
import dev.mentoring.core.meeting.MeetingId;
import dev.mentoring.core.meeting.MeetingMode;
import dev.mentoring.core.meeting.MeetingStatus;
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
import dev.mentoring.core.spi.MentoringStore;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Writes aggregates straight through the storage SPI, with every date chosen by the test: for
 * metrics, which read dates the services would set from the clock. Ids are sequential ({@code e-1},
 * {@code pair-1}, ...), so a test that builds the same data twice gets equal records.
 */
public final class StoreData {
  public static final Instant T0 = Instant.parse("2026-01-05T09:00:00Z");

  private final MentoringStore store;
  private int next;

  public StoreData(MentoringStore store) {
    this.store = store;
  }

  private String id(String prefix) {
    return prefix + "-" + ++next;
  }

  public static Instant day(int n) {
    return T0.plus(Duration.ofDays(n));
  }

  public Program program(ProgramSpec spec) {
    Program p = new Program(ProgramId.of(id("program")), 0, spec, ProgramStatus.RUNNING, T0, T0);
    return store.inTransaction(tx -> tx.programs().insert(p));
  }

  public Enrollment enroll(
      ProgramId program,
      String who,
      EnrollmentRole role,
      EnrollmentStatus status,
      int capacity,
      Profile profile,
      Instant appliedAt) {
    Enrollment e =
        new Enrollment(
            EnrollmentId.of(id("e")),
            0,
            program,
            ParticipantId.of(who),
            role,
            profile,
            Map.of(),
            capacity,
            Set.of(),
            status,
            appliedAt,
            appliedAt);
    return store.inTransaction(tx -> tx.enrollments().insert(e));
  }

  /**
   * A pair whose dates follow its status: proposed at {@code proposedAt}, accepted a day later,
   * started two days later, and (for terminal statuses) ended at {@code endedAt}.
   */
  public Pair pair(
      ProgramId program,
      String mentor,
      String mentee,
      PairStatus status,
      Instant proposedAt,
      Instant endedAt) {
    boolean accepted =
        status != PairStatus.PROPOSED
            && status != PairStatus.DECLINED
            && status != PairStatus.EXPIRED
            && status != PairStatus.WITHDRAWN;
    boolean started = accepted && status != PairStatus.ACCEPTED;
    boolean ended = status.isTerminal();
    Instant acceptedAt = accepted ? proposedAt.plus(Duration.ofDays(1)) : null;
    Instant startedAt = started ? proposedAt.plus(Duration.ofDays(2)) : null;
    Pair p =
        new Pair(
            PairId.of(id("pair")),
            0,
            program,
            ParticipantId.of(mentor),
            ParticipantId.of(mentee),
            PairOrigin.ADMIN,
            Explanation.of("test"),
            Set.of(ApprovalSide.ADMIN),
            accepted ? Set.of(ApprovalSide.ADMIN) : Set.of(),
            status,
            proposedAt,
            proposedAt.plus(Duration.ofDays(7)),
            acceptedAt,
            startedAt,
            null,
            ended ? endedAt : null,
            ended ? PairExit.automatic(ExitReason.OTHER, endedAt) : null,
            ended ? endedAt : proposedAt);
    return store.inTransaction(tx -> tx.pairs().insert(p));
  }

  /** A one-hour video meeting created at {@code createdAt}, with ratings by rater. */
  public Meeting meeting(
      Pair pair,
      Instant start,
      MeetingStatus status,
      Instant createdAt,
      Map<ParticipantId, Integer> ratings) {
    Meeting m =
        new Meeting(
            MeetingId.of(id("meeting")),
            0,
            pair.programId(),
            pair.id(),
            null,
            pair.mentorId(),
            start,
            Duration.ofHours(1),
            ZoneOffset.UTC,
            MeetingMode.VIDEO,
            "Catch-up",
            "",
            null,
            "",
            Map.of(),
            ratings,
            status,
            null,
            createdAt,
            createdAt);
    return store.inTransaction(tx -> tx.meetings().insert(m));
  }

  /** A held meeting, scheduled a day before it started. */
  public Meeting held(Pair pair, Instant start, int... ratings) {
    Map<ParticipantId, Integer> given = new java.util.HashMap<>();
    if (ratings.length > 0) {
      given.put(pair.mentorId(), ratings[0]);
    }
    if (ratings.length > 1) {
      given.put(pair.menteeId(), ratings[1]);
    }
    return meeting(pair, start, MeetingStatus.HELD, start.minus(Duration.ofDays(1)), given);
  }

  /**
   * A goal of the pair's mentee. {@code closedAt} is used for ACHIEVED and ABANDONED goals only.
   */
  public Goal goal(
      Pair pair,
      GoalStatus status,
      ProgressMode mode,
      int progress,
      List<Milestone> milestones,
      List<CheckIn> checkIns,
      LocalDate target,
      Instant createdAt,
      Instant closedAt) {
    boolean closed = !status.isOpen();
    Goal g =
        new Goal(
            GoalId.of(id("goal")),
            0,
            pair.programId(),
            pair.id(),
            pair.menteeId(),
            "Goal",
            "measure",
            "",
            target,
            milestones,
            mode,
            progress,
            GoalVisibility.PAIR,
            status,
            checkIns,
            createdAt,
            closed ? closedAt : createdAt,
            closed ? closedAt : null,
            null);
    return store.inTransaction(tx -> tx.goals().insert(g));
  }

  /** An ACTIVE goal in MANUAL mode with the given check-ins; progress is the last check-in's. */
  public Goal activeGoal(Pair pair, Instant createdAt, CheckIn... checkIns) {
    int progress = checkIns.length == 0 ? 0 : checkIns[checkIns.length - 1].progress();
    return goal(
        pair,
        GoalStatus.ACTIVE,
        ProgressMode.MANUAL,
        progress,
        List.of(),
        List.of(checkIns),
        LocalDate.of(2027, 1, 1),
        createdAt,
        createdAt);
  }

  public Survey survey(ProgramId program, SurveyDraft draft, Instant openedAt) {
    return survey(program, draft, openedAt, null);
  }

  /** A survey opened at {@code openedAt} and, unless {@code closedAt} is null, closed then. */
  public Survey survey(ProgramId program, SurveyDraft draft, Instant openedAt, Instant closedAt) {
    Survey opened =
        Survey.create(SurveyId.of(id("survey")), program, draft, openedAt).open(openedAt);
    Survey s = closedAt == null ? opened : opened.close(closedAt);
    return store.inTransaction(tx -> tx.surveys().insert(s));
  }

  public SurveyResponse respond(
      Survey survey, String who, PairId pair, String subject, Instant at, Map<String, Answer> a) {
    SurveyResponse r =
        new SurveyResponse(
            ResponseId.of(id("response")),
            0,
            survey.id(),
            survey.programId(),
            ParticipantId.of(who),
            pair,
            subject,
            a,
            at);
    return store.inTransaction(tx -> tx.surveyResponses().insert(r));
  }
}
