package dev.mentoring.matching.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mentoring.matching.solver.AssignmentProblem;
import java.util.Arrays;
import java.util.Comparator;

/** Assertions over scored problems shared by examples and properties. */
final class ScoringAssertions {
  private ScoringAssertions() {}

  /** Both have the same candidates with the same scores, and the same capacities. */
  static void assertSameMatrix(ScoredProblem a, ScoredProblem b) {
    AssignmentProblem x = a.assignmentProblem();
    AssignmentProblem y = b.assignmentProblem();
    assertThat(y.mentees()).isEqualTo(x.mentees());
    assertThat(y.mentors()).isEqualTo(x.mentors());
    assertThat(y.candidateCount()).isEqualTo(x.candidateCount());
    for (int i = 0; i < x.mentees(); i++) {
      assertThat(y.candidates(i)).as("candidates of mentee %d", i).containsExactly(x.candidates(i));
      assertThat(y.menteeCapacity(i)).isEqualTo(x.menteeCapacity(i));
      for (int j : x.candidates(i)) {
        assertThat(y.score(i, j)).as("score of (%d, %d)", i, j).isEqualTo(x.score(i, j));
      }
    }
    for (int j = 0; j < x.mentors(); j++) {
      assertThat(y.mentorCapacity(j)).isEqualTo(x.mentorCapacity(j));
    }
  }

  /**
   * {@code top} keeps, for each mentee, exactly the K best candidates of {@code dense} (score
   * descending, then mentor index ascending), with the dense scores.
   */
  static void assertTopKOf(ScoredProblem dense, ScoredProblem top, int k) {
    AssignmentProblem d = dense.assignmentProblem();
    AssignmentProblem t = top.assignmentProblem();
    assertThat(t.isDense()).isFalse();
    for (int i = 0; i < d.mentees(); i++) {
      int row = i;
      Integer[] all = Arrays.stream(d.candidates(i)).boxed().toArray(Integer[]::new);
      Arrays.sort(
          all, Comparator.<Integer>comparingInt(j -> -d.score(row, j)).thenComparingInt(j -> j));
      int[] expected = Arrays.stream(all).limit(k).mapToInt(Integer::intValue).sorted().toArray();
      assertThat(t.candidates(i)).as("top-%d of mentee %d", k, i).containsExactly(expected);
      for (int j : expected) {
        assertThat(t.score(i, j)).isEqualTo(d.score(i, j));
      }
      assertThat(t.menteeCapacity(i)).isEqualTo(d.menteeCapacity(i));
    }
    for (int j = 0; j < d.mentors(); j++) {
      assertThat(t.mentorCapacity(j)).isEqualTo(d.mentorCapacity(j));
    }
  }
}
