package dev.mentoring.core.metrics;

import static java.util.Objects.requireNonNull;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/** Checks and copies the count maps of reports. */
final class Counts {
  private Counts() {}

  /**
   * Copies a count per enum constant into an unmodifiable map that holds every constant, in
   * declaration order; missing constants count 0.
   */
  static <E extends Enum<E>> Map<E, Integer> of(
      Class<E> type, Map<E, Integer> counts, String name) {
    requireNonNull(counts, name);
    Map<E, Integer> copy = new EnumMap<>(type);
    for (E key : type.getEnumConstants()) {
      copy.put(key, 0);
    }
    counts.forEach(
        (key, count) -> {
          requireNonNull(key, name + " key");
          if (requireNonNull(count, name + " count") < 0) {
            throw new IllegalArgumentException(name + " of " + key + " is negative: " + count);
          }
          copy.put(key, count);
        });
    return Collections.unmodifiableMap(copy);
  }

  /** The count of a key, 0 if absent. */
  static <E extends Enum<E>> int get(Map<E, Integer> counts, E key) {
    Integer count = counts.get(key);
    return count == null ? 0 : count;
  }

  static <E extends Enum<E>> int sum(Map<E, Integer> counts) {
    int sum = 0;
    for (int c : counts.values()) {
      sum = Math.addExact(sum, c);
    }
    return sum;
  }
}
