package dev.mentoring.jackson2.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import dev.mentoring.json.internal.JsonTokens;
import dev.mentoring.json.internal.Path;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.jspecify.annotations.Nullable;

/**
 * The codecs' token cursor over a Jackson 2 parser. A parser {@link IOException} travels out as
 * {@link UncheckedIOException} and {@link CodecDeserializer} throws its cause again.
 */
final class ParserTokens implements JsonTokens {
  private final JsonParser parser;

  /**
   * Jackson may call a deserializer on the first property name of an object whose start it has
   * already consumed; the cursor then reports that start first.
   */
  private boolean pendingStart;

  ParserTokens(JsonParser parser) {
    this.parser = parser;
    this.pendingStart = parser.currentToken() == JsonToken.FIELD_NAME;
  }

  @Override
  public Token current() {
    return pendingStart ? Token.START_OBJECT : map(parser.currentToken());
  }

  @Override
  public Token next() {
    if (pendingStart) {
      pendingStart = false;
      return map(parser.currentToken());
    }
    try {
      JsonToken token = parser.nextToken();
      if (token == null) {
        throw MismatchedInputException.from(parser, Object.class, "unexpected end of input");
      }
      return map(token);
    } catch (StreamConstraintsException e) {
      throw limit(e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public String text() {
    try {
      return parser.getText();
    } catch (StreamConstraintsException e) {
      throw limit(e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Returns the limit exception. A parser reads the first token of a property's value together with
   * its name, so a number too long for it fails while the cursor moves to the name; the parser then
   * stands on that name.
   */
  private ParserLimitException limit(StreamConstraintsException e) {
    String property = null;
    try {
      if (parser.currentToken() == JsonToken.FIELD_NAME) {
        property = parser.currentName();
      }
    } catch (IOException ignored) {
      // no name to blame: report the object
    }
    return new ParserLimitException(e.getOriginalMessage(), property, e);
  }

  private static Token map(@Nullable JsonToken token) {
    if (token == null) {
      return Token.OTHER;
    }
    return switch (token) {
      case START_OBJECT -> Token.START_OBJECT;
      case END_OBJECT -> Token.END_OBJECT;
      case START_ARRAY -> Token.START_ARRAY;
      case END_ARRAY -> Token.END_ARRAY;
      case FIELD_NAME -> Token.NAME;
      case VALUE_STRING -> Token.STRING;
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> Token.NUMBER;
      case VALUE_TRUE -> Token.TRUE;
      case VALUE_FALSE -> Token.FALSE;
      case VALUE_NULL -> Token.NULL;
      default -> Token.OTHER;
    };
  }

  /**
   * Returns the path of the value at the parser's current token, from the document root, so that
   * errors inside a value nested in a host's document name the full path.
   *
   * @param parser the parser, on the first token of a value or on a property name
   * @return the path
   */
  static Path pathOf(JsonParser parser) {
    JsonStreamContext context = parser.getParsingContext();
    JsonToken token = parser.currentToken();
    if (token == JsonToken.START_OBJECT
        || token == JsonToken.START_ARRAY
        || token == JsonToken.FIELD_NAME) {
      // A structure's own context starts with its first token; its place is in the parent.
      context = context.getParent();
    }
    return extend(context);
  }

  /**
   * Returns the path of the property name at the parser's current token, for a map key.
   *
   * @param parser the parser, on a property name
   * @return the path
   */
  static Path keyPathOf(JsonParser parser) {
    return extend(parser.getParsingContext());
  }

  private static Path extend(@Nullable JsonStreamContext context) {
    if (context == null || context.inRoot()) {
      return Path.root();
    }
    Path parent = extend(context.getParent());
    if (context.inArray()) {
      return parent.index(Math.max(0, context.getCurrentIndex()));
    }
    String name = context.getCurrentName();
    return name == null ? parent : parent.property(name);
  }
}
