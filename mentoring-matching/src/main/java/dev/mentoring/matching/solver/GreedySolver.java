package dev.mentoring.matching.solver;

import org.apiguardian.api.API;

/**
 * The "best first" baseline: after the fixed pairs, repeatedly takes the highest-scoring candidate
 * pair whose mentee and mentor both have capacity left. Ties go to the lower mentee index, then the
 * lower mentor index.
 *
 * <p><b>Guarantee.</b> The result is maximal (no candidate pair can be added without exceeding a
 * capacity) and its total score is at least half the maximum total with the same fixed pairs: the
 * greedy algorithm is a 1/2-approximation for maximum-weight b-matching. With score-derived
 * preferences it is also the unique stable assignment when all scores differ, since both sides then
 * rank pairs by one common order (see {@link StableSolver}). It is deterministic and ignores the
 * seed.
 *
 * <p><b>Complexity.</b> O(E + S + (mentees + mentors)) time for E candidate pairs and S = {@value
 * AssignmentProblem#MAX_SCORE} + 1 score values, by a counting sort of the pairs on their score,
 * plus O(mentees × mentors) to read a dense problem. Memory: two ints per candidate pair for the
 * order, plus a compressed copy of the candidates when the problem is dense or has fixed pairs.
 *
 * <p><b>References.</b> D. Avis, "A survey of heuristics for the weighted matching problem",
 * Networks 13 (1983) 475–493 (the greedy 1/2 bound for matchings); J. Mestre, "Greedy in
 * Approximation Algorithms", ESA 2006, LNCS 4168, 528–539 (b-matchings are 2-extendible systems, so
 * the bound holds with capacities). JGraphT's {@code GreedyWeightedMatching} is the same algorithm
 * for capacities of 1.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class GreedySolver implements AssignmentSolver {

  /** Creates the solver; it has no settings. */
  public GreedySolver() {}

  /**
   * Returns the greedy assignment.
   *
   * @param problem the problem
   * @param seed ignored
   * @return the assignment, fixed pairs included
   */
  @Override
  public Assignment solve(AssignmentProblem problem, long seed) {
    int[] menteeLeft = Candidates.menteeLeft(problem);
    int[] mentorLeft = Candidates.mentorLeft(problem);
    Candidates c = Candidates.of(problem);
    int e = c.size();
    int top = AssignmentProblem.MAX_SCORE;
    // Counting sort, highest score first; scanning rows in order keeps each bucket sorted by mentee
    // and then mentor, which is the tie-break.
    int[] bucket = new int[top + 2];
    for (int k = 0; k < e; k++) {
      bucket[top - c.score[k] + 1]++;
    }
    for (int s = 0; s <= top; s++) {
      bucket[s + 1] += bucket[s];
    }
    int[] order = new int[e];
    int[] rowOf = new int[e];
    for (int i = 0; i < c.rows; i++) {
      for (int k = c.start[i]; k < c.start[i + 1]; k++) {
        int at = bucket[top - c.score[k]]++;
        order[at] = k;
        rowOf[at] = i;
      }
    }
    Pairs out = new Pairs(problem, Math.min(e, problem.mentees));
    for (int t = 0; t < e; t++) {
      int k = order[t];
      int j = c.col[k];
      if (mentorLeft[j] <= 0) {
        continue;
      }
      int i = rowOf[t];
      if (menteeLeft[i] <= 0) {
        continue;
      }
      menteeLeft[i]--;
      mentorLeft[j]--;
      out.add(i, j);
    }
    return out.toAssignment(problem);
  }

  @Override
  public String toString() {
    return "GreedySolver";
  }
}
