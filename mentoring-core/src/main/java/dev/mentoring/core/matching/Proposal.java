package dev.mentoring.core.matching;

import static java.util.Objects.requireNonNull;

import dev.mentoring.core.ParticipantId;
import dev.mentoring.core.pairing.Explanation;
import org.apiguardian.api.API;

/**
 * A pair a strategy proposes, with its explanation.
 *
 * @param mentorId the mentor
 * @param menteeId the mentee
 * @param explanation why; its score is the proposal's score
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record Proposal(ParticipantId mentorId, ParticipantId menteeId, Explanation explanation) {

  /**
   * Checks nulls.
   *
   * @param mentorId the mentor
   * @param menteeId the mentee
   * @param explanation why; its score is the proposal's score
   * @throws NullPointerException if a component is null
   */
  public Proposal {
    requireNonNull(mentorId, "mentorId");
    requireNonNull(menteeId, "menteeId");
    requireNonNull(explanation, "explanation");
  }

  /**
   * Returns the score.
   *
   * @return {@code explanation().score()}
   */
  public int score() {
    return explanation.score();
  }
}
