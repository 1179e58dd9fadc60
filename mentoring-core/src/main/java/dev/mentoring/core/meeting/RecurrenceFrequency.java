package dev.mentoring.core.meeting;

import org.apiguardian.api.API;

/**
 * How often a recurring meeting repeats, counted in the local time of the meeting's time zone.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum RecurrenceFrequency {
  /** Every week, on the same weekday at the same local time. */
  WEEKLY,
  /** Every second week, on the same weekday at the same local time. */
  BIWEEKLY,
  /**
   * Every month, on the same day of the month at the same local time; in a shorter month, on its
   * last day.
   */
  MONTHLY
}
