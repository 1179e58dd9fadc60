package dev.mentoring.json;

import static java.util.Objects.requireNonNull;

import dev.mentoring.core.MentoringException;
import org.apiguardian.api.API;

/**
 * Thrown when JSON cannot be read as, or a value cannot be written as, a Mentoring SDK value. It
 * names where ({@link #path()}, such as {@code $.pairs[3].status}), which rule was broken ({@link
 * #rule()}) and how ({@link #detail()}). Reading fails as a whole: no partly built value is ever
 * returned or stored.
 *
 * <p>Paths are JSONPath-like: {@code $} is the value being read, {@code .name} a property, {@code
 * [3]} an array element and {@code ['odd key']} a property or map key that is not a plain
 * identifier. When the value is nested in a larger document read by Jackson, the path starts at
 * that document's root. The detail quotes at most a short, escaped excerpt of the offending input.
 *
 * <p>Malformed JSON (a missing bracket, a bare word) is not reported with this exception: the JSON
 * library reports it with its own exception and location.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class MentoringJsonException extends MentoringException {
  private static final long serialVersionUID = 1L;

  /** Where the problem is. */
  private final String path;

  /** The rule broken. */
  private final Rule rule;

  /** What exactly is wrong. */
  private final String detail;

  /**
   * Creates the exception.
   *
   * @param path where the problem is, such as {@code $.pairs[3].status}
   * @param rule the rule broken
   * @param detail what exactly is wrong, for people
   * @throws NullPointerException if an argument is null
   */
  public MentoringJsonException(String path, Rule rule, String detail) {
    super(
        requireNonNull(path, "path")
            + ": "
            + requireNonNull(detail, "detail")
            + " ["
            + requireNonNull(rule, "rule").name()
            + "]");
    this.path = path;
    this.rule = rule;
    this.detail = detail;
  }

  /**
   * Returns where the problem is.
   *
   * @return a path such as {@code $.pairs[3].status}
   */
  public String path() {
    return path;
  }

  /**
   * Returns the rule broken.
   *
   * @return the rule
   */
  public Rule rule() {
    return rule;
  }

  /**
   * Returns what exactly is wrong, without the path.
   *
   * @return the detail
   */
  public String detail() {
    return detail;
  }

  /**
   * The rules of the JSON shape and of safe reading.
   *
   * @since 0.1
   */
  @API(status = API.Status.EXPERIMENTAL, since = "0.1")
  public enum Rule {
    /** A JSON value of the wrong kind, such as a string where a number or an object is expected. */
    WRONG_TYPE,
    /** A required property is absent. */
    MISSING,
    /** A property that must hold a value is {@code null}. */
    NULL,
    /**
     * A property the shape does not define (see {@link JsonReadOptions#ignoreUnknownProperties}).
     */
    UNKNOWN_PROPERTY,
    /** A key repeated in one JSON object, or an element repeated in a set. */
    DUPLICATE,
    /** A {@code "type"} name that the sealed type does not define, or one of another subtype. */
    UNKNOWN_TYPE,
    /** An enum name that the enum does not define (names are lower case and case-sensitive). */
    UNKNOWN_NAME,
    /**
     * A number that does not fit: too large for its field, a fraction where an integer is expected,
     * or NaN or infinite (JSON has neither, so such a double cannot be written either).
     */
    OUT_OF_RANGE,
    /**
     * A value the domain refuses, such as a malformed date or a negative capacity; the detail
     * carries the domain's message.
     */
    INVALID_VALUE,
    /** A string longer than {@link JsonReadOptions#maxStringLength()}. */
    TOO_LONG,
    /** An array or object with more than {@link JsonReadOptions#maxCollectionSize()} entries. */
    TOO_MANY,
    /** Arrays and objects nested deeper than {@link JsonReadOptions#maxNestingDepth()}. */
    TOO_DEEP,
    /** A limit of the JSON parser itself was exceeded, such as its maximum number length. */
    PARSER_LIMIT
  }
}
