package dev.mentoring.testkit.assertions;

import static java.util.Objects.requireNonNull;

import dev.mentoring.core.ParticipantId;
import dev.mentoring.core.pairing.Pair;
import dev.mentoring.core.pairing.PairStatus;
import org.apiguardian.api.API;
import org.assertj.core.api.AbstractAssert;
import org.jspecify.annotations.Nullable;

/**
 * Assertions on a {@link Pair}. A failure names the pair, its mentor and its mentee.
 *
 * <pre>{@code
 * Pair pair = mentoring.pairs().accept(Actor.participant(amy), pairId);
 * assertThat(pair).hasStatus(PairStatus.ACCEPTED).isBetween(amy, dan);
 * }</pre>
 *
 * <p>Obtain one from {@link MentoringAssertions#assertThat(Pair)}. Like every AssertJ assertion
 * object, an instance is meant for one thread.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class PairAssert extends AbstractAssert<PairAssert, Pair> {

  /**
   * Creates the assertion; prefer {@link MentoringAssertions#assertThat(Pair)}.
   *
   * @param actual the pair under test, may be null (every assertion then fails)
   */
  public PairAssert(@Nullable Pair actual) {
    super(actual, PairAssert.class);
  }

  /**
   * Verifies the pair's status.
   *
   * @param expected the expected status
   * @return this assertion
   * @throws NullPointerException if {@code expected} is null
   */
  public PairAssert hasStatus(PairStatus expected) {
    requireNonNull(expected, "expected");
    isNotNull();
    if (actual.status() != expected) {
      failWithMessage(
          "Expecting pair %s to have status %s but it is %s",
          describe(), expected, actual.status());
    }
    return this;
  }

  /**
   * Verifies the pair's mentor and mentee.
   *
   * @param mentor the expected mentor
   * @param mentee the expected mentee
   * @return this assertion
   * @throws NullPointerException if an argument is null
   */
  public PairAssert isBetween(ParticipantId mentor, ParticipantId mentee) {
    requireNonNull(mentor, "mentor");
    requireNonNull(mentee, "mentee");
    isNotNull();
    if (!actual.mentorId().equals(mentor) || !actual.menteeId().equals(mentee)) {
      failWithMessage(
          "Expecting pair %s to be between mentor %s and mentee %s but it is %s",
          actual.id(), mentor, mentee, describe());
    }
    return this;
  }

  private String describe() {
    return actual.id() + " (mentor " + actual.mentorId() + ", mentee " + actual.menteeId() + ")";
  }
}
