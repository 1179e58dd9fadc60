package dev.mentoring.core.feedback;

import java.util.stream.IntStream;
import org.apiguardian.api.API;

/**
 * The Net Promoter Score of a set of answers on the 0-to-10 scale: promoters answered 9 or 10,
 * passives 7 or 8, detractors 0 to 6. The {@linkplain #score() score} is {@code 100 × (promoters −
 * detractors) / responses}, from −100 to 100.
 *
 * <p>The 95 % confidence interval treats each answer as +1 (promoter), 0 (passive) or −1
 * (detractor): with {@code n} answers, mean {@code m} and variance {@code v = (promoters +
 * detractors) / n − m²}, it is {@code 100 × (m ± 1.96 × √(v / n))} (the normal, or Wald,
 * approximation), clamped to −100..100. With no answers the score is 0 and the interval spans
 * −100..100: nothing is known. With one answer, or answers all alike, the interval is the score
 * alone; read it with the number of responses.
 *
 * <p>Scores of disjoint sets of answers combine with {@link #plus}, so a program report can add up
 * surveys, pairs or segments. Value-based and immutable.
 *
 * @param promoters how many answered 9 or 10
 * @param passives how many answered 7 or 8
 * @param detractors how many answered 0 to 6
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record NetPromoterScore(int promoters, int passives, int detractors) {

  /** The lowest answer that makes a promoter. */
  public static final int PROMOTER_MIN = 9;

  /** The lowest answer that makes a passive; lower answers make detractors. */
  public static final int PASSIVE_MIN = 7;

  /** The standard normal quantile of a two-sided 95 % interval. */
  private static final double Z_95 = 1.959963984540054;

  private static final NetPromoterScore NONE = new NetPromoterScore(0, 0, 0);

  /**
   * Checks the counts.
   *
   * @param promoters how many answered 9 or 10
   * @param passives how many answered 7 or 8
   * @param detractors how many answered 0 to 6
   * @throws IllegalArgumentException if a count is negative or their sum exceeds {@link
   *     Integer#MAX_VALUE}
   */
  public NetPromoterScore {
    if (promoters < 0 || passives < 0 || detractors < 0) {
      throw new IllegalArgumentException(
          "counts must not be negative: promoters "
              + promoters
              + ", passives "
              + passives
              + ", detractors "
              + detractors);
    }
    if ((long) promoters + passives + detractors > Integer.MAX_VALUE) {
      throw new IllegalArgumentException("more than " + Integer.MAX_VALUE + " responses");
    }
  }

  /**
   * Returns the score of no answers.
   *
   * @return zero counts
   */
  public static NetPromoterScore none() {
    return NONE;
  }

  /**
   * Returns the score of some answers.
   *
   * @param answers answers from 0 to 10
   * @return the score
   * @throws IllegalArgumentException if an answer is outside 0..10
   */
  public static NetPromoterScore of(IntStream answers) {
    int[] counts = new int[3];
    answers.forEach(
        a -> {
          if (a < 0 || a > 10) {
            throw new IllegalArgumentException("an NPS answer must be 0 to 10: " + a);
          }
          counts[a >= PROMOTER_MIN ? 0 : a >= PASSIVE_MIN ? 1 : 2]++;
        });
    return new NetPromoterScore(counts[0], counts[1], counts[2]);
  }

  /**
   * Returns the score of a histogram of answers.
   *
   * @param countsByAnswer 11 counts: how many answered 0, 1, ..., 10
   * @return the score
   * @throws IllegalArgumentException if there are not 11 counts or one is negative
   */
  public static NetPromoterScore ofHistogram(int[] countsByAnswer) {
    if (countsByAnswer.length != 11) {
      throw new IllegalArgumentException(
          "expected 11 counts (answers 0 to 10), got " + countsByAnswer.length);
    }
    long[] counts = new long[3];
    for (int a = 0; a <= 10; a++) {
      if (countsByAnswer[a] < 0) {
        throw new IllegalArgumentException(
            "count of answer " + a + " is negative: " + countsByAnswer[a]);
      }
      counts[a >= PROMOTER_MIN ? 0 : a >= PASSIVE_MIN ? 1 : 2] += countsByAnswer[a];
    }
    return new NetPromoterScore(
        Math.toIntExact(counts[0]), Math.toIntExact(counts[1]), Math.toIntExact(counts[2]));
  }

  /**
   * Returns the score of this score's answers and another's together.
   *
   * @param other the score of other answers
   * @return the combined score
   * @throws ArithmeticException if a combined count overflows an {@code int}
   */
  public NetPromoterScore plus(NetPromoterScore other) {
    return new NetPromoterScore(
        Math.addExact(promoters, other.promoters),
        Math.addExact(passives, other.passives),
        Math.addExact(detractors, other.detractors));
  }

  /**
   * Returns how many answers the score is computed from.
   *
   * @return promoters + passives + detractors
   */
  public int responses() {
    return promoters + passives + detractors;
  }

  /**
   * Returns the score.
   *
   * @return {@code 100 × (promoters − detractors) / responses}, from −100 to 100; 0 with no answers
   */
  public double score() {
    int n = responses();
    return n == 0 ? 0 : 100.0 * (promoters - detractors) / n;
  }

  /**
   * Returns the lower end of the 95 % confidence interval of the score.
   *
   * @return from −100 to {@link #score()}; −100 with no answers
   */
  public double lowerBound() {
    return Math.max(-100, score() - halfWidth());
  }

  /**
   * Returns the upper end of the 95 % confidence interval of the score.
   *
   * @return from {@link #score()} to 100; 100 with no answers
   */
  public double upperBound() {
    return Math.min(100, score() + halfWidth());
  }

  private double halfWidth() {
    int n = responses();
    if (n == 0) {
      return 200;
    }
    double mean = (double) (promoters - detractors) / n;
    double variance = Math.max(0, (double) (promoters + detractors) / n - mean * mean);
    return 100 * Z_95 * Math.sqrt(variance / n);
  }
}
