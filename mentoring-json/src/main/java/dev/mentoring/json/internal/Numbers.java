package dev.mentoring.json.internal;

import dev.mentoring.json.MentoringJsonException;
import dev.mentoring.json.MentoringJsonException.Rule;
import java.util.regex.Pattern;

/**
 * Numbers in the shape: integers are JSON integers; doubles are written in {@link
 * Double#toString(double)} form (a valid JSON number, such as {@code 0.5}, {@code 812.0} or {@code
 * 1.0E-5}), so that every JSON library emits the same characters, and must be finite.
 */
public final class Numbers {
  private static final Pattern INTEGER = Pattern.compile("-?(0|[1-9][0-9]*)");
  private static final Pattern NUMBER =
      Pattern.compile("-?(0|[1-9][0-9]*)(\\.[0-9]+)?([eE][-+]?[0-9]+)?");

  /** The most digits of a long. */
  private static final int LONG_DIGITS = 19;

  private Numbers() {}

  /**
   * Formats a double.
   *
   * @param value the value
   * @param what what the value is, for messages, such as "meanScore"
   * @return its JSON text
   * @throws MentoringJsonException if the value is NaN or infinite
   */
  public static String format(double value, String what) {
    if (!Double.isFinite(value)) {
      throw new MentoringJsonException(
          "$", Rule.OUT_OF_RANGE, what + " is " + value + ", which JSON cannot represent");
    }
    return Double.toString(value);
  }

  /**
   * Reads a long from an integer literal.
   *
   * @param json the JSON value
   * @param path where it is
   * @return the long
   * @throws MentoringJsonException if the value is not a number, not an integer or too large
   */
  public static long readLong(JsonValue json, Path path) {
    String text = numberText(json, path, "an integer");
    if (!INTEGER.matcher(text).matches()) {
      throw new MentoringJsonException(
          path.toString(), Rule.OUT_OF_RANGE, "expected an integer, found " + Text.quote(text));
    }
    int digits = text.startsWith("-") ? text.length() - 1 : text.length();
    if (digits <= LONG_DIGITS) {
      try {
        return Long.parseLong(text);
      } catch (NumberFormatException e) {
        // 19 digits above Long.MAX_VALUE: reported below
      }
    }
    throw new MentoringJsonException(
        path.toString(),
        Rule.OUT_OF_RANGE,
        "integer of " + digits + " digits is outside the 64-bit range");
  }

  /**
   * Reads an int from an integer literal.
   *
   * @param json the JSON value
   * @param path where it is
   * @return the int
   * @throws MentoringJsonException if the value is not a number, not an integer or too large
   */
  public static int readInt(JsonValue json, Path path) {
    long value = readLong(json, path);
    if (value < Integer.MIN_VALUE || value > Integer.MAX_VALUE) {
      throw new MentoringJsonException(
          path.toString(), Rule.OUT_OF_RANGE, value + " is outside the 32-bit range");
    }
    return (int) value;
  }

  /**
   * Reads a finite double from any JSON number.
   *
   * @param json the JSON value
   * @param path where it is
   * @return the double, rounded to nearest
   * @throws MentoringJsonException if the value is not a number or too large for a double
   */
  public static double readDouble(JsonValue json, Path path) {
    String text = numberText(json, path, "a number");
    if (!NUMBER.matcher(text).matches()) {
      throw new MentoringJsonException(
          path.toString(), Rule.WRONG_TYPE, "not a JSON number: " + Text.quote(text));
    }
    double value = Double.parseDouble(text);
    if (!Double.isFinite(value)) {
      throw new MentoringJsonException(
          path.toString(),
          Rule.OUT_OF_RANGE,
          "number " + Text.quote(text) + " is too large for a double");
    }
    return value;
  }

  private static String numberText(JsonValue json, Path path, String expected) {
    if (json instanceof JsonValue.JsonNumber n) {
      return n.text();
    }
    throw Codec.mismatch(path, expected, json);
  }
}
