package dev.mentoring.json.internal;

import dev.mentoring.json.JsonReadOptions;
import dev.mentoring.json.MentoringJsonException;

/**
 * Writes and reads one type in the documented JSON shape. Codecs are stateless and thread-safe.
 *
 * @param <T> the type
 */
public interface Codec<T> {

  /**
   * Writes a value.
   *
   * @param value the value, not null
   * @param out where to write
   * @throws MentoringJsonException if the value has no JSON form (a NaN score)
   */
  void write(T value, JsonWriter out);

  /**
   * Reads a value, building it through its public constructor or factory.
   *
   * @param json the JSON value; {@link JsonValue.JsonNull} where the input held {@code null}
   * @param path where {@code json} is, for messages
   * @param options how strictly to read
   * @return the value, never null
   * @throws MentoringJsonException if the JSON does not have the shape or the value breaks a domain
   *     rule
   */
  T read(JsonValue json, Path path, JsonReadOptions options);

  /**
   * Returns the exception for a JSON value of the wrong kind: {@link
   * MentoringJsonException.Rule#NULL} for {@code null}, {@link
   * MentoringJsonException.Rule#WRONG_TYPE} otherwise.
   *
   * @param path where the value is
   * @param expected what was expected, such as "a string"
   * @param found the value found
   * @return the exception to throw
   */
  static MentoringJsonException mismatch(Path path, String expected, JsonValue found) {
    if (found instanceof JsonValue.JsonNull) {
      return new MentoringJsonException(
          path.toString(),
          MentoringJsonException.Rule.NULL,
          "expected " + expected + ", found null");
    }
    return new MentoringJsonException(
        path.toString(),
        MentoringJsonException.Rule.WRONG_TYPE,
        "expected " + expected + ", found " + found.describe());
  }
}
