package dev.mentoring.core.internal;

import static java.util.Objects.requireNonNull;

import dev.mentoring.core.AccessDeniedException;
import dev.mentoring.core.Actor;
import dev.mentoring.core.ParticipantId;
import dev.mentoring.core.ResourceService;
import dev.mentoring.core.enrollment.Enrollment;
import dev.mentoring.core.enrollment.EnrollmentStatus;
import dev.mentoring.core.enrollment.Profile;
import dev.mentoring.core.enrollment.Skill;
import dev.mentoring.core.event.ResourceAdded;
import dev.mentoring.core.event.ResourceRemoved;
import dev.mentoring.core.event.ResourceRevised;
import dev.mentoring.core.goal.Goal;
import dev.mentoring.core.goal.GoalId;
import dev.mentoring.core.pairing.Pair;
import dev.mentoring.core.pairing.PairId;
import dev.mentoring.core.program.EnrollmentRole;
import dev.mentoring.core.program.Program;
import dev.mentoring.core.program.ProgramId;
import dev.mentoring.core.program.ProgramStatus;
import dev.mentoring.core.resource.Resource;
import dev.mentoring.core.resource.ResourceDraft;
import dev.mentoring.core.resource.ResourceId;
import dev.mentoring.core.resource.ResourceSuggestion;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** The knowledge base: resources and suggestions. */
public final class DefaultResourceService implements ResourceService {
  private final Engine engine;

  /**
   * Creates the service.
   *
   * @param engine the shared engine
   */
  public DefaultResourceService(Engine engine) {
    this.engine = engine;
  }

  @Override
  public Resource add(Actor actor, ProgramId programId, ResourceDraft draft) {
    requireNonNull(actor, "actor");
    requireNonNull(programId, "programId");
    requireNonNull(draft, "draft");
    checkDraft(draft);
    return engine.write(
        op -> {
          Program program = Load.program(op, programId);
          Access.requireAdmin(actor, program, "add a resource");
          requireNotArchived(program);
          Resource stored =
              op.tx
                  .resources()
                  .insert(Resource.create(ResourceId.random(), programId, draft, op.now));
          op.publish(new ResourceAdded(stored.id(), programId, op.now));
          return stored;
        });
  }

  @Override
  public Resource revise(Actor actor, ResourceId id, ResourceDraft draft) {
    requireNonNull(actor, "actor");
    requireNonNull(id, "id");
    requireNonNull(draft, "draft");
    checkDraft(draft);
    return engine.write(
        op -> {
          Resource resource = Load.resource(op, id);
          Program program = Load.program(op, resource.programId());
          Access.requireAdmin(actor, program, "revise resource " + id);
          requireNotArchived(program);
          Resource stored = op.tx.resources().update(resource.revise(draft, op.now));
          op.publish(new ResourceRevised(id, program.id(), op.now));
          return stored;
        });
  }

  @Override
  public Resource remove(Actor actor, ResourceId id) {
    requireNonNull(actor, "actor");
    requireNonNull(id, "id");
    return engine.write(
        op -> {
          Resource resource = Load.resource(op, id);
          Program program = Load.program(op, resource.programId());
          Access.requireAdmin(actor, program, "remove resource " + id);
          requireNotArchived(program);
          op.tx.resources().delete(resource);
          op.publish(new ResourceRemoved(id, program.id(), op.now));
          return resource;
        });
  }

  private void checkDraft(ResourceDraft draft) {
    InputCheck.Violations v = engine.input.validate(draft, "");
    ResourceRules.checkDraft(draft, v);
    v.throwIfAny();
  }

  private static void requireNotArchived(Program program) {
    if (program.status() == ProgramStatus.ARCHIVED) {
      InputCheck.Violations v = new InputCheck.Violations();
      v.add("programId", "NotArchived", "the program is ARCHIVED", program.id());
      v.throwIfAny();
    }
  }

  @Override
  public Resource get(Actor actor, ResourceId id) {
    requireNonNull(actor, "actor");
    requireNonNull(id, "id");
    return engine.write(
        op -> {
          Resource resource = Load.resource(op, id);
          Program program = Load.program(op, resource.programId());
          EnrollmentRole role = viewerRole(op, actor, program, "read resource " + id);
          if (role != null && !resource.isFor(role)) {
            throw new AccessDeniedException(
                actor, "read resource " + id + ": it is for " + resource.audience());
          }
          return resource;
        });
  }

  @Override
  public List<Resource> forProgram(Actor actor, ProgramId programId) {
    requireNonNull(actor, "actor");
    requireNonNull(programId, "programId");
    return engine.write(
        op -> {
          Program program = Load.program(op, programId);
          EnrollmentRole role =
              viewerRole(op, actor, program, "list the resources of program " + programId);
          return op.tx.resources().findByProgram(programId).stream()
              .filter(r -> role == null || r.isFor(role))
              .toList();
        });
  }

  @Override
  public List<ResourceSuggestion> suggest(
      Actor actor, ProgramId programId, Set<String> topics, int limit) {
    requireNonNull(actor, "actor");
    requireNonNull(programId, "programId");
    List<String> given = List.copyOf(topics);
    checkLimit(limit);
    return engine.write(
        op -> {
          Program program = Load.program(op, programId);
          EnrollmentRole role = viewerRole(op, actor, program, "read resource suggestions");
          return suggest(op, program, role, given, limit);
        });
  }

  @Override
  public List<ResourceSuggestion> suggestForPair(Actor actor, PairId pairId, int limit) {
    requireNonNull(actor, "actor");
    requireNonNull(pairId, "pairId");
    checkLimit(limit);
    return engine.write(
        op -> {
          Pair pair = Load.pair(op, pairId);
          Program program = Load.program(op, pair.programId());
          EnrollmentRole role = side(actor, pair);
          if (role == null && !Access.isAdmin(actor, program)) {
            throw new AccessDeniedException(actor, "read resource suggestions for pair " + pairId);
          }
          Profile mentee = Load.enrollment(op, program.id(), pair.menteeId()).profile();
          List<String> topics = new ArrayList<>(mentee.topics());
          mentee.skillsSought().stream().map(Skill::name).forEach(topics::add);
          return suggest(op, program, role, topics, limit);
        });
  }

  @Override
  public List<ResourceSuggestion> suggestForGoal(Actor actor, GoalId goalId, int limit) {
    requireNonNull(actor, "actor");
    requireNonNull(goalId, "goalId");
    checkLimit(limit);
    return engine.write(
        op -> {
          Goal goal = Load.goal(op, goalId);
          Pair pair = Load.pair(op, goal.pairId());
          Program program = Load.program(op, goal.programId());
          if (!Access.mayRead(actor, goal, pair, program)) {
            throw new AccessDeniedException(actor, "read resource suggestions for goal " + goalId);
          }
          EnrollmentRole role = side(actor, pair);
          List<String> topics = List.of(goal.title(), goal.measure(), goal.description());
          return suggest(op, program, role, topics, limit);
        });
  }

  /** The actor's side of the pair, or null for anyone who is not its mentor or mentee. */
  private static @Nullable EnrollmentRole side(Actor actor, Pair pair) {
    ParticipantId member = Access.member(actor, pair);
    if (member == null) {
      return null;
    }
    return pair.mentorId().equals(member) ? EnrollmentRole.MENTOR : EnrollmentRole.MENTEE;
  }

  private static List<ResourceSuggestion> suggest(
      Op op, Program program, @Nullable EnrollmentRole role, List<String> topics, int limit) {
    return ResourceRules.suggest(
        op.tx.resources().findByProgram(program.id()),
        r -> (role == null || r.isFor(role)) && r.isSuggestedIn(program.status()),
        topics,
        limit);
  }

  private static void checkLimit(int limit) {
    if (limit < 1 || limit > MAX_SUGGESTIONS) {
      InputCheck.Violations v = new InputCheck.Violations();
      v.add("limit", "Range", "must be between 1 and " + MAX_SUGGESTIONS, limit);
      v.throwIfAny();
    }
  }

  /**
   * The role whose resources an actor sees: null (every audience) for an administrator or the
   * system, the enrollment's role for a participant with an approved enrollment.
   *
   * @throws AccessDeniedException for anyone else
   */
  private static @Nullable EnrollmentRole viewerRole(
      Op op, Actor actor, Program program, String action) {
    if (Access.isAdmin(actor, program)) {
      return null;
    }
    ParticipantId person = requireNonNull(Access.person(actor), "a non-admin is a participant");
    Enrollment enrollment = op.tx.enrollments().find(program.id(), person).orElse(null);
    if (enrollment == null || enrollment.status() != EnrollmentStatus.APPROVED) {
      throw new AccessDeniedException(
          actor, action + ": no approved enrollment in program " + program.id());
    }
    return enrollment.role();
  }
}
