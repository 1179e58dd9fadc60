package dev.mentoring.core.event;

import static java.util.Objects.requireNonNull;

import dev.mentoring.core.ParticipantId;
import dev.mentoring.core.pairing.PairId;
import dev.mentoring.core.pairing.PairOrigin;
import dev.mentoring.core.program.ProgramId;
import java.time.Instant;
import org.apiguardian.api.API;

/**
 * A pair was proposed.
 *
 * @param pairId the pair
 * @param programId the program
 * @param mentorId the mentor
 * @param menteeId the mentee
 * @param origin who proposed it
 * @param score its score
 * @param occurredAt when
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public record PairProposed(
    PairId pairId,
    ProgramId programId,
    ParticipantId mentorId,
    ParticipantId menteeId,
    PairOrigin origin,
    int score,
    Instant occurredAt)
    implements MentoringEvent {
  /**
   * Checks nulls.
   *
   * @param pairId the pair
   * @param programId the program
   * @param mentorId the mentor
   * @param menteeId the mentee
   * @param origin who proposed it
   * @param score its score
   * @param occurredAt when
   * @throws NullPointerException if a component is null
   */
  public PairProposed {
    requireNonNull(pairId, "pairId");
    requireNonNull(programId, "programId");
    requireNonNull(mentorId, "mentorId");
    requireNonNull(menteeId, "menteeId");
    requireNonNull(origin, "origin");
    requireNonNull(occurredAt, "occurredAt");
  }
}
