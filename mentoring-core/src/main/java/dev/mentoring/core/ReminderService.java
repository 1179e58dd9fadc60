package dev.mentoring.core;

import dev.mentoring.core.notification.Notification;
import java.time.Instant;
import java.util.List;
import org.apiguardian.api.API;

/**
 * Computes the reminders due at an instant. Obtain it from {@link Mentoring#reminders()}.
 * Thread-safe.
 *
 * <p>A host's scheduler calls {@link #due} every few minutes with the current time. Each reminder
 * is handed out once: it is recorded in the store's {@link dev.mentoring.core.spi.ReminderLog} in
 * the same transaction, returned, and passed to the engine's notifier after commit. Calling again,
 * at the same or a later instant, never hands it out twice. Reminders are computed from the stored
 * data as of the instant; one whose condition held only between two calls (a meeting reminder for a
 * meeting that started in between) is not handed out late.
 *
 * <h2>What falls due</h2>
 *
 * The periods come from the program's {@link dev.mentoring.core.program.ReminderPolicy}. Days
 * (target dates, due dates, the program's schedule) start at midnight UTC. A program in DRAFT or
 * ARCHIVED has no reminders; a CLOSED one has survey invitations and reminders only.
 *
 * <table>
 *   <caption>Reminders, their recipients and keys</caption>
 *   <tr><th>notification</th><th>due when</th><th>to</th><th>key</th></tr>
 *   <tr><td>{@link dev.mentoring.core.notification.ProposalAwaitingAnswer}</td>
 *     <td>a PROPOSED pair, before it expires, {@code answerReminderAfter} after the proposal</td>
 *     <td>each side still to answer</td><td>{@code proposal-awaiting:<pair>:<to>}</td></tr>
 *   <tr><td>{@link dev.mentoring.core.notification.ProposalExpiring}</td>
 *     <td>a PROPOSED pair, from {@code expiryWarningBefore} before it expires until it does</td>
 *     <td>each side still to answer</td><td>{@code proposal-expiring:<pair>:<to>}</td></tr>
 *   <tr><td>{@link dev.mentoring.core.notification.MeetingReminder}</td>
 *     <td>a SCHEDULED meeting of an ACTIVE or PAUSED pair, from {@code meetingReminderBefore}
 *     before its start until it starts</td>
 *     <td>mentor and mentee</td><td>{@code meeting-reminder:<meeting>:<start>:<to>}</td></tr>
 *   <tr><td>{@link dev.mentoring.core.notification.MeetingFollowUp}</td>
 *     <td>a meeting of an ACTIVE or PAUSED pair still SCHEDULED {@code logFollowUpAfter} after
 *     its end</td>
 *     <td>mentor and mentee</td><td>{@code meeting-follow-up:<meeting>:<start>:<to>}</td></tr>
 *   <tr><td>{@link dev.mentoring.core.notification.InactivityNudge}</td>
 *     <td>an ACTIVE pair {@code inactivityNudgeAfter} into a silence: since the start of its last
 *     HELD meeting, or since it started if it held none</td>
 *     <td>mentor and mentee</td><td>{@code inactivity-nudge:<pair>:<silence start>:<to>}</td></tr>
 *   <tr><td>{@link dev.mentoring.core.notification.InactivityEscalation}</td>
 *     <td>the same, {@code inactivityEscalationAfter} into the silence</td>
 *     <td>the program's administrators</td>
 *     <td>{@code inactivity-escalation:<pair>:<silence start>:<to>}</td></tr>
 *   <tr><td>{@link dev.mentoring.core.notification.GoalDue}</td>
 *     <td>an ACTIVE goal of an ACTIVE or PAUSED pair, from {@code goalDueWarning} before its
 *     target date</td>
 *     <td>the goal's owner</td><td>{@code goal-due:<goal>:<target date>:<to>}</td></tr>
 *   <tr><td>{@link dev.mentoring.core.notification.MilestoneDue}</td>
 *     <td>an open milestone of such a goal, from {@code goalDueWarning} before its due date</td>
 *     <td>the goal's owner</td>
 *     <td>{@code milestone-due:<goal>:<due date>:<to>:<milestone title>}</td></tr>
 *   <tr><td>{@link dev.mentoring.core.notification.SurveyInvitation}</td>
 *     <td>an OPEN survey whose checkpoint a pair reached (below)</td>
 *     <td>each side of the pair the survey asks</td>
 *     <td>{@code survey-invitation:<survey>:<pair>:<subject key or ->:<to>}</td></tr>
 *   <tr><td>{@link dev.mentoring.core.notification.SurveyReminder}</td>
 *     <td>an invitation not answered {@code surveyReminderAfter} after it was handed out, while
 *     the survey is OPEN and the invitation still due</td>
 *     <td>the invited side</td>
 *     <td>{@code survey-reminder:<survey>:<pair>:<subject key or ->:<to>}</td></tr>
 * </table>
 *
 * <p>Ids, instants ({@link java.time.Instant#toString()}) and dates ({@link
 * java.time.LocalDate#toString()}) appear in keys as text. Because a key names the meeting's start,
 * the goal's target date, a milestone's due date or the start of a silence, a meeting moved to
 * another time is reminded again, a goal moved to another date is warned again, and a pair that
 * meets and falls silent again is nudged again.
 *
 * <p>Survey checkpoints: {@code AFTER_MEETING} invites both sides once per HELD meeting that ended,
 * or was recorded (whichever is later), at or after the survey opened (subject key: the meeting
 * id); such an invitation, and its reminder, stay due for {@code surveyReminderAfter} plus 14 days
 * after that instant, so that a survey open for months asks about recent meetings only; {@code
 * EARLY_FIT_CHECK} invites the sides of an ACTIVE or PAUSED pair once it has {@code
 * fitCheckAfterMeetings} HELD meetings; {@code MIDPOINT} invites the sides of every ACTIVE or
 * PAUSED pair from the middle of the program's schedule (never for a schedule without start or
 * end); {@code FINAL} invites the sides of every COMPLETED pair, and from the end of the schedule's
 * last day those of every ACTIVE or PAUSED pair; {@code EXIT} invites the sides of every
 * ENDED_EARLY pair. A side is invited only if the survey's audience includes its role in the pair,
 * the survey asks its enrollment (approved, or withdrawn for {@code EXIT}; see {@link
 * SurveyService}), and it has not responded about that pair and subject (or, at a checkpoint whose
 * responses need not name a pair, about the program as a whole). The pair and subject key of the
 * invitation are those the response names.
 *
 * <p>Nothing is ever sent to the pseudonym of a person whose data was erased.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public interface ReminderService {

  /**
   * Returns the reminders due at an instant that were not handed out before (see the table above).
   *
   * <p>Order: by program (creation time). Within a program: proposal reminders, by pair (proposal
   * time), then side (mentor, mentee, administrators by id), each recipient's awaiting reminder
   * before its expiry warning; meeting reminders and follow-ups, by meeting (start, then id);
   * inactivity nudges and escalations, by pair (proposal time), the nudges before the escalation;
   * goal reminders, by goal (creation time), the goal's own before its milestones' (in the goal's
   * order); survey invitations, by survey (creation time), then by meeting (start, then id) for
   * {@code AFTER_MEETING} and by pair (proposal time) otherwise; then survey reminders, in the same
   * order. The mentor comes before the mentee, and administrators are ordered by id.
   *
   * @param actor the system
   * @param at the instant
   * @return the reminders, in the order above
   * @throws AccessDeniedException if the actor is not the system
   */
  List<Notification> due(Actor actor, Instant at);
}
