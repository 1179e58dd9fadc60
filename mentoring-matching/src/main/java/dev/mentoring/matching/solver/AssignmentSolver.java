package dev.mentoring.matching.solver;

import org.apiguardian.api.API;

/**
 * Solves an {@link AssignmentProblem}. Implementations are stateless and thread-safe, never mutate
 * the problem, return the same assignment for the same problem and seed, keep every fixed pair, and
 * never exceed a capacity.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
@FunctionalInterface
public interface AssignmentSolver {

  /**
   * Solves a problem.
   *
   * @param problem the problem
   * @param seed the seed for any randomness or tie-breaking that uses it
   * @return the assignment, including the fixed pairs
   */
  Assignment solve(AssignmentProblem problem, long seed);
}
