package dev.mentoring.core.event;

import java.time.Instant;
import org.apiguardian.api.API;

/**
 * Something that happened in the engine. Sealed: switch over the subtypes.
 *
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public sealed interface MentoringEvent
    permits ProgramCreated,
        ProgramUpdated,
        ProgramStatusChanged,
        EnrollmentSubmitted,
        EnrollmentUpdated,
        EnrollmentStatusChanged,
        PairProposed,
        PairApproved,
        PairStatusChanged,
        ParticipantErased,
        // goals and meetings
        GoalCreated,
        GoalUpdated,
        GoalStatusChanged,
        MeetingScheduled,
        MeetingLogged,
        MeetingRescheduled,
        MeetingStatusChanged,
        MeetingNotesUpdated,
        MeetingRated,
        SurveyCreated,
        SurveyRevised,
        SurveyStatusChanged,
        SurveyResponseSubmitted,
        ResourceAdded,
        ResourceRevised,
        ResourceRemoved {

  /**
   * Returns when the event happened, by the engine's clock.
   *
   * @return the instant
   */
  Instant occurredAt();
}
