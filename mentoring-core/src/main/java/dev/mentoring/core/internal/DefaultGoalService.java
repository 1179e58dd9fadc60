package dev.mentoring.core.internal;

import static java.util.Objects.requireNonNull;

import dev.mentoring.core.AccessDeniedException;
import dev.mentoring.core.Actor;
import dev.mentoring.core.GoalService;
import dev.mentoring.core.ParticipantId;
import dev.mentoring.core.event.GoalCreated;
import dev.mentoring.core.event.GoalStatusChanged;
import dev.mentoring.core.event.GoalUpdated;
import dev.mentoring.core.goal.Goal;
import dev.mentoring.core.goal.GoalDraft;
import dev.mentoring.core.goal.GoalId;
import dev.mentoring.core.goal.GoalVisibility;
import dev.mentoring.core.pairing.Pair;
import dev.mentoring.core.pairing.PairId;
import dev.mentoring.core.program.Program;
import dev.mentoring.core.program.ProgramId;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Goals of pairs and their lifecycle. */
public final class DefaultGoalService implements GoalService {
  private final Engine engine;

  /**
   * Creates the service.
   *
   * @param engine the shared engine
   */
  public DefaultGoalService(Engine engine) {
    this.engine = engine;
  }

  @Override
  public Goal create(Actor actor, PairId pairId, GoalDraft draft) {
    requireNonNull(actor, "actor");
    requireNonNull(pairId, "pairId");
    requireNonNull(draft, "draft");
    return engine.write(
        op -> {
          Pair pair = Load.pair(op, pairId);
          String action = "create a goal for pair " + pairId;
          ParticipantId author = Access.requireMember(actor, pair, action);
          requireOwnerToShare(
              actor, author, pair.menteeId(), GoalVisibility.PAIR, draft.visibility(), action);
          InputCheck.Violations v = ActivityInput.checkDraft(engine.input, draft, null, op.now);
          ActivityInput.checkGoalPair(pair, v);
          v.throwIfAny();
          Goal stored =
              op.tx
                  .goals()
                  .insert(
                      Goal.draft(
                          GoalId.random(),
                          pair.programId(),
                          pairId,
                          pair.menteeId(),
                          draft,
                          op.now));
          op.publish(
              new GoalCreated(stored.id(), stored.programId(), pairId, stored.ownerId(), op.now));
          return stored;
        });
  }

  /** Only the owner may choose a visibility other than the current one. */
  private static void requireOwnerToShare(
      Actor actor,
      ParticipantId author,
      ParticipantId owner,
      GoalVisibility current,
      GoalVisibility requested,
      String action) {
    if (requested != current && !author.equals(owner)) {
      throw new AccessDeniedException(
          actor, action + " with visibility " + requested + ": only the goal's owner can");
    }
  }

  @Override
  public Goal revise(Actor actor, GoalId id, GoalDraft draft) {
    requireNonNull(draft, "draft");
    return change(
        actor,
        id,
        "revise",
        (op, goal, member) -> {
          InputCheck.Violations v = ActivityInput.checkDraft(engine.input, draft, goal, op.now);
          v.throwIfAny();
          return goal.revise(draft, op.now);
        },
        draft.visibility());
  }

  @Override
  public Goal activate(Actor actor, GoalId id) {
    return change(actor, id, "activate", (op, goal, member) -> goal.activate(op.now), null);
  }

  @Override
  public Goal completeMilestone(Actor actor, GoalId id, int index) {
    return change(
        actor,
        id,
        "complete a milestone of",
        (op, goal, member) -> {
          InputCheck.Violations v = new InputCheck.Violations();
          ActivityInput.checkIndex(goal, index, v);
          v.throwIfAny();
          return goal.completeMilestone(index, op.now);
        },
        null);
  }

  @Override
  public Goal reopenMilestone(Actor actor, GoalId id, int index) {
    return change(
        actor,
        id,
        "reopen a milestone of",
        (op, goal, member) -> {
          InputCheck.Violations v = new InputCheck.Violations();
          ActivityInput.checkIndex(goal, index, v);
          v.throwIfAny();
          return goal.reopenMilestone(index, op.now);
        },
        null);
  }

  @Override
  public Goal updateProgress(Actor actor, GoalId id, int progress) {
    return change(
        actor,
        id,
        "update the progress of",
        (op, goal, member) -> {
          InputCheck.Violations v = new InputCheck.Violations();
          ActivityInput.checkProgress(goal, progress, v);
          v.throwIfAny();
          return goal.withProgress(progress, op.now);
        },
        null);
  }

  @Override
  public Goal checkIn(Actor actor, GoalId id, String note, @Nullable Integer progress) {
    requireNonNull(note, "note");
    return change(
        actor,
        id,
        "check in on",
        (op, goal, member) -> {
          InputCheck.Violations v = new InputCheck.Violations();
          ActivityInput.checkText("note", note, ActivityInput.MAX_NOTE, true, v);
          if (progress != null) {
            ActivityInput.checkProgress(goal, progress, v);
          }
          ActivityInput.checkRoomForCheckIn(goal, v);
          v.throwIfAny();
          return goal.checkIn(member, note, progress, op.now);
        },
        null);
  }

  @Override
  public Goal achieve(Actor actor, GoalId id) {
    return change(actor, id, "achieve", (op, goal, member) -> goal.achieve(op.now), null);
  }

  @Override
  public Goal abandon(Actor actor, GoalId id, @Nullable String reason) {
    return change(
        actor,
        id,
        "abandon",
        (op, goal, member) -> {
          InputCheck.Violations v = new InputCheck.Violations();
          ActivityInput.checkText("reason", reason, ActivityInput.MAX_NOTE, false, v);
          v.throwIfAny();
          return goal.abandon(reason, op.now);
        },
        null);
  }

  @Override
  public Goal share(Actor actor, GoalId id, GoalVisibility visibility) {
    requireNonNull(visibility, "visibility");
    requireNonNull(actor, "actor");
    requireNonNull(id, "id");
    return engine.write(
        op -> {
          Goal goal = Load.goal(op, id);
          Pair pair = Load.pair(op, goal.pairId());
          ParticipantId member = Access.requireMember(actor, pair, "share goal " + id);
          if (!member.equals(goal.ownerId())) {
            throw new AccessDeniedException(actor, "share goal " + id + ": only its owner can");
          }
          return store(op, goal, goal.share(visibility, op.now));
        });
  }

  /** A change of a goal by a member of its pair. */
  @FunctionalInterface
  private interface Change {
    Goal apply(Op op, Goal goal, ParticipantId member);
  }

  /**
   * Runs a change of a goal by a member of its pair and stores it, unless it changed nothing.
   *
   * @param visibility the visibility the change asks for, or null if it keeps the current one
   */
  private Goal change(
      Actor actor, GoalId id, String action, Change verb, @Nullable GoalVisibility visibility) {
    requireNonNull(actor, "actor");
    requireNonNull(id, "id");
    return engine.write(
        op -> {
          Goal goal = Load.goal(op, id);
          Pair pair = Load.pair(op, goal.pairId());
          String what = action + " goal " + id;
          ParticipantId member = Access.requireMember(actor, pair, what);
          if (visibility != null) {
            requireOwnerToShare(actor, member, goal.ownerId(), goal.visibility(), visibility, what);
          }
          return store(op, goal, verb.apply(op, goal, member));
        });
  }

  /** Stores a changed goal and publishes the change; a change that changed nothing is dropped. */
  private static Goal store(Op op, Goal before, Goal after) {
    if (after.equals(before)) {
      return before;
    }
    Goal stored = op.tx.goals().update(after);
    if (before.status() != stored.status()) {
      op.publish(
          new GoalStatusChanged(
              stored.id(),
              stored.programId(),
              stored.pairId(),
              before.status(),
              stored.status(),
              op.now));
    } else {
      op.publish(
          new GoalUpdated(
              stored.id(), stored.programId(), stored.pairId(), stored.progress(), op.now));
    }
    return stored;
  }

  // ------------------------------------------------------------------------ reads

  @Override
  public Goal get(Actor actor, GoalId id) {
    requireNonNull(actor, "actor");
    requireNonNull(id, "id");
    return engine.write(
        op -> {
          Goal goal = Load.goal(op, id);
          Pair pair = Load.pair(op, goal.pairId());
          Program program = Load.program(op, goal.programId());
          if (!Access.mayRead(actor, goal, pair, program)) {
            throw new AccessDeniedException(actor, "read goal " + id);
          }
          return goal;
        });
  }

  @Override
  public List<Goal> forPair(Actor actor, PairId pairId) {
    requireNonNull(actor, "actor");
    requireNonNull(pairId, "pairId");
    return engine.write(
        op -> {
          Pair pair = Load.pair(op, pairId);
          if (Access.member(actor, pair) == null) {
            Program program = Load.program(op, pair.programId());
            Access.requireAdmin(actor, program, "read the goals of pair " + pairId);
          }
          return visible(actor, pair, op.tx.goals().findByPair(pairId));
        });
  }

  @Override
  public List<Goal> forProgram(Actor actor, ProgramId programId) {
    requireNonNull(actor, "actor");
    requireNonNull(programId, "programId");
    return engine.write(
        op -> {
          Program program = Load.program(op, programId);
          Access.requireAdmin(actor, program, "read the goals");
          return visible(actor, null, op.tx.goals().findByProgram(programId));
        });
  }

  /** The goals a reader may see: all for a pair member and the system, shared ones otherwise. */
  private static List<Goal> visible(Actor actor, @Nullable Pair pair, List<Goal> goals) {
    if (actor instanceof Actor.SystemActor
        || (pair != null && Access.member(actor, pair) != null)) {
      return goals;
    }
    return goals.stream().filter(Goal::isSharedWithAdmins).toList();
  }
}
