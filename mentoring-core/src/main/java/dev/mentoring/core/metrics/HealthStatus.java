package dev.mentoring.core.metrics;

import org.apiguardian.api.API;

/**
 * How a pair is doing, from best to worst. A pair's status is the worst of its {@linkplain
 * HealthSignal signals}, HEALTHY when none is raised.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum HealthStatus {
  /** No signal, or only informational ones. */
  HEALTHY,
  /** Worth a check-in: meetings are overdue or too few, ratings low, or a goal has stalled. */
  NEEDS_ATTENTION,
  /** Likely to fail without help: meetings long overdue or far too few, or a poor fit reported. */
  AT_RISK,
  /** Nothing has happened for the program's {@code inactiveAfter}. */
  INACTIVE;

  /**
   * Tells whether this status is worse than another.
   *
   * @param other the other status
   * @return whether this status comes later in the order HEALTHY, NEEDS_ATTENTION, AT_RISK,
   *     INACTIVE
   */
  public boolean isWorseThan(HealthStatus other) {
    return compareTo(other) > 0;
  }
}
