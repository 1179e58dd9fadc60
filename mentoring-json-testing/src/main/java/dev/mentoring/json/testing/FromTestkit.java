package dev.mentoring.json.testing;

import static java.util.Objects.requireNonNull;

import dev.mentoring.testkit.generate.Generator;
import java.util.random.RandomGenerator;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.impl.Constraint;

/**
 * Adapts the testkit's {@link Generator}s to QuickTheories, as the testkit's own tests do. Every
 * draw a generator makes comes from QuickTheories' {@link RandomnessSource}, so QuickTheories
 * replays a falsified value from its seed and shrinks it by pushing the draws towards zero, which
 * the testkit's generators turn into simpler values (lower bounds, first options, absent optional
 * fields, empty collections). Stateless and thread-safe.
 */
final class FromTestkit {
  private FromTestkit() {}

  /**
   * Returns a QuickTheories generator of a testkit generator's values, each at a size drawn from 0
   * to {@code maxSize}: size 0 (on a zero draw) gives empty collections and short texts.
   *
   * @param generator the testkit generator
   * @param maxSize the largest size hint, at least 0
   * @param <T> the type of the values
   * @return the QuickTheories generator
   */
  static <T> Gen<T> of(Generator<T> generator, int maxSize) {
    requireNonNull(generator, "generator");
    if (maxSize < 0) {
      throw new IllegalArgumentException("maxSize is negative: " + maxSize);
    }
    return in -> {
      int size = (int) in.next(Constraint.between(0, maxSize));
      return generator.next(new SourceRandom(in), size);
    };
  }

  /** A {@link RandomGenerator} that takes every 64 bits from a QuickTheories source. */
  private static final class SourceRandom implements RandomGenerator {
    private final RandomnessSource in;

    SourceRandom(RandomnessSource in) {
      this.in = in;
    }

    @Override
    public long nextLong() {
      return in.next(Constraint.none());
    }
  }
}
