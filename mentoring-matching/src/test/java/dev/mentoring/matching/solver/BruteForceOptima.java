package dev.mentoring.matching.solver;

/**
 * {@link BruteForce} for tests outside this package: the optima of any small {@link
 * AssignmentProblem}, such as a scored domain problem, found by enumerating every feasible
 * assignment.
 */
public final class BruteForceOptima {
  /** Enumerations beyond this many choices are refused as too slow for a unit test. */
  private static final long LIMIT = 200_000;

  private BruteForceOptima() {}

  /**
   * The optima of every feasible assignment, under score-derived preferences.
   *
   * @param maxTotal the largest total score
   * @param maxPairs the largest number of pairs
   * @param totalAtMaxPairs the largest total among assignments with {@code maxPairs} pairs
   * @param fairPairs the number of pairs of the fair optimum (equals {@code maxPairs})
   * @param fairMin the largest minimum pair score among those, {@link Integer#MAX_VALUE} if none
   * @param fairTotal the largest total among those with {@code fairMin}
   * @param stableAssignments how many assignments have no blocking pair
   */
  public record Optima(
      long maxTotal,
      int maxPairs,
      long totalAtMaxPairs,
      int fairPairs,
      int fairMin,
      long fairTotal,
      int stableAssignments) {}

  /**
   * Tells whether enumerating a problem is cheap: at most 31 mentors and a small product of
   * per-mentee choices.
   *
   * @param p the problem
   * @return whether {@link #of} runs in milliseconds
   */
  public static boolean isCheap(AssignmentProblem p) {
    if (p.mentors() > 31) {
      return false;
    }
    double choices = 1;
    for (int i = 0; i < p.mentees(); i++) {
      int candidates = p.candidates(i).length;
      long subsets = 0;
      for (int size = 0; size <= Math.min(candidates, p.menteeCapacity(i)); size++) {
        subsets += binomial(candidates, size);
      }
      choices *= subsets;
    }
    return choices <= LIMIT;
  }

  private static long binomial(int n, int k) {
    long r = 1;
    for (int t = 1; t <= k; t++) {
      r = r * (n - k + t) / t;
    }
    return r;
  }

  /**
   * Enumerates a problem.
   *
   * @param p the problem, {@linkplain #isCheap cheap}
   * @return the optima
   * @throws IllegalArgumentException if the problem is not cheap to enumerate
   */
  public static Optima of(AssignmentProblem p) {
    if (!isCheap(p)) {
      throw new IllegalArgumentException(
          "too large to enumerate: " + p.mentees() + " x " + p.mentors());
    }
    int[][] scores = new int[p.mentees()][p.mentors()];
    int[] menteeCap = new int[p.mentees()];
    int[] mentorCap = new int[p.mentors()];
    for (int i = 0; i < p.mentees(); i++) {
      menteeCap[i] = p.menteeCapacity(i);
      for (int j = 0; j < p.mentors(); j++) {
        scores[i][j] = p.score(i, j);
      }
    }
    for (int j = 0; j < p.mentors(); j++) {
      mentorCap[j] = p.mentorCapacity(j);
    }
    int[][] fixed = new int[p.fixedCount()][];
    for (int k = 0; k < fixed.length; k++) {
      fixed[k] = new int[] {p.fixedMentee(k), p.fixedMentor(k)};
    }
    SmallInstances.Instance inst =
        new SmallInstances.Instance(
            p.isDense(),
            scores,
            p.mentors(),
            menteeCap,
            mentorCap,
            fixed,
            new int[0][],
            new int[0][]);
    BruteForce.Result r = BruteForce.solve(inst);
    return new Optima(
        r.maxTotal(),
        r.maxCardinality(),
        r.totalAtMaxCardinality(),
        r.fairCardinality(),
        r.fairMin(),
        r.fairTotal(),
        r.stable().size());
  }
}
