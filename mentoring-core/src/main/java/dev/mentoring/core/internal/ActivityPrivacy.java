package dev.mentoring.core.internal;

import dev.mentoring.core.ParticipantId;
import dev.mentoring.core.goal.Goal;
import dev.mentoring.core.meeting.Meeting;
import dev.mentoring.core.pairing.Pair;
import java.util.ArrayList;
import java.util.List;

/** Export and erasure of the goals and meetings of a person's pairs. */
final class ActivityPrivacy {
  private ActivityPrivacy() {}

  /** The goals of every pair the person belongs to, in pair order, then creation order. */
  static List<Goal> goals(Op op, ParticipantId person) {
    List<Goal> goals = new ArrayList<>();
    for (Pair pair : op.tx.pairs().findByParticipant(person)) {
      goals.addAll(op.tx.goals().findByPair(pair.id()));
    }
    return goals;
  }

  /** The meetings of every pair the person belongs to, as the person sees them. */
  static List<Meeting> meetings(Op op, ParticipantId person) {
    List<Meeting> meetings = new ArrayList<>();
    for (Pair pair : op.tx.pairs().findByParticipant(person)) {
      for (Meeting m : op.tx.meetings().findByPair(pair.id())) {
        meetings.add(m.visibleTo(person));
      }
    }
    return meetings;
  }

  /** How many goals and meetings an erasure changed. */
  record Erased(int goals, int meetings) {}

  /**
   * Replaces a person by a pseudonym in the goals and meetings of their pairs. Runs after the pairs
   * themselves were pseudonymised, so the pairs are found under the pseudonym.
   */
  static Erased erase(Op op, ParticipantId person, ParticipantId pseudonym) {
    int goals = 0;
    int meetings = 0;
    for (Pair pair : op.tx.pairs().findByParticipant(pseudonym)) {
      for (Goal g : op.tx.goals().findByPair(pair.id())) {
        Goal erased = g.erase(person, pseudonym, op.now);
        if (!erased.equals(g)) {
          op.tx.goals().update(erased);
          goals++;
        }
      }
      for (Meeting m : op.tx.meetings().findByPair(pair.id())) {
        op.tx.meetings().update(m.erase(person, pseudonym, op.now));
        meetings++;
      }
    }
    return new Erased(goals, meetings);
  }
}
