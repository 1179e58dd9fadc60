package dev.mentoring.examples.strategy;

import dev.mentoring.core.matching.MatchingStrategy;
import dev.mentoring.matching.scoring.CompatibilityModel;
import dev.mentoring.testkit.contract.MatchingStrategyContract;

/** Certifies the load-levelling strategy with the testkit's strategy kit. */
class LoadLevellingStrategyContractTest extends MatchingStrategyContract {
  @Override
  protected MatchingStrategy strategy() {
    return LoadLevellingSolver.strategy(CompatibilityModel.defaults());
  }
}
