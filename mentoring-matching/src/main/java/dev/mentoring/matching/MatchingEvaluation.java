package dev.mentoring.matching;

import static java.util.Objects.requireNonNull;

import dev.mentoring.core.ParticipantId;
import dev.mentoring.core.enrollment.Enrollment;
import dev.mentoring.core.matching.MatchingResult;
import dev.mentoring.core.matching.Proposal;
import dev.mentoring.matching.scoring.ScoredProblem;
import dev.mentoring.matching.solver.Assignment;
import dev.mentoring.matching.solver.AssignmentProblem;
import dev.mentoring.matching.solver.Stability;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * Quality measures of one matching result, comparable across strategies run on the same scored
 * problem.
 *
 * <p>Ranks use each side's preferences derived from the scores (higher score first, ties by the
 * other side's index): a mentee's partner rank is the position of its mentor among the mentee's
 * eligible mentors, a mentor's partner rank the position of the mentee among the mentees who may be
 * paired with that mentor. Blocking pairs are counted under the same preferences.
 *
 * @param mentees the mentees in the problem
 * @param matched the mentees who got at least one mentor
 * @param unmatched the mentees who got none
 * @param pairs the proposals
 * @param totalScore the sum of the pairs' scores
 * @param meanScore the mean pair score, 0 if there are no pairs
 * @param medianScore the median pair score, 0 if there are no pairs
 * @param minScore the lowest pair score, 0 if there are no pairs
 * @param blockingPairs the eligible pairs whose mentee and mentor would both rather be together
 * @param meanMenteeRank the mean rank of each pair's mentor in its mentee's preferences (1 is best)
 * @param meanMentorRank the mean rank of each pair's mentee in its mentor's preferences (1 is best)
 * @param mentorLoads how many mentors have each number of mentees, by load ascending
 * @param segments per-segment outcomes, by segment label ascending; empty if not segmented
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record MatchingEvaluation(
    int mentees,
    int matched,
    int unmatched,
    int pairs,
    long totalScore,
    double meanScore,
    double medianScore,
    int minScore,
    long blockingPairs,
    double meanMenteeRank,
    double meanMentorRank,
    Map<Integer, Integer> mentorLoads,
    Map<String, SegmentSummary> segments) {

  /**
   * Copies the maps.
   *
   * @param mentees the mentees in the problem
   * @param matched the mentees who got at least one mentor
   * @param unmatched the mentees who got none
   * @param pairs the proposals
   * @param totalScore the sum of the pairs' scores
   * @param meanScore the mean pair score
   * @param medianScore the median pair score
   * @param minScore the lowest pair score
   * @param blockingPairs the blocking pairs
   * @param meanMenteeRank the mean rank of the mentors in their mentees' preferences
   * @param meanMentorRank the mean rank of the mentees in their mentors' preferences
   * @param mentorLoads how many mentors have each number of mentees
   * @param segments per-segment outcomes
   * @throws NullPointerException if a map or an entry is null
   */
  public MatchingEvaluation {
    mentorLoads = Collections.unmodifiableMap(new TreeMap<>(mentorLoads));
    segments = Collections.unmodifiableMap(new TreeMap<>(segments));
  }

  /**
   * Evaluates a result without segments.
   *
   * @param scored the scored problem the result answers
   * @param result the result
   * @return the evaluation
   * @throws IllegalArgumentException if the result proposes a pair the scored problem does not
   *     allow or that exceeds a capacity
   */
  public static MatchingEvaluation of(ScoredProblem scored, MatchingResult result) {
    return of(scored, result, null);
  }

  /**
   * Evaluates a result, grouping mentees into segments such as departments.
   *
   * @param scored the scored problem the result answers
   * @param result the result
   * @param segmentOf labels a mentee's enrollment, e.g. {@code e -> e.profile().department()}; null
   *     for no segments; a null label counts as {@code "(none)"}
   * @return the evaluation
   * @throws IllegalArgumentException if the result proposes a pair the scored problem does not
   *     allow or that exceeds a capacity
   */
  public static MatchingEvaluation of(
      ScoredProblem scored,
      MatchingResult result,
      @Nullable Function<Enrollment, String> segmentOf) {
    requireNonNull(scored, "scored");
    requireNonNull(result, "result");
    AssignmentProblem p = scored.assignmentProblem();
    int count = result.proposals().size();
    int[] menteeOf = new int[count];
    int[] mentorOf = new int[count];
    for (int k = 0; k < count; k++) {
      Proposal proposal = result.proposals().get(k);
      menteeOf[k] = index(scored.menteeIndexOf(proposal.menteeId()), proposal.menteeId());
      mentorOf[k] = index(scored.mentorIndexOf(proposal.mentorId()), proposal.mentorId());
    }
    Assignment a = Assignment.of(p, menteeOf, mentorOf, count);

    int[] scores = new int[a.size()];
    boolean[] matched = new boolean[p.mentees()];
    for (int k = 0; k < a.size(); k++) {
      scores[k] = a.score(k);
      matched[a.mentee(k)] = true;
    }
    Arrays.sort(scores);
    int matchedCount = 0;
    for (boolean m : matched) {
      matchedCount += m ? 1 : 0;
    }
    double mean = scores.length == 0 ? 0 : (double) a.totalScore() / scores.length;
    double median =
        scores.length == 0
            ? 0
            : scores.length % 2 == 1
                ? scores[scores.length / 2]
                : (scores[scores.length / 2 - 1] + scores[scores.length / 2]) / 2.0;

    Map<Integer, Integer> loads = new TreeMap<>();
    for (int load : a.mentorLoads()) {
      loads.merge(load, 1, Integer::sum);
    }
    double[] ranks = ranks(p, a);
    return new MatchingEvaluation(
        p.mentees(),
        matchedCount,
        p.mentees() - matchedCount,
        a.size(),
        a.totalScore(),
        mean,
        median,
        a.minScore(),
        Stability.blockingPairs(p, a),
        ranks[0],
        ranks[1],
        loads,
        segmentOf == null ? Map.of() : segments(scored, a, matched, segmentOf));
  }

  private static int index(int index, ParticipantId id) {
    if (index < 0) {
      throw new IllegalArgumentException(id + " is not in the scored problem");
    }
    return index;
  }

  /**
   * Mean partner rank for mentees and for mentors, 1-based. A mentor's rank of a mentee is one plus
   * the number of the mentor's candidates it likes better; they are counted in one pass over the
   * candidates against the few pairs of each mentor, without sorting any mentor's column.
   */
  private static double[] ranks(AssignmentProblem p, Assignment a) {
    if (a.size() == 0) {
      return new double[] {0, 0};
    }
    int m = p.mentors();
    // The ranked pairs of each mentor, as pair indices grouped by mentor.
    int[] start = new int[m + 1];
    boolean[] ranked = new boolean[a.size()];
    long[] keyOf = new long[a.size()];
    for (int k = 0; k < a.size(); k++) {
      int s = p.score(a.mentee(k), a.mentor(k));
      if (s >= 0) { // a fixed pair outside the candidates has no rank
        ranked[k] = true;
        keyOf[k] = key(s, a.mentee(k));
        start[a.mentor(k) + 1]++;
      }
    }
    for (int j = 0; j < m; j++) {
      start[j + 1] += start[j];
    }
    int[] pairsOf = new int[start[m]];
    int[] fill = Arrays.copyOf(start, m);
    for (int k = 0; k < a.size(); k++) {
      if (ranked[k]) {
        pairsOf[fill[a.mentor(k)]++] = k;
      }
    }
    long[] mentorRank = new long[a.size()];
    for (int i = 0; i < p.mentees(); i++) {
      for (int j : p.candidates(i)) {
        if (start[j] == start[j + 1]) {
          continue;
        }
        long key = key(p.score(i, j), i);
        for (int q = start[j]; q < start[j + 1]; q++) {
          if (key < keyOf[pairsOf[q]]) {
            mentorRank[pairsOf[q]]++;
          }
        }
      }
    }
    long menteeRanks = 0;
    long mentorRanks = 0;
    for (int k = 0; k < a.size(); k++) {
      if (!ranked[k]) {
        continue;
      }
      int i = a.mentee(k);
      int j = a.mentor(k);
      int s = p.score(i, j);
      int rank = 1;
      for (int other : p.candidates(i)) {
        int o = p.score(i, other);
        if (o > s || (o == s && other < j)) {
          rank++;
        }
      }
      menteeRanks += rank;
      mentorRanks += 1 + mentorRank[k];
    }
    return new double[] {(double) menteeRanks / a.size(), (double) mentorRanks / a.size()};
  }

  /** Sorts by score descending, then index ascending. */
  private static long key(int score, int index) {
    return ((long) (AssignmentProblem.MAX_SCORE - score) << 32) | index;
  }

  private static Map<String, SegmentSummary> segments(
      ScoredProblem scored,
      Assignment a,
      boolean[] matched,
      Function<Enrollment, String> segmentOf) {
    int n = scored.menteeCount();
    String[] label = new String[n];
    Map<ParticipantId, Enrollment> byId = new LinkedHashMap<>();
    for (Enrollment e : scored.problem().mentees()) {
      byId.put(e.participantId(), e);
    }
    for (int i = 0; i < n; i++) {
      Enrollment e = requireNonNull(byId.get(scored.menteeId(i)), "mentee enrollment");
      String l = segmentOf.apply(e);
      label[i] = l == null ? "(none)" : l;
    }
    Map<String, int[]> counts = new TreeMap<>(); // mentees, matched, pairs
    Map<String, long[]> sums = new TreeMap<>();
    for (int i = 0; i < n; i++) {
      int[] c = counts.computeIfAbsent(label[i], x -> new int[3]);
      c[0]++;
      c[1] += matched[i] ? 1 : 0;
    }
    for (int k = 0; k < a.size(); k++) {
      String l = label[a.mentee(k)];
      requireNonNull(counts.get(l), "segment")[2]++;
      sums.computeIfAbsent(l, x -> new long[1])[0] += a.score(k);
    }
    Map<String, SegmentSummary> out = new TreeMap<>();
    for (Map.Entry<String, int[]> e : counts.entrySet()) {
      int[] c = e.getValue();
      long sum = sums.getOrDefault(e.getKey(), new long[1])[0];
      out.put(
          e.getKey(),
          new SegmentSummary(e.getKey(), c[0], c[1], c[2] == 0 ? 0 : (double) sum / c[2]));
    }
    return out;
  }

  /**
   * Returns the spread of mean pair scores across segments: the best segment's mean minus the
   * worst's, over segments with at least one pair.
   *
   * @return the gap, 0 with fewer than two such segments
   */
  public double segmentScoreGap() {
    double min = Double.POSITIVE_INFINITY;
    double max = Double.NEGATIVE_INFINITY;
    int n = 0;
    for (SegmentSummary s : segments.values()) {
      if (s.matched() > 0) {
        min = Math.min(min, s.meanScore());
        max = Math.max(max, s.meanScore());
        n++;
      }
    }
    return n < 2 ? 0 : max - min;
  }
}
