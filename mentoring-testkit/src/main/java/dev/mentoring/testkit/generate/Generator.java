package dev.mentoring.testkit.generate;

import static java.util.Objects.requireNonNull;

import dev.mentoring.testkit.internal.SplitMix64;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Function;
import java.util.random.RandomGenerator;
import org.apiguardian.api.API;

/**
 * Makes values of one type from a source of random numbers and a size. A generator depends on no
 * test framework: a seed and a size go in, values come out, so any test (JUnit, QuickTheories,
 * jqwik, a benchmark, a {@code main}) can use it.
 *
 * <pre>{@code
 * Pair pair = DomainGenerators.pairs().generate(42L, 10);
 * List<Program> programs = DomainGenerators.programs().generate(42L, 10, 100);
 * assertThat(pair.mentorId()).isNotEqualTo(pair.menteeId());
 * }</pre>
 *
 * <p>The size is a complexity hint, at least 0: it bounds the number of elements of the collections
 * a value holds (skills, questions, pairs, map entries) and the length of its texts, and at size 0
 * those collections are empty. Enum sets, optional fields and numbers do not depend on it.
 * Implementations draw randomness only through the methods of the {@link RandomGenerator} they are
 * given, so that the same draws give the same value; {@link #generate(long, int)} feeds them from a
 * SplitMix64 generator written out in the testkit, whose sequence is the same on every JVM, so a
 * seed gives the same value on every machine and in every release of the JDK.
 *
 * <p>The generators of this package are stateless and thread-safe; the {@code RandomGenerator}
 * passed to {@link #next} is not, and belongs to one caller at a time.
 *
 * @param <T> the type of the values
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
@FunctionalInterface
public interface Generator<T> {

  /**
   * Makes one value.
   *
   * @param random the source of randomness; the only one the generator may use
   * @param size the complexity hint, at least 0
   * @return a new value, never null
   * @throws IllegalArgumentException if {@code size} is negative
   */
  T next(RandomGenerator random, int size);

  /**
   * Makes the value for a seed. The same seed and size give an equal value on every JVM.
   *
   * @param seed the seed; every value is valid
   * @param size the complexity hint, at least 0
   * @return the value
   * @throws IllegalArgumentException if {@code size} is negative
   */
  default T generate(long seed, int size) {
    return next(new SplitMix64(seed), Draws.checkSize(size));
  }

  /**
   * Makes several values from one seed, each drawn after the previous one from the same sequence.
   *
   * @param seed the seed; every value is valid
   * @param size the complexity hint, at least 0
   * @param count how many values, at least 0
   * @return an unmodifiable list of {@code count} values
   * @throws IllegalArgumentException if {@code size} or {@code count} is negative
   */
  default List<T> generate(long seed, int size, int count) {
    Draws.checkSize(size);
    if (count < 0) {
      throw new IllegalArgumentException("count is negative: " + count);
    }
    RandomGenerator random = new SplitMix64(seed);
    List<T> values = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      values.add(next(random, size));
    }
    return Collections.unmodifiableList(values);
  }

  /**
   * Returns a generator that applies a function to this generator's values.
   *
   * <pre>{@code
   * Generator<String> names = DomainGenerators.programs().map(Program::name);
   * }</pre>
   *
   * @param mapper the function; it must not return null
   * @param <R> the type of the mapped values
   * @return the mapped generator
   * @throws NullPointerException if {@code mapper} is null
   */
  default <R> Generator<R> map(Function<? super T, ? extends R> mapper) {
    requireNonNull(mapper, "mapper");
    return (random, size) -> requireNonNull(mapper.apply(next(random, size)), "mapped value");
  }
}
