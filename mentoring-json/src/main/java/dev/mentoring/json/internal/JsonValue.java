package dev.mentoring.json.internal;

import static java.util.Objects.requireNonNull;

import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

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
   * An object; members keep their input order. Members are held in two arrays and found by a linear
   * scan while the object is small (as every record is), through a hash index built on first use
   * once it is large. Like every tree, it belongs to the one read that made it and is not shared
   * between threads.
   */
  final class JsonObject implements JsonValue {
    /** Objects up to this size are searched, and checked for a repeated key, by a linear scan. */
    static final int SCAN_LIMIT = 16;

    private final String[] names;
    private final JsonValue[] values;
    private @Nullable Map<String, Integer> index;

    /**
     * Copies the members, keeping their order.
     *
     * @param members the members by name
     */
    public JsonObject(Map<String, JsonValue> members) {
      int n = members.size();
      this.names = new String[n];
      this.values = new JsonValue[n];
      int i = 0;
      for (Map.Entry<String, JsonValue> e : members.entrySet()) {
        names[i] = requireNonNull(e.getKey(), "name");
        values[i] = requireNonNull(e.getValue(), "value");
        i++;
      }
    }

    /** Takes arrays of distinct names and their values without copying; callers hand them over. */
    JsonObject(String[] names, JsonValue[] values) {
      this.names = names;
      this.values = values;
    }

    /**
     * Returns the number of members.
     *
     * @return the size
     */
    public int size() {
      return names.length;
    }

    /**
     * Returns the name of a member.
     *
     * @param i the member's position, in input order
     * @return its name
     */
    public String name(int i) {
      return names[i];
    }

    /**
     * Returns the value of a member.
     *
     * @param i the member's position, in input order
     * @return its value
     */
    public JsonValue value(int i) {
      return values[i];
    }

    /**
     * Finds a member by name.
     *
     * @param name the name
     * @return its position, or -1 if absent
     */
    public int indexOf(String name) {
      if (names.length <= SCAN_LIMIT) {
        for (int i = 0; i < names.length; i++) {
          if (names[i].equals(name)) {
            return i;
          }
        }
        return -1;
      }
      Map<String, Integer> byName = index;
      if (byName == null) {
        byName = new HashMap<>(names.length * 2);
        for (int i = 0; i < names.length; i++) {
          byName.put(names[i], i);
        }
        index = byName;
      }
      Integer i = byName.get(name);
      return i == null ? -1 : i;
    }

    /**
     * Returns the members as a map in input order.
     *
     * @return a new unmodifiable map
     */
    public Map<String, JsonValue> members() {
      Map<String, JsonValue> map = new LinkedHashMap<>(names.length * 2);
      for (int i = 0; i < names.length; i++) {
        map.put(names[i], values[i]);
      }
      return Collections.unmodifiableMap(map);
    }

    @Override
    public String describe() {
      return "an object";
    }

    @Override
    public boolean equals(@Nullable Object o) {
      return o instanceof JsonObject other && members().equals(other.members());
    }

    @Override
    public int hashCode() {
      return members().hashCode();
    }

    @Override
    public String toString() {
      return "JsonObject[members=" + members() + "]";
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
