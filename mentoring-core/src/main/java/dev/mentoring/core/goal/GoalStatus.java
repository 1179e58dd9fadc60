package dev.mentoring.core.goal;

import dev.mentoring.core.internal.Transitions;
import org.apiguardian.api.API;

/**
 * Lifecycle of a goal: {@code DRAFT → ACTIVE → ACHIEVED / ABANDONED}; a draft may also be
 * abandoned. A goal in DRAFT or ACTIVE is open: it may be revised and its progress tracked.
 * ACHIEVED and ABANDONED are terminal.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum GoalStatus {
  /** Written down but not yet agreed on by the pair. */
  DRAFT,
  /** Agreed on and being worked on. */
  ACTIVE,
  /** Reached. Terminal. */
  ACHIEVED,
  /** Given up, or dropped before it was agreed on. Terminal. */
  ABANDONED;

  /**
   * Tells whether the lifecycle allows moving from this state to {@code next}.
   *
   * @param next the candidate state
   * @return whether the transition is in the table
   */
  public boolean canMoveTo(GoalStatus next) {
    return Transitions.GOAL.allows(this, next);
  }

  /**
   * Tells whether no transition leaves this state.
   *
   * @return whether the state is terminal
   */
  public boolean isTerminal() {
    return Transitions.GOAL.isTerminal(this);
  }

  /**
   * Tells whether a goal in this state may be revised and its progress tracked.
   *
   * @return true for DRAFT and ACTIVE
   */
  public boolean isOpen() {
    return !isTerminal();
  }
}
