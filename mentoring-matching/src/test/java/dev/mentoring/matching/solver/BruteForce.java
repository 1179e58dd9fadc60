package dev.mentoring.matching.solver;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Enumerates every feasible assignment of a small instance (at most 31 mentors, in practice 4):
 * each mentee gets a set of mentors that contains its fixed ones, takes otherwise only candidates
 * (or, with explicit preferences, acceptable pairs), and respects both sides' capacities. An
 * assignment is an array of mentor bit masks, one per mentee.
 *
 * <p>From one enumeration it computes the optima every solver is compared with, and the list of all
 * stable assignments under the same definition as {@link Stability}.
 */
final class BruteForce {
  private BruteForce() {}

  /** What the enumeration found. */
  record Result(
      long feasible,
      long maxTotal,
      int cardinalityAtMaxTotal,
      int maxCardinality,
      long totalAtMaxCardinality,
      int fairCardinality,
      int fairMin,
      long fairTotal,
      List<int[]> stable) {}

  /** Enumerates under score-derived preferences. */
  static Result solve(SmallInstances.Instance inst) {
    return new Run(inst, false).run();
  }

  /**
   * Enumerates the assignments made of fixed and acceptable pairs under the instance's explicit
   * preference lists; the optima in the result are over those assignments only.
   */
  static Result solveWithPreferences(SmallInstances.Instance inst) {
    return new Run(inst, true).run();
  }

  /** How much mentee i likes mentor j under score-derived preferences: higher is better. */
  static long menteeLikes(int[][] scores, int i, int j) {
    return scores[i][j] < 0 ? Long.MIN_VALUE : ((long) scores[i][j] << 32) - j;
  }

  /** How much mentor j likes mentee i under score-derived preferences. */
  static long mentorLikes(int[][] scores, int i, int j) {
    return scores[i][j] < 0 ? Long.MIN_VALUE : ((long) scores[i][j] << 32) - i;
  }

  /** Returns the masks of an assignment. */
  static int[] masks(Assignment a, int mentees) {
    int[] masks = new int[mentees];
    for (int k = 0; k < a.size(); k++) {
      masks[a.mentee(k)] |= 1 << a.mentor(k);
    }
    return masks;
  }

  private static final class Run {
    private final int n;
    private final int m;
    private final int[][] scores;
    private final int[] menteeCap;
    private final int[] mentorCap;
    private final int[] fixedMask;
    private final int[] allowedMask;

    /** {@code menteeLikes[i][j]}, higher is better, {@code Long.MIN_VALUE} if unacceptable. */
    private final long[][] menteeLikes;

    private final long[][] mentorLikes;
    private final int[] chosen;
    private final int[] mentorLoad;

    private long feasible;
    private long maxTotal = Long.MIN_VALUE;
    private int cardAtMaxTotal;
    private int maxCard = -1;
    private long totalAtMaxCard;
    private int fairCard = -1;
    private int fairMin;
    private long fairTotal;
    private final List<int[]> stable = new ArrayList<>();

    Run(SmallInstances.Instance inst, boolean explicit) {
      this.n = inst.mentees();
      this.m = inst.mentors();
      this.scores = inst.scores();
      this.menteeCap = inst.menteeCap();
      this.mentorCap = inst.mentorCap();
      this.fixedMask = new int[n];
      for (int[] f : inst.fixed()) {
        fixedMask[f[0]] |= 1 << f[1];
      }
      this.menteeLikes = new long[n][m];
      this.mentorLikes = new long[m][n];
      this.allowedMask = new int[n];
      for (int i = 0; i < n; i++) {
        for (int j = 0; j < m; j++) {
          if (explicit) {
            int a = indexOf(inst.menteePrefs()[i], j);
            int b = indexOf(inst.mentorPrefs()[j], i);
            boolean ok = scores[i][j] >= 0 && a >= 0 && b >= 0;
            menteeLikes[i][j] = a < 0 ? Long.MIN_VALUE : -a;
            mentorLikes[j][i] = b < 0 ? Long.MIN_VALUE : -b;
            if (!ok) {
              // Not acceptable: never blocks, and counts as the worst partner if fixed.
              menteeLikes[i][j] = Long.MIN_VALUE;
              mentorLikes[j][i] = Long.MIN_VALUE;
            }
          } else {
            menteeLikes[i][j] = BruteForce.menteeLikes(scores, i, j);
            mentorLikes[j][i] = BruteForce.mentorLikes(scores, i, j);
          }
          if (menteeLikes[i][j] != Long.MIN_VALUE || (fixedMask[i] & (1 << j)) != 0) {
            allowedMask[i] |= 1 << j;
          }
        }
      }
      this.chosen = new int[n];
      this.mentorLoad = new int[m];
    }

    private static int indexOf(int[] list, int x) {
      for (int k = 0; k < list.length; k++) {
        if (list[k] == x) {
          return k;
        }
      }
      return -1;
    }

    Result run() {
      enumerate(0);
      return new Result(
          feasible,
          maxTotal,
          cardAtMaxTotal,
          maxCard,
          totalAtMaxCard,
          fairCard,
          fairMin,
          fairTotal,
          List.copyOf(stable));
    }

    private void enumerate(int i) {
      if (i == n) {
        leaf();
        return;
      }
      int free = allowedMask[i] & ~fixedMask[i];
      // Every submask of the free mentors, together with the fixed ones.
      for (int sub = free; ; sub = (sub - 1) & free) {
        int set = sub | fixedMask[i];
        if (Integer.bitCount(set) <= menteeCap[i] && fits(set)) {
          add(set, 1);
          chosen[i] = set;
          enumerate(i + 1);
          add(set, -1);
        }
        if (sub == 0) {
          break;
        }
      }
    }

    private boolean fits(int set) {
      for (int j = 0; j < m; j++) {
        if ((set & (1 << j)) != 0 && mentorLoad[j] + 1 > mentorCap[j]) {
          return false;
        }
      }
      return true;
    }

    private void add(int set, int delta) {
      for (int j = 0; j < m; j++) {
        if ((set & (1 << j)) != 0) {
          mentorLoad[j] += delta;
        }
      }
    }

    private void leaf() {
      feasible++;
      int card = 0;
      long total = 0;
      int min = Integer.MAX_VALUE;
      for (int i = 0; i < n; i++) {
        for (int j = 0; j < m; j++) {
          if ((chosen[i] & (1 << j)) != 0) {
            card++;
            total += Math.max(0, scores[i][j]);
            if ((fixedMask[i] & (1 << j)) == 0) {
              min = Math.min(min, scores[i][j]);
            }
          }
        }
      }
      if (total > maxTotal || (total == maxTotal && card > cardAtMaxTotal)) {
        maxTotal = total;
        cardAtMaxTotal = card;
      }
      if (card > maxCard || (card == maxCard && total > totalAtMaxCard)) {
        maxCard = card;
        totalAtMaxCard = total;
      }
      if (card > fairCard
          || (card == fairCard && (min > fairMin || (min == fairMin && total > fairTotal)))) {
        fairCard = card;
        fairMin = min;
        fairTotal = total;
      }
      if (isStable()) {
        stable.add(chosen.clone());
      }
    }

    private boolean isStable() {
      for (int i = 0; i < n; i++) {
        for (int j = 0; j < m; j++) {
          if ((chosen[i] & (1 << j)) != 0
              || menteeLikes[i][j] == Long.MIN_VALUE
              || mentorLikes[j][i] == Long.MIN_VALUE) {
            continue;
          }
          if (wouldTakeMentor(i, j) && wouldTakeMentee(i, j)) {
            return false;
          }
        }
      }
      return true;
    }

    private boolean wouldTakeMentor(int i, int j) {
      if (Integer.bitCount(chosen[i]) < menteeCap[i]) {
        return true;
      }
      for (int k = 0; k < m; k++) {
        if ((chosen[i] & ~fixedMask[i] & (1 << k)) != 0 && menteeLikes[i][k] < menteeLikes[i][j]) {
          return true;
        }
      }
      return false;
    }

    private boolean wouldTakeMentee(int i, int j) {
      int load = 0;
      boolean worse = false;
      for (int k = 0; k < n; k++) {
        if ((chosen[k] & (1 << j)) != 0) {
          load++;
          if ((fixedMask[k] & (1 << j)) == 0 && mentorLikes[j][k] < mentorLikes[j][i]) {
            worse = true;
          }
        }
      }
      return load < mentorCap[j] || worse;
    }
  }

  /** Formats masks for a failure message. */
  static String format(int[] masks) {
    return Arrays.toString(masks);
  }
}
