package dev.mentoring.testkit.research;

import static java.util.Objects.requireNonNull;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import org.apiguardian.api.API;

/**
 * How one strategy did in one scenario of a {@link Comparison}: every {@link Metric} summarised
 * over the scenario's seeds.
 *
 * <pre>{@code
 * Comparison comparison = ResearchHarness.builder().strategies("optimal", "greedy").build().run();
 * ComparisonRow optimal = comparison.row("2,000 people", "optimal").orElseThrow();
 * double meanScore = optimal.metric(Metric.MEAN_SCORE).mean();
 * }</pre>
 *
 * <p>Value-based and immutable.
 *
 * @param scenario the scenario's label, such as {@code 2,000 people}
 * @param strategy the strategy's id
 * @param runs the number of runs summarised: one per seed
 * @param metrics a summary for every metric, in {@link Metric} order
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record ComparisonRow(
    String scenario, String strategy, int runs, Map<Metric, MetricSummary> metrics) {

  /**
   * Checks the components and copies the map.
   *
   * @param scenario the scenario's label
   * @param strategy the strategy's id
   * @param runs the number of runs summarised, at least 1
   * @param metrics a summary for every metric
   * @throws NullPointerException if a component, key or value is null
   * @throws IllegalArgumentException if {@code runs} is below 1 or a metric has no summary
   */
  public ComparisonRow {
    requireNonNull(scenario, "scenario");
    requireNonNull(strategy, "strategy");
    if (runs < 1) {
      throw new IllegalArgumentException("runs must be at least 1, was " + runs);
    }
    Map<Metric, MetricSummary> copy = new EnumMap<>(Metric.class);
    for (Map.Entry<Metric, MetricSummary> e : metrics.entrySet()) {
      copy.put(requireNonNull(e.getKey(), "metric"), requireNonNull(e.getValue(), "summary"));
    }
    if (copy.size() != Metric.values().length) {
      throw new IllegalArgumentException(
          "metrics must summarise every metric, missed " + (Metric.values().length - copy.size()));
    }
    metrics = Collections.unmodifiableMap(copy);
  }

  /**
   * Returns the summary of one metric.
   *
   * @param metric the metric
   * @return its summary over the runs
   */
  public MetricSummary metric(Metric metric) {
    return requireNonNull(metrics.get(requireNonNull(metric, "metric")), "summary");
  }
}
