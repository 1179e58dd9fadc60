package dev.mentoring.json.internal;

import dev.mentoring.json.JsonReadOptions;
import dev.mentoring.json.MentoringJsonException;
import dev.mentoring.json.MentoringJsonException.Rule;
import org.jspecify.annotations.Nullable;

/**
 * The properties of one JSON object being read into a record. Each getter marks its property as
 * known; {@link #finish()} then rejects the properties nobody asked for, unless the options say to
 * ignore them.
 */
public final class ObjectIn {
  private final JsonValue.JsonObject members;
  private final Path path;
  private final JsonReadOptions options;
  private final boolean[] asked;

  private ObjectIn(JsonValue.JsonObject members, Path path, JsonReadOptions options) {
    this.members = members;
    this.path = path;
    this.options = options;
    this.asked = new boolean[members.size()];
  }

  /**
   * Opens a JSON object.
   *
   * @param json the value, which must be an object
   * @param path where it is
   * @param options how strictly to read
   * @return the reader of its properties
   * @throws MentoringJsonException if the value is not an object
   */
  public static ObjectIn of(JsonValue json, Path path, JsonReadOptions options) {
    if (json instanceof JsonValue.JsonObject o) {
      return new ObjectIn(o, path, options);
    }
    throw Codec.mismatch(path, "an object", json);
  }

  /**
   * Returns where the object is.
   *
   * @return the path
   */
  public Path path() {
    return path;
  }

  /**
   * Reads a required property.
   *
   * @param name the property
   * @param codec its codec
   * @param <T> its type
   * @return the value
   * @throws MentoringJsonException if it is absent, null or invalid
   */
  public <T> T get(String name, Codec<T> codec) {
    return codec.read(required(name), path.property(name), options);
  }

  /**
   * Reads an optional property; absent and {@code null} both mean absent.
   *
   * @param name the property
   * @param codec its codec
   * @param <T> its type
   * @return the value, or null if absent
   * @throws MentoringJsonException if it is invalid
   */
  public <T> @Nullable T opt(String name, Codec<T> codec) {
    JsonValue json = lookUp(name);
    if (json == null || json instanceof JsonValue.JsonNull) {
      return null;
    }
    return codec.read(json, path.property(name), options);
  }

  /**
   * Reads a required string property.
   *
   * @param name the property
   * @return the string
   * @throws MentoringJsonException if it is absent or not a string
   */
  public String getString(String name) {
    return get(name, Scalars.STRING);
  }

  /**
   * Reads a required int property.
   *
   * @param name the property
   * @return the int
   * @throws MentoringJsonException if it is absent, not an integer or out of range
   */
  public int getInt(String name) {
    return Numbers.readInt(required(name), path.property(name));
  }

  /**
   * Reads a required long property.
   *
   * @param name the property
   * @return the long
   * @throws MentoringJsonException if it is absent, not an integer or out of range
   */
  public long getLong(String name) {
    return Numbers.readLong(required(name), path.property(name));
  }

  /**
   * Reads a required double property.
   *
   * @param name the property
   * @return the double
   * @throws MentoringJsonException if it is absent, not a number or out of range
   */
  public double getDouble(String name) {
    return Numbers.readDouble(required(name), path.property(name));
  }

  /**
   * Reads a required boolean property.
   *
   * @param name the property
   * @return the boolean
   * @throws MentoringJsonException if it is absent or not a boolean
   */
  public boolean getBoolean(String name) {
    return get(name, Scalars.BOOLEAN);
  }

  /**
   * Rejects the properties no getter asked for, unless unknown properties are ignored.
   *
   * @throws MentoringJsonException for the first unknown property, in input order
   */
  public void finish() {
    if (options.ignoreUnknownProperties()) {
      return;
    }
    for (int i = 0; i < asked.length; i++) {
      if (!asked[i]) {
        String name = members.name(i);
        throw new MentoringJsonException(
            path.property(name).toString(),
            Rule.UNKNOWN_PROPERTY,
            "unknown property " + Text.quote(name));
      }
    }
  }

  /** Finds a property and marks it as known. */
  private @Nullable JsonValue lookUp(String name) {
    int i = members.indexOf(name);
    if (i < 0) {
      return null;
    }
    asked[i] = true;
    return members.value(i);
  }

  private JsonValue required(String name) {
    JsonValue json = lookUp(name);
    if (json == null) {
      throw new MentoringJsonException(
          path.property(name).toString(), Rule.MISSING, "required property is missing");
    }
    if (json instanceof JsonValue.JsonNull) {
      throw new MentoringJsonException(
          path.property(name).toString(), Rule.NULL, "required property is null");
    }
    return json;
  }
}
