package dev.mentoring.core.event;

import static java.util.Objects.requireNonNull;

import dev.mentoring.core.program.ProgramId;
import java.time.Instant;
import org.apiguardian.api.API;

/**
 * A program was created, as a draft.
 *
 * @param programId the program
 * @param occurredAt when
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public record ProgramCreated(ProgramId programId, Instant occurredAt) implements MentoringEvent {
  /**
   * Checks nulls.
   *
   * @param programId the program
   * @param occurredAt when
   * @throws NullPointerException if a component is null
   */
  public ProgramCreated {
    requireNonNull(programId, "programId");
    requireNonNull(occurredAt, "occurredAt");
  }
}
