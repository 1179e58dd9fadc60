package dev.mentoring.core.internal;

import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/** Immutable enum sets that iterate in declaration order, so output built from them is stable. */
public final class EnumSets {
  private EnumSets() {}

  /**
   * Copies a collection of enum constants.
   *
   * @param values the constants
   * @param <E> the enum type
   * @return an unmodifiable set in declaration order
   * @throws NullPointerException if {@code values} or an element is null
   */
  public static <E extends Enum<E>> Set<E> copyOf(Collection<E> values) {
    if (values.isEmpty()) {
      return Set.of();
    }
    return Collections.unmodifiableSet(EnumSet.copyOf(values));
  }
}
