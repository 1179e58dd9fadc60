package dev.mentoring.core;

import static java.util.Objects.requireNonNull;

import java.util.List;
import org.apiguardian.api.API;

/**
 * Thrown when a matching request cannot be satisfied at all, such as more fixed pairs for a mentor
 * than the mentor's capacity.
 *
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public final class InfeasibleMatchingException extends MentoringException {
  private static final long serialVersionUID = 1L;

  /** The reasons. */
  @SuppressWarnings("serial") // an immutable List.copyOf list of strings
  private final List<String> reasons;

  /**
   * Creates the exception.
   *
   * @param reasons why the request cannot be satisfied, at least one
   * @throws IllegalArgumentException if {@code reasons} is empty
   */
  public InfeasibleMatchingException(List<String> reasons) {
    super("infeasible matching: " + String.join("; ", requireNonEmpty(reasons)));
    this.reasons = List.copyOf(reasons);
  }

  private static List<String> requireNonEmpty(List<String> reasons) {
    if (requireNonNull(reasons, "reasons").isEmpty()) {
      throw new IllegalArgumentException("reasons is empty");
    }
    return reasons;
  }

  /**
   * Returns why the request cannot be satisfied.
   *
   * @return the reasons, never empty
   */
  public List<String> reasons() {
    return reasons;
  }
}
