package dev.mentoring.core.pairing;

import static java.util.Objects.requireNonNull;

import dev.mentoring.core.IllegalTransitionException;
import dev.mentoring.core.ParticipantId;
import dev.mentoring.core.internal.EnumSets;
import dev.mentoring.core.internal.Transitions;
import dev.mentoring.core.program.ApprovalSide;
import dev.mentoring.core.program.ProgramId;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * A mentor and a mentee in one program, from proposal to its end. Immutable; the verbs return a
 * changed copy and throw {@link IllegalTransitionException} when the lifecycle forbids the move.
 *
 * @param id the pair's id
 * @param version the store's version, 0 before first insert
 * @param programId the program
 * @param mentorId the mentor
 * @param menteeId the mentee
 * @param origin who proposed the pair
 * @param explanation why the pair was made; its score is the pair's score
 * @param requiredApprovals the sides that must accept, fixed when proposed
 * @param approvals the sides that have accepted so far
 * @param status the lifecycle state
 * @param proposedAt when the pair was proposed
 * @param expiresAt when an unaccepted proposal expires
 * @param acceptedAt when the last required side accepted, or {@code null}
 * @param startedAt when the pair became active, or {@code null}
 * @param pausedAt when the current pause began, while PAUSED; otherwise {@code null} (also {@code
 *     null} for a pair paused before this was recorded, whose pause then counts from its start)
 * @param endedAt when the pair reached a terminal state, or {@code null}
 * @param exit how it stopped, for DECLINED, EXPIRED, WITHDRAWN and ENDED_EARLY; otherwise {@code
 *     null}
 * @param updatedAt when the pair last changed
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public record Pair(
    PairId id,
    long version,
    ProgramId programId,
    ParticipantId mentorId,
    ParticipantId menteeId,
    PairOrigin origin,
    Explanation explanation,
    Set<ApprovalSide> requiredApprovals,
    Set<ApprovalSide> approvals,
    PairStatus status,
    Instant proposedAt,
    Instant expiresAt,
    @Nullable Instant acceptedAt,
    @Nullable Instant startedAt,
    @Nullable Instant pausedAt,
    @Nullable Instant endedAt,
    @Nullable PairExit exit,
    Instant updatedAt) {

  /**
   * Checks the components and copies the sets.
   *
   * @param id the pair's id
   * @param version the store's version, 0 before first insert
   * @param programId the program
   * @param mentorId the mentor
   * @param menteeId the mentee
   * @param origin who proposed the pair
   * @param explanation why the pair was made; its score is the pair's score
   * @param requiredApprovals the sides that must accept, fixed when proposed
   * @param approvals the sides that have accepted so far
   * @param status the lifecycle state
   * @param proposedAt when the pair was proposed
   * @param expiresAt when an unaccepted proposal expires
   * @param acceptedAt when the last required side accepted, or {@code null}
   * @param startedAt when the pair became active, or {@code null}
   * @param pausedAt when the current pause began, while PAUSED; otherwise {@code null}
   * @param endedAt when the pair reached a terminal state, or {@code null}
   * @param exit how it stopped, for DECLINED, EXPIRED, WITHDRAWN and ENDED_EARLY; otherwise {@code
   *     null}
   * @param updatedAt when the pair last changed
   * @throws NullPointerException if a non-nullable component is null
   * @throws IllegalArgumentException if {@code version} is negative, mentor and mentee are the same
   *     person, or {@code pausedAt} is set while the pair is not PAUSED
   */
  public Pair {
    requireNonNull(id, "id");
    if (version < 0) {
      throw new IllegalArgumentException("version is negative: " + version);
    }
    requireNonNull(programId, "programId");
    requireNonNull(mentorId, "mentorId");
    requireNonNull(menteeId, "menteeId");
    if (mentorId.equals(menteeId)) {
      throw new IllegalArgumentException("mentorId and menteeId are the same: " + mentorId);
    }
    requireNonNull(origin, "origin");
    requireNonNull(explanation, "explanation");
    requiredApprovals = copy(requiredApprovals);
    approvals = copy(approvals);
    requireNonNull(status, "status");
    requireNonNull(proposedAt, "proposedAt");
    requireNonNull(expiresAt, "expiresAt");
    requireNonNull(updatedAt, "updatedAt");
    if (pausedAt != null && status != PairStatus.PAUSED) {
      throw new IllegalArgumentException(
          "pausedAt is set only while the pair is PAUSED, but it is " + status + ": " + pausedAt);
    }
  }

  private static Set<ApprovalSide> copy(Set<ApprovalSide> sides) {
    return EnumSets.copyOf(sides);
  }

  /**
   * Returns a new proposal.
   *
   * @param id the pair's id
   * @param programId the program
   * @param mentorId the mentor
   * @param menteeId the mentee
   * @param origin who proposes
   * @param explanation why
   * @param requiredApprovals the sides that must accept
   * @param approvals the sides that accept by proposing, such as the mentee of a request
   * @param at when
   * @param expiresAt when the proposal expires unless accepted
   * @return a PROPOSED pair, even if {@code approvals} covers every required side (see {@link
   *     #confirm})
   */
  public static Pair propose(
      PairId id,
      ProgramId programId,
      ParticipantId mentorId,
      ParticipantId menteeId,
      PairOrigin origin,
      Explanation explanation,
      Set<ApprovalSide> requiredApprovals,
      Set<ApprovalSide> approvals,
      Instant at,
      Instant expiresAt) {
    return new Pair(
        id,
        0,
        programId,
        mentorId,
        menteeId,
        origin,
        explanation,
        requiredApprovals,
        approvals,
        PairStatus.PROPOSED,
        at,
        expiresAt,
        null,
        null,
        null,
        null,
        null,
        at);
  }

  /**
   * Returns the score: {@code explanation().score()}.
   *
   * @return the score
   */
  public int score() {
    return explanation.score();
  }

  /**
   * Tells whether a person is the mentor or the mentee.
   *
   * @param participant the person
   * @return whether they belong to the pair
   */
  public boolean involves(ParticipantId participant) {
    return mentorId.equals(participant) || menteeId.equals(participant);
  }

  /**
   * Returns the sides that must still accept.
   *
   * @return required approvals not yet given
   */
  public Set<ApprovalSide> pendingApprovals() {
    Set<ApprovalSide> pending = EnumSet.noneOf(ApprovalSide.class);
    pending.addAll(requiredApprovals);
    pending.removeAll(approvals);
    return EnumSets.copyOf(pending);
  }

  /**
   * Returns this pair with a stored version; for store implementations.
   *
   * @param newVersion the version
   * @return the copy
   */
  public Pair withVersion(long newVersion) {
    return new Pair(
        id,
        newVersion,
        programId,
        mentorId,
        menteeId,
        origin,
        explanation,
        requiredApprovals,
        approvals,
        status,
        proposedAt,
        expiresAt,
        acceptedAt,
        startedAt,
        pausedAt,
        endedAt,
        exit,
        updatedAt);
  }

  /**
   * Records a side's acceptance. Once every required side has accepted the pair moves to ACCEPTED.
   * Accepting twice for the same side changes nothing.
   *
   * @param side the side that accepts
   * @param at when
   * @return the changed pair
   * @throws IllegalTransitionException if the pair is not PROPOSED
   */
  public Pair approve(ApprovalSide side, Instant at) {
    requireNonNull(side, "side");
    if (status != PairStatus.PROPOSED) {
      throw new IllegalTransitionException(id, status, PairStatus.ACCEPTED);
    }
    if (approvals.contains(side)) {
      return this;
    }
    Set<ApprovalSide> given = EnumSet.of(side);
    given.addAll(approvals);
    boolean complete = given.containsAll(requiredApprovals);
    return copy(
        given,
        complete ? PairStatus.ACCEPTED : PairStatus.PROPOSED,
        complete ? at : null,
        null,
        null,
        null,
        at);
  }

  /**
   * Accepts a proposal that needs no further approval: PROPOSED → ACCEPTED.
   *
   * @param at when
   * @return the moved pair
   * @throws IllegalTransitionException if the pair is not PROPOSED
   * @throws IllegalStateException if a required side has not accepted yet
   */
  public Pair confirm(Instant at) {
    if (status != PairStatus.PROPOSED) {
      throw new IllegalTransitionException(id, status, PairStatus.ACCEPTED);
    }
    if (!approvals.containsAll(requiredApprovals)) {
      throw new IllegalStateException(id + " still awaits " + pendingApprovals());
    }
    return copy(approvals, PairStatus.ACCEPTED, at, null, null, null, at);
  }

  /**
   * Declines the proposal: PROPOSED → DECLINED.
   *
   * @param exit who declined, when, with an optional private note; the reason should be {@link
   *     ExitReason#DECLINED}
   * @return the moved pair
   * @throws IllegalTransitionException if the pair is not PROPOSED
   */
  public Pair decline(PairExit exit) {
    return end(PairStatus.DECLINED, exit);
  }

  /**
   * Expires the proposal: PROPOSED → EXPIRED.
   *
   * @param reason why, such as {@link ExitReason#TIMED_OUT}
   * @param at when
   * @return the moved pair
   * @throws IllegalTransitionException if the pair is not PROPOSED
   */
  public Pair expire(ExitReason reason, Instant at) {
    return end(PairStatus.EXPIRED, PairExit.automatic(reason, at));
  }

  /**
   * Withdraws the proposal: PROPOSED → WITHDRAWN.
   *
   * @param exit why and by whom
   * @return the moved pair
   * @throws IllegalTransitionException if the pair is not PROPOSED
   */
  public Pair withdraw(PairExit exit) {
    return end(PairStatus.WITHDRAWN, exit);
  }

  /**
   * Starts the pair: ACCEPTED → ACTIVE.
   *
   * @param at when
   * @return the moved pair
   * @throws IllegalTransitionException if the pair is not ACCEPTED
   */
  public Pair activate(Instant at) {
    requireFrom(PairStatus.ACCEPTED, PairStatus.ACTIVE);
    return move(PairStatus.ACTIVE, at, at, null, null);
  }

  /**
   * Puts the pair on hold: ACTIVE → PAUSED, recording {@code at} as {@link #pausedAt()}.
   *
   * @param at when
   * @return the moved pair
   * @throws IllegalTransitionException if the pair is not ACTIVE
   */
  public Pair pause(Instant at) {
    return move(PairStatus.PAUSED, at, startedAt, null, null);
  }

  /**
   * Resumes the pair: PAUSED → ACTIVE.
   *
   * @param at when
   * @return the moved pair
   * @throws IllegalTransitionException if the pair is not PAUSED
   */
  public Pair resume(Instant at) {
    requireFrom(PairStatus.PAUSED, PairStatus.ACTIVE);
    return move(PairStatus.ACTIVE, at, startedAt, null, null);
  }

  /**
   * Completes the pair: ACTIVE or PAUSED → COMPLETED.
   *
   * @param at when
   * @return the moved pair
   * @throws IllegalTransitionException if the pair is neither ACTIVE nor PAUSED
   */
  public Pair complete(Instant at) {
    return move(PairStatus.COMPLETED, at, startedAt, at, null);
  }

  /**
   * Ends the pair before completion: ACCEPTED, ACTIVE or PAUSED → ENDED_EARLY.
   *
   * @param exit why, when and by whom
   * @return the moved pair
   * @throws IllegalTransitionException if the pair is in another state
   */
  public Pair endEarly(PairExit exit) {
    return end(PairStatus.ENDED_EARLY, exit);
  }

  /**
   * Returns this pair with a person replaced by a pseudonym and any note they wrote removed; used
   * when erasing personal data.
   *
   * @param person the person to replace
   * @param pseudonym the replacement key
   * @param at when
   * @return the copy
   */
  public Pair erase(ParticipantId person, ParticipantId pseudonym, Instant at) {
    PairExit newExit = exit;
    if (exit != null && person.equals(exit.initiatedBy())) {
      newExit = new PairExit(exit.reason(), exit.at(), pseudonym, null);
    }
    return new Pair(
        id,
        version,
        programId,
        mentorId.equals(person) ? pseudonym : mentorId,
        menteeId.equals(person) ? pseudonym : menteeId,
        origin,
        explanation,
        requiredApprovals,
        approvals,
        status,
        proposedAt,
        expiresAt,
        acceptedAt,
        startedAt,
        pausedAt,
        endedAt,
        newExit,
        at);
  }

  /**
   * Returns this pair as a viewer may see it: the exit note is kept for its author only.
   *
   * @param viewer the person viewing, or {@code null} for an administrator or the system
   * @return this pair, or a copy without the note
   */
  public Pair visibleTo(@Nullable ParticipantId viewer) {
    if (exit == null
        || exit.note() == null
        || (viewer != null && viewer.equals(exit.initiatedBy()))) {
      return this;
    }
    return copy(approvals, status, acceptedAt, startedAt, endedAt, exit.withoutNote(), updatedAt);
  }

  private void requireFrom(PairStatus expected, PairStatus next) {
    if (status != expected) {
      throw new IllegalTransitionException(id, status, next);
    }
  }

  private Pair end(PairStatus next, PairExit newExit) {
    requireNonNull(newExit, "exit");
    return move(next, newExit.at(), startedAt, newExit.at(), newExit);
  }

  private Pair move(
      PairStatus next,
      Instant at,
      @Nullable Instant newStartedAt,
      @Nullable Instant newEndedAt,
      @Nullable PairExit newExit) {
    Transitions.PAIR.check(id, status, next);
    return copy(
        approvals, next, acceptedAt, newStartedAt, newEndedAt, newExit, requireNonNull(at, "at"));
  }

  /**
   * This pair with its lifecycle fields replaced; identity, origin and terms stay. A pause begins
   * when the pair moves into PAUSED and is forgotten when it leaves.
   */
  private Pair copy(
      Set<ApprovalSide> newApprovals,
      PairStatus newStatus,
      @Nullable Instant newAcceptedAt,
      @Nullable Instant newStartedAt,
      @Nullable Instant newEndedAt,
      @Nullable PairExit newExit,
      Instant newUpdatedAt) {
    return new Pair(
        id,
        version,
        programId,
        mentorId,
        menteeId,
        origin,
        explanation,
        requiredApprovals,
        newApprovals,
        newStatus,
        proposedAt,
        expiresAt,
        newAcceptedAt,
        newStartedAt,
        newStatus != PairStatus.PAUSED
            ? null
            : status == PairStatus.PAUSED ? pausedAt : newUpdatedAt,
        newEndedAt,
        newExit,
        newUpdatedAt);
  }
}
