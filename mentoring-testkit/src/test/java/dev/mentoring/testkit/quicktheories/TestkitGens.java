package dev.mentoring.testkit.quicktheories;

import static java.util.Objects.requireNonNull;

import dev.mentoring.testkit.generate.Generator;
import java.util.random.RandomGenerator;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.impl.Constraint;

/**
 * Adapts the testkit's {@link Generator}s to QuickTheories. Every draw a generator makes comes from
 * QuickTheories' {@link RandomnessSource}, so QuickTheories records the draws, replays a falsified
 * value from its seed ({@code qt().withFixedSeed(seed)}) and shrinks it by pushing the draws
 * towards zero, which the testkit's generators turn into simpler values (lower bounds, first
 * options, absent optional fields, empty collections).
 *
 * <pre>{@code
 * qt().forAll(TestkitGens.of(DomainGenerators.pairs(), 8))
 *     .check(pair -> !pair.mentorId().equals(pair.menteeId()));
 * }</pre>
 *
 * <p>Test scope only: the published testkit depends on no property-testing engine.
 */
public final class TestkitGens {
  private TestkitGens() {}

  /**
   * Returns a QuickTheories generator of a testkit generator's values at one size.
   *
   * @param generator the testkit generator
   * @param size the size hint, at least 0
   * @param <T> the type of the values
   * @return the QuickTheories generator
   */
  public static <T> Gen<T> of(Generator<T> generator, int size) {
    requireNonNull(generator, "generator");
    if (size < 0) {
      throw new IllegalArgumentException("size is negative: " + size);
    }
    return in -> generator.next(new SourceRandom(in), size);
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
