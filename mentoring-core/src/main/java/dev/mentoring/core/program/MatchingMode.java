package dev.mentoring.core.program;

import org.apiguardian.api.API;

/**
 * Who creates pairs in a program.
 *
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public enum MatchingMode {
  /** Administrators create pairs by hand, optionally after running a matching strategy. */
  ADMIN,
  /** Mentees choose a mentor and send a request; administrators may still pair by hand. */
  SELF_SERVICE,
  /**
   * The matching strategy proposes pairs, which the sides named in {@link
   * MatchingPolicy#approvals()} then accept or decline.
   */
  AUTOMATIC_WITH_APPROVAL
}
