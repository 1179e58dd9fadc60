package dev.mentoring.json.internal;

import static java.util.Objects.requireNonNull;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An immutable JSON value, as read from the input: the form in which codecs see what they read.
 * Numbers keep their text exactly, so no precision is lost before a codec decides what they mean.
 */
public sealed interface JsonValue
    permits JsonValue.JsonObject,
        JsonValue.JsonArray,
        JsonValue.JsonString,
        JsonValue.JsonNumber,
        JsonValue.JsonBoolean,
        JsonValue.JsonNull {

  /**
   * Describes the kind of value for error messages, such as "an object".
   *
   * @return the description
   */
  String describe();

  /**
   * An object; members keep their input order.
   *
   * @param members the members by name
   */
  record JsonObject(Map<String, JsonValue> members) implements JsonValue {
    /**
     * Copies the members, keeping their order.
     *
     * @param members the members by name
     */
    public JsonObject {
      members = Collections.unmodifiableMap(new LinkedHashMap<>(members));
    }

    @Override
    public String describe() {
      return "an object";
    }
  }

  /**
   * An array.
   *
   * @param elements the elements in order
   */
  record JsonArray(List<JsonValue> elements) implements JsonValue {
    /**
     * Copies the elements.
     *
     * @param elements the elements in order
     */
    public JsonArray {
      elements = List.copyOf(elements);
    }

    @Override
    public String describe() {
      return "an array";
    }
  }

  /**
   * A string.
   *
   * @param value the string, unescaped
   */
  record JsonString(String value) implements JsonValue {
    /**
     * Checks the value.
     *
     * @param value the string, unescaped
     */
    public JsonString {
      requireNonNull(value, "value");
    }

    @Override
    public String describe() {
      return "a string";
    }
  }

  /**
   * A number, kept as its text.
   *
   * @param text the number as written in the input
   */
  record JsonNumber(String text) implements JsonValue {
    /**
     * Checks the text.
     *
     * @param text the number as written in the input
     */
    public JsonNumber {
      requireNonNull(text, "text");
    }

    @Override
    public String describe() {
      return "a number";
    }
  }

  /**
   * {@code true} or {@code false}.
   *
   * @param value the boolean
   */
  record JsonBoolean(boolean value) implements JsonValue {
    @Override
    public String describe() {
      return "a boolean";
    }
  }

  /** {@code null}. */
  record JsonNull() implements JsonValue {
    /** The only instance needed. */
    public static final JsonNull INSTANCE = new JsonNull();

    @Override
    public String describe() {
      return "null";
    }
  }
}
