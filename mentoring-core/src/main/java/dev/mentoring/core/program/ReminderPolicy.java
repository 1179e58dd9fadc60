package dev.mentoring.core.program;

import static java.util.Objects.requireNonNull;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.Duration;
import org.apiguardian.api.API;
import org.hibernate.validator.constraints.time.DurationMax;
import org.hibernate.validator.constraints.time.DurationMin;

/**
 * When the reminders of a program fall due: reminders about open proposals, meetings, silent pairs,
 * goals and surveys. {@code reminders().due(at)} hands each one out once; see {@code
 * dev.mentoring.core.ReminderService} for what each setting triggers.
 *
 * <p>Besides the constraints on the components the engine checks that {@code
 * inactivityEscalationAfter} is longer than {@code inactivityNudgeAfter}.
 *
 * @param answerReminderAfter how long after a proposal a side that has not answered is reminded, 1
 *     hour to 90 days
 * @param expiryWarningBefore how long before a proposal expires the sides that have not answered
 *     are warned, 1 hour to 90 days
 * @param meetingReminderBefore how long before a scheduled meeting starts both sides are reminded
 *     of it, 15 minutes to 7 days
 * @param logFollowUpAfter how long after a scheduled meeting's end both sides are asked to record
 *     whether it was held, if it is still SCHEDULED, 0 to 14 days
 * @param inactivityNudgeAfter how long an active pair may go without a held meeting before both
 *     sides are nudged, 1 to 366 days
 * @param inactivityEscalationAfter how long an active pair may go without a held meeting before the
 *     program's administrators are told, 1 to 366 days, longer than {@code inactivityNudgeAfter}
 * @param goalDueWarning how long before an active goal's target date, or an open milestone's due
 *     date, the goal's owner is reminded, 1 hour to 90 days
 * @param fitCheckAfterMeetings how many held meetings a pair has before its sides are invited to an
 *     early fit check, 1 to 20
 * @param surveyReminderAfter how long after a survey invitation a participant who has not responded
 *     is reminded, 1 hour to 90 days
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public record ReminderPolicy(
    @DurationMin(hours = 1, message = "must be at least 1 hour")
        @DurationMax(days = 90, message = "must be at most 90 days")
        Duration answerReminderAfter,
    @DurationMin(hours = 1, message = "must be at least 1 hour")
        @DurationMax(days = 90, message = "must be at most 90 days")
        Duration expiryWarningBefore,
    @DurationMin(minutes = 15, message = "must be at least 15 minutes")
        @DurationMax(days = 7, message = "must be at most 7 days")
        Duration meetingReminderBefore,
    @DurationMin(minutes = 0, message = "must not be negative")
        @DurationMax(days = 14, message = "must be at most 14 days")
        Duration logFollowUpAfter,
    @DurationMin(days = 1, message = "must be at least 1 day")
        @DurationMax(days = 366, message = "must be at most 366 days")
        Duration inactivityNudgeAfter,
    @DurationMin(days = 1, message = "must be at least 1 day")
        @DurationMax(days = 366, message = "must be at most 366 days")
        Duration inactivityEscalationAfter,
    @DurationMin(hours = 1, message = "must be at least 1 hour")
        @DurationMax(days = 90, message = "must be at most 90 days")
        Duration goalDueWarning,
    @Min(1) @Max(20) int fitCheckAfterMeetings,
    @DurationMin(hours = 1, message = "must be at least 1 hour")
        @DurationMax(days = 90, message = "must be at most 90 days")
        Duration surveyReminderAfter) {

  /**
   * Checks nulls; the engine checks the ranges.
   *
   * @param answerReminderAfter how long after a proposal a side that has not answered is reminded,
   *     1 hour to 90 days
   * @param expiryWarningBefore how long before a proposal expires the sides that have not answered
   *     are warned, 1 hour to 90 days
   * @param meetingReminderBefore how long before a scheduled meeting starts both sides are reminded
   *     of it, 15 minutes to 7 days
   * @param logFollowUpAfter how long after a scheduled meeting's end both sides are asked to record
   *     whether it was held, if it is still SCHEDULED, 0 to 14 days
   * @param inactivityNudgeAfter how long an active pair may go without a held meeting before both
   *     sides are nudged, 1 to 366 days
   * @param inactivityEscalationAfter how long an active pair may go without a held meeting before
   *     the program's administrators are told, 1 to 366 days, longer than {@code
   *     inactivityNudgeAfter}
   * @param goalDueWarning how long before an active goal's target date, or an open milestone's due
   *     date, the goal's owner is reminded, 1 hour to 90 days
   * @param fitCheckAfterMeetings how many held meetings a pair has before its sides are invited to
   *     an early fit check, 1 to 20
   * @param surveyReminderAfter how long after a survey invitation a participant who has not
   *     responded is reminded, 1 hour to 90 days
   * @throws NullPointerException if a component is null
   */
  public ReminderPolicy {
    requireNonNull(answerReminderAfter, "answerReminderAfter");
    requireNonNull(expiryWarningBefore, "expiryWarningBefore");
    requireNonNull(meetingReminderBefore, "meetingReminderBefore");
    requireNonNull(logFollowUpAfter, "logFollowUpAfter");
    requireNonNull(inactivityNudgeAfter, "inactivityNudgeAfter");
    requireNonNull(inactivityEscalationAfter, "inactivityEscalationAfter");
    requireNonNull(goalDueWarning, "goalDueWarning");
    requireNonNull(surveyReminderAfter, "surveyReminderAfter");
  }

  /**
   * Returns the defaults: remind about a proposal after 2 days and warn 1 day before it expires;
   * remind of a meeting 24 hours before it starts and ask to record it 2 hours after it ends; nudge
   * a pair silent for 21 days and tell the administrators after 42; warn of a goal or milestone 7
   * days before it is due; invite to the early fit check after 2 held meetings; remind of an
   * unanswered survey invitation after 3 days.
   *
   * @return the default policy
   */
  public static ReminderPolicy defaults() {
    return new ReminderPolicy(
        Duration.ofDays(2),
        Duration.ofDays(1),
        Duration.ofHours(24),
        Duration.ofHours(2),
        Duration.ofDays(21),
        Duration.ofDays(42),
        Duration.ofDays(7),
        2,
        Duration.ofDays(3));
  }

  /**
   * Returns this policy with another proposal answer reminder.
   *
   * @param value how long after a proposal a side that has not answered is reminded
   * @return the changed policy
   */
  public ReminderPolicy withAnswerReminderAfter(Duration value) {
    return new ReminderPolicy(
        value,
        expiryWarningBefore,
        meetingReminderBefore,
        logFollowUpAfter,
        inactivityNudgeAfter,
        inactivityEscalationAfter,
        goalDueWarning,
        fitCheckAfterMeetings,
        surveyReminderAfter);
  }

  /**
   * Returns this policy with another proposal expiry warning.
   *
   * @param value how long before a proposal expires the sides that have not answered are warned
   * @return the changed policy
   */
  public ReminderPolicy withExpiryWarningBefore(Duration value) {
    return new ReminderPolicy(
        answerReminderAfter,
        value,
        meetingReminderBefore,
        logFollowUpAfter,
        inactivityNudgeAfter,
        inactivityEscalationAfter,
        goalDueWarning,
        fitCheckAfterMeetings,
        surveyReminderAfter);
  }

  /**
   * Returns this policy with another meeting reminder.
   *
   * @param value how long before a scheduled meeting starts both sides are reminded of it
   * @return the changed policy
   */
  public ReminderPolicy withMeetingReminderBefore(Duration value) {
    return new ReminderPolicy(
        answerReminderAfter,
        expiryWarningBefore,
        value,
        logFollowUpAfter,
        inactivityNudgeAfter,
        inactivityEscalationAfter,
        goalDueWarning,
        fitCheckAfterMeetings,
        surveyReminderAfter);
  }

  /**
   * Returns this policy with another follow-up on meetings not yet recorded.
   *
   * @param value how long after a scheduled meeting's end both sides are asked to record it
   * @return the changed policy
   */
  public ReminderPolicy withLogFollowUpAfter(Duration value) {
    return new ReminderPolicy(
        answerReminderAfter,
        expiryWarningBefore,
        meetingReminderBefore,
        value,
        inactivityNudgeAfter,
        inactivityEscalationAfter,
        goalDueWarning,
        fitCheckAfterMeetings,
        surveyReminderAfter);
  }

  /**
   * Returns this policy with another inactivity nudge.
   *
   * @param value how long an active pair may go without a held meeting before both sides are nudged
   * @return the changed policy
   */
  public ReminderPolicy withInactivityNudgeAfter(Duration value) {
    return new ReminderPolicy(
        answerReminderAfter,
        expiryWarningBefore,
        meetingReminderBefore,
        logFollowUpAfter,
        value,
        inactivityEscalationAfter,
        goalDueWarning,
        fitCheckAfterMeetings,
        surveyReminderAfter);
  }

  /**
   * Returns this policy with another inactivity escalation.
   *
   * @param value how long an active pair may go without a held meeting before the administrators
   *     are told
   * @return the changed policy
   */
  public ReminderPolicy withInactivityEscalationAfter(Duration value) {
    return new ReminderPolicy(
        answerReminderAfter,
        expiryWarningBefore,
        meetingReminderBefore,
        logFollowUpAfter,
        inactivityNudgeAfter,
        value,
        goalDueWarning,
        fitCheckAfterMeetings,
        surveyReminderAfter);
  }

  /**
   * Returns this policy with another goal due warning.
   *
   * @param value how long before a goal's target date or a milestone's due date the owner is
   *     reminded
   * @return the changed policy
   */
  public ReminderPolicy withGoalDueWarning(Duration value) {
    return new ReminderPolicy(
        answerReminderAfter,
        expiryWarningBefore,
        meetingReminderBefore,
        logFollowUpAfter,
        inactivityNudgeAfter,
        inactivityEscalationAfter,
        value,
        fitCheckAfterMeetings,
        surveyReminderAfter);
  }

  /**
   * Returns this policy with another number of held meetings before the early fit check.
   *
   * @param value how many held meetings a pair has before its sides are invited
   * @return the changed policy
   */
  public ReminderPolicy withFitCheckAfterMeetings(int value) {
    return new ReminderPolicy(
        answerReminderAfter,
        expiryWarningBefore,
        meetingReminderBefore,
        logFollowUpAfter,
        inactivityNudgeAfter,
        inactivityEscalationAfter,
        goalDueWarning,
        value,
        surveyReminderAfter);
  }

  /**
   * Returns this policy with another survey reminder.
   *
   * @param value how long after an invitation a participant who has not responded is reminded
   * @return the changed policy
   */
  public ReminderPolicy withSurveyReminderAfter(Duration value) {
    return new ReminderPolicy(
        answerReminderAfter,
        expiryWarningBefore,
        meetingReminderBefore,
        logFollowUpAfter,
        inactivityNudgeAfter,
        inactivityEscalationAfter,
        goalDueWarning,
        fitCheckAfterMeetings,
        value);
  }
}
