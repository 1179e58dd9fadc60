package dev.mentoring.core.notification;

import static java.util.Objects.requireNonNull;

import dev.mentoring.core.ParticipantId;
import dev.mentoring.core.pairing.PairId;
import dev.mentoring.core.program.ProgramId;
import java.time.Instant;
import org.apiguardian.api.API;

/**
 * A reminder: a proposal has waited for the recipient's answer for the program's reminder period.
 *
 * @param recipient who should be told
 * @param programId the program
 * @param pairId the proposed pair
 * @param proposedAt when it was proposed
 * @param at when it fell due
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public record ProposalAwaitingAnswer(
    ParticipantId recipient, ProgramId programId, PairId pairId, Instant proposedAt, Instant at)
    implements Notification {
  /**
   * Checks nulls.
   *
   * @param recipient who should be told
   * @param programId the program
   * @param pairId the proposed pair
   * @param proposedAt when it was proposed
   * @param at when it fell due
   * @throws NullPointerException if a component is null
   */
  public ProposalAwaitingAnswer {
    requireNonNull(recipient, "recipient");
    requireNonNull(programId, "programId");
    requireNonNull(pairId, "pairId");
    requireNonNull(proposedAt, "proposedAt");
    requireNonNull(at, "at");
  }
}
