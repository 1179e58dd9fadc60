package dev.mentoring.testkit.assertions;

import dev.mentoring.core.matching.MatchingResult;
import dev.mentoring.core.pairing.Pair;
import dev.mentoring.testkit.fake.RecordingNotifier;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * Entry points for the AssertJ assertions on Mentoring SDK values. Import them statically beside
 * AssertJ's own {@code assertThat}; overload resolution picks the right one.
 *
 * <pre>{@code
 * import static dev.mentoring.testkit.assertions.MentoringAssertions.assertThat;
 *
 * assertThat(strategy.match(problem)).isFeasibleFor(problem).proposes(amy, dan);
 * }</pre>
 *
 * <p>This class has only static methods and is thread-safe.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class MentoringAssertions {

  private MentoringAssertions() {}

  /**
   * Starts assertions on a matching result.
   *
   * @param actual the result, may be null (every assertion then fails)
   * @return the assertion object
   */
  public static MatchingResultAssert assertThat(@Nullable MatchingResult actual) {
    return new MatchingResultAssert(actual);
  }

  /**
   * Starts assertions on a pair.
   *
   * @param actual the pair, may be null (every assertion then fails)
   * @return the assertion object
   */
  public static PairAssert assertThat(@Nullable Pair actual) {
    return new PairAssert(actual);
  }

  /**
   * Starts assertions on what a recording notifier received.
   *
   * @param actual the notifier, may be null (every assertion then fails)
   * @return the assertion object
   */
  public static RecordingNotifierAssert assertThat(@Nullable RecordingNotifier actual) {
    return new RecordingNotifierAssert(actual);
  }
}
