package dev.mentoring.matching.solver;

import static dev.mentoring.matching.solver.SolverChecks.assertFeasible;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import org.junit.jupiter.api.Test;

/** The fair solver: most pairs, then the best lowest score, then the best total. */
class FairSolverTest {
  private static final long SEED = 0xFA1E_0L;
  private static final int EXAMPLES = 500;

  @Test
  void equalsBruteForce() {
    qt().withFixedSeed(SEED)
        .withExamples(EXAMPLES)
        .forAll(SmallInstances.instances())
        .checkAssert(
            inst -> {
              Assignment a = new FairSolver().solve(inst.problem(), 0);
              assertFeasible(inst, a);
              BruteForce.Result best = BruteForce.solve(inst);
              assertThat(a.size()).as("pairs").isEqualTo(best.fairCardinality());
              assertThat(minOfChosenPairs(inst, a)).as("lowest score").isEqualTo(best.fairMin());
              assertThat(a.totalScore()).as("total").isEqualTo(best.fairTotal());
            });
  }

  @Test
  void prefersAHigherMinimumToAHigherTotal() {
    // Max total: 1000 + 0 (lowest 0); fair: 50 + 60 (lowest 50).
    AssignmentProblem p = AssignmentProblem.of(new int[][] {{1000, 50}, {60, 0}}, new int[] {1, 1});
    Assignment a = new FairSolver().solve(p, 0);
    assertThat(a.mentorsByMentee()).isDeepEqualTo(new int[][] {{1}, {0}});
    assertThat(a.minScore()).isEqualTo(50);
    assertThat(MaxScoreSolver.maxScore().solve(p, 0).totalScore()).isEqualTo(1000);
  }

  @Test
  void neverGivesUpAPairToRaiseTheMinimum() {
    // One pair alone would score 900, but two pairs are possible, so the 5 must be taken.
    AssignmentProblem p = AssignmentProblem.of(new int[][] {{900, -1}, {800, 5}}, new int[] {1, 1});
    Assignment a = new FairSolver().solve(p, 0);
    assertThat(a.mentorsByMentee()).isDeepEqualTo(new int[][] {{0}, {1}});
  }

  @Test
  void fixedPairsDoNotCountTowardsTheMinimum() {
    // The fixed pair (0, 0) is not a candidate, so it scores 0. Were it counted, every
    // assignment's minimum would be 0 and the total (1000 + 0) would decide; the chosen pairs'
    // minimum decides instead: 50 and 60.
    AssignmentProblem p =
        AssignmentProblem.denseBuilder(3, 2)
            .mentorCapacity(0, 2)
            .score(1, 0, 1000)
            .score(1, 1, 50)
            .score(2, 0, 60)
            .score(2, 1, 0)
            .fix(0, 0)
            .build();
    Assignment a = new FairSolver().solve(p, 0);
    assertThat(a.mentorsByMentee()).isDeepEqualTo(new int[][] {{0}, {1}, {0}});
    assertThat(a.totalScore()).isEqualTo(110);
  }

  /** The lowest score of a pair that is not fixed, or MAX_VALUE if there is none. */
  static int minOfChosenPairs(SmallInstances.Instance inst, Assignment a) {
    int min = Integer.MAX_VALUE;
    for (int k = 0; k < a.size(); k++) {
      if (!inst.isFixed(a.mentee(k), a.mentor(k))) {
        min = Math.min(min, a.score(k));
      }
    }
    return min;
  }
}
