package dev.mentoring.matching.solver;

import org.apiguardian.api.API;

/**
 * How many pairs a problem admits at most, whatever their scores: the size of a maximum b-matching,
 * found as a maximum flow (Dinic's algorithm, {@code O(√V·E)} phases-bounded on these unit-capacity
 * bipartite networks).
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class Cardinality {
  private Cardinality() {}

  /**
   * Returns the largest number of pairs, fixed pairs included, that respects every capacity and
   * uses only candidate or fixed pairs.
   *
   * @param problem the problem
   * @return the maximum number of pairs
   */
  public static long maxPairs(AssignmentProblem problem) {
    Candidates c = Candidates.of(problem);
    return problem.fixedCount()
        + FairSolver.maxPairs(c, Candidates.menteeLeft(problem), Candidates.mentorLeft(problem), 0);
  }
}
