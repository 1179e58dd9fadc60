package dev.mentoring.matching.solver;

import static dev.mentoring.matching.solver.SolverChecks.assertFeasible;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import org.junit.jupiter.api.Test;

/**
 * {@link CostScaling} against three independent optima: brute-force enumeration on small instances,
 * a plain Bellman-Ford successive-shortest-path flow ({@link ReferenceFlow}) and the matrix-based
 * {@link ShortestPaths} on medium sparse ones, for both objectives. Also what {@link
 * MaxScoreSolver} promises whichever algorithm it picks: feasible, deterministic, and the same
 * assignment whether a problem is stored dense or sparse.
 */
class CostScalingPropertyTest {
  private static final long SEED = 0xC057_5CA1L;
  private static final int EXAMPLES = 1000;

  @Test
  void costScaling_smallInstances_equalsBruteForce() {
    qt().withFixedSeed(SEED)
        .withExamples(EXAMPLES)
        .forAll(SmallInstances.instances())
        .checkAssert(
            inst -> {
              BruteForce.Result best = BruteForce.solve(inst);
              Assignment total = new CostScaling(inst.problem(), false).solve();
              assertFeasible(inst, total);
              assertThat(total.totalScore()).as("total").isEqualTo(best.maxTotal());
              assertThat(total.size()).as("pairs").isEqualTo(best.cardinalityAtMaxTotal());
              Assignment most = new CostScaling(inst.problem(), true).solve();
              assertFeasible(inst, most);
              assertThat(most.size()).as("most pairs").isEqualTo(best.maxCardinality());
              assertThat(most.totalScore())
                  .as("total at most pairs")
                  .isEqualTo(best.totalAtMaxCardinality());
            });
  }

  @Test
  void costScaling_sparseInstances_equalsReferenceFlow() {
    qt().withFixedSeed(SEED)
        .withExamples(EXAMPLES)
        .forAll(SparseInstances.instances())
        .checkAssert(
            inst -> {
              AssignmentProblem p = inst.problem();
              for (boolean mostMatched : new boolean[] {false, true}) {
                Assignment a = new CostScaling(p, mostMatched).solve();
                assertFeasible(inst, a);
                ReferenceFlow.Optimum best = ReferenceFlow.solve(p, mostMatched);
                assertThat(a.totalScore())
                    .as("total, mostMatched=%s", mostMatched)
                    .isEqualTo(best.total());
                assertThat(a.size())
                    .as("pairs, mostMatched=%s", mostMatched)
                    .isEqualTo(best.pairs());
              }
            });
  }

  @Test
  void costScaling_sparseInstances_equalsShortestPaths() {
    qt().withFixedSeed(SEED)
        .withExamples(EXAMPLES)
        .forAll(SparseInstances.instances())
        .checkAssert(
            inst -> {
              AssignmentProblem p = inst.problem();
              for (boolean mostMatched : new boolean[] {false, true}) {
                Assignment a = new CostScaling(p, mostMatched).solve();
                Assignment b = new ShortestPaths(p, p.scoreMatrix(), mostMatched).solve();
                assertFeasible(inst, b);
                assertThat(a.totalScore())
                    .as("total, mostMatched=%s", mostMatched)
                    .isEqualTo(b.totalScore());
                assertThat(a.size()).as("pairs, mostMatched=%s", mostMatched).isEqualTo(b.size());
              }
            });
  }

  @Test
  void shortestPaths_smallInstancesStoredEitherWay_equalsBruteForce() {
    qt().withFixedSeed(SEED)
        .withExamples(EXAMPLES)
        .forAll(SmallInstances.instances())
        .checkAssert(
            inst -> {
              BruteForce.Result best = BruteForce.solve(inst);
              AssignmentProblem p = inst.problem();
              Assignment total = new ShortestPaths(p, p.scoreMatrix(), false).solve();
              assertFeasible(inst, total);
              assertThat(total.totalScore()).as("total").isEqualTo(best.maxTotal());
              assertThat(total.size()).as("pairs").isEqualTo(best.cardinalityAtMaxTotal());
              Assignment most = new ShortestPaths(p, p.scoreMatrix(), true).solve();
              assertThat(most.size()).as("most pairs").isEqualTo(best.maxCardinality());
              assertThat(most.totalScore())
                  .as("total at most pairs")
                  .isEqualTo(best.totalAtMaxCardinality());
            });
  }

  @Test
  void maxScoreSolver_sparseInstances_sameAssignmentStoredDenseOrSparseAndOnEveryRun() {
    qt().withFixedSeed(SEED)
        .withExamples(EXAMPLES)
        .forAll(SparseInstances.instances())
        .checkAssert(
            inst -> {
              for (MaxScoreSolver solver :
                  new MaxScoreSolver[] {MaxScoreSolver.maxScore(), MaxScoreSolver.mostMatched()}) {
                Assignment dense = solver.solve(inst.withDense(true).problem(), 1);
                Assignment sparse = solver.solve(inst.withDense(false).problem(), 2);
                assertFeasible(inst, sparse);
                assertThat(sparse).as("%s", solver).isEqualTo(dense);
                assertThat(solver.solve(inst.problem(), 3)).as("%s again", solver).isEqualTo(dense);
              }
            });
  }
}
