package dev.mentoring.matching.solver;

import static dev.mentoring.matching.solver.SolverChecks.assertFeasible;
import static dev.mentoring.matching.solver.SolverChecks.assertMaximal;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import org.junit.jupiter.api.Test;

/** The best-first baseline: order, tie-breaking, maximality and the 1/2 bound. */
class GreedySolverTest {
  private static final long SEED = 0x6EED_1L;
  private static final int EXAMPLES = 400;

  @Test
  void takesTheBestPairFirstEvenWhenThatCostsTotal() {
    // Greedy takes (0, 0) = 10 and is left with (1, 1) = 1; the optimum is 9 + 9 = 18.
    AssignmentProblem p = AssignmentProblem.of(new int[][] {{10, 9}, {9, 1}}, new int[] {1, 1});
    Assignment a = new GreedySolver().solve(p, 0);
    assertThat(a.mentorsByMentee()).isDeepEqualTo(new int[][] {{0}, {1}});
    assertThat(a.totalScore()).isEqualTo(11);
  }

  @Test
  void tiesGoToTheLowerMenteeThenTheLowerMentor() {
    AssignmentProblem p =
        AssignmentProblem.of(new int[][] {{5, 5}, {5, -1}, {5, 5}}, new int[] {1, 1});
    Assignment a = new GreedySolver().solve(p, 0);
    assertThat(a.mentorsByMentee()).isDeepEqualTo(new int[][] {{0}, {}, {1}});
  }

  @Test
  void fixedPairsComeFirstAndUseCapacity() {
    AssignmentProblem p =
        AssignmentProblem.denseBuilder(2, 1)
            .mentorCapacity(0, 1)
            .score(0, 0, 1000)
            .score(1, 0, 1)
            .fix(1, 0)
            .build();
    assertThat(new GreedySolver().solve(p, 0).mentorsByMentee())
        .isDeepEqualTo(new int[][] {{}, {0}});
  }

  @Test
  void resultIsMaximal() {
    qt().withFixedSeed(SEED)
        .withExamples(EXAMPLES)
        .forAll(SmallInstances.instances())
        .checkAssert(
            inst -> {
              Assignment a = new GreedySolver().solve(inst.problem(), 0);
              assertFeasible(inst, a);
              assertMaximal(inst, a);
            });
  }

  @Test
  void totalIsAtLeastHalfTheMaximum() {
    qt().withFixedSeed(SEED)
        .withExamples(EXAMPLES)
        .forAll(SmallInstances.instances())
        .checkAssert(
            inst -> {
              long greedy = new GreedySolver().solve(inst.problem(), 0).totalScore();
              assertThat(2 * greedy).isGreaterThanOrEqualTo(BruteForce.solve(inst).maxTotal());
            });
  }
}
