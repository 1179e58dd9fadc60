package dev.mentoring.core.enrollment;

import org.apiguardian.api.API;

/**
 * Whether a participant prefers a partner from their own department.
 *
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public enum DepartmentPreference {
  /** No preference. */
  ANY,
  /** Prefers a partner from the same department. */
  SAME,
  /** Prefers a partner from another department. */
  DIFFERENT
}
