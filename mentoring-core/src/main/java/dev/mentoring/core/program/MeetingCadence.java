package dev.mentoring.core.program;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import org.apiguardian.api.API;
import org.hibernate.validator.constraints.time.DurationMax;
import org.hibernate.validator.constraints.time.DurationMin;

/**
 * How often a pair is expected to meet: one meeting per {@code interval}. Pair health compares
 * meetings held with this expectation.
 *
 * @param interval the expected time between meetings, 1 to 366 days
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public record MeetingCadence(
    @DurationMin(days = 1, message = "must be at least 1 day")
        @DurationMax(days = 366, message = "must be at most 366 days")
        Duration interval) {

  /**
   * Checks the component.
   *
   * @param interval the expected time between meetings, 1 to 366 days
   * @throws NullPointerException if {@code interval} is null
   */
  public MeetingCadence {
    requireNonNull(interval, "interval");
  }

  /**
   * Returns a cadence of one meeting every {@code days} days.
   *
   * @param days the interval in days
   * @return the cadence
   */
  public static MeetingCadence everyDays(int days) {
    return new MeetingCadence(Duration.ofDays(days));
  }
}
