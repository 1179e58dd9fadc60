package dev.mentoring.core;

import dev.mentoring.core.meeting.Meeting;
import dev.mentoring.core.meeting.MeetingId;
import dev.mentoring.core.meeting.MeetingPlan;
import dev.mentoring.core.meeting.MeetingSeriesId;
import dev.mentoring.core.meeting.Recurrence;
import dev.mentoring.core.pairing.PairId;
import dev.mentoring.core.program.ProgramId;
import java.time.Instant;
import java.util.List;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * Meetings of pairs: scheduled or logged, moved, held, missed or cancelled, with notes and ratings.
 * Obtain it from {@link Mentoring#meetings()}. Thread-safe.
 *
 * <p>Only the pair's mentor and mentee change a pair's meetings; either side may do anything to
 * them, but private notes are each author's own. Reads return views:
 *
 * <ul>
 *   <li>a pair member sees their own private note and their own rating, never the other side's;
 *   <li>an administrator of the program sees neither private nor shared notes, but both ratings,
 *       which tell how the pair is doing;
 *   <li>the system sees everything but private notes.
 * </ul>
 *
 * <p>A private note is never part of an event, a notification, an administrator's or the system's
 * view, or another person's data export. Writing one publishes no event, so that not even its
 * existence reaches the other side.
 *
 * <p>New meetings are planned for ACTIVE pairs only: an accepted pair becomes active when its
 * program runs, and a paused pair plans again once resumed. Meetings already planned may be held,
 * missed, cancelled, annotated and rated whatever the pair's state. A meeting scheduled or moved by
 * one side, or cancelled, is notified to the other side.
 *
 * <p>Every method throws {@link NullPointerException} for a null argument (unless documented as
 * nullable), {@link NotFoundException} for an unknown pair, meeting, series or program and {@link
 * AccessDeniedException} for an actor without the right. Checks run in this order: existence,
 * access, input, state. A refused call changes nothing and delivers nothing.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public interface MeetingService {

  /**
   * Schedules a meeting of an active pair, organised by the actor.
   *
   * @param actor the pair's mentor or mentee
   * @param pairId the pair
   * @param plan the meeting; its start must be in the future
   * @return the stored meeting, as the actor sees it
   * @throws InvalidInputException if the plan breaks a rule, or the pair is not ACTIVE (rule {@code
   *     PairStatus} on {@code pairId})
   */
  Meeting schedule(Actor actor, PairId pairId, MeetingPlan plan);

  /**
   * Schedules a series of meetings of an active pair, sharing one {@link MeetingSeriesId}; the
   * plan's start is the first meeting's. See {@link Recurrence} for how the starts are computed.
   *
   * @param actor the pair's mentor or mentee
   * @param pairId the pair
   * @param plan the first meeting; its start must be in the future
   * @param recurrence how the meeting repeats
   * @return the stored meetings in order of start, as the actor sees them
   * @throws InvalidInputException if the plan or recurrence breaks a rule, or the pair is not
   *     ACTIVE
   */
  List<Meeting> scheduleSeries(Actor actor, PairId pairId, MeetingPlan plan, Recurrence recurrence);

  /**
   * Records a meeting that already took place, as HELD. The pair must have started, and the meeting
   * must have ended by now and have started while the pair ran (at or after it started, before it
   * ended).
   *
   * @param actor the pair's mentor or mentee
   * @param pairId the pair
   * @param plan the meeting as it took place
   * @return the stored meeting, as the actor sees it
   * @throws InvalidInputException if the plan breaks a rule (rules {@code Ended} and {@code
   *     DuringPair} on {@code start}), or the pair never started (rule {@code PairStatus})
   */
  Meeting log(Actor actor, PairId pairId, MeetingPlan plan);

  /**
   * Moves a scheduled meeting of an active pair to another start; the duration stays. Moving it to
   * its current start changes nothing.
   *
   * @param actor the pair's mentor or mentee
   * @param id the meeting
   * @param start the new start, in the future
   * @return the stored meeting, as the actor sees it
   * @throws InvalidInputException if the start is not in the future or the pair is not ACTIVE
   * @throws IllegalTransitionException if the meeting is not SCHEDULED
   */
  Meeting reschedule(Actor actor, MeetingId id, Instant start);

  /**
   * Records that a scheduled meeting took place: SCHEDULED → HELD, from its start on.
   *
   * @param actor the pair's mentor or mentee
   * @param id the meeting
   * @return the stored meeting, as the actor sees it
   * @throws InvalidInputException if the meeting has not started (rule {@code Started})
   * @throws IllegalTransitionException if the meeting is not SCHEDULED
   */
  Meeting markHeld(Actor actor, MeetingId id);

  /**
   * Records that a side did not come to a scheduled meeting: SCHEDULED → NO_SHOW, from its start
   * on.
   *
   * @param actor the pair's mentor or mentee
   * @param id the meeting
   * @return the stored meeting, as the actor sees it
   * @throws InvalidInputException if the meeting has not started (rule {@code Started})
   * @throws IllegalTransitionException if the meeting is not SCHEDULED
   */
  Meeting markNoShow(Actor actor, MeetingId id);

  /**
   * Calls a scheduled meeting off: SCHEDULED → CANCELLED.
   *
   * @param actor the pair's mentor or mentee
   * @param id the meeting
   * @param reason why, visible to both sides, at most 2,000 characters, or {@code null}
   * @return the stored meeting, as the actor sees it
   * @throws InvalidInputException if the reason is too long
   * @throws IllegalTransitionException if the meeting is not SCHEDULED
   */
  Meeting cancel(Actor actor, MeetingId id, @Nullable String reason);

  /**
   * Calls off every meeting of a series that is SCHEDULED and has not started yet.
   *
   * @param actor the pair's mentor or mentee
   * @param seriesId the series
   * @param reason why, visible to both sides, at most 2,000 characters, or {@code null}
   * @return the cancelled meetings in order of start, as the actor sees them; empty if none was
   *     left to cancel
   * @throws InvalidInputException if the reason is too long
   */
  List<Meeting> cancelSeries(Actor actor, MeetingSeriesId seriesId, @Nullable String reason);

  /**
   * Replaces the notes both sides see, in any state.
   *
   * @param actor the pair's mentor or mentee
   * @param id the meeting
   * @param text the notes, at most 20,000 characters, possibly empty
   * @return the stored meeting, as the actor sees it
   * @throws InvalidInputException if the text is too long
   */
  Meeting updateSharedNotes(Actor actor, MeetingId id, String text);

  /**
   * Replaces the actor's own private note, in any state; an empty text deletes it.
   *
   * @param actor the pair's mentor or mentee, the note's author
   * @param id the meeting
   * @param text the note, at most 20,000 characters, or an empty string
   * @return the stored meeting, as the actor sees it
   * @throws InvalidInputException if the text is too long
   */
  Meeting writePrivateNote(Actor actor, MeetingId id, String text);

  /**
   * Records or changes the actor's rating of a held meeting; each side has one rating.
   *
   * @param actor the pair's mentor or mentee
   * @param id the meeting
   * @param rating the rating, 1 to 5
   * @return the stored meeting, as the actor sees it
   * @throws InvalidInputException if the rating is outside 1 to 5 (rules {@code Min}, {@code Max})
   * @throws IllegalTransitionException if the meeting is not HELD (reported with {@code to} HELD)
   */
  Meeting rate(Actor actor, MeetingId id, int rating);

  /**
   * Returns a meeting as the actor may see it.
   *
   * @param actor the pair's mentor or mentee, an administrator of the program, or the system
   * @param id the meeting
   * @return the view
   */
  Meeting get(Actor actor, MeetingId id);

  /**
   * Returns a pair's meetings, ordered by start, as the actor may see them.
   *
   * @param actor the pair's mentor or mentee, an administrator of the program, or the system
   * @param pairId the pair
   * @return the views
   */
  List<Meeting> forPair(Actor actor, PairId pairId);

  /**
   * Returns a program's meetings, ordered by start, as the actor may see them.
   *
   * @param actor an administrator of the program or the system
   * @param programId the program
   * @return the views
   */
  List<Meeting> forProgram(Actor actor, ProgramId programId);
}
