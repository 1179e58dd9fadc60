package dev.mentoring.core.matching;

import static java.util.Objects.requireNonNull;

import dev.mentoring.core.ParticipantId;
import org.apiguardian.api.API;

/**
 * A mentor and mentee considered together, without any further data.
 *
 * @param mentorId the mentor
 * @param menteeId the mentee
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record CandidatePair(ParticipantId mentorId, ParticipantId menteeId) {

  /**
   * Checks nulls.
   *
   * @param mentorId the mentor
   * @param menteeId the mentee
   * @throws NullPointerException if a component is null
   */
  public CandidatePair {
    requireNonNull(mentorId, "mentorId");
    requireNonNull(menteeId, "menteeId");
  }
}
