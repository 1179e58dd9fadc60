package dev.mentoring.core.enrollment;

import dev.mentoring.core.internal.Transitions;
import org.apiguardian.api.API;

/**
 * Lifecycle of an enrollment: {@code APPLIED → APPROVED / WAITLISTED / REJECTED}, {@code WAITLISTED
 * → APPROVED / REJECTED}, and any open state {@code → WITHDRAWN}.
 *
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public enum EnrollmentStatus {
  /** Submitted, awaiting an administrator's decision. */
  APPLIED,
  /** Accepted into the program; eligible for pairing. */
  APPROVED,
  /** Held back, for example until more mentors enroll. */
  WAITLISTED,
  /** Not accepted. Terminal. */
  REJECTED,
  /** Left the program. Terminal. */
  WITHDRAWN;

  /**
   * Tells whether the lifecycle allows moving from this state to {@code next}.
   *
   * @param next the candidate state
   * @return whether the transition is in the table
   */
  public boolean canMoveTo(EnrollmentStatus next) {
    return Transitions.ENROLLMENT.allows(this, next);
  }

  /**
   * Tells whether no transition leaves this state.
   *
   * @return whether the state is terminal
   */
  public boolean isTerminal() {
    return Transitions.ENROLLMENT.isTerminal(this);
  }
}
