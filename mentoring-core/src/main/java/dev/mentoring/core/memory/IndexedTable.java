package dev.mentoring.core.memory;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Set;
import java.util.TreeSet;
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

  /**
   * One secondary index: each row files under zero or more index keys. An unsorted index keeps
   * primary keys; a sorted one keeps the rows themselves in its order, so that large results (a
   * program's meetings) come out sorted without a sort.
   */
  static final class Index<K, V> {
    private final Function<V, Collection<?>> keysOf;
    private final @Nullable Comparator<? super V> order;
    private final Map<Object, Set<K>> entries = new HashMap<>();
    private final Map<Object, NavigableSet<V>> sorted = new HashMap<>();

    Index(Function<V, Collection<?>> keysOf, @Nullable Comparator<? super V> order) {
      this.keysOf = keysOf;
      this.order = order;
    }

    private void add(K key, V row) {
      Comparator<? super V> o = order;
      for (Object indexKey : keysOf.apply(row)) {
        if (o == null) {
          entries.computeIfAbsent(indexKey, k -> new LinkedHashSet<>()).add(key);
        } else {
          sorted.computeIfAbsent(indexKey, k -> new TreeSet<>(o)).add(row);
        }
      }
    }

    private void remove(K key, V row) {
      for (Object indexKey : keysOf.apply(row)) {
        if (order == null) {
          Set<K> keys = entries.get(indexKey);
          if (keys != null) {
            keys.remove(key);
            if (keys.isEmpty()) {
              entries.remove(indexKey);
            }
          }
        } else {
          NavigableSet<V> rows = sorted.get(indexKey);
          if (rows != null) {
            rows.remove(row);
            if (rows.isEmpty()) {
              sorted.remove(indexKey);
            }
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
    Index<K, V> index = new Index<>(keysOf, null);
    indexes.add(index);
    return index;
  }

  /**
   * Adds an index that keeps each key's rows sorted, to query with {@link #lookupSorted}. The order
   * must tell apart any two rows with different primary keys, and a row's place in it may change
   * only through {@link #put}.
   *
   * @param keysOf the index keys a row files under
   * @param order the order of the rows under one key
   * @return the index
   */
  Index<K, V> sortedIndex(Function<V, Collection<?>> keysOf, Comparator<? super V> order) {
    Index<K, V> index = new Index<>(keysOf, order);
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

  /** The rows filed under a key of a sorted index, in the index's order, in time linear in them. */
  List<V> lookupSorted(Index<K, V> index, Object indexKey) {
    if (index.order == null) {
      throw new IllegalArgumentException("not a sorted index");
    }
    NavigableSet<V> rows = index.sorted.get(indexKey);
    return rows == null ? new ArrayList<>() : new ArrayList<>(rows);
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
