package dev.mentoring.core.meeting;

import dev.mentoring.core.internal.Transitions;
import org.apiguardian.api.API;

/**
 * Lifecycle of a meeting: {@code SCHEDULED → HELD / CANCELLED / NO_SHOW}. A meeting logged after
 * the fact starts as HELD. Every state but SCHEDULED is terminal.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum MeetingStatus {
  /** Planned for a future time. */
  SCHEDULED,
  /** Took place. Terminal; the sides may rate it. */
  HELD,
  /** Called off before it took place. Terminal. */
  CANCELLED,
  /** Did not take place because a side did not come. Terminal. */
  NO_SHOW;

  /**
   * Tells whether the lifecycle allows moving from this state to {@code next}.
   *
   * @param next the candidate state
   * @return whether the transition is in the table
   */
  public boolean canMoveTo(MeetingStatus next) {
    return Transitions.MEETING.allows(this, next);
  }

  /**
   * Tells whether no transition leaves this state.
   *
   * @return whether the state is terminal
   */
  public boolean isTerminal() {
    return Transitions.MEETING.isTerminal(this);
  }
}
