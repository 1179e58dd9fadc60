package dev.mentoring.core.notification;

import static java.util.Objects.requireNonNull;

import dev.mentoring.core.ParticipantId;
import dev.mentoring.core.pairing.PairId;
import dev.mentoring.core.program.ProgramId;
import java.time.Instant;
import org.apiguardian.api.API;

/**
 * A nudge to an active pair that has held no meeting for the program's {@code
 * inactivityNudgeAfter}. Sent to both sides, once per silence: a silence starts at the last held
 * meeting's start, or when the pair started if it has held none, so a pair that meets and then
 * falls silent again is nudged again.
 *
 * @param recipient who should be told: the pair's mentor or mentee
 * @param programId the program
 * @param pairId the pair
 * @param silentSince when the silence started
 * @param at when it fell due
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record InactivityNudge(
    ParticipantId recipient, ProgramId programId, PairId pairId, Instant silentSince, Instant at)
    implements Notification {
  /**
   * Checks nulls.
   *
   * @param recipient who should be told: the pair's mentor or mentee
   * @param programId the program
   * @param pairId the pair
   * @param silentSince when the silence started
   * @param at when it fell due
   * @throws NullPointerException if a component is null
   */
  public InactivityNudge {
    requireNonNull(recipient, "recipient");
    requireNonNull(programId, "programId");
    requireNonNull(pairId, "pairId");
    requireNonNull(silentSince, "silentSince");
    requireNonNull(at, "at");
  }
}
