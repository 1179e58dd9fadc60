package dev.mentoring.core.notification;

import dev.mentoring.core.ParticipantId;
import dev.mentoring.core.program.ProgramId;
import java.time.Instant;
import org.apiguardian.api.API;

/**
 * Something a person should be told. Sealed: switch over the subtypes to pick a template.
 *
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public sealed interface Notification
    permits MatchProposed,
        MatchConfirmed,
        ProposalAwaitingAnswer,
        ProposalExpiring,
        EnrollmentDecided,
        ProgramPhaseChanged,
        // meetings
        MeetingInvitation,
        MeetingMoved,
        MeetingCancelled,
        PoorFitReported,
        // reminders of meetings, inactivity, goals and surveys
        MeetingReminder,
        MeetingFollowUp,
        InactivityNudge,
        InactivityEscalation,
        GoalDue,
        MilestoneDue,
        SurveyInvitation,
        SurveyReminder {

  /**
   * Returns who should be told.
   *
   * @return the recipient
   */
  ParticipantId recipient();

  /**
   * Returns the program concerned.
   *
   * @return the program id
   */
  ProgramId programId();

  /**
   * Returns when the notification fell due, by the engine's clock.
   *
   * @return the instant
   */
  Instant at();
}
