package dev.mentoring.matching.solver;

import static dev.mentoring.matching.solver.SolverChecks.assertFeasible;
import static dev.mentoring.matching.solver.SolverChecks.assertMaximal;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The seeded random baseline: maximal, reproducible, and actually random. */
class RandomSolverTest {
  private static final long SEED = 0x7A4D_0L;
  private static final int EXAMPLES = 400;

  @Test
  void resultIsMaximal() {
    qt().withFixedSeed(SEED)
        .withExamples(EXAMPLES)
        .forAll(SmallInstances.instances(), org.quicktheories.generators.SourceDSL.longs().all())
        .checkAssert(
            (inst, seed) -> {
              Assignment a = new RandomSolver().solve(inst.problem(), seed);
              assertFeasible(inst, a);
              assertMaximal(inst, a);
            });
  }

  @Test
  void differentSeedsGiveDifferentAssignments() {
    AssignmentProblem p = complete(40, 10, 4);
    Set<Assignment> seen = new HashSet<>();
    for (long seed = 0; seed < 20; seed++) {
      seen.add(new RandomSolver().solve(p, seed));
    }
    assertThat(seen).hasSizeGreaterThan(15);
  }

  @Test
  void eachCandidateIsEquallyLikely() {
    // One mentee, four candidate mentors: each should be picked about a quarter of the time.
    AssignmentProblem p = complete(1, 4, 1);
    int[] count = new int[4];
    int draws = 8000;
    for (long seed = 0; seed < draws; seed++) {
      count[new RandomSolver().solve(p, seed).mentor(0)]++;
    }
    for (int c : count) {
      // Binomial(8000, 1/4): mean 2000, standard deviation about 39; five deviations either side.
      assertThat(c).isBetween(1800, 2200);
    }
  }

  @Test
  void theSequenceIsPinnedForEveryJvm() {
    // The generator is SplitMix64 implemented in the solver, so this answer may never change
    // without a note in the changelog: researchers rerun published baselines by seed.
    AssignmentProblem p = complete(6, 3, 2);
    assertThat(new RandomSolver().solve(p, 42).mentorsByMentee()).isDeepEqualTo(PINNED_SEED_42);
  }

  private static final int[][] PINNED_SEED_42 = {{1}, {0}, {2}, {2}, {1}, {0}};

  private static AssignmentProblem complete(int n, int m, int capacity) {
    AssignmentProblem.Builder b = AssignmentProblem.sparseBuilder(n, m);
    for (int j = 0; j < m; j++) {
      b.mentorCapacity(j, capacity);
    }
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < m; j++) {
        b.score(i, j, (i * 7 + j * 13) % 1001);
      }
    }
    return b.build();
  }
}
