package dev.mentoring.matching;

import static java.util.Objects.requireNonNull;

import dev.mentoring.core.ParticipantId;
import dev.mentoring.matching.scoring.ScoredProblem;
import dev.mentoring.matching.solver.AssignmentProblem;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apiguardian.api.API;

/**
 * Top-k mentor suggestions for self-service programs, where mentees choose their own mentor.
 *
 * <p>Suggestions are the allowed mentors with places left, best score first (ties: lower mentor
 * index). Suggesting for a whole cohort can cap how often one mentor appears, so that a few popular
 * mentors are not shown to everyone: suggestions are dealt round-robin by rank (every mentee's
 * first choice, then every mentee's second, ...) and a mentor who reached the cap is skipped.
 *
 * <p>Stateless; deterministic.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class Recommendations {
  private Recommendations() {}

  /**
   * Returns a mentee's best {@code k} mentors.
   *
   * @param scored the scored problem
   * @param menteeId the mentee
   * @param k how many, at least 1
   * @return up to {@code k} suggestions, best first
   * @throws IllegalArgumentException if {@code k} is below 1 or the mentee is not in the problem
   */
  public static List<Recommendation> forMentee(
      ScoredProblem scored, ParticipantId menteeId, int k) {
    requireNonNull(scored, "scored");
    requireNonNull(menteeId, "menteeId");
    checkK(k);
    int i = scored.menteeIndexOf(menteeId);
    if (i < 0) {
      throw new IllegalArgumentException(menteeId + " is not a mentee of the problem");
    }
    int[] order = ranked(scored.assignmentProblem(), i);
    List<Recommendation> out = new ArrayList<>();
    for (int r = 0; r < Math.min(k, order.length); r++) {
      out.add(recommendation(scored, i, order[r], r + 1));
    }
    return out;
  }

  /**
   * Returns up to {@code k} suggestions for every mentee, showing no mentor more than {@code
   * maxAppearances} times across the cohort.
   *
   * @param scored the scored problem
   * @param k how many per mentee, at least 1
   * @param maxAppearances how often one mentor may be suggested, at least 1
   * @return the suggestions by mentee, in mentee order, unmodifiable; a mentee may get fewer than
   *     {@code k}
   * @throws IllegalArgumentException if {@code k} or {@code maxAppearances} is below 1
   */
  public static Map<ParticipantId, List<Recommendation>> forAll(
      ScoredProblem scored, int k, int maxAppearances) {
    requireNonNull(scored, "scored");
    checkK(k);
    if (maxAppearances < 1) {
      throw new IllegalArgumentException("maxAppearances must be at least 1: " + maxAppearances);
    }
    AssignmentProblem p = scored.assignmentProblem();
    int n = scored.menteeCount();
    int[][] order = new int[n][];
    int[] next = new int[n];
    List<List<Recommendation>> lists = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      order[i] = ranked(p, i);
      lists.add(new ArrayList<>());
    }
    int[] shown = new int[scored.mentorCount()];
    for (int round = 0; round < k; round++) {
      for (int i = 0; i < n; i++) {
        while (next[i] < order[i].length) {
          int j = order[i][next[i]++];
          if (shown[j] < maxAppearances) {
            shown[j]++;
            lists.get(i).add(recommendation(scored, i, j, lists.get(i).size() + 1));
            break;
          }
        }
      }
    }
    Map<ParticipantId, List<Recommendation>> out = new LinkedHashMap<>();
    for (int i = 0; i < n; i++) {
      out.put(scored.menteeId(i), List.copyOf(lists.get(i)));
    }
    return Collections.unmodifiableMap(out);
  }

  private static void checkK(int k) {
    if (k < 1) {
      throw new IllegalArgumentException("k must be at least 1: " + k);
    }
  }

  /** The mentee's candidate mentors, best score first, ties by lower mentor index. */
  private static int[] ranked(AssignmentProblem p, int mentee) {
    int[] candidates = p.candidates(mentee);
    long[] keyed = new long[candidates.length];
    for (int t = 0; t < candidates.length; t++) {
      int j = candidates[t];
      keyed[t] = ((long) (AssignmentProblem.MAX_SCORE - p.score(mentee, j)) << 32) | j;
    }
    Arrays.sort(keyed);
    int[] out = new int[keyed.length];
    for (int t = 0; t < keyed.length; t++) {
      out[t] = (int) keyed[t];
    }
    return out;
  }

  private static Recommendation recommendation(ScoredProblem scored, int i, int j, int rank) {
    return new Recommendation(
        scored.mentorId(j), rank, scored.score(i, j), scored.explanation(i, j));
  }
}
