/**
 * Mentoring SDK matching: explainable compatibility scoring, exact assignment solvers that work on
 * plain score matrices, the built-in matching strategies and their evaluation.
 */
module dev.mentoring.matching {
  requires transitive dev.mentoring.core;
  requires static transitive org.jspecify;
  requires transitive org.apiguardian.api;

  exports dev.mentoring.matching;
  exports dev.mentoring.matching.scoring;
  exports dev.mentoring.matching.solver;
  exports dev.mentoring.matching.spi;

  uses dev.mentoring.matching.spi.MatchingStrategyProvider;
}
