package dev.mentoring.testkit.research;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ComparisonTest {

  private static ComparisonRow row(String scenario, String strategy, double value) {
    Map<Metric, MetricSummary> metrics = new EnumMap<>(Metric.class);
    for (Metric m : Metric.values()) {
      metrics.put(m, MetricSummary.of(value, value + 1));
    }
    return new ComparisonRow(scenario, strategy, 2, metrics);
  }

  @Test
  void csvField_quotesOnlyWhatRfc4180Requires() {
    assertThat(Comparison.csvField("plain")).isEqualTo("plain");
    assertThat(Comparison.csvField("a,b")).isEqualTo("\"a,b\"");
    assertThat(Comparison.csvField("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
    assertThat(Comparison.csvField("two\nlines")).isEqualTo("\"two\nlines\"");
    assertThat(Comparison.csvField("cr\rhere")).isEqualTo("\"cr\rhere\"");
  }

  @Test
  void csv_roundTripsAwkwardLabels() {
    Comparison c =
        new Comparison(
            List.of(7L),
            List.of(row("a, \"b\"\r\nc", "lab.x", 0.25), row("plain", "y", 12_345_678.5)));
    List<List<String>> records = Rfc4180.parse(c.toCsv());
    assertThat(records.get(1).get(0)).isEqualTo("a, \"b\"\r\nc");
    assertThat(records.get(1).get(3)).isEqualTo("0.75");
    assertThat(records.get(2).get(3)).isEqualTo("12345679");
    assertThat(records.get(2).get(5)).isEqualTo("12345678.5");
  }

  @Test
  void markdown_escapesPipesAndLineBreaks() {
    Comparison c = new Comparison(List.of(1L), List.of(row("a|b\nc", "x", 1)));
    String md = c.toMarkdown();
    assertThat(md).startsWith("Mean ± standard deviation over 1 seed [1].");
    assertThat(md).contains("| a\\|b c | x | 2 | 1.5 ± 0.7 |");
  }

  @Test
  void row_requiresEveryMetric() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new ComparisonRow("s", "x", 1, Map.of(Metric.PAIRS, MetricSummary.of(1))))
        .withMessage("metrics must summarise every metric, missed " + (Metric.values().length - 1));
    Map<Metric, MetricSummary> all = row("s", "x", 1).metrics();
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new ComparisonRow("s", "x", 0, all))
        .withMessage("runs must be at least 1, was 0");
  }

  @Test
  void metricSummary_meanSpreadAndRange() {
    MetricSummary s = MetricSummary.of(2, 4, 4, 4, 5, 5, 7, 9);
    assertThat(s.mean()).isEqualTo(5);
    assertThat(s.standardDeviation()).isCloseTo(Math.sqrt(32.0 / 7), within(1e-12));
    assertThat(s.min()).isEqualTo(2);
    assertThat(s.max()).isEqualTo(9);
    assertThat(MetricSummary.of(3)).isEqualTo(new MetricSummary(3, 0, 3, 3));
    assertThatIllegalArgumentException()
        .isThrownBy(MetricSummary::of)
        .withMessage("values must not be empty");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> MetricSummary.of(1, Double.NaN))
        .withMessage("values must be finite, held NaN");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new MetricSummary(1, -1, 0, 2))
        .withMessage("standardDeviation must not be negative, was -1.0");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new MetricSummary(5, 0, 0, 2))
        .withMessage("components must satisfy min <= mean <= max, were 0.0, 5.0, 2.0");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new MetricSummary(Double.POSITIVE_INFINITY, 0, 0, 2))
        .withMessageStartingWith("components must be finite");
  }
}
