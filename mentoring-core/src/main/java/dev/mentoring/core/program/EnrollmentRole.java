package dev.mentoring.core.program;

import org.apiguardian.api.API;

/**
 * The role a participant enrolls in.
 *
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public enum EnrollmentRole {
  /** Offers mentoring, up to a capacity. */
  MENTOR,
  /** Seeks mentoring. */
  MENTEE,
  /** Both offers and seeks mentoring; allowed in {@link ProgramFormat#PEER} programs only. */
  MENTOR_AND_MENTEE;

  /**
   * Tells whether this role offers mentoring.
   *
   * @return true for MENTOR and MENTOR_AND_MENTEE
   */
  public boolean mentors() {
    return this != MENTEE;
  }

  /**
   * Tells whether this role seeks mentoring.
   *
   * @return true for MENTEE and MENTOR_AND_MENTEE
   */
  public boolean mentees() {
    return this != MENTOR;
  }
}
