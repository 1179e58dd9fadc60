package dev.mentoring.matching.solver;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.impl.Constraint;

/**
 * QuickTheories generators of small assignment problems (up to 7 mentees and 4 mentors, capacities
 * up to 3), small enough for {@link BruteForce}: dense and sparse, some cells forbidden, scores
 * from a narrow range (many ties) or the full range, and fixed pairs that fit the capacities
 * (sometimes on forbidden cells).
 */
final class SmallInstances {
  static final int MAX_MENTEES = 7;
  static final int MAX_MENTORS = 4;

  /** Enumerations stay below this many assignments, so brute force takes milliseconds. */
  private static final long LIMIT = 40_000;

  private SmallInstances() {}

  /**
   * A generated instance: everything needed to build the problem, printable for a failure. The
   * arrays are shared, not copied; nothing changes them.
   */
  static final class Instance {
    private final boolean dense;
    private final int[][] scores;
    private final int mentors;
    private final int[] menteeCap;
    private final int[] mentorCap;
    private final int[][] fixed;
    private final int[][] menteePrefs;
    private final int[][] mentorPrefs;

    Instance(
        boolean dense,
        int[][] scores,
        int mentors,
        int[] menteeCap,
        int[] mentorCap,
        int[][] fixed,
        int[][] menteePrefs,
        int[][] mentorPrefs) {
      this.dense = dense;
      this.scores = scores;
      this.mentors = mentors;
      this.menteeCap = menteeCap;
      this.mentorCap = mentorCap;
      this.fixed = fixed;
      this.menteePrefs = menteePrefs;
      this.mentorPrefs = mentorPrefs;
    }

    /** {@code scores[i][j]}, -1 where the pair is not a candidate. */
    int[][] scores() {
      return scores;
    }

    int mentors() {
      return mentors;
    }

    int[] menteeCap() {
      return menteeCap;
    }

    int[] mentorCap() {
      return mentorCap;
    }

    /** The fixed pairs as {mentee, mentor}. */
    int[][] fixed() {
      return fixed;
    }

    int[][] menteePrefs() {
      return menteePrefs;
    }

    int[][] mentorPrefs() {
      return mentorPrefs;
    }

    /** The same instance, built dense or sparse. */
    Instance withDense(boolean dense) {
      return new Instance(
          dense, scores, mentors, menteeCap, mentorCap, fixed, menteePrefs, mentorPrefs);
    }

    int mentees() {
      return scores.length;
    }

    AssignmentProblem problem() {
      AssignmentProblem.Builder b =
          dense
              ? AssignmentProblem.denseBuilder(mentees(), mentors)
              : AssignmentProblem.sparseBuilder(mentees(), mentors);
      for (int i = 0; i < mentees(); i++) {
        b.menteeCapacity(i, menteeCap[i]);
        // Sparse rows go in descending order so the builder's sort is exercised.
        for (int j = mentors - 1; j >= 0; j--) {
          if (scores[i][j] >= 0) {
            b.score(i, j, scores[i][j]);
          }
        }
      }
      b.mentorCapacities(mentorCap);
      for (int[] f : fixed) {
        b.fix(f[0], f[1]);
      }
      return b.build();
    }

    boolean isFixed(int i, int j) {
      for (int[] f : fixed) {
        if (f[0] == i && f[1] == j) {
          return true;
        }
      }
      return false;
    }

    @Override
    public String toString() {
      StringBuilder sb = new StringBuilder(dense ? "dense" : "sparse");
      sb.append(' ').append(mentees()).append('x').append(mentors);
      sb.append(" scores=").append(Arrays.deepToString(scores));
      sb.append(" menteeCap=").append(Arrays.toString(menteeCap));
      sb.append(" mentorCap=").append(Arrays.toString(mentorCap));
      sb.append(" fixed=").append(Arrays.deepToString(fixed));
      if (menteePrefs.length > 0 || mentorPrefs.length > 0) {
        sb.append(" menteePrefs=").append(Arrays.deepToString(menteePrefs));
        sb.append(" mentorPrefs=").append(Arrays.deepToString(mentorPrefs));
      }
      return sb.toString();
    }
  }

  /** Instances with score-derived preferences only. */
  static Gen<Instance> instances() {
    return in -> generate(in, false, 0);
  }

  /** Instances with at least one mentee and one mentor. */
  static Gen<Instance> nonEmpty() {
    return in -> generate(in, false, 1);
  }

  /** Instances with random explicit strict preference lists on both sides as well. */
  static Gen<Instance> withPreferences() {
    return in -> generate(in, true, 1);
  }

  private static int draw(RandomnessSource in, int lo, int hi) {
    return (int) in.next(Constraint.between(lo, hi));
  }

  private static Instance generate(RandomnessSource in, boolean prefs, int min) {
    if (prefs && draw(in, 0, 1) == 0) {
      return marriage(in);
    }
    boolean dense = draw(in, 0, 1) == 1;
    int n;
    int m;
    if (min == 0 && draw(in, 0, 15) == 0) {
      // Now and then one side is empty.
      boolean noMentees = draw(in, 0, 1) == 0;
      n = noMentees ? 0 : draw(in, 0, MAX_MENTEES);
      m = noMentees ? draw(in, 0, MAX_MENTORS) : 0;
    } else {
      n = draw(in, prefs ? 3 : 1, MAX_MENTEES);
      m = draw(in, prefs ? 2 : 1, prefs ? Math.min(n, MAX_MENTORS) : MAX_MENTORS);
    }
    // Score range: narrow ranges give many ties, which the tie-breaking rules must handle.
    int[] ranges = {0, 2, 5, 1000};
    int top = ranges[draw(in, 0, ranges.length - 1)];
    int forbidPercent = (prefs ? new int[] {0, 0, 10} : new int[] {0, 25, 50})[draw(in, 0, 2)];
    int[][] scores = new int[n][m];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < m; j++) {
        boolean forbidden = draw(in, 0, 99) < forbidPercent;
        int s = draw(in, 0, top);
        scores[i][j] = forbidden ? -1 : s;
      }
    }
    int[] menteeCap = new int[n];
    for (int i = 0; i < n; i++) {
      int c = draw(in, 0, 9);
      menteeCap[i] = prefs ? (c < 8 ? 1 : 2) : c < 6 ? 1 : c < 8 ? 2 : c < 9 ? 3 : 0;
    }
    int[] mentorCap = new int[m];
    if (prefs) {
      // A balanced market (places close to mentees) has several stable assignments more often.
      int places = n + draw(in, -1, 1);
      for (int j = 0; j < m; j++) {
        mentorCap[j] = 1;
      }
      for (int k = m; k < places; k++) {
        int j = draw(in, 0, m - 1);
        mentorCap[j] = Math.min(3, mentorCap[j] + 1);
      }
    } else {
      for (int j = 0; j < m; j++) {
        mentorCap[j] = draw(in, 0, 3);
      }
    }
    int fixedPercent = (prefs ? new int[] {0, 0, 0, 8} : new int[] {0, 0, 8, 20})[draw(in, 0, 3)];
    int[] menteeLoad = new int[n];
    int[] mentorLoad = new int[m];
    List<int[]> fixed = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < m; j++) {
        if (draw(in, 0, 99) < fixedPercent
            && menteeLoad[i] < menteeCap[i]
            && mentorLoad[j] < mentorCap[j]) {
          menteeLoad[i]++;
          mentorLoad[j]++;
          fixed.add(new int[] {i, j});
        }
      }
    }
    int[][] fixedPairs = fixed.toArray(new int[0][]);
    // Keep the enumeration small: lower capacities, then forbid cells, until it fits.
    while (bound(scores, m, menteeCap, mentorCap, fixedPairs) > LIMIT) {
      int worst = -1;
      for (int i = 0; i < n; i++) {
        if (menteeCap[i] > Math.max(1, menteeLoad[i])
            && (worst < 0 || menteeCap[i] > menteeCap[worst])) {
          worst = i;
        }
      }
      if (worst >= 0) {
        menteeCap[worst]--;
        continue;
      }
      outer:
      for (int i = n - 1; i >= 0; i--) {
        for (int j = m - 1; j >= 0; j--) {
          if (scores[i][j] >= 0 && !contains(fixedPairs, i, j)) {
            scores[i][j] = -1;
            break outer;
          }
        }
      }
    }
    int[][] menteePrefs = new int[0][];
    int[][] mentorPrefs = new int[0][];
    if (prefs && draw(in, 0, 1) == 0) {
      menteePrefs = randomLists(in, n, m);
      mentorPrefs = randomLists(in, m, n);
    } else if (prefs) {
      // Cyclic ("Latin square") lists, as in Gale and Shapley's Example 1: agents disagree
      // systematically, which gives many stable assignments.
      menteePrefs = cyclicLists(in, n, m, false);
      mentorPrefs = cyclicLists(in, m, n, true);
    }
    return new Instance(
        dense, scores, m, menteeCap, mentorCap, fixedPairs, menteePrefs, mentorPrefs);
  }

  /**
   * A stable marriage instance: as many mentees as mentors (3 or 4), capacities 1, every pair a
   * candidate, complete lists, random or cyclic. These have several stable assignments far more
   * often than unbalanced ones.
   */
  private static Instance marriage(RandomnessSource in) {
    int n = draw(in, 3, MAX_MENTORS);
    int[][] scores = new int[n][n];
    int[] caps = new int[n];
    for (int i = 0; i < n; i++) {
      caps[i] = 1;
      for (int j = 0; j < n; j++) {
        scores[i][j] = draw(in, 0, 5);
      }
    }
    boolean cyclic = draw(in, 0, 1) == 0;
    int[][] menteePrefs = cyclic ? cyclicLists(in, n, n, false) : fullLists(in, n, n);
    int[][] mentorPrefs = cyclic ? cyclicLists(in, n, n, true) : fullLists(in, n, n);
    return new Instance(
        draw(in, 0, 1) == 1, scores, n, caps, caps.clone(), new int[0][], menteePrefs, mentorPrefs);
  }

  private static int[][] fullLists(RandomnessSource in, int owners, int others) {
    int[][] lists = new int[owners][];
    for (int a = 0; a < owners; a++) {
      lists[a] = permutation(in, others);
    }
    return lists;
  }

  private static int[] permutation(RandomnessSource in, int size) {
    int[] perm = new int[size];
    for (int k = 0; k < size; k++) {
      perm[k] = k;
    }
    for (int k = size - 1; k > 0; k--) {
      int r = draw(in, 0, k);
      int t = perm[k];
      perm[k] = perm[r];
      perm[r] = t;
    }
    return perm;
  }

  /** Each of {@code owners} lists a random subset of {@code others} in random order. */
  private static int[][] randomLists(RandomnessSource in, int owners, int others) {
    int[][] lists = new int[owners][];
    for (int a = 0; a < owners; a++) {
      int[] perm = permutation(in, others);
      int len = draw(in, 0, 9) == 0 ? draw(in, 0, others) : others;
      lists[a] = Arrays.copyOf(perm, len);
    }
    return lists;
  }

  /**
   * Owner a lists a random order of the others rotated by a; reversed, when {@code reverse}, so the
   * two sides' rotations run against each other.
   */
  private static int[][] cyclicLists(RandomnessSource in, int owners, int others, boolean reverse) {
    int[] perm = permutation(in, others);
    int[][] lists = new int[owners][others];
    for (int a = 0; a < owners; a++) {
      for (int k = 0; k < others; k++) {
        int at = (a + k) % others;
        lists[a][reverse ? others - 1 - k : k] = perm[at];
      }
    }
    return lists;
  }

  private static boolean contains(int[][] pairs, int i, int j) {
    for (int[] f : pairs) {
      if (f[0] == i && f[1] == j) {
        return true;
      }
    }
    return false;
  }

  /**
   * An upper bound on the number of feasible assignments: the product over mentees (or over
   * mentors, whichever is smaller) of the number of ways to choose that agent's free partners.
   */
  static long bound(int[][] scores, int m, int[] menteeCap, int[] mentorCap, int[][] fixed) {
    int n = scores.length;
    long byMentee = 1;
    for (int i = 0; i < n; i++) {
      int free = 0;
      int load = 0;
      for (int j = 0; j < m; j++) {
        if (contains(fixed, i, j)) {
          load++;
        } else if (scores[i][j] >= 0) {
          free++;
        }
      }
      byMentee *= subsets(free, menteeCap[i] - load);
    }
    long byMentor = 1;
    for (int j = 0; j < m; j++) {
      int free = 0;
      int load = 0;
      for (int i = 0; i < n; i++) {
        if (contains(fixed, i, j)) {
          load++;
        } else if (scores[i][j] >= 0) {
          free++;
        }
      }
      byMentor *= subsets(free, mentorCap[j] - load);
    }
    return Math.min(byMentee, byMentor);
  }

  /** Returns the number of subsets of at most {@code k} of {@code n} items. */
  private static long subsets(int n, int k) {
    long sum = 0;
    long c = 1;
    for (int r = 0; r <= Math.min(n, k); r++) {
      sum += c;
      c = c * (n - r) / (r + 1);
    }
    return sum;
  }
}
