package dev.mentoring.core.feedback;

import dev.mentoring.core.program.EnrollmentRole;
import org.apiguardian.api.API;

/**
 * Who a survey asks.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum SurveyAudience {
  /** Participants enrolled as mentors (or as both, in peer programs). */
  MENTORS,
  /** Participants enrolled as mentees (or as both, in peer programs). */
  MENTEES,
  /** Every participant. */
  BOTH;

  /**
   * Tells whether the survey asks a participant enrolled in a role.
   *
   * @param role the role
   * @return true if the audience is BOTH, or the role mentors (for MENTORS) or is mentored (for
   *     MENTEES)
   */
  public boolean includes(EnrollmentRole role) {
    return switch (this) {
      case MENTORS -> role.mentors();
      case MENTEES -> role.mentees();
      case BOTH -> true;
    };
  }
}
