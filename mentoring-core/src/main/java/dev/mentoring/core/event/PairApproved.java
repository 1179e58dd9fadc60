package dev.mentoring.core.event;

import static java.util.Objects.requireNonNull;

import dev.mentoring.core.pairing.PairId;
import dev.mentoring.core.program.ApprovalSide;
import dev.mentoring.core.program.ProgramId;
import java.time.Instant;
import org.apiguardian.api.API;

/**
 * One side accepted a proposed pair; when it was the last required side, a {@link
 * PairStatusChanged} to ACCEPTED follows.
 *
 * @param pairId the pair
 * @param programId the program
 * @param side the side that accepted
 * @param occurredAt when
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public record PairApproved(
    PairId pairId, ProgramId programId, ApprovalSide side, Instant occurredAt)
    implements MentoringEvent {
  /**
   * Checks nulls.
   *
   * @param pairId the pair
   * @param programId the program
   * @param side the side that accepted
   * @param occurredAt when
   * @throws NullPointerException if a component is null
   */
  public PairApproved {
    requireNonNull(pairId, "pairId");
    requireNonNull(programId, "programId");
    requireNonNull(side, "side");
    requireNonNull(occurredAt, "occurredAt");
  }
}
