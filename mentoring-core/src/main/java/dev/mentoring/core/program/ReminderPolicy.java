package dev.mentoring.core.program;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import org.apiguardian.api.API;
import org.hibernate.validator.constraints.time.DurationMax;
import org.hibernate.validator.constraints.time.DurationMin;

/**
 * When reminders about open proposals fall due.
 *
 * @param answerReminderAfter how long after a proposal a side that has not answered is reminded, 1
 *     hour to 90 days
 * @param expiryWarningBefore how long before a proposal expires the sides that have not answered
 *     are warned, 1 hour to 90 days
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public record ReminderPolicy(
    @DurationMin(hours = 1, message = "must be at least 1 hour")
        @DurationMax(days = 90, message = "must be at most 90 days")
        Duration answerReminderAfter,
    @DurationMin(hours = 1, message = "must be at least 1 hour")
        @DurationMax(days = 90, message = "must be at most 90 days")
        Duration expiryWarningBefore) {

  /**
   * Checks nulls.
   *
   * @param answerReminderAfter how long after a proposal a side that has not answered is reminded,
   *     1 hour to 90 days
   * @param expiryWarningBefore how long before a proposal expires the sides that have not answered
   *     are warned, 1 hour to 90 days
   * @throws NullPointerException if a component is null
   */
  public ReminderPolicy {
    requireNonNull(answerReminderAfter, "answerReminderAfter");
    requireNonNull(expiryWarningBefore, "expiryWarningBefore");
  }

  /**
   * Returns the defaults: remind after 2 days, warn 1 day before expiry.
   *
   * @return the default policy
   */
  public static ReminderPolicy defaults() {
    return new ReminderPolicy(Duration.ofDays(2), Duration.ofDays(1));
  }
}
