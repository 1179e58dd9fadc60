package dev.mentoring.core.internal;

import static java.util.Objects.requireNonNull;

import dev.mentoring.core.Actor;
import dev.mentoring.core.IllegalTransitionException;
import dev.mentoring.core.MatchingRun;
import dev.mentoring.core.MatchingService;
import dev.mentoring.core.ParticipantId;
import dev.mentoring.core.enrollment.Enrollment;
import dev.mentoring.core.matching.CandidatePair;
import dev.mentoring.core.matching.MatchingProblem;
import dev.mentoring.core.matching.MatchingResult;
import dev.mentoring.core.matching.MatchingStrategy;
import dev.mentoring.core.matching.Proposal;
import dev.mentoring.core.pairing.Pair;
import dev.mentoring.core.pairing.PairOrigin;
import dev.mentoring.core.pairing.PairStatus;
import dev.mentoring.core.program.Program;
import dev.mentoring.core.program.ProgramId;
import dev.mentoring.core.program.ProgramStatus;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Builds matching problems, runs strategies, checks and stores their proposals. */
public final class DefaultMatchingService implements MatchingService {
  private final Engine engine;

  /**
   * Creates the service.
   *
   * @param engine the shared engine
   */
  public DefaultMatchingService(Engine engine) {
    this.engine = engine;
  }

  @Override
  public MatchingProblem problem(Actor actor, ProgramId programId) {
    requireNonNull(actor, "actor");
    requireNonNull(programId, "programId");
    return engine.write(op -> problem(op, admin(op, actor, programId)));
  }

  @Override
  public MatchingResult preview(Actor actor, ProgramId programId) {
    requireNonNull(actor, "actor");
    requireNonNull(programId, "programId");
    MatchingProblem problem = problem(actor, programId);
    MatchingResult result = engine.strategy.match(problem);
    check(engine.strategy, problem, result);
    return result;
  }

  @Override
  public MatchingRun propose(Actor actor, ProgramId programId) {
    return propose(actor, programId, engine.strategy);
  }

  @Override
  public MatchingRun propose(Actor actor, ProgramId programId, MatchingStrategy strategy) {
    requireNonNull(actor, "actor");
    requireNonNull(programId, "programId");
    requireNonNull(strategy, "strategy");
    return engine.write(
        op -> {
          Program program = admin(op, actor, programId);
          if (!program.status().acceptsPairs()) {
            throw new IllegalTransitionException(
                programId, program.status(), ProgramStatus.MATCHING);
          }
          MatchingProblem problem = problem(op, program);
          MatchingResult result = strategy.match(problem);
          check(strategy, problem, result);
          Map<ParticipantId, Enrollment> mentors = byParticipant(problem.mentors());
          Map<ParticipantId, Enrollment> mentees = byParticipant(problem.mentees());
          List<Pair> proposed = new ArrayList<>();
          for (Proposal p : result.proposals()) {
            proposed.add(
                PairFlow.propose(
                    op,
                    program,
                    requireNonNull(mentors.get(p.mentorId())),
                    requireNonNull(mentees.get(p.menteeId())),
                    PairOrigin.ALGORITHM,
                    p.explanation(),
                    null));
          }
          return new MatchingRun(strategy.id(), proposed, result.unmatched(), result.diagnostics());
        });
  }

  private static Program admin(Op op, Actor actor, ProgramId programId) {
    Program program = Load.program(op, programId);
    Access.requireAdmin(actor, program, "run matching");
    return program;
  }

  private static Map<ParticipantId, Enrollment> byParticipant(List<Enrollment> enrollments) {
    Map<ParticipantId, Enrollment> map = new HashMap<>();
    for (Enrollment e : enrollments) {
      map.put(e.participantId(), e);
    }
    return map;
  }

  /**
   * Builds the problem: approved enrollments with places left once committed and pending pairs are
   * counted, and the pairs the hard rules forbid, found from the (sparse) manager chains,
   * exclusions and existing pairs rather than by testing every mentor against every mentee.
   */
  static MatchingProblem problem(Op op, Program program) {
    List<Pair> pairs = op.tx.pairs().findByProgram(program.id());
    Map<ParticipantId, Integer> mentorUsed = new HashMap<>();
    Map<ParticipantId, Integer> menteeUsed = new HashMap<>();
    List<Pair> live = new ArrayList<>();
    Set<CandidatePair> excluded = new HashSet<>();
    boolean repeats = program.matchingPolicy().allowRepeatPairs();
    for (Pair p : pairs) {
      boolean open = p.status() == PairStatus.PROPOSED || p.status().isCommitted();
      if (open) {
        live.add(p);
        mentorUsed.merge(p.mentorId(), 1, Integer::sum);
        menteeUsed.merge(p.menteeId(), 1, Integer::sum);
      }
      if (open || (p.status().isEnded() && !repeats)) {
        excluded.add(new CandidatePair(p.mentorId(), p.menteeId()));
      }
    }
    int menteeMax = program.matchingPolicy().maxMentorsPerMentee();
    List<Enrollment> mentors = new ArrayList<>();
    List<Enrollment> mentees = new ArrayList<>();
    Map<ParticipantId, Integer> mentorPlaces = new LinkedHashMap<>();
    Map<ParticipantId, Integer> menteePlaces = new LinkedHashMap<>();
    List<Enrollment> enrollments = new ArrayList<>(op.tx.enrollments().findByProgram(program.id()));
    enrollments.sort(Comparator.comparing(Enrollment::participantId));
    for (Enrollment e : enrollments) {
      if (!e.isActive()) {
        continue;
      }
      ParticipantId id = e.participantId();
      if (e.role().mentors()) {
        int left = e.capacity() - mentorUsed.getOrDefault(id, 0);
        if (left > 0) {
          mentors.add(e);
          mentorPlaces.put(id, left);
        }
      }
      if (e.role().mentees()) {
        int left = menteeMax - menteeUsed.getOrDefault(id, 0);
        if (left > 0) {
          mentees.add(e);
          menteePlaces.put(id, left);
        }
      }
    }
    Set<ParticipantId> mentorIds = mentorPlaces.keySet();
    Set<ParticipantId> menteeIds = menteePlaces.keySet();
    for (Enrollment e : enrollments) {
      ParticipantId id = e.participantId();
      List<ParticipantId> related = new ArrayList<>(e.profile().managerChain());
      related.addAll(e.profile().exclusions());
      for (ParticipantId other : related) {
        // The relation forbids the pair in either direction.
        if (mentorIds.contains(id) && menteeIds.contains(other)) {
          excluded.add(new CandidatePair(id, other));
        }
        if (menteeIds.contains(id) && mentorIds.contains(other)) {
          excluded.add(new CandidatePair(other, id));
        }
      }
    }
    excluded.removeIf(c -> !mentorIds.contains(c.mentorId()) || !menteeIds.contains(c.menteeId()));
    long seed = program.id().value().hashCode() * 0x9E3779B97F4A7C15L;
    return new MatchingProblem(
        program, mentors, mentees, live, mentorPlaces, menteePlaces, excluded, seed);
  }

  /** Checks a strategy's answer against the problem; a breach is the strategy's bug. */
  private static void check(
      MatchingStrategy strategy, MatchingProblem problem, MatchingResult result) {
    Map<ParticipantId, Integer> mentorLeft = new HashMap<>(problem.mentorPlaces());
    Map<ParticipantId, Integer> menteeLeft = new HashMap<>(problem.menteePlaces());
    Set<CandidatePair> seen = new HashSet<>();
    for (Proposal p : result.proposals()) {
      String where =
          "strategy " + strategy.id() + " proposed " + p.mentorId() + " for " + p.menteeId();
      Integer mentor = mentorLeft.get(p.mentorId());
      Integer mentee = menteeLeft.get(p.menteeId());
      if (mentor == null || mentee == null) {
        throw new IllegalStateException(where + ": not an eligible mentor and mentee");
      }
      if (!problem.allows(p.mentorId(), p.menteeId())) {
        throw new IllegalStateException(where + ": the hard rules exclude the pair");
      }
      if (!seen.add(new CandidatePair(p.mentorId(), p.menteeId()))) {
        throw new IllegalStateException(where + " twice");
      }
      if (mentor == 0 || mentee == 0) {
        throw new IllegalStateException(where + ": more pairs than places left");
      }
      mentorLeft.put(p.mentorId(), mentor - 1);
      menteeLeft.put(p.menteeId(), mentee - 1);
    }
  }
}
