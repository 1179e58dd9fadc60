package dev.mentoring.json.internal;

import dev.mentoring.json.JsonReadOptions;
import dev.mentoring.json.MentoringJsonException;
import dev.mentoring.json.MentoringJsonException.Rule;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The codec of a sealed type: an object whose first property, {@code "type"}, holds an explicit,
 * versioned name from this codec's table (such as {@code "pair_proposed.v1"}), followed by the
 * subtype's own properties. Java class names never appear in JSON. Reading an unknown name fails
 * with {@link Rule#UNKNOWN_TYPE} and does not list the known names.
 *
 * @param <T> the sealed type
 */
public final class SealedCodec<T> implements Codec<T> {

  /** The name of the property that holds the type name. */
  public static final String TYPE = "type";

  private final Map<Class<?>, Entry<?>> byClass;
  private final Map<String, Entry<?>> byName;

  private record Entry<S>(String name, Class<S> type, RecordCodec<S> codec) {}

  private SealedCodec(List<Entry<?>> entries) {
    Map<Class<?>, Entry<?>> classes = new LinkedHashMap<>();
    Map<String, Entry<?>> names = new LinkedHashMap<>();
    for (Entry<?> e : entries) {
      if (classes.put(e.type(), e) != null || names.put(e.name(), e) != null) {
        throw new IllegalArgumentException("duplicate subtype " + e.name());
      }
    }
    this.byClass = classes;
    this.byName = names;
  }

  /**
   * Returns a builder.
   *
   * @param base the sealed type
   * @param <T> the sealed type
   * @return a new builder
   */
  public static <T> Builder<T> builder(Class<T> base) {
    return new Builder<>();
  }

  /**
   * Returns the type names in table order.
   *
   * @return the names
   */
  public List<String> names() {
    return List.copyOf(byName.keySet());
  }

  /**
   * Returns the subtype classes in table order.
   *
   * @return the classes
   */
  @SuppressWarnings("unchecked") // the builder only admits subtypes of T
  public List<Class<? extends T>> subtypes() {
    List<Class<? extends T>> types = new ArrayList<>();
    for (Class<?> type : byClass.keySet()) {
      types.add((Class<? extends T>) type);
    }
    return types;
  }

  /**
   * Returns the type name of a subtype.
   *
   * @param subtype the subtype
   * @return its name
   * @throws IllegalArgumentException if the subtype is not in the table
   */
  public String nameOf(Class<?> subtype) {
    Entry<?> e = byClass.get(subtype);
    if (e == null) {
      throw new IllegalArgumentException("not a subtype: " + subtype.getName());
    }
    return e.name();
  }

  /**
   * Returns the codec of one subtype: written with its type name like the sealed type, and read
   * only from JSON that names that subtype.
   *
   * @param subtype the subtype
   * @param <S> the subtype
   * @return the codec
   * @throws IllegalArgumentException if the subtype is not in the table
   */
  public <S extends T> Codec<S> subtype(Class<S> subtype) {
    String name = nameOf(subtype);
    return new Codec<>() {
      @Override
      public void write(S value, JsonWriter out) {
        SealedCodec.this.write(value, out);
      }

      @Override
      public S read(JsonValue json, Path path, JsonReadOptions options) {
        T value = SealedCodec.this.read(json, path, options, name);
        return subtype.cast(value);
      }
    };
  }

  @Override
  public void write(T value, JsonWriter out) {
    writeEntry(entry(value.getClass()), value, out);
  }

  private <S> void writeEntry(Entry<S> entry, Object value, JsonWriter out) {
    out.beginObject();
    out.name(TYPE);
    out.string(entry.name());
    entry.codec().writeFields(entry.type().cast(value), new ObjectOut(out));
    out.endObject();
  }

  private Entry<?> entry(Class<?> type) {
    Entry<?> e = byClass.get(type);
    if (e == null) {
      // Unreachable for a sealed type whose every subtype is in the table; a test checks that.
      throw new IllegalStateException("no type name for " + type.getName());
    }
    return e;
  }

  @Override
  public T read(JsonValue json, Path path, JsonReadOptions options) {
    return read(json, path, options, null);
  }

  private T read(JsonValue json, Path path, JsonReadOptions options, @Nullable String expected) {
    ObjectIn in = ObjectIn.of(json, path, options);
    String name = in.getString(TYPE);
    Entry<?> entry = byName.get(name);
    if (entry == null) {
      throw new MentoringJsonException(
          path.property(TYPE).toString(), Rule.UNKNOWN_TYPE, "unknown type " + Text.quote(name));
    }
    if (expected != null && !expected.equals(name)) {
      throw new MentoringJsonException(
          path.property(TYPE).toString(),
          Rule.UNKNOWN_TYPE,
          "expected type " + Text.quote(expected) + ", found " + Text.quote(name));
    }
    @SuppressWarnings("unchecked") // every entry's type is a subtype of T, checked by the builder
    T value = (T) entry.codec().build(in);
    in.finish();
    return value;
  }

  /**
   * Builds a {@link SealedCodec}.
   *
   * @param <T> the sealed type
   */
  public static final class Builder<T> {
    private final List<Entry<?>> entries = new ArrayList<>();

    private Builder() {}

    /**
     * Adds a subtype.
     *
     * @param name its versioned type name, such as {@code pair_proposed.v1}
     * @param type its class
     * @param codec the codec of its properties
     * @param <S> the subtype
     * @return this builder
     */
    public <S extends T> Builder<T> add(String name, Class<S> type, RecordCodec<S> codec) {
      entries.add(new Entry<>(name, type, codec));
      return this;
    }

    /**
     * Returns the codec.
     *
     * @return the codec
     * @throws IllegalArgumentException if a name or class was added twice
     */
    public SealedCodec<T> build() {
      return new SealedCodec<>(entries);
    }
  }
}
