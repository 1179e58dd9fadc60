package dev.mentoring.matching.scoring;

import org.apiguardian.api.API;

/**
 * A {@link Criterion} prepared for one problem: scores pairs by mentee index ({@code 0} to {@link
 * ScoringContext#menteeCount()}{@code - 1}) and mentor index ({@code 0} to {@link
 * ScoringContext#mentorCount()}{@code - 1}).
 *
 * <p>Implementations must be thread-safe (typically they only read arrays filled by {@link
 * Criterion#prepare}) and must be pure: the same pair always gets the same sub-score, whether asked
 * through {@link #score}, through a {@link #rowScorer() row scorer} or during an explanation.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
@FunctionalInterface
public interface PreparedCriterion {

  /**
   * Returns the sub-score of one pair.
   *
   * @param mentee the mentee index
   * @param mentor the mentor index
   * @return the sub-score, in {@code [0, 1]}
   */
  double score(int mentee, int mentor);

  /**
   * Returns a scorer for whole rows, used by one thread at a time. The scoring engine asks each
   * worker thread for its own scorer, so a scorer may keep scratch arrays (for example a counter
   * per mentor, filled from inverted lists and cleared after each row).
   *
   * <p>The default scorer calls {@link #score(int, int)} for each pair. Override it when a row can
   * be scored faster as a whole; the values must be exactly those of {@link #score(int, int)}.
   *
   * @return a new row scorer
   */
  default RowScorer rowScorer() {
    return (mentee, mentors, count, out) -> {
      for (int k = 0; k < count; k++) {
        out[k] = score(mentee, mentors[k]);
      }
    };
  }

  /**
   * Returns a short human-readable account of a pair's sub-score for explanations, such as {@code
   * "offers Java 4 for sought 3"}. Not used on the scoring path, so it may allocate.
   *
   * @param mentee the mentee index
   * @param mentor the mentor index
   * @return the account; empty by default
   */
  default String describe(int mentee, int mentor) {
    return "";
  }
}
