package dev.mentoring.core.internal;

import static java.util.Objects.requireNonNull;

import dev.mentoring.core.AccessDeniedException;
import dev.mentoring.core.Actor;
import dev.mentoring.core.MeetingService;
import dev.mentoring.core.NotFoundException;
import dev.mentoring.core.ParticipantId;
import dev.mentoring.core.event.MeetingLogged;
import dev.mentoring.core.event.MeetingNotesUpdated;
import dev.mentoring.core.event.MeetingRated;
import dev.mentoring.core.event.MeetingRescheduled;
import dev.mentoring.core.event.MeetingScheduled;
import dev.mentoring.core.event.MeetingStatusChanged;
import dev.mentoring.core.meeting.Meeting;
import dev.mentoring.core.meeting.MeetingId;
import dev.mentoring.core.meeting.MeetingPlan;
import dev.mentoring.core.meeting.MeetingSeriesId;
import dev.mentoring.core.meeting.MeetingStatus;
import dev.mentoring.core.meeting.Recurrence;
import dev.mentoring.core.notification.MeetingCancelled;
import dev.mentoring.core.notification.MeetingInvitation;
import dev.mentoring.core.notification.MeetingMoved;
import dev.mentoring.core.pairing.Pair;
import dev.mentoring.core.pairing.PairId;
import dev.mentoring.core.program.Program;
import dev.mentoring.core.program.ProgramId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import org.jspecify.annotations.Nullable;

/** Meetings of pairs, their lifecycle, notes and ratings. */
public final class DefaultMeetingService implements MeetingService {
  private final Engine engine;

  /**
   * Creates the service.
   *
   * @param engine the shared engine
   */
  public DefaultMeetingService(Engine engine) {
    this.engine = engine;
  }

  // ---------------------------------------------------------------------- planning

  @Override
  public Meeting schedule(Actor actor, PairId pairId, MeetingPlan plan) {
    requireNonNull(actor, "actor");
    requireNonNull(pairId, "pairId");
    requireNonNull(plan, "plan");
    return engine.write(
        op -> {
          Pair pair = Load.pair(op, pairId);
          ParticipantId organizer =
              Access.requireMember(actor, pair, "schedule a meeting for pair " + pairId);
          InputCheck.Violations v = engine.input.validate(plan, "");
          ActivityInput.checkFuture(plan.start(), op.now, v);
          ActivityInput.checkMeetingPair(pair, v);
          v.throwIfAny();
          return scheduled(op, pair, organizer, plan, null).visibleTo(organizer);
        });
  }

  @Override
  public List<Meeting> scheduleSeries(
      Actor actor, PairId pairId, MeetingPlan plan, Recurrence recurrence) {
    requireNonNull(actor, "actor");
    requireNonNull(pairId, "pairId");
    requireNonNull(plan, "plan");
    requireNonNull(recurrence, "recurrence");
    return engine.write(
        op -> {
          Pair pair = Load.pair(op, pairId);
          ParticipantId organizer =
              Access.requireMember(actor, pair, "schedule meetings for pair " + pairId);
          InputCheck.Violations v = engine.input.validate(plan, "");
          v.addAll(engine.input.validate(recurrence, "recurrence"));
          ActivityInput.checkFuture(plan.start(), op.now, v);
          ActivityInput.checkMeetingPair(pair, v);
          v.throwIfAny();
          MeetingSeriesId seriesId = MeetingSeriesId.random();
          List<Meeting> series = new ArrayList<>();
          for (Instant start : recurrence.occurrences(plan.start(), plan.timeZone())) {
            series.add(
                scheduled(op, pair, organizer, plan.withStart(start), seriesId)
                    .visibleTo(organizer));
          }
          return List.copyOf(series);
        });
  }

  /** Stores a new scheduled meeting, publishes it and invites the other side. */
  private static Meeting scheduled(
      Op op,
      Pair pair,
      ParticipantId organizer,
      MeetingPlan plan,
      @Nullable MeetingSeriesId seriesId) {
    Meeting stored =
        op.tx
            .meetings()
            .insert(
                Meeting.schedule(
                    MeetingId.random(),
                    pair.programId(),
                    pair.id(),
                    seriesId,
                    organizer,
                    plan,
                    op.now));
    op.publish(
        new MeetingScheduled(
            stored.id(), stored.programId(), pair.id(), seriesId, stored.start(), op.now));
    op.notify(
        new MeetingInvitation(
            otherSide(pair, organizer),
            stored.programId(),
            pair.id(),
            stored.id(),
            seriesId,
            stored.start(),
            op.now));
    return stored;
  }

  @Override
  public Meeting log(Actor actor, PairId pairId, MeetingPlan plan) {
    requireNonNull(actor, "actor");
    requireNonNull(pairId, "pairId");
    requireNonNull(plan, "plan");
    return engine.write(
        op -> {
          Pair pair = Load.pair(op, pairId);
          ParticipantId organizer =
              Access.requireMember(actor, pair, "log a meeting of pair " + pairId);
          InputCheck.Violations v = engine.input.validate(plan, "");
          ActivityInput.checkLogged(pair, plan.start(), plan.end(), op.now, v);
          v.throwIfAny();
          Meeting stored =
              op.tx
                  .meetings()
                  .insert(
                      Meeting.logged(
                          MeetingId.random(), pair.programId(), pairId, organizer, plan, op.now));
          op.publish(
              new MeetingLogged(stored.id(), stored.programId(), pairId, stored.start(), op.now));
          return stored.visibleTo(organizer);
        });
  }

  @Override
  public Meeting reschedule(Actor actor, MeetingId id, Instant start) {
    requireNonNull(start, "start");
    return change(
        actor,
        id,
        "reschedule",
        (op, pair, meeting, member) -> {
          InputCheck.Violations v = new InputCheck.Violations();
          ActivityInput.checkFuture(start, op.now, v);
          ActivityInput.checkMeetingPair(pair, v);
          v.throwIfAny();
          Meeting moved = meeting.reschedule(start, op.now);
          if (moved.equals(meeting)) {
            return meeting;
          }
          Meeting stored = op.tx.meetings().update(moved);
          op.publish(
              new MeetingRescheduled(
                  id, meeting.programId(), pair.id(), meeting.start(), start, op.now));
          op.notify(
              new MeetingMoved(
                  otherSide(pair, member),
                  meeting.programId(),
                  pair.id(),
                  id,
                  meeting.start(),
                  start,
                  op.now));
          return stored;
        });
  }

  // --------------------------------------------------------------------- lifecycle

  @Override
  public Meeting markHeld(Actor actor, MeetingId id) {
    return mark(actor, id, "mark held", Meeting::markHeld);
  }

  @Override
  public Meeting markNoShow(Actor actor, MeetingId id) {
    return mark(actor, id, "mark missed", Meeting::markNoShow);
  }

  private Meeting mark(
      Actor actor, MeetingId id, String action, BiFunction<Meeting, Instant, Meeting> verb) {
    return change(
        actor,
        id,
        action,
        (op, pair, meeting, member) -> {
          InputCheck.Violations v = new InputCheck.Violations();
          ActivityInput.checkStarted(meeting, op.now, v);
          v.throwIfAny();
          return moved(op, meeting, verb.apply(meeting, op.now));
        });
  }

  @Override
  public Meeting cancel(Actor actor, MeetingId id, @Nullable String reason) {
    return change(
        actor,
        id,
        "cancel",
        (op, pair, meeting, member) -> {
          InputCheck.Violations v = new InputCheck.Violations();
          ActivityInput.checkText("reason", reason, ActivityInput.MAX_NOTE, false, v);
          v.throwIfAny();
          return cancelled(op, pair, member, meeting, reason);
        });
  }

  @Override
  public List<Meeting> cancelSeries(
      Actor actor, MeetingSeriesId seriesId, @Nullable String reason) {
    requireNonNull(actor, "actor");
    requireNonNull(seriesId, "seriesId");
    return engine.write(
        op -> {
          List<Meeting> series = op.tx.meetings().findBySeries(seriesId);
          if (series.isEmpty()) {
            throw new NotFoundException("meeting series", seriesId);
          }
          Pair pair = Load.pair(op, series.get(0).pairId());
          ParticipantId member =
              Access.requireMember(actor, pair, "cancel meeting series " + seriesId);
          InputCheck.Violations v = new InputCheck.Violations();
          ActivityInput.checkText("reason", reason, ActivityInput.MAX_NOTE, false, v);
          v.throwIfAny();
          List<Meeting> cancelled = new ArrayList<>();
          for (Meeting m : series) {
            if (m.status() == MeetingStatus.SCHEDULED && m.start().isAfter(op.now)) {
              cancelled.add(cancelled(op, pair, member, m, reason).visibleTo(member));
            }
          }
          return List.copyOf(cancelled);
        });
  }

  /** Cancels a meeting, stores it, publishes the change and tells the other side. */
  private static Meeting cancelled(
      Op op, Pair pair, ParticipantId member, Meeting meeting, @Nullable String reason) {
    Meeting stored = moved(op, meeting, meeting.cancel(reason, op.now));
    op.notify(
        new MeetingCancelled(
            otherSide(pair, member),
            stored.programId(),
            pair.id(),
            stored.id(),
            stored.start(),
            op.now));
    return stored;
  }

  /** Stores a meeting that changed state and publishes the change. */
  static Meeting moved(Op op, Meeting before, Meeting after) {
    Meeting stored = op.tx.meetings().update(after);
    op.publish(
        new MeetingStatusChanged(
            stored.id(),
            stored.programId(),
            stored.pairId(),
            before.status(),
            stored.status(),
            op.now));
    return stored;
  }

  // ----------------------------------------------------------------------- content

  @Override
  public Meeting updateSharedNotes(Actor actor, MeetingId id, String text) {
    requireNonNull(text, "text");
    return change(
        actor,
        id,
        "update the notes of",
        (op, pair, meeting, member) -> {
          InputCheck.Violations v = new InputCheck.Violations();
          ActivityInput.checkText("text", text, ActivityInput.MAX_MEETING_NOTES, false, v);
          v.throwIfAny();
          Meeting changed = meeting.withSharedNotes(text, op.now);
          if (changed.equals(meeting)) {
            return meeting;
          }
          Meeting stored = op.tx.meetings().update(changed);
          op.publish(new MeetingNotesUpdated(id, meeting.programId(), pair.id(), op.now));
          return stored;
        });
  }

  @Override
  public Meeting writePrivateNote(Actor actor, MeetingId id, String text) {
    requireNonNull(text, "text");
    return change(
        actor,
        id,
        "write a private note on",
        (op, pair, meeting, member) -> {
          InputCheck.Violations v = new InputCheck.Violations();
          ActivityInput.checkText("text", text, ActivityInput.MAX_MEETING_NOTES, false, v);
          v.throwIfAny();
          Meeting changed = meeting.withPrivateNote(member, text, op.now);
          // No event: not even the existence of a private note may reach anyone but its author.
          return changed.equals(meeting) ? meeting : op.tx.meetings().update(changed);
        });
  }

  @Override
  public Meeting rate(Actor actor, MeetingId id, int rating) {
    return change(
        actor,
        id,
        "rate",
        (op, pair, meeting, member) -> {
          InputCheck.Violations v = new InputCheck.Violations();
          ActivityInput.checkRange("rating", rating, Meeting.MIN_RATING, Meeting.MAX_RATING, v);
          v.throwIfAny();
          Meeting rated = meeting.rate(member, rating, op.now);
          if (rated.equals(meeting)) {
            return meeting;
          }
          Meeting stored = op.tx.meetings().update(rated);
          op.publish(new MeetingRated(id, meeting.programId(), pair.id(), member, rating, op.now));
          return stored;
        });
  }

  /** A change of a meeting by a member of its pair; returns the meeting as stored. */
  @FunctionalInterface
  private interface Change {
    Meeting apply(Op op, Pair pair, Meeting meeting, ParticipantId member);
  }

  /** Runs a change of a meeting by a member of its pair; returns it as the member sees it. */
  private Meeting change(Actor actor, MeetingId id, String action, Change change) {
    requireNonNull(actor, "actor");
    requireNonNull(id, "id");
    return engine.write(
        op -> {
          Meeting meeting = Load.meeting(op, id);
          Pair pair = Load.pair(op, meeting.pairId());
          ParticipantId member = Access.requireMember(actor, pair, action + " meeting " + id);
          return change.apply(op, pair, meeting, member).visibleTo(member);
        });
  }

  /** The member of the pair who is not {@code member}. */
  private static ParticipantId otherSide(Pair pair, ParticipantId member) {
    return pair.mentorId().equals(member) ? pair.menteeId() : pair.mentorId();
  }

  // ------------------------------------------------------------------------- reads

  @Override
  public Meeting get(Actor actor, MeetingId id) {
    requireNonNull(actor, "actor");
    requireNonNull(id, "id");
    return engine.write(
        op -> {
          Meeting meeting = Load.meeting(op, id);
          Pair pair = Load.pair(op, meeting.pairId());
          return view(op, actor, pair, "read meeting " + id).apply(meeting);
        });
  }

  @Override
  public List<Meeting> forPair(Actor actor, PairId pairId) {
    requireNonNull(actor, "actor");
    requireNonNull(pairId, "pairId");
    return engine.write(
        op -> {
          Pair pair = Load.pair(op, pairId);
          View view = view(op, actor, pair, "read the meetings of pair " + pairId);
          return op.tx.meetings().findByPair(pairId).stream().map(view::apply).toList();
        });
  }

  @Override
  public List<Meeting> forProgram(Actor actor, ProgramId programId) {
    requireNonNull(actor, "actor");
    requireNonNull(programId, "programId");
    return engine.write(
        op -> {
          Program program = Load.program(op, programId);
          Access.requireAdmin(actor, program, "read the meetings");
          View view = adminView(actor);
          return op.tx.meetings().findByProgram(programId).stream().map(view::apply).toList();
        });
  }

  /** How one reader sees meetings. */
  @FunctionalInterface
  private interface View {
    Meeting apply(Meeting meeting);
  }

  /** The view of a pair's meetings for a reader, or AccessDeniedException. */
  private static View view(Op op, Actor actor, Pair pair, String action) {
    ParticipantId member = Access.member(actor, pair);
    if (member != null) {
      return m -> m.visibleTo(member);
    }
    Program program = Load.program(op, pair.programId());
    if (!Access.isAdmin(actor, program)) {
      throw new AccessDeniedException(actor, action);
    }
    return adminView(actor);
  }

  /** The view of an administrator (no notes) or the system (no private notes). */
  private static View adminView(Actor actor) {
    return actor instanceof Actor.SystemActor
        ? Meeting::withoutPrivateNotes
        : Meeting::withoutNotes;
  }
}
