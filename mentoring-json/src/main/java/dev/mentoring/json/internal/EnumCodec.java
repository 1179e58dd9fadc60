package dev.mentoring.json.internal;

import static java.util.Objects.requireNonNull;

import dev.mentoring.json.MentoringJsonException;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Writes enum constants as their lower-case names ({@code ENDED_EARLY} as {@code ended_early}) and
 * reads those names case-sensitively.
 *
 * @param <E> the enum type
 */
public final class EnumCodec<E extends Enum<E>> extends StringCodec<E> {
  private final Map<String, E> byName = new LinkedHashMap<>();
  private final Map<E, String> names;

  private EnumCodec(Class<E> type) {
    names = new EnumMap<>(type);
    for (E e : type.getEnumConstants()) {
      String name = e.name().toLowerCase(Locale.ROOT);
      names.put(e, name);
      byName.put(name, e);
    }
  }

  /**
   * Returns the codec of an enum.
   *
   * @param type the enum class
   * @param <E> the enum type
   * @return the codec
   */
  public static <E extends Enum<E>> EnumCodec<E> of(Class<E> type) {
    return new EnumCodec<>(type);
  }

  @Override
  public String format(E value) {
    return requireNonNull(names.get(value), "value");
  }

  @Override
  public E parse(String text, Path path) {
    E value = byName.get(text);
    if (value == null) {
      throw new MentoringJsonException(
          path.toString(),
          MentoringJsonException.Rule.UNKNOWN_NAME,
          "unknown name "
              + Text.quote(text)
              + "; expected one of "
              + String.join(", ", byName.keySet()));
    }
    return value;
  }
}
