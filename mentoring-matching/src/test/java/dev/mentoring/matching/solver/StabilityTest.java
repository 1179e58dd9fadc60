package dev.mentoring.matching.solver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import org.junit.jupiter.api.Test;

/** Counting blocking pairs, by hand and against the brute-force definition. */
class StabilityTest {
  private static final AssignmentProblem CROSS =
      AssignmentProblem.of(new int[][] {{10, 5}, {5, 10}}, new int[] {1, 1});

  @Test
  void crossedPairsAreBlockedTwice() {
    // (0, 0) and (1, 1) each score 10 against the 5s they would replace.
    Assignment crossed = Assignment.of(CROSS, new int[] {0, 1}, new int[] {1, 0}, 2);
    assertThat(Stability.blockingPairs(CROSS, crossed)).isEqualTo(2);
    assertThat(Stability.isStable(CROSS, crossed)).isFalse();
    Assignment straight = Assignment.of(CROSS, new int[] {0, 1}, new int[] {0, 1}, 2);
    assertThat(Stability.isStable(CROSS, straight)).isTrue();
  }

  @Test
  void inTheEmptyAssignmentEveryCandidateBlocks() {
    Assignment empty = Assignment.of(CROSS, new int[0], new int[0], 0);
    assertThat(Stability.blockingPairs(CROSS, empty)).isEqualTo(4);
  }

  @Test
  void aFixedPartnerCannotBeDropped() {
    // Mentor 0's only place is taken by a fixed pair; mentee 0 likes mentor 0 best but cannot
    // displace it, so nothing blocks.
    AssignmentProblem p =
        AssignmentProblem.denseBuilder(2, 1).score(0, 0, 900).score(1, 0, 1).fix(1, 0).build();
    Assignment a = Assignment.of(p, new int[] {1}, new int[] {0}, 1);
    assertThat(Stability.blockingPairs(p, a)).isZero();
  }

  @Test
  void explicitListsDecideInsteadOfScores() {
    // By the lists, mentee 0 prefers mentor 1 and mentor 1 prefers mentee 0: crossed is stable.
    Assignment crossed = Assignment.of(CROSS, new int[] {0, 1}, new int[] {1, 0}, 2);
    int[][] menteePrefs = {{1, 0}, {0, 1}};
    int[][] mentorPrefs = {{1, 0}, {0, 1}};
    assertThat(Stability.blockingPairs(CROSS, crossed, menteePrefs, mentorPrefs)).isZero();
    // An unlisted pair is not acceptable, so it never blocks.
    Assignment empty = Assignment.of(CROSS, new int[0], new int[0], 0);
    assertThat(Stability.blockingPairs(CROSS, empty, new int[][] {{0}, {}}, new int[][] {{0}, {}}))
        .isEqualTo(1);
  }

  @Test
  void listsMustFitTheProblem() {
    Assignment empty = Assignment.of(CROSS, new int[0], new int[0], 0);
    assertThatThrownBy(() -> Stability.blockingPairs(CROSS, empty, new int[1][0], new int[2][0]))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("preference lists are for 1 mentees and 2 mentors but the problem has 2 and 2");
    assertThatThrownBy(
            () -> Stability.blockingPairs(CROSS, empty, new int[][] {{0, 0}, {}}, new int[2][0]))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("mentee 0 lists mentor 0 twice");
    assertThatThrownBy(
            () -> Stability.blockingPairs(CROSS, empty, new int[2][0], new int[][] {{}, {2}}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("mentor 1 lists mentee 2, outside 0..1");
  }

  @Test
  void agreesWithTheBruteForceDefinition() {
    // Every assignment the random and greedy solvers produce is stable for Stability exactly when
    // the enumeration lists it as stable.
    qt().withFixedSeed(0x5AB1EL)
        .withExamples(400)
        .forAll(SmallInstances.instances(), org.quicktheories.generators.SourceDSL.longs().all())
        .checkAssert(
            (inst, seed) -> {
              AssignmentProblem p = inst.problem();
              java.util.List<int[]> stable = BruteForce.solve(inst).stable();
              for (AssignmentSolver s :
                  java.util.List.of(new RandomSolver(), new GreedySolver(), new FairSolver())) {
                Assignment a = s.solve(p, seed);
                int[] masks = BruteForce.masks(a, inst.mentees());
                boolean listed = stable.stream().anyMatch(x -> java.util.Arrays.equals(x, masks));
                assertThat(Stability.isStable(p, a)).as("%s", s).isEqualTo(listed);
              }
            });
  }
}
