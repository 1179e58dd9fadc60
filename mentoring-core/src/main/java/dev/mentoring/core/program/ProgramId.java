package dev.mentoring.core.program;

import static java.util.Objects.requireNonNull;

import dev.mentoring.core.internal.Ids;
import org.apiguardian.api.API;

/**
 * Identifies a mentoring program. Assigned by the engine when the program is created.
 *
 * <p>Value-based: compare with {@link #equals}.
 *
 * @param value the id, 1 to 200 characters, not blank
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public record ProgramId(String value) implements Comparable<ProgramId> {

  /**
   * Checks the value.
   *
   * @param value the id, 1 to 200 characters, not blank
   * @throws NullPointerException if {@code value} is null
   * @throws IllegalArgumentException if {@code value} is blank or longer than 200 characters
   */
  public ProgramId {
    Ids.check(requireNonNull(value, "value"), "ProgramId");
  }

  /**
   * Returns the id with the given value.
   *
   * @param value the value
   * @return the id
   * @throws IllegalArgumentException if {@code value} is blank or longer than 200 characters
   */
  public static ProgramId of(String value) {
    return new ProgramId(value);
  }

  /**
   * Returns a new random id.
   *
   * @return an id holding a random UUID
   */
  public static ProgramId random() {
    return new ProgramId(Ids.random());
  }

  @Override
  public int compareTo(ProgramId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
