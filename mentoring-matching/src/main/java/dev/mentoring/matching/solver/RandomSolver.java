package dev.mentoring.matching.solver;

import org.apiguardian.api.API;

/**
 * The seeded random baseline: after the fixed pairs, visits the mentees in a uniformly random order
 * and gives each, in turn, uniformly random candidate mentors that still have capacity, until the
 * mentee's capacity or its candidates run out.
 *
 * <p><b>Guarantee.</b> Feasible and maximal: at the end no candidate pair can be added without
 * exceeding a capacity. Nothing is optimised; it is the yardstick that other solvers should beat.
 * The same problem and seed give the same assignment on every JVM: the random numbers come from
 * SplitMix64 (Steele, Lea and Flood 2014) implemented here, not from a JDK generator, and are drawn
 * without bias by Lemire's method.
 *
 * <p><b>Complexity.</b> O(mentees + mentors + E) time and O(mentees + mentors + L) extra memory for
 * E candidate pairs and L the longest candidate list, plus O(mentees × mentors) to read a dense
 * problem.
 *
 * <p><b>References.</b> R. A. Fisher and F. Yates (1938), in the form of R. Durstenfeld, "Algorithm
 * 235: Random permutation", CACM 7 (1964) 420, for the order; G. L. Steele, D. Lea and C. H. Flood,
 * "Fast splittable pseudorandom number generators", OOPSLA 2014; D. Lemire, "Fast Random Integer
 * Generation in an Interval", ACM TOMACS 29 (2019).
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class RandomSolver implements AssignmentSolver {

  /** Creates the solver; it has no settings. */
  public RandomSolver() {}

  /**
   * Returns a random maximal assignment.
   *
   * @param problem the problem
   * @param seed the seed; any value
   * @return the assignment, fixed pairs included
   */
  @Override
  public Assignment solve(AssignmentProblem problem, long seed) {
    int[] menteeLeft = Candidates.menteeLeft(problem);
    int[] mentorLeft = Candidates.mentorLeft(problem);
    Candidates c = Candidates.of(problem);
    SplitMix rng = new SplitMix(seed);
    int n = c.rows;
    int[] order = new int[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
    }
    for (int i = n - 1; i > 0; i--) {
      int k = rng.nextInt(i + 1);
      int t = order[i];
      order[i] = order[k];
      order[k] = t;
    }
    int longest = 0;
    for (int i = 0; i < n; i++) {
      longest = Math.max(longest, c.start[i + 1] - c.start[i]);
    }
    int[] open = new int[longest];
    Pairs out = new Pairs(problem, Math.min(n, c.size()));
    for (int i : order) {
      int want = menteeLeft[i];
      if (want <= 0) {
        continue;
      }
      // The mentors open to i: a pick takes one out; no other mentor changes during i's turn.
      int size = 0;
      for (int k = c.start[i]; k < c.start[i + 1]; k++) {
        if (mentorLeft[c.col[k]] > 0) {
          open[size++] = c.col[k];
        }
      }
      while (want > 0 && size > 0) {
        int pick = rng.nextInt(size);
        int j = open[pick];
        open[pick] = open[--size];
        mentorLeft[j]--;
        want--;
        out.add(i, j);
      }
    }
    return out.toAssignment(problem);
  }

  /** SplitMix64, as in {@code java.util.SplittableRandom}, with a fixed gamma. */
  private static final class SplitMix {
    private long state;

    SplitMix(long seed) {
      this.state = seed;
    }

    long nextLong() {
      long z = (state += 0x9E3779B97F4A7C15L);
      z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
      z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
      return z ^ (z >>> 31);
    }

    /** Returns a uniform value in {@code [0, bound)}, {@code bound} positive (Lemire 2019). */
    int nextInt(int bound) {
      long m = (nextLong() >>> 32) * bound;
      long low = m & 0xFFFFFFFFL;
      if (low < bound) {
        long threshold = (0x1_0000_0000L - bound) % bound;
        while (low < threshold) {
          m = (nextLong() >>> 32) * bound;
          low = m & 0xFFFFFFFFL;
        }
      }
      return (int) (m >>> 32);
    }
  }

  @Override
  public String toString() {
    return "RandomSolver";
  }
}
