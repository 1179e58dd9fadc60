package dev.mentoring.matching.solver;

import static dev.mentoring.matching.solver.SolverChecks.assertFeasible;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link MaxScoreSolver} against brute-force enumeration, and the exact optima against every other
 * solver.
 */
class OptimalityPropertyTest {
  private static final long SEED = 0x0971_3A1L;
  private static final int EXAMPLES = 500;

  private static final List<AssignmentSolver> OTHERS =
      List.of(
          new GreedySolver(),
          new RandomSolver(),
          StableSolver.menteeProposing(),
          StableSolver.mentorProposing(),
          new FairSolver());

  @Test
  void maxScoreEqualsBruteForceTotalThenCardinality() {
    qt().withFixedSeed(SEED)
        .withExamples(EXAMPLES)
        .forAll(SmallInstances.instances())
        .checkAssert(
            inst -> {
              Assignment a = MaxScoreSolver.maxScore().solve(inst.problem(), 0);
              assertFeasible(inst, a);
              BruteForce.Result best = BruteForce.solve(inst);
              assertThat(a.totalScore()).as("total").isEqualTo(best.maxTotal());
              assertThat(a.size()).as("pairs").isEqualTo(best.cardinalityAtMaxTotal());
            });
  }

  @Test
  void mostMatchedEqualsBruteForceCardinalityThenTotal() {
    qt().withFixedSeed(SEED)
        .withExamples(EXAMPLES)
        .forAll(SmallInstances.instances())
        .checkAssert(
            inst -> {
              Assignment a = MaxScoreSolver.mostMatched().solve(inst.problem(), 0);
              assertFeasible(inst, a);
              BruteForce.Result best = BruteForce.solve(inst);
              assertThat(a.size()).as("pairs").isEqualTo(best.maxCardinality());
              assertThat(a.totalScore()).as("total").isEqualTo(best.totalAtMaxCardinality());
            });
  }

  @Test
  void optimalTotalIsAtLeastEveryOtherSolversTotal() {
    qt().withFixedSeed(SEED)
        .withExamples(EXAMPLES)
        .forAll(SmallInstances.instances(), org.quicktheories.generators.SourceDSL.longs().all())
        .checkAssert(
            (inst, seed) -> {
              AssignmentProblem p = inst.problem();
              long optimal = MaxScoreSolver.maxScore().solve(p, seed).totalScore();
              int most = MaxScoreSolver.mostMatched().solve(p, seed).size();
              for (AssignmentSolver s : OTHERS) {
                Assignment a = s.solve(p, seed);
                assertThat(optimal).as("%s total", s).isGreaterThanOrEqualTo(a.totalScore());
                assertThat(most).as("%s pairs", s).isGreaterThanOrEqualTo(a.size());
              }
            });
  }

  @Test
  void maxFlowFindsTheMostPairs() {
    qt().withFixedSeed(SEED)
        .withExamples(EXAMPLES)
        .forAll(SmallInstances.instances())
        .checkAssert(
            inst -> {
              AssignmentProblem p = inst.problem();
              long flow =
                  FairSolver.maxPairs(
                      Candidates.of(p), Candidates.menteeLeft(p), Candidates.mentorLeft(p), 0);
              assertThat(flow + p.fixedCount()).isEqualTo(BruteForce.solve(inst).maxCardinality());
            });
  }
}
