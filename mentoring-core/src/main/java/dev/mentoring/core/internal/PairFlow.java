package dev.mentoring.core.internal;

import dev.mentoring.core.CapacityExceededException;
import dev.mentoring.core.IllegalTransitionException;
import dev.mentoring.core.ParticipantId;
import dev.mentoring.core.enrollment.Enrollment;
import dev.mentoring.core.event.PairApproved;
import dev.mentoring.core.event.PairProposed;
import dev.mentoring.core.event.PairStatusChanged;
import dev.mentoring.core.meeting.Meeting;
import dev.mentoring.core.meeting.MeetingStatus;
import dev.mentoring.core.notification.MatchConfirmed;
import dev.mentoring.core.notification.MatchProposed;
import dev.mentoring.core.notification.MeetingCancelled;
import dev.mentoring.core.pairing.ExitReason;
import dev.mentoring.core.pairing.Explanation;
import dev.mentoring.core.pairing.Pair;
import dev.mentoring.core.pairing.PairExit;
import dev.mentoring.core.pairing.PairId;
import dev.mentoring.core.pairing.PairOrigin;
import dev.mentoring.core.pairing.PairStatus;
import dev.mentoring.core.program.ApprovalSide;
import dev.mentoring.core.program.Program;
import dev.mentoring.core.program.ProgramStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The pair lifecycle as the engine runs it: hard rules, proposal, approval, acceptance with the
 * capacity invariant, and the knock-on effects (expiring moot proposals, activation, events and
 * notifications). Every service that touches pairs goes through here.
 */
final class PairFlow {
  /** The reason recorded on meetings cancelled because their pair ended. */
  static final String PAIR_ENDED = "the mentoring relationship ended";

  private PairFlow() {}

  // ------------------------------------------------------------------ hard rules

  /**
   * Checks the hard rules for pairing a mentor with a mentee and reports each broken one.
   *
   * @param pairs the program's pairs
   */
  static void checkHardRules(
      Program program,
      Enrollment mentor,
      Enrollment mentee,
      List<Pair> pairs,
      InputCheck.Violations v) {
    ParticipantId mentorId = mentor.participantId();
    ParticipantId menteeId = mentee.participantId();
    if (mentorId.equals(menteeId)) {
      v.add("menteeId", "NotSelf", "a participant cannot mentor themselves", menteeId);
    }
    if (!mentor.isActive() || !mentor.role().mentors()) {
      v.add(
          "mentorId",
          "ApprovedMentor",
          "must have an approved mentor enrollment (is "
              + mentor.role()
              + ", "
              + mentor.status()
              + ")",
          mentorId);
    }
    if (!mentee.isActive() || !mentee.role().mentees()) {
      v.add(
          "menteeId",
          "ApprovedMentee",
          "must have an approved mentee enrollment (is "
              + mentee.role()
              + ", "
              + mentee.status()
              + ")",
          menteeId);
    }
    if (mentee.profile().reportsTo(mentorId) || mentor.profile().reportsTo(menteeId)) {
      v.add("mentorId", "ManagerChain", "mentor and mentee are in one manager chain", mentorId);
    }
    if (mentee.profile().exclusions().contains(mentorId)
        || mentor.profile().exclusions().contains(menteeId)) {
      v.add("mentorId", "Excluded", "one side excluded the other", mentorId);
    }
    for (Pair p : pairs) {
      if (!p.mentorId().equals(mentorId) || !p.menteeId().equals(menteeId)) {
        continue;
      }
      if (p.status() == PairStatus.PROPOSED || p.status().isCommitted()) {
        v.add("mentorId", "Duplicate", "the pair already exists as " + p.id(), mentorId);
      } else if (p.status().isEnded() && !program.matchingPolicy().allowRepeatPairs()) {
        v.add("mentorId", "NoRepeat", "the pair already ran as " + p.id(), mentorId);
      }
    }
  }

  /** Counts a participant's committed pairs on one side. */
  static int committed(List<Pair> pairs, ParticipantId participant, boolean asMentor) {
    int n = 0;
    for (Pair p : pairs) {
      if (p.status().isCommitted()
          && (asMentor ? p.mentorId() : p.menteeId()).equals(participant)) {
        n++;
      }
    }
    return n;
  }

  /** Fails if the mentor or mentee has no committed place left. */
  static void checkPlaces(Program program, Enrollment mentor, Enrollment mentee, List<Pair> pairs) {
    if (committed(pairs, mentor.participantId(), true) >= mentor.capacity()) {
      throw new CapacityExceededException(program.id(), mentor.participantId(), mentor.capacity());
    }
    int max = program.matchingPolicy().maxMentorsPerMentee();
    if (committed(pairs, mentee.participantId(), false) >= max) {
      throw new CapacityExceededException(program.id(), mentee.participantId(), max);
    }
  }

  // -------------------------------------------------------------------- proposal

  /**
   * Stores a new proposal, records the proposer's approval, and accepts it at once if nothing else
   * is required. The caller has checked the hard rules and places.
   */
  static Pair propose(
      Op op,
      Program program,
      Enrollment mentor,
      Enrollment mentee,
      PairOrigin origin,
      Explanation explanation,
      @Nullable ApprovalSide proposerSide) {
    Pair pair =
        Pair.propose(
            PairId.random(),
            program.id(),
            mentor.participantId(),
            mentee.participantId(),
            origin,
            explanation,
            program.matchingPolicy().approvals(),
            proposerSide == null ? Set.of() : Set.of(proposerSide),
            op.now,
            op.now.plus(program.matchingPolicy().requestExpiry()));
    Pair stored = op.tx.pairs().insert(pair);
    op.publish(
        new PairProposed(
            stored.id(),
            program.id(),
            stored.mentorId(),
            stored.menteeId(),
            origin,
            stored.score(),
            op.now));
    if (stored.pendingApprovals().isEmpty()) {
      return accept(op, program, stored, stored.confirm(op.now));
    }
    notifyPending(op, program, stored);
    return stored;
  }

  private static void notifyPending(Op op, Program program, Pair pair) {
    for (ApprovalSide side : pair.pendingApprovals()) {
      for (ParticipantId recipient : recipients(program, pair, side)) {
        op.notify(new MatchProposed(recipient, program.id(), pair.id(), op.now));
      }
    }
  }

  /** The people who answer for a side. */
  static List<ParticipantId> recipients(Program program, Pair pair, ApprovalSide side) {
    return switch (side) {
      case MENTOR -> List.of(pair.mentorId());
      case MENTEE -> List.of(pair.menteeId());
      case ADMIN -> program.admins().stream().sorted().toList();
    };
  }

  // ------------------------------------------------------------------ acceptance

  /** Records a side's approval; accepts the pair when it was the last one required. */
  static Pair approve(Op op, Program program, Pair pair, ApprovalSide side) {
    if (pair.status() == PairStatus.PROPOSED && !op.now.isBefore(pair.expiresAt())) {
      throw new IllegalTransitionException(pair.id(), PairStatus.EXPIRED, PairStatus.ACCEPTED);
    }
    if (pair.status() == PairStatus.PROPOSED && pair.approvals().contains(side)) {
      return pair;
    }
    Pair approved = pair.approve(side, op.now);
    if (approved.status() == PairStatus.ACCEPTED) {
      op.publish(new PairApproved(pair.id(), program.id(), side, op.now));
      return accept(op, program, pair, approved);
    }
    Pair stored = op.tx.pairs().update(approved);
    op.publish(new PairApproved(pair.id(), program.id(), side, op.now));
    return stored;
  }

  /**
   * Stores an acceptance after checking places, then expires moot proposals and activates the pair
   * in a running program.
   *
   * @param before the pair as stored
   * @param accepted the same pair moved to ACCEPTED
   */
  private static Pair accept(Op op, Program program, Pair before, Pair accepted) {
    if (!program.status().acceptsPairs()) {
      throw new IllegalTransitionException(program.id(), program.status(), ProgramStatus.RUNNING);
    }
    Enrollment mentor = Load.enrollment(op, program.id(), accepted.mentorId());
    Enrollment mentee = Load.enrollment(op, program.id(), accepted.menteeId());
    List<Pair> pairs = op.tx.pairs().findByProgram(program.id());
    checkPlaces(program, mentor, mentee, pairs);
    // Touching both enrollments makes concurrent acceptances for the same mentor or mentee
    // conflict on their versions in stores without serializable transactions. They are touched
    // before any pair is written, so that in a database with row locks competing acceptances queue
    // on the mentor's row instead of deadlocking over each other's pairs.
    op.tx.enrollments().update(mentor.touch(op.now));
    if (!mentee.id().equals(mentor.id())) {
      op.tx.enrollments().update(mentee.touch(op.now));
    }
    Pair stored = op.tx.pairs().update(accepted);
    op.publish(
        new PairStatusChanged(
            stored.id(), program.id(), before.status(), PairStatus.ACCEPTED, op.now));
    op.notify(new MatchConfirmed(stored.mentorId(), program.id(), stored.id(), op.now));
    op.notify(new MatchConfirmed(stored.menteeId(), program.id(), stored.id(), op.now));

    boolean mentorFull = committed(pairs, mentor.participantId(), true) + 1 >= mentor.capacity();
    boolean menteeFull =
        committed(pairs, mentee.participantId(), false) + 1
            >= program.matchingPolicy().maxMentorsPerMentee();
    for (Pair other : pairs) {
      if (other.status() != PairStatus.PROPOSED || other.id().equals(stored.id())) {
        continue;
      }
      if ((mentorFull && other.mentorId().equals(stored.mentorId()))
          || (menteeFull && other.menteeId().equals(stored.menteeId()))) {
        move(op, other, other.expire(ExitReason.MATCHED_ELSEWHERE, op.now));
      }
    }
    if (program.status() == ProgramStatus.RUNNING) {
      stored = move(op, stored, stored.activate(op.now));
    }
    return stored;
  }

  // ----------------------------------------------------------------- transitions

  /**
   * Stores a moved pair and publishes its status change, dated as the change itself. A pair that
   * ends (completed or ended early) has its meetings still to come cancelled, and both people are
   * told, so that no calendar keeps a meeting of a relationship that is over.
   */
  static Pair move(Op op, Pair before, Pair after) {
    Pair stored = op.tx.pairs().update(after);
    if (before.status() != stored.status()) {
      op.publish(
          new PairStatusChanged(
              stored.id(),
              stored.programId(),
              before.status(),
              stored.status(),
              stored.updatedAt()));
      if (stored.status().isEnded() && !before.status().isEnded()) {
        cancelComingMeetings(op, stored);
      }
    }
    return stored;
  }

  /** Cancels the pair's SCHEDULED meetings that start after now. */
  private static void cancelComingMeetings(Op op, Pair pair) {
    for (Meeting meeting : op.tx.meetings().findByPair(pair.id())) {
      if (meeting.status() != MeetingStatus.SCHEDULED || !meeting.start().isAfter(op.now)) {
        continue;
      }
      Meeting stored = DefaultMeetingService.moved(op, meeting, meeting.cancel(PAIR_ENDED, op.now));
      for (ParticipantId person : List.of(pair.mentorId(), pair.menteeId())) {
        op.notify(
            new MeetingCancelled(
                person, stored.programId(), pair.id(), stored.id(), stored.start(), op.now));
      }
    }
  }

  /** Ends every pair of a participant in a program: proposals withdrawn, others ended early. */
  static List<Pair> endAllOf(Op op, Program program, ParticipantId participant, ExitReason reason) {
    List<Pair> changed = new ArrayList<>();
    for (Pair p : op.tx.pairs().findByProgram(program.id())) {
      if (!p.involves(participant)) {
        continue;
      }
      if (p.status() == PairStatus.PROPOSED) {
        changed.add(move(op, p, p.withdraw(exit(reason, op))));
      } else if (p.status().isCommitted()) {
        changed.add(move(op, p, p.endEarly(exit(reason, op))));
      }
    }
    return changed;
  }

  private static PairExit exit(ExitReason reason, Op op) {
    return PairExit.automatic(reason, op.now);
  }
}
