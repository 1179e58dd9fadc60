/**
 * The JSON shape of Mentoring SDK values: one definition, used by both {@code
 * dev.mentoring.jackson.MentoringModule} (Jackson 3) and {@code
 * dev.mentoring.jackson2.MentoringModule} (Jackson 2), which therefore write byte-identical JSON
 * and read each other's output. This package holds the options of reading ({@link
 * dev.mentoring.json.JsonReadOptions}) and the exception of failed reading ({@link
 * dev.mentoring.json.MentoringJsonException}); the rules below are the contract. Golden files under
 * {@code mentoring-json-testing/src/main/resources/golden/} show every shape and are checked by
 * both modules' tests: a change to one is a visible, reviewed change of the contract.
 *
 * <h2>Covered types</h2>
 *
 * <p>Every public value type of mentoring-core and mentoring-matching: ids, enums, the program,
 * enrollment and pairing records, the matching SPI values ({@code MatchingProblem}, {@code
 * MatchingResult}, {@code Proposal}, {@code CandidatePair}), the sealed {@code MentoringEvent},
 * {@code Notification}, {@code Answer} and {@code Actor}, the engine's outputs ({@code
 * MatchingRun}, {@code ParticipantData}, {@code ErasureReport}, {@code SentReminder}, {@code
 * Violation}), and matching's {@code PairExplanation}, {@code Exclusion}, {@code Recommendation},
 * {@code FeasibilityReport}, {@code MatchingEvaluation} and {@code SegmentSummary}; goals ({@code
 * Goal}, {@code Milestone}, {@code CheckIn}, {@code GoalDraft}, {@code MilestoneDraft}), meetings
 * ({@code Meeting}, {@code MeetingPlan}, {@code Recurrence}), feedback ({@code Survey}, {@code
 * SurveyQuestion}, {@code SurveyDraft}, {@code SurveyResponse}, {@code SurveySummary}, the sealed
 * {@code QuestionSummary}, {@code NetPromoterScore}) and the knowledge base ({@code Resource},
 * {@code ResourceDraft}, {@code ResourceSuggestion}), program health and reports ({@code
 * HealthPolicy}, {@code PairHealth}, {@code HealthReason}, {@code Ratio}, {@code ProgramReport},
 * {@code SurveyResponseRate}, {@code SegmentedReport} and its {@code Segment}), with their ids and
 * enums. Services, engines, strategies, solvers and their score matrices are not values and have no
 * JSON form; nor has {@code Segmentation}, a final class holding a function.
 *
 * <h2>Shape</h2>
 *
 * <ul>
 *   <li><b>Records</b> are objects whose property names are the record component names (camelCase),
 *       written in component order. A {@code @Nullable} component that is null is omitted; every
 *       other component is always written, empty collections as {@code []} or {@code {}}. Derived
 *       values (such as {@code Pair.score()}, {@code NetPromoterScore.score()} and its bounds,
 *       {@code NpsSummary.answered()}) are not written.
 *   <li><b>Ids</b> ({@code ProgramId}, {@code ParticipantId}, {@code EnrollmentId}, {@code PairId},
 *       {@code GoalId}, {@code MeetingId}, {@code MeetingSeriesId}, {@code SurveyId}, {@code
 *       ResponseId}, {@code ResourceId}) are their plain string value.
 *   <li><b>Enums</b> are their constant names in lower case ({@code ENDED_EARLY} is {@code
 *       "ended_early"}), read case-sensitively. Weekdays likewise ({@code "monday"}).
 *   <li><b>Time</b>: an {@code Instant} is written as {@code Instant.toString()} does (ISO-8601 in
 *       UTC, {@code "2026-03-01T09:00:00Z"}, with fractional seconds only when non-zero); a {@code
 *       LocalDate} in ISO-8601 ({@code "2026-03-01"}); a {@code Duration} in ISO-8601 as {@code
 *       Duration.toString()} writes it ({@code "PT24H"}, {@code "PT336H"} for 14 days; any ISO-8601
 *       duration is read); a {@code ZoneId} as its id ({@code "Europe/Berlin"}).
 *   <li><b>URIs</b> are strings in {@code URI.toString()} form ({@code
 *       "https://example.com/guide"}), read with {@code URI.create}.
 *   <li><b>Numbers</b>: integers as JSON integers; doubles in {@code Double.toString} form, which
 *       is valid JSON ({@code 0.5}, {@code 812.0}, {@code 1.0E-5}), written as raw text so that
 *       Jackson 2 and 3 cannot differ. NaN and infinities have no JSON form: writing one fails.
 *       Integer properties accept only integer literals in range; double properties accept any JSON
 *       number that is finite as a double.
 *   <li><b>Lists</b> are arrays in list order. <b>Sets</b> are arrays in a fixed order: sets of
 *       enum constants in declaration order, other sets sorted (ids and strings by their text);
 *       reading rejects a repeated element.
 *   <li><b>Maps</b> keyed by strings, ids or enums are objects keyed by the key's text, entries
 *       sorted by that text ({@code Meeting.privateNotes} and {@code ratings} by participant id,
 *       {@code SurveyResponse.answers} by question key). The one exception is a map whose order the
 *       type documents as meaningful: {@code QuestionSummary.ChoiceSummary.counts}, in the order of
 *       the question's options, is written in that order and read back in the order written. Other
 *       maps ({@code MatchingEvaluation.mentorLoads}, keyed by integers) are arrays of {@code
 *       {"key": ..., "value": ...}} objects sorted by key.
 *   <li><b>Sealed types</b> are objects whose first property, {@code "type"}, holds an explicit,
 *       versioned name, followed by the subtype's components. A concrete subtype (such as {@code
 *       PairProposed}) is written the same way, with its type name, whether it is serialized as
 *       itself or as its sealed interface; reading it as the concrete class requires its own name.
 *       A change to a subtype's shape gets a new name ({@code .v2}); old names stay readable.
 * </ul>
 *
 * <h2>Type names</h2>
 *
 * <table>
 *   <caption>Type names of the sealed types</caption>
 *   <tr><th>Sealed type</th><th>Subtype</th><th>{@code "type"}</th></tr>
 *   <tr><td>{@code MentoringEvent}</td><td>{@code ProgramCreated}</td><td>{@code program_created.v1}</td></tr>
 *   <tr><td></td><td>{@code ProgramUpdated}</td><td>{@code program_updated.v1}</td></tr>
 *   <tr><td></td><td>{@code ProgramStatusChanged}</td><td>{@code program_status_changed.v1}</td></tr>
 *   <tr><td></td><td>{@code EnrollmentSubmitted}</td><td>{@code enrollment_submitted.v1}</td></tr>
 *   <tr><td></td><td>{@code EnrollmentUpdated}</td><td>{@code enrollment_updated.v1}</td></tr>
 *   <tr><td></td><td>{@code EnrollmentStatusChanged}</td><td>{@code enrollment_status_changed.v1}</td></tr>
 *   <tr><td></td><td>{@code PairProposed}</td><td>{@code pair_proposed.v1}</td></tr>
 *   <tr><td></td><td>{@code PairApproved}</td><td>{@code pair_approved.v1}</td></tr>
 *   <tr><td></td><td>{@code PairStatusChanged}</td><td>{@code pair_status_changed.v1}</td></tr>
 *   <tr><td></td><td>{@code ParticipantErased}</td><td>{@code participant_erased.v1}</td></tr>
 *   <tr><td></td><td>{@code GoalCreated}</td><td>{@code goal_created.v1}</td></tr>
 *   <tr><td></td><td>{@code GoalUpdated}</td><td>{@code goal_updated.v1}</td></tr>
 *   <tr><td></td><td>{@code GoalStatusChanged}</td><td>{@code goal_status_changed.v1}</td></tr>
 *   <tr><td></td><td>{@code MeetingScheduled}</td><td>{@code meeting_scheduled.v1}</td></tr>
 *   <tr><td></td><td>{@code MeetingLogged}</td><td>{@code meeting_logged.v1}</td></tr>
 *   <tr><td></td><td>{@code MeetingRescheduled}</td><td>{@code meeting_rescheduled.v1}</td></tr>
 *   <tr><td></td><td>{@code MeetingStatusChanged}</td><td>{@code meeting_status_changed.v1}</td></tr>
 *   <tr><td></td><td>{@code MeetingNotesUpdated}</td><td>{@code meeting_notes_updated.v1}</td></tr>
 *   <tr><td></td><td>{@code MeetingRated}</td><td>{@code meeting_rated.v1}</td></tr>
 *   <tr><td></td><td>{@code SurveyCreated}</td><td>{@code survey_created.v1}</td></tr>
 *   <tr><td></td><td>{@code SurveyRevised}</td><td>{@code survey_revised.v1}</td></tr>
 *   <tr><td></td><td>{@code SurveyStatusChanged}</td><td>{@code survey_status_changed.v1}</td></tr>
 *   <tr><td></td><td>{@code SurveyResponseSubmitted}</td><td>{@code survey_response_submitted.v1}</td></tr>
 *   <tr><td></td><td>{@code ResourceAdded}</td><td>{@code resource_added.v1}</td></tr>
 *   <tr><td></td><td>{@code ResourceRevised}</td><td>{@code resource_revised.v1}</td></tr>
 *   <tr><td></td><td>{@code ResourceRemoved}</td><td>{@code resource_removed.v1}</td></tr>
 *   <tr><td>{@code Notification}</td><td>{@code MatchProposed}</td><td>{@code match_proposed.v1}</td></tr>
 *   <tr><td></td><td>{@code MatchConfirmed}</td><td>{@code match_confirmed.v1}</td></tr>
 *   <tr><td></td><td>{@code ProposalAwaitingAnswer}</td><td>{@code proposal_awaiting_answer.v1}</td></tr>
 *   <tr><td></td><td>{@code ProposalExpiring}</td><td>{@code proposal_expiring.v1}</td></tr>
 *   <tr><td></td><td>{@code EnrollmentDecided}</td><td>{@code enrollment_decided.v1}</td></tr>
 *   <tr><td></td><td>{@code ProgramPhaseChanged}</td><td>{@code program_phase_changed.v1}</td></tr>
 *   <tr><td></td><td>{@code MeetingInvitation}</td><td>{@code meeting_invitation.v1}</td></tr>
 *   <tr><td></td><td>{@code MeetingMoved}</td><td>{@code meeting_moved.v1}</td></tr>
 *   <tr><td></td><td>{@code MeetingCancelled}</td><td>{@code meeting_cancelled.v1}</td></tr>
 *   <tr><td></td><td>{@code PoorFitReported}</td><td>{@code poor_fit_reported.v1}</td></tr>
 *   <tr><td></td><td>{@code MeetingReminder}</td><td>{@code meeting_reminder.v1}</td></tr>
 *   <tr><td></td><td>{@code MeetingFollowUp}</td><td>{@code meeting_follow_up.v1}</td></tr>
 *   <tr><td></td><td>{@code InactivityNudge}</td><td>{@code inactivity_nudge.v1}</td></tr>
 *   <tr><td></td><td>{@code InactivityEscalation}</td><td>{@code inactivity_escalation.v1}</td></tr>
 *   <tr><td></td><td>{@code GoalDue}</td><td>{@code goal_due.v1}</td></tr>
 *   <tr><td></td><td>{@code MilestoneDue}</td><td>{@code milestone_due.v1}</td></tr>
 *   <tr><td></td><td>{@code SurveyInvitation}</td><td>{@code survey_invitation.v1}</td></tr>
 *   <tr><td></td><td>{@code SurveyReminder}</td><td>{@code survey_reminder.v1}</td></tr>
 *   <tr><td>{@code Answer}</td><td>{@code TextAnswer}</td><td>{@code text.v1}</td></tr>
 *   <tr><td></td><td>{@code NumberAnswer}</td><td>{@code number.v1}</td></tr>
 *   <tr><td></td><td>{@code ChoiceAnswer}</td><td>{@code choice.v1}</td></tr>
 *   <tr><td></td><td>{@code YesNoAnswer}</td><td>{@code yes_no.v1}</td></tr>
 *   <tr><td>{@code Actor}</td><td>{@code Participant}</td><td>{@code participant.v1}</td></tr>
 *   <tr><td></td><td>{@code SystemActor}</td><td>{@code system.v1}</td></tr>
 *   <tr><td>{@code QuestionSummary}</td><td>{@code RatingSummary}</td><td>{@code rating.v1}</td></tr>
 *   <tr><td></td><td>{@code NpsSummary}</td><td>{@code nps.v1}</td></tr>
 *   <tr><td></td><td>{@code ChoiceSummary}</td><td>{@code choice.v1}</td></tr>
 *   <tr><td></td><td>{@code TextSummary}</td><td>{@code text.v1}</td></tr>
 * </table>
 *
 * <h2>Reading</h2>
 *
 * <p>Reading is strict and safe. No default typing and no class names: the shape decides every
 * type. A required property that is missing or {@code null}, a property the shape does not define
 * (unless {@link dev.mentoring.json.JsonReadOptions#ignoreUnknownProperties()}), a key repeated in
 * one object, a value of the wrong kind, an unknown enum or type name, and input beyond the limits
 * of {@link dev.mentoring.json.JsonReadOptions} (string length, collection size, nesting depth)
 * each fail with a {@link dev.mentoring.json.MentoringJsonException} naming the path and the rule.
 * Values are built through their public constructors, so a domain rule the JSON breaks (a negative
 * capacity, a pair of a person with themselves) fails the same way with the constructor's message.
 * Rules that the engine checks rather than the constructor (the Jakarta constraints of input
 * records; a {@code ReminderPolicy}'s {@code inactivityEscalationAfter} longer than its {@code
 * inactivityNudgeAfter}) are not checked by reading: the engine checks them when it is handed the
 * value, such as program settings on creating or updating a program. Nothing is partly applied: a
 * failed read returns and stores nothing. Malformed JSON is reported by Jackson with its own
 * exception and location.
 */
@NullMarked
package dev.mentoring.json;

import org.jspecify.annotations.NullMarked;
