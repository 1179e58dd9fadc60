/**
 * Compatibility scoring: weighted criteria and hard constraints over mentee and mentor profiles,
 * producing integer scores in 0 to 1000 and explanations.
 *
 * <p>A {@link dev.mentoring.matching.scoring.CompatibilityModel} (built with its builder, or {@link
 * dev.mentoring.matching.scoring.CompatibilityModel#defaults()}) scores a core {@link
 * dev.mentoring.core.matching.MatchingProblem} into a {@link
 * dev.mentoring.matching.scoring.ScoredProblem}: an {@link
 * dev.mentoring.matching.solver.AssignmentProblem} for the solvers, dense or top-K ({@link
 * dev.mentoring.matching.scoring.ScoringOptions}), with the maps between indexes and participant
 * ids and a {@link dev.mentoring.matching.scoring.PairExplanation} for any pair: each criterion's
 * contribution, summing to the score, and each {@link dev.mentoring.matching.scoring.Exclusion}
 * that rules the pair out.
 *
 * <p>Criteria and constraints are pluggable: {@link dev.mentoring.matching.scoring.Criterion} and
 * {@link dev.mentoring.matching.scoring.HardConstraint} are prepared once per problem over a {@link
 * dev.mentoring.matching.scoring.ScoringContext} and then evaluated by (mentee index, mentor
 * index), pair by pair ({@link dev.mentoring.matching.scoring.PreparedCriterion}, {@link
 * dev.mentoring.matching.scoring.PreparedConstraint}) or row by row ({@link
 * dev.mentoring.matching.scoring.RowScorer}). The built-ins are in {@link
 * dev.mentoring.matching.scoring.Criteria} and {@link
 * dev.mentoring.matching.scoring.HardConstraints}.
 */
@NullMarked
package dev.mentoring.matching.scoring;

import org.jspecify.annotations.NullMarked;
