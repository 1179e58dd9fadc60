package dev.mentoring.core.program;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The small value types of a program's settings. */
class ProgramValuesTest {

  @Test
  void meetingCadence_everyDays_holdsTheInterval() {
    assertThat(MeetingCadence.everyDays(14).interval()).isEqualTo(Duration.ofDays(14));
    assertThatThrownBy(() -> new MeetingCadence(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("interval");
  }

  @Test
  void reminderPolicy_defaults_holdTheDocumentedPeriods() {
    ReminderPolicy p = ReminderPolicy.defaults();

    assertThat(p.answerReminderAfter()).isEqualTo(Duration.ofDays(2));
    assertThat(p.expiryWarningBefore()).isEqualTo(Duration.ofDays(1));
    assertThat(p.meetingReminderBefore()).isEqualTo(Duration.ofHours(24));
    assertThat(p.logFollowUpAfter()).isEqualTo(Duration.ofHours(2));
    assertThat(p.inactivityNudgeAfter()).isEqualTo(Duration.ofDays(21));
    assertThat(p.inactivityEscalationAfter()).isEqualTo(Duration.ofDays(42));
    assertThat(p.goalDueWarning()).isEqualTo(Duration.ofDays(7));
    assertThat(p.fitCheckAfterMeetings()).isEqualTo(2);
    assertThat(p.surveyReminderAfter()).isEqualTo(Duration.ofDays(3));
  }

  @Test
  void reminderPolicy_withers_changeOneComponentEach() {
    ReminderPolicy d = ReminderPolicy.defaults();
    Duration x = Duration.ofHours(5);

    assertThat(d.withAnswerReminderAfter(x))
        .isEqualTo(
            new ReminderPolicy(
                x,
                d.expiryWarningBefore(),
                d.meetingReminderBefore(),
                d.logFollowUpAfter(),
                d.inactivityNudgeAfter(),
                d.inactivityEscalationAfter(),
                d.goalDueWarning(),
                d.fitCheckAfterMeetings(),
                d.surveyReminderAfter()));
    assertThat(d.withExpiryWarningBefore(x).expiryWarningBefore()).isEqualTo(x);
    assertThat(d.withMeetingReminderBefore(x).meetingReminderBefore()).isEqualTo(x);
    assertThat(d.withLogFollowUpAfter(x).logFollowUpAfter()).isEqualTo(x);
    assertThat(d.withInactivityNudgeAfter(x).inactivityNudgeAfter()).isEqualTo(x);
    assertThat(d.withInactivityEscalationAfter(x).inactivityEscalationAfter()).isEqualTo(x);
    assertThat(d.withGoalDueWarning(x).goalDueWarning()).isEqualTo(x);
    assertThat(d.withFitCheckAfterMeetings(5).fitCheckAfterMeetings()).isEqualTo(5);
    assertThat(d.withSurveyReminderAfter(x).surveyReminderAfter()).isEqualTo(x);
    assertThat(d.withSurveyReminderAfter(x).withSurveyReminderAfter(d.surveyReminderAfter()))
        .isEqualTo(d);
  }

  @Test
  void reminderPolicy_nullComponent_throwsNamingIt() {
    Duration d = Duration.ofDays(1);
    assertThatThrownBy(() -> new ReminderPolicy(null, d, d, d, d, d, d, 1, d))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("answerReminderAfter");
    assertThatThrownBy(() -> new ReminderPolicy(d, null, d, d, d, d, d, 1, d))
        .hasMessage("expiryWarningBefore");
    assertThatThrownBy(() -> new ReminderPolicy(d, d, null, d, d, d, d, 1, d))
        .hasMessage("meetingReminderBefore");
    assertThatThrownBy(() -> new ReminderPolicy(d, d, d, null, d, d, d, 1, d))
        .hasMessage("logFollowUpAfter");
    assertThatThrownBy(() -> new ReminderPolicy(d, d, d, d, null, d, d, 1, d))
        .hasMessage("inactivityNudgeAfter");
    assertThatThrownBy(() -> new ReminderPolicy(d, d, d, d, d, null, d, 1, d))
        .hasMessage("inactivityEscalationAfter");
    assertThatThrownBy(() -> new ReminderPolicy(d, d, d, d, d, d, null, 1, d))
        .hasMessage("goalDueWarning");
    assertThatThrownBy(() -> new ReminderPolicy(d, d, d, d, d, d, d, 1, null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("surveyReminderAfter");
  }

  @Test
  void schedule_openAndBetween() {
    LocalDate start = LocalDate.of(2026, 2, 1);
    LocalDate end = LocalDate.of(2026, 6, 30);

    assertThat(Schedule.open()).isEqualTo(new Schedule(null, null));
    assertThat(Schedule.between(start, end)).isEqualTo(new Schedule(start, end));
  }

  @Test
  void enrollmentRole_mentorsAndMentees() {
    assertThat(EnrollmentRole.MENTOR.mentors()).isTrue();
    assertThat(EnrollmentRole.MENTOR.mentees()).isFalse();
    assertThat(EnrollmentRole.MENTEE.mentors()).isFalse();
    assertThat(EnrollmentRole.MENTEE.mentees()).isTrue();
    assertThat(EnrollmentRole.MENTOR_AND_MENTEE.mentors()).isTrue();
    assertThat(EnrollmentRole.MENTOR_AND_MENTEE.mentees()).isTrue();
  }
}
