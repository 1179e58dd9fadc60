package dev.mentoring.matching.solver;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MaxScoreSolverTest {

  /**
   * The worked example of the Hungarian algorithm in Wikipedia's "Hungarian algorithm" article:
   * Alice, Bob and Dora bid $8/$4/$7, $5/$2/$3 and $9/$4/$8 to clean the bathroom, sweep the floors
   * and wash the windows; the cheapest assignment costs $15 (Alice cleans, Bob washes, Dora
   * sweeps). As scores, {@code 9 - cost}, the maximum total is {@code 27 - 15 = 12}.
   */
  @Test
  void maxScore_hungarianWorkedExample_findsTheCheapestAssignment() {
    int[][] cost = {{8, 4, 7}, {5, 2, 3}, {9, 4, 8}};
    int[][] score = new int[3][3];
    for (int i = 0; i < 3; i++) {
      for (int j = 0; j < 3; j++) {
        score[i][j] = 9 - cost[i][j];
      }
    }

    Assignment a =
        MaxScoreSolver.maxScore().solve(AssignmentProblem.of(score, new int[] {1, 1, 1}), 0);

    assertThat(a.totalScore()).isEqualTo(12);
    assertThat(a.mentorsByMentee()).isDeepEqualTo(new int[][] {{0}, {2}, {1}});
  }

  @Test
  void maxScore_mentorWithCapacity_holdsSeveralMenteesWithoutCopies() {
    // One popular mentor with two places and a weak alternative: the two strongest claims win.
    int[][] score = {{900, 100}, {800, 700}, {950, 0}};

    Assignment a =
        MaxScoreSolver.maxScore().solve(AssignmentProblem.of(score, new int[] {2, 1}), 0);

    assertThat(a.totalScore()).isEqualTo(900 + 700 + 950);
    assertThat(a.mentorLoads()).containsExactly(2, 1);
  }

  @Test
  void maxScore_versusMostMatched_tradeScoreForPairs() {
    // Mentee 0 can only go to mentor 0; mentee 1 prefers mentor 0 strongly.
    int[][] score = {{10, -1}, {1000, 5}};
    AssignmentProblem p = AssignmentProblem.of(score, new int[] {1, 0});

    assertThat(MaxScoreSolver.maxScore().solve(p, 0).totalScore()).isEqualTo(1000);
    assertThat(MaxScoreSolver.mostMatched().solve(p, 0).size()).isEqualTo(1);

    AssignmentProblem two = AssignmentProblem.of(score, new int[] {1, 1});
    Assignment best = MaxScoreSolver.maxScore().solve(two, 0);
    Assignment most = MaxScoreSolver.mostMatched().solve(two, 0);
    assertThat(best.totalScore()).isEqualTo(1000);
    assertThat(best.size()).isEqualTo(1);
    assertThat(most.size()).isEqualTo(2);
    assertThat(most.totalScore()).isEqualTo(15);
  }

  @Test
  void maxScore_zeroScorePairs_addedOnlyAsTieBreak() {
    int[][] score = {{0}, {0}};
    Assignment a = MaxScoreSolver.maxScore().solve(AssignmentProblem.of(score, new int[] {2}), 0);
    assertThat(a.size()).isEqualTo(2);
    assertThat(a.totalScore()).isZero();
  }

  @Test
  void solve_hugeCapacities_doNotAllocatePerUnitOfCapacity() {
    AssignmentProblem p =
        AssignmentProblem.denseBuilder(2, 2)
            .score(0, 0, 5)
            .score(1, 1, 7)
            .mentorCapacity(0, Integer.MAX_VALUE)
            .mentorCapacity(1, Integer.MAX_VALUE)
            .menteeCapacity(0, Integer.MAX_VALUE)
            .build();

    assertThat(MaxScoreSolver.maxScore().solve(p, 0).totalScore()).isEqualTo(12);
  }
}
