package dev.mentoring.core.meeting;

import static java.util.Objects.requireNonNull;

import dev.mentoring.core.internal.Ids;
import org.apiguardian.api.API;

/**
 * Identifies a series of recurring meetings. Assigned by the engine when the series is scheduled;
 * every meeting of the series carries it.
 *
 * <p>Value-based: compare with {@link #equals}.
 *
 * @param value the id, 1 to 200 characters, not blank
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record MeetingSeriesId(String value) implements Comparable<MeetingSeriesId> {

  /**
   * Checks the value.
   *
   * @param value the id, 1 to 200 characters, not blank
   * @throws NullPointerException if {@code value} is null
   * @throws IllegalArgumentException if {@code value} is blank or longer than 200 characters
   */
  public MeetingSeriesId {
    Ids.check(requireNonNull(value, "value"), "MeetingSeriesId");
  }

  /**
   * Returns the id with the given value.
   *
   * @param value the value
   * @return the id
   * @throws IllegalArgumentException if {@code value} is blank or longer than 200 characters
   */
  public static MeetingSeriesId of(String value) {
    return new MeetingSeriesId(value);
  }

  /**
   * Returns a new random id.
   *
   * @return an id holding a random UUID
   */
  public static MeetingSeriesId random() {
    return new MeetingSeriesId(Ids.random());
  }

  @Override
  public int compareTo(MeetingSeriesId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
