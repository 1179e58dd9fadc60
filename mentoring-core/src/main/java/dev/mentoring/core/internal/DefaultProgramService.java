package dev.mentoring.core.internal;

import static java.util.Objects.requireNonNull;

import dev.mentoring.core.Actor;
import dev.mentoring.core.NotFoundException;
import dev.mentoring.core.ParticipantId;
import dev.mentoring.core.ProgramService;
import dev.mentoring.core.enrollment.Enrollment;
import dev.mentoring.core.enrollment.EnrollmentStatus;
import dev.mentoring.core.event.ProgramCreated;
import dev.mentoring.core.event.ProgramStatusChanged;
import dev.mentoring.core.event.ProgramUpdated;
import dev.mentoring.core.notification.ProgramPhaseChanged;
import dev.mentoring.core.pairing.ExitReason;
import dev.mentoring.core.pairing.Pair;
import dev.mentoring.core.pairing.PairExit;
import dev.mentoring.core.pairing.PairStatus;
import dev.mentoring.core.program.Program;
import dev.mentoring.core.program.ProgramId;
import dev.mentoring.core.program.ProgramSpec;
import dev.mentoring.core.program.ProgramStatus;
import java.time.Instant;
import java.util.List;
import java.util.function.BiFunction;

/** Programs and their lifecycle. */
public final class DefaultProgramService implements ProgramService {
  private final Engine engine;

  /**
   * Creates the service.
   *
   * @param engine the shared engine
   */
  public DefaultProgramService(Engine engine) {
    this.engine = engine;
  }

  @Override
  public Program create(Actor actor, ProgramSpec spec) {
    requireNonNull(actor, "actor");
    requireNonNull(spec, "spec");
    engine.input.checkSpec(spec);
    ParticipantId creator = Access.person(actor);
    ProgramSpec withCreator =
        creator == null || spec.admins().contains(creator)
            ? spec
            : spec.toBuilder().admin(creator).build();
    return engine.write(
        op -> {
          Program program =
              new Program(ProgramId.random(), 0, withCreator, ProgramStatus.DRAFT, op.now, op.now);
          Program stored = op.tx.programs().insert(program);
          op.publish(new ProgramCreated(stored.id(), op.now));
          return stored;
        });
  }

  @Override
  public Program update(Actor actor, ProgramId id, ProgramSpec spec) {
    requireNonNull(actor, "actor");
    requireNonNull(id, "id");
    requireNonNull(spec, "spec");
    engine.input.checkSpec(spec);
    return engine.write(
        op -> {
          Program program = Load.program(op, id);
          Access.requireAdmin(actor, program, "update the program");
          if (program.status() == ProgramStatus.CLOSED
              || program.status() == ProgramStatus.ARCHIVED) {
            InputCheck.Violations v = new InputCheck.Violations();
            v.add("id", "Open", "a " + program.status() + " program cannot be updated", id);
            v.throwIfAny();
          }
          if (program.status() != ProgramStatus.DRAFT
              && !spec.form().equals(program.spec().form())) {
            InputCheck.Violations v = new InputCheck.Violations();
            v.add("form", "Immutable", "the form may change only while the program is a DRAFT");
            v.throwIfAny();
          }
          Program stored = op.tx.programs().update(program.withSpec(spec, op.now));
          op.publish(new ProgramUpdated(id, op.now));
          return stored;
        });
  }

  @Override
  public Program openEnrollment(Actor actor, ProgramId id) {
    return move(actor, id, "open enrollment", Program::openEnrollment);
  }

  @Override
  public Program startMatching(Actor actor, ProgramId id) {
    return move(actor, id, "start matching", Program::startMatching);
  }

  @Override
  public Program reopenEnrollment(Actor actor, ProgramId id) {
    return move(actor, id, "reopen enrollment", Program::reopenEnrollment);
  }

  @Override
  public Program launch(Actor actor, ProgramId id) {
    return move(actor, id, "launch the program", Program::launch);
  }

  @Override
  public Program close(Actor actor, ProgramId id) {
    return move(actor, id, "close the program", Program::close);
  }

  @Override
  public Program archive(Actor actor, ProgramId id) {
    return move(actor, id, "archive the program", Program::archive);
  }

  private Program move(
      Actor actor, ProgramId id, String action, BiFunction<Program, Instant, Program> verb) {
    requireNonNull(actor, "actor");
    requireNonNull(id, "id");
    return engine.write(
        op -> {
          Program program = Load.program(op, id);
          Access.requireAdmin(actor, program, action);
          Program moved = verb.apply(program, op.now);
          Program stored = op.tx.programs().update(moved);
          op.publish(new ProgramStatusChanged(id, program.status(), stored.status(), op.now));
          if (stored.status() == ProgramStatus.RUNNING) {
            activateAccepted(op, stored);
          } else if (stored.status() == ProgramStatus.CLOSED) {
            endPairs(op, stored);
          }
          notifyParticipants(op, program.status(), stored);
          return stored;
        });
  }

  private static void activateAccepted(Op op, Program program) {
    for (Pair p : op.tx.pairs().findByProgram(program.id())) {
      if (p.status() == PairStatus.ACCEPTED) {
        PairFlow.move(op, p, p.activate(op.now));
      }
    }
  }

  private static void endPairs(Op op, Program program) {
    for (Pair p : op.tx.pairs().findByProgram(program.id())) {
      switch (p.status()) {
        case PROPOSED -> PairFlow.move(op, p, p.expire(ExitReason.PROGRAM_CLOSED, op.now));
        case ACCEPTED ->
            PairFlow.move(op, p, p.endEarly(PairExit.automatic(ExitReason.PROGRAM_CLOSED, op.now)));
        case ACTIVE, PAUSED -> PairFlow.move(op, p, p.complete(op.now));
        default -> {
          // terminal pairs stay as they are
        }
      }
    }
  }

  private static void notifyParticipants(Op op, ProgramStatus from, Program program) {
    if (from == ProgramStatus.DRAFT) {
      return; // nobody is enrolled in a draft
    }
    for (Enrollment e : op.tx.enrollments().findByProgram(program.id())) {
      if (e.status() != EnrollmentStatus.REJECTED && e.status() != EnrollmentStatus.WITHDRAWN) {
        op.notify(
            new ProgramPhaseChanged(
                e.participantId(), program.id(), from, program.status(), op.now));
      }
    }
  }

  @Override
  public Program get(Actor actor, ProgramId id) {
    requireNonNull(actor, "actor");
    requireNonNull(id, "id");
    return engine.write(
        op -> {
          Program program = Load.program(op, id);
          if (!visible(actor, program)) {
            // Drafts are private to their administrators; do not reveal that they exist.
            throw new NotFoundException("program", id);
          }
          return program;
        });
  }

  @Override
  public List<Program> list(Actor actor) {
    requireNonNull(actor, "actor");
    return engine.write(
        op -> op.tx.programs().findAll().stream().filter(p -> visible(actor, p)).toList());
  }

  private static boolean visible(Actor actor, Program program) {
    return program.status() != ProgramStatus.DRAFT || Access.isAdmin(actor, program);
  }
}
