package dev.mentoring.core.memory;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * A map with secondary indexes, kept consistent on every write. Not thread-safe: the store guards
 * it with its lock.
 *
 * @param <K> the primary key
 * @param <V> the row
 */
final class IndexedTable<K, V> {
  private final Map<K, V> rows = new HashMap<>();
  private final List<Index<K, V>> indexes = new ArrayList<>();

  /** One secondary index: each row files under zero or more index keys. */
  static final class Index<K, V> {
    private final Function<V, Collection<?>> keysOf;
    private final Map<Object, Set<K>> entries = new HashMap<>();

    Index(Function<V, Collection<?>> keysOf) {
      this.keysOf = keysOf;
    }

    private void add(K key, V row) {
      for (Object indexKey : keysOf.apply(row)) {
        entries.computeIfAbsent(indexKey, k -> new LinkedHashSet<>()).add(key);
      }
    }

    private void remove(K key, V row) {
      for (Object indexKey : keysOf.apply(row)) {
        Set<K> keys = entries.get(indexKey);
        if (keys != null) {
          keys.remove(key);
          if (keys.isEmpty()) {
            entries.remove(indexKey);
          }
        }
      }
    }
  }

  /**
   * Adds an index.
   *
   * @param keysOf the index keys a row files under
   * @return the index, to query with {@link #lookup}
   */
  Index<K, V> index(Function<V, Collection<?>> keysOf) {
    Index<K, V> index = new Index<>(keysOf);
    indexes.add(index);
    return index;
  }

  @Nullable V get(K key) {
    return rows.get(key);
  }

  /**
   * Writes a row, or removes it when {@code row} is null.
   *
   * @return the previous row, or null
   */
  @Nullable V put(K key, @Nullable V row) {
    V old = row == null ? rows.remove(key) : rows.put(key, row);
    if (old != null) {
      for (Index<K, V> index : indexes) {
        index.remove(key, old);
      }
    }
    if (row != null) {
      for (Index<K, V> index : indexes) {
        index.add(key, row);
      }
    }
    return old;
  }

  List<V> lookup(Index<K, V> index, Object indexKey, Comparator<? super V> order) {
    Set<K> keys = index.entries.getOrDefault(indexKey, Set.of());
    List<V> result = new ArrayList<>(keys.size());
    for (K key : keys) {
      V row = rows.get(key);
      if (row != null) {
        result.add(row);
      }
    }
    result.sort(order);
    return result;
  }

  List<V> all(Comparator<? super V> order) {
    List<V> result = new ArrayList<>(rows.values());
    result.sort(order);
    return result;
  }

  int size() {
    return rows.size();
  }
}
