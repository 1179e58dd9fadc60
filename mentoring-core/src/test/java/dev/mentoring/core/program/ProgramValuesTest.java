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
  void reminderPolicy_defaults_remindAfterTwoDaysWarnOneDayBefore() {
    ReminderPolicy p = ReminderPolicy.defaults();

    assertThat(p.answerReminderAfter()).isEqualTo(Duration.ofDays(2));
    assertThat(p.expiryWarningBefore()).isEqualTo(Duration.ofDays(1));
    assertThatThrownBy(() -> new ReminderPolicy(null, Duration.ofDays(1)))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("answerReminderAfter");
    assertThatThrownBy(() -> new ReminderPolicy(Duration.ofDays(1), null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("expiryWarningBefore");
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
