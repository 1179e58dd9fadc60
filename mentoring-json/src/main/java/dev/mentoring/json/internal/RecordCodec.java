package dev.mentoring.json.internal;

import dev.mentoring.json.JsonReadOptions;
import dev.mentoring.json.MentoringJsonException;
import dev.mentoring.json.MentoringJsonException.Rule;
import org.jspecify.annotations.Nullable;

/**
 * The codec of a record written as a JSON object: properties named after the components, in
 * component order. Reading calls the record's constructor (or a factory) with what it read; a
 * domain rule the constructor enforces ({@link IllegalArgumentException} or {@link
 * NullPointerException}) becomes a {@link MentoringJsonException} with rule {@link
 * Rule#INVALID_VALUE}, the object's path and the constructor's message, so no half-built value
 * escapes.
 *
 * @param <T> the record type
 */
public final class RecordCodec<T> implements Codec<T> {

  /**
   * Writes a record's properties.
   *
   * @param <T> the record type
   */
  @FunctionalInterface
  public interface Fields<T> {
    /**
     * Writes the properties of a value.
     *
     * @param value the value
     * @param out where to write them
     */
    void write(T value, ObjectOut out);
  }

  /**
   * Builds a record from properties.
   *
   * @param <T> the record type
   */
  @FunctionalInterface
  public interface Builder<T> {
    /**
     * Reads the properties and builds the value.
     *
     * @param in the properties
     * @return the value
     */
    T build(ObjectIn in);
  }

  private final Fields<T> fields;
  private final Builder<T> builder;

  private RecordCodec(Fields<T> fields, Builder<T> builder) {
    this.fields = fields;
    this.builder = builder;
  }

  /**
   * Returns the codec of a record.
   *
   * @param fields writes the properties
   * @param builder reads the properties and calls the constructor
   * @param <T> the record type
   * @return the codec
   */
  public static <T> RecordCodec<T> of(Fields<T> fields, Builder<T> builder) {
    return new RecordCodec<>(fields, builder);
  }

  @Override
  public void write(T value, JsonWriter out) {
    out.beginObject();
    writeFields(value, new ObjectOut(out));
    out.endObject();
  }

  @Override
  public T read(JsonValue json, Path path, JsonReadOptions options) {
    ObjectIn in = ObjectIn.of(json, path, options);
    T value = build(in);
    in.finish();
    return value;
  }

  /**
   * Writes the properties only, for a sealed type that writes its {@code type} first.
   *
   * @param value the value
   * @param out where to write
   */
  void writeFields(T value, ObjectOut out) {
    fields.write(value, out);
  }

  /**
   * Builds the value from an opened object, without checking for unknown properties.
   *
   * @param in the properties
   * @return the value
   * @throws MentoringJsonException if a property is invalid or the constructor refuses the values
   */
  T build(ObjectIn in) {
    try {
      return builder.build(in);
    } catch (IllegalArgumentException e) {
      throw invalid(in.path(), e.getMessage(), "the value breaks a rule of its type");
    } catch (NullPointerException e) {
      throw invalid(in.path(), e.getMessage(), "a required value is absent");
    }
  }

  private static MentoringJsonException invalid(
      Path path, @Nullable String message, String fallback) {
    return new MentoringJsonException(
        path.toString(), Rule.INVALID_VALUE, message == null ? fallback : message);
  }
}
