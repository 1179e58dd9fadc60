package dev.mentoring.core.event;

import static java.util.Objects.requireNonNull;

import dev.mentoring.core.pairing.PairId;
import dev.mentoring.core.pairing.PairStatus;
import dev.mentoring.core.program.ProgramId;
import java.time.Instant;
import org.apiguardian.api.API;

/**
 * A pair moved in its lifecycle.
 *
 * @param pairId the pair
 * @param programId the program
 * @param from the previous state
 * @param to the new state
 * @param occurredAt when
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public record PairStatusChanged(
    PairId pairId, ProgramId programId, PairStatus from, PairStatus to, Instant occurredAt)
    implements MentoringEvent {
  /**
   * Checks nulls.
   *
   * @param pairId the pair
   * @param programId the program
   * @param from the previous state
   * @param to the new state
   * @param occurredAt when
   * @throws NullPointerException if a component is null
   */
  public PairStatusChanged {
    requireNonNull(pairId, "pairId");
    requireNonNull(programId, "programId");
    requireNonNull(from, "from");
    requireNonNull(to, "to");
    requireNonNull(occurredAt, "occurredAt");
  }
}
