package dev.mentoring.examples.strategy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mentoring.matching.solver.Assignment;
import dev.mentoring.matching.solver.AssignmentProblem;
import dev.mentoring.matching.solver.MaxScoreSolver;
import org.junit.jupiter.api.Test;

class LoadLevellingSolverTest {
  private final LoadLevellingSolver solver = new LoadLevellingSolver();

  /** Three mentees who all prefer mentor 0 (capacity 3); mentors 1 and 2 take one each. */
  private static AssignmentProblem starMentor() {
    return AssignmentProblem.of(
        new int[][] {
          {900, 500, 400},
          {900, 400, 500},
          {900, 300, 300},
        },
        new int[] {3, 1, 1});
  }

  @Test
  void solve_spreadsMenteesWhereMaxScoreGivesOneMentorEverybody() {
    Assignment optimal = MaxScoreSolver.maxScore().solve(starMentor(), 0);
    Assignment levelled = solver.solve(starMentor(), 0);

    assertThat(optimal.mentorLoads()).containsExactly(3, 0, 0);
    assertThat(levelled.size()).isEqualTo(3);
    assertThat(levelled.mentorLoads()).containsExactly(1, 1, 1);
    // Best total with loads of one: 900 (mentee 2) + 500 + 500.
    assertThat(levelled.totalScore()).isEqualTo(1900);
  }

  @Test
  void solve_keepsEveryPairEvenIfALoadMustRise() {
    // Only mentor 0 is allowed for mentees 0 and 1: levelling cannot go below two.
    AssignmentProblem p =
        AssignmentProblem.of(new int[][] {{800, -1}, {700, -1}, {100, 600}}, new int[] {2, 2});

    Assignment levelled = solver.solve(p, 0);

    assertThat(levelled.size()).isEqualTo(3);
    assertThat(levelled.mentorLoads()).containsExactly(2, 1);
  }

  @Test
  void solve_keepsFixedPairsAboveTheLevel() {
    AssignmentProblem.Builder b = AssignmentProblem.denseBuilder(4, 2);
    for (int i = 0; i < 4; i++) {
      b.score(i, 0, 900).score(i, 1, 100);
    }
    AssignmentProblem p =
        b.mentorCapacity(0, 3).mentorCapacity(1, 3).fix(0, 0).fix(1, 0).fix(2, 0).build();

    Assignment levelled = solver.solve(p, 0);

    assertThat(levelled.size()).isEqualTo(4);
    assertThat(levelled.mentorLoads()).containsExactly(3, 1);
  }

  @Test
  void solve_sameAnswerForEverySeed() {
    assertThat(solver.solve(starMentor(), 1)).isEqualTo(solver.solve(starMentor(), 99));
  }

  @Test
  void strategy_rejectsNullModel() {
    assertThatThrownBy(() -> LoadLevellingSolver.strategy(nullModel()))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("model");
  }

  @SuppressWarnings("NullAway")
  private static dev.mentoring.matching.scoring.CompatibilityModel nullModel() {
    return null;
  }
}
