package dev.mentoring.matching.solver;

import org.apiguardian.api.API;

/**
 * Maximises the lowest score among the pairs it chooses, without giving up a single pair: "no
 * mentee left with a poor match" when the most people possible are matched.
 *
 * <p><b>Objective,</b> lexicographic over the feasible assignments (those that keep every fixed
 * pair and respect every capacity): first the largest number of pairs; among those, the largest
 * minimum score over the pairs that are not fixed (fixed pairs are given, so they neither raise nor
 * lower it; with no such pair the minimum is taken as +∞); among those, the largest total score.
 *
 * <p><b>Guarantee.</b> Exact for that objective. Ties among optimal assignments are broken as by
 * {@link MaxScoreSolver#mostMatched()}, so the result is deterministic.
 *
 * <p><b>Algorithm and complexity.</b> Let K be the maximum number of pairs, found as a maximum flow
 * (source → mentee with its capacity left, candidate pair with capacity 1, mentor → sink with its
 * capacity left). A threshold t is feasible when the pairs scoring at least t still carry K pairs;
 * feasibility falls as t rises, so a binary search over the D ≤ {@value
 * AssignmentProblem#MAX_SCORE} + 1 distinct candidate scores finds the largest feasible t* with
 * ⌈log₂ D⌉ + 1 ≤ 11 maximum flows (Dinic's algorithm, O(V² E) each in the worst case, and in
 * practice a handful of breadth-first phases on these bipartite networks). The result is then
 * {@link MaxScoreSolver#mostMatched()} on the pairs scoring at least t*, which has the same K.
 * Memory O(E) for E candidate pairs.
 *
 * <p><b>References.</b> The threshold method for bottleneck assignment: R. S. Garfinkel, "An
 * improved algorithm for the bottleneck assignment problem", Operations Research 19 (1971)
 * 1747–1751, and R. E. Burkard, M. Dell'Amico and S. Martello, <i>Assignment Problems</i>, SIAM,
 * 2009, chapter 6 (linear bottleneck assignment); maximum flows by E. A. Dinic, "Algorithm for
 * solution of a problem of maximum flow in networks with power estimation", Soviet Mathematics
 * Doklady 11 (1970) 1277–1280.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class FairSolver implements AssignmentSolver {

  /** Creates the solver; it has no settings. */
  public FairSolver() {}

  /**
   * Returns an assignment optimal for the fair objective.
   *
   * @param problem the problem
   * @param seed passed on to {@link MaxScoreSolver#mostMatched()}
   * @return the assignment, fixed pairs included
   */
  @Override
  public Assignment solve(AssignmentProblem problem, long seed) {
    int[] menteeLeft = Candidates.menteeLeft(problem);
    int[] mentorLeft = Candidates.mentorLeft(problem);
    Candidates c = Candidates.of(problem);
    int e = c.size();
    boolean[] present = new boolean[AssignmentProblem.MAX_SCORE + 1];
    for (int k = 0; k < e; k++) {
      present[c.score[k]] = true;
    }
    int[] distinct = new int[AssignmentProblem.MAX_SCORE + 1];
    int d = 0;
    for (int s = 0; s <= AssignmentProblem.MAX_SCORE; s++) {
      if (present[s]) {
        distinct[d++] = s;
      }
    }
    long most = d == 0 ? 0 : maxPairs(c, menteeLeft, mentorLeft, 0);
    if (most == 0) {
      return new Pairs(problem, 0).toAssignment(problem);
    }
    // Invariant: distinct[lo] is feasible; every threshold above distinct[hi] is not.
    int lo = 0;
    int hi = d - 1;
    while (lo < hi) {
      int mid = (lo + hi + 1) >>> 1;
      if (maxPairs(c, menteeLeft, mentorLeft, distinct[mid]) == most) {
        lo = mid;
      } else {
        hi = mid - 1;
      }
    }
    int threshold = distinct[lo];
    // Capacities are capped at what an agent could use (fixed pairs plus its pairs above the
    // threshold): same solutions, and the exact solver never sees a huge capacity.
    int[] menteeUse = new int[problem.mentees];
    int[] mentorUse = new int[problem.mentors];
    for (int k = 0; k < problem.fixedMentee.length; k++) {
      menteeUse[problem.fixedMentee[k]]++;
      mentorUse[problem.fixedMentor[k]]++;
    }
    for (int i = 0; i < problem.mentees; i++) {
      for (int k = c.start[i]; k < c.start[i + 1]; k++) {
        if (c.score[k] >= threshold) {
          menteeUse[i]++;
          mentorUse[c.col[k]]++;
        }
      }
    }
    AssignmentProblem.Builder b = AssignmentProblem.sparseBuilder(problem.mentees, problem.mentors);
    for (int j = 0; j < problem.mentors; j++) {
      b.mentorCapacity(j, Math.min(problem.mentorCapacity[j], mentorUse[j]));
    }
    for (int i = 0; i < problem.mentees; i++) {
      b.menteeCapacity(i, Math.min(problem.menteeCapacity[i], menteeUse[i]));
      for (int k = c.start[i]; k < c.start[i + 1]; k++) {
        if (c.score[k] >= threshold) {
          b.score(i, c.col[k], c.score[k]);
        }
      }
    }
    for (int k = 0; k < problem.fixedMentee.length; k++) {
      b.fix(problem.fixedMentee[k], problem.fixedMentor[k]);
    }
    Assignment restricted = MaxScoreSolver.mostMatched().solve(b.build(), seed);
    int size = restricted.size();
    int[] mentee = new int[size];
    int[] mentor = new int[size];
    for (int k = 0; k < size; k++) {
      mentee[k] = restricted.mentee(k);
      mentor[k] = restricted.mentor(k);
    }
    // Scored again by the original problem: a fixed pair keeps its original candidate score.
    return Assignment.of(problem, mentee, mentor, size);
  }

  /**
   * Returns the most pairs, beyond the fixed ones, using only candidate pairs scoring at least
   * {@code threshold}.
   */
  static long maxPairs(Candidates c, int[] menteeLeft, int[] mentorLeft, int threshold) {
    int n = c.rows;
    int m = c.cols;
    long greedy = greedyPairs(c, menteeLeft, mentorLeft, threshold);
    if (greedy < 0) {
      return -greedy - 1;
    }
    int source = n + m;
    int sink = source + 1;
    MaxFlow f = new MaxFlow(n + m + 2, n + m + c.size());
    for (int i = 0; i < n; i++) {
      if (menteeLeft[i] > 0 && c.start[i] < c.start[i + 1]) {
        f.addEdge(source, i, menteeLeft[i]);
      }
    }
    for (int i = 0; i < n; i++) {
      for (int k = c.start[i]; k < c.start[i + 1]; k++) {
        if (c.score[k] >= threshold) {
          f.addEdge(i, n + c.col[k], 1);
        }
      }
    }
    for (int j = 0; j < m; j++) {
      if (mentorLeft[j] > 0) {
        f.addEdge(n + j, sink, mentorLeft[j]);
      }
    }
    return f.run(source, sink);
  }

  /**
   * Tries to settle the maximum without a flow: a greedy pass that fills as many places as the
   * mentees' side or the mentors' side can hold at most has found a maximum, as no assignment holds
   * more than either bound. Each side's bound is, per person, the smaller of its places and its
   * eligible pairs.
   *
   * @return {@code -(pairs) - 1} when the greedy count is the maximum, else a value of 0 or more
   */
  private static long greedyPairs(Candidates c, int[] menteeLeft, int[] mentorLeft, int threshold) {
    int[] left = mentorLeft.clone();
    int[] mentorEdges = new int[c.cols];
    long greedy = 0;
    long menteeBound = 0;
    for (int i = 0; i < c.rows; i++) {
      int want = Math.max(menteeLeft[i], 0);
      int edges = 0;
      for (int k = c.start[i]; k < c.start[i + 1]; k++) {
        if (c.score[k] < threshold) {
          continue;
        }
        int j = c.col[k];
        edges++;
        mentorEdges[j]++;
        if (want > 0 && left[j] > 0) {
          left[j]--;
          want--;
          greedy++;
        }
      }
      menteeBound += Math.min(Math.max(menteeLeft[i], 0), edges);
    }
    long mentorBound = 0;
    for (int j = 0; j < c.cols; j++) {
      mentorBound += Math.min(Math.max(mentorLeft[j], 0), mentorEdges[j]);
    }
    return greedy == Math.min(menteeBound, mentorBound) ? -greedy - 1 : greedy;
  }

  @Override
  public String toString() {
    return "FairSolver";
  }
}
