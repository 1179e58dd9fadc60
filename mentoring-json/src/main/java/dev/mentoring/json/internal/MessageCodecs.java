package dev.mentoring.json.internal;

import static dev.mentoring.json.internal.CoreCodecs.APPROVAL_SIDE;
import static dev.mentoring.json.internal.CoreCodecs.ENROLLMENT_ROLE;
import static dev.mentoring.json.internal.CoreCodecs.ENROLLMENT_STATUS;
import static dev.mentoring.json.internal.CoreCodecs.PAIR_ORIGIN;
import static dev.mentoring.json.internal.CoreCodecs.PAIR_STATUS;
import static dev.mentoring.json.internal.CoreCodecs.PROGRAM_STATUS;
import static dev.mentoring.json.internal.FeedbackCodecs.RESPONSE_ID;
import static dev.mentoring.json.internal.FeedbackCodecs.SURVEY_CHECKPOINT;
import static dev.mentoring.json.internal.FeedbackCodecs.SURVEY_ID;
import static dev.mentoring.json.internal.FeedbackCodecs.SURVEY_STATUS;
import static dev.mentoring.json.internal.GoalCodecs.GOAL_ID;
import static dev.mentoring.json.internal.GoalCodecs.GOAL_STATUS;
import static dev.mentoring.json.internal.MeetingCodecs.MEETING_ID;
import static dev.mentoring.json.internal.MeetingCodecs.MEETING_SERIES_ID;
import static dev.mentoring.json.internal.MeetingCodecs.MEETING_STATUS;
import static dev.mentoring.json.internal.ResourceCodecs.RESOURCE_ID;
import static dev.mentoring.json.internal.Scalars.ENROLLMENT_ID;
import static dev.mentoring.json.internal.Scalars.INSTANT;
import static dev.mentoring.json.internal.Scalars.LOCAL_DATE;
import static dev.mentoring.json.internal.Scalars.PAIR_ID;
import static dev.mentoring.json.internal.Scalars.PARTICIPANT_ID;
import static dev.mentoring.json.internal.Scalars.PROGRAM_ID;
import static dev.mentoring.json.internal.Scalars.STRING;

import dev.mentoring.core.Actor;
import dev.mentoring.core.event.EnrollmentStatusChanged;
import dev.mentoring.core.event.EnrollmentSubmitted;
import dev.mentoring.core.event.EnrollmentUpdated;
import dev.mentoring.core.event.GoalCreated;
import dev.mentoring.core.event.GoalStatusChanged;
import dev.mentoring.core.event.GoalUpdated;
import dev.mentoring.core.event.MeetingLogged;
import dev.mentoring.core.event.MeetingNotesUpdated;
import dev.mentoring.core.event.MeetingRated;
import dev.mentoring.core.event.MeetingRescheduled;
import dev.mentoring.core.event.MeetingScheduled;
import dev.mentoring.core.event.MeetingStatusChanged;
import dev.mentoring.core.event.MentoringEvent;
import dev.mentoring.core.event.PairApproved;
import dev.mentoring.core.event.PairProposed;
import dev.mentoring.core.event.PairStatusChanged;
import dev.mentoring.core.event.ParticipantErased;
import dev.mentoring.core.event.ProgramCreated;
import dev.mentoring.core.event.ProgramStatusChanged;
import dev.mentoring.core.event.ProgramUpdated;
import dev.mentoring.core.event.ResourceAdded;
import dev.mentoring.core.event.ResourceRemoved;
import dev.mentoring.core.event.ResourceRevised;
import dev.mentoring.core.event.SurveyCreated;
import dev.mentoring.core.event.SurveyResponseSubmitted;
import dev.mentoring.core.event.SurveyRevised;
import dev.mentoring.core.event.SurveyStatusChanged;
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

/**
 * Codecs of the sealed message types: domain events, notifications and actors. The type names in
 * these tables are the JSON contract; a new version of a subtype's shape gets a new name ({@code
 * .v2}) and the old name stays readable.
 */
public final class MessageCodecs {
  private MessageCodecs() {}

  /** {@link MentoringEvent}, one name per event record. */
  public static final SealedCodec<MentoringEvent> EVENT =
      SealedCodec.builder(MentoringEvent.class)
          .add(
              "program_created.v1",
              ProgramCreated.class,
              RecordCodec.of(
                  (v, o) ->
                      o.put("programId", PROGRAM_ID, v.programId())
                          .put("occurredAt", INSTANT, v.occurredAt()),
                  in ->
                      new ProgramCreated(
                          in.get("programId", PROGRAM_ID), in.get("occurredAt", INSTANT))))
          .add(
              "program_updated.v1",
              ProgramUpdated.class,
              RecordCodec.of(
                  (v, o) ->
                      o.put("programId", PROGRAM_ID, v.programId())
                          .put("occurredAt", INSTANT, v.occurredAt()),
                  in ->
                      new ProgramUpdated(
                          in.get("programId", PROGRAM_ID), in.get("occurredAt", INSTANT))))
          .add(
              "program_status_changed.v1",
              ProgramStatusChanged.class,
              RecordCodec.of(
                  (v, o) ->
                      o.put("programId", PROGRAM_ID, v.programId())
                          .put("from", PROGRAM_STATUS, v.from())
                          .put("to", PROGRAM_STATUS, v.to())
                          .put("occurredAt", INSTANT, v.occurredAt()),
                  in ->
                      new ProgramStatusChanged(
                          in.get("programId", PROGRAM_ID),
                          in.get("from", PROGRAM_STATUS),
                          in.get("to", PROGRAM_STATUS),
                          in.get("occurredAt", INSTANT))))
          .add(
              "enrollment_submitted.v1",
              EnrollmentSubmitted.class,
              RecordCodec.of(
                  (v, o) ->
                      o.put("enrollmentId", ENROLLMENT_ID, v.enrollmentId())
                          .put("programId", PROGRAM_ID, v.programId())
                          .put("participantId", PARTICIPANT_ID, v.participantId())
                          .put("role", ENROLLMENT_ROLE, v.role())
                          .put("occurredAt", INSTANT, v.occurredAt()),
                  in ->
                      new EnrollmentSubmitted(
                          in.get("enrollmentId", ENROLLMENT_ID),
                          in.get("programId", PROGRAM_ID),
                          in.get("participantId", PARTICIPANT_ID),
                          in.get("role", ENROLLMENT_ROLE),
                          in.get("occurredAt", INSTANT))))
          .add(
              "enrollment_updated.v1",
              EnrollmentUpdated.class,
              RecordCodec.of(
                  (v, o) ->
                      o.put("enrollmentId", ENROLLMENT_ID, v.enrollmentId())
                          .put("programId", PROGRAM_ID, v.programId())
                          .put("participantId", PARTICIPANT_ID, v.participantId())
                          .put("occurredAt", INSTANT, v.occurredAt()),
                  in ->
                      new EnrollmentUpdated(
                          in.get("enrollmentId", ENROLLMENT_ID),
                          in.get("programId", PROGRAM_ID),
                          in.get("participantId", PARTICIPANT_ID),
                          in.get("occurredAt", INSTANT))))
          .add(
              "enrollment_status_changed.v1",
              EnrollmentStatusChanged.class,
              RecordCodec.of(
                  (v, o) ->
                      o.put("enrollmentId", ENROLLMENT_ID, v.enrollmentId())
                          .put("programId", PROGRAM_ID, v.programId())
                          .put("participantId", PARTICIPANT_ID, v.participantId())
                          .put("from", ENROLLMENT_STATUS, v.from())
                          .put("to", ENROLLMENT_STATUS, v.to())
                          .put("occurredAt", INSTANT, v.occurredAt()),
                  in ->
                      new EnrollmentStatusChanged(
                          in.get("enrollmentId", ENROLLMENT_ID),
                          in.get("programId", PROGRAM_ID),
                          in.get("participantId", PARTICIPANT_ID),
                          in.get("from", ENROLLMENT_STATUS),
                          in.get("to", ENROLLMENT_STATUS),
                          in.get("occurredAt", INSTANT))))
          .add(
              "pair_proposed.v1",
              PairProposed.class,
              RecordCodec.of(
                  (v, o) ->
                      o.put("pairId", PAIR_ID, v.pairId())
                          .put("programId", PROGRAM_ID, v.programId())
                          .put("mentorId", PARTICIPANT_ID, v.mentorId())
                          .put("menteeId", PARTICIPANT_ID, v.menteeId())
                          .put("origin", PAIR_ORIGIN, v.origin())
                          .putLong("score", v.score())
                          .put("occurredAt", INSTANT, v.occurredAt()),
                  in ->
                      new PairProposed(
                          in.get("pairId", PAIR_ID),
                          in.get("programId", PROGRAM_ID),
                          in.get("mentorId", PARTICIPANT_ID),
                          in.get("menteeId", PARTICIPANT_ID),
                          in.get("origin", PAIR_ORIGIN),
                          in.getInt("score"),
                          in.get("occurredAt", INSTANT))))
          .add(
              "pair_approved.v1",
              PairApproved.class,
              RecordCodec.of(
                  (v, o) ->
                      o.put("pairId", PAIR_ID, v.pairId())
                          .put("programId", PROGRAM_ID, v.programId())
                          .put("side", APPROVAL_SIDE, v.side())
                          .put("occurredAt", INSTANT, v.occurredAt()),
                  in ->
                      new PairApproved(
                          in.get("pairId", PAIR_ID),
                          in.get("programId", PROGRAM_ID),
                          in.get("side", APPROVAL_SIDE),
                          in.get("occurredAt", INSTANT))))
          .add(
              "pair_status_changed.v1",
              PairStatusChanged.class,
              RecordCodec.of(
                  (v, o) ->
                      o.put("pairId", PAIR_ID, v.pairId())
                          .put("programId", PROGRAM_ID, v.programId())
                          .put("from", PAIR_STATUS, v.from())
                          .put("to", PAIR_STATUS, v.to())
                          .put("occurredAt", INSTANT, v.occurredAt()),
                  in ->
                      new PairStatusChanged(
                          in.get("pairId", PAIR_ID),
                          in.get("programId", PROGRAM_ID),
                          in.get("from", PAIR_STATUS),
                          in.get("to", PAIR_STATUS),
                          in.get("occurredAt", INSTANT))))
          .add(
              "participant_erased.v1",
              ParticipantErased.class,
              RecordCodec.of(
                  (v, o) ->
                      o.put("participantId", PARTICIPANT_ID, v.participantId())
                          .put("pseudonym", PARTICIPANT_ID, v.pseudonym())
                          .put("occurredAt", INSTANT, v.occurredAt()),
                  in ->
                      new ParticipantErased(
                          in.get("participantId", PARTICIPANT_ID),
                          in.get("pseudonym", PARTICIPANT_ID),
                          in.get("occurredAt", INSTANT))))
          .add(
              "goal_created.v1",
              GoalCreated.class,
              RecordCodec.of(
                  (v, o) ->
                      o.put("goalId", GOAL_ID, v.goalId())
                          .put("programId", PROGRAM_ID, v.programId())
                          .put("pairId", PAIR_ID, v.pairId())
                          .put("ownerId", PARTICIPANT_ID, v.ownerId())
                          .put("occurredAt", INSTANT, v.occurredAt()),
                  in ->
                      new GoalCreated(
                          in.get("goalId", GOAL_ID),
                          in.get("programId", PROGRAM_ID),
                          in.get("pairId", PAIR_ID),
                          in.get("ownerId", PARTICIPANT_ID),
                          in.get("occurredAt", INSTANT))))
          .add(
              "goal_updated.v1",
              GoalUpdated.class,
              RecordCodec.of(
                  (v, o) ->
                      o.put("goalId", GOAL_ID, v.goalId())
                          .put("programId", PROGRAM_ID, v.programId())
                          .put("pairId", PAIR_ID, v.pairId())
                          .putLong("progress", v.progress())
                          .put("occurredAt", INSTANT, v.occurredAt()),
                  in ->
                      new GoalUpdated(
                          in.get("goalId", GOAL_ID),
                          in.get("programId", PROGRAM_ID),
                          in.get("pairId", PAIR_ID),
                          in.getInt("progress"),
                          in.get("occurredAt", INSTANT))))
          .add(
              "goal_status_changed.v1",
              GoalStatusChanged.class,
              RecordCodec.of(
                  (v, o) ->
                      o.put("goalId", GOAL_ID, v.goalId())
                          .put("programId", PROGRAM_ID, v.programId())
                          .put("pairId", PAIR_ID, v.pairId())
                          .put("from", GOAL_STATUS, v.from())
                          .put("to", GOAL_STATUS, v.to())
                          .put("occurredAt", INSTANT, v.occurredAt()),
                  in ->
                      new GoalStatusChanged(
                          in.get("goalId", GOAL_ID),
                          in.get("programId", PROGRAM_ID),
                          in.get("pairId", PAIR_ID),
                          in.get("from", GOAL_STATUS),
                          in.get("to", GOAL_STATUS),
                          in.get("occurredAt", INSTANT))))
          .add(
              "meeting_scheduled.v1",
              MeetingScheduled.class,
              RecordCodec.of(
                  (v, o) ->
                      o.put("meetingId", MEETING_ID, v.meetingId())
                          .put("programId", PROGRAM_ID, v.programId())
                          .put("pairId", PAIR_ID, v.pairId())
                          .putOpt("seriesId", MEETING_SERIES_ID, v.seriesId())
                          .put("start", INSTANT, v.start())
                          .put("occurredAt", INSTANT, v.occurredAt()),
                  in ->
                      new MeetingScheduled(
                          in.get("meetingId", MEETING_ID),
                          in.get("programId", PROGRAM_ID),
                          in.get("pairId", PAIR_ID),
                          in.opt("seriesId", MEETING_SERIES_ID),
                          in.get("start", INSTANT),
                          in.get("occurredAt", INSTANT))))
          .add(
              "meeting_logged.v1",
              MeetingLogged.class,
              RecordCodec.of(
                  (v, o) ->
                      o.put("meetingId", MEETING_ID, v.meetingId())
                          .put("programId", PROGRAM_ID, v.programId())
                          .put("pairId", PAIR_ID, v.pairId())
                          .put("start", INSTANT, v.start())
                          .put("occurredAt", INSTANT, v.occurredAt()),
                  in ->
                      new MeetingLogged(
                          in.get("meetingId", MEETING_ID),
                          in.get("programId", PROGRAM_ID),
                          in.get("pairId", PAIR_ID),
                          in.get("start", INSTANT),
                          in.get("occurredAt", INSTANT))))
          .add(
              "meeting_rescheduled.v1",
              MeetingRescheduled.class,
              RecordCodec.of(
                  (v, o) ->
                      o.put("meetingId", MEETING_ID, v.meetingId())
                          .put("programId", PROGRAM_ID, v.programId())
                          .put("pairId", PAIR_ID, v.pairId())
                          .put("previousStart", INSTANT, v.previousStart())
                          .put("start", INSTANT, v.start())
                          .put("occurredAt", INSTANT, v.occurredAt()),
                  in ->
                      new MeetingRescheduled(
                          in.get("meetingId", MEETING_ID),
                          in.get("programId", PROGRAM_ID),
                          in.get("pairId", PAIR_ID),
                          in.get("previousStart", INSTANT),
                          in.get("start", INSTANT),
                          in.get("occurredAt", INSTANT))))
          .add(
              "meeting_status_changed.v1",
              MeetingStatusChanged.class,
              RecordCodec.of(
                  (v, o) ->
                      o.put("meetingId", MEETING_ID, v.meetingId())
                          .put("programId", PROGRAM_ID, v.programId())
                          .put("pairId", PAIR_ID, v.pairId())
                          .put("from", MEETING_STATUS, v.from())
                          .put("to", MEETING_STATUS, v.to())
                          .put("occurredAt", INSTANT, v.occurredAt()),
                  in ->
                      new MeetingStatusChanged(
                          in.get("meetingId", MEETING_ID),
                          in.get("programId", PROGRAM_ID),
                          in.get("pairId", PAIR_ID),
                          in.get("from", MEETING_STATUS),
                          in.get("to", MEETING_STATUS),
                          in.get("occurredAt", INSTANT))))
          .add(
              "meeting_notes_updated.v1",
              MeetingNotesUpdated.class,
              RecordCodec.of(
                  (v, o) ->
                      o.put("meetingId", MEETING_ID, v.meetingId())
                          .put("programId", PROGRAM_ID, v.programId())
                          .put("pairId", PAIR_ID, v.pairId())
                          .put("occurredAt", INSTANT, v.occurredAt()),
                  in ->
                      new MeetingNotesUpdated(
                          in.get("meetingId", MEETING_ID),
                          in.get("programId", PROGRAM_ID),
                          in.get("pairId", PAIR_ID),
                          in.get("occurredAt", INSTANT))))
          .add(
              "meeting_rated.v1",
              MeetingRated.class,
              RecordCodec.of(
                  (v, o) ->
                      o.put("meetingId", MEETING_ID, v.meetingId())
                          .put("programId", PROGRAM_ID, v.programId())
                          .put("pairId", PAIR_ID, v.pairId())
                          .put("raterId", PARTICIPANT_ID, v.raterId())
                          .putLong("rating", v.rating())
                          .put("occurredAt", INSTANT, v.occurredAt()),
                  in ->
                      new MeetingRated(
                          in.get("meetingId", MEETING_ID),
                          in.get("programId", PROGRAM_ID),
                          in.get("pairId", PAIR_ID),
                          in.get("raterId", PARTICIPANT_ID),
                          in.getInt("rating"),
                          in.get("occurredAt", INSTANT))))
          .add(
              "survey_created.v1",
              SurveyCreated.class,
              RecordCodec.of(
                  (v, o) ->
                      o.put("surveyId", SURVEY_ID, v.surveyId())
                          .put("programId", PROGRAM_ID, v.programId())
                          .put("checkpoint", SURVEY_CHECKPOINT, v.checkpoint())
                          .put("occurredAt", INSTANT, v.occurredAt()),
                  in ->
                      new SurveyCreated(
                          in.get("surveyId", SURVEY_ID),
                          in.get("programId", PROGRAM_ID),
                          in.get("checkpoint", SURVEY_CHECKPOINT),
                          in.get("occurredAt", INSTANT))))
          .add(
              "survey_revised.v1",
              SurveyRevised.class,
              RecordCodec.of(
                  (v, o) ->
                      o.put("surveyId", SURVEY_ID, v.surveyId())
                          .put("programId", PROGRAM_ID, v.programId())
                          .put("occurredAt", INSTANT, v.occurredAt()),
                  in ->
                      new SurveyRevised(
                          in.get("surveyId", SURVEY_ID),
                          in.get("programId", PROGRAM_ID),
                          in.get("occurredAt", INSTANT))))
          .add(
              "survey_status_changed.v1",
              SurveyStatusChanged.class,
              RecordCodec.of(
                  (v, o) ->
                      o.put("surveyId", SURVEY_ID, v.surveyId())
                          .put("programId", PROGRAM_ID, v.programId())
                          .put("from", SURVEY_STATUS, v.from())
                          .put("to", SURVEY_STATUS, v.to())
                          .put("occurredAt", INSTANT, v.occurredAt()),
                  in ->
                      new SurveyStatusChanged(
                          in.get("surveyId", SURVEY_ID),
                          in.get("programId", PROGRAM_ID),
                          in.get("from", SURVEY_STATUS),
                          in.get("to", SURVEY_STATUS),
                          in.get("occurredAt", INSTANT))))
          .add(
              "survey_response_submitted.v1",
              SurveyResponseSubmitted.class,
              RecordCodec.of(
                  (v, o) ->
                      o.put("responseId", RESPONSE_ID, v.responseId())
                          .put("surveyId", SURVEY_ID, v.surveyId())
                          .put("programId", PROGRAM_ID, v.programId())
                          .putOpt("respondentId", PARTICIPANT_ID, v.respondentId())
                          .putOpt("pairId", PAIR_ID, v.pairId())
                          .put("occurredAt", INSTANT, v.occurredAt()),
                  in ->
                      new SurveyResponseSubmitted(
                          in.get("responseId", RESPONSE_ID),
                          in.get("surveyId", SURVEY_ID),
                          in.get("programId", PROGRAM_ID),
                          in.opt("respondentId", PARTICIPANT_ID),
                          in.opt("pairId", PAIR_ID),
                          in.get("occurredAt", INSTANT))))
          .add(
              "resource_added.v1",
              ResourceAdded.class,
              RecordCodec.of(
                  (v, o) ->
                      o.put("resourceId", RESOURCE_ID, v.resourceId())
                          .put("programId", PROGRAM_ID, v.programId())
                          .put("occurredAt", INSTANT, v.occurredAt()),
                  in ->
                      new ResourceAdded(
                          in.get("resourceId", RESOURCE_ID),
                          in.get("programId", PROGRAM_ID),
                          in.get("occurredAt", INSTANT))))
          .add(
              "resource_revised.v1",
              ResourceRevised.class,
              RecordCodec.of(
                  (v, o) ->
                      o.put("resourceId", RESOURCE_ID, v.resourceId())
                          .put("programId", PROGRAM_ID, v.programId())
                          .put("occurredAt", INSTANT, v.occurredAt()),
                  in ->
                      new ResourceRevised(
                          in.get("resourceId", RESOURCE_ID),
                          in.get("programId", PROGRAM_ID),
                          in.get("occurredAt", INSTANT))))
          .add(
              "resource_removed.v1",
              ResourceRemoved.class,
              RecordCodec.of(
                  (v, o) ->
                      o.put("resourceId", RESOURCE_ID, v.resourceId())
                          .put("programId", PROGRAM_ID, v.programId())
                          .put("occurredAt", INSTANT, v.occurredAt()),
                  in ->
                      new ResourceRemoved(
                          in.get("resourceId", RESOURCE_ID),
                          in.get("programId", PROGRAM_ID),
                          in.get("occurredAt", INSTANT))))
          .build();

  /** {@link Notification}, one name per notification record. */
  public static final SealedCodec<Notification> NOTIFICATION =
      SealedCodec.builder(Notification.class)
          .add(
              "match_proposed.v1",
              MatchProposed.class,
              RecordCodec.of(
                  (v, o) ->
                      o.put("recipient", PARTICIPANT_ID, v.recipient())
                          .put("programId", PROGRAM_ID, v.programId())
                          .put("pairId", PAIR_ID, v.pairId())
                          .put("at", INSTANT, v.at()),
                  in ->
                      new MatchProposed(
                          in.get("recipient", PARTICIPANT_ID),
                          in.get("programId", PROGRAM_ID),
                          in.get("pairId", PAIR_ID),
                          in.get("at", INSTANT))))
          .add(
              "match_confirmed.v1",
              MatchConfirmed.class,
              RecordCodec.of(
                  (v, o) ->
                      o.put("recipient", PARTICIPANT_ID, v.recipient())
                          .put("programId", PROGRAM_ID, v.programId())
                          .put("pairId", PAIR_ID, v.pairId())
                          .put("at", INSTANT, v.at()),
                  in ->
                      new MatchConfirmed(
                          in.get("recipient", PARTICIPANT_ID),
                          in.get("programId", PROGRAM_ID),
                          in.get("pairId", PAIR_ID),
                          in.get("at", INSTANT))))
          .add(
              "proposal_awaiting_answer.v1",
              ProposalAwaitingAnswer.class,
              RecordCodec.of(
                  (v, o) ->
                      o.put("recipient", PARTICIPANT_ID, v.recipient())
                          .put("programId", PROGRAM_ID, v.programId())
                          .put("pairId", PAIR_ID, v.pairId())
                          .put("proposedAt", INSTANT, v.proposedAt())
                          .put("at", INSTANT, v.at()),
                  in ->
                      new ProposalAwaitingAnswer(
                          in.get("recipient", PARTICIPANT_ID),
                          in.get("programId", PROGRAM_ID),
                          in.get("pairId", PAIR_ID),
                          in.get("proposedAt", INSTANT),
                          in.get("at", INSTANT))))
          .add(
              "proposal_expiring.v1",
              ProposalExpiring.class,
              RecordCodec.of(
                  (v, o) ->
                      o.put("recipient", PARTICIPANT_ID, v.recipient())
                          .put("programId", PROGRAM_ID, v.programId())
                          .put("pairId", PAIR_ID, v.pairId())
                          .put("expiresAt", INSTANT, v.expiresAt())
                          .put("at", INSTANT, v.at()),
                  in ->
                      new ProposalExpiring(
                          in.get("recipient", PARTICIPANT_ID),
                          in.get("programId", PROGRAM_ID),
                          in.get("pairId", PAIR_ID),
                          in.get("expiresAt", INSTANT),
                          in.get("at", INSTANT))))
          .add(
              "enrollment_decided.v1",
              EnrollmentDecided.class,
              RecordCodec.of(
                  (v, o) ->
                      o.put("recipient", PARTICIPANT_ID, v.recipient())
                          .put("programId", PROGRAM_ID, v.programId())
                          .put("enrollmentId", ENROLLMENT_ID, v.enrollmentId())
                          .put("status", ENROLLMENT_STATUS, v.status())
                          .put("at", INSTANT, v.at()),
                  in ->
                      new EnrollmentDecided(
                          in.get("recipient", PARTICIPANT_ID),
                          in.get("programId", PROGRAM_ID),
                          in.get("enrollmentId", ENROLLMENT_ID),
                          in.get("status", ENROLLMENT_STATUS),
                          in.get("at", INSTANT))))
          .add(
              "program_phase_changed.v1",
              ProgramPhaseChanged.class,
              RecordCodec.of(
                  (v, o) ->
                      o.put("recipient", PARTICIPANT_ID, v.recipient())
                          .put("programId", PROGRAM_ID, v.programId())
                          .put("from", PROGRAM_STATUS, v.from())
                          .put("to", PROGRAM_STATUS, v.to())
                          .put("at", INSTANT, v.at()),
                  in ->
                      new ProgramPhaseChanged(
                          in.get("recipient", PARTICIPANT_ID),
                          in.get("programId", PROGRAM_ID),
                          in.get("from", PROGRAM_STATUS),
                          in.get("to", PROGRAM_STATUS),
                          in.get("at", INSTANT))))
          .add(
              "meeting_invitation.v1",
              MeetingInvitation.class,
              RecordCodec.of(
                  (v, o) ->
                      o.put("recipient", PARTICIPANT_ID, v.recipient())
                          .put("programId", PROGRAM_ID, v.programId())
                          .put("pairId", PAIR_ID, v.pairId())
                          .put("meetingId", MEETING_ID, v.meetingId())
                          .putOpt("seriesId", MEETING_SERIES_ID, v.seriesId())
                          .put("start", INSTANT, v.start())
                          .put("at", INSTANT, v.at()),
                  in ->
                      new MeetingInvitation(
                          in.get("recipient", PARTICIPANT_ID),
                          in.get("programId", PROGRAM_ID),
                          in.get("pairId", PAIR_ID),
                          in.get("meetingId", MEETING_ID),
                          in.opt("seriesId", MEETING_SERIES_ID),
                          in.get("start", INSTANT),
                          in.get("at", INSTANT))))
          .add(
              "meeting_moved.v1",
              MeetingMoved.class,
              RecordCodec.of(
                  (v, o) ->
                      o.put("recipient", PARTICIPANT_ID, v.recipient())
                          .put("programId", PROGRAM_ID, v.programId())
                          .put("pairId", PAIR_ID, v.pairId())
                          .put("meetingId", MEETING_ID, v.meetingId())
                          .put("previousStart", INSTANT, v.previousStart())
                          .put("start", INSTANT, v.start())
                          .put("at", INSTANT, v.at()),
                  in ->
                      new MeetingMoved(
                          in.get("recipient", PARTICIPANT_ID),
                          in.get("programId", PROGRAM_ID),
                          in.get("pairId", PAIR_ID),
                          in.get("meetingId", MEETING_ID),
                          in.get("previousStart", INSTANT),
                          in.get("start", INSTANT),
                          in.get("at", INSTANT))))
          .add(
              "meeting_cancelled.v1",
              MeetingCancelled.class,
              RecordCodec.of(
                  (v, o) ->
                      o.put("recipient", PARTICIPANT_ID, v.recipient())
                          .put("programId", PROGRAM_ID, v.programId())
                          .put("pairId", PAIR_ID, v.pairId())
                          .put("meetingId", MEETING_ID, v.meetingId())
                          .put("start", INSTANT, v.start())
                          .put("at", INSTANT, v.at()),
                  in ->
                      new MeetingCancelled(
                          in.get("recipient", PARTICIPANT_ID),
                          in.get("programId", PROGRAM_ID),
                          in.get("pairId", PAIR_ID),
                          in.get("meetingId", MEETING_ID),
                          in.get("start", INSTANT),
                          in.get("at", INSTANT))))
          .add(
              "poor_fit_reported.v1",
              PoorFitReported.class,
              RecordCodec.of(
                  (v, o) ->
                      o.put("recipient", PARTICIPANT_ID, v.recipient())
                          .put("programId", PROGRAM_ID, v.programId())
                          .put("pairId", PAIR_ID, v.pairId())
                          .put("surveyId", SURVEY_ID, v.surveyId())
                          .put("respondentId", PARTICIPANT_ID, v.respondentId())
                          .put("at", INSTANT, v.at()),
                  in ->
                      new PoorFitReported(
                          in.get("recipient", PARTICIPANT_ID),
                          in.get("programId", PROGRAM_ID),
                          in.get("pairId", PAIR_ID),
                          in.get("surveyId", SURVEY_ID),
                          in.get("respondentId", PARTICIPANT_ID),
                          in.get("at", INSTANT))))
          .add(
              "meeting_reminder.v1",
              MeetingReminder.class,
              RecordCodec.of(
                  (v, o) ->
                      o.put("recipient", PARTICIPANT_ID, v.recipient())
                          .put("programId", PROGRAM_ID, v.programId())
                          .put("pairId", PAIR_ID, v.pairId())
                          .put("meetingId", MEETING_ID, v.meetingId())
                          .put("start", INSTANT, v.start())
                          .put("at", INSTANT, v.at()),
                  in ->
                      new MeetingReminder(
                          in.get("recipient", PARTICIPANT_ID),
                          in.get("programId", PROGRAM_ID),
                          in.get("pairId", PAIR_ID),
                          in.get("meetingId", MEETING_ID),
                          in.get("start", INSTANT),
                          in.get("at", INSTANT))))
          .add(
              "meeting_follow_up.v1",
              MeetingFollowUp.class,
              RecordCodec.of(
                  (v, o) ->
                      o.put("recipient", PARTICIPANT_ID, v.recipient())
                          .put("programId", PROGRAM_ID, v.programId())
                          .put("pairId", PAIR_ID, v.pairId())
                          .put("meetingId", MEETING_ID, v.meetingId())
                          .put("start", INSTANT, v.start())
                          .put("end", INSTANT, v.end())
                          .put("at", INSTANT, v.at()),
                  in ->
                      new MeetingFollowUp(
                          in.get("recipient", PARTICIPANT_ID),
                          in.get("programId", PROGRAM_ID),
                          in.get("pairId", PAIR_ID),
                          in.get("meetingId", MEETING_ID),
                          in.get("start", INSTANT),
                          in.get("end", INSTANT),
                          in.get("at", INSTANT))))
          .add(
              "inactivity_nudge.v1",
              InactivityNudge.class,
              RecordCodec.of(
                  (v, o) ->
                      o.put("recipient", PARTICIPANT_ID, v.recipient())
                          .put("programId", PROGRAM_ID, v.programId())
                          .put("pairId", PAIR_ID, v.pairId())
                          .put("silentSince", INSTANT, v.silentSince())
                          .put("at", INSTANT, v.at()),
                  in ->
                      new InactivityNudge(
                          in.get("recipient", PARTICIPANT_ID),
                          in.get("programId", PROGRAM_ID),
                          in.get("pairId", PAIR_ID),
                          in.get("silentSince", INSTANT),
                          in.get("at", INSTANT))))
          .add(
              "inactivity_escalation.v1",
              InactivityEscalation.class,
              RecordCodec.of(
                  (v, o) ->
                      o.put("recipient", PARTICIPANT_ID, v.recipient())
                          .put("programId", PROGRAM_ID, v.programId())
                          .put("pairId", PAIR_ID, v.pairId())
                          .put("silentSince", INSTANT, v.silentSince())
                          .put("at", INSTANT, v.at()),
                  in ->
                      new InactivityEscalation(
                          in.get("recipient", PARTICIPANT_ID),
                          in.get("programId", PROGRAM_ID),
                          in.get("pairId", PAIR_ID),
                          in.get("silentSince", INSTANT),
                          in.get("at", INSTANT))))
          .add(
              "goal_due.v1",
              GoalDue.class,
              RecordCodec.of(
                  (v, o) ->
                      o.put("recipient", PARTICIPANT_ID, v.recipient())
                          .put("programId", PROGRAM_ID, v.programId())
                          .put("pairId", PAIR_ID, v.pairId())
                          .put("goalId", GOAL_ID, v.goalId())
                          .put("targetDate", LOCAL_DATE, v.targetDate())
                          .put("at", INSTANT, v.at()),
                  in ->
                      new GoalDue(
                          in.get("recipient", PARTICIPANT_ID),
                          in.get("programId", PROGRAM_ID),
                          in.get("pairId", PAIR_ID),
                          in.get("goalId", GOAL_ID),
                          in.get("targetDate", LOCAL_DATE),
                          in.get("at", INSTANT))))
          .add(
              "milestone_due.v1",
              MilestoneDue.class,
              RecordCodec.of(
                  (v, o) ->
                      o.put("recipient", PARTICIPANT_ID, v.recipient())
                          .put("programId", PROGRAM_ID, v.programId())
                          .put("pairId", PAIR_ID, v.pairId())
                          .put("goalId", GOAL_ID, v.goalId())
                          .putString("milestoneTitle", v.milestoneTitle())
                          .put("dueDate", LOCAL_DATE, v.dueDate())
                          .put("at", INSTANT, v.at()),
                  in ->
                      new MilestoneDue(
                          in.get("recipient", PARTICIPANT_ID),
                          in.get("programId", PROGRAM_ID),
                          in.get("pairId", PAIR_ID),
                          in.get("goalId", GOAL_ID),
                          in.getString("milestoneTitle"),
                          in.get("dueDate", LOCAL_DATE),
                          in.get("at", INSTANT))))
          .add(
              "survey_invitation.v1",
              SurveyInvitation.class,
              RecordCodec.of(
                  (v, o) ->
                      o.put("recipient", PARTICIPANT_ID, v.recipient())
                          .put("programId", PROGRAM_ID, v.programId())
                          .put("surveyId", SURVEY_ID, v.surveyId())
                          .put("checkpoint", SURVEY_CHECKPOINT, v.checkpoint())
                          .put("pairId", PAIR_ID, v.pairId())
                          .putOpt("subjectKey", STRING, v.subjectKey())
                          .put("at", INSTANT, v.at()),
                  in ->
                      new SurveyInvitation(
                          in.get("recipient", PARTICIPANT_ID),
                          in.get("programId", PROGRAM_ID),
                          in.get("surveyId", SURVEY_ID),
                          in.get("checkpoint", SURVEY_CHECKPOINT),
                          in.get("pairId", PAIR_ID),
                          in.opt("subjectKey", STRING),
                          in.get("at", INSTANT))))
          .add(
              "survey_reminder.v1",
              SurveyReminder.class,
              RecordCodec.of(
                  (v, o) ->
                      o.put("recipient", PARTICIPANT_ID, v.recipient())
                          .put("programId", PROGRAM_ID, v.programId())
                          .put("surveyId", SURVEY_ID, v.surveyId())
                          .put("checkpoint", SURVEY_CHECKPOINT, v.checkpoint())
                          .put("pairId", PAIR_ID, v.pairId())
                          .putOpt("subjectKey", STRING, v.subjectKey())
                          .put("invitedAt", INSTANT, v.invitedAt())
                          .put("at", INSTANT, v.at()),
                  in ->
                      new SurveyReminder(
                          in.get("recipient", PARTICIPANT_ID),
                          in.get("programId", PROGRAM_ID),
                          in.get("surveyId", SURVEY_ID),
                          in.get("checkpoint", SURVEY_CHECKPOINT),
                          in.get("pairId", PAIR_ID),
                          in.opt("subjectKey", STRING),
                          in.get("invitedAt", INSTANT),
                          in.get("at", INSTANT))))
          .build();

  /** {@link Actor}: {@code participant.v1} with the person's id, or {@code system.v1}. */
  public static final SealedCodec<Actor> ACTOR =
      SealedCodec.builder(Actor.class)
          .add(
              "participant.v1",
              Actor.Participant.class,
              RecordCodec.of(
                  (v, o) -> o.put("id", PARTICIPANT_ID, v.id()),
                  in -> new Actor.Participant(in.get("id", PARTICIPANT_ID))))
          .add(
              "system.v1",
              Actor.SystemActor.class,
              RecordCodec.of((v, o) -> {}, in -> new Actor.SystemActor()))
          .build();
}
