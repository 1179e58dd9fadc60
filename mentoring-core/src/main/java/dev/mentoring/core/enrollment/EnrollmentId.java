package dev.mentoring.core.enrollment;

import static java.util.Objects.requireNonNull;

import dev.mentoring.core.internal.Ids;
import org.apiguardian.api.API;

/**
 * Identifies one participant's enrollment in a program. Assigned by the engine when the enrollment
 * is created.
 *
 * <p>Value-based: compare with {@link #equals}.
 *
 * @param value the id, 1 to 200 characters, not blank
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public record EnrollmentId(String value) implements Comparable<EnrollmentId> {

  /**
   * Checks the value.
   *
   * @param value the id, 1 to 200 characters, not blank
   * @throws NullPointerException if {@code value} is null
   * @throws IllegalArgumentException if {@code value} is blank or longer than 200 characters
   */
  public EnrollmentId {
    Ids.check(requireNonNull(value, "value"), "EnrollmentId");
  }

  /**
   * Returns the id with the given value.
   *
   * @param value the value
   * @return the id
   * @throws IllegalArgumentException if {@code value} is blank or longer than 200 characters
   */
  public static EnrollmentId of(String value) {
    return new EnrollmentId(value);
  }

  /**
   * Returns a new random id.
   *
   * @return an id holding a random UUID
   */
  public static EnrollmentId random() {
    return new EnrollmentId(Ids.random());
  }

  @Override
  public int compareTo(EnrollmentId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
