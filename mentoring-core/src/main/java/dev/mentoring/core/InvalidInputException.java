package dev.mentoring.core;

import java.util.List;
import java.util.stream.Collectors;
import org.apiguardian.api.API;

/**
 * Thrown when a request's input breaks one or more rules. All violations of a request are reported
 * together, before anything is stored.
 *
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public final class InvalidInputException extends MentoringException {
  private static final long serialVersionUID = 1L;

  /** The violations. */
  @SuppressWarnings("serial") // an immutable List.copyOf list of records
  private final List<Violation> violations;

  /**
   * Creates the exception.
   *
   * @param violations the broken rules, at least one
   * @throws IllegalArgumentException if {@code violations} is empty
   */
  public InvalidInputException(List<Violation> violations) {
    super(describe(violations));
    this.violations = List.copyOf(violations);
  }

  /**
   * Creates the exception for a single broken rule.
   *
   * @param path the property path
   * @param rule the rule's short name
   * @param message the description
   * @return the exception
   */
  public static InvalidInputException of(String path, String rule, String message) {
    return new InvalidInputException(List.of(Violation.of(path, rule, message)));
  }

  private static String describe(List<Violation> violations) {
    if (violations.isEmpty()) {
      throw new IllegalArgumentException("violations is empty");
    }
    return violations.size()
        + (violations.size() == 1 ? " invalid input: " : " invalid inputs: ")
        + violations.stream().map(Violation::toString).collect(Collectors.joining("; "));
  }

  /**
   * Returns every broken rule, in a stable order (by path, then rule).
   *
   * @return the violations, never empty
   */
  public List<Violation> violations() {
    return violations;
  }
}
