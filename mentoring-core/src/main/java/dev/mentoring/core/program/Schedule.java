package dev.mentoring.core.program;

import java.time.LocalDate;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * When a program runs. Either date may be absent (an always-on program has neither); when both are
 * present the engine checks that {@code end} is not before {@code start}.
 *
 * @param start the first day, or {@code null} if open
 * @param end the last day, or {@code null} if open-ended
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public record Schedule(@Nullable LocalDate start, @Nullable LocalDate end) {

  /**
   * Returns a schedule with neither start nor end.
   *
   * @return the open schedule
   */
  public static Schedule open() {
    return new Schedule(null, null);
  }

  /**
   * Returns a schedule between two days, inclusive.
   *
   * @param start the first day
   * @param end the last day
   * @return the schedule
   */
  public static Schedule between(LocalDate start, LocalDate end) {
    return new Schedule(start, end);
  }
}
