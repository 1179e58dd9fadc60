package dev.mentoring.json.internal;

import org.jspecify.annotations.Nullable;

/** Writes the properties of one JSON object, in the order called. */
public final class ObjectOut {
  private final JsonWriter out;

  /**
   * Wraps a writer positioned inside an object.
   *
   * @param out the writer
   */
  public ObjectOut(JsonWriter out) {
    this.out = out;
  }

  /**
   * Writes a property.
   *
   * @param name the property
   * @param codec its codec
   * @param value the value
   * @param <T> its type
   * @return this
   */
  public <T> ObjectOut put(String name, Codec<T> codec, T value) {
    out.name(name);
    codec.write(value, out);
    return this;
  }

  /**
   * Writes a property unless its value is absent.
   *
   * @param name the property
   * @param codec its codec
   * @param value the value, or null to omit the property
   * @param <T> its type
   * @return this
   */
  public <T> ObjectOut putOpt(String name, Codec<T> codec, @Nullable T value) {
    if (value != null) {
      put(name, codec, value);
    }
    return this;
  }

  /**
   * Writes a string property.
   *
   * @param name the property
   * @param value the string
   * @return this
   */
  public ObjectOut putString(String name, String value) {
    out.name(name);
    out.string(value);
    return this;
  }

  /**
   * Writes an integer property.
   *
   * @param name the property
   * @param value the integer
   * @return this
   */
  public ObjectOut putLong(String name, long value) {
    out.name(name);
    out.number(value);
    return this;
  }

  /**
   * Writes a double property.
   *
   * @param name the property
   * @param value the double, finite
   * @return this
   * @throws dev.mentoring.json.MentoringJsonException if the value is NaN or infinite
   */
  public ObjectOut putDouble(String name, double value) {
    String text = Numbers.format(value, name);
    out.name(name);
    out.number(text);
    return this;
  }

  /**
   * Writes a boolean property.
   *
   * @param name the property
   * @param value the boolean
   * @return this
   */
  public ObjectOut putBoolean(String name, boolean value) {
    out.name(name);
    out.bool(value);
    return this;
  }
}
