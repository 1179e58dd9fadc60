package dev.mentoring.core.internal;

import dev.mentoring.core.goal.Goal;
import dev.mentoring.core.goal.GoalDraft;
import dev.mentoring.core.goal.Milestone;
import dev.mentoring.core.goal.MilestoneDraft;
import dev.mentoring.core.goal.ProgressMode;
import dev.mentoring.core.meeting.Meeting;
import dev.mentoring.core.pairing.Pair;
import dev.mentoring.core.pairing.PairStatus;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The rules of goal and meeting input that the Jakarta constraints cannot express: dates against
 * the engine's clock and each other, texts passed as plain arguments, and the pair's state.
 */
final class ActivityInput {
  /** The longest check-in note, abandon reason or cancellation reason. */
  static final int MAX_NOTE = InputCheck.MAX_NOTE;

  /** The longest shared notes or private note of a meeting. */
  static final int MAX_MEETING_NOTES = 20_000;

  /** The most check-ins a goal holds. */
  static final int MAX_CHECK_INS = 500;

  private ActivityInput() {}

  // ------------------------------------------------------------------------ goals

  /**
   * Checks a goal draft: its constraints, then its dates against today (UTC) and each other, its
   * milestone titles and its progress mode. When revising, a date the revision leaves unchanged may
   * lie in the past.
   *
   * @param current the goal being revised, or null for a new goal
   */
  static InputCheck.Violations checkDraft(
      InputCheck input, GoalDraft draft, @Nullable Goal current, Instant now) {
    InputCheck.Violations v = input.validate(draft, "");
    LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
    String notBefore = "must not be before today, " + today + " (UTC)";
    if (draft.targetDate().isBefore(today)
        && (current == null || !draft.targetDate().equals(current.targetDate()))) {
      v.add("targetDate", "FutureOrPresent", notBefore, draft.targetDate());
    }
    Set<String> titles = new HashSet<>();
    List<MilestoneDraft> milestones = draft.milestones();
    for (int i = 0; i < milestones.size(); i++) {
      MilestoneDraft m = milestones.get(i);
      String path = "milestones[" + i + "]";
      if (m.dueDate().isBefore(today) && !unchanged(m, current)) {
        v.add(path + ".dueDate", "FutureOrPresent", notBefore, m.dueDate());
      }
      if (m.dueDate().isAfter(draft.targetDate())) {
        v.add(path + ".dueDate", "DateOrder", "must not be after targetDate", m.dueDate());
      }
      if (!titles.add(m.title())) {
        v.add(path + ".title", "Unique", "another milestone has this title", m.title());
      }
    }
    if (draft.progressMode() == ProgressMode.MILESTONES && milestones.isEmpty()) {
      v.add("milestones", "NotEmpty", "progress mode MILESTONES needs at least one milestone");
    }
    return v;
  }

  /** Whether a revised goal already has a milestone with this title and due date. */
  private static boolean unchanged(MilestoneDraft m, @Nullable Goal current) {
    if (current == null) {
      return false;
    }
    for (Milestone old : current.milestones()) {
      if (old.title().equals(m.title()) && old.dueDate().equals(m.dueDate())) {
        return true;
      }
    }
    return false;
  }

  /** Checks a manual progress value and that the goal takes one. */
  static void checkProgress(Goal goal, int progress, InputCheck.Violations v) {
    checkRange("progress", progress, 0, 100, v);
    if (goal.progressMode() != ProgressMode.MANUAL) {
      v.add(
          "progress",
          "ProgressMode",
          "the goal's progress follows its milestones and cannot be set by hand",
          progress);
    }
  }

  /** Checks a milestone index against the goal. */
  static void checkIndex(Goal goal, int index, InputCheck.Violations v) {
    int size = goal.milestones().size();
    if (index < 0 || index >= size) {
      v.add(
          "index",
          "Range",
          size == 0
              ? "the goal has no milestones"
              : "must be between 0 and " + (size - 1) + " (the goal has " + size + " milestones)",
          index);
    }
  }

  /** Checks that the goal has room for another check-in. */
  static void checkRoomForCheckIn(Goal goal, InputCheck.Violations v) {
    if (goal.checkIns().size() >= MAX_CHECK_INS) {
      v.add("checkIns", "Size", "a goal holds at most " + MAX_CHECK_INS + " check-ins");
    }
  }

  /** Checks that a pair may take a new goal: it is accepted, active or paused. */
  static void checkGoalPair(Pair pair, InputCheck.Violations v) {
    if (!pair.status().isCommitted()) {
      v.add(
          "pairId",
          "PairStatus",
          "must be ACCEPTED, ACTIVE or PAUSED (is " + pair.status() + ")",
          pair.id());
    }
  }

  // --------------------------------------------------------------------- meetings

  /** Checks that a pair may plan meetings: it is active. */
  static void checkMeetingPair(Pair pair, InputCheck.Violations v) {
    if (pair.status() != PairStatus.ACTIVE) {
      v.add("pairId", "PairStatus", "must be ACTIVE (is " + pair.status() + ")", pair.id());
    }
  }

  /** Checks that a start lies in the future. */
  static void checkFuture(Instant start, Instant now, InputCheck.Violations v) {
    if (!start.isAfter(now)) {
      v.add("start", "Future", "must be in the future (after " + now + ")", start);
    }
  }

  /**
   * Checks a meeting recorded after the fact: it has ended by now and lies within the pair's life.
   */
  static void checkLogged(
      Pair pair, Instant start, Instant end, Instant now, InputCheck.Violations v) {
    if (end.isAfter(now)) {
      v.add(
          "start",
          "Ended",
          "the meeting must have ended by now (" + now + "); it ends at " + end,
          start);
    }
    Instant started = pair.startedAt();
    if (started == null) {
      v.add(
          "pairId", "PairStatus", "the pair has not started (is " + pair.status() + ")", pair.id());
      return;
    }
    if (start.isBefore(started)) {
      v.add("start", "DuringPair", "must not be before the pair started, at " + started, start);
    }
    Instant ended = pair.endedAt();
    if (ended != null && !start.isBefore(ended)) {
      v.add("start", "DuringPair", "must be before the pair ended, at " + ended, start);
    }
  }

  /** Checks that a meeting has started, so that it can be marked held or missed. */
  static void checkStarted(Meeting meeting, Instant now, InputCheck.Violations v) {
    if (now.isBefore(meeting.start())) {
      v.add(
          "start",
          "Started",
          "the meeting starts at " + meeting.start() + " and cannot be marked before then",
          meeting.start());
    }
  }

  // ------------------------------------------------------------------------ texts

  /** Checks a text passed as an argument: at most {@code max} characters, not blank if required. */
  static void checkText(
      String path, @Nullable String text, int max, boolean required, InputCheck.Violations v) {
    if (text == null) {
      return;
    }
    if (required && text.isBlank()) {
      v.add(path, "NotBlank", "must not be blank");
    }
    if (text.length() > max) {
      v.add(path, "Size", "must be at most " + max + " characters", text.length());
    }
  }

  /** Checks a number passed as an argument. */
  static void checkRange(String path, int value, int min, int max, InputCheck.Violations v) {
    if (value < min) {
      v.add(path, "Min", "must be at least " + min, value);
    }
    if (value > max) {
      v.add(path, "Max", "must be at most " + max, value);
    }
  }
}
