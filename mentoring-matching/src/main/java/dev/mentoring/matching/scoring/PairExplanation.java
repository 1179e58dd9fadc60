package dev.mentoring.matching.scoring;

import static java.util.Objects.requireNonNull;

import dev.mentoring.core.ParticipantId;
import dev.mentoring.core.pairing.Explanation;
import java.util.List;
import org.apiguardian.api.API;

/**
 * Everything the scoring layer can say about one mentee and one mentor: the compatibility score
 * with each criterion's contribution, and the hard constraints, if any, that exclude the pair.
 *
 * <p>The compatibility is computed even for an excluded pair, so that "why not this mentor?" can be
 * answered with both the reasons and what the score would have been.
 *
 * @param menteeId the mentee
 * @param mentorId the mentor
 * @param explanation each criterion's contribution; they sum to the compatibility score, 0 to 1000
 * @param excludedBy the constraints that exclude the pair, in the model's order; empty if allowed
 * @param candidate whether the pair is a candidate of the scored {@link
 *     dev.mentoring.matching.solver.AssignmentProblem}: allowed and, in top-K mode, among the
 *     mentee's K best
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record PairExplanation(
    ParticipantId menteeId,
    ParticipantId mentorId,
    Explanation explanation,
    List<Exclusion> excludedBy,
    boolean candidate) {

  /**
   * Checks the components and copies the list.
   *
   * @param menteeId the mentee
   * @param mentorId the mentor
   * @param explanation each criterion's contribution; they sum to the compatibility score, 0 to
   *     1000
   * @param excludedBy the constraints that exclude the pair, in the model's order; empty if allowed
   * @param candidate whether the pair is a candidate of the scored {@link
   *     dev.mentoring.matching.solver.AssignmentProblem}: allowed and, in top-K mode, among the
   *     mentee's K best
   * @throws NullPointerException if a component or an element is null
   * @throws IllegalArgumentException if an excluded pair is said to be a candidate
   */
  public PairExplanation {
    requireNonNull(menteeId, "menteeId");
    requireNonNull(mentorId, "mentorId");
    requireNonNull(explanation, "explanation");
    excludedBy = List.copyOf(excludedBy);
    if (candidate && !excludedBy.isEmpty()) {
      throw new IllegalArgumentException("an excluded pair cannot be a candidate");
    }
  }

  /**
   * Tells whether no hard constraint excludes the pair.
   *
   * @return true if {@link #excludedBy()} is empty
   */
  public boolean allowed() {
    return excludedBy.isEmpty();
  }

  /**
   * Returns the compatibility score.
   *
   * @return {@code explanation().score()}, 0 to 1000
   */
  public int score() {
    return explanation.score();
  }
}
