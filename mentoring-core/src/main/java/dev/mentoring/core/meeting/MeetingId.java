package dev.mentoring.core.meeting;

import static java.util.Objects.requireNonNull;

import dev.mentoring.core.internal.Ids;
import org.apiguardian.api.API;

/**
 * Identifies a meeting. Assigned by the engine when the meeting is scheduled or logged, and stable
 * for the meeting's life, so that it can serve as the {@code UID} of a calendar event.
 *
 * <p>Value-based: compare with {@link #equals}.
 *
 * @param value the id, 1 to 200 characters, not blank
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record MeetingId(String value) implements Comparable<MeetingId> {

  /**
   * Checks the value.
   *
   * @param value the id, 1 to 200 characters, not blank
   * @throws NullPointerException if {@code value} is null
   * @throws IllegalArgumentException if {@code value} is blank or longer than 200 characters
   */
  public MeetingId {
    Ids.check(requireNonNull(value, "value"), "MeetingId");
  }

  /**
   * Returns the id with the given value.
   *
   * @param value the value
   * @return the id
   * @throws IllegalArgumentException if {@code value} is blank or longer than 200 characters
   */
  public static MeetingId of(String value) {
    return new MeetingId(value);
  }

  /**
   * Returns a new random id.
   *
   * @return an id holding a random UUID
   */
  public static MeetingId random() {
    return new MeetingId(Ids.random());
  }

  @Override
  public int compareTo(MeetingId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
