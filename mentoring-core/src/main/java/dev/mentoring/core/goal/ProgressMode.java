package dev.mentoring.core.goal;

import org.apiguardian.api.API;

/**
 * How a goal's progress is set.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum ProgressMode {
  /** The pair states the progress, 0 to 100, by hand or with a check-in. */
  MANUAL,
  /**
   * The progress follows the milestones: completed milestones × 100 / milestones, rounded down (see
   * {@link Goal#milestoneProgress(java.util.List)}).
   */
  MILESTONES
}
