package dev.mentoring.core.pairing;

import static java.util.Objects.requireNonNull;

import dev.mentoring.core.internal.Ids;
import org.apiguardian.api.API;

/**
 * Identifies a mentor–mentee pair (a mentorship). Assigned by the engine when the pair is created.
 *
 * <p>Value-based: compare with {@link #equals}.
 *
 * @param value the id, 1 to 200 characters, not blank
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public record PairId(String value) implements Comparable<PairId> {

  /**
   * Checks the value.
   *
   * @param value the id, 1 to 200 characters, not blank
   * @throws NullPointerException if {@code value} is null
   * @throws IllegalArgumentException if {@code value} is blank or longer than 200 characters
   */
  public PairId {
    Ids.check(requireNonNull(value, "value"), "PairId");
  }

  /**
   * Returns the id with the given value.
   *
   * @param value the value
   * @return the id
   * @throws IllegalArgumentException if {@code value} is blank or longer than 200 characters
   */
  public static PairId of(String value) {
    return new PairId(value);
  }

  /**
   * Returns a new random id.
   *
   * @return an id holding a random UUID
   */
  public static PairId random() {
    return new PairId(Ids.random());
  }

  @Override
  public int compareTo(PairId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
