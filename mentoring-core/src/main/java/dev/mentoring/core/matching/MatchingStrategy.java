package dev.mentoring.core.matching;

import org.apiguardian.api.API;

/**
 * Proposes pairs for a matching problem. This is the unit researchers and vendors implement.
 *
 * <p>Implementations must be stateless and thread-safe, must not mutate the problem, and must be
 * deterministic: an equal problem (including its {@link MatchingProblem#seed() seed}) gives an
 * equal result. The engine rejects a result that proposes a pair the problem {@link
 * MatchingProblem#allows excludes}, names someone not in the problem, or exceeds a remaining place.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
@FunctionalInterface
public interface MatchingStrategy {

  /**
   * Proposes pairs.
   *
   * @param problem the eligible participants and constraints
   * @return the proposals, the participants left unmatched with a reason, and diagnostics
   */
  MatchingResult match(MatchingProblem problem);

  /**
   * Returns a stable id for this strategy, such as {@code greedy.max-score}, used in explanations
   * and reports. Defaults to the class name.
   *
   * @return the id
   */
  default String id() {
    return getClass().getName();
  }
}
