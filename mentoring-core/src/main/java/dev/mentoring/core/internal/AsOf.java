package dev.mentoring.core.internal;

import dev.mentoring.core.goal.CheckIn;
import dev.mentoring.core.goal.Goal;
import dev.mentoring.core.goal.GoalStatus;
import dev.mentoring.core.goal.Milestone;
import dev.mentoring.core.goal.ProgressMode;
import dev.mentoring.core.pairing.Pair;
import dev.mentoring.core.pairing.PairStatus;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * Aggregates as they were at an instant, rebuilt from their dates. States that carry no date (a
 * goal's activation, a progress set by hand, pauses before the current one) are read as they are
 * stored.
 */
final class AsOf {
  private AsOf() {}

  static boolean by(@Nullable Instant instant, Instant at) {
    return instant != null && !instant.isAfter(at);
  }

  static Instant latest(Instant a, Instant b) {
    return a.isAfter(b) ? a : b;
  }

  /**
   * A pair's status at {@code at}, or null if it was not yet proposed: its terminal status once it
   * ended, PROPOSED before acceptance, ACCEPTED before its start, PAUSED from the current pause's
   * start, and ACTIVE otherwise in between. Earlier pauses that ended are not recorded: the pair
   * counts as ACTIVE through them.
   */
  static @Nullable PairStatus pairStatus(Pair pair, Instant at) {
    if (pair.proposedAt().isAfter(at)) {
      return null;
    }
    if (by(pair.endedAt(), at)) {
      return pair.status();
    }
    if (!by(pair.acceptedAt(), at)) {
      return PairStatus.PROPOSED;
    }
    if (!by(pair.startedAt(), at)) {
      return PairStatus.ACCEPTED;
    }
    // A pause counts from when it began; one recorded without a date counts from the start.
    return pair.status() == PairStatus.PAUSED
            && (pair.pausedAt() == null || by(pair.pausedAt(), at))
        ? PairStatus.PAUSED
        : PairStatus.ACTIVE;
  }

  /** Whether a goal created by {@code at} was closed by then. */
  static boolean closed(Goal goal, Instant at) {
    return by(goal.closedAt(), at);
  }

  /**
   * Whether a goal created by {@code at} was being worked on then: agreed on (not a DRAFT now) and
   * not closed by then. A goal closed later counts as it was: open.
   */
  static boolean active(Goal goal, Instant at) {
    return !closed(goal, at) && goal.status() != GoalStatus.DRAFT;
  }

  /**
   * A goal's progress at {@code at}: the stored one once it closed; otherwise from the milestones
   * completed by then, or (set by hand) the stored one unless a check-in or the closing came later,
   * in which case the progress of the last check-in by then, 0 before any.
   */
  static int goalProgress(Goal goal, Instant at) {
    if (closed(goal, at)) {
      return goal.progress();
    }
    if (goal.progressMode() == ProgressMode.MILESTONES) {
      if (goal.milestones().isEmpty()) {
        return 0;
      }
      int completed = 0;
      for (Milestone m : goal.milestones()) {
        if (by(m.completedAt(), at)) {
          completed++;
        }
      }
      return completed * 100 / goal.milestones().size();
    }
    boolean changedLater = goal.closedAt() != null;
    int progress = 0;
    for (CheckIn c : goal.checkIns()) {
      if (c.at().isAfter(at)) {
        changedLater = true;
      } else {
        progress = c.progress();
      }
    }
    return changedLater ? progress : goal.progress();
  }

  /** A goal's last dated step by {@code at}: its creation, a check-in or a completed milestone. */
  static Instant lastGoalStep(Goal goal, Instant at) {
    Instant last = goal.createdAt();
    for (CheckIn c : goal.checkIns()) {
      if (!c.at().isAfter(at)) {
        last = latest(last, c.at());
      }
    }
    for (Milestone m : goal.milestones()) {
      Instant done = m.completedAt();
      if (done != null && !done.isAfter(at)) {
        last = latest(last, done);
      }
    }
    return last;
  }
}
