package dev.mentoring.core.notification;

import static java.util.Objects.requireNonNull;

import dev.mentoring.core.ParticipantId;
import dev.mentoring.core.enrollment.EnrollmentId;
import dev.mentoring.core.enrollment.EnrollmentStatus;
import dev.mentoring.core.program.ProgramId;
import java.time.Instant;
import org.apiguardian.api.API;

/**
 * An administrator decided on the recipient's application.
 *
 * @param recipient who should be told
 * @param programId the program
 * @param enrollmentId the enrollment
 * @param status the decision: APPROVED, WAITLISTED or REJECTED
 * @param at when it fell due
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public record EnrollmentDecided(
    ParticipantId recipient,
    ProgramId programId,
    EnrollmentId enrollmentId,
    EnrollmentStatus status,
    Instant at)
    implements Notification {
  /**
   * Checks nulls.
   *
   * @param recipient who should be told
   * @param programId the program
   * @param enrollmentId the enrollment
   * @param status the decision: APPROVED, WAITLISTED or REJECTED
   * @param at when it fell due
   * @throws NullPointerException if a component is null
   */
  public EnrollmentDecided {
    requireNonNull(recipient, "recipient");
    requireNonNull(programId, "programId");
    requireNonNull(enrollmentId, "enrollmentId");
    requireNonNull(status, "status");
    requireNonNull(at, "at");
  }
}
