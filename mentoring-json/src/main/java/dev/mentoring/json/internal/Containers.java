package dev.mentoring.json.internal;

import dev.mentoring.json.JsonReadOptions;
import dev.mentoring.json.MentoringJsonException;
import dev.mentoring.json.MentoringJsonException.Rule;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Codecs of collections. Lists keep their order. Sets are written in a fixed order (enum sets in
 * declaration order, others sorted) and read with duplicates rejected. Maps keyed by strings, ids
 * or enums are JSON objects with entries sorted by key, except maps whose iteration order the type
 * documents as meaningful, which keep it; other maps are arrays of {@code {"key", "value"}} objects
 * sorted by key.
 */
public final class Containers {
  private Containers() {}

  /**
   * Returns the codec of a list: a JSON array in list order.
   *
   * @param element the element codec
   * @param <E> the element type
   * @return the codec
   */
  public static <E> Codec<List<E>> listOf(Codec<E> element) {
    return new Codec<>() {
      @Override
      public void write(List<E> value, JsonWriter out) {
        writeAll(value, element, out);
      }

      @Override
      public List<E> read(JsonValue json, Path path, JsonReadOptions options) {
        List<JsonValue> elements = elements(json, path);
        List<E> list = new ArrayList<>(elements.size());
        for (int i = 0; i < elements.size(); i++) {
          list.add(element.read(elements.get(i), path.index(i), options));
        }
        return list;
      }
    };
  }

  /**
   * Returns the codec of a set: a JSON array sorted by {@code order}, read with duplicates
   * rejected.
   *
   * @param element the element codec
   * @param order the order written
   * @param <E> the element type
   * @return the codec
   */
  public static <E> Codec<Set<E>> setOf(Codec<E> element, Comparator<? super E> order) {
    return new Codec<>() {
      @Override
      public void write(Set<E> value, JsonWriter out) {
        List<E> sorted = new ArrayList<>(value);
        sorted.sort(order);
        writeAll(sorted, element, out);
      }

      @Override
      public Set<E> read(JsonValue json, Path path, JsonReadOptions options) {
        List<JsonValue> elements = elements(json, path);
        Set<E> set = new LinkedHashSet<>();
        for (int i = 0; i < elements.size(); i++) {
          Path at = path.index(i);
          if (!set.add(element.read(elements.get(i), at, options))) {
            throw new MentoringJsonException(
                at.toString(), Rule.DUPLICATE, "element repeated in a set");
          }
        }
        return set;
      }
    };
  }

  /**
   * Returns the codec of a set of enum constants, written in declaration order.
   *
   * @param element the enum codec
   * @param <E> the enum type
   * @return the codec
   */
  public static <E extends Enum<E>> Codec<Set<E>> enumSetOf(EnumCodec<E> element) {
    return setOf(element, Comparator.naturalOrder());
  }

  /**
   * Returns the codec of a map whose keys are written as strings: a JSON object with entries sorted
   * by key text.
   *
   * @param key the key codec
   * @param value the value codec
   * @param <K> the key type
   * @param <V> the value type
   * @return the codec
   */
  public static <K, V> Codec<Map<K, V>> mapOf(StringCodec<K> key, Codec<V> value) {
    return objectMap(key, value, true);
  }

  /**
   * Returns the codec of a map whose iteration order means something (such as a summary's counts in
   * the order of the question's options): a JSON object with entries in the map's order, read back
   * into a map of the same order.
   *
   * @param key the key codec
   * @param value the value codec
   * @param <K> the key type
   * @param <V> the value type
   * @return the codec
   */
  public static <K, V> Codec<Map<K, V>> orderedMapOf(StringCodec<K> key, Codec<V> value) {
    return objectMap(key, value, false);
  }

  private static <K, V> Codec<Map<K, V>> objectMap(
      StringCodec<K> key, Codec<V> value, boolean sorted) {
    return new Codec<>() {
      @Override
      public void write(Map<K, V> map, JsonWriter out) {
        List<Map.Entry<String, V>> entries = new ArrayList<>(map.size());
        for (Map.Entry<K, V> e : map.entrySet()) {
          entries.add(Map.entry(key.format(e.getKey()), e.getValue()));
        }
        if (sorted) {
          entries.sort(Map.Entry.comparingByKey());
        }
        out.beginObject();
        for (Map.Entry<String, V> e : entries) {
          out.name(e.getKey());
          value.write(e.getValue(), out);
        }
        out.endObject();
      }

      @Override
      public Map<K, V> read(JsonValue json, Path path, JsonReadOptions options) {
        if (!(json instanceof JsonValue.JsonObject o)) {
          throw Codec.mismatch(path, "an object", json);
        }
        Map<K, V> map = new LinkedHashMap<>();
        for (int i = 0; i < o.size(); i++) {
          String name = o.name(i);
          Path at = path.property(name);
          K k = key.parse(name, at);
          if (map.containsKey(k)) {
            // Distinct texts that parse to one key, such as two spellings of a duration.
            throw new MentoringJsonException(at.toString(), Rule.DUPLICATE, "key repeated");
          }
          map.put(k, value.read(o.value(i), at, options));
        }
        return map;
      }
    };
  }

  /**
   * Returns the codec of a map whose keys are not strings: a JSON array of {@code {"key": ...,
   * "value": ...}} objects sorted by key.
   *
   * @param key the key codec
   * @param value the value codec
   * @param order the key order written
   * @param <K> the key type
   * @param <V> the value type
   * @return the codec
   */
  public static <K, V> Codec<Map<K, V>> entriesOf(
      Codec<K> key, Codec<V> value, Comparator<? super K> order) {
    return new Codec<>() {
      @Override
      public void write(Map<K, V> map, JsonWriter out) {
        List<Map.Entry<K, V>> entries = new ArrayList<>(map.entrySet());
        entries.sort(Map.Entry.comparingByKey(order));
        out.beginArray();
        for (Map.Entry<K, V> e : entries) {
          out.beginObject();
          out.name("key");
          key.write(e.getKey(), out);
          out.name("value");
          value.write(e.getValue(), out);
          out.endObject();
        }
        out.endArray();
      }

      @Override
      public Map<K, V> read(JsonValue json, Path path, JsonReadOptions options) {
        List<JsonValue> elements = elements(json, path);
        Map<K, V> map = new LinkedHashMap<>();
        for (int i = 0; i < elements.size(); i++) {
          Path at = path.index(i);
          ObjectIn in = ObjectIn.of(elements.get(i), at, options);
          K k = in.get("key", key);
          V v = in.get("value", value);
          in.finish();
          if (map.put(k, v) != null) {
            throw new MentoringJsonException(
                at.property("key").toString(), Rule.DUPLICATE, "key repeated");
          }
        }
        return map;
      }
    };
  }

  private static <E> void writeAll(Collection<E> values, Codec<E> element, JsonWriter out) {
    out.beginArray();
    for (E e : values) {
      element.write(e, out);
    }
    out.endArray();
  }

  private static List<JsonValue> elements(JsonValue json, Path path) {
    if (json instanceof JsonValue.JsonArray a) {
      return a.elements();
    }
    throw Codec.mismatch(path, "an array", json);
  }
}
