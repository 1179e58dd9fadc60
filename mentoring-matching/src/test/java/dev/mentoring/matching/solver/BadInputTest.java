package dev.mentoring.matching.solver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mentoring.core.InfeasibleMatchingException;
import org.junit.jupiter.api.Test;

/**
 * Bad input to problems and assignments fails at once with a clear message: never a hang or a wrong
 * answer.
 */
class BadInputTest {

  @Test
  void negativeDimensionsAreRejected() {
    assertThatThrownBy(() -> AssignmentProblem.denseBuilder(-1, 2))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("mentees and mentors must be non-negative: -1, 2");
    assertThatThrownBy(() -> AssignmentProblem.sparseBuilder(2, -3))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("mentees and mentors must be non-negative: 2, -3");
  }

  @Test
  void negativeCapacitiesAreRejected() {
    assertThatThrownBy(() -> AssignmentProblem.denseBuilder(2, 2).mentorCapacity(1, -1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("capacity of mentor 1 is negative: -1");
    assertThatThrownBy(() -> AssignmentProblem.sparseBuilder(2, 2).menteeCapacity(0, -2))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("capacity of mentee 0 is negative: -2");
    assertThatThrownBy(() -> AssignmentProblem.of(new int[][] {{1}}, new int[] {-1}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("capacity of mentor 0 is negative: -1");
  }

  @Test
  void outOfRangeScoresAreRejected() {
    assertThatThrownBy(() -> AssignmentProblem.denseBuilder(1, 1).score(0, 0, 1001))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("score 1001 of (mentee 0, mentor 0) is outside 0..1000");
    assertThatThrownBy(() -> AssignmentProblem.sparseBuilder(1, 1).score(0, 0, -1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("score -1 of (mentee 0, mentor 0) is outside 0..1000");
    assertThatThrownBy(() -> AssignmentProblem.of(new int[][] {{2000}}, new int[] {1}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("score 2000");
  }

  @Test
  void outOfRangeIndicesAreRejected() {
    assertThatThrownBy(() -> AssignmentProblem.denseBuilder(2, 2).score(2, 0, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("mentee 2 is outside 0..1");
    assertThatThrownBy(() -> AssignmentProblem.sparseBuilder(2, 2).fix(0, 5))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("mentor 5 is outside 0..1");
  }

  @Test
  void duplicatePairsAreRejected() {
    assertThatThrownBy(
            () -> AssignmentProblem.sparseBuilder(1, 2).score(0, 1, 5).score(0, 1, 6).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("pair (mentee 0, mentor 1) is given twice");
    assertThatThrownBy(
            () ->
                AssignmentProblem.denseBuilder(1, 2)
                    .mentorCapacity(1, 2)
                    .fix(0, 1)
                    .fix(0, 1)
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("fixed pair (mentee 0, mentor 1) is given twice");
  }

  @Test
  void mismatchedDimensionsAreRejected() {
    assertThatThrownBy(() -> AssignmentProblem.of(new int[][] {{1, 2}, {3}}, new int[] {1, 1}))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("row 1 has 1 scores but there are 2 mentors");
    assertThatThrownBy(() -> AssignmentProblem.denseBuilder(1, 2).mentorCapacities(new int[3]))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("3 capacities given for 2 mentors");
  }

  @Test
  void moreFixedPairsThanCapacityIsInfeasible() {
    assertThatThrownBy(() -> AssignmentProblem.denseBuilder(2, 1).fix(0, 0).fix(1, 0).build())
        .isInstanceOfSatisfying(
            InfeasibleMatchingException.class,
            e ->
                assertThat(e.reasons())
                    .containsExactly("mentor 0 has more fixed pairs than its capacity 1"));
    assertThatThrownBy(
            () ->
                AssignmentProblem.sparseBuilder(1, 2)
                    .mentorCapacities(new int[] {1, 1})
                    .fix(0, 0)
                    .fix(0, 1)
                    .build())
        .isInstanceOfSatisfying(
            InfeasibleMatchingException.class,
            e ->
                assertThat(e.reasons())
                    .containsExactly("mentee 0 has more fixed pairs than its capacity 1"));
    assertThatThrownBy(
            () -> AssignmentProblem.sparseBuilder(1, 1).mentorCapacity(0, 0).fix(0, 0).build())
        .isInstanceOf(InfeasibleMatchingException.class);
  }

  @Test
  void assignmentsRejectPairsThatDoNotFit() {
    AssignmentProblem p = AssignmentProblem.of(new int[][] {{5, -1}, {7, 8}}, new int[] {1, 1});
    assertThatThrownBy(() -> Assignment.of(p, new int[] {2}, new int[] {0}, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("pair (2, 0) is out of range");
    assertThatThrownBy(() -> Assignment.of(p, new int[] {1, 1}, new int[] {1, 1}, 2))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("pair (1, 1) is chosen twice");
    assertThatThrownBy(() -> Assignment.of(p, new int[] {0}, new int[] {1}, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("pair (0, 1) is not allowed");
    assertThatThrownBy(() -> Assignment.of(p, new int[] {0, 1}, new int[] {0, 0}, 2))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("mentor 0 is over capacity");
    assertThatThrownBy(() -> Assignment.of(p, new int[] {1, 1}, new int[] {0, 1}, 2))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("mentee 1 is over capacity");
  }

  @Test
  void hugeCapacitiesDoNotCostMemory() {
    // Capacities far above the number of candidates must not allocate per unit of capacity.
    AssignmentProblem p =
        AssignmentProblem.sparseBuilder(2, 1)
            .mentorCapacity(0, Integer.MAX_VALUE)
            .menteeCapacity(0, Integer.MAX_VALUE)
            .score(0, 0, 3)
            .score(1, 0, 4)
            .build();
    for (AssignmentSolver s :
        new AssignmentSolver[] {
          new GreedySolver(),
          new RandomSolver(),
          StableSolver.menteeProposing(),
          StableSolver.mentorProposing(),
          new FairSolver()
        }) {
      assertThat(s.solve(p, 0).size()).as("%s", s).isEqualTo(2);
    }
  }
}
