package dev.mentoring.testkit.contract;

import dev.mentoring.core.matching.MatchingProblem;
import dev.mentoring.core.matching.MatchingResult;
import dev.mentoring.core.matching.MatchingStrategy;

/**
 * The kit run against a strategy that always throws. Run only by {@link
 * MatchingStrategyContractSelfTest}; its name keeps Surefire from running it as a test.
 */
class BrokenThrowingStrategyKit extends MatchingStrategyContract {
  @Override
  protected MatchingStrategy strategy() {
    return new MatchingStrategy() {
      @Override
      public MatchingResult match(MatchingProblem problem) {
        throw new IllegalStateException("boom");
      }

      @Override
      public String id() {
        return "throwing";
      }
    };
  }
}
