package dev.mentoring.core.goal;

import org.apiguardian.api.API;

/**
 * Who may read a goal besides the system. The pair's mentor and mentee always may; only the goal's
 * owner changes the visibility.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum GoalVisibility {
  /** The pair's two people only. The default. */
  PAIR,
  /** The pair and the program's administrators. */
  SHARED_WITH_ADMINS
}
