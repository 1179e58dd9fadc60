package dev.mentoring.examples.strategy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mentoring.matching.MatchingStrategies;
import dev.mentoring.testkit.research.Comparison;
import dev.mentoring.testkit.research.ComparisonRow;
import dev.mentoring.testkit.research.Metric;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class StrategyComparisonTest {

  @Test
  void registry_holdsTheBuiltInsAndTheNewStrategy() {
    MatchingStrategies registry = StrategyComparison.registry();
    assertThat(registry.ids())
        .contains(MatchingStrategies.OPTIMAL, LoadLevellingSolver.ID)
        .hasSize(MatchingStrategies.builtIns().ids().size() + 1);
  }

  @Test
  void run_loadLevellingMatchesAsManyWithALighterBusiestMentor() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    Comparison comparison =
        StrategyComparison.run(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    String out = bytes.toString(StandardCharsets.UTF_8);

    ComparisonRow levelled = comparison.row("1,000 people", LoadLevellingSolver.ID).orElseThrow();
    ComparisonRow mostMatched =
        comparison.row("1,000 people", MatchingStrategies.OPTIMAL_MOST_MATCHED).orElseThrow();
    ComparisonRow optimal =
        comparison.row("1,000 people", MatchingStrategies.OPTIMAL).orElseThrow();

    assertThat(levelled.runs()).isEqualTo(3);
    // (1) as many pairs as any maximum matching: every one of the 120 mentees.
    assertThat(levelled.metric(Metric.MATCHED).mean())
        .isEqualTo(mostMatched.metric(Metric.MATCHED).mean())
        .isEqualTo(120.0);
    // (2) the busiest mentor carries 3 mentees instead of their full 4.
    assertThat(optimal.metric(Metric.MAX_MENTOR_LOAD).max()).isEqualTo(4.0);
    assertThat(levelled.metric(Metric.MAX_MENTOR_LOAD).max()).isEqualTo(3.0);
    assertThat(levelled.metric(Metric.IDLE_MENTORS).mean())
        .isLessThan(optimal.metric(Metric.IDLE_MENTORS).mean());
    // (3) at a small cost in total score, never more than the exact optimum.
    assertThat(levelled.metric(Metric.TOTAL_SCORE).mean())
        .isLessThanOrEqualTo(optimal.metric(Metric.TOTAL_SCORE).mean())
        .isGreaterThan(0.99 * optimal.metric(Metric.TOTAL_SCORE).mean());

    assertThat(out)
        .startsWith("Mean ± standard deviation over 3 seeds [1, 2, 3].")
        .contains("| 1,000 people | lab.load-levelling | 3 | 120.0 ± 0.0 | 120.0 ± 0.0 |");
  }
}
