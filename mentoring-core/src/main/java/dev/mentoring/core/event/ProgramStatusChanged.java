package dev.mentoring.core.event;

import static java.util.Objects.requireNonNull;

import dev.mentoring.core.program.ProgramId;
import dev.mentoring.core.program.ProgramStatus;
import java.time.Instant;
import org.apiguardian.api.API;

/**
 * A program moved in its lifecycle.
 *
 * @param programId the program
 * @param from the previous state
 * @param to the new state
 * @param occurredAt when
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public record ProgramStatusChanged(
    ProgramId programId, ProgramStatus from, ProgramStatus to, Instant occurredAt)
    implements MentoringEvent {
  /**
   * Checks nulls.
   *
   * @param programId the program
   * @param from the previous state
   * @param to the new state
   * @param occurredAt when
   * @throws NullPointerException if a component is null
   */
  public ProgramStatusChanged {
    requireNonNull(programId, "programId");
    requireNonNull(from, "from");
    requireNonNull(to, "to");
    requireNonNull(occurredAt, "occurredAt");
  }
}
