package dev.mentoring.core;

import static java.util.Objects.requireNonNull;

import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * One broken input rule, as reported by {@link InvalidInputException}.
 *
 * @param path the property path of the offending value, such as {@code
 *     profile.skillsOffered[0].level} or {@code answers[team]}
 * @param rule the rule's short name, such as {@code NotBlank}, {@code Max} or {@code FormAnswer}
 * @param message a human-readable description of the rule
 * @param invalidValue the offending value as text where it is safe to show (numbers, enum
 *     constants, short strings), otherwise {@code null}
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public record Violation(String path, String rule, String message, @Nullable String invalidValue) {

  /**
   * Checks the components.
   *
   * @param path the property path of the offending value, such as {@code
   *     profile.skillsOffered[0].level} or {@code answers[team]}
   * @param rule the rule's short name, such as {@code NotBlank}, {@code Max} or {@code FormAnswer}
   * @param message a human-readable description of the rule
   * @param invalidValue the offending value as text where it is safe to show (numbers, enum
   *     constants, short strings), otherwise {@code null}
   * @throws NullPointerException if {@code path}, {@code rule} or {@code message} is null
   */
  public Violation {
    requireNonNull(path, "path");
    requireNonNull(rule, "rule");
    requireNonNull(message, "message");
  }

  /**
   * Returns a violation without an echoed value.
   *
   * @param path the property path
   * @param rule the rule's short name
   * @param message the description
   * @return the violation
   */
  public static Violation of(String path, String rule, String message) {
    return new Violation(path, rule, message, null);
  }

  @Override
  public String toString() {
    return path
        + ": "
        + message
        + " ["
        + rule
        + "]"
        + (invalidValue == null ? "" : " (was " + invalidValue + ")");
  }
}
