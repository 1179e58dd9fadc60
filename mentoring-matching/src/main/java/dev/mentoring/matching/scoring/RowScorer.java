package dev.mentoring.matching.scoring;

import org.apiguardian.api.API;

/**
 * Scores one mentee against a list of mentors in a single call; obtained from {@link
 * PreparedCriterion#rowScorer()}. A row scorer is used by one thread at a time and may keep scratch
 * state between calls, but its results must not depend on earlier calls.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
@FunctionalInterface
public interface RowScorer {

  /**
   * Writes the sub-scores of mentee {@code mentee} with the mentors {@code mentors[0 .. count)}
   * into {@code out[0 .. count)}. The mentors are ascending and distinct. Entries of {@code out} at
   * {@code count} and beyond must be left alone.
   *
   * @param mentee the mentee index
   * @param mentors mentor indexes, ascending; only the first {@code count} are meaningful
   * @param count how many mentors to score
   * @param out where to write the sub-scores, each in {@code [0, 1]}
   */
  void scoreRow(int mentee, int[] mentors, int count, double[] out);
}
