package dev.mentoring.core.event;

import static java.util.Objects.requireNonNull;

import dev.mentoring.core.ParticipantId;
import dev.mentoring.core.enrollment.EnrollmentId;
import dev.mentoring.core.enrollment.EnrollmentStatus;
import dev.mentoring.core.program.ProgramId;
import java.time.Instant;
import org.apiguardian.api.API;

/**
 * An enrollment moved in its lifecycle.
 *
 * @param enrollmentId the enrollment
 * @param programId the program
 * @param participantId the participant
 * @param from the previous state
 * @param to the new state
 * @param occurredAt when
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public record EnrollmentStatusChanged(
    EnrollmentId enrollmentId,
    ProgramId programId,
    ParticipantId participantId,
    EnrollmentStatus from,
    EnrollmentStatus to,
    Instant occurredAt)
    implements MentoringEvent {
  /**
   * Checks nulls.
   *
   * @param enrollmentId the enrollment
   * @param programId the program
   * @param participantId the participant
   * @param from the previous state
   * @param to the new state
   * @param occurredAt when
   * @throws NullPointerException if a component is null
   */
  public EnrollmentStatusChanged {
    requireNonNull(enrollmentId, "enrollmentId");
    requireNonNull(programId, "programId");
    requireNonNull(participantId, "participantId");
    requireNonNull(from, "from");
    requireNonNull(to, "to");
    requireNonNull(occurredAt, "occurredAt");
  }
}
