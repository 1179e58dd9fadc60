package dev.mentoring.core;

import dev.mentoring.core.enrollment.Application;
import dev.mentoring.core.enrollment.Enrollment;
import dev.mentoring.core.enrollment.EnrollmentId;
import dev.mentoring.core.enrollment.Profile;
import dev.mentoring.core.program.ProgramId;
import java.util.List;
import org.apiguardian.api.API;

/**
 * Takes applications and decides on them. Obtain it from {@link Mentoring#enrollments()}.
 * Thread-safe.
 *
 * <p>Participants act on their own enrollments; administrators of the program and the system act on
 * any. Every method throws {@link NullPointerException} for a null argument, {@link
 * NotFoundException} for an unknown program or enrollment and {@link AccessDeniedException} for an
 * actor without the right. A refused call changes nothing.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public interface EnrollmentService {

  /**
   * Submits an application. The enrollment starts APPLIED, or APPROVED at once when the program
   * does not require approval.
   *
   * @param actor the applicant themselves, an administrator or the system
   * @param programId the program
   * @param application the application
   * @return the stored enrollment
   * @throws InvalidInputException if the application breaks a rule (see {@link Application}), or
   *     the participant is already enrolled in the program
   * @throws IllegalTransitionException if the program does not take applications in its state
   */
  Enrollment apply(Actor actor, ProgramId programId, Application application);

  /**
   * Approves an application: APPLIED or WAITLISTED → APPROVED.
   *
   * @param actor an administrator or the system
   * @param id the enrollment
   * @return the stored enrollment
   * @throws IllegalTransitionException if the enrollment is in another state
   */
  Enrollment approve(Actor actor, EnrollmentId id);

  /**
   * Puts an application on the waiting list: APPLIED → WAITLISTED.
   *
   * @param actor an administrator or the system
   * @param id the enrollment
   * @return the stored enrollment
   * @throws IllegalTransitionException if the enrollment is not APPLIED
   */
  Enrollment waitlist(Actor actor, EnrollmentId id);

  /**
   * Rejects an application: APPLIED or WAITLISTED → REJECTED.
   *
   * @param actor an administrator or the system
   * @param id the enrollment
   * @return the stored enrollment
   * @throws IllegalTransitionException if the enrollment is in another state
   */
  Enrollment reject(Actor actor, EnrollmentId id);

  /**
   * Withdraws from the program. The participant's open proposals in the program are withdrawn and
   * their accepted, active or paused pairs end early, with the reason {@code PARTICIPANT_WITHDREW}.
   *
   * @param actor the participant, an administrator or the system
   * @param id the enrollment
   * @return the stored enrollment
   * @throws IllegalTransitionException if the enrollment is already rejected or withdrawn
   */
  Enrollment withdraw(Actor actor, EnrollmentId id);

  /**
   * Replaces the profile of an open enrollment. Pairs already made are kept.
   *
   * @param actor the participant, an administrator or the system
   * @param id the enrollment
   * @param profile the new profile
   * @return the stored enrollment
   * @throws InvalidInputException if the profile breaks a rule, or the enrollment is rejected or
   *     withdrawn
   */
  Enrollment updateProfile(Actor actor, EnrollmentId id, Profile profile);

  /**
   * Returns an enrollment.
   *
   * @param actor the participant, an administrator or the system
   * @param id the enrollment
   * @return the enrollment
   */
  Enrollment get(Actor actor, EnrollmentId id);

  /**
   * Returns a program's enrollments, ordered by application time.
   *
   * @param actor an administrator or the system
   * @param programId the program
   * @return the enrollments
   */
  List<Enrollment> list(Actor actor, ProgramId programId);
}
