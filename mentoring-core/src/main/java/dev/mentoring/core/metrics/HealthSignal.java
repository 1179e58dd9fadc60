package dev.mentoring.core.metrics;

import org.apiguardian.api.API;

/**
 * One reason for a pair's {@link HealthStatus}, with the status it raises. The thresholds come from
 * the program's {@link dev.mentoring.core.program.HealthPolicy}; each is reached at its value. Of
 * the two tiers of one fact (time since the last meeting, share of expected meetings) only the
 * higher is raised. The constants are declared from the most to the least severe, the order in
 * which a {@link PairHealth} lists its reasons.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum HealthSignal {
  /**
   * Nothing happened for {@code inactiveAfter}: no meeting held, scheduled or logged, no goal
   * created, checked in, advanced by a milestone or closed, no response about the pair to a
   * non-anonymous survey, since the later of its start and the last of these.
   */
  NO_ACTIVITY(HealthStatus.INACTIVE),
  /**
   * A mentor or mentee answered a (non-anonymous) fit question "not a good fit", and that is their
   * latest answer to one about this pair.
   */
  POOR_FIT(HealthStatus.AT_RISK),
  /** No meeting held for {@code atRiskAfter}, counted from the pair's start if none was. */
  MEETING_LONG_OVERDUE(HealthStatus.AT_RISK),
  /** Fewer than {@code atRiskMeetingRatio} of the expected meetings held. */
  FAR_TOO_FEW_MEETINGS(HealthStatus.AT_RISK),
  /** No meeting held for {@code attentionAfter}, counted from the pair's start if none was. */
  MEETING_OVERDUE(HealthStatus.NEEDS_ATTENTION),
  /** Fewer than {@code attentionMeetingRatio} of the expected meetings held. */
  TOO_FEW_MEETINGS(HealthStatus.NEEDS_ATTENTION),
  /** The recent meeting ratings average {@code lowRating} or less. */
  LOW_RATINGS(HealthStatus.NEEDS_ATTENTION),
  /**
   * An active goal has had no check-in and no completed milestone for {@code goalStalledAfter},
   * counted from its creation if it has none.
   */
  GOAL_STALLED(HealthStatus.NEEDS_ATTENTION),
  /**
   * The pair is on hold: the meeting and goal signals are not raised while it is PAUSED.
   * Informational.
   */
  PAUSED(HealthStatus.HEALTHY);

  private final HealthStatus status;

  HealthSignal(HealthStatus status) {
    this.status = status;
  }

  /**
   * Returns the status this signal raises a pair to.
   *
   * @return the status
   */
  public HealthStatus status() {
    return status;
  }
}
