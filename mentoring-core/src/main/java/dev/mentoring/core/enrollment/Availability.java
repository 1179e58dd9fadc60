package dev.mentoring.core.enrollment;

import dev.mentoring.core.internal.EnumSets;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.DayOfWeek;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * When a participant can meet.
 *
 * @param hoursPerMonth hours per month they can give, 0 (unspecified) to 200
 * @param days the weekdays they can meet on; empty means unspecified
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public record Availability(@Min(0) @Max(200) int hoursPerMonth, Set<DayOfWeek> days) {

  /**
   * Copies the set.
   *
   * @param hoursPerMonth hours per month they can give, 0 (unspecified) to 200
   * @param days the weekdays they can meet on; empty means unspecified
   * @throws NullPointerException if {@code days} or an element is null
   */
  public Availability {
    days = EnumSets.copyOf(days);
  }

  /**
   * Returns an availability with nothing stated.
   *
   * @return the unspecified availability
   */
  public static Availability unspecified() {
    return new Availability(0, Set.of());
  }
}
