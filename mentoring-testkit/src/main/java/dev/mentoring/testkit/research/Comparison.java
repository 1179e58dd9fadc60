package dev.mentoring.testkit.research;

import static java.util.Objects.requireNonNull;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * The outcome of a {@link ResearchHarness} run: one {@link ComparisonRow} per scenario and
 * strategy, printable as a Markdown table or as CSV.
 *
 * <pre>{@code
 * Comparison comparison = ResearchHarness.builder().organization(5_000).seeds(1, 2, 3).build().run();
 * System.out.println(comparison.toMarkdown());
 * Files.writeString(Path.of("comparison.csv"), comparison.toCsv());
 * }</pre>
 *
 * <p>Value-based and immutable.
 *
 * @param seeds the seeds every scenario ran with, in order
 * @param rows the rows, by scenario and then strategy in the order they were added
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record Comparison(List<Long> seeds, List<ComparisonRow> rows) {

  /**
   * Copies the lists.
   *
   * @param seeds the seeds every scenario ran with
   * @param rows the rows
   * @throws NullPointerException if a list or an element is null
   */
  public Comparison {
    seeds = List.copyOf(seeds);
    rows = List.copyOf(rows);
  }

  /**
   * Finds the row of a scenario and a strategy.
   *
   * @param scenario the scenario's label
   * @param strategy the strategy's id
   * @return the row, or empty if there is none
   */
  public Optional<ComparisonRow> row(String scenario, String strategy) {
    requireNonNull(scenario, "scenario");
    requireNonNull(strategy, "strategy");
    return rows.stream()
        .filter(r -> r.scenario().equals(scenario) && r.strategy().equals(strategy))
        .findFirst();
  }

  /**
   * Returns a Markdown table: a row per scenario and strategy, a column per {@link Metric} headed
   * by its {@link Metric#key() key}, each cell the mean and standard deviation over the seeds, such
   * as {@code 187.4 ± 3.2}. A line above the table names the seeds. A {@code |} in a label is
   * escaped as {@code \|}.
   *
   * @return the table, lines ending in {@code \n}
   */
  public String toMarkdown() {
    StringBuilder out = new StringBuilder();
    out.append("Mean ± standard deviation over ")
        .append(seeds.size())
        .append(seeds.size() == 1 ? " seed " : " seeds ")
        .append(seeds)
        .append(".\n\n");
    out.append("| scenario | strategy | runs |");
    for (Metric m : Metric.values()) {
      out.append(' ').append(m.key()).append(" |");
    }
    out.append("\n| --- | --- | ---: |");
    for (int k = 0; k < Metric.values().length; k++) {
      out.append(" ---: |");
    }
    out.append('\n');
    for (ComparisonRow r : rows) {
      out.append("| ")
          .append(markdownCell(r.scenario()))
          .append(" | ")
          .append(markdownCell(r.strategy()))
          .append(" | ")
          .append(r.runs())
          .append(" |");
      for (Metric m : Metric.values()) {
        MetricSummary s = r.metric(m);
        String format = "%." + m.decimals() + "f";
        out.append(' ')
            .append(String.format(Locale.ROOT, format, s.mean()))
            .append(" ± ")
            .append(String.format(Locale.ROOT, format, s.standardDeviation()))
            .append(" |");
      }
      out.append('\n');
    }
    return out.toString();
  }

  /**
   * Returns the rows as CSV after RFC 4180: a header line, then a line per row; lines end in CRLF;
   * a field holding a comma, a double quote or a line break is enclosed in double quotes, with its
   * double quotes doubled. The columns are {@code scenario}, {@code strategy}, {@code runs}, then
   * for each metric {@code <key>.mean}, {@code <key>.sd}, {@code <key>.min} and {@code <key>.max}.
   * Numbers are written in plain decimal notation, exactly as the {@code double} they hold.
   *
   * @return the CSV text
   */
  public String toCsv() {
    StringBuilder out = new StringBuilder("scenario,strategy,runs");
    for (Metric m : Metric.values()) {
      for (String part : new String[] {"mean", "sd", "min", "max"}) {
        out.append(',').append(csvField(m.key() + "." + part));
      }
    }
    out.append("\r\n");
    for (ComparisonRow r : rows) {
      out.append(csvField(r.scenario()))
          .append(',')
          .append(csvField(r.strategy()))
          .append(',')
          .append(r.runs());
      for (Metric m : Metric.values()) {
        MetricSummary s = r.metric(m);
        for (double v : new double[] {s.mean(), s.standardDeviation(), s.min(), s.max()}) {
          out.append(',').append(number(v));
        }
      }
      out.append("\r\n");
    }
    return out.toString();
  }

  private static String markdownCell(String text) {
    return text.replace("\\", "\\\\").replace("|", "\\|").replace('\n', ' ').replace('\r', ' ');
  }

  /** Quotes a field if RFC 4180 requires it. */
  static String csvField(String text) {
    if (text.indexOf(',') < 0
        && text.indexOf('"') < 0
        && text.indexOf('\n') < 0
        && text.indexOf('\r') < 0) {
      return text;
    }
    return '"' + text.replace("\"", "\"\"") + '"';
  }

  private static String number(double v) {
    if (v == 0) {
      return "0";
    }
    return BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
  }
}
