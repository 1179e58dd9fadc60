package dev.mentoring.core.pairing;

import dev.mentoring.core.internal.Transitions;
import org.apiguardian.api.API;

/**
 * Lifecycle of a pair: {@code PROPOSED → ACCEPTED → ACTIVE ⇄ PAUSED → COMPLETED}; a proposal may
 * instead be DECLINED, EXPIRED or WITHDRAWN, and an accepted, active or paused pair may end early.
 *
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public enum PairStatus {
  /** Proposed and awaiting the acceptances the program requires. */
  PROPOSED,
  /** Accepted by every required side; holds a place of the mentor's capacity. */
  ACCEPTED,
  /** Meeting; holds a place of the mentor's capacity. */
  ACTIVE,
  /** On hold for a while; still holds a place of the mentor's capacity. */
  PAUSED,
  /** Ran its course. Terminal. */
  COMPLETED,
  /** A side said no. Terminal. */
  DECLINED,
  /** Not accepted in time, or made moot by another pair or the program closing. Terminal. */
  EXPIRED,
  /** Retracted before acceptance, or a participant left the program. Terminal. */
  WITHDRAWN,
  /** Stopped before completion, for a no-fault reason. Terminal. */
  ENDED_EARLY;

  /**
   * Tells whether the lifecycle allows moving from this state to {@code next}.
   *
   * @param next the candidate state
   * @return whether the transition is in the table
   */
  public boolean canMoveTo(PairStatus next) {
    return Transitions.PAIR.allows(this, next);
  }

  /**
   * Tells whether no transition leaves this state.
   *
   * @return whether the state is terminal
   */
  public boolean isTerminal() {
    return Transitions.PAIR.isTerminal(this);
  }

  /**
   * Tells whether a pair in this state holds a place of the mentor's capacity and of the mentee's
   * limit of mentors.
   *
   * @return true for ACCEPTED, ACTIVE and PAUSED
   */
  public boolean isCommitted() {
    return this == ACCEPTED || this == ACTIVE || this == PAUSED;
  }

  /**
   * Tells whether a pair in this state ran or was agreed: counted as an earlier pairing when the
   * program forbids repeat pairs.
   *
   * @return true for COMPLETED and ENDED_EARLY
   */
  public boolean isEnded() {
    return this == COMPLETED || this == ENDED_EARLY;
  }
}
