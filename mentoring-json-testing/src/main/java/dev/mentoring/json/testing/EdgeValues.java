package dev.mentoring.json.testing;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.generators.Generate;

/**
 * The values that stress a JSON codec beyond what the testkit's realistic generators draw, and a
 * generator wrapper that sprinkles them into any value: strings of any code point (control
 * characters, {@code U+2028}, astral characters); the full ranges of {@code Instant}, {@code
 * LocalDate}, {@code Duration}, longs and ints; finite doubles of every bit pattern (subnormals,
 * {@code -0.0}, the largest); every time zone and offsets with seconds; relative and opaque URIs.
 *
 * <p>{@link #sprinkle(Gen)} walks a generated value through its record components, lists, sets and
 * maps and replaces some leaves of those types with edge values, one at a time, keeping each
 * replacement only if the record's canonical constructor accepts it. So every value stays one its
 * constructor accepts, which is all a JSON reader promises to read back, while cross-component
 * rules (dates in order, counts that add up) keep the testkit's values. Stateless and thread-safe.
 */
final class EdgeValues {
  private EdgeValues() {}

  /** A code point: mostly ASCII, sometimes JSON's special characters, control, BMP or astral. */
  private static final Gen<Integer> CODE_POINTS =
      Generate.frequency(
          List.of(
              Pair.of(20, integers().between(0x20, 0x7e)),
              Pair.of(4, Generate.pick(List.of((int) '"', (int) '\\', (int) '/', 0x2028))),
              Pair.of(2, integers().between(0x00, 0x1f)),
              Pair.of(3, integers().between(0xa0, 0xd7ff)),
              Pair.of(1, integers().between(0xe000, 0xfffd)),
              Pair.of(2, integers().between(0x1f300, 0x1f64f))));

  /** Strings of 0 to 12 code points. */
  static final Gen<String> TEXT = textOfLength(0, 12);

  static Gen<String> textOfLength(int min, int max) {
    Gen<Integer> lengths = integers().between(min, max);
    return in -> {
      int n = lengths.generate(in);
      StringBuilder sb = new StringBuilder();
      for (int i = 0; i < n; i++) {
        sb.appendCodePoint(CODE_POINTS.generate(in));
      }
      return sb.toString();
    };
  }

  /** Any long, with the extremes and small values more likely. */
  private static final Gen<Long> LONGS =
      Generate.frequency(
          List.of(
              Pair.of(6, longs().all()),
              Pair.of(3, longs().between(-1_000, 1_000)),
              Pair.of(1, Generate.pick(List.of(Long.MIN_VALUE, Long.MAX_VALUE, 0L, -1L)))));

  /** Any int, with the extremes and small values more likely. */
  private static final Gen<Integer> INTS =
      Generate.frequency(
          List.of(
              Pair.of(6, integers().all()),
              Pair.of(3, integers().between(-1_000, 1_000)),
              Pair.of(1, Generate.pick(List.of(Integer.MIN_VALUE, Integer.MAX_VALUE, 0, -1)))));

  /** Any finite double: every bit pattern is equally likely, so subnormals and -0.0 occur. */
  private static final Gen<Double> DOUBLES =
      Generate.frequency(
              List.of(
                  Pair.of(6, longs().all().map(Double::longBitsToDouble)),
                  Pair.of(3, integers().between(-2_000, 2_000).map(i -> i / 8.0)),
                  Pair.of(
                      1,
                      Generate.pick(
                          List.of(
                              -0.0,
                              0.0,
                              Double.MIN_VALUE,
                              Double.MAX_VALUE,
                              -Double.MAX_VALUE,
                              1e-7,
                              1e7,
                              0.1)))))
          .assuming(Double::isFinite);

  /** Any instant, from {@link Instant#MIN} to {@link Instant#MAX}. */
  private static final Gen<Instant> INSTANTS =
      longs()
          .between(Instant.MIN.getEpochSecond(), Instant.MAX.getEpochSecond())
          .zip(integers().between(0, 999_999_999), Instant::ofEpochSecond)
          .mix(Generate.pick(List.of(Instant.MIN, Instant.MAX, Instant.EPOCH)), 20);

  private static final Gen<LocalDate> DATES =
      longs()
          .between(LocalDate.MIN.toEpochDay(), LocalDate.MAX.toEpochDay())
          .map(LocalDate::ofEpochDay)
          .mix(Generate.pick(List.of(LocalDate.MIN, LocalDate.MAX, LocalDate.EPOCH)), 20);

  private static final Gen<Duration> DURATIONS =
      longs()
          .all()
          .zip(integers().between(0, 999_999_999), Duration::ofSeconds)
          .mix(
              Generate.pick(List.of(Duration.ZERO, Duration.ofNanos(1), Duration.ofNanos(-1))), 20);

  private static final Gen<ZoneId> ZONES =
      Generate.pick(new ArrayList<>(new TreeSet<>(ZoneId.getAvailableZoneIds())))
          .map(z -> ZoneId.of(z))
          .mix(
              integers()
                  .between(-18 * 3600, 18 * 3600)
                  .map(s -> (ZoneId) ZoneOffset.ofTotalSeconds(s)),
              30);

  /** URIs that are not plain web links: relative, opaque, empty, escaped, IPv6 hosts. */
  private static final Gen<URI> URIS =
      Generate.pick(
              List.of(
                  "",
                  "a/b",
                  "../up",
                  "mailto:ada@example.com",
                  "urn:isbn:0451450523",
                  "ftp://x/y",
                  "HTTPS://[::1]/%C3%A9?q=%20&n=1#é",
                  "http://localhost:8080/a.b_~/ß"))
          .map(URI::create);

  /** Whether a value gets edge values at all: on half of the draws, never on a zero draw. */
  private static final Gen<Boolean> SPRINKLED = integers().between(0, 1).map(i -> i == 1);

  /** Whether one leaf is replaced: one in four, never on a zero draw. */
  private static final Gen<Boolean> REPLACED = integers().between(0, 3).map(i -> i == 3);

  /**
   * Returns a generator of the values of {@code gen}, half of them with some leaves replaced by
   * edge values that their records' constructors accept.
   *
   * @param gen the generator of valid values
   * @param <T> the type of the values
   * @return the generator
   */
  static <T> Gen<T> sprinkle(Gen<T> gen) {
    return in -> {
      T value = gen.generate(in);
      if (!SPRINKLED.generate(in)) {
        return value;
      }
      @SuppressWarnings("unchecked") // edged() returns a value of the same class
      T edged = (T) edged(value, in);
      return edged;
    };
  }

  /** The value with some leaves replaced; of the same class for records and leaves. */
  private static Object edged(Object value, RandomnessSource in) {
    if (value instanceof Record r) {
      return record(r, in);
    }
    if (value instanceof List<?> list) {
      List<Object> out = new ArrayList<>(list.size());
      for (Object e : list) {
        out.add(edged(e, in));
      }
      return out;
    }
    if (value instanceof Set<?> set) {
      Set<Object> out = new LinkedHashSet<>();
      for (Object e : set) {
        out.add(edged(e, in));
      }
      return out;
    }
    if (value instanceof Map<?, ?> map) {
      Map<Object, Object> out = new LinkedHashMap<>();
      for (Map.Entry<?, ?> e : map.entrySet()) {
        out.putIfAbsent(edged(e.getKey(), in), edged(e.getValue(), in));
      }
      return out;
    }
    Gen<?> edge = edgeOf(value);
    return edge != null && REPLACED.generate(in) ? edge.generate(in) : value;
  }

  private static @Nullable Gen<?> edgeOf(Object leaf) {
    if (leaf instanceof String) {
      return TEXT;
    } else if (leaf instanceof Long) {
      return LONGS;
    } else if (leaf instanceof Integer) {
      return INTS;
    } else if (leaf instanceof Double) {
      return DOUBLES;
    } else if (leaf instanceof Instant) {
      return INSTANTS;
    } else if (leaf instanceof LocalDate) {
      return DATES;
    } else if (leaf instanceof Duration) {
      return DURATIONS;
    } else if (leaf instanceof ZoneId) {
      return ZONES;
    } else if (leaf instanceof URI) {
      return URIS;
    }
    return null;
  }

  /**
   * The record rebuilt with its components edged one at a time, each change kept only if the
   * canonical constructor accepts it; the record itself if it cannot be rebuilt reflectively.
   */
  private static Record record(Record value, RandomnessSource in) {
    RecordComponent[] components = value.getClass().getRecordComponents();
    Class<?>[] types = new Class<?>[components.length];
    @Nullable Object[] args = new Object[components.length];
    Constructor<?> canonical;
    try {
      for (int i = 0; i < components.length; i++) {
        types[i] = components[i].getType();
        args[i] = components[i].getAccessor().invoke(value);
      }
      canonical = value.getClass().getDeclaredConstructor(types);
    } catch (ReflectiveOperationException | RuntimeException e) {
      return value; // not public, or not a plain record: keep the testkit's value
    }
    Record current = value;
    for (int i = 0; i < components.length; i++) {
      Object before = args[i];
      if (before == null) {
        continue;
      }
      Object after = edged(before, in);
      if (after.equals(before)) {
        continue;
      }
      args[i] = after;
      Record rebuilt = construct(canonical, args);
      if (rebuilt == null) {
        args[i] = before;
      } else {
        current = rebuilt;
      }
    }
    return current;
  }

  /** A new record, or null if the constructor rejects the components. */
  private static @Nullable Record construct(Constructor<?> canonical, @Nullable Object[] args) {
    try {
      return (Record) canonical.newInstance(args);
    } catch (InvocationTargetException e) {
      if (e.getCause() instanceof Error error) {
        throw error;
      }
      return null;
    } catch (ReflectiveOperationException | IllegalArgumentException e) {
      return null;
    }
  }
}
