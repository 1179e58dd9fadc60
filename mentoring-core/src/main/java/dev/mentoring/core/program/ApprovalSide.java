package dev.mentoring.core.program;

import org.apiguardian.api.API;

/**
 * A party whose acceptance a proposed pair needs before it becomes accepted.
 *
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public enum ApprovalSide {
  /** The mentor of the pair. */
  MENTOR,
  /** The mentee of the pair. */
  MENTEE,
  /** An administrator of the program (or the system actor). */
  ADMIN
}
