package dev.mentoring.core.meeting;

import static java.util.Objects.requireNonNull;

import dev.mentoring.core.IllegalTransitionException;
import dev.mentoring.core.ParticipantId;
import dev.mentoring.core.internal.Transitions;
import dev.mentoring.core.pairing.PairId;
import dev.mentoring.core.program.ProgramId;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * A meeting of a pair. Immutable; the verbs return a changed copy and throw {@link
 * IllegalTransitionException} when the lifecycle forbids the move.
 *
 * <p>A meeting carries what a calendar event needs: a stable {@link #id()}, the {@link #start()},
 * {@link #duration()} and the organiser's {@link #timeZone()}, {@link #title()}, {@link #agenda()},
 * {@link #location()}, the {@link #status()}, the {@link #version()} (which only grows, so it
 * serves as the event's sequence number) and the creation and update instants.
 *
 * <p>Private notes are kept per author and are for the author alone; ratings are kept per side.
 * {@link #visibleTo(ParticipantId)}, {@link #withoutPrivateNotes()} and {@link #withoutNotes()}
 * return the views that the engine hands to a pair member, the system and an administrator.
 *
 * @param id the meeting's id
 * @param version the store's version, 0 before first insert
 * @param programId the pair's program
 * @param pairId the pair that meets
 * @param seriesId the series the meeting belongs to, or {@code null} for a single meeting
 * @param organizerId who scheduled or logged it
 * @param start when it starts
 * @param duration how long it lasts, positive
 * @param timeZone the organiser's time zone
 * @param mode how the pair meets
 * @param title what the meeting is called; empty only after erasure
 * @param agenda what the pair means to talk about, possibly empty
 * @param location a place or a link, or {@code null}
 * @param sharedNotes notes both sides see, possibly empty
 * @param privateNotes each author's own notes, never empty strings
 * @param ratings each side's rating, 1 to 5, given once the meeting was held
 * @param status the lifecycle state
 * @param cancellationReason why it was cancelled, or {@code null}; only a CANCELLED meeting has one
 * @param createdAt when it was scheduled or logged
 * @param updatedAt when it last changed
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record Meeting(
    MeetingId id,
    long version,
    ProgramId programId,
    PairId pairId,
    @Nullable MeetingSeriesId seriesId,
    ParticipantId organizerId,
    Instant start,
    Duration duration,
    ZoneId timeZone,
    MeetingMode mode,
    String title,
    String agenda,
    @Nullable String location,
    String sharedNotes,
    Map<ParticipantId, String> privateNotes,
    Map<ParticipantId, Integer> ratings,
    MeetingStatus status,
    @Nullable String cancellationReason,
    Instant createdAt,
    Instant updatedAt) {

  /** The lowest rating. */
  public static final int MIN_RATING = 1;

  /** The highest rating. */
  public static final int MAX_RATING = 5;

  /**
   * Checks the components and copies the maps.
   *
   * @param id the meeting's id
   * @param version the store's version, 0 before first insert
   * @param programId the pair's program
   * @param pairId the pair that meets
   * @param seriesId the series the meeting belongs to, or {@code null} for a single meeting
   * @param organizerId who scheduled or logged it
   * @param start when it starts
   * @param duration how long it lasts, positive
   * @param timeZone the organiser's time zone
   * @param mode how the pair meets
   * @param title what the meeting is called; empty only after erasure
   * @param agenda what the pair means to talk about, possibly empty
   * @param location a place or a link, or {@code null}
   * @param sharedNotes notes both sides see, possibly empty
   * @param privateNotes each author's own notes, never empty strings
   * @param ratings each side's rating, 1 to 5, given once the meeting was held
   * @param status the lifecycle state
   * @param cancellationReason why it was cancelled, or {@code null}; only a CANCELLED meeting has
   *     one
   * @param createdAt when it was scheduled or logged
   * @param updatedAt when it last changed
   * @throws NullPointerException if a non-nullable component or a map key or value is null
   * @throws IllegalArgumentException if {@code version} is negative, {@code duration} is not
   *     positive, a private note is empty, a rating is outside 1 to 5, or {@code
   *     cancellationReason} is set on a meeting that is not CANCELLED
   */
  public Meeting {
    requireNonNull(id, "id");
    if (version < 0) {
      throw new IllegalArgumentException("version is negative: " + version);
    }
    requireNonNull(programId, "programId");
    requireNonNull(pairId, "pairId");
    requireNonNull(organizerId, "organizerId");
    requireNonNull(start, "start");
    requireNonNull(duration, "duration");
    if (duration.isNegative() || duration.isZero()) {
      throw new IllegalArgumentException("duration is not positive: " + duration);
    }
    requireNonNull(timeZone, "timeZone");
    requireNonNull(mode, "mode");
    requireNonNull(title, "title");
    requireNonNull(agenda, "agenda");
    requireNonNull(sharedNotes, "sharedNotes");
    privateNotes = Map.copyOf(privateNotes);
    privateNotes.forEach(
        (author, note) -> {
          if (note.isEmpty()) {
            throw new IllegalArgumentException("the private note of " + author + " is empty");
          }
        });
    ratings = Map.copyOf(ratings);
    ratings.forEach((rater, rating) -> checkRating(rating));
    requireNonNull(status, "status");
    if (cancellationReason != null && status != MeetingStatus.CANCELLED) {
      throw new IllegalArgumentException(
          "only a CANCELLED meeting has a reason; status is " + status);
    }
    requireNonNull(createdAt, "createdAt");
    requireNonNull(updatedAt, "updatedAt");
  }

  private static int checkRating(int rating) {
    if (rating < MIN_RATING || rating > MAX_RATING) {
      throw new IllegalArgumentException(
          "rating is outside " + MIN_RATING + " to " + MAX_RATING + ": " + rating);
    }
    return rating;
  }

  /**
   * Returns a new SCHEDULED meeting following a plan. The caller has checked the plan.
   *
   * @param id the meeting's id
   * @param programId the pair's program
   * @param pairId the pair
   * @param seriesId the series, or {@code null}
   * @param organizerId who schedules it
   * @param plan when, how and about what
   * @param at when it is scheduled
   * @return the meeting, with version 0
   */
  public static Meeting schedule(
      MeetingId id,
      ProgramId programId,
      PairId pairId,
      @Nullable MeetingSeriesId seriesId,
      ParticipantId organizerId,
      MeetingPlan plan,
      Instant at) {
    return create(id, programId, pairId, seriesId, organizerId, plan, MeetingStatus.SCHEDULED, at);
  }

  /**
   * Returns a new HELD meeting that took place as planned; for meetings recorded after the fact.
   * The caller has checked the plan.
   *
   * @param id the meeting's id
   * @param programId the pair's program
   * @param pairId the pair
   * @param organizerId who records it
   * @param plan when, how and about what
   * @param at when it is recorded
   * @return the meeting, with version 0
   */
  public static Meeting logged(
      MeetingId id,
      ProgramId programId,
      PairId pairId,
      ParticipantId organizerId,
      MeetingPlan plan,
      Instant at) {
    return create(id, programId, pairId, null, organizerId, plan, MeetingStatus.HELD, at);
  }

  private static Meeting create(
      MeetingId id,
      ProgramId programId,
      PairId pairId,
      @Nullable MeetingSeriesId seriesId,
      ParticipantId organizerId,
      MeetingPlan plan,
      MeetingStatus status,
      Instant at) {
    return new Meeting(
        id,
        0,
        programId,
        pairId,
        seriesId,
        organizerId,
        plan.start(),
        plan.duration(),
        plan.timeZone(),
        plan.mode(),
        plan.title(),
        plan.agenda(),
        plan.location(),
        "",
        Map.of(),
        Map.of(),
        status,
        null,
        at,
        at);
  }

  /**
   * Returns when the meeting ends.
   *
   * @return {@code start + duration}
   */
  public Instant end() {
    return start.plus(duration);
  }

  /**
   * Returns this meeting with a stored version; for store implementations.
   *
   * @param newVersion the version
   * @return the copy
   */
  public Meeting withVersion(long newVersion) {
    return new Meeting(
        id,
        newVersion,
        programId,
        pairId,
        seriesId,
        organizerId,
        start,
        duration,
        timeZone,
        mode,
        title,
        agenda,
        location,
        sharedNotes,
        privateNotes,
        ratings,
        status,
        cancellationReason,
        createdAt,
        updatedAt);
  }

  // -------------------------------------------------------------------- lifecycle

  /**
   * Moves a scheduled meeting to another start; the duration stays. Moving it to its current start
   * changes nothing.
   *
   * @param newStart the new start
   * @param at when
   * @return the moved meeting, or this meeting if the start is unchanged
   * @throws IllegalTransitionException if the meeting is not SCHEDULED (reported as a move to
   *     SCHEDULED)
   */
  public Meeting reschedule(Instant newStart, Instant at) {
    requireNonNull(newStart, "newStart");
    requireNonNull(at, "at");
    requireStatus(MeetingStatus.SCHEDULED);
    if (newStart.equals(start)) {
      return this;
    }
    return with(newStart, status, sharedNotes, privateNotes, ratings, cancellationReason, at);
  }

  /**
   * Records that the meeting took place: SCHEDULED → HELD.
   *
   * @param at when
   * @return the moved meeting
   * @throws IllegalTransitionException if the meeting is not SCHEDULED
   */
  public Meeting markHeld(Instant at) {
    return move(MeetingStatus.HELD, null, at);
  }

  /**
   * Records that a side did not come: SCHEDULED → NO_SHOW.
   *
   * @param at when
   * @return the moved meeting
   * @throws IllegalTransitionException if the meeting is not SCHEDULED
   */
  public Meeting markNoShow(Instant at) {
    return move(MeetingStatus.NO_SHOW, null, at);
  }

  /**
   * Calls the meeting off: SCHEDULED → CANCELLED.
   *
   * @param reason why, or {@code null}
   * @param at when
   * @return the moved meeting
   * @throws IllegalTransitionException if the meeting is not SCHEDULED
   */
  public Meeting cancel(@Nullable String reason, Instant at) {
    return move(MeetingStatus.CANCELLED, reason, at);
  }

  private Meeting move(MeetingStatus next, @Nullable String reason, Instant at) {
    requireNonNull(at, "at");
    Transitions.MEETING.check(id, status, next);
    return with(start, next, sharedNotes, privateNotes, ratings, reason, at);
  }

  private void requireStatus(MeetingStatus required) {
    if (status != required) {
      throw new IllegalTransitionException(id, status, required);
    }
  }

  // ---------------------------------------------------------------------- content

  /**
   * Replaces the shared notes, in any state. Writing the current text changes nothing.
   *
   * @param text the notes, possibly empty
   * @param at when
   * @return the changed meeting, or this meeting if the text is unchanged
   */
  public Meeting withSharedNotes(String text, Instant at) {
    requireNonNull(text, "text");
    requireNonNull(at, "at");
    if (text.equals(sharedNotes)) {
      return this;
    }
    return with(start, status, text, privateNotes, ratings, cancellationReason, at);
  }

  /**
   * Replaces an author's private note, in any state; an empty text deletes it. Writing the current
   * text changes nothing.
   *
   * @param author whose note it is
   * @param text the note, or an empty string to delete it
   * @param at when
   * @return the changed meeting, or this meeting if the note is unchanged
   */
  public Meeting withPrivateNote(ParticipantId author, String text, Instant at) {
    requireNonNull(author, "author");
    requireNonNull(text, "text");
    requireNonNull(at, "at");
    if (text.equals(privateNotes.getOrDefault(author, ""))) {
      return this;
    }
    Map<ParticipantId, String> notes = new HashMap<>(privateNotes);
    if (text.isEmpty()) {
      notes.remove(author);
    } else {
      notes.put(author, text);
    }
    return with(start, status, sharedNotes, notes, ratings, cancellationReason, at);
  }

  /**
   * Records or changes a side's rating of a held meeting. Giving the current rating changes
   * nothing.
   *
   * @param rater who rates
   * @param rating the rating, 1 to 5
   * @param at when
   * @return the changed meeting, or this meeting if the rating is unchanged
   * @throws IllegalTransitionException if the meeting is not HELD (reported as a move to HELD)
   * @throws IllegalArgumentException if {@code rating} is outside 1 to 5
   */
  public Meeting rate(ParticipantId rater, int rating, Instant at) {
    requireNonNull(rater, "rater");
    requireNonNull(at, "at");
    requireStatus(MeetingStatus.HELD);
    checkRating(rating);
    if (Objects.equals(ratings.get(rater), rating)) {
      return this;
    }
    Map<ParticipantId, Integer> given = new HashMap<>(ratings);
    given.put(rater, rating);
    return with(start, status, sharedNotes, privateNotes, given, cancellationReason, at);
  }

  // ------------------------------------------------------------------------ views

  /**
   * Returns this meeting as a pair member sees it: with their own private note and their own rating
   * only.
   *
   * @param viewer the pair member
   * @return the view
   */
  public Meeting visibleTo(ParticipantId viewer) {
    requireNonNull(viewer, "viewer");
    return view(only(privateNotes, viewer), only(ratings, viewer), sharedNotes);
  }

  /**
   * Returns this meeting as the system sees it: without private notes.
   *
   * @return the view
   */
  public Meeting withoutPrivateNotes() {
    return view(Map.of(), ratings, sharedNotes);
  }

  /**
   * Returns this meeting as a program administrator sees it: without private or shared notes, with
   * the ratings.
   *
   * @return the view
   */
  public Meeting withoutNotes() {
    return view(Map.of(), ratings, "");
  }

  private Meeting view(
      Map<ParticipantId, String> notes, Map<ParticipantId, Integer> given, String shared) {
    if (notes.equals(privateNotes) && given.equals(ratings) && shared.equals(sharedNotes)) {
      return this;
    }
    return with(start, status, shared, notes, given, cancellationReason, updatedAt);
  }

  private static <V> Map<ParticipantId, V> only(Map<ParticipantId, V> map, ParticipantId key) {
    V value = map.get(key);
    return value == null ? Map.of() : Map.of(key, value);
  }

  // ---------------------------------------------------------------------- privacy

  /**
   * Returns this meeting with a person replaced by a pseudonym and the text they wrote or co-wrote
   * removed; used when erasing personal data of a member of the meeting's pair. Their private note
   * is deleted, their rating kept under the pseudonym, the shared notes and cancellation reason are
   * emptied, and if they organised the meeting, the title, agenda and location are removed too.
   * Times, mode, status and the other side's private note and rating stay.
   *
   * @param person the person to replace, a member of the pair
   * @param pseudonym the replacement key
   * @param at when
   * @return the copy
   */
  public Meeting erase(ParticipantId person, ParticipantId pseudonym, Instant at) {
    requireNonNull(person, "person");
    requireNonNull(pseudonym, "pseudonym");
    requireNonNull(at, "at");
    Map<ParticipantId, String> notes = new HashMap<>(privateNotes);
    notes.remove(person);
    Map<ParticipantId, Integer> given = new HashMap<>(ratings);
    Integer rating = given.remove(person);
    if (rating != null) {
      given.put(pseudonym, rating);
    }
    boolean organizer = organizerId.equals(person);
    return new Meeting(
        id,
        version,
        programId,
        pairId,
        seriesId,
        organizer ? pseudonym : organizerId,
        start,
        duration,
        timeZone,
        mode,
        organizer ? "" : title,
        organizer ? "" : agenda,
        organizer ? null : location,
        "",
        notes,
        given,
        status,
        null,
        createdAt,
        at);
  }

  /** This meeting with its changeable fields replaced. */
  private Meeting with(
      Instant newStart,
      MeetingStatus newStatus,
      String newSharedNotes,
      Map<ParticipantId, String> newPrivateNotes,
      Map<ParticipantId, Integer> newRatings,
      @Nullable String newCancellationReason,
      Instant newUpdatedAt) {
    return new Meeting(
        id,
        version,
        programId,
        pairId,
        seriesId,
        organizerId,
        newStart,
        duration,
        timeZone,
        mode,
        title,
        agenda,
        location,
        newSharedNotes,
        newPrivateNotes,
        newRatings,
        newStatus,
        newCancellationReason,
        createdAt,
        newUpdatedAt);
  }
}
