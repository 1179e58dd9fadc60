package dev.mentoring.core.program;

import static java.util.Objects.requireNonNull;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.Duration;
import org.apiguardian.api.API;
import org.hibernate.validator.constraints.time.DurationMax;
import org.hibernate.validator.constraints.time.DurationMin;

/**
 * The thresholds at which a pair's health ({@link dev.mentoring.core.metrics.PairHealth}) raises a
 * signal. Each threshold is reached <em>at</em> its value: a pair whose last meeting was exactly
 * {@code attentionAfter} ago needs attention.
 *
 * <p>Besides the constraints on the components, the engine checks that {@code attentionAfter ≤
 * atRiskAfter ≤ inactiveAfter} and {@code atRiskMeetingRatio ≤ attentionMeetingRatio} (rule {@code
 * ThresholdOrder}). A ratio of 0 or a {@code lowRating} of 0 switches its signal off.
 *
 * @param attentionAfter how long without a held meeting (since the pair started, if it has held
 *     none) makes a pair need attention, 1 to 366 days
 * @param atRiskAfter how long without a held meeting puts a pair at risk, 1 to 366 days
 * @param inactiveAfter how long without any activity makes a pair inactive, 1 to 366 days
 * @param attentionMeetingRatio below which share of the expected meetings a pair needs attention, 0
 *     to 1
 * @param atRiskMeetingRatio below which share of the expected meetings a pair is at risk, 0 to 1
 * @param lowRating the mean of recent meeting ratings at or below which a pair needs attention, 0
 *     to 5
 * @param goalStalledAfter how long an active goal may go without a check-in or a completed
 *     milestone before the pair needs attention, 1 to 366 days
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record HealthPolicy(
    @DurationMin(days = 1, message = "must be at least 1 day")
        @DurationMax(days = 366, message = "must be at most 366 days")
        Duration attentionAfter,
    @DurationMin(days = 1, message = "must be at least 1 day")
        @DurationMax(days = 366, message = "must be at most 366 days")
        Duration atRiskAfter,
    @DurationMin(days = 1, message = "must be at least 1 day")
        @DurationMax(days = 366, message = "must be at most 366 days")
        Duration inactiveAfter,
    @DecimalMin("0") @DecimalMax("1") double attentionMeetingRatio,
    @DecimalMin("0") @DecimalMax("1") double atRiskMeetingRatio,
    @Min(0) @Max(5) int lowRating,
    @DurationMin(days = 1, message = "must be at least 1 day")
        @DurationMax(days = 366, message = "must be at most 366 days")
        Duration goalStalledAfter) {

  /**
   * Checks nulls and numbers.
   *
   * @param attentionAfter how long without a held meeting (since the pair started, if it has held
   *     none) makes a pair need attention, 1 to 366 days
   * @param atRiskAfter how long without a held meeting puts a pair at risk, 1 to 366 days
   * @param inactiveAfter how long without any activity makes a pair inactive, 1 to 366 days
   * @param attentionMeetingRatio below which share of the expected meetings a pair needs attention,
   *     0 to 1
   * @param atRiskMeetingRatio below which share of the expected meetings a pair is at risk, 0 to 1
   * @param lowRating the mean of recent meeting ratings at or below which a pair needs attention, 0
   *     to 5
   * @param goalStalledAfter how long an active goal may go without a check-in or a completed
   *     milestone before the pair needs attention, 1 to 366 days
   * @throws NullPointerException if a component is null
   * @throws IllegalArgumentException if a ratio is not a number (NaN)
   */
  public HealthPolicy {
    requireNonNull(attentionAfter, "attentionAfter");
    requireNonNull(atRiskAfter, "atRiskAfter");
    requireNonNull(inactiveAfter, "inactiveAfter");
    if (Double.isNaN(attentionMeetingRatio)) {
      throw new IllegalArgumentException("attentionMeetingRatio is NaN");
    }
    if (Double.isNaN(atRiskMeetingRatio)) {
      throw new IllegalArgumentException("atRiskMeetingRatio is NaN");
    }
    requireNonNull(goalStalledAfter, "goalStalledAfter");
  }

  /**
   * Returns the defaults: attention after 21 days without a held meeting, at risk after 42,
   * inactive after 90 days without any activity; attention below 75 % of the expected meetings, at
   * risk below 50 %; attention when recent ratings average 2 or less, or an active goal has not
   * moved for 30 days.
   *
   * @return the default policy
   */
  public static HealthPolicy defaults() {
    return new HealthPolicy(
        Duration.ofDays(21),
        Duration.ofDays(42),
        Duration.ofDays(90),
        0.75,
        0.5,
        2,
        Duration.ofDays(30));
  }

  /**
   * Returns this policy with other thresholds for the time since the last held meeting.
   *
   * @param attention how long makes a pair need attention
   * @param atRisk how long puts a pair at risk
   * @return the changed policy
   */
  public HealthPolicy withMeetingGaps(Duration attention, Duration atRisk) {
    return new HealthPolicy(
        attention,
        atRisk,
        inactiveAfter,
        attentionMeetingRatio,
        atRiskMeetingRatio,
        lowRating,
        goalStalledAfter);
  }

  /**
   * Returns this policy with another threshold for inactivity.
   *
   * @param inactive how long without any activity makes a pair inactive
   * @return the changed policy
   */
  public HealthPolicy withInactiveAfter(Duration inactive) {
    return new HealthPolicy(
        attentionAfter,
        atRiskAfter,
        inactive,
        attentionMeetingRatio,
        atRiskMeetingRatio,
        lowRating,
        goalStalledAfter);
  }

  /**
   * Returns this policy with other thresholds for the share of expected meetings held.
   *
   * @param attention below which share a pair needs attention
   * @param atRisk below which share a pair is at risk
   * @return the changed policy
   */
  public HealthPolicy withMeetingRatios(double attention, double atRisk) {
    return new HealthPolicy(
        attentionAfter, atRiskAfter, inactiveAfter, attention, atRisk, lowRating, goalStalledAfter);
  }

  /**
   * Returns this policy with another low-rating threshold.
   *
   * @param rating the mean rating at or below which a pair needs attention; 0 for never
   * @return the changed policy
   */
  public HealthPolicy withLowRating(int rating) {
    return new HealthPolicy(
        attentionAfter,
        atRiskAfter,
        inactiveAfter,
        attentionMeetingRatio,
        atRiskMeetingRatio,
        rating,
        goalStalledAfter);
  }

  /**
   * Returns this policy with another threshold for stalled goals.
   *
   * @param stalled how long an active goal may go without a check-in or a completed milestone
   * @return the changed policy
   */
  public HealthPolicy withGoalStalledAfter(Duration stalled) {
    return new HealthPolicy(
        attentionAfter,
        atRiskAfter,
        inactiveAfter,
        attentionMeetingRatio,
        atRiskMeetingRatio,
        lowRating,
        stalled);
  }
}
