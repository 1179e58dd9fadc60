package dev.mentoring.core;

import static dev.mentoring.core.testing.Fixture.ADMIN;
import static dev.mentoring.core.testing.Fixture.SYSTEM;
import static dev.mentoring.core.testing.Fixture.as;
import static dev.mentoring.core.testing.Fixture.id;
import static dev.mentoring.core.testing.Rejections.invalid;
import static dev.mentoring.core.testing.Rejections.refused;
import static dev.mentoring.core.testing.Rejections.violation;
import static org.assertj.core.api.Assertions.assertThat;

import dev.mentoring.core.enrollment.Answer;
import dev.mentoring.core.feedback.Survey;
import dev.mentoring.core.feedback.SurveyAudience;
import dev.mentoring.core.feedback.SurveyCheckpoint;
import dev.mentoring.core.feedback.SurveyDraft;
import dev.mentoring.core.feedback.SurveyQuestion;
import dev.mentoring.core.goal.Goal;
import dev.mentoring.core.goal.GoalDraft;
import dev.mentoring.core.meeting.Meeting;
import dev.mentoring.core.meeting.MeetingPlan;
import dev.mentoring.core.notification.GoalDue;
import dev.mentoring.core.notification.InactivityEscalation;
import dev.mentoring.core.notification.InactivityNudge;
import dev.mentoring.core.notification.MeetingFollowUp;
import dev.mentoring.core.notification.MeetingReminder;
import dev.mentoring.core.notification.MilestoneDue;
import dev.mentoring.core.notification.Notification;
import dev.mentoring.core.notification.SurveyInvitation;
import dev.mentoring.core.notification.SurveyReminder;
import dev.mentoring.core.pairing.ExitReason;
import dev.mentoring.core.pairing.Pair;
import dev.mentoring.core.program.Program;
import dev.mentoring.core.program.ProgramId;
import dev.mentoring.core.program.ProgramSpec;
import dev.mentoring.core.program.ReminderPolicy;
import dev.mentoring.core.program.Schedule;
import dev.mentoring.core.spi.SentReminder;
import dev.mentoring.core.testing.Fixture;
import dev.mentoring.core.testing.Pairs;
import dev.mentoring.core.testing.StoreSnapshot;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The reminders about running pairs that {@code reminders().due(at)} hands out: meetings, silence,
 * goals and surveys. Each kind falls due exactly at its threshold, not a millisecond before,
 * reaches the documented recipients, and is handed out once.
 */
class ActivityRemindersTest {
  /** The fixture's clock, and so the start of the pair. */
  private static final Instant T0 = Instant.parse("2026-01-05T09:00:00Z");

  private static final ZoneId UTC = ZoneOffset.UTC;
  private static final Duration MS = Duration.ofMillis(1);
  private static final Actor MIA = as("mia");
  private static final Actor NED = as("ned");

  private final Fixture f = new Fixture();
  private final ReminderService reminders = f.mentoring.reminders();

  /** A running program of {@link Fixture#ADMIN} with the active pair mia (mentor) and ned. */
  private ProgramId pid;

  private Pair pair;

  @BeforeEach
  void runningPair() {
    pid = Pairs.running(f, "mia:ned");
    pair = Pairs.pair(f, pid, "mia", "ned");
    assertThat(pair.startedAt()).isEqualTo(T0);
  }

  // ------------------------------------------------------------------------------- helpers

  /** Changes the program's settings. */
  private void spec(UnaryOperator<ProgramSpec.Builder> change) {
    Program p = f.mentoring.programs().get(ADMIN, pid);
    f.mentoring.programs().update(ADMIN, pid, change.apply(p.spec().toBuilder()).build());
  }

  /** Changes the program's reminder policy. */
  private void policy(UnaryOperator<ReminderPolicy> change) {
    Program p = f.mentoring.programs().get(ADMIN, pid);
    spec(b -> b.reminderPolicy(change.apply(p.spec().reminderPolicy())));
  }

  /** Moves inactivity reminders out of the way of a test about something else. */
  private void noInactivity() {
    policy(
        p ->
            p.withInactivityNudgeAfter(Duration.ofDays(365))
                .withInactivityEscalationAfter(Duration.ofDays(366)));
  }

  /**
   * Calls {@code due} with the clock set to {@code at} and checks that the notifier received
   * exactly what was returned.
   */
  private List<Notification> dueAt(Instant at) {
    f.clock.set(at);
    f.recorder.clear();
    List<Notification> due = reminders.due(SYSTEM, at);
    assertThat(f.recorder.notifications()).containsExactlyElementsOf(due);
    return due;
  }

  private static MeetingPlan plan(Instant start) {
    return MeetingPlan.builder("Catch-up", start, UTC).build();
  }

  /** Schedules a one-hour meeting of the pair, organised by mia, with the clock before it. */
  private Meeting scheduled(Instant start) {
    return f.mentoring.meetings().schedule(MIA, pair.id(), plan(start));
  }

  /** Records a one-hour meeting of the pair that already took place; the clock moves past it. */
  private Meeting logged(Instant start) {
    Instant end = start.plus(Duration.ofHours(1));
    if (f.clock.instant().isBefore(end)) {
      f.clock.set(end);
    }
    return f.mentoring.meetings().log(NED, pair.id(), plan(start));
  }

  /** Marks a scheduled meeting held, with the clock at its end. */
  private Meeting held(Meeting m) {
    f.clock.set(m.end());
    return f.mentoring.meetings().markHeld(MIA, m.id());
  }

  private static SentReminder sent(String key, String to, Instant at) {
    return new SentReminder(key, id(to), at);
  }

  // ------------------------------------------------------------------------------ meetings

  @Nested
  class Meetings {
    private final Instant start = T0.plus(Duration.ofDays(3)).plus(Duration.ofHours(1));

    @BeforeEach
    void quiet() {
      noInactivity();
    }

    private MeetingReminder reminder(String to, Meeting m, Instant at) {
      return new MeetingReminder(id(to), pid, pair.id(), m.id(), m.start(), at);
    }

    private MeetingFollowUp followUp(String to, Meeting m, Instant at) {
      return new MeetingFollowUp(id(to), pid, pair.id(), m.id(), m.start(), m.end(), at);
    }

    @Test
    void reminder_exactlyOneDayBeforeStart_remindsBothSidesOnce() {
      Meeting m = scheduled(start);
      Instant at = start.minus(Duration.ofHours(24));

      assertThat(dueAt(at.minus(MS))).isEmpty();
      assertThat(dueAt(at)).containsExactly(reminder("mia", m, at), reminder("ned", m, at));
      assertThat(dueAt(at)).isEmpty();
      assertThat(dueAt(start.minus(MS))).isEmpty();
      assertThat(f.snapshot().reminders())
          .containsExactlyInAnyOrder(
              sent("meeting-reminder:" + m.id() + ":" + start + ":mia", "mia", at),
              sent("meeting-reminder:" + m.id() + ":" + start + ":ned", "ned", at));
    }

    @Test
    void reminder_firstCallAfterStart_isNotHandedOutLate() {
      scheduled(start);

      assertThat(dueAt(start)).isEmpty();
      assertThat(dueAt(start.plus(Duration.ofHours(3)).minus(MS))).isEmpty();
    }

    @Test
    void reminder_meetingMovedAfterReminder_remindsAgainForTheNewStart() {
      Meeting m = scheduled(start);
      dueAt(start.minus(Duration.ofHours(2)));
      Instant later = start.plus(Duration.ofDays(2));
      f.clock.set(start.minus(Duration.ofHours(1)));
      Meeting moved = f.mentoring.meetings().reschedule(NED, m.id(), later);
      Instant at = later.minus(Duration.ofHours(24));

      assertThat(dueAt(at)).containsExactly(reminder("mia", moved, at), reminder("ned", moved, at));
    }

    @Test
    void reminder_customPeriod_fallsDueAtThatPeriod() {
      policy(p -> p.withMeetingReminderBefore(Duration.ofMinutes(30)));
      Meeting m = scheduled(start);

      Instant at = start.minus(Duration.ofMinutes(30));

      assertThat(dueAt(at.minus(MS))).isEmpty();
      assertThat(dueAt(at)).containsExactly(reminder("mia", m, at), reminder("ned", m, at));
    }

    @Test
    void reminder_cancelledMeetingOrEndedPair_nothing() {
      Meeting cancelled = scheduled(start);
      f.mentoring.meetings().cancel(NED, cancelled.id(), null);
      Meeting other = scheduled(start.plus(Duration.ofDays(1)));
      assertThat(dueAt(start.minus(Duration.ofHours(1)))).isEmpty();

      f.mentoring.pairs().complete(ADMIN, pair.id());

      assertThat(dueAt(other.start().minus(Duration.ofHours(1)))).isEmpty();
      assertThat(dueAt(other.end().plus(Duration.ofDays(1)))).isEmpty();
    }

    @Test
    void reminder_pausedPair_stillRemindsOfAPlannedMeeting() {
      Meeting m = scheduled(start);
      f.mentoring.pairs().pause(MIA, pair.id());
      Instant at = start.minus(Duration.ofHours(1));

      assertThat(dueAt(at)).containsExactly(reminder("mia", m, at), reminder("ned", m, at));
    }

    @Test
    void followUp_twoHoursAfterEndWhileScheduled_asksBothSidesOnce() {
      Meeting m = scheduled(start);
      Instant at = m.end().plus(Duration.ofHours(2));

      assertThat(dueAt(at.minus(MS))).isEmpty();
      assertThat(dueAt(at)).containsExactly(followUp("mia", m, at), followUp("ned", m, at));
      assertThat(dueAt(at.plus(Duration.ofDays(5)))).isEmpty();
    }

    @Test
    void followUp_meetingRecordedInTime_nothing() {
      Meeting held = held(scheduled(start));
      Meeting missed = scheduled(start.plus(Duration.ofDays(1)));
      f.clock.set(missed.start());
      f.mentoring.meetings().markNoShow(NED, missed.id());

      assertThat(dueAt(held.end().plus(Duration.ofDays(3)))).isEmpty();
    }

    @Test
    void followUp_zeroPeriod_fallsDueAtTheEnd() {
      policy(p -> p.withLogFollowUpAfter(Duration.ZERO));
      Meeting m = scheduled(start);

      assertThat(dueAt(m.end().minus(MS))).isEmpty();
      assertThat(dueAt(m.end()))
          .containsExactly(followUp("mia", m, m.end()), followUp("ned", m, m.end()));
    }
  }

  // ---------------------------------------------------------------------------- inactivity

  @Nested
  class Inactivity {
    private final Duration nudge = ReminderPolicy.defaults().inactivityNudgeAfter();
    private final Duration escalation = ReminderPolicy.defaults().inactivityEscalationAfter();

    private InactivityNudge nudge(String to, Instant since, Instant at) {
      return new InactivityNudge(id(to), pid, pair.id(), since, at);
    }

    private InactivityEscalation escalation(String to, Instant since, Instant at) {
      return new InactivityEscalation(id(to), pid, pair.id(), since, at);
    }

    @Test
    void nudge_noMeetingSinceStart_nudgesBothSidesAtThresholdOnce() {
      Instant at = T0.plus(nudge);

      assertThat(dueAt(at.minus(MS))).isEmpty();
      assertThat(dueAt(at)).containsExactly(nudge("mia", T0, at), nudge("ned", T0, at));
      assertThat(dueAt(at.plus(Duration.ofDays(1)))).isEmpty();
      assertThat(f.snapshot().reminders())
          .contains(sent("inactivity-nudge:" + pair.id() + ":" + T0 + ":mia", "mia", at));
    }

    @Test
    void escalation_laterThreshold_tellsTheAdministratorsOnce() {
      spec(b -> b.admin(id("zoe")).admin(id("abe")));
      dueAt(T0.plus(nudge));
      Instant at = T0.plus(escalation);

      assertThat(dueAt(at.minus(MS))).isEmpty();
      assertThat(dueAt(at))
          .containsExactly(
              escalation("abe", T0, at), escalation("admin", T0, at), escalation("zoe", T0, at));
      assertThat(dueAt(at.plus(Duration.ofDays(30)))).isEmpty();
    }

    @Test
    void firstCallPastBothThresholds_handsOutNudgesBeforeEscalation() {
      Instant at = T0.plus(Duration.ofDays(50));

      assertThat(dueAt(at))
          .containsExactly(nudge("mia", T0, at), nudge("ned", T0, at), escalation("admin", T0, at));
    }

    @Test
    void heldMeeting_startsANewSilence_nudgedAgainAfterIt() {
      Instant first = T0.plus(nudge);
      dueAt(first);
      Meeting m = logged(first.plus(Duration.ofDays(2)));
      Instant again = m.start().plus(nudge);

      assertThat(dueAt(again.minus(MS))).isEmpty();
      assertThat(dueAt(again))
          .containsExactly(nudge("mia", m.start(), again), nudge("ned", m.start(), again));
    }

    @Test
    void silence_measuredFromTheLastHeldMeetingsStart() {
      logged(T0.plus(Duration.ofDays(1)));
      Meeting last = logged(T0.plus(Duration.ofDays(5)));
      Meeting missed = scheduled(T0.plus(Duration.ofDays(9)));
      f.clock.set(missed.start());
      f.mentoring.meetings().markNoShow(MIA, missed.id());

      assertThat(dueAt(last.start().plus(nudge).minus(MS)))
          .noneMatch(InactivityNudge.class::isInstance);
      assertThat(dueAt(last.start().plus(nudge)))
          .filteredOn(InactivityNudge.class::isInstance)
          .hasSize(2);
    }

    @Test
    void pausedOrCompletedPair_isNotNudged() {
      f.mentoring.pairs().pause(MIA, pair.id());
      assertThat(dueAt(T0.plus(escalation))).isEmpty();

      f.mentoring.pairs().resume(MIA, pair.id());
      f.mentoring.pairs().complete(ADMIN, pair.id());
      assertThat(dueAt(T0.plus(Duration.ofDays(100)))).isEmpty();
    }

    @Test
    void customPeriods_fallDueAtThem() {
      policy(
          p ->
              p.withInactivityNudgeAfter(Duration.ofDays(7))
                  .withInactivityEscalationAfter(Duration.ofDays(8)));

      assertThat(dueAt(T0.plus(Duration.ofDays(7)))).hasSize(2);
      assertThat(dueAt(T0.plus(Duration.ofDays(8))))
          .containsExactly(escalation("admin", T0, T0.plus(Duration.ofDays(8))));
    }
  }

  // --------------------------------------------------------------------------------- goals

  @Nested
  class Goals {
    /** 7 days before this day's start (UTC) the goal falls due. */
    private final LocalDate target = LocalDate.of(2026, 3, 1);

    private final LocalDate first = LocalDate.of(2026, 2, 1);
    private final LocalDate second = LocalDate.of(2026, 2, 15);

    @BeforeEach
    void quiet() {
      noInactivity();
    }

    private Goal active() {
      GoalDraft draft =
          GoalDraft.builder("Speak at a meetup", "one talk given", target)
              .milestone("Pick a topic", first)
              .milestone("Write the talk", second)
              .build();
      Goal g = f.mentoring.goals().create(NED, pair.id(), draft);
      return f.mentoring.goals().activate(NED, g.id());
    }

    private Instant warnedAt(LocalDate day) {
      return day.atStartOfDay(UTC).toInstant().minus(Duration.ofDays(7));
    }

    @Test
    void milestoneAndGoal_eachWarnedTheirOwnerAtTheirThresholdOnce() {
      Goal g = active();
      Instant m1 = warnedAt(first);
      Instant m2 = warnedAt(second);
      Instant goal = warnedAt(target);

      assertThat(dueAt(m1.minus(MS))).isEmpty();
      assertThat(dueAt(m1))
          .containsExactly(
              new MilestoneDue(id("ned"), pid, pair.id(), g.id(), "Pick a topic", first, m1));
      assertThat(dueAt(m2.minus(MS))).isEmpty();
      assertThat(dueAt(m2))
          .containsExactly(
              new MilestoneDue(id("ned"), pid, pair.id(), g.id(), "Write the talk", second, m2));
      assertThat(dueAt(goal.minus(MS))).isEmpty();
      assertThat(dueAt(goal))
          .containsExactly(new GoalDue(id("ned"), pid, pair.id(), g.id(), target, goal));
      assertThat(dueAt(target.plusDays(30).atStartOfDay(UTC).toInstant())).isEmpty();
      assertThat(f.snapshot().reminders())
          .contains(
              sent("goal-due:" + g.id() + ":2026-03-01:ned", "ned", goal),
              sent("milestone-due:" + g.id() + ":2026-02-01:ned:Pick a topic", "ned", m1));
    }

    @Test
    void firstCallAfterTargetDate_goalThenOpenMilestonesInOrder() {
      Goal g = active();
      g = f.mentoring.goals().completeMilestone(NED, g.id(), 0);
      Instant at = Instant.parse("2026-03-02T00:00:00Z");

      assertThat(dueAt(at))
          .containsExactly(
              new GoalDue(id("ned"), pid, pair.id(), g.id(), target, at),
              new MilestoneDue(id("ned"), pid, pair.id(), g.id(), "Write the talk", second, at));
    }

    @Test
    void draftAchievedOrAbandonedGoal_nothing() {
      GoalDraft draft = GoalDraft.builder("Draft", "never agreed", target).build();
      f.mentoring.goals().create(NED, pair.id(), draft);
      Goal achieved = active();
      f.mentoring.goals().achieve(NED, achieved.id());

      assertThat(dueAt(target.atStartOfDay(UTC).toInstant())).isEmpty();
    }

    @Test
    void revisedTargetDate_warnedAgainForTheNewDate() {
      Goal g = active();
      f.mentoring.goals().completeMilestone(NED, g.id(), 0);
      f.mentoring.goals().completeMilestone(NED, g.id(), 1);
      dueAt(warnedAt(target));
      LocalDate later = target.plusMonths(1);
      f.mentoring
          .goals()
          .revise(
              NED,
              g.id(),
              GoalDraft.from(f.mentoring.goals().get(NED, g.id())).targetDate(later).build());

      assertThat(dueAt(warnedAt(later)))
          .containsExactly(new GoalDue(id("ned"), pid, pair.id(), g.id(), later, warnedAt(later)));
    }

    @Test
    void goalOfAnEndedPair_nothing() {
      active();
      f.mentoring.pairs().endEarly(MIA, pair.id(), ExitReason.SCHEDULE_CONFLICT, null);

      assertThat(dueAt(target.atStartOfDay(UTC).toInstant())).isEmpty();
    }
  }

  // ------------------------------------------------------------------------------- surveys

  @Nested
  class Surveys {
    private final Duration remindAfter = ReminderPolicy.defaults().surveyReminderAfter();

    @BeforeEach
    void quiet() {
      noInactivity();
    }

    private Survey open(SurveyCheckpoint checkpoint, SurveyAudience audience) {
      SurveyQuestion q =
          checkpoint == SurveyCheckpoint.EARLY_FIT_CHECK
              ? SurveyQuestion.fit("fit", "Is this a good fit?")
              : SurveyQuestion.rating("overall", "How is it going?");
      SurveyDraft draft =
          SurveyDraft.builder("Survey", checkpoint).question(q).audience(audience).build();
      Survey s = f.mentoring.surveys().create(ADMIN, pid, draft);
      return f.mentoring.surveys().open(ADMIN, s.id());
    }

    private Survey open(SurveyCheckpoint checkpoint) {
      return open(checkpoint, SurveyAudience.BOTH);
    }

    private void respond(Actor who, Survey s, String subjectKey) {
      String key = s.checkpoint() == SurveyCheckpoint.EARLY_FIT_CHECK ? "fit" : "overall";
      f.mentoring
          .surveys()
          .respond(who, s.id(), pair.id(), subjectKey, Map.of(key, Answer.number(4)));
    }

    private SurveyInvitation invitation(String to, Survey s, String subject, Instant at) {
      return new SurveyInvitation(id(to), pid, s.id(), s.checkpoint(), pair.id(), subject, at);
    }

    private SurveyReminder reminder(
        String to, Survey s, String subject, Instant invited, Instant at) {
      return new SurveyReminder(
          id(to), pid, s.id(), s.checkpoint(), pair.id(), subject, invited, at);
    }

    @Test
    void afterMeeting_eachHeldMeeting_invitesBothSidesOnceWithTheMeetingAsSubject() {
      Survey s = open(SurveyCheckpoint.AFTER_MEETING);
      Meeting first = held(scheduled(T0.plus(Duration.ofDays(1))));
      Instant at = f.clock.instant();

      assertThat(dueAt(at))
          .containsExactly(
              invitation("mia", s, first.id().value(), at),
              invitation("ned", s, first.id().value(), at));
      assertThat(dueAt(at.plus(Duration.ofHours(1)))).isEmpty();

      Meeting second = logged(T0.plus(Duration.ofDays(2)));
      Instant later = f.clock.instant();
      assertThat(dueAt(later))
          .containsExactly(
              invitation("mia", s, second.id().value(), later),
              invitation("ned", s, second.id().value(), later));
      assertThat(f.snapshot().reminders())
          .contains(
              sent(
                  "survey-invitation:" + s.id() + ":" + pair.id() + ":" + first.id() + ":mia",
                  "mia",
                  at));
    }

    @Test
    void afterMeeting_meetingHeldBeforeTheSurveyOpened_notInvited() {
      logged(T0.plus(Duration.ofHours(1)));
      f.clock.advance(Duration.ofHours(1));
      open(SurveyCheckpoint.AFTER_MEETING);

      assertThat(dueAt(f.clock.instant())).isEmpty();
    }

    @Test
    void afterMeeting_meetingRecordedAfterTheSurveyOpened_invitedThoughItEndedBefore() {
      f.clock.set(T0.plus(Duration.ofDays(3)));
      Survey s = open(SurveyCheckpoint.AFTER_MEETING);
      Meeting m = logged(T0.plus(Duration.ofDays(1)));
      Instant at = f.clock.instant();

      assertThat(m.end()).isBefore(s.openedAt());
      assertThat(dueAt(at))
          .containsExactly(
              invitation("mia", s, m.id().value(), at), invitation("ned", s, m.id().value(), at));
    }

    @Test
    void afterMeeting_invitationAndReminderDueUntilFourteenDaysAfterTheReminderPeriod() {
      Survey s = open(SurveyCheckpoint.AFTER_MEETING);
      Meeting early = logged(T0.plus(Duration.ofHours(1)));
      Meeting late = logged(T0.plus(Duration.ofDays(1)));
      Instant earlyGone = early.createdAt().plus(remindAfter).plus(Duration.ofDays(14));
      dueAt(late.createdAt());
      Instant lateGone = late.createdAt().plus(remindAfter).plus(Duration.ofDays(14));

      // Just before the earlier meeting stops being recent, both invitations are reminded.
      assertThat(dueAt(earlyGone.minus(MS)))
          .extracting(n -> ((SurveyReminder) n).subjectKey())
          .containsExactly(
              early.id().value(), early.id().value(), late.id().value(), late.id().value());
      assertThat(dueAt(lateGone)).isEmpty();
      assertThat(s.openedAt()).isBefore(early.createdAt());
    }

    @Test
    void afterMeeting_firstCallLongAfterTheMeeting_tooLateToAsk() {
      open(SurveyCheckpoint.AFTER_MEETING);
      Meeting m = logged(T0.plus(Duration.ofHours(1)));

      assertThat(dueAt(m.createdAt().plus(remindAfter).plus(Duration.ofDays(14)))).isEmpty();
    }

    @Test
    void afterMeeting_scheduledOrMissedMeeting_notInvited() {
      open(SurveyCheckpoint.AFTER_MEETING);
      Meeting missed = scheduled(T0.plus(Duration.ofDays(1)));
      f.clock.set(missed.start());
      f.mentoring.meetings().markNoShow(MIA, missed.id());
      scheduled(T0.plus(Duration.ofDays(2)));

      assertThat(dueAt(T0.plus(Duration.ofDays(2)).minus(Duration.ofHours(1))))
          .noneMatch(SurveyInvitation.class::isInstance);
    }

    @Test
    void reminder_exactlyThreeDaysAfterInvitation_remindsWhoHasNotRespondedOnce() {
      Survey s = open(SurveyCheckpoint.AFTER_MEETING);
      Meeting m = held(scheduled(T0.plus(Duration.ofDays(1))));
      Instant invited = f.clock.instant();
      dueAt(invited);
      f.clock.set(invited.plus(Duration.ofHours(1)));
      respond(NED, s, m.id().value());
      Instant at = invited.plus(remindAfter);

      assertThat(dueAt(at.minus(MS))).isEmpty();
      assertThat(dueAt(at)).containsExactly(reminder("mia", s, m.id().value(), invited, at));
      assertThat(dueAt(at.plus(Duration.ofDays(10)))).isEmpty();
    }

    @Test
    void reminder_surveyClosedOrAnswered_nothing() {
      Survey s = open(SurveyCheckpoint.AFTER_MEETING);
      Meeting m = held(scheduled(T0.plus(Duration.ofDays(1))));
      Instant invited = f.clock.instant();
      dueAt(invited);
      f.clock.set(invited.plus(Duration.ofHours(1)));
      respond(NED, s, m.id().value());
      respond(MIA, s, m.id().value());

      assertThat(dueAt(invited.plus(remindAfter))).isEmpty();

      Survey other = open(SurveyCheckpoint.EXIT);
      f.mentoring.pairs().endEarly(MIA, pair.id(), ExitReason.SCHEDULE_CONFLICT, null);
      Instant exitInvited = invited.plus(remindAfter).plus(Duration.ofHours(1));
      assertThat(dueAt(exitInvited)).hasSize(2);
      f.mentoring.surveys().close(ADMIN, other.id());
      assertThat(dueAt(exitInvited.plus(remindAfter))).isEmpty();
    }

    @Test
    void invitationAndReminder_dueTogether_invitationAtOnceReminderLater() {
      Survey s = open(SurveyCheckpoint.EXIT);
      f.mentoring.pairs().endEarly(MIA, pair.id(), ExitReason.SCHEDULE_CONFLICT, null);
      Instant at = f.clock.instant().plus(Duration.ofDays(10));

      assertThat(dueAt(at))
          .containsExactly(invitation("mia", s, null, at), invitation("ned", s, null, at));
      assertThat(dueAt(at.plus(remindAfter)))
          .containsExactly(
              reminder("mia", s, null, at, at.plus(remindAfter)),
              reminder("ned", s, null, at, at.plus(remindAfter)));
    }

    @Test
    void earlyFitCheck_afterTheSecondHeldMeeting_invitesBothSides() {
      Survey s = open(SurveyCheckpoint.EARLY_FIT_CHECK);
      logged(T0.plus(Duration.ofHours(1)));
      assertThat(dueAt(f.clock.instant())).isEmpty();

      logged(T0.plus(Duration.ofDays(1)));
      Instant at = f.clock.instant();
      assertThat(dueAt(at))
          .containsExactly(invitation("mia", s, null, at), invitation("ned", s, null, at));
      logged(T0.plus(Duration.ofDays(2)));
      assertThat(dueAt(f.clock.instant())).isEmpty();
    }

    @Test
    void earlyFitCheck_customCountAndAudience() {
      policy(p -> p.withFitCheckAfterMeetings(1));
      Survey s = open(SurveyCheckpoint.EARLY_FIT_CHECK, SurveyAudience.MENTEES);
      logged(T0.plus(Duration.ofHours(1)));
      Instant at = f.clock.instant();

      assertThat(dueAt(at)).containsExactly(invitation("ned", s, null, at));
    }

    @Test
    void earlyFitCheck_alreadyAnswered_notInvited() {
      Survey s = open(SurveyCheckpoint.EARLY_FIT_CHECK);
      logged(T0.plus(Duration.ofHours(1)));
      logged(T0.plus(Duration.ofDays(1)));
      respond(MIA, s, null);
      Instant at = f.clock.instant();

      assertThat(dueAt(at)).containsExactly(invitation("ned", s, null, at));
    }

    @Test
    void midpoint_atTheMiddleOfTheSchedule_invitesEveryRunningPair() {
      // 2026-01-01 to 2026-03-01 inclusive: 60 days, so the middle is 2026-01-31T00:00Z.
      spec(b -> b.schedule(Schedule.between(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 1))));
      Survey s = open(SurveyCheckpoint.MIDPOINT);
      Instant midpoint = Instant.parse("2026-01-31T00:00:00Z");

      assertThat(dueAt(midpoint.minus(MS))).isEmpty();
      assertThat(dueAt(midpoint))
          .containsExactly(
              invitation("mia", s, null, midpoint), invitation("ned", s, null, midpoint));
    }

    @Test
    void midpoint_openEndedSchedule_neverInvites() {
      spec(b -> b.schedule(new Schedule(LocalDate.of(2026, 1, 1), null)));
      open(SurveyCheckpoint.MIDPOINT);

      assertThat(dueAt(T0.plus(Duration.ofDays(300)))).isEmpty();
    }

    @Test
    void midpoint_respondedAboutTheProgramAsAWhole_notInvited() {
      spec(b -> b.schedule(Schedule.between(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 1))));
      Survey s = open(SurveyCheckpoint.MIDPOINT);
      f.mentoring.surveys().respond(NED, s.id(), null, null, Map.of("overall", Answer.number(5)));
      Instant at = Instant.parse("2026-02-01T00:00:00Z");

      assertThat(dueAt(at)).containsExactly(invitation("mia", s, null, at));
    }

    @Test
    void finalSurvey_atTheEndOfTheScheduleOrWhenThePairCompletes() {
      spec(b -> b.schedule(Schedule.between(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 1))));
      Survey s = open(SurveyCheckpoint.FINAL);
      Instant end = Instant.parse("2026-03-02T00:00:00Z");

      assertThat(dueAt(end.minus(MS))).isEmpty();
      assertThat(dueAt(end))
          .containsExactly(invitation("mia", s, null, end), invitation("ned", s, null, end));

      f.mentoring.pairs().complete(ADMIN, pair.id());
      assertThat(dueAt(end.plus(Duration.ofDays(1)))).isEmpty();
    }

    @Test
    void finalSurvey_pairCompletedInAClosedProgram_invitesBothSides() {
      Survey s = open(SurveyCheckpoint.FINAL);
      f.mentoring.programs().close(ADMIN, pid);
      Instant at = f.clock.instant().plus(Duration.ofHours(1));

      assertThat(dueAt(at))
          .containsExactly(invitation("mia", s, null, at), invitation("ned", s, null, at));
    }

    @Test
    void exit_pairEndedEarly_invitesTheSidesTheSurveyAsks() {
      Survey s = open(SurveyCheckpoint.EXIT, SurveyAudience.MENTORS);
      f.mentoring.pairs().endEarly(NED, pair.id(), ExitReason.NOT_A_GOOD_FIT, null);
      Instant at = f.clock.instant();

      assertThat(dueAt(at)).containsExactly(invitation("mia", s, null, at));
    }

    @Test
    void exit_erasedParticipant_neverReached() {
      Survey s = open(SurveyCheckpoint.EXIT);
      f.mentoring.privacy().erase(SYSTEM, id("ned"));
      Instant at = f.clock.instant();

      assertThat(dueAt(at)).containsExactly(invitation("mia", s, null, at));
      assertThat(dueAt(at.plus(remindAfter)))
          .containsExactly(reminder("mia", s, null, at, at.plus(remindAfter)));
    }

    @Test
    void draftSurvey_nothing() {
      f.mentoring
          .surveys()
          .create(
              ADMIN,
              pid,
              SurveyDraft.builder("Later", SurveyCheckpoint.EXIT)
                  .question(SurveyQuestion.rating("r", "R?"))
                  .build());
      f.mentoring.pairs().endEarly(MIA, pair.id(), ExitReason.SCHEDULE_CONFLICT, null);

      assertThat(dueAt(f.clock.instant())).isEmpty();
    }
  }

  // ------------------------------------------------------------------------ across kinds

  @Test
  void due_severalKindsAtOnce_inTheDocumentedOrder() {
    spec(b -> b.admin(id("zoe")));
    Survey fit =
        f.mentoring
            .surveys()
            .open(
                ADMIN,
                f.mentoring
                    .surveys()
                    .create(
                        ADMIN,
                        pid,
                        SurveyDraft.builder("Fit", SurveyCheckpoint.EARLY_FIT_CHECK)
                            .question(SurveyQuestion.fit("fit", "Good fit?"))
                            .build())
                    .id());
    Meeting a = logged(T0.plus(Duration.ofHours(1)));
    Meeting b = logged(T0.plus(Duration.ofHours(3)));
    Goal g =
        f.mentoring
            .goals()
            .activate(
                NED,
                f.mentoring
                    .goals()
                    .create(
                        NED,
                        pair.id(),
                        GoalDraft.builder("Goal", "done", LocalDate.of(2026, 1, 20)).build())
                    .id());
    Instant at = b.start().plus(Duration.ofDays(50));
    f.clock.set(at.minus(Duration.ofHours(30)));
    Meeting next = scheduled(at.plus(Duration.ofHours(2)));
    Meeting stale = scheduled(at.minus(Duration.ofHours(20)));

    List<Notification> due = dueAt(at);

    assertThat(due)
        .containsExactly(
            new MeetingFollowUp(
                id("mia"), pid, pair.id(), stale.id(), stale.start(), stale.end(), at),
            new MeetingFollowUp(
                id("ned"), pid, pair.id(), stale.id(), stale.start(), stale.end(), at),
            new MeetingReminder(id("mia"), pid, pair.id(), next.id(), next.start(), at),
            new MeetingReminder(id("ned"), pid, pair.id(), next.id(), next.start(), at),
            new InactivityNudge(id("mia"), pid, pair.id(), b.start(), at),
            new InactivityNudge(id("ned"), pid, pair.id(), b.start(), at),
            new InactivityEscalation(id("admin"), pid, pair.id(), b.start(), at),
            new InactivityEscalation(id("zoe"), pid, pair.id(), b.start(), at),
            new GoalDue(id("ned"), pid, pair.id(), g.id(), g.targetDate(), at),
            new SurveyInvitation(id("mia"), pid, fit.id(), fit.checkpoint(), pair.id(), null, at),
            new SurveyInvitation(id("ned"), pid, fit.id(), fit.checkpoint(), pair.id(), null, at));
    assertThat(a.start()).isBefore(b.start());
    assertThat(dueAt(at)).isEmpty();
  }

  @Test
  void due_nonSystemActor_accessDeniedAndNothingRecorded() {
    Instant at = T0.plus(Duration.ofDays(60));
    f.clock.set(at);

    AccessDeniedException ex =
        refused(f, AccessDeniedException.class, () -> reminders.due(ADMIN, at));
    refused(f, AccessDeniedException.class, () -> reminders.due(MIA, at));

    assertThat(ex.action()).isEqualTo("compute reminders");
    assertThat(dueAt(at)).hasSize(3);
  }

  @Test
  void due_draftOrArchivedProgram_nothing() {
    f.mentoring.programs().close(ADMIN, pid);
    f.mentoring.programs().archive(ADMIN, pid);
    Program draft = f.mentoring.programs().create(ADMIN, Fixture.spec().build());
    StoreSnapshot before = f.snapshot();

    assertThat(dueAt(T0.plus(Duration.ofDays(100)))).isEmpty();
    assertThat(f.snapshot()).isEqualTo(before);
    assertThat(draft.id()).isNotEqualTo(pid);
  }

  // ----------------------------------------------------------------------- the policy

  @Test
  void policy_outOfRange_reportsEachComponentWithItsPath() {
    ReminderPolicy bad =
        new ReminderPolicy(
            Duration.ofDays(2),
            Duration.ofDays(1),
            Duration.ofMinutes(14),
            Duration.ofMinutes(-1),
            Duration.ofHours(23),
            Duration.ofDays(367),
            Duration.ofDays(91),
            0,
            Duration.ofMinutes(59));

    invalid(
        f,
        () -> f.mentoring.programs().create(ADMIN, Fixture.spec().reminderPolicy(bad).build()),
        violation("reminderPolicy.fitCheckAfterMeetings", "Min"),
        violation("reminderPolicy.goalDueWarning", "DurationMax"),
        violation("reminderPolicy.inactivityEscalationAfter", "DurationMax"),
        violation("reminderPolicy.inactivityNudgeAfter", "DurationMin"),
        violation("reminderPolicy.logFollowUpAfter", "DurationMin"),
        violation("reminderPolicy.meetingReminderBefore", "DurationMin"),
        violation("reminderPolicy.surveyReminderAfter", "DurationMin"));
  }

  @Test
  void policy_escalationNotAfterNudge_reportsTheOrder() {
    ReminderPolicy bad =
        ReminderPolicy.defaults()
            .withInactivityNudgeAfter(Duration.ofDays(30))
            .withInactivityEscalationAfter(Duration.ofDays(30))
            .withFitCheckAfterMeetings(21);

    InvalidInputException ex =
        invalid(
            f,
            () ->
                f.mentoring
                    .programs()
                    .update(ADMIN, pid, Fixture.spec().reminderPolicy(bad).build()),
            violation("reminderPolicy.fitCheckAfterMeetings", "Max"),
            violation("reminderPolicy.inactivityEscalationAfter", "DurationOrder"));
    assertThat(ex.violations().get(1).message())
        .isEqualTo("must be longer than reminderPolicy.inactivityNudgeAfter (PT720H)");
  }
}
