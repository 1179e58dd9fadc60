package dev.mentoring.core;

import static java.util.Objects.requireNonNull;

import dev.mentoring.core.internal.Ids;
import org.apiguardian.api.API;

/**
 * The host's opaque key for a person. The host owns people; the library stores this key and the
 * profile data that matching and reporting need, nothing else.
 *
 * <p>Value-based: compare with {@link #equals}.
 *
 * @param value the key, 1 to 200 characters, not blank
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public record ParticipantId(String value) implements Comparable<ParticipantId> {

  /**
   * Checks the key.
   *
   * @param value the key, 1 to 200 characters, not blank
   * @throws NullPointerException if {@code value} is null
   * @throws IllegalArgumentException if {@code value} is blank or longer than 200 characters
   */
  public ParticipantId {
    Ids.check(requireNonNull(value, "value"), "ParticipantId");
  }

  /**
   * Returns the id for a host key.
   *
   * @param value the key
   * @return the id
   * @throws IllegalArgumentException if {@code value} is blank or longer than 200 characters
   */
  public static ParticipantId of(String value) {
    return new ParticipantId(value);
  }

  @Override
  public int compareTo(ParticipantId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
