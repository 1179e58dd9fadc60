package dev.mentoring.core.event;

import static java.util.Objects.requireNonNull;

import dev.mentoring.core.ParticipantId;
import dev.mentoring.core.enrollment.EnrollmentId;
import dev.mentoring.core.program.EnrollmentRole;
import dev.mentoring.core.program.ProgramId;
import java.time.Instant;
import org.apiguardian.api.API;

/**
 * A participant applied to a program.
 *
 * @param enrollmentId the enrollment
 * @param programId the program
 * @param participantId the applicant
 * @param role the role applied for
 * @param occurredAt when
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public record EnrollmentSubmitted(
    EnrollmentId enrollmentId,
    ProgramId programId,
    ParticipantId participantId,
    EnrollmentRole role,
    Instant occurredAt)
    implements MentoringEvent {
  /**
   * Checks nulls.
   *
   * @param enrollmentId the enrollment
   * @param programId the program
   * @param participantId the applicant
   * @param role the role applied for
   * @param occurredAt when
   * @throws NullPointerException if a component is null
   */
  public EnrollmentSubmitted {
    requireNonNull(enrollmentId, "enrollmentId");
    requireNonNull(programId, "programId");
    requireNonNull(participantId, "participantId");
    requireNonNull(role, "role");
    requireNonNull(occurredAt, "occurredAt");
  }
}
