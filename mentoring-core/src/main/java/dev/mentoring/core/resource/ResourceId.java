package dev.mentoring.core.resource;

import static java.util.Objects.requireNonNull;

import dev.mentoring.core.internal.Ids;
import org.apiguardian.api.API;

/**
 * Identifies a knowledge-base resource. Assigned by the engine when it is created.
 *
 * <p>Value-based: compare with {@link #equals}.
 *
 * @param value the id, 1 to 200 characters, not blank
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record ResourceId(String value) implements Comparable<ResourceId> {

  /**
   * Checks the value.
   *
   * @param value the id, 1 to 200 characters, not blank
   * @throws NullPointerException if {@code value} is null
   * @throws IllegalArgumentException if {@code value} is blank or longer than 200 characters
   */
  public ResourceId {
    Ids.check(requireNonNull(value, "value"), "ResourceId");
  }

  /**
   * Returns the id with the given value.
   *
   * @param value the value
   * @return the id
   * @throws IllegalArgumentException if {@code value} is blank or longer than 200 characters
   */
  public static ResourceId of(String value) {
    return new ResourceId(value);
  }

  /**
   * Returns a new random id.
   *
   * @return an id holding a random UUID
   */
  public static ResourceId random() {
    return new ResourceId(Ids.random());
  }

  @Override
  public int compareTo(ResourceId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
