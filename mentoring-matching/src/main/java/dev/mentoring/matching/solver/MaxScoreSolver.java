package dev.mentoring.matching.solver;

import org.apiguardian.api.API;

/**
 * Exact maximum-weight assignment with capacities on both sides.
 *
 * <p>Two objectives, both lexicographic and exact:
 *
 * <ul>
 *   <li>{@link #maxScore()}: the largest total score; among assignments with that total, the most
 *       pairs.
 *   <li>{@link #mostMatched()}: the most pairs; among assignments with that many, the largest total
 *       score.
 * </ul>
 *
 * <p>Both are one weighted objective: a pair is worth {@code scale·score + bonus}, with {@code
 * scale} above the number of pairs (total first) or {@code bonus} above the largest total (pairs
 * first). Capacities are handled natively: a mentor with capacity {@code c} is one node holding up
 * to {@code c} mentees, not {@code c} copies. Fixed pairs are part of every solution and use up
 * capacity; the rest is optimised around them.
 *
 * <p>Two exact algorithms share the work. Which one runs depends on the candidate graph alone, not
 * on how the problem is stored:
 *
 * <ul>
 *   <li><b>Dense candidate graphs</b> (at least half of the mentee × mentor cells are candidates,
 *       and the cells fit one array): successive shortest augmenting paths with node potentials
 *       after a bidding warm start, on the score matrix (the Hungarian method generalised to a
 *       transportation network: Ahuja, Magnanti and Orlin, <i>Network Flows</i>, 1993, §9.7; Jonker
 *       and Volgenant, "A shortest augmenting path algorithm for dense and sparse linear assignment
 *       problems", Computing 38, 1987). A search settles mentors in order of distance; a settled
 *       mentor is left through a cache of its holders' score gaps, so a search costs {@code O(s·m)}
 *       for {@code s} settled mentors and {@code m} mentors; {@code O(n·m²)} in the worst case for
 *       {@code n} mentees. A sparse problem of this shape is copied into a matrix first (two bytes
 *       per cell, at most four per candidate).
 *   <li><b>Sparse candidate graphs</b>: cost-scaling push-relabel minimum-cost flow on the
 *       candidate pairs (Goldberg and Tarjan, "Finding minimum-cost circulations by successive
 *       approximation", Mathematics of Operations Research 15, 1990; Goldberg, "An efficient
 *       implementation of a scaling minimum-cost flow algorithm", Journal of Algorithms 22, 1997),
 *       with global price updates and auction-like double pushes through the mentors. Costs are
 *       multiplied by a bound on the length of a cycle, so the last, 1-optimal flow is exactly
 *       optimal. {@code O(V²·E·log(V·C))} in the worst case for {@code V = n + m} nodes, {@code E}
 *       candidate pairs and largest pair weight {@code C}; about 15 bytes per candidate beyond the
 *       problem. Shortest paths pay for every augmentation separately as the mentors fill up; cost
 *       scaling does not, which is what large tight problems need (top-K candidate lists, as many
 *       places as mentees).
 * </ul>
 *
 * <p>Deterministic: the same problem always gives the same assignment, whether stored dense or
 * sparse (no randomness; nodes and arcs are visited in index order, ties go to the first found).
 * When several assignments are optimal, which of them is returned is not otherwise specified. The
 * seed is not used. Stateless and thread-safe.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class MaxScoreSolver implements AssignmentSolver {

  /** The most cells of a score matrix, as for a dense problem. */
  private static final long MAX_DENSE_CELLS = Integer.MAX_VALUE - 8;

  /**
   * Candidate graphs with at least one candidate per this many cells are solved on the matrix by
   * shortest paths, sparser ones by cost scaling. On top-K problems of the benchmark generator
   * (2,000 × 500 and 10,000 × 2,500) cost scaling was faster at every density tried: 3 to 5 times
   * at one half, about the same on full matrices. But it needs about 21 bytes per candidate (its
   * lists and a copy of the candidates) against 2 per cell for the matrix: a full 10,000 × 2,500
   * problem would take over 500 MB instead of 135. At one half the extra memory stays within five
   * times the matrix's.
   */
  private static final int DENSE_FRACTION = 2;

  private final boolean mostMatched;

  private MaxScoreSolver(boolean mostMatched) {
    this.mostMatched = mostMatched;
  }

  /**
   * Returns the solver that maximises the total score, then the number of pairs.
   *
   * @return the solver
   */
  public static MaxScoreSolver maxScore() {
    return new MaxScoreSolver(false);
  }

  /**
   * Returns the solver that maximises the number of pairs, then the total score.
   *
   * @return the solver
   */
  public static MaxScoreSolver mostMatched() {
    return new MaxScoreSolver(true);
  }

  @Override
  public Assignment solve(AssignmentProblem problem, long seed) {
    long cells = (long) problem.mentees * problem.mentors;
    if (cells <= MAX_DENSE_CELLS && problem.candidateCount() * DENSE_FRACTION >= cells) {
      return new ShortestPaths(problem, problem.scoreMatrix(), mostMatched).solve();
    }
    return new CostScaling(problem, mostMatched).solve();
  }

  @Override
  public String toString() {
    return mostMatched ? "MaxScoreSolver.mostMatched()" : "MaxScoreSolver.maxScore()";
  }
}
