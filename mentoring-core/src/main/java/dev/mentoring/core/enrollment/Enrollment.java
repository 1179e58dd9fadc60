package dev.mentoring.core.enrollment;

import static java.util.Objects.requireNonNull;

import dev.mentoring.core.ParticipantId;
import dev.mentoring.core.internal.EnumSets;
import dev.mentoring.core.internal.Transitions;
import dev.mentoring.core.program.EnrollmentRole;
import dev.mentoring.core.program.ProgramId;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * A participant's enrollment in one program. Immutable; the verbs return a changed copy and throw
 * {@link dev.mentoring.core.IllegalTransitionException} when the lifecycle forbids the move.
 *
 * @param id the enrollment's id
 * @param version the store's version, 0 before first insert
 * @param programId the program
 * @param participantId the participant
 * @param role the role enrolled in
 * @param profile what matching knows of the participant
 * @param answers answers to the program's form, by question key
 * @param capacity how many committed pairs a mentor may have at once; 0 for a mentee
 * @param consents what the participant agreed to
 * @param status the lifecycle state
 * @param appliedAt when the application was submitted
 * @param updatedAt when the enrollment last changed
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public record Enrollment(
    EnrollmentId id,
    long version,
    ProgramId programId,
    ParticipantId participantId,
    EnrollmentRole role,
    Profile profile,
    Map<String, Answer> answers,
    int capacity,
    Set<Consent> consents,
    EnrollmentStatus status,
    Instant appliedAt,
    Instant updatedAt) {

  /**
   * Checks the components and copies the collections.
   *
   * @param id the enrollment's id
   * @param version the store's version, 0 before first insert
   * @param programId the program
   * @param participantId the participant
   * @param role the role enrolled in
   * @param profile what matching knows of the participant
   * @param answers answers to the program's form, by question key
   * @param capacity how many committed pairs a mentor may have at once; 0 for a mentee
   * @param consents what the participant agreed to
   * @param status the lifecycle state
   * @param appliedAt when the application was submitted
   * @param updatedAt when the enrollment last changed
   * @throws NullPointerException if a component is null
   * @throws IllegalArgumentException if {@code version} or {@code capacity} is negative
   */
  public Enrollment {
    requireNonNull(id, "id");
    if (version < 0) {
      throw new IllegalArgumentException("version is negative: " + version);
    }
    requireNonNull(programId, "programId");
    requireNonNull(participantId, "participantId");
    requireNonNull(role, "role");
    requireNonNull(profile, "profile");
    answers = Map.copyOf(answers);
    if (capacity < 0) {
      throw new IllegalArgumentException("capacity is negative: " + capacity);
    }
    consents = EnumSets.copyOf(consents);
    requireNonNull(status, "status");
    requireNonNull(appliedAt, "appliedAt");
    requireNonNull(updatedAt, "updatedAt");
  }

  /**
   * Tells whether this enrollment may be paired: it is approved.
   *
   * @return whether the status is APPROVED
   */
  public boolean isActive() {
    return status == EnrollmentStatus.APPROVED;
  }

  /**
   * Returns this enrollment with a stored version; for store implementations.
   *
   * @param newVersion the version
   * @return the copy
   */
  public Enrollment withVersion(long newVersion) {
    return new Enrollment(
        id,
        newVersion,
        programId,
        participantId,
        role,
        profile,
        answers,
        capacity,
        consents,
        status,
        appliedAt,
        updatedAt);
  }

  /**
   * Returns this enrollment with another profile.
   *
   * @param newProfile the profile
   * @param at when it changed
   * @return the copy
   */
  public Enrollment withProfile(Profile newProfile, Instant at) {
    return new Enrollment(
        id,
        version,
        programId,
        participantId,
        role,
        newProfile,
        answers,
        capacity,
        consents,
        status,
        appliedAt,
        at);
  }

  /**
   * Returns this enrollment with only {@code updatedAt} changed. The engine touches a mentor's
   * enrollment whenever a pair takes one of the mentor's places, so that stores without
   * serializable transactions detect concurrent acceptances through its version.
   *
   * @param at when
   * @return the copy
   */
  public Enrollment touch(Instant at) {
    return withProfile(profile, at);
  }

  /**
   * Returns this enrollment stripped of personal data: the participant replaced by a pseudonym, the
   * profile and answers emptied. Role, capacity, status and dates stay, so counts remain valid.
   *
   * @param pseudonym the replacement key
   * @param at when
   * @return the copy
   */
  public Enrollment erase(ParticipantId pseudonym, Instant at) {
    return new Enrollment(
        id,
        version,
        programId,
        pseudonym,
        role,
        Profile.empty(),
        Map.of(),
        capacity,
        Set.of(),
        status,
        appliedAt,
        at);
  }

  /**
   * Approves the application: APPLIED or WAITLISTED → APPROVED.
   *
   * @param at when
   * @return the moved enrollment
   * @throws dev.mentoring.core.IllegalTransitionException if the enrollment is in another state
   */
  public Enrollment approve(Instant at) {
    return moveTo(EnrollmentStatus.APPROVED, at);
  }

  /**
   * Puts the application on the waiting list: APPLIED → WAITLISTED.
   *
   * @param at when
   * @return the moved enrollment
   * @throws dev.mentoring.core.IllegalTransitionException if the enrollment is not APPLIED
   */
  public Enrollment waitlist(Instant at) {
    return moveTo(EnrollmentStatus.WAITLISTED, at);
  }

  /**
   * Rejects the application: APPLIED or WAITLISTED → REJECTED.
   *
   * @param at when
   * @return the moved enrollment
   * @throws dev.mentoring.core.IllegalTransitionException if the enrollment is in another state
   */
  public Enrollment reject(Instant at) {
    return moveTo(EnrollmentStatus.REJECTED, at);
  }

  /**
   * Leaves the program from any open state.
   *
   * @param at when
   * @return the moved enrollment
   * @throws dev.mentoring.core.IllegalTransitionException if already rejected or withdrawn
   */
  public Enrollment withdraw(Instant at) {
    return moveTo(EnrollmentStatus.WITHDRAWN, at);
  }

  private Enrollment moveTo(EnrollmentStatus next, Instant at) {
    Transitions.ENROLLMENT.check(id, status, next);
    return new Enrollment(
        id,
        version,
        programId,
        participantId,
        role,
        profile,
        answers,
        capacity,
        consents,
        next,
        appliedAt,
        requireNonNull(at, "at"));
  }
}
