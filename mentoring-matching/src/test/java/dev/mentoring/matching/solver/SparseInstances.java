package dev.mentoring.matching.solver;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.impl.Constraint;

/**
 * QuickTheories generators of medium sparse assignment problems, beyond brute force but within
 * reach of {@link ReferenceFlow}: up to 40 mentees and 16 mentors, each mentee with at most six
 * candidates (mostly under half of the cells, the shape {@link MaxScoreSolver} solves by cost
 * scaling), scores from a narrow range (many ties) or the full range, mentee capacities 0 to 3,
 * mentor capacities 0 to 4 or far beyond the demand, mentees left without candidates, and fixed
 * pairs, some of them on forbidden cells. Instances print as {@link SmallInstances.Instance}.
 */
final class SparseInstances {
  static final int MAX_MENTEES = 40;
  static final int MAX_MENTORS = 16;

  private SparseInstances() {}

  /** Sparse instances, stored sparse or dense at random. */
  static Gen<SmallInstances.Instance> instances() {
    return SparseInstances::generate;
  }

  private static int draw(RandomnessSource in, int lo, int hi) {
    return (int) in.next(Constraint.between(lo, hi));
  }

  private static SmallInstances.Instance generate(RandomnessSource in) {
    boolean dense = draw(in, 0, 1) == 1;
    int n = draw(in, 1, MAX_MENTEES);
    int m = draw(in, 1, MAX_MENTORS);
    int[] ranges = {0, 1, 3, 1000};
    int top = ranges[draw(in, 0, ranges.length - 1)];
    int degree = draw(in, 0, Math.min(m, 6));
    int[][] scores = new int[n][m];
    for (int i = 0; i < n; i++) {
      Arrays.fill(scores[i], -1);
      int k = draw(in, 0, degree);
      for (int t = 0; t < k; t++) {
        scores[i][draw(in, 0, m - 1)] = draw(in, 0, top);
      }
    }
    int[] menteeCap = new int[n];
    for (int i = 0; i < n; i++) {
      int c = draw(in, 0, 19);
      menteeCap[i] = c < 15 ? 1 : c < 17 ? 2 : c < 18 ? 3 : 0;
    }
    int[] mentorCap = new int[m];
    boolean ample = draw(in, 0, 4) == 0;
    for (int j = 0; j < m; j++) {
      int c = draw(in, 0, 9);
      mentorCap[j] = ample || c == 0 ? Integer.MAX_VALUE : c < 3 ? 1 : draw(in, 0, 4);
    }
    List<int[]> fixed = new ArrayList<>();
    if (draw(in, 0, 2) == 0) {
      int[] menteeLoad = new int[n];
      int[] mentorLoad = new int[m];
      int tries = draw(in, 1, 8);
      for (int t = 0; t < tries; t++) {
        int i = draw(in, 0, n - 1);
        int j = draw(in, 0, m - 1);
        if (!contains(fixed, i, j)
            && menteeLoad[i] < menteeCap[i]
            && mentorLoad[j] < mentorCap[j]) {
          menteeLoad[i]++;
          mentorLoad[j]++;
          fixed.add(new int[] {i, j});
        }
      }
    }
    return new SmallInstances.Instance(
        dense,
        scores,
        m,
        menteeCap,
        mentorCap,
        fixed.toArray(new int[0][]),
        new int[0][],
        new int[0][]);
  }

  private static boolean contains(List<int[]> pairs, int i, int j) {
    for (int[] f : pairs) {
      if (f[0] == i && f[1] == j) {
        return true;
      }
    }
    return false;
  }
}
