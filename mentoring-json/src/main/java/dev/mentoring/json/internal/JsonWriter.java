package dev.mentoring.json.internal;

/**
 * Where codecs write JSON: a streaming port that each Jackson module implements over its generator.
 * Callers produce well-formed sequences (a {@link #name} before each object member, matched begin
 * and end calls); implementations need not check.
 */
public interface JsonWriter {

  /** Starts an object. */
  void beginObject();

  /** Ends the innermost object. */
  void endObject();

  /** Starts an array. */
  void beginArray();

  /** Ends the innermost array. */
  void endArray();

  /**
   * Writes the name of the next object member.
   *
   * @param name the name, unescaped
   */
  void name(String name);

  /**
   * Writes a string value.
   *
   * @param value the string, unescaped
   */
  void string(String value);

  /**
   * Writes an integer value.
   *
   * @param value the integer
   */
  void number(long value);

  /**
   * Writes a number exactly as given, so that every JSON library emits the same characters. A
   * writer that cannot write number text (a tree builder, a binary format) writes the double that
   * {@link Double#parseDouble} reads from it instead.
   *
   * @param raw a double in {@link Double#toString(double)} form, which is valid JSON
   */
  void number(String raw);

  /**
   * Writes a boolean value.
   *
   * @param value the boolean
   */
  void bool(boolean value);
}
