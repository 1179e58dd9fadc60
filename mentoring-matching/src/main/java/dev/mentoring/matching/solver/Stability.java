package dev.mentoring.matching.solver;

import java.util.Arrays;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * Counts the pairs that block an assignment, the test of stability used by {@link StableSolver}.
 *
 * <p>A pair (mentee i, mentor j) <em>blocks</em> an assignment when it is acceptable, is not
 * assigned, and both sides would take it: mentee i would if it has capacity left or has a partner,
 * other than a fixed one, that it likes less than j; mentor j likewise. Fixed pairs cannot be
 * undone, so they only use up capacity, and never block. An assignment with no blocking pair is
 * (pairwise) stable.
 *
 * <p>With score-derived preferences, the default, exactly the candidate pairs are acceptable, each
 * side prefers a higher score, a mentee breaks ties by the lower mentor index and a mentor by the
 * lower mentee index. With explicit lists, a pair is acceptable when it is a candidate and each
 * side lists the other, and a partner not in an agent's list counts as worse than any listed one.
 *
 * <p>Time O((E + P) log(P + F)) for E candidate pairs, P assigned pairs and F fixed pairs, plus
 * O(mentees × mentors) to read a dense problem; explicit lists add O(S log S) for their total
 * length S, and each candidate pair then looks up its ranks in O(log S). Reference: D. Gale and L.
 * S. Shapley, "College Admissions and the Stability of Marriage", American Mathematical Monthly 69
 * (1962) 9–15; A. E. Roth and M. Sotomayor, <i>Two-Sided Matching</i>, Cambridge University Press,
 * 1990, for pairwise stability with capacities.
 *
 * <p>Thread-safe; nothing is mutated.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class Stability {
  private Stability() {}

  /**
   * Counts the blocking pairs of an assignment under score-derived preferences.
   *
   * @param problem the problem
   * @param assignment an assignment of that problem
   * @return the number of blocking pairs, 0 if the assignment is stable
   * @throws IllegalArgumentException if the assignment has a pair outside the problem
   */
  public static long blockingPairs(AssignmentProblem problem, Assignment assignment) {
    return count(problem, assignment, null);
  }

  /**
   * Counts the blocking pairs of an assignment under explicit strict preference lists, most
   * preferred first.
   *
   * @param problem the problem
   * @param assignment an assignment of that problem
   * @param menteePrefs {@code menteePrefs[i]} lists the mentors mentee i accepts, best first
   * @param mentorPrefs {@code mentorPrefs[j]} lists the mentees mentor j accepts, best first
   * @return the number of blocking pairs
   * @throws IllegalArgumentException if the lists do not have one entry per mentee and per mentor,
   *     name an agent out of range or the same agent twice, or the assignment does not fit the
   *     problem
   */
  public static long blockingPairs(
      AssignmentProblem problem, Assignment assignment, int[][] menteePrefs, int[][] mentorPrefs) {
    StableSolver.checkListCounts(problem, menteePrefs, mentorPrefs);
    return count(problem, assignment, new Ranks(menteePrefs, mentorPrefs));
  }

  /**
   * Tells whether an assignment is stable under score-derived preferences.
   *
   * @param problem the problem
   * @param assignment an assignment of that problem
   * @return true if no pair blocks it
   */
  public static boolean isStable(AssignmentProblem problem, Assignment assignment) {
    return blockingPairs(problem, assignment) == 0;
  }

  /**
   * How much each side likes a pair, as a number where higher is better: derived from the score and
   * the index, or from the rank in a list.
   */
  private static final class Ranks {
    /** Per mentee: sorted (mentor << 32 | rank). */
    final long[][] byMentee;

    /** Per mentor: sorted (mentee << 32 | rank). */
    final long[][] byMentor;

    Ranks(int[][] menteePrefs, int[][] mentorPrefs) {
      this.byMentee = index(menteePrefs, mentorPrefs.length, "mentee", "mentor");
      this.byMentor = index(mentorPrefs, menteePrefs.length, "mentor", "mentee");
    }

    private static long[][] index(int[][] prefs, int others, String owner, String other) {
      long[][] out = new long[prefs.length][];
      for (int a = 0; a < prefs.length; a++) {
        int[] list = prefs[a];
        long[] packed = new long[list.length];
        for (int k = 0; k < list.length; k++) {
          if (list[k] < 0 || list[k] >= others) {
            throw new IllegalArgumentException(
                owner
                    + " "
                    + a
                    + " lists "
                    + other
                    + " "
                    + list[k]
                    + ", outside 0.."
                    + (others - 1));
          }
          packed[k] = ((long) list[k] << 32) | k;
        }
        Arrays.sort(packed);
        for (int k = 1; k < packed.length; k++) {
          if ((packed[k] >>> 32) == (packed[k - 1] >>> 32)) {
            throw new IllegalArgumentException(
                owner + " " + a + " lists " + other + " " + (packed[k] >>> 32) + " twice");
          }
        }
        out[a] = packed;
      }
      return out;
    }

    /** Returns the rank of {@code x} in the list, or -1 if absent. */
    static int rank(long[] packed, int x) {
      int lo = 0;
      int hi = packed.length - 1;
      while (lo <= hi) {
        int mid = (lo + hi) >>> 1;
        long q = packed[mid] >>> 32;
        if (q < x) {
          lo = mid + 1;
        } else if (q > x) {
          hi = mid - 1;
        } else {
          return (int) packed[mid];
        }
      }
      return -1;
    }
  }

  /**
   * Returns how much mentee i likes mentor j (higher is better, distinct per mentee), or {@link
   * Long#MIN_VALUE} if j is not acceptable to i.
   */
  private static long menteeLikes(@Nullable Ranks r, int i, int j, int s) {
    if (r == null) {
      return s < 0 ? Long.MIN_VALUE : ((long) s << 32) - j;
    }
    int k = Ranks.rank(r.byMentee[i], j);
    return k < 0 ? Long.MIN_VALUE : -k;
  }

  /** Returns how much mentor j likes mentee i, as {@link #menteeLikes}. */
  private static long mentorLikes(@Nullable Ranks r, int i, int j, int s) {
    if (r == null) {
      return s < 0 ? Long.MIN_VALUE : ((long) s << 32) - i;
    }
    int k = Ranks.rank(r.byMentor[j], i);
    return k < 0 ? Long.MIN_VALUE : -k;
  }

  private static long count(AssignmentProblem p, Assignment a, @Nullable Ranks r) {
    int n = p.mentees;
    int m = p.mentors;
    long[] fixed = new long[p.fixedMentee.length];
    for (int k = 0; k < fixed.length; k++) {
      fixed[k] = ((long) p.fixedMentee[k] << 32) | p.fixedMentor[k];
    }
    int[] menteeLoad = new int[n];
    int[] mentorLoad = new int[m];
    // The least-liked partner that is not fixed; MAX_VALUE when there is none, so no pair beats it.
    long[] menteeWorst = new long[n];
    long[] mentorWorst = new long[m];
    Arrays.fill(menteeWorst, Long.MAX_VALUE);
    Arrays.fill(mentorWorst, Long.MAX_VALUE);
    // Assignment lists pairs by mentee, then mentor, so this array comes out sorted.
    long[] assigned = new long[a.size()];
    for (int k = 0; k < a.size(); k++) {
      int i = a.mentee(k);
      int j = a.mentor(k);
      if (i >= n || j >= m) {
        throw new IllegalArgumentException("pair (" + i + ", " + j + ") is outside the problem");
      }
      assigned[k] = ((long) i << 32) | j;
      menteeLoad[i]++;
      mentorLoad[j]++;
      if (Arrays.binarySearch(fixed, assigned[k]) >= 0) {
        continue;
      }
      int s = p.score(i, j);
      menteeWorst[i] = Math.min(menteeWorst[i], menteeLikes(r, i, j, s));
      mentorWorst[j] = Math.min(mentorWorst[j], mentorLikes(r, i, j, s));
    }
    long blocking = 0;
    Candidates c = Candidates.of(p);
    for (int i = 0; i < n; i++) {
      boolean menteeFree = menteeLoad[i] < p.menteeCapacity[i];
      for (int k = c.start[i]; k < c.start[i + 1]; k++) {
        int j = c.col[k];
        int s = c.score[k];
        long mine = menteeLikes(r, i, j, s);
        if (mine == Long.MIN_VALUE || !(menteeFree || mine > menteeWorst[i])) {
          continue;
        }
        long theirs = mentorLikes(r, i, j, s);
        if (theirs == Long.MIN_VALUE
            || !(mentorLoad[j] < p.mentorCapacity[j] || theirs > mentorWorst[j])) {
          continue;
        }
        if (Arrays.binarySearch(assigned, ((long) i << 32) | j) < 0) {
          blocking++;
        }
      }
    }
    return blocking;
  }
}
