package dev.mentoring.json.internal;

import org.jspecify.annotations.Nullable;

/**
 * Where {@link JsonTreeReader} reads JSON from: a token cursor that each Jackson module implements
 * over its parser. The cursor starts on the first token of the value to read; the reader never
 * moves it past the last token of that value.
 */
public interface JsonTokens {

  /** The kinds of token. */
  enum Token {
    /** The start of an object. */
    START_OBJECT,
    /** The end of an object. */
    END_OBJECT,
    /** The start of an array. */
    START_ARRAY,
    /** The end of an array. */
    END_ARRAY,
    /** An object member's name; {@link #text()} holds it. */
    NAME,
    /** A string value; {@link #text()} holds it. */
    STRING,
    /** A number value; {@link #text()} holds its text as written. */
    NUMBER,
    /** The literal {@code true}. */
    TRUE,
    /** The literal {@code false}. */
    FALSE,
    /** The literal {@code null}. */
    NULL,
    /** Anything else the parser may report, such as an embedded binary value. */
    OTHER
  }

  /**
   * Returns the current token.
   *
   * @return the token
   */
  Token current();

  /**
   * Moves to the next token. Malformed input and end of input fail with the parser's own exception
   * (unchecked); a parser limit fails with {@link ParserLimitException}.
   *
   * @return the new current token
   */
  Token next();

  /**
   * Returns the text of the current {@link Token#NAME}, {@link Token#STRING} or {@link
   * Token#NUMBER} token.
   *
   * @return the text, unescaped
   */
  String text();

  /**
   * Thrown by a cursor when the parser refuses input for exceeding one of its own limits (such as a
   * maximum number length); the tree reader reports it with the path.
   */
  final class ParserLimitException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** The property whose value the parser was reading, if it knows. */
    private final @Nullable String property;

    /**
     * Creates the exception.
     *
     * @param message the parser's description of the limit
     * @param property the name of the property whose value the parser was reading when it gave up
     *     (parsers read a value's first token together with its name), or null
     * @param cause the parser's exception
     */
    public ParserLimitException(String message, @Nullable String property, Throwable cause) {
      super(message, cause);
      this.property = property;
    }

    /**
     * Returns the property whose value the parser was reading.
     *
     * @return the name, or null if unknown
     */
    public @Nullable String property() {
      return property;
    }
  }
}
