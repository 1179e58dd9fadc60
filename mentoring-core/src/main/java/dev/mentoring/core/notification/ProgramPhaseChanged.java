package dev.mentoring.core.notification;

import static java.util.Objects.requireNonNull;

import dev.mentoring.core.ParticipantId;
import dev.mentoring.core.program.ProgramId;
import dev.mentoring.core.program.ProgramStatus;
import java.time.Instant;
import org.apiguardian.api.API;

/**
 * A program the recipient is enrolled in moved to another phase.
 *
 * @param recipient who should be told
 * @param programId the program
 * @param from the previous phase
 * @param to the new phase
 * @param at when it fell due
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public record ProgramPhaseChanged(
    ParticipantId recipient, ProgramId programId, ProgramStatus from, ProgramStatus to, Instant at)
    implements Notification {
  /**
   * Checks nulls.
   *
   * @param recipient who should be told
   * @param programId the program
   * @param from the previous phase
   * @param to the new phase
   * @param at when it fell due
   * @throws NullPointerException if a component is null
   */
  public ProgramPhaseChanged {
    requireNonNull(recipient, "recipient");
    requireNonNull(programId, "programId");
    requireNonNull(from, "from");
    requireNonNull(to, "to");
    requireNonNull(at, "at");
  }
}
