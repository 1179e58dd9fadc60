package dev.mentoring.testkit.research;

import java.util.Arrays;
import org.apiguardian.api.API;

/**
 * One metric of one strategy summarised over the seeds of a comparison: the mean, the sample
 * standard deviation, and the range.
 *
 * <pre>{@code
 * MetricSummary s = MetricSummary.of(0.91, 0.94, 0.90);
 * double mean = s.mean();
 * String shown = mean + " ± " + s.standardDeviation();
 * }</pre>
 *
 * <p>Value-based and immutable.
 *
 * @param mean the arithmetic mean
 * @param standardDeviation the sample standard deviation (divided by {@code n - 1}), 0 for one
 *     value
 * @param min the smallest value
 * @param max the largest value
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record MetricSummary(double mean, double standardDeviation, double min, double max) {

  /**
   * Checks the components.
   *
   * @param mean the arithmetic mean
   * @param standardDeviation the sample standard deviation, non-negative
   * @param min the smallest value
   * @param max the largest value
   * @throws IllegalArgumentException if a component is not finite, the deviation is negative, or
   *     the mean is not within {@code [min, max]}
   */
  public MetricSummary {
    if (!Double.isFinite(mean)
        || !Double.isFinite(standardDeviation)
        || !Double.isFinite(min)
        || !Double.isFinite(max)) {
      throw new IllegalArgumentException(
          "components must be finite, were "
              + mean
              + ", "
              + standardDeviation
              + ", "
              + min
              + ", "
              + max);
    }
    if (standardDeviation < 0) {
      throw new IllegalArgumentException(
          "standardDeviation must not be negative, was " + standardDeviation);
    }
    // The mean of values may round just past the range by an ulp or so.
    double slack = 1e-9 * Math.max(1, Math.max(Math.abs(min), Math.abs(max)));
    if (min > max || mean < min - slack || mean > max + slack) {
      throw new IllegalArgumentException(
          "components must satisfy min <= mean <= max, were " + min + ", " + mean + ", " + max);
    }
  }

  /**
   * Summarises values.
   *
   * @param values the values, at least one, all finite
   * @return the summary
   * @throws IllegalArgumentException if there are no values or one is not finite
   */
  public static MetricSummary of(double... values) {
    if (values.length == 0) {
      throw new IllegalArgumentException("values must not be empty");
    }
    double[] v = Arrays.copyOf(values, values.length);
    double sum = 0;
    double min = Double.POSITIVE_INFINITY;
    double max = Double.NEGATIVE_INFINITY;
    for (double x : v) {
      if (!Double.isFinite(x)) {
        throw new IllegalArgumentException("values must be finite, held " + x);
      }
      sum += x;
      min = Math.min(min, x);
      max = Math.max(max, x);
    }
    double mean = Math.min(max, Math.max(min, sum / v.length));
    double squares = 0;
    for (double x : v) {
      squares += (x - mean) * (x - mean);
    }
    double sd = v.length < 2 ? 0 : Math.sqrt(squares / (v.length - 1));
    return new MetricSummary(mean, sd, min, max);
  }
}
