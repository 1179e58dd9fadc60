package dev.mentoring.core.resource;

import dev.mentoring.core.program.EnrollmentRole;
import org.apiguardian.api.API;

/**
 * Who a knowledge-base resource is for.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum ResourceAudience {
  /** Participants enrolled as mentors (or as both, in peer programs). */
  MENTORS,
  /** Participants enrolled as mentees (or as both, in peer programs). */
  MENTEES,
  /** Every participant. */
  ALL;

  /**
   * Tells whether a participant enrolled in a role is in this audience.
   *
   * @param role the role
   * @return true for ALL, or if the role mentors (for MENTORS) or is mentored (for MENTEES)
   */
  public boolean includes(EnrollmentRole role) {
    return switch (this) {
      case MENTORS -> role.mentors();
      case MENTEES -> role.mentees();
      case ALL -> true;
    };
  }
}
