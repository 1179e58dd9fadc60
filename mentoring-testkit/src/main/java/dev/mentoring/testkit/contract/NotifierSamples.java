package dev.mentoring.testkit.contract;

import dev.mentoring.core.ParticipantId;
import dev.mentoring.core.enrollment.EnrollmentId;
import dev.mentoring.core.enrollment.EnrollmentStatus;
import dev.mentoring.core.feedback.SurveyCheckpoint;
import dev.mentoring.core.feedback.SurveyId;
import dev.mentoring.core.goal.GoalId;
import dev.mentoring.core.meeting.MeetingId;
import dev.mentoring.core.notification.EnrollmentDecided;
import dev.mentoring.core.notification.GoalDue;
import dev.mentoring.core.notification.InactivityEscalation;
import dev.mentoring.core.notification.InactivityNudge;
import dev.mentoring.core.notification.MatchConfirmed;
import dev.mentoring.core.notification.MatchProposed;
import dev.mentoring.core.notification.MeetingCancelled;
import dev.mentoring.core.notification.MeetingFollowUp;
import dev.mentoring.core.notification.MeetingInvitation;
import dev.mentoring.core.notification.MeetingMoved;
import dev.mentoring.core.notification.MeetingReminder;
import dev.mentoring.core.notification.MilestoneDue;
import dev.mentoring.core.notification.Notification;
import dev.mentoring.core.notification.PoorFitReported;
import dev.mentoring.core.notification.ProgramPhaseChanged;
import dev.mentoring.core.notification.ProposalAwaitingAnswer;
import dev.mentoring.core.notification.ProposalExpiring;
import dev.mentoring.core.notification.SurveyInvitation;
import dev.mentoring.core.notification.SurveyReminder;
import dev.mentoring.core.pairing.PairId;
import dev.mentoring.core.program.ProgramId;
import dev.mentoring.core.program.ProgramStatus;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Valid notifications for {@link NotifierContract}: {@link #of(int)} cycles through every subtype
 * of {@link Notification}, and no two numbers give equal notifications.
 */
final class NotifierSamples {
  private static final Instant T0 = Instant.parse("2026-01-05T09:00:00Z");

  /** How many subtypes {@link #of(int)} cycles through. */
  static final int KINDS = 18;

  private NotifierSamples() {}

  /**
   * Returns notification number {@code n}: its type is subtype {@code n % KINDS}, its recipient,
   * ids and instant are derived from {@code n}.
   */
  static Notification of(int n) {
    ParticipantId recipient = ParticipantId.of("person-" + n);
    ProgramId program = ProgramId.of("program-" + n);
    PairId pair = PairId.of("pair-" + n);
    Instant at = T0.plusSeconds(n);
    return switch (n % KINDS) {
      case 0 -> new MatchProposed(recipient, program, pair, at);
      case 1 -> new MatchConfirmed(recipient, program, pair, at);
      case 2 ->
          new ProposalAwaitingAnswer(recipient, program, pair, at.minus(Duration.ofDays(2)), at);
      case 3 -> new ProposalExpiring(recipient, program, pair, at.plus(Duration.ofDays(1)), at);
      case 4 ->
          new EnrollmentDecided(
              recipient,
              program,
              EnrollmentId.of("enrollment-" + n),
              EnrollmentStatus.APPROVED,
              at);
      case 5 ->
          new ProgramPhaseChanged(
              recipient, program, ProgramStatus.ENROLLING, ProgramStatus.MATCHING, at);
      case 6 ->
          new MeetingInvitation(
              recipient,
              program,
              pair,
              MeetingId.of("meeting-" + n),
              null,
              at.plusSeconds(3_600),
              at);
      case 7 ->
          new MeetingMoved(
              recipient,
              program,
              pair,
              MeetingId.of("meeting-" + n),
              at.plusSeconds(3_600),
              at.plusSeconds(7_200),
              at);
      case 8 ->
          new MeetingCancelled(
              recipient, program, pair, MeetingId.of("meeting-" + n), at.plusSeconds(3_600), at);
      case 9 ->
          new PoorFitReported(
              recipient,
              program,
              pair,
              SurveyId.of("survey-" + n),
              ParticipantId.of("respondent-" + n),
              at);
      case 10 ->
          new MeetingReminder(
              recipient, program, pair, MeetingId.of("meeting-" + n), at.plusSeconds(3_600), at);
      case 11 ->
          new MeetingFollowUp(
              recipient,
              program,
              pair,
              MeetingId.of("meeting-" + n),
              at.minusSeconds(10_800),
              at.minusSeconds(7_200),
              at);
      case 12 -> new InactivityNudge(recipient, program, pair, at.minus(Duration.ofDays(21)), at);
      case 13 ->
          new InactivityEscalation(recipient, program, pair, at.minus(Duration.ofDays(42)), at);
      case 14 ->
          new GoalDue(
              recipient, program, pair, GoalId.of("goal-" + n), LocalDate.of(2026, 1, 12), at);
      case 15 ->
          new MilestoneDue(
              recipient,
              program,
              pair,
              GoalId.of("goal-" + n),
              "Milestone " + n,
              LocalDate.of(2026, 1, 12),
              at);
      case 16 ->
          new SurveyInvitation(
              recipient,
              program,
              SurveyId.of("survey-" + n),
              SurveyCheckpoint.AFTER_MEETING,
              pair,
              "meeting-" + n,
              at);
      default ->
          new SurveyReminder(
              recipient,
              program,
              SurveyId.of("survey-" + n),
              SurveyCheckpoint.MIDPOINT,
              pair,
              null,
              at.minus(Duration.ofDays(3)),
              at);
    };
  }

  /** Returns notifications {@code from} to {@code from + count - 1}. */
  static List<Notification> range(int from, int count) {
    Notification[] result = new Notification[count];
    for (int i = 0; i < count; i++) {
      result[i] = of(from + i);
    }
    return List.of(result);
  }
}
