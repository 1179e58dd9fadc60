/**
 * Assignment solvers that know nothing of mentoring: an {@link
 * dev.mentoring.matching.solver.AssignmentProblem} (mentees as rows, mentors as columns, integer
 * scores 0 to 1000 on the allowed pairs, capacities on both sides, fixed pairs) goes in, an {@link
 * dev.mentoring.matching.solver.Assignment} comes out.
 *
 * <p>Researchers can use this package on its own. Every {@link
 * dev.mentoring.matching.solver.AssignmentSolver} is deterministic for a problem and a seed, never
 * mutates its input, keeps the fixed pairs, and respects every capacity. The Javadoc of each solver
 * states its guarantee, complexity and reference:
 *
 * <ul>
 *   <li>{@link dev.mentoring.matching.solver.MaxScoreSolver}: exact maximum total score (or most
 *       pairs first), with native capacities: successive shortest paths on dense candidate graphs,
 *       cost-scaling minimum-cost flow on sparse ones;
 *   <li>{@link dev.mentoring.matching.solver.FairSolver}: most pairs, then the best worst-off
 *       score, then the total;
 *   <li>{@link dev.mentoring.matching.solver.StableSolver}: deferred acceptance with capacities,
 *       either side proposing, score-derived or explicit preferences;
 *   <li>{@link dev.mentoring.matching.solver.GreedySolver} and {@link
 *       dev.mentoring.matching.solver.RandomSolver}: baselines.
 * </ul>
 *
 * <p>{@link dev.mentoring.matching.solver.Stability} counts blocking pairs and {@link
 * dev.mentoring.matching.solver.Cardinality} the most pairs a problem admits.
 */
@NullMarked
package dev.mentoring.matching.solver;

import org.jspecify.annotations.NullMarked;
