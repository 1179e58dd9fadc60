package dev.mentoring.core.internal;

import dev.mentoring.core.ParticipantId;
import dev.mentoring.core.enrollment.Enrollment;
import dev.mentoring.core.feedback.Survey;
import dev.mentoring.core.feedback.SurveyId;
import dev.mentoring.core.feedback.SurveyResponse;
import dev.mentoring.core.feedback.SurveyStatus;
import dev.mentoring.core.goal.Goal;
import dev.mentoring.core.goal.GoalStatus;
import dev.mentoring.core.goal.Milestone;
import dev.mentoring.core.meeting.Meeting;
import dev.mentoring.core.meeting.MeetingStatus;
import dev.mentoring.core.notification.GoalDue;
import dev.mentoring.core.notification.InactivityEscalation;
import dev.mentoring.core.notification.InactivityNudge;
import dev.mentoring.core.notification.MeetingFollowUp;
import dev.mentoring.core.notification.MeetingReminder;
import dev.mentoring.core.notification.MilestoneDue;
import dev.mentoring.core.notification.Notification;
import dev.mentoring.core.notification.SurveyInvitation;
import dev.mentoring.core.notification.SurveyReminder;
import dev.mentoring.core.pairing.Pair;
import dev.mentoring.core.pairing.PairId;
import dev.mentoring.core.pairing.PairStatus;
import dev.mentoring.core.program.EnrollmentRole;
import dev.mentoring.core.program.Program;
import dev.mentoring.core.program.ReminderPolicy;
import dev.mentoring.core.program.Schedule;
import dev.mentoring.core.spi.SentReminder;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The reminders about what pairs do once they run: meetings, silence, goals and surveys. Reads each
 * repository of a program at most once per call and checks every candidate against the reminder log
 * in bulk, so its cost grows with the program's data, not with the number of queries. The rules and
 * the key scheme are documented on {@link dev.mentoring.core.ReminderService}.
 */
final class ActivityReminders {
  /** Dates (target dates, due dates, schedules) are days in UTC, as everywhere in the engine. */
  private static final ZoneOffset DAYS = ZoneOffset.UTC;

  /**
   * How long after a meeting, beyond the survey reminder period, its AFTER_MEETING invitation stays
   * due. Bounds the candidates of a long-open survey to recent meetings.
   */
  private static final Duration AFTER_MEETING_GRACE = Duration.ofDays(14);

  private ActivityReminders() {}

  /** The rule of a reminder policy that spans components. */
  static void checkPolicy(ReminderPolicy policy, InputCheck.Violations v) {
    if (policy.inactivityEscalationAfter().compareTo(policy.inactivityNudgeAfter()) <= 0) {
      v.add(
          "reminderPolicy.inactivityEscalationAfter",
          "DurationOrder",
          "must be longer than reminderPolicy.inactivityNudgeAfter ("
              + policy.inactivityNudgeAfter()
              + ")",
          policy.inactivityEscalationAfter());
    }
  }

  /** A survey invitation that is due, kept to decide on its reminder once the log was read. */
  private record Invitation(
      String key, Survey survey, Pair pair, @Nullable String subjectKey, ParticipantId recipient) {}

  /** What identifies a response: respondent, survey, pair and subject. */
  private record Answered(
      SurveyId surveyId,
      ParticipantId respondentId,
      @Nullable PairId pairId,
      @Nullable String subjectKey) {}

  /** What a program's held meetings say about one pair. */
  private static final class Held {
    int count;
    @Nullable Instant lastStart;
  }

  /**
   * Collects the due reminders of one program, hands out those not handed out before and appends
   * them to {@code out}.
   *
   * @param pairs the program's pairs, ordered by proposal time
   */
  static void collect(
      Op op, Program program, List<Pair> pairs, Instant at, List<Notification> out) {
    ReminderPolicy policy = program.spec().reminderPolicy();
    Map<PairId, Pair> byId = new HashMap<>();
    boolean running = false;
    for (Pair p : pairs) {
      byId.put(p.id(), p);
      running |= isRunning(p);
    }
    List<Survey> open = new ArrayList<>();
    boolean meetingSurveys = false;
    for (Survey s : op.tx.surveys().findByProgram(program.id())) {
      if (s.status() == SurveyStatus.OPEN) {
        open.add(s);
        meetingSurveys |= s.checkpoint().requiresPair();
      }
    }
    List<Meeting> meetings =
        running || meetingSurveys ? op.tx.meetings().findByProgram(program.id()) : List.of();
    Map<PairId, Held> held = new HashMap<>();
    for (Meeting m : meetings) {
      if (m.status() == MeetingStatus.HELD) {
        Held h = held.computeIfAbsent(m.pairId(), id -> new Held());
        h.count++;
        if (h.lastStart == null || m.start().isAfter(h.lastStart)) {
          h.lastStart = m.start();
        }
      }
    }

    ReminderBatch batch = new ReminderBatch();
    if (running) {
      meetings(program, policy, byId, meetings, at, batch);
      inactivity(program, policy, pairs, held, at, batch);
      goals(program, policy, byId, op.tx.goals().findByProgram(program.id()), at, batch);
    }
    List<Invitation> invitations =
        open.isEmpty()
            ? List.of()
            : invitations(op, program, open, pairs, byId, meetings, held, policy, at, batch);
    Map<String, SentReminder> before = batch.handOut(op, at, out);

    // Survey reminders go out once the invitation was handed out long enough ago.
    ReminderBatch reminders = new ReminderBatch();
    for (Invitation inv : invitations) {
      SentReminder sent = before.get(inv.key());
      if (sent == null || at.isBefore(sent.sentAt().plus(policy.surveyReminderAfter()))) {
        continue;
      }
      reminders.offer(
          key("survey-reminder", inv.survey().id(), inv.pair().id(), subject(inv), inv.recipient()),
          inv.recipient(),
          () ->
              new SurveyReminder(
                  inv.recipient(),
                  program.id(),
                  inv.survey().id(),
                  inv.survey().checkpoint(),
                  inv.pair().id(),
                  inv.subjectKey(),
                  sent.sentAt(),
                  at));
    }
    reminders.handOut(op, at, out);
  }

  /** Whether a pair runs: ACTIVE or PAUSED. */
  private static boolean isRunning(Pair pair) {
    return pair.status() == PairStatus.ACTIVE || pair.status() == PairStatus.PAUSED;
  }

  /** A reminder's key: its kind and the parts that identify it, separated by colons. */
  private static String key(String kind, Object... parts) {
    StringBuilder b = new StringBuilder(kind);
    for (Object part : parts) {
      b.append(':').append(part);
    }
    return b.toString();
  }

  /** The pair's two sides, mentor first, without pseudonyms of erased people. */
  private static List<ParticipantId> sides(Pair pair) {
    List<ParticipantId> sides = new ArrayList<>(2);
    for (ParticipantId side : List.of(pair.mentorId(), pair.menteeId())) {
      if (!DefaultPrivacyService.isPseudonym(side)) {
        sides.add(side);
      }
    }
    return sides;
  }

  // ------------------------------------------------------------------------ meetings

  /** Meeting reminders and follow-ups, by meeting (start, then id), mentor before mentee. */
  private static void meetings(
      Program program,
      ReminderPolicy policy,
      Map<PairId, Pair> pairs,
      List<Meeting> meetings,
      Instant at,
      ReminderBatch batch) {
    for (Meeting m : meetings) {
      Pair pair = pairs.get(m.pairId());
      if (m.status() != MeetingStatus.SCHEDULED || pair == null || !isRunning(pair)) {
        continue;
      }
      if (at.isBefore(m.start()) && !at.isBefore(m.start().minus(policy.meetingReminderBefore()))) {
        for (ParticipantId side : sides(pair)) {
          batch.offer(
              key("meeting-reminder", m.id(), m.start(), side),
              side,
              () -> new MeetingReminder(side, program.id(), pair.id(), m.id(), m.start(), at));
        }
      } else if (!at.isBefore(m.end().plus(policy.logFollowUpAfter()))) {
        for (ParticipantId side : sides(pair)) {
          batch.offer(
              key("meeting-follow-up", m.id(), m.start(), side),
              side,
              () ->
                  new MeetingFollowUp(
                      side, program.id(), pair.id(), m.id(), m.start(), m.end(), at));
        }
      }
    }
  }

  // ---------------------------------------------------------------------- inactivity

  /**
   * Inactivity nudges and escalations, by pair (proposal order): the nudge to mentor and mentee,
   * then the escalation to the administrators in id order.
   */
  private static void inactivity(
      Program program,
      ReminderPolicy policy,
      List<Pair> pairs,
      Map<PairId, Held> held,
      Instant at,
      ReminderBatch batch) {
    List<ParticipantId> admins =
        program.admins().stream()
            .filter(a -> !DefaultPrivacyService.isPseudonym(a))
            .sorted()
            .toList();
    for (Pair pair : pairs) {
      Instant started = pair.startedAt();
      if (pair.status() != PairStatus.ACTIVE || started == null) {
        continue;
      }
      Held h = held.get(pair.id());
      Instant since =
          h == null || h.lastStart == null || h.lastStart.isBefore(started) ? started : h.lastStart;
      if (!at.isBefore(since.plus(policy.inactivityNudgeAfter()))) {
        for (ParticipantId side : sides(pair)) {
          batch.offer(
              key("inactivity-nudge", pair.id(), since, side),
              side,
              () -> new InactivityNudge(side, program.id(), pair.id(), since, at));
        }
      }
      if (!at.isBefore(since.plus(policy.inactivityEscalationAfter()))) {
        for (ParticipantId admin : admins) {
          batch.offer(
              key("inactivity-escalation", pair.id(), since, admin),
              admin,
              () -> new InactivityEscalation(admin, program.id(), pair.id(), since, at));
        }
      }
    }
  }

  // --------------------------------------------------------------------------- goals

  /**
   * Goal and milestone reminders, by goal (creation order): the goal's own, then its open
   * milestones' in list order.
   */
  private static void goals(
      Program program,
      ReminderPolicy policy,
      Map<PairId, Pair> pairs,
      List<Goal> goals,
      Instant at,
      ReminderBatch batch) {
    for (Goal g : goals) {
      Pair pair = pairs.get(g.pairId());
      ParticipantId owner = g.ownerId();
      if (g.status() != GoalStatus.ACTIVE
          || pair == null
          || !isRunning(pair)
          || DefaultPrivacyService.isPseudonym(owner)) {
        continue;
      }
      if (warned(g.targetDate(), policy, at)) {
        batch.offer(
            key("goal-due", g.id(), g.targetDate(), owner),
            owner,
            () -> new GoalDue(owner, program.id(), pair.id(), g.id(), g.targetDate(), at));
      }
      for (Milestone m : g.milestones()) {
        if (!m.isCompleted() && warned(m.dueDate(), policy, at)) {
          // The title goes last: it is unique within the goal and may hold colons.
          batch.offer(
              key("milestone-due", g.id(), m.dueDate(), owner, m.title()),
              owner,
              () ->
                  new MilestoneDue(
                      owner, program.id(), pair.id(), g.id(), m.title(), m.dueDate(), at));
        }
      }
    }
  }

  /** Whether the warning period before a day (from its start, UTC) has begun. */
  private static boolean warned(LocalDate day, ReminderPolicy policy, Instant at) {
    return !at.isBefore(day.atStartOfDay(DAYS).toInstant().minus(policy.goalDueWarning()));
  }

  // ------------------------------------------------------------------------- surveys

  /**
   * Offers the due survey invitations, by survey (creation order), then as each checkpoint lists
   * its pairs (by meeting for AFTER_MEETING, by pair otherwise), mentor before mentee; returns them
   * all, handed out before or not, for their reminders.
   */
  private static List<Invitation> invitations(
      Op op,
      Program program,
      List<Survey> open,
      List<Pair> pairs,
      Map<PairId, Pair> byId,
      List<Meeting> meetings,
      Map<PairId, Held> held,
      ReminderPolicy policy,
      Instant at,
      ReminderBatch batch) {
    Map<ParticipantId, Enrollment> enrolled = new HashMap<>();
    for (Enrollment e : op.tx.enrollments().findByProgram(program.id())) {
      enrolled.put(e.participantId(), e);
    }
    Set<Answered> answered = new HashSet<>();
    for (SurveyResponse r : op.tx.surveyResponses().findByProgram(program.id())) {
      answered.add(new Answered(r.surveyId(), r.respondentId(), r.pairId(), r.subjectKey()));
    }
    Schedule schedule = program.spec().schedule();
    Instant midpoint = midpoint(schedule);
    Instant end = end(schedule);

    List<Invitation> due = new ArrayList<>();
    for (Survey survey : open) {
      Instant opened = survey.openedAt();
      if (opened == null) {
        continue; // an OPEN survey always has one
      }
      switch (survey.checkpoint()) {
        case AFTER_MEETING -> {
          Duration recent = policy.surveyReminderAfter().plus(AFTER_MEETING_GRACE);
          for (Meeting m : meetings) {
            Pair pair = byId.get(m.pairId());
            // Held since the survey opened, and recent: ended, or recorded, not too long ago.
            Instant heldAt = m.end().isAfter(m.createdAt()) ? m.end() : m.createdAt();
            if (pair != null
                && m.status() == MeetingStatus.HELD
                && !heldAt.isBefore(opened)
                && at.isBefore(heldAt.plus(recent))) {
              invite(survey, pair, m.id().value(), enrolled, answered, due);
            }
          }
        }
        case EARLY_FIT_CHECK -> {
          for (Pair pair : pairs) {
            Held h = held.get(pair.id());
            if (isRunning(pair) && h != null && h.count >= policy.fitCheckAfterMeetings()) {
              invite(survey, pair, null, enrolled, answered, due);
            }
          }
        }
        case MIDPOINT -> {
          for (Pair pair : pairs) {
            if (midpoint != null && !at.isBefore(midpoint) && isRunning(pair)) {
              invite(survey, pair, null, enrolled, answered, due);
            }
          }
        }
        case FINAL -> {
          for (Pair pair : pairs) {
            boolean ended = end != null && !at.isBefore(end) && isRunning(pair);
            if (pair.status() == PairStatus.COMPLETED || ended) {
              invite(survey, pair, null, enrolled, answered, due);
            }
          }
        }
        case EXIT -> {
          for (Pair pair : pairs) {
            if (pair.status() == PairStatus.ENDED_EARLY) {
              invite(survey, pair, null, enrolled, answered, due);
            }
          }
        }
      }
    }
    for (Invitation inv : due) {
      batch.offer(
          inv.key(),
          inv.recipient(),
          () ->
              new SurveyInvitation(
                  inv.recipient(),
                  program.id(),
                  inv.survey().id(),
                  inv.survey().checkpoint(),
                  inv.pair().id(),
                  inv.subjectKey(),
                  at));
    }
    return due;
  }

  /**
   * Adds the invitations of a pair's sides to a survey: each side the survey's audience includes,
   * whose enrollment the survey asks (approved, or withdrawn for EXIT), and who has not responded.
   */
  private static void invite(
      Survey survey,
      Pair pair,
      @Nullable String subjectKey,
      Map<ParticipantId, Enrollment> enrolled,
      Set<Answered> answered,
      List<Invitation> due) {
    for (ParticipantId side : sides(pair)) {
      EnrollmentRole role =
          side.equals(pair.mentorId()) ? EnrollmentRole.MENTOR : EnrollmentRole.MENTEE;
      Enrollment enrollment = enrolled.get(side);
      if (!survey.audience().includes(role)
          || enrollment == null
          || !DefaultSurveyService.asks(survey, enrollment)
          || responded(survey, side, pair.id(), subjectKey, answered)) {
        continue;
      }
      String key =
          key(
              "survey-invitation",
              survey.id(),
              pair.id(),
              subjectKey == null ? "-" : subjectKey,
              side);
      due.add(new Invitation(key, survey, pair, subjectKey, side));
    }
  }

  /**
   * Whether a participant responded to a survey about a pair and subject; at a checkpoint whose
   * responses need not name a pair, a response about the program as a whole counts too.
   */
  private static boolean responded(
      Survey survey,
      ParticipantId person,
      PairId pairId,
      @Nullable String subjectKey,
      Set<Answered> answered) {
    return answered.contains(new Answered(survey.id(), person, pairId, subjectKey))
        || (!survey.checkpoint().requiresPair()
            && answered.contains(new Answered(survey.id(), person, null, null)));
  }

  private static String subject(Invitation inv) {
    return inv.subjectKey() == null ? "-" : inv.subjectKey();
  }

  /** The middle of a schedule: halfway from its first day's start to its last day's end (UTC). */
  private static @Nullable Instant midpoint(Schedule schedule) {
    LocalDate first = schedule.start();
    Instant end = end(schedule);
    if (first == null || end == null) {
      return null;
    }
    Instant start = first.atStartOfDay(DAYS).toInstant();
    return start.plus(Duration.between(start, end).dividedBy(2));
  }

  /** The end of a schedule: the end of its last day (UTC), or null if it is open-ended. */
  private static @Nullable Instant end(Schedule schedule) {
    LocalDate last = schedule.end();
    return last == null ? null : last.plusDays(1).atStartOfDay(DAYS).toInstant();
  }
}
