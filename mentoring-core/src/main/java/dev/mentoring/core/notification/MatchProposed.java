package dev.mentoring.core.notification;

import static java.util.Objects.requireNonNull;

import dev.mentoring.core.ParticipantId;
import dev.mentoring.core.pairing.PairId;
import dev.mentoring.core.program.ProgramId;
import java.time.Instant;
import org.apiguardian.api.API;

/**
 * A pair including the recipient was proposed and awaits their answer (or, for an administrator,
 * their review).
 *
 * @param recipient who should be told
 * @param programId the program
 * @param pairId the proposed pair
 * @param at when it fell due
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public record MatchProposed(ParticipantId recipient, ProgramId programId, PairId pairId, Instant at)
    implements Notification {
  /**
   * Checks nulls.
   *
   * @param recipient who should be told
   * @param programId the program
   * @param pairId the proposed pair
   * @param at when it fell due
   * @throws NullPointerException if a component is null
   */
  public MatchProposed {
    requireNonNull(recipient, "recipient");
    requireNonNull(programId, "programId");
    requireNonNull(pairId, "pairId");
    requireNonNull(at, "at");
  }
}
