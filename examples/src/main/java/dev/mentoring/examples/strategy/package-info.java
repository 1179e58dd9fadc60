/**
 * A researcher's matching strategy: {@link dev.mentoring.examples.strategy.LoadLevellingSolver}
 * spreads mentees over mentors on the public solver API, and {@link
 * dev.mentoring.examples.strategy.StrategyComparison} registers it next to the built-ins and
 * compares them with the testkit's research harness.
 */
@NullMarked
package dev.mentoring.examples.strategy;

import org.jspecify.annotations.NullMarked;
