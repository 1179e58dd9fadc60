package dev.mentoring.testkit.research;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.mentoring.core.matching.SimpleSkillMatching;
import dev.mentoring.matching.MatchingStrategies;
import dev.mentoring.matching.UnknownStrategyException;
import dev.mentoring.matching.scoring.CompatibilityModel;
import dev.mentoring.matching.scoring.HardConstraints;
import dev.mentoring.testkit.generate.MatchingInstances;
import dev.mentoring.testkit.generate.OrganizationSpec;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class ResearchHarnessTest {
  private static final MatchingInstances SMALL =
      MatchingInstances.builder().mentees(40).mentors(15).build();

  private static final Comparison COMPARISON =
      ResearchHarness.builder()
          .strategies(MatchingStrategies.OPTIMAL, MatchingStrategies.GREEDY)
          .strategy(MatchingStrategies.builtIns().get(MatchingStrategies.RANDOM))
          .organization(1_000)
          .organization(
              "steep \"pyramid\", few teams",
              OrganizationSpec.builder().teamSize(5, 20).build(),
              1_500)
          .seeds(3, 1, 2)
          .instances(SMALL)
          .build()
          .run();

  @Test
  void run_givesARowPerScenarioAndStrategy() {
    assertThat(COMPARISON.seeds()).containsExactly(3L, 1L, 2L);
    assertThat(COMPARISON.rows())
        .extracting(ComparisonRow::scenario, ComparisonRow::strategy)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("1,000 people", "optimal"),
            org.assertj.core.groups.Tuple.tuple("1,000 people", "greedy"),
            org.assertj.core.groups.Tuple.tuple("1,000 people", "random"),
            org.assertj.core.groups.Tuple.tuple("steep \"pyramid\", few teams", "optimal"),
            org.assertj.core.groups.Tuple.tuple("steep \"pyramid\", few teams", "greedy"),
            org.assertj.core.groups.Tuple.tuple("steep \"pyramid\", few teams", "random"));
    assertThat(COMPARISON.rows()).allSatisfy(r -> assertThat(r.runs()).isEqualTo(3));
  }

  @Test
  void run_measuresWhatTheEvaluationMeasures() {
    for (ComparisonRow r : COMPARISON.rows()) {
      assertThat(r.metric(Metric.MENTEES).mean()).isEqualTo(40);
      assertThat(r.metric(Metric.MENTEES).standardDeviation()).isZero();
      assertThat(r.metric(Metric.MATCHED).mean() + r.metric(Metric.UNMATCHED).mean())
          .isCloseTo(40, within(1e-9));
      assertThat(r.metric(Metric.MATCH_RATE).mean())
          .isCloseTo(r.metric(Metric.MATCHED).mean() / 40, within(1e-9));
      assertThat(r.metric(Metric.PAIRS).max()).isLessThanOrEqualTo(40);
      assertThat(r.metric(Metric.MEAN_SCORE).max()).isLessThanOrEqualTo(1_000);
      assertThat(r.metric(Metric.MIN_SCORE).mean())
          .isLessThanOrEqualTo(r.metric(Metric.MEAN_SCORE).mean());
      assertThat(r.metric(Metric.MAX_MENTOR_LOAD).max()).isLessThanOrEqualTo(3);
      assertThat(r.metric(Metric.IDLE_MENTORS).max()).isLessThanOrEqualTo(15);
      assertThat(r.metric(Metric.MILLIS).min()).isNotNegative();
    }
    // The optimum is the largest total on every seed, so on average too.
    for (String scenario : List.of("1,000 people", "steep \"pyramid\", few teams")) {
      double optimal =
          COMPARISON.row(scenario, "optimal").orElseThrow().metric(Metric.TOTAL_SCORE).mean();
      assertThat(COMPARISON.row(scenario, "greedy").orElseThrow().metric(Metric.TOTAL_SCORE).mean())
          .isLessThanOrEqualTo(optimal);
      assertThat(COMPARISON.row(scenario, "random").orElseThrow().metric(Metric.TOTAL_SCORE).mean())
          .isLessThan(optimal);
    }
    assertThat(COMPARISON.row("1,000 people", "nobody")).isEmpty();
  }

  @Test
  void run_isReproducibleButForTheTimes() {
    Comparison again =
        ResearchHarness.builder()
            .strategies(MatchingStrategies.OPTIMAL, MatchingStrategies.GREEDY)
            .strategy(MatchingStrategies.builtIns().get(MatchingStrategies.RANDOM))
            .organization(1_000)
            .organization(
                "steep \"pyramid\", few teams",
                OrganizationSpec.builder().teamSize(5, 20).build(),
                1_500)
            .seeds(3, 1, 2)
            .instances(SMALL)
            .build()
            .run();
    for (int k = 0; k < again.rows().size(); k++) {
      for (Metric m : Metric.values()) {
        if (m != Metric.MILLIS) {
          assertThat(again.rows().get(k).metric(m))
              .as(m.key())
              .isEqualTo(COMPARISON.rows().get(k).metric(m));
        }
      }
    }
  }

  @Test
  void markdown_parsesBackToTheComparison() {
    String md = COMPARISON.toMarkdown();
    List<String> lines = md.lines().toList();
    assertThat(lines.get(0)).isEqualTo("Mean ± standard deviation over 3 seeds [3, 1, 2].");
    assertThat(lines.get(1)).isEmpty();
    List<String> header = cells(lines.get(2));
    List<String> expected = new ArrayList<>(List.of("scenario", "strategy", "runs"));
    for (Metric m : Metric.values()) {
      expected.add(m.key());
    }
    assertThat(header).isEqualTo(expected);
    assertThat(cells(lines.get(3))).hasSize(expected.size()).allMatch(c -> c.matches("---:?"));
    assertThat(lines).hasSize(4 + COMPARISON.rows().size());
    for (int k = 0; k < COMPARISON.rows().size(); k++) {
      ComparisonRow row = COMPARISON.rows().get(k);
      List<String> cells = cells(lines.get(4 + k));
      assertThat(cells).hasSize(expected.size());
      assertThat(cells.get(0)).isEqualTo(row.scenario());
      assertThat(cells.get(1)).isEqualTo(row.strategy());
      assertThat(cells.get(2)).isEqualTo("3");
      for (Metric m : Metric.values()) {
        String[] meanAndSd = cells.get(header.indexOf(m.key())).split(" ± ", -1);
        assertThat(meanAndSd).hasSize(2);
        double precision = Math.pow(10, -m.decimals()) / 2 + 1e-12;
        assertThat(Double.parseDouble(meanAndSd[0]))
            .as(m.key())
            .isCloseTo(row.metric(m).mean(), within(precision));
        assertThat(Double.parseDouble(meanAndSd[1]))
            .as(m.key())
            .isCloseTo(row.metric(m).standardDeviation(), within(precision));
      }
    }
  }

  /** The cells of a Markdown table row, unescaping {@code \|}. */
  private static List<String> cells(String line) {
    assertThat(line).startsWith("| ").endsWith(" |");
    List<String> out = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    String inner = line.substring(2, line.length() - 2);
    for (int i = 0; i < inner.length(); i++) {
      char c = inner.charAt(i);
      if (c == '\\' && i + 1 < inner.length()) {
        cell.append(inner.charAt(++i));
      } else if (inner.startsWith(" | ", i)) {
        out.add(cell.toString());
        cell.setLength(0);
        i += 2;
      } else {
        cell.append(c);
      }
    }
    out.add(cell.toString());
    return out;
  }

  @Test
  void csv_parsesBackToTheComparison() {
    String csv = COMPARISON.toCsv();
    assertThat(csv).endsWith("\r\n").doesNotContain("\n\n");
    List<List<String>> records = Rfc4180.parse(csv);
    List<String> header = records.get(0);
    assertThat(header.subList(0, 3)).containsExactly("scenario", "strategy", "runs");
    assertThat(header).hasSize(3 + 4 * Metric.values().length);
    assertThat(records).hasSize(1 + COMPARISON.rows().size());
    for (int k = 0; k < COMPARISON.rows().size(); k++) {
      ComparisonRow row = COMPARISON.rows().get(k);
      List<String> record = records.get(1 + k);
      assertThat(record).hasSameSizeAs(header);
      assertThat(record.get(0)).isEqualTo(row.scenario());
      assertThat(record.get(1)).isEqualTo(row.strategy());
      assertThat(Integer.parseInt(record.get(2))).isEqualTo(row.runs());
      for (Metric m : Metric.values()) {
        int column = header.indexOf(m.key() + ".mean");
        assertThat(header.subList(column, column + 4))
            .containsExactly(
                m.key() + ".mean", m.key() + ".sd", m.key() + ".min", m.key() + ".max");
        MetricSummary s = row.metric(m);
        assertThat(
                Arrays.stream(record.subList(column, column + 4).toArray(new String[0]))
                    .mapToDouble(Double::parseDouble)
                    .toArray())
            .as(m.key())
            .containsExactly(s.mean(), s.standardDeviation(), s.min(), s.max());
      }
    }
    // The label with a comma and quotes is quoted, its quotes doubled.
    assertThat(csv).contains("\r\n\"steep \"\"pyramid\"\", few teams\",optimal,3,");
  }

  @Test
  void defaults_compareEveryBuiltIn() {
    ResearchHarness h = ResearchHarness.builder().build();
    assertThat(h.strategyIds()).isEqualTo(MatchingStrategies.builtIns().ids());
    assertThat(h.scenarioLabels()).containsExactly("2,000 people");
    assertThat(h.seeds()).containsExactly(1L, 2L, 3L, 4L, 5L);
    assertThat(h.toString()).contains("optimal", "2,000 people", "[1, 2, 3, 4, 5]");
  }

  @Test
  void builder_rejectsBadSettings() {
    assertThatThrownBy(() -> ResearchHarness.builder().strategies("nope").build())
        .isInstanceOf(UnknownStrategyException.class);
    assertThatIllegalArgumentException()
        .isThrownBy(() -> ResearchHarness.builder().strategies("greedy", "greedy").build())
        .withMessage("strategy id 'greedy' is added twice");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> ResearchHarness.builder().organization(500).organization(500).build())
        .withMessage("organisation label '500 people' is added twice");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> ResearchHarness.builder().organization(9))
        .withMessage("size must be between 10 and 1000000, was 9");
    assertThatIllegalArgumentException()
        .isThrownBy(
            () -> ResearchHarness.builder().organization(" ", OrganizationSpec.defaults(), 10))
        .withMessage("label must not be blank");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> ResearchHarness.builder().seeds())
        .withMessage("seeds must not be empty");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> ResearchHarness.builder().seeds(1, 2, 1))
        .withMessage("seeds name 1 twice");
  }

  @Test
  void run_strategyOutsideTheEvaluationModel_isNamed() {
    // The core default ignores languages; the default model excludes pairs without a common one.
    ResearchHarness h =
        ResearchHarness.builder()
            .strategy(new SimpleSkillMatching())
            .organization(1_000)
            .seeds(1)
            .instances(SMALL)
            .build();
    assertThatThrownBy(h::run)
        .isInstanceOf(IllegalStateException.class)
        .hasMessageStartingWith(
            "strategy core.simple-skill cannot be evaluated on 1,000 people, seed 1: ")
        .hasMessageEndingWith(
            "; compare it under an evaluation model whose constraints it respects");
    CompatibilityModel lenient =
        CompatibilityModel.defaults().toBuilder()
            .removeConstraint(HardConstraints.REQUIRED_LANGUAGE)
            .removeConstraint(HardConstraints.MAX_TIME_ZONE_DIFFERENCE)
            .build();
    Comparison c =
        ResearchHarness.builder()
            .strategy(new SimpleSkillMatching())
            .organization(1_000)
            .seeds(1)
            .instances(SMALL)
            .evaluationModel(lenient)
            .build()
            .run();
    assertThat(c.rows())
        .singleElement()
        .extracting(ComparisonRow::strategy)
        .isEqualTo("core.simple-skill");
  }

  @Test
  void main_printsTheDefaultComparison() {
    PrintStream original = System.out;
    ByteArrayOutputStream markdown = new ByteArrayOutputStream();
    ByteArrayOutputStream csv = new ByteArrayOutputStream();
    try {
      System.setOut(new PrintStream(markdown, true, UTF_8));
      ResearchHarness.main(new String[0]);
      System.setOut(new PrintStream(csv, true, UTF_8));
      ResearchHarness.main(new String[] {"--csv"});
    } finally {
      System.setOut(original);
    }
    assertThat(markdown.toString(UTF_8))
        .startsWith("Mean ± standard deviation over 5 seeds [1, 2, 3, 4, 5].")
        .contains("| 2,000 people | stable.mentor-proposing | 5 |");
    List<List<String>> records = Rfc4180.parse(csv.toString(UTF_8));
    assertThat(records).hasSize(1 + MatchingStrategies.builtIns().ids().size());
    assertThat(records.get(1).subList(0, 3)).containsExactly("2,000 people", "optimal", "5");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> ResearchHarness.main(new String[] {"--tsv"}))
        .withMessage("expected no argument or --csv, got --tsv");
  }
}
