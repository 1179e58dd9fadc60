package dev.mentoring.matching.solver;

import static dev.mentoring.matching.solver.SolverChecks.assertFeasible;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What {@link AssignmentSolver} promises, checked for every solver on random small instances:
 * feasible (capacities, candidate or fixed pairs only, fixed pairs kept), deterministic, the same
 * on dense and sparse input, input never mutated, empty sides handled.
 */
class SolverContractTest {
  private static final long SEED = 0x5EED_2026L;
  private static final int EXAMPLES = 300;

  static Stream<Arguments> solvers() {
    return Stream.of(
        Arguments.of(Named.of("greedy", new GreedySolver())),
        Arguments.of(Named.of("random", new RandomSolver())),
        Arguments.of(Named.of("stable.mentee-proposing", StableSolver.menteeProposing())),
        Arguments.of(Named.of("stable.mentor-proposing", StableSolver.mentorProposing())),
        Arguments.of(Named.of("fair", new FairSolver())),
        Arguments.of(Named.of("max-score", MaxScoreSolver.maxScore())),
        Arguments.of(Named.of("most-matched", MaxScoreSolver.mostMatched())));
  }

  @ParameterizedTest
  @MethodSource("solvers")
  void resultIsFeasibleAndKeepsFixedPairs(AssignmentSolver solver) {
    qt().withFixedSeed(SEED)
        .withExamples(EXAMPLES)
        .forAll(SmallInstances.instances())
        .checkAssert(inst -> assertFeasible(inst, solver.solve(inst.problem(), 7)));
  }

  @ParameterizedTest
  @MethodSource("solvers")
  void sameProblemAndSeedGiveTheSameAssignment(AssignmentSolver solver) {
    qt().withFixedSeed(SEED)
        .withExamples(EXAMPLES)
        .forAll(SmallInstances.instances(), org.quicktheories.generators.SourceDSL.longs().all())
        .checkAssert(
            (inst, seed) -> {
              Assignment first = solver.solve(inst.problem(), seed);
              assertThat(solver.solve(inst.problem(), seed)).isEqualTo(first);
            });
  }

  @ParameterizedTest
  @MethodSource("solvers")
  void denseAndSparseGiveTheSameAssignment(AssignmentSolver solver) {
    qt().withFixedSeed(SEED)
        .withExamples(EXAMPLES)
        .forAll(SmallInstances.instances())
        .checkAssert(
            inst -> {
              SmallInstances.Instance dense = inst.withDense(true);
              SmallInstances.Instance sparse = inst.withDense(false);
              assertThat(solver.solve(sparse.problem(), 3))
                  .isEqualTo(solver.solve(dense.problem(), 3));
            });
  }

  @ParameterizedTest
  @MethodSource("solvers")
  void inputIsNotMutated(AssignmentSolver solver) {
    qt().withFixedSeed(SEED)
        .withExamples(EXAMPLES)
        .forAll(SmallInstances.instances())
        .checkAssert(
            inst -> {
              AssignmentProblem p = inst.problem();
              List<Object> before = SolverChecks.snapshot(p);
              solver.solve(p, 11);
              SolverChecks.assertUnchanged(p, before);
            });
  }

  @ParameterizedTest
  @MethodSource("solvers")
  void emptySidesGiveAnEmptyAssignment(AssignmentSolver solver) {
    int[][] shapes = {{0, 0}, {0, 3}, {3, 0}};
    for (int[] shape : shapes) {
      for (AssignmentProblem p :
          new AssignmentProblem[] {
            AssignmentProblem.denseBuilder(shape[0], shape[1]).build(),
            AssignmentProblem.sparseBuilder(shape[0], shape[1]).build()
          }) {
        Assignment a = solver.solve(p, 1);
        assertThat(a.size()).isZero();
        assertThat(a.totalScore()).isZero();
      }
    }
  }

  @ParameterizedTest
  @MethodSource("solvers")
  void noCandidatesKeepsOnlyTheFixedPairs(AssignmentSolver solver) {
    AssignmentProblem p =
        AssignmentProblem.sparseBuilder(3, 2).menteeCapacity(0, 2).fix(0, 1).fix(2, 0).build();
    Assignment a = solver.solve(p, 1);
    assertThat(a.size()).isEqualTo(2);
    assertThat(a.mentorsByMentee()).isDeepEqualTo(new int[][] {{1}, {}, {0}});
    assertThat(a.totalScore()).isZero();
  }

  @ParameterizedTest
  @MethodSource("solvers")
  void zeroCapacitiesGiveNoPairs(AssignmentSolver solver) {
    AssignmentProblem p = AssignmentProblem.of(new int[][] {{5, 7}, {9, 1}}, new int[] {0, 0});
    assertThat(solver.solve(p, 1).size()).isZero();
  }
}
