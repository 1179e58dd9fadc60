package dev.mentoring.core.program;

import dev.mentoring.core.internal.Transitions;
import org.apiguardian.api.API;

/**
 * Lifecycle of a program: {@code DRAFT → ENROLLING → MATCHING → RUNNING → CLOSED → ARCHIVED}. A
 * program may go back from MATCHING to ENROLLING to take more applications, and may be closed from
 * any state before CLOSED.
 *
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public enum ProgramStatus {
  /** Being set up; invisible to participants, settings may change freely. */
  DRAFT,
  /** Taking applications. */
  ENROLLING,
  /** Pairs are being proposed and accepted; applications are still taken. */
  MATCHING,
  /** Pairs are active; applications and new pairs are still possible (rolling programs). */
  RUNNING,
  /** Finished; open proposals expired and active pairs completed. */
  CLOSED,
  /** Closed and kept only for reporting. Terminal. */
  ARCHIVED;

  /**
   * Tells whether the lifecycle allows moving from this state to {@code next}.
   *
   * @param next the candidate state
   * @return whether the transition is in the table
   */
  public boolean canMoveTo(ProgramStatus next) {
    return Transitions.PROGRAM.allows(this, next);
  }

  /**
   * Tells whether no transition leaves this state.
   *
   * @return whether the state is terminal
   */
  public boolean isTerminal() {
    return Transitions.PROGRAM.isTerminal(this);
  }

  /**
   * Tells whether applications are taken in this state.
   *
   * @return true for ENROLLING, MATCHING and RUNNING
   */
  public boolean acceptsApplications() {
    return this == ENROLLING || this == MATCHING || this == RUNNING;
  }

  /**
   * Tells whether pairs may be proposed in this state.
   *
   * @return true for MATCHING and RUNNING
   */
  public boolean acceptsPairs() {
    return this == MATCHING || this == RUNNING;
  }
}
