package dev.mentoring.core.internal;

import dev.mentoring.core.AccessDeniedException;
import dev.mentoring.core.Actor;
import dev.mentoring.core.ParticipantId;
import dev.mentoring.core.goal.Goal;
import dev.mentoring.core.pairing.Pair;
import dev.mentoring.core.program.Program;
import org.jspecify.annotations.Nullable;

/** The access rules: who may do what. */
final class Access {
  private Access() {}

  /** The person behind an actor, or null for the system. */
  static @Nullable ParticipantId person(Actor actor) {
    return actor instanceof Actor.Participant p ? p.id() : null;
  }

  static boolean isAdmin(Actor actor, Program program) {
    return actor instanceof Actor.Participant p ? program.isAdmin(p.id()) : true;
  }

  static void requireAdmin(Actor actor, Program program, String action) {
    if (!isAdmin(actor, program)) {
      throw new AccessDeniedException(actor, action + " in program " + program.id());
    }
  }

  static void requireSystem(Actor actor, String action) {
    if (!(actor instanceof Actor.SystemActor)) {
      throw new AccessDeniedException(actor, action);
    }
  }

  /** The participant themselves, an administrator of the program or the system. */
  static void requireSelfOrAdmin(
      Actor actor, Program program, ParticipantId participant, String action) {
    if (!participant.equals(person(actor)) && !isAdmin(actor, program)) {
      throw new AccessDeniedException(actor, action);
    }
  }

  /** The participant themselves or the system. */
  static void requireSelfOrSystem(Actor actor, ParticipantId participant, String action) {
    if (!(actor instanceof Actor.SystemActor) && !participant.equals(person(actor))) {
      throw new AccessDeniedException(actor, action);
    }
  }

  // ------------------------------------------------------------ goals and meetings

  /** The pair's mentor or mentee behind an actor, or null for anyone else and the system. */
  static @Nullable ParticipantId member(Actor actor, Pair pair) {
    ParticipantId person = person(actor);
    return person != null && pair.involves(person) ? person : null;
  }

  /** The pair's mentor or mentee behind an actor, or AccessDeniedException for anyone else. */
  static ParticipantId requireMember(Actor actor, Pair pair, String action) {
    ParticipantId member = member(actor, pair);
    if (member == null) {
      throw new AccessDeniedException(actor, action + ": only the pair's mentor and mentee can");
    }
    return member;
  }

  /**
   * Whether an actor may read a goal: the pair's mentor or mentee, the system, or an administrator
   * of its program once the goal is shared with administrators.
   */
  static boolean mayRead(Actor actor, Goal goal, Pair pair, Program program) {
    return member(actor, pair) != null
        || actor instanceof Actor.SystemActor
        || (goal.isSharedWithAdmins() && isAdmin(actor, program));
  }

  // ------------------------------------------------------------ reports

  /** The pair's mentor or mentee, an administrator of its program, or the system. */
  static void requireMemberOrAdmin(Actor actor, Pair pair, Program program, String action) {
    if (member(actor, pair) == null && !isAdmin(actor, program)) {
      throw new AccessDeniedException(
          actor, action + ": only the pair, the program's administrators and the system can");
    }
  }
}
