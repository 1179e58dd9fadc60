package dev.mentoring.json.internal;

import dev.mentoring.json.JsonReadOptions;
import dev.mentoring.json.MentoringJsonException;
import dev.mentoring.json.MentoringJsonException.Rule;
import dev.mentoring.json.internal.JsonTokens.ParserLimitException;
import dev.mentoring.json.internal.JsonTokens.Token;
import dev.mentoring.json.internal.JsonValue.JsonArray;
import dev.mentoring.json.internal.JsonValue.JsonBoolean;
import dev.mentoring.json.internal.JsonValue.JsonNull;
import dev.mentoring.json.internal.JsonValue.JsonNumber;
import dev.mentoring.json.internal.JsonValue.JsonObject;
import dev.mentoring.json.internal.JsonValue.JsonString;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Reads one JSON value from a token cursor into a {@link JsonValue}, checking the limits of {@link
 * JsonReadOptions} as the tokens arrive: a string or name longer than the maximum, a collection
 * with more entries, nesting deeper than allowed, and a key repeated in one object each fail at
 * once with a {@link MentoringJsonException} naming the path. Recursion is bounded by the nesting
 * limit, itself at most {@value JsonReadOptions#MAX_NESTING_DEPTH_LIMIT}.
 */
public final class JsonTreeReader {
  private final JsonTokens tokens;
  private final JsonReadOptions options;

  private JsonTreeReader(JsonTokens tokens, JsonReadOptions options) {
    this.tokens = tokens;
    this.options = options;
  }

  /**
   * Reads the value that starts at the cursor's current token, leaving the cursor on its last
   * token.
   *
   * @param tokens the cursor
   * @param options the limits
   * @param path where the value is, for messages
   * @return the value
   * @throws MentoringJsonException if a limit is exceeded or a key repeated
   */
  public static JsonValue read(JsonTokens tokens, JsonReadOptions options, Path path) {
    return new JsonTreeReader(tokens, options).value(path, 0);
  }

  private JsonValue value(Path path, int depth) {
    Token token = tokens.current();
    return switch (token) {
      case START_OBJECT -> object(path, depth + 1);
      case START_ARRAY -> array(path, depth + 1);
      case STRING -> new JsonString(text(path));
      case NUMBER -> new JsonNumber(text(path));
      case TRUE -> new JsonBoolean(true);
      case FALSE -> new JsonBoolean(false);
      case NULL -> JsonNull.INSTANCE;
      default ->
          throw new MentoringJsonException(
              path.toString(), Rule.WRONG_TYPE, "unsupported JSON token " + token);
    };
  }

  private JsonObject object(Path path, int depth) {
    checkDepth(path, depth);
    String[] names = new String[8];
    JsonValue[] values = new JsonValue[8];
    int size = 0;
    Set<String> seen = null; // only for objects too large to scan for repeats
    for (Token t = nextName(path); t != Token.END_OBJECT; t = nextName(path)) {
      if (t != Token.NAME) {
        throw new MentoringJsonException(
            path.toString(), Rule.WRONG_TYPE, "expected a property name, found " + t);
      }
      String name = text(path);
      Path at = path.property(name);
      if (repeated(name, names, size, seen)) {
        throw new MentoringJsonException(
            at.toString(), Rule.DUPLICATE, "property " + Text.quote(name) + " appears twice");
      }
      if (size == options.maxCollectionSize()) {
        throw tooMany(path, "properties");
      }
      if (size == JsonObject.SCAN_LIMIT) {
        seen = new HashSet<>(Arrays.asList(names).subList(0, size));
      }
      if (seen != null) {
        seen.add(name);
      }
      next(at);
      if (size == names.length) {
        names = Arrays.copyOf(names, size * 2);
        values = Arrays.copyOf(values, size * 2);
      }
      names[size] = name;
      values[size] = value(at, depth);
      size++;
    }
    return new JsonObject(
        size == names.length ? names : Arrays.copyOf(names, size),
        size == values.length ? values : Arrays.copyOf(values, size));
  }

  private static boolean repeated(
      String name, String[] names, int size, @Nullable Set<String> seen) {
    if (seen != null) {
      return seen.contains(name);
    }
    for (int i = 0; i < size; i++) {
      if (names[i].equals(name)) {
        return true;
      }
    }
    return false;
  }

  private JsonArray array(Path path, int depth) {
    checkDepth(path, depth);
    List<JsonValue> elements = new ArrayList<>();
    for (int i = 0; ; i++) {
      Path at = path.index(i);
      if (next(at) == Token.END_ARRAY) {
        return new JsonArray(elements);
      }
      if (i == options.maxCollectionSize()) {
        throw tooMany(path, "elements");
      }
      elements.add(value(at, depth));
    }
  }

  private void checkDepth(Path path, int depth) {
    if (depth > options.maxNestingDepth()) {
      throw new MentoringJsonException(
          path.toString(),
          Rule.TOO_DEEP,
          "arrays and objects nested more than " + options.maxNestingDepth() + " levels deep");
    }
  }

  private MentoringJsonException tooMany(Path path, String what) {
    return new MentoringJsonException(
        path.toString(), Rule.TOO_MANY, "more than " + options.maxCollectionSize() + " " + what);
  }

  private Token next(Path path) {
    try {
      return tokens.next();
    } catch (ParserLimitException e) {
      throw new MentoringJsonException(path.toString(), Rule.PARSER_LIMIT, limitMessage(e));
    }
  }

  /** Moves to the next name of an object; a value the parser read ahead is blamed on its name. */
  private Token nextName(Path path) {
    try {
      return tokens.next();
    } catch (ParserLimitException e) {
      String property = e.property();
      Path at = property == null ? path : path.property(property);
      throw new MentoringJsonException(at.toString(), Rule.PARSER_LIMIT, limitMessage(e));
    }
  }

  private String text(Path path) {
    String text;
    try {
      text = tokens.text();
    } catch (ParserLimitException e) {
      throw new MentoringJsonException(path.toString(), Rule.PARSER_LIMIT, limitMessage(e));
    }
    if (text.length() > options.maxStringLength()) {
      throw new MentoringJsonException(
          path.toString(),
          Rule.TOO_LONG,
          "text of " + text.length() + " characters; at most " + options.maxStringLength());
    }
    return text;
  }

  private static String limitMessage(ParserLimitException e) {
    String message = e.getMessage();
    return message == null ? "a limit of the JSON parser was exceeded" : message;
  }
}
