package dev.mentoring.benchmarks;

import dev.mentoring.matching.solver.Assignment;
import dev.mentoring.matching.solver.AssignmentProblem;
import dev.mentoring.matching.solver.MaxScoreSolver;

/**
 * The prepared inputs of an optimal-assignment benchmark, built outside the measured methods: the
 * generated instance as our {@link AssignmentProblem} and as a plain {@code int[][]} matrix for the
 * baselines, and the optimal total found by {@link MaxScoreSolver#maxScore()}, against which every
 * measured result is checked.
 */
final class OptimalCase {
  final int mentees;
  final int mentors;
  final int capacity;
  final int[] capacities;
  final AssignmentProblem problem;
  final int[][] matrix;
  final long optimum;

  /** The solver of the last measured invocation and its total, checked after each iteration. */
  private String last = "";

  private long total;

  OptimalCase(String size, long seed) {
    int[] dims = Instances.parseSize(size);
    Instances.Instance instance = Instances.generate(dims[0], dims[1], dims[2], seed);
    this.mentees = dims[0];
    this.mentors = dims[1];
    this.capacity = dims[2];
    this.capacities = instance.capacities();
    this.problem = instance.denseProblem();
    this.matrix = instance.matrix();
    this.optimum = MaxScoreSolver.maxScore().solve(problem, 0).totalScore();
  }

  /** Our solver on the prepared problem. */
  long maxScore() {
    return record("MaxScoreSolver.maxScore()", MaxScoreSolver.maxScore().solve(problem, 0));
  }

  /** Our solver, building its problem from the matrix, as the baselines must. */
  long maxScoreFromMatrix() {
    return record(
        "AssignmentProblem.of + MaxScoreSolver.maxScore()",
        MaxScoreSolver.maxScore().solve(AssignmentProblem.of(matrix, capacities), 0));
  }

  /** OR-tools min-cost flow on the capacitated network. */
  long orToolsMinCostFlow() {
    return record("OR-tools MinCostFlow", Baselines.minCostFlow(matrix, capacity));
  }

  /** OR-tools linear sum assignment on the capacity-expanded matrix. */
  long orToolsLinearSumAssignment() {
    return record("OR-tools LinearSumAssignment", Baselines.linearSumAssignment(matrix, capacity));
  }

  /** JGraphT Kuhn-Munkres on the padded capacity-expanded complete graph (small sizes only). */
  long jgraphtKuhnMunkres() {
    return record(
        "JGraphT KuhnMunkresMinimalWeightBipartitePerfectMatching",
        Baselines.kuhnMunkres(matrix, capacity));
  }

  private long record(String solver, Assignment assignment) {
    return record(solver, assignment.totalScore());
  }

  private long record(String solver, long found) {
    last = solver;
    total = found;
    return found;
  }

  /** Fails loudly when the last measured invocation missed the optimum. */
  void checkLast() {
    check(last, total);
  }

  /**
   * Fails loudly when a solver's total differs from the optimum.
   *
   * @param solver the solver's name, for the message
   * @param total the total it found
   */
  void check(String solver, long total) {
    if (total != optimum) {
      throw new IllegalStateException(
          solver
              + " found total "
              + total
              + " but MaxScoreSolver.maxScore() found "
              + optimum
              + " on "
              + mentees
              + "x"
              + mentors
              + "x"
              + capacity);
    }
  }
}
