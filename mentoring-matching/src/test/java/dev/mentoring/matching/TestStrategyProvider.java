package dev.mentoring.matching;

import dev.mentoring.core.matching.MatchingProblem;
import dev.mentoring.core.matching.MatchingResult;
import dev.mentoring.core.matching.MatchingStrategy;
import dev.mentoring.matching.scoring.CompatibilityModel;
import dev.mentoring.matching.solver.GreedySolver;
import dev.mentoring.matching.spi.MatchingStrategyProvider;
import java.util.List;
import java.util.Map;

/**
 * A provider declared in the test tree's {@code META-INF/services}, found by {@link
 * MatchingStrategies#discover(ClassLoader)}: a built-in solver under a lab id, and a strategy that
 * proposes nothing.
 */
public final class TestStrategyProvider implements MatchingStrategyProvider {
  static final String GREEDY = "test.greedy";
  static final String NOTHING = "test.nothing";

  /** Creates the provider, as ServiceLoader does. */
  public TestStrategyProvider() {}

  @Override
  public List<MatchingStrategy> strategies() {
    return List.of(
        SolverStrategy.of(GREEDY, CompatibilityModel.defaults(), new GreedySolver()),
        new NothingStrategy());
  }

  /** Proposes no pair and reports nobody: a researcher's minimal strategy. */
  static final class NothingStrategy implements MatchingStrategy {
    @Override
    public MatchingResult match(MatchingProblem problem) {
      return new MatchingResult(List.of(), Map.of(), Map.of());
    }

    @Override
    public String id() {
      return NOTHING;
    }
  }

  /**
   * A second provider, declared only in a services file written at test time, that repeats {@link
   * #GREEDY}.
   */
  public static final class Duplicate implements MatchingStrategyProvider {
    /** Creates the provider, as ServiceLoader does. */
    public Duplicate() {}

    @Override
    public List<MatchingStrategy> strategies() {
      return List.of(SolverStrategy.of(GREEDY, CompatibilityModel.defaults(), new GreedySolver()));
    }
  }
}
