package dev.mentoring.benchmarks;

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
