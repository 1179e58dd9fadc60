package dev.mentoring.core.meeting;

import static java.util.Objects.requireNonNull;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import org.apiguardian.api.API;

/**
 * How a series of meetings repeats: the input of {@code meetings().scheduleSeries}, together with
 * the first meeting's plan.
 *
 * <p>Occurrences are computed in the plan's time zone, so they keep their local time across
 * daylight-saving changes: a weekly 09:00 meeting in {@code Europe/Berlin} stays at 09:00, and its
 * instant moves by an hour when the clocks change. The n-th occurrence is computed from the first,
 * not from the one before, so a monthly series that starts on the 31st falls on the last day of
 * shorter months and returns to the 31st. A local time that a daylight-saving gap skips is moved
 * later by the length of the gap; in an overlap, the offset of the first occurrence is kept.
 *
 * @param frequency how often the meeting repeats
 * @param count how many meetings the series has, the first included, 2 to 52
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record Recurrence(RecurrenceFrequency frequency, @Min(2) @Max(52) int count) {

  /**
   * Checks nulls; the engine checks the range of {@code count}.
   *
   * @param frequency how often the meeting repeats
   * @param count how many meetings the series has, the first included, 2 to 52
   * @throws NullPointerException if {@code frequency} is null
   */
  public Recurrence {
    requireNonNull(frequency, "frequency");
  }

  /**
   * Returns a weekly series.
   *
   * @param count how many meetings
   * @return the recurrence
   */
  public static Recurrence weekly(int count) {
    return new Recurrence(RecurrenceFrequency.WEEKLY, count);
  }

  /**
   * Returns the start of each meeting of the series.
   *
   * @param first the first meeting's start
   * @param zone the time zone the series repeats in
   * @return {@code count} instants, the first being {@code first}, in increasing order; empty if
   *     {@code count} is not positive
   */
  public List<Instant> occurrences(Instant first, ZoneId zone) {
    requireNonNull(first, "first");
    requireNonNull(zone, "zone");
    ZonedDateTime start = first.atZone(zone);
    List<Instant> starts = new ArrayList<>();
    for (int k = 0; k < count; k++) {
      ZonedDateTime next =
          switch (frequency) {
            case WEEKLY -> start.plusWeeks(k);
            case BIWEEKLY -> start.plusWeeks(2L * k);
            case MONTHLY -> start.plusMonths(k);
          };
      starts.add(next.toInstant());
    }
    return List.copyOf(starts);
  }
}
