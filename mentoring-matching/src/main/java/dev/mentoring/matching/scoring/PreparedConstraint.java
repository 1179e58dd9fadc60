package dev.mentoring.matching.scoring;

import org.apiguardian.api.API;

/**
 * A {@link HardConstraint} prepared for one problem: judges pairs by mentee index and mentor index.
 *
 * <p>Implementations must be thread-safe and pure: {@link #allows}, {@link #restrictRow} and {@link
 * #reason} agree on every pair.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
@FunctionalInterface
public interface PreparedConstraint {

  /**
   * Tells whether this constraint allows a pair.
   *
   * @param mentee the mentee index
   * @param mentor the mentor index
   * @return false if the pair is excluded
   */
  boolean allows(int mentee, int mentor);

  /**
   * Clears {@code allowed[j]} for every mentor {@code j} this constraint excludes for the mentee,
   * and never sets an entry. Called once per mentee row during scoring, possibly from several
   * threads at once (each with its own array).
   *
   * <p>The default calls {@link #allows} for each mentor still allowed. Override it when the
   * excluded mentors can be listed directly, such as from a precomputed list per mentee.
   *
   * @param mentee the mentee index
   * @param allowed one flag per mentor, {@link ScoringContext#mentorCount()} long
   */
  default void restrictRow(int mentee, boolean[] allowed) {
    for (int j = 0; j < allowed.length; j++) {
      if (allowed[j] && !allows(mentee, j)) {
        allowed[j] = false;
      }
    }
  }

  /**
   * Returns a short human-readable reason why a pair is excluded, such as {@code "mentor m-7 is in
   * mentee e-3's manager chain"}. Called only for pairs that {@link #allows} rejects, and not on
   * the scoring path, so it may allocate.
   *
   * @param mentee the mentee index
   * @param mentor the mentor index
   * @return the reason; {@code "not allowed"} by default
   */
  default String reason(int mentee, int mentor) {
    return "not allowed";
  }
}
