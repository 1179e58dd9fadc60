package dev.mentoring.testkit.contract;

import static java.util.Objects.requireNonNull;

import dev.mentoring.testkit.generate.Generator;
import org.apiguardian.api.API;

/**
 * One kind of value that {@link JsonRoundTripContract} writes and reads back: the values of a
 * generator, read back as a type. A host adds its own cases by overriding {@link
 * JsonRoundTripContract#additionalCases()}:
 *
 * <pre>{@code
 * protected List<RoundTripCase<?>> additionalCases() {
 *   return List.of(RoundTripCase.of(MyReport.class, (random, size) -> MyReport.sample(random)));
 * }
 * }</pre>
 *
 * <p>Immutable, and thread-safe if its generator is.
 *
 * @param name how the case is named in test reports, such as {@code "ProgramCreated as
 *     MentoringEvent"}; not blank
 * @param readAs the type the JSON is read back as; a supertype of the generated values, such as a
 *     sealed interface, checks that the JSON identifies the subtype
 * @param generator the values to write
 * @param <T> the type read back
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record RoundTripCase<T>(String name, Class<T> readAs, Generator<? extends T> generator) {

  /**
   * Checks the components.
   *
   * @param name how the case is named in test reports; not blank
   * @param readAs the type the JSON is read back as
   * @param generator the values to write
   * @throws NullPointerException if a component is null
   * @throws IllegalArgumentException if {@code name} is blank
   */
  public RoundTripCase {
    if (requireNonNull(name, "name").isBlank()) {
      throw new IllegalArgumentException("name is blank");
    }
    requireNonNull(readAs, "readAs");
    requireNonNull(generator, "generator");
  }

  /**
   * Returns a case named after the type it reads.
   *
   * @param readAs the type the JSON is read back as
   * @param generator the values to write
   * @param <T> the type read back
   * @return the case
   * @throws NullPointerException if an argument is null
   */
  public static <T> RoundTripCase<T> of(Class<T> readAs, Generator<? extends T> generator) {
    return new RoundTripCase<>(readAs.getSimpleName(), readAs, generator);
  }

  /**
   * Returns a case for one subtype of a sealed type, read back through the sealed type and named
   * {@code "Subtype as Base"}.
   *
   * @param subtype the generated values' type
   * @param readAs the sealed type the JSON is read back as
   * @param generator the values to write
   * @param <T> the type read back
   * @return the case
   * @throws NullPointerException if an argument is null
   */
  public static <T> RoundTripCase<T> of(
      Class<? extends T> subtype, Class<T> readAs, Generator<? extends T> generator) {
    return new RoundTripCase<>(
        subtype.getSimpleName() + " as " + readAs.getSimpleName(), readAs, generator);
  }
}
