package dev.mentoring.examples.strategy;

import static java.util.Objects.requireNonNull;

import dev.mentoring.matching.MatchingStrategies;
import dev.mentoring.matching.scoring.CompatibilityModel;
import dev.mentoring.testkit.generate.MatchingInstances;
import dev.mentoring.testkit.research.Comparison;
import dev.mentoring.testkit.research.ResearchHarness;
import java.io.PrintStream;

/**
 * Registers the {@link LoadLevellingSolver load-levelling strategy} next to the built-ins and
 * compares them with the testkit's {@link ResearchHarness} on synthetic organisations, printing the
 * Markdown table. Mentors here offer more places than there are mentees (120 mentees, 60 mentors
 * with 1 to 4 places each), which is where spreading the load matters.
 */
public final class StrategyComparison {

  /** The seeds of the organisations compared. */
  static final long[] SEEDS = {1, 2, 3};

  /** The number of people in each organisation. */
  static final int PEOPLE = 1_000;

  private StrategyComparison() {}

  /**
   * Runs the comparison and prints it to standard output.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    run(System.out);
  }

  /**
   * Returns the registry: the built-ins, then the load-levelling strategy, all scored alike.
   *
   * @return the registry
   */
  public static MatchingStrategies registry() {
    CompatibilityModel model = CompatibilityModel.defaults();
    return MatchingStrategies.builder()
        .addAll(MatchingStrategies.builtIns(model))
        .add(LoadLevellingSolver.strategy(model))
        .build();
  }

  /**
   * Runs the comparison and prints its Markdown table.
   *
   * @param out where to print
   * @return the comparison
   */
  public static Comparison run(PrintStream out) {
    requireNonNull(out, "out");
    ResearchHarness harness =
        ResearchHarness.builder()
            .registry(registry())
            .strategies(
                MatchingStrategies.OPTIMAL,
                MatchingStrategies.OPTIMAL_MOST_MATCHED,
                MatchingStrategies.FAIR,
                MatchingStrategies.GREEDY,
                LoadLevellingSolver.ID)
            .organization(PEOPLE)
            .instances(MatchingInstances.builder().mentees(120).mentors(60).capacity(1, 4).build())
            .seeds(SEEDS)
            .build();
    Comparison comparison = harness.run();
    out.print(comparison.toMarkdown());
    return comparison;
  }
}
