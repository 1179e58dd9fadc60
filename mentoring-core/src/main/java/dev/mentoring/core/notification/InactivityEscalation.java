package dev.mentoring.core.notification;

import static java.util.Objects.requireNonNull;

import dev.mentoring.core.ParticipantId;
import dev.mentoring.core.pairing.PairId;
import dev.mentoring.core.program.ProgramId;
import java.time.Instant;
import org.apiguardian.api.API;

/**
 * A notice to a program administrator that an active pair has held no meeting for the program's
 * {@code inactivityEscalationAfter}, longer than the pair's own nudge. Sent to each administrator,
 * once per silence (see {@link InactivityNudge}).
 *
 * @param recipient the administrator who should be told
 * @param programId the program
 * @param pairId the silent pair
 * @param silentSince when the silence started
 * @param at when it fell due
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record InactivityEscalation(
    ParticipantId recipient, ProgramId programId, PairId pairId, Instant silentSince, Instant at)
    implements Notification {
  /**
   * Checks nulls.
   *
   * @param recipient the administrator who should be told
   * @param programId the program
   * @param pairId the silent pair
   * @param silentSince when the silence started
   * @param at when it fell due
   * @throws NullPointerException if a component is null
   */
  public InactivityEscalation {
    requireNonNull(recipient, "recipient");
    requireNonNull(programId, "programId");
    requireNonNull(pairId, "pairId");
    requireNonNull(silentSince, "silentSince");
    requireNonNull(at, "at");
  }
}
