package dev.mentoring.core.event;

import static java.util.Objects.requireNonNull;

import dev.mentoring.core.ParticipantId;
import dev.mentoring.core.enrollment.EnrollmentId;
import dev.mentoring.core.program.ProgramId;
import java.time.Instant;
import org.apiguardian.api.API;

/**
 * An enrollment's profile changed.
 *
 * @param enrollmentId the enrollment
 * @param programId the program
 * @param participantId the participant
 * @param occurredAt when
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public record EnrollmentUpdated(
    EnrollmentId enrollmentId, ProgramId programId, ParticipantId participantId, Instant occurredAt)
    implements MentoringEvent {
  /**
   * Checks nulls.
   *
   * @param enrollmentId the enrollment
   * @param programId the program
   * @param participantId the participant
   * @param occurredAt when
   * @throws NullPointerException if a component is null
   */
  public EnrollmentUpdated {
    requireNonNull(enrollmentId, "enrollmentId");
    requireNonNull(programId, "programId");
    requireNonNull(participantId, "participantId");
    requireNonNull(occurredAt, "occurredAt");
  }
}
