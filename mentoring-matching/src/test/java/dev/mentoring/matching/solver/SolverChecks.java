package dev.mentoring.matching.solver;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;

/** Assertions shared by the solver tests. */
final class SolverChecks {
  private SolverChecks() {}

  /**
   * Asserts that an assignment is feasible for the instance: capacities respected, every pair a
   * candidate or fixed, every fixed pair present, each pair scored as the problem says.
   */
  static void assertFeasible(SmallInstances.Instance inst, Assignment a) {
    int n = inst.mentees();
    int m = inst.mentors();
    int[] menteeLoad = new int[n];
    int[] mentorLoad = new int[m];
    boolean[][] seen = new boolean[n][m];
    long total = 0;
    for (int k = 0; k < a.size(); k++) {
      int i = a.mentee(k);
      int j = a.mentor(k);
      assertThat(seen[i][j]).as("pair (%d, %d) twice", i, j).isFalse();
      seen[i][j] = true;
      menteeLoad[i]++;
      mentorLoad[j]++;
      boolean fixed = inst.isFixed(i, j);
      assertThat(inst.scores()[i][j] >= 0 || fixed)
          .as("pair (%d, %d) is neither a candidate nor fixed", i, j)
          .isTrue();
      assertThat(a.score(k)).isEqualTo(Math.max(0, inst.scores()[i][j]));
      total += a.score(k);
    }
    assertThat(a.totalScore()).isEqualTo(total);
    for (int i = 0; i < n; i++) {
      assertThat(menteeLoad[i]).as("load of mentee %d", i).isLessThanOrEqualTo(inst.menteeCap()[i]);
    }
    for (int j = 0; j < m; j++) {
      assertThat(mentorLoad[j]).as("load of mentor %d", j).isLessThanOrEqualTo(inst.mentorCap()[j]);
    }
    for (int[] f : inst.fixed()) {
      assertThat(seen[f[0]][f[1]]).as("fixed pair (%d, %d) kept", f[0], f[1]).isTrue();
    }
  }

  /**
   * Asserts that no candidate pair could be added: for every candidate pair not chosen, its mentee
   * or its mentor is full.
   */
  static void assertMaximal(SmallInstances.Instance inst, Assignment a) {
    int[] masks = BruteForce.masks(a, inst.mentees());
    int[] menteeLoad = new int[inst.mentees()];
    int[] mentorLoad = a.mentorLoads();
    for (int k = 0; k < a.size(); k++) {
      menteeLoad[a.mentee(k)]++;
    }
    for (int i = 0; i < inst.mentees(); i++) {
      for (int j = 0; j < inst.mentors(); j++) {
        if (inst.scores()[i][j] >= 0 && (masks[i] & (1 << j)) == 0) {
          assertThat(menteeLoad[i] >= inst.menteeCap()[i] || mentorLoad[j] >= inst.mentorCap()[j])
              .as("pair (%d, %d) could be added", i, j)
              .isTrue();
        }
      }
    }
  }

  /** A deep copy of everything a solver could mutate in a problem. */
  static List<Object> snapshot(AssignmentProblem p) {
    return List.of(
        p.dense == null ? new short[0] : p.dense.clone(),
        p.start.clone(),
        p.col.clone(),
        p.score.clone(),
        p.mentorCapacity.clone(),
        p.menteeCapacity.clone(),
        p.fixedMentee.clone(),
        p.fixedMentor.clone());
  }

  /** Asserts the problem still equals the snapshot. */
  static void assertUnchanged(AssignmentProblem p, List<Object> before) {
    List<Object> after = snapshot(p);
    for (int k = 0; k < before.size(); k++) {
      assertThat(Arrays.deepEquals(new Object[] {before.get(k)}, new Object[] {after.get(k)}))
          .as("problem array %d unchanged", k)
          .isTrue();
    }
  }
}
