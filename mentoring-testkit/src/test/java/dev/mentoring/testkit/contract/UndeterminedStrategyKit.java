package dev.mentoring.testkit.contract;

import dev.mentoring.core.matching.MatchingStrategy;
import dev.mentoring.core.matching.SimpleSkillMatching;

/**
 * The kit run against a valid strategy that does not claim determinism. Run only by {@link
 * MatchingStrategyContractSelfTest}; its name keeps Surefire from running it as a test.
 */
class UndeterminedStrategyKit extends MatchingStrategyContract {
  @Override
  protected MatchingStrategy strategy() {
    return new SimpleSkillMatching();
  }

  @Override
  protected boolean isDeterministic() {
    return false;
  }
}
