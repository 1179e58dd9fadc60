package dev.mentoring.core.internal;

import static java.util.Objects.requireNonNull;

import dev.mentoring.core.Actor;
import dev.mentoring.core.EnrollmentService;
import dev.mentoring.core.IllegalTransitionException;
import dev.mentoring.core.NotFoundException;
import dev.mentoring.core.enrollment.Application;
import dev.mentoring.core.enrollment.Enrollment;
import dev.mentoring.core.enrollment.EnrollmentId;
import dev.mentoring.core.enrollment.EnrollmentStatus;
import dev.mentoring.core.enrollment.Profile;
import dev.mentoring.core.event.EnrollmentStatusChanged;
import dev.mentoring.core.event.EnrollmentSubmitted;
import dev.mentoring.core.event.EnrollmentUpdated;
import dev.mentoring.core.notification.EnrollmentDecided;
import dev.mentoring.core.pairing.ExitReason;
import dev.mentoring.core.program.Program;
import dev.mentoring.core.program.ProgramId;
import dev.mentoring.core.program.ProgramStatus;
import java.time.Instant;
import java.util.List;
import java.util.function.BiFunction;

/** Applications and decisions on them. */
public final class DefaultEnrollmentService implements EnrollmentService {
  private final Engine engine;

  /**
   * Creates the service.
   *
   * @param engine the shared engine
   */
  public DefaultEnrollmentService(Engine engine) {
    this.engine = engine;
  }

  @Override
  public Enrollment apply(Actor actor, ProgramId programId, Application application) {
    requireNonNull(actor, "actor");
    requireNonNull(programId, "programId");
    requireNonNull(application, "application");
    return engine.write(
        op -> {
          Program program = Load.program(op, programId);
          if (program.status() == ProgramStatus.DRAFT && !Access.isAdmin(actor, program)) {
            // Drafts are private to their administrators; do not reveal that they exist.
            throw new NotFoundException("program", programId);
          }
          Access.requireSelfOrAdmin(
              actor,
              program,
              application.participantId(),
              "apply for " + application.participantId());
          engine.input.checkApplication(program, application);
          if (!program.status().acceptsApplications()) {
            throw new IllegalTransitionException(
                programId, program.status(), ProgramStatus.ENROLLING);
          }
          if (op.tx.enrollments().find(programId, application.participantId()).isPresent()) {
            InputCheck.Violations v = new InputCheck.Violations();
            v.add(
                "participantId",
                "Unique",
                "already enrolled in the program",
                application.participantId());
            v.throwIfAny();
          }
          int capacity =
              application.role().mentors()
                  ? application.capacity() == null
                      ? program.matchingPolicy().defaultMentorCapacity()
                      : application.capacity()
                  : 0;
          Enrollment enrollment =
              new Enrollment(
                  EnrollmentId.random(),
                  0,
                  programId,
                  application.participantId(),
                  application.role(),
                  application.profile(),
                  application.answers(),
                  capacity,
                  application.consents(),
                  EnrollmentStatus.APPLIED,
                  op.now,
                  op.now);
          Enrollment stored = op.tx.enrollments().insert(enrollment);
          op.publish(
              new EnrollmentSubmitted(
                  stored.id(), programId, stored.participantId(), stored.role(), op.now));
          if (!program.spec().enrollmentApprovalRequired()) {
            stored = decide(op, stored, stored.approve(op.now));
          }
          return stored;
        });
  }

  @Override
  public Enrollment approve(Actor actor, EnrollmentId id) {
    return decide(actor, id, "approve", Enrollment::approve);
  }

  @Override
  public Enrollment waitlist(Actor actor, EnrollmentId id) {
    return decide(actor, id, "waitlist", Enrollment::waitlist);
  }

  @Override
  public Enrollment reject(Actor actor, EnrollmentId id) {
    return decide(actor, id, "reject", Enrollment::reject);
  }

  private Enrollment decide(
      Actor actor,
      EnrollmentId id,
      String action,
      BiFunction<Enrollment, Instant, Enrollment> verb) {
    requireNonNull(actor, "actor");
    requireNonNull(id, "id");
    return engine.write(
        op -> {
          Enrollment enrollment = Load.enrollment(op, id);
          Program program = Load.program(op, enrollment.programId());
          Access.requireAdmin(actor, program, action + " enrollment " + id);
          return decide(op, enrollment, verb.apply(enrollment, op.now));
        });
  }

  private static Enrollment decide(Op op, Enrollment before, Enrollment after) {
    Enrollment stored = op.tx.enrollments().update(after);
    op.publish(
        new EnrollmentStatusChanged(
            stored.id(),
            stored.programId(),
            stored.participantId(),
            before.status(),
            stored.status(),
            op.now));
    op.notify(
        new EnrollmentDecided(
            stored.participantId(), stored.programId(), stored.id(), stored.status(), op.now));
    return stored;
  }

  @Override
  public Enrollment withdraw(Actor actor, EnrollmentId id) {
    requireNonNull(actor, "actor");
    requireNonNull(id, "id");
    return engine.write(
        op -> {
          Enrollment enrollment = Load.enrollment(op, id);
          Program program = Load.program(op, enrollment.programId());
          Access.requireSelfOrAdmin(
              actor, program, enrollment.participantId(), "withdraw enrollment " + id);
          return withdraw(op, program, enrollment);
        });
  }

  /** Withdraws an enrollment and ends the participant's pairs in its program. */
  static Enrollment withdraw(Op op, Program program, Enrollment enrollment) {
    Enrollment moved = enrollment.withdraw(op.now);
    PairFlow.endAllOf(op, program, enrollment.participantId(), ExitReason.PARTICIPANT_WITHDREW);
    // Ending pairs touched no enrollment, so the version read above is still current.
    Enrollment stored = op.tx.enrollments().update(moved);
    op.publish(
        new EnrollmentStatusChanged(
            stored.id(),
            stored.programId(),
            stored.participantId(),
            enrollment.status(),
            stored.status(),
            op.now));
    return stored;
  }

  @Override
  public Enrollment updateProfile(Actor actor, EnrollmentId id, Profile profile) {
    requireNonNull(actor, "actor");
    requireNonNull(id, "id");
    requireNonNull(profile, "profile");
    return engine.write(
        op -> {
          Enrollment enrollment = Load.enrollment(op, id);
          Program program = Load.program(op, enrollment.programId());
          Access.requireSelfOrAdmin(
              actor, program, enrollment.participantId(), "update enrollment " + id);
          engine.input.checkProfile(profile, enrollment.participantId().value());
          if (enrollment.status().isTerminal()) {
            InputCheck.Violations v = new InputCheck.Violations();
            v.add("id", "Open", "a " + enrollment.status() + " enrollment cannot be updated", id);
            v.throwIfAny();
          }
          Enrollment stored = op.tx.enrollments().update(enrollment.withProfile(profile, op.now));
          op.publish(new EnrollmentUpdated(id, stored.programId(), stored.participantId(), op.now));
          return stored;
        });
  }

  @Override
  public Enrollment get(Actor actor, EnrollmentId id) {
    requireNonNull(actor, "actor");
    requireNonNull(id, "id");
    return engine.write(
        op -> {
          Enrollment enrollment = Load.enrollment(op, id);
          Program program = Load.program(op, enrollment.programId());
          Access.requireSelfOrAdmin(
              actor, program, enrollment.participantId(), "read enrollment " + id);
          return enrollment;
        });
  }

  @Override
  public List<Enrollment> list(Actor actor, ProgramId programId) {
    requireNonNull(actor, "actor");
    requireNonNull(programId, "programId");
    return engine.write(
        op -> {
          Program program = Load.program(op, programId);
          Access.requireAdmin(actor, program, "list enrollments");
          return op.tx.enrollments().findByProgram(programId);
        });
  }
}
