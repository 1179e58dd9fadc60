package dev.mentoring.core.spi;

import dev.mentoring.core.ConcurrentUpdateException;
import dev.mentoring.core.NotFoundException;
import dev.mentoring.core.ParticipantId;
import dev.mentoring.core.enrollment.Enrollment;
import dev.mentoring.core.enrollment.EnrollmentId;
import dev.mentoring.core.program.ProgramId;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * Enrollments within one transaction. A participant has at most one enrollment per program.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public interface EnrollmentRepository {

  /**
   * Finds an enrollment.
   *
   * @param id the id
   * @return the enrollment, or empty
   */
  Optional<Enrollment> find(EnrollmentId id);

  /**
   * Finds a participant's enrollment in a program.
   *
   * @param programId the program
   * @param participantId the participant
   * @return the enrollment, or empty
   */
  Optional<Enrollment> find(ProgramId programId, ParticipantId participantId);

  /**
   * Returns a program's enrollments, ordered by application time, then id.
   *
   * @param programId the program
   * @return the enrollments
   */
  List<Enrollment> findByProgram(ProgramId programId);

  /**
   * Returns a participant's enrollments in every program, ordered by application time, then id.
   *
   * @param participantId the participant
   * @return the enrollments
   */
  List<Enrollment> findByParticipant(ParticipantId participantId);

  /**
   * Stores a new enrollment.
   *
   * @param enrollment the enrollment, with version 0
   * @return the stored enrollment, with version 1
   * @throws IllegalArgumentException if the version is not 0
   * @throws ConcurrentUpdateException if an enrollment with the id, or of the participant in the
   *     program, exists
   */
  Enrollment insert(Enrollment enrollment);

  /**
   * Replaces an enrollment if its version matches the stored one. The program may not change.
   *
   * @param enrollment the changed enrollment, carrying the version it was read with
   * @return the stored enrollment, with the next version
   * @throws NotFoundException if no enrollment has the id
   * @throws ConcurrentUpdateException if the stored version differs
   */
  Enrollment update(Enrollment enrollment);
}
