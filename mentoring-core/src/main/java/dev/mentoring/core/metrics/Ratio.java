package dev.mentoring.core.metrics;

import org.apiguardian.api.API;

/**
 * A share or a mean kept as its two counts, such as 30 matched of 40 mentees or 112 rating points
 * over 30 ratings, so that it can be shown, compared and added up without losing what it was
 * computed from. Value-based and immutable.
 *
 * @param numerator what is counted, such as matched mentees or the sum of ratings, not negative
 * @param denominator what it is counted against, such as mentees or ratings, not negative; 0 when
 *     there was nothing to count
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record Ratio(long numerator, long denominator) {

  private static final Ratio NONE = new Ratio(0, 0);

  /**
   * Checks the counts.
   *
   * @param numerator what is counted, such as matched mentees or the sum of ratings, not negative
   * @param denominator what it is counted against, such as mentees or ratings, not negative; 0 when
   *     there was nothing to count
   * @throws IllegalArgumentException if a count is negative, or the numerator is positive and the
   *     denominator 0
   */
  public Ratio {
    if (numerator < 0 || denominator < 0) {
      throw new IllegalArgumentException(
          "counts must not be negative: " + numerator + "/" + denominator);
    }
    if (denominator == 0 && numerator != 0) {
      throw new IllegalArgumentException("a denominator of 0 needs a numerator of 0: " + numerator);
    }
  }

  /**
   * Returns a ratio.
   *
   * @param numerator what is counted
   * @param denominator what it is counted against
   * @return the ratio
   * @throws IllegalArgumentException if a count is negative, or the numerator is positive and the
   *     denominator 0
   */
  public static Ratio of(long numerator, long denominator) {
    return numerator == 0 && denominator == 0 ? NONE : new Ratio(numerator, denominator);
  }

  /**
   * Returns the ratio of nothing counted against nothing.
   *
   * @return 0/0
   */
  public static Ratio none() {
    return NONE;
  }

  /**
   * Tells whether there was anything to count against.
   *
   * @return whether the denominator is positive
   */
  public boolean isDefined() {
    return denominator > 0;
  }

  /**
   * Returns the value.
   *
   * @return {@code numerator / denominator}, or 0 when the denominator is 0 (check {@link
   *     #isDefined()} to tell "none" from "nothing to count")
   */
  public double value() {
    return denominator == 0 ? 0 : (double) numerator / denominator;
  }

  /**
   * Returns the ratio of this ratio's counts and another's together.
   *
   * @param other the other ratio
   * @return the summed numerators over the summed denominators
   * @throws ArithmeticException if a sum overflows a {@code long}
   */
  public Ratio plus(Ratio other) {
    return of(
        Math.addExact(numerator, other.numerator), Math.addExact(denominator, other.denominator));
  }

  @Override
  public String toString() {
    return numerator + "/" + denominator;
  }
}
