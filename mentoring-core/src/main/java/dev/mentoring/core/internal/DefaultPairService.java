package dev.mentoring.core.internal;

import static java.util.Objects.requireNonNull;

import dev.mentoring.core.AccessDeniedException;
import dev.mentoring.core.Actor;
import dev.mentoring.core.IllegalTransitionException;
import dev.mentoring.core.PairService;
import dev.mentoring.core.ParticipantId;
import dev.mentoring.core.enrollment.Enrollment;
import dev.mentoring.core.pairing.ExitReason;
import dev.mentoring.core.pairing.Explanation;
import dev.mentoring.core.pairing.Pair;
import dev.mentoring.core.pairing.PairExit;
import dev.mentoring.core.pairing.PairId;
import dev.mentoring.core.pairing.PairOrigin;
import dev.mentoring.core.pairing.PairStatus;
import dev.mentoring.core.program.ApprovalSide;
import dev.mentoring.core.program.MatchingMode;
import dev.mentoring.core.program.Program;
import dev.mentoring.core.program.ProgramId;
import dev.mentoring.core.program.ProgramStatus;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import org.jspecify.annotations.Nullable;

/** Pairs made by hand or on request, and their lifecycle. */
public final class DefaultPairService implements PairService {
  private final Engine engine;

  /**
   * Creates the service.
   *
   * @param engine the shared engine
   */
  public DefaultPairService(Engine engine) {
    this.engine = engine;
  }

  @Override
  public Pair propose(
      Actor actor, ProgramId programId, ParticipantId mentorId, ParticipantId menteeId) {
    requireNonNull(actor, "actor");
    requireNonNull(programId, "programId");
    requireNonNull(mentorId, "mentorId");
    requireNonNull(menteeId, "menteeId");
    return engine.write(
        op -> {
          Program program = Load.program(op, programId);
          Access.requireAdmin(actor, program, "propose a pair");
          return create(
              op,
              program,
              mentorId,
              menteeId,
              PairOrigin.ADMIN,
              Explanation.of("paired by hand by an administrator"),
              ApprovalSide.ADMIN);
        });
  }

  @Override
  public Pair request(Actor actor, ProgramId programId, ParticipantId mentorId) {
    requireNonNull(actor, "actor");
    requireNonNull(programId, "programId");
    requireNonNull(mentorId, "mentorId");
    ParticipantId menteeId = Access.person(actor);
    if (menteeId == null) {
      throw new AccessDeniedException(actor, "request a mentor: only a mentee can");
    }
    return engine.write(
        op -> {
          Program program = Load.program(op, programId);
          if (program.matchingPolicy().mode() != MatchingMode.SELF_SERVICE) {
            InputCheck.Violations v = new InputCheck.Violations();
            v.add(
                "programId",
                "SelfService",
                "the program's matching mode is " + program.matchingPolicy().mode(),
                programId);
            v.throwIfAny();
          }
          return create(
              op,
              program,
              mentorId,
              menteeId,
              PairOrigin.SELF_SERVICE,
              Explanation.of("requested by the mentee"),
              ApprovalSide.MENTEE);
        });
  }

  private static Pair create(
      Op op,
      Program program,
      ParticipantId mentorId,
      ParticipantId menteeId,
      PairOrigin origin,
      Explanation explanation,
      ApprovalSide proposerSide) {
    if (!program.status().acceptsPairs()) {
      throw new IllegalTransitionException(program.id(), program.status(), ProgramStatus.MATCHING);
    }
    Enrollment mentor = Load.enrollment(op, program.id(), mentorId);
    Enrollment mentee = Load.enrollment(op, program.id(), menteeId);
    List<Pair> pairs = op.tx.pairs().findByProgram(program.id());
    InputCheck.Violations v = new InputCheck.Violations();
    PairFlow.checkHardRules(program, mentor, mentee, pairs, v);
    v.throwIfAny();
    PairFlow.checkPlaces(program, mentor, mentee, pairs);
    return PairFlow.propose(op, program, mentor, mentee, origin, explanation, proposerSide);
  }

  @Override
  public Pair accept(Actor actor, PairId id) {
    requireNonNull(actor, "actor");
    requireNonNull(id, "id");
    return engine.write(
        op -> {
          Pair pair = Load.pair(op, id);
          Program program = Load.program(op, pair.programId());
          ApprovalSide side = side(actor, program, pair, "accept pair " + id);
          if (pair.status() == PairStatus.PROPOSED && !pair.requiredApprovals().contains(side)) {
            throw new AccessDeniedException(
                actor, "accept pair " + id + ": the " + side + " side is not asked to accept");
          }
          return PairFlow.approve(op, program, pair, side);
        });
  }

  @Override
  public Pair decline(Actor actor, PairId id, @Nullable String note) {
    requireNonNull(actor, "actor");
    requireNonNull(id, "id");
    engine.input.checkNote(note);
    return engine.write(
        op -> {
          Pair pair = Load.pair(op, id);
          Program program = Load.program(op, pair.programId());
          side(actor, program, pair, "decline pair " + id);
          return PairFlow.move(
              op,
              pair,
              pair.decline(new PairExit(ExitReason.DECLINED, op.now, Access.person(actor), note)));
        });
  }

  @Override
  public Pair retract(Actor actor, PairId id) {
    requireNonNull(actor, "actor");
    requireNonNull(id, "id");
    return engine.write(
        op -> {
          Pair pair = Load.pair(op, id);
          Program program = Load.program(op, pair.programId());
          Access.requireAdmin(actor, program, "retract pair " + id);
          return PairFlow.move(
              op,
              pair,
              pair.withdraw(
                  new PairExit(ExitReason.RETRACTED, op.now, Access.person(actor), null)));
        });
  }

  @Override
  public Pair pause(Actor actor, PairId id) {
    return move(actor, id, "pause", Pair::pause);
  }

  @Override
  public Pair resume(Actor actor, PairId id) {
    return move(actor, id, "resume", Pair::resume);
  }

  @Override
  public Pair complete(Actor actor, PairId id) {
    return move(actor, id, "complete", Pair::complete);
  }

  @Override
  public Pair endEarly(Actor actor, PairId id, ExitReason reason, @Nullable String note) {
    requireNonNull(actor, "actor");
    requireNonNull(id, "id");
    requireNonNull(reason, "reason");
    InputCheck.Violations v = new InputCheck.Violations();
    if (!reason.isChoosable()) {
      v.add("reason", "Choosable", "is set by the engine and cannot be chosen", reason);
    }
    InputCheck.checkNote(note, v);
    v.throwIfAny();
    return engine.write(
        op -> {
          Pair pair = Load.pair(op, id);
          Program program = Load.program(op, pair.programId());
          side(actor, program, pair, "end pair " + id);
          return PairFlow.move(
              op, pair, pair.endEarly(new PairExit(reason, op.now, Access.person(actor), note)));
        });
  }

  private Pair move(Actor actor, PairId id, String action, BiFunction<Pair, Instant, Pair> verb) {
    requireNonNull(actor, "actor");
    requireNonNull(id, "id");
    return engine.write(
        op -> {
          Pair pair = Load.pair(op, id);
          Program program = Load.program(op, pair.programId());
          side(actor, program, pair, action + " pair " + id);
          return PairFlow.move(op, pair, verb.apply(pair, op.now));
        });
  }

  /** The side an actor speaks for in a pair, or AccessDeniedException if none. */
  private static ApprovalSide side(Actor actor, Program program, Pair pair, String action) {
    ParticipantId person = Access.person(actor);
    if (pair.mentorId().equals(person)) {
      return ApprovalSide.MENTOR;
    }
    if (pair.menteeId().equals(person)) {
      return ApprovalSide.MENTEE;
    }
    if (Access.isAdmin(actor, program)) {
      return ApprovalSide.ADMIN;
    }
    throw new AccessDeniedException(actor, action);
  }

  @Override
  public List<Pair> expireOverdue(Actor actor, Instant at) {
    requireNonNull(actor, "actor");
    requireNonNull(at, "at");
    Access.requireSystem(actor, "expire overdue proposals");
    return engine.write(
        op -> {
          List<Pair> expired = new ArrayList<>();
          for (Program program : op.tx.programs().findAll()) {
            if (program.status() == ProgramStatus.CLOSED
                || program.status() == ProgramStatus.ARCHIVED) {
              continue; // closing a program already expired its proposals
            }
            for (Pair p : op.tx.pairs().findByProgram(program.id())) {
              if (p.status() == PairStatus.PROPOSED && !at.isBefore(p.expiresAt())) {
                expired.add(PairFlow.move(op, p, p.expire(ExitReason.TIMED_OUT, at)));
              }
            }
          }
          return expired;
        });
  }

  @Override
  public Pair get(Actor actor, PairId id) {
    requireNonNull(actor, "actor");
    requireNonNull(id, "id");
    return engine.write(
        op -> {
          Pair pair = Load.pair(op, id);
          Program program = Load.program(op, pair.programId());
          side(actor, program, pair, "read pair " + id);
          return pair.visibleTo(Access.person(actor));
        });
  }

  @Override
  public List<Pair> list(Actor actor, ProgramId programId) {
    requireNonNull(actor, "actor");
    requireNonNull(programId, "programId");
    return engine.write(
        op -> {
          Program program = Load.program(op, programId);
          Access.requireAdmin(actor, program, "list pairs");
          ParticipantId viewer = Access.person(actor);
          return op.tx.pairs().findByProgram(programId).stream()
              .map(p -> p.visibleTo(viewer))
              .toList();
        });
  }

  @Override
  public List<Pair> listFor(Actor actor, ParticipantId participantId) {
    requireNonNull(actor, "actor");
    requireNonNull(participantId, "participantId");
    Access.requireSelfOrSystem(actor, participantId, "list the pairs of " + participantId);
    ParticipantId viewer = Access.person(actor);
    return engine.write(
        op ->
            op.tx.pairs().findByParticipant(participantId).stream()
                .map(p -> p.visibleTo(viewer))
                .toList());
  }
}
