package dev.mentoring.matching;

import static java.util.Objects.requireNonNull;

import dev.mentoring.core.ParticipantId;
import dev.mentoring.core.pairing.Explanation;
import org.apiguardian.api.API;

/**
 * A mentor suggested to a mentee choosing for themselves, with why.
 *
 * @param mentorId the mentor
 * @param rank the position in the mentee's list, from 1
 * @param score the compatibility score, 0 to 1000
 * @param explanation each criterion's contribution; they sum to {@code score}
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record Recommendation(ParticipantId mentorId, int rank, int score, Explanation explanation) {

  /**
   * Checks the components.
   *
   * @param mentorId the mentor
   * @param rank the position in the mentee's list, from 1
   * @param score the compatibility score, 0 to 1000
   * @param explanation each criterion's contribution; they sum to {@code score}
   * @throws NullPointerException if a reference component is null
   * @throws IllegalArgumentException if {@code rank} is below 1
   */
  public Recommendation {
    requireNonNull(mentorId, "mentorId");
    if (rank < 1) {
      throw new IllegalArgumentException("rank must be at least 1: " + rank);
    }
    requireNonNull(explanation, "explanation");
  }
}
