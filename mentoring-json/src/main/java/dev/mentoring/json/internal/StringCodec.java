package dev.mentoring.json.internal;

import dev.mentoring.json.JsonReadOptions;
import dev.mentoring.json.MentoringJsonException;
import java.util.function.Function;

/**
 * A codec for values written as JSON strings: ids, enums, dates, durations, zones. Such values may
 * also be map keys.
 *
 * @param <T> the type
 */
public abstract class StringCodec<T> implements Codec<T> {

  /** For subclasses. */
  protected StringCodec() {}

  /**
   * Returns a codec from two functions. A parse failure ({@link IllegalArgumentException} or {@link
   * java.time.DateTimeException}) is reported as {@link MentoringJsonException.Rule#INVALID_VALUE}.
   *
   * @param what what the text must be, for messages, such as "an ISO-8601 date"
   * @param format turns a value into its text
   * @param parse turns text into a value; may throw {@link IllegalArgumentException} or {@link
   *     java.time.DateTimeException}
   * @param showCause whether the message of a parse failure goes into the error (true for domain
   *     messages such as "ProgramId value is blank"; false where it would echo the whole input)
   * @param <T> the type
   * @return the codec
   */
  public static <T> StringCodec<T> of(
      String what, Function<T, String> format, Function<String, T> parse, boolean showCause) {
    return new StringCodec<>() {
      @Override
      public String format(T value) {
        return format.apply(value);
      }

      @Override
      public T parse(String text, Path path) {
        try {
          return parse.apply(text);
        } catch (IllegalArgumentException | java.time.DateTimeException e) {
          String cause = e.getMessage();
          throw new MentoringJsonException(
              path.toString(),
              MentoringJsonException.Rule.INVALID_VALUE,
              showCause && cause != null
                  ? cause
                  : "expected " + what + ", found " + Text.quote(text));
        }
      }
    };
  }

  /**
   * Returns the text of a value.
   *
   * @param value the value
   * @return its text
   */
  public abstract String format(T value);

  /**
   * Parses text.
   *
   * @param text the text
   * @param path where the text is, for messages
   * @return the value
   * @throws MentoringJsonException if the text does not denote a value
   */
  public abstract T parse(String text, Path path);

  @Override
  public final void write(T value, JsonWriter out) {
    out.string(format(value));
  }

  @Override
  public final T read(JsonValue json, Path path, JsonReadOptions options) {
    if (json instanceof JsonValue.JsonString s) {
      return parse(s.value(), path);
    }
    throw Codec.mismatch(path, "a string", json);
  }
}
