package dev.mentoring.core;

import static dev.mentoring.core.testing.Fixture.ADMIN;
import static dev.mentoring.core.testing.Fixture.SYSTEM;
import static dev.mentoring.core.testing.Fixture.as;
import static dev.mentoring.core.testing.Fixture.id;
import static dev.mentoring.core.testing.Gens.listsOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import dev.mentoring.core.enrollment.Answer;
import dev.mentoring.core.enrollment.Enrollment;
import dev.mentoring.core.enrollment.EnrollmentStatus;
import dev.mentoring.core.feedback.Survey;
import dev.mentoring.core.feedback.SurveyAudience;
import dev.mentoring.core.feedback.SurveyCheckpoint;
import dev.mentoring.core.feedback.SurveyDraft;
import dev.mentoring.core.feedback.SurveyQuestion;
import dev.mentoring.core.feedback.SurveyResponse;
import dev.mentoring.core.feedback.SurveyStatus;
import dev.mentoring.core.goal.Goal;
import dev.mentoring.core.goal.GoalDraft;
import dev.mentoring.core.goal.GoalStatus;
import dev.mentoring.core.goal.Milestone;
import dev.mentoring.core.meeting.Meeting;
import dev.mentoring.core.meeting.MeetingPlan;
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
import dev.mentoring.core.pairing.ExitReason;
import dev.mentoring.core.pairing.Pair;
import dev.mentoring.core.pairing.PairId;
import dev.mentoring.core.pairing.PairStatus;
import dev.mentoring.core.program.EnrollmentRole;
import dev.mentoring.core.program.Program;
import dev.mentoring.core.program.ProgramId;
import dev.mentoring.core.program.ReminderPolicy;
import dev.mentoring.core.program.Schedule;
import dev.mentoring.core.testing.Fixture;
import dev.mentoring.core.testing.Pairs;
import dev.mentoring.core.testing.StoreSnapshot;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Random sequences of domain changes and {@code due(at)} calls at increasing instants, on a running
 * program with two pairs and an open survey at every checkpoint. Before each call a model written
 * here from the documented rules computes what is due; the call must hand out exactly what is due
 * and was not handed out before. So no reminder is ever handed out twice, and after the last call
 * every reminder due at its instant has been handed out. On failure QuickTheories prints the shrunk
 * scenario and the seed.
 */
class ReminderPropertyTest {
  private static final long SEED = 0x5EED_0004L;
  private static final int EXAMPLES = 150;
  private static final ZoneOffset UTC = ZoneOffset.UTC;
  private static final LocalDate SCHEDULE_START = LocalDate.of(2026, 1, 1);

  /** What a step does; {@code a} and {@code b} pick the pair, meeting, goal, survey or amount. */
  enum Kind {
    ADVANCE,
    DUE,
    SCHEDULE,
    LOG,
    HOLD,
    NO_SHOW,
    CANCEL,
    RESCHEDULE,
    GOAL,
    MILESTONE,
    REVISE_GOAL,
    ACHIEVE,
    RESPOND,
    PAUSE,
    RESUME,
    COMPLETE,
    END_EARLY,
    CLOSE_SURVEY
  }

  record Step(Kind kind, int a, int b) {
    @Override
    public String toString() {
      return kind + "(" + a + "," + b + ")";
    }
  }

  /** The program's settings: periods, schedule length, survey audiences, and the steps. */
  record Scenario(List<Integer> knobs, List<Step> steps) {}

  private static Gen<Kind> kinds() {
    Map<Kind, Integer> weights = new EnumMap<>(Kind.class);
    weights.put(Kind.ADVANCE, 14);
    weights.put(Kind.DUE, 14);
    weights.put(Kind.SCHEDULE, 10);
    weights.put(Kind.LOG, 6);
    weights.put(Kind.HOLD, 8);
    weights.put(Kind.NO_SHOW, 2);
    weights.put(Kind.CANCEL, 2);
    weights.put(Kind.RESCHEDULE, 3);
    weights.put(Kind.GOAL, 4);
    weights.put(Kind.MILESTONE, 3);
    weights.put(Kind.REVISE_GOAL, 2);
    weights.put(Kind.ACHIEVE, 1);
    weights.put(Kind.RESPOND, 6);
    weights.put(Kind.PAUSE, 2);
    weights.put(Kind.RESUME, 2);
    weights.put(Kind.COMPLETE, 1);
    weights.put(Kind.END_EARLY, 1);
    weights.put(Kind.CLOSE_SURVEY, 1);
    List<Kind> weighted = new ArrayList<>();
    for (Kind kind : Kind.values()) {
      weighted.addAll(Collections.nCopies(weights.getOrDefault(kind, 1), kind));
    }
    return Generate.pick(weighted);
  }

  private static Gen<Scenario> scenarios() {
    Gen<Step> steps = kinds().zip(integers().between(0, 9), integers().between(0, 9), Step::new);
    return listsOf(integers().between(0, 999), 9, 9).zip(listsOf(steps, 0, 60), Scenario::new);
  }

  @Test
  void anySequenceOfCalls_handsOutExactlyWhatIsDueAndNothingTwice() {
    Set<String> kindsSeen = ConcurrentHashMap.newKeySet();
    qt().withFixedSeed(SEED)
        .withExamples(EXAMPLES)
        .withShrinkCycles(100)
        .forAll(scenarios())
        .checkAssert(s -> new Run(s, kindsSeen).execute());
    // Guards against a generator that never reaches some kinds.
    assertThat(kindsSeen)
        .contains(
            "MeetingReminder",
            "MeetingFollowUp",
            "InactivityNudge",
            "InactivityEscalation",
            "GoalDue",
            "MilestoneDue",
            "SurveyInvitation",
            "SurveyReminder");
  }

  /** One scenario on a fresh engine. */
  private static final class Run {
    private final Scenario scenario;
    private final Set<String> kindsSeen;
    private final Fixture f = new Fixture();
    private final ProgramId pid;
    private final ReminderPolicy policy;
    private final Schedule schedule;
    private final List<Survey> surveys = new ArrayList<>();

    /** Every reminder handed out so far, by identity, with the instant it was handed out. */
    private final Map<List<Object>, Instant> handed = new HashMap<>();

    Run(Scenario scenario, Set<String> kindsSeen) {
      this.scenario = scenario;
      this.kindsSeen = kindsSeen;
      List<Integer> k = scenario.knobs();
      Duration nudge = Duration.ofDays(2 + k.get(0) % 9);
      this.policy =
          ReminderPolicy.defaults()
              .withMeetingReminderBefore(Duration.ofHours(1 + k.get(1) % 48))
              .withLogFollowUpAfter(Duration.ofHours(k.get(2) % 25))
              .withInactivityNudgeAfter(nudge)
              .withInactivityEscalationAfter(nudge.plusDays(1 + k.get(3) % 10))
              .withGoalDueWarning(Duration.ofDays(1 + k.get(4) % 10))
              .withFitCheckAfterMeetings(1 + k.get(5) % 3)
              .withSurveyReminderAfter(Duration.ofDays(1 + k.get(6) % 5));
      this.schedule = Schedule.between(SCHEDULE_START, SCHEDULE_START.plusDays(10 + k.get(7) % 70));
      String[] pairs = {"mia:ned", "max:ola"};
      this.pid = Pairs.running(f, pairs);
      Program program = f.mentoring.programs().get(ADMIN, pid);
      f.mentoring
          .programs()
          .update(
              ADMIN,
              pid,
              program.spec().toBuilder()
                  .reminderPolicy(policy)
                  .schedule(schedule)
                  .admin(id("zoe"))
                  .build());
      SurveyAudience[] audiences = SurveyAudience.values();
      int bits = k.get(8);
      for (SurveyCheckpoint checkpoint : SurveyCheckpoint.values()) {
        SurveyQuestion q =
            checkpoint == SurveyCheckpoint.EARLY_FIT_CHECK
                ? SurveyQuestion.fit("q", "Good fit?")
                : SurveyQuestion.rating("q", "How is it going?");
        SurveyAudience audience = audiences[bits % audiences.length];
        bits /= audiences.length;
        Survey s =
            f.mentoring
                .surveys()
                .create(
                    ADMIN,
                    pid,
                    SurveyDraft.builder(checkpoint.name(), checkpoint)
                        .question(q)
                        .audience(audience)
                        .build());
        surveys.add(f.mentoring.surveys().open(ADMIN, s.id()));
      }
    }

    void execute() {
      for (Step step : scenario.steps()) {
        if (step.kind() == Kind.DUE) {
          due(f.clock.instant());
        } else {
          try {
            apply(step);
          } catch (MentoringException | IllegalArgumentException e) {
            // Refused changes are part of the game; the store is left as it was.
          }
        }
      }
      Instant last = f.clock.instant().plus(Duration.ofDays(scenario.knobs().get(0) % 30));
      f.clock.set(last);
      due(last);
      assertThat(f.mentoring.reminders().due(SYSTEM, last)).as("a repeated last call").isEmpty();
    }

    /** Calls {@code due} and checks it against the model. */
    private void due(Instant at) {
      Set<List<Object>> expected = new HashSet<>(model(at));
      expected.removeAll(handed.keySet());
      List<Notification> got = f.mentoring.reminders().due(SYSTEM, at);
      List<List<Object>> ids = new ArrayList<>();
      for (Notification n : got) {
        List<Object> identity = identity(n);
        assertThat(handed).as("handed out before: %s", n).doesNotContainKey(identity);
        ids.add(identity);
        handed.put(identity, at);
        kindsSeen.add(n.getClass().getSimpleName());
      }
      assertThat(ids).as("reminders due at %s", at).doesNotHaveDuplicates();
      assertThat(new HashSet<>(ids)).as("reminders due at %s", at).isEqualTo(expected);
    }

    // --------------------------------------------------------------------- domain steps

    private Pair pair(int a) {
      List<Pair> pairs = f.mentoring.pairs().list(SYSTEM, pid);
      return pairs.get(a % pairs.size());
    }

    private Actor side(Pair pair, int b) {
      return Actor.participant((b % 2 == 0 ? pair.mentorId() : pair.menteeId()).value());
    }

    private Meeting meeting(int a) {
      List<Meeting> meetings = f.mentoring.meetings().forProgram(SYSTEM, pid);
      if (meetings.isEmpty()) {
        throw new NotFoundException("meeting", "none yet");
      }
      return meetings.get(a % meetings.size());
    }

    private Goal goal(int a) {
      List<Goal> goals = f.mentoring.goals().forProgram(SYSTEM, pid);
      if (goals.isEmpty()) {
        throw new NotFoundException("goal", "none yet");
      }
      return goals.get(a % goals.size());
    }

    private Actor sideOf(Meeting m, int b) {
      return side(f.mentoring.pairs().get(SYSTEM, m.pairId()), b);
    }

    private void apply(Step step) {
      int a = step.a();
      int b = step.b();
      Instant now = f.clock.instant();
      LocalDate today = LocalDate.ofInstant(now, UTC);
      switch (step.kind()) {
        case ADVANCE -> f.clock.advance(Duration.ofHours(18L * (a + 1) + b));
        case DUE -> throw new AssertionError("handled by the caller");
        case SCHEDULE -> {
          Pair p = pair(a);
          f.mentoring
              .meetings()
              .schedule(side(p, b), p.id(), plan(now.plus(Duration.ofHours(5L * (b + 1)))));
        }
        case LOG -> {
          Pair p = pair(a);
          f.mentoring.meetings().log(side(p, b), p.id(), plan(now.minus(Duration.ofHours(1L + b))));
        }
        case HOLD -> {
          Meeting m = meeting(a);
          f.mentoring.meetings().markHeld(sideOf(m, b), m.id());
        }
        case NO_SHOW -> {
          Meeting m = meeting(a);
          f.mentoring.meetings().markNoShow(sideOf(m, b), m.id());
        }
        case CANCEL -> {
          Meeting m = meeting(a);
          f.mentoring.meetings().cancel(sideOf(m, b), m.id(), null);
        }
        case RESCHEDULE -> {
          Meeting m = meeting(a);
          f.mentoring
              .meetings()
              .reschedule(sideOf(m, b), m.id(), now.plus(Duration.ofHours(3L * (b + 1))));
        }
        case GOAL -> {
          Pair p = pair(a);
          Actor mentee = as(p.menteeId().value());
          GoalDraft draft =
              GoalDraft.builder("Goal " + a + b, "measured", today.plusDays(4L * (b + 1)))
                  .milestone("first", today.plusDays(b))
                  .milestone("second", today.plusDays(2L * b + 1))
                  .build();
          Goal g = f.mentoring.goals().create(mentee, p.id(), draft);
          if (b != 0) {
            f.mentoring.goals().activate(mentee, g.id());
          }
        }
        case MILESTONE -> {
          Goal g = goal(a);
          f.mentoring.goals().completeMilestone(as(g.ownerId().value()), g.id(), b % 2);
        }
        case REVISE_GOAL -> {
          Goal g = goal(a);
          f.mentoring
              .goals()
              .revise(
                  as(g.ownerId().value()),
                  g.id(),
                  GoalDraft.from(g).targetDate(g.targetDate().plusDays(b + 1L)).build());
        }
        case ACHIEVE -> {
          Goal g = goal(a);
          f.mentoring.goals().achieve(as(g.ownerId().value()), g.id());
        }
        case RESPOND -> respond(a, b);
        case PAUSE -> f.mentoring.pairs().pause(ADMIN, pair(a).id());
        case RESUME -> f.mentoring.pairs().resume(ADMIN, pair(a).id());
        case COMPLETE -> f.mentoring.pairs().complete(ADMIN, pair(a).id());
        case END_EARLY ->
            f.mentoring.pairs().endEarly(ADMIN, pair(a).id(), ExitReason.PERSONAL, null);
        case CLOSE_SURVEY ->
            f.mentoring.surveys().close(ADMIN, surveys.get(a % surveys.size()).id());
      }
    }

    /** Responds to a survey about a pair: after a meeting, about one of its meetings. */
    private void respond(int a, int b) {
      Survey s = surveys.get(a % surveys.size());
      Pair p = pair(b / 2);
      String subject = null;
      if (s.checkpoint() == SurveyCheckpoint.AFTER_MEETING) {
        List<Meeting> ms = f.mentoring.meetings().forPair(SYSTEM, p.id());
        subject = ms.isEmpty() ? "none" : ms.get(a % ms.size()).id().value();
      }
      f.mentoring
          .surveys()
          .respond(side(p, b), s.id(), p.id(), subject, Map.of("q", Answer.number(4)));
    }

    private static MeetingPlan plan(Instant start) {
      return MeetingPlan.builder("Meeting", start, UTC).build();
    }

    // --------------------------------------------------------------------------- model

    /** Every reminder due at an instant, from the stored data and the documented rules. */
    private Set<List<Object>> model(Instant at) {
      StoreSnapshot s = f.snapshot();
      Set<List<Object>> due = new LinkedHashSet<>();
      Program program = s.programs().get(0);
      Map<PairId, Pair> pairs = new LinkedHashMap<>();
      s.pairs().forEach(p -> pairs.put(p.id(), p));
      Map<PairId, List<Meeting>> held = new HashMap<>();
      for (Meeting m : s.meetings()) {
        Pair p = pairs.get(m.pairId());
        boolean running = running(p);
        if (m.status() == MeetingStatus.HELD) {
          held.computeIfAbsent(m.pairId(), x -> new ArrayList<>()).add(m);
        }
        if (m.status() != MeetingStatus.SCHEDULED || !running) {
          continue;
        }
        boolean soon =
            !at.isBefore(m.start().minus(policy.meetingReminderBefore())) && at.isBefore(m.start());
        boolean overdue = !at.isBefore(m.end().plus(policy.logFollowUpAfter()));
        for (ParticipantId side : List.of(p.mentorId(), p.menteeId())) {
          if (soon) {
            due.add(List.of("meeting-reminder", side, m.id(), m.start()));
          }
          if (overdue) {
            due.add(List.of("follow-up", side, m.id(), m.start()));
          }
        }
      }
      for (Pair p : pairs.values()) {
        if (p.status() != PairStatus.ACTIVE) {
          continue;
        }
        Instant since = Objects.requireNonNull(p.startedAt());
        for (Meeting m : held.getOrDefault(p.id(), List.of())) {
          if (m.start().isAfter(since)) {
            since = m.start();
          }
        }
        if (!at.isBefore(since.plus(policy.inactivityNudgeAfter()))) {
          due.add(List.of("nudge", p.mentorId(), p.id(), since));
          due.add(List.of("nudge", p.menteeId(), p.id(), since));
        }
        if (!at.isBefore(since.plus(policy.inactivityEscalationAfter()))) {
          for (ParticipantId admin : program.admins()) {
            due.add(List.of("escalation", admin, p.id(), since));
          }
        }
      }
      for (Goal g : s.goals()) {
        if (g.status() != GoalStatus.ACTIVE || !running(pairs.get(g.pairId()))) {
          continue;
        }
        if (warned(g.targetDate(), at)) {
          due.add(List.of("goal", g.ownerId(), g.id(), g.targetDate()));
        }
        for (Milestone m : g.milestones()) {
          if (!m.isCompleted() && warned(m.dueDate(), at)) {
            due.add(List.of("milestone", g.ownerId(), g.id(), m.title(), m.dueDate()));
          }
        }
      }
      surveys(s, at, pairs, held, due);
      return due;
    }

    private void surveys(
        StoreSnapshot s,
        Instant at,
        Map<PairId, Pair> pairs,
        Map<PairId, List<Meeting>> held,
        Set<List<Object>> due) {
      Instant start = SCHEDULE_START.atStartOfDay(UTC).toInstant();
      Instant end =
          Objects.requireNonNull(schedule.end()).plusDays(1).atStartOfDay(UTC).toInstant();
      Instant midpoint = start.plus(Duration.between(start, end).dividedBy(2));
      for (Survey survey : s.surveys()) {
        if (survey.status() != SurveyStatus.OPEN) {
          continue;
        }
        for (Pair p : pairs.values()) {
          List<String> subjects = new ArrayList<>();
          switch (survey.checkpoint()) {
            case AFTER_MEETING -> {
              for (Meeting m : held.getOrDefault(p.id(), List.of())) {
                Instant opened = Objects.requireNonNull(survey.openedAt());
                Instant heldAt = m.end().isAfter(m.createdAt()) ? m.end() : m.createdAt();
                Duration recent = policy.surveyReminderAfter().plusDays(14);
                if (!heldAt.isBefore(opened) && at.isBefore(heldAt.plus(recent))) {
                  subjects.add(m.id().value());
                }
              }
            }
            case EARLY_FIT_CHECK -> {
              if (running(p)
                  && held.getOrDefault(p.id(), List.of()).size()
                      >= policy.fitCheckAfterMeetings()) {
                subjects.add("-");
              }
            }
            case MIDPOINT -> {
              if (running(p) && !at.isBefore(midpoint)) {
                subjects.add("-");
              }
            }
            case FINAL -> {
              if (p.status() == PairStatus.COMPLETED || (running(p) && !at.isBefore(end))) {
                subjects.add("-");
              }
            }
            case EXIT -> {
              if (p.status() == PairStatus.ENDED_EARLY) {
                subjects.add("-");
              }
            }
          }
          for (String subject : subjects) {
            for (ParticipantId side : List.of(p.mentorId(), p.menteeId())) {
              EnrollmentRole role =
                  side.equals(p.mentorId()) ? EnrollmentRole.MENTOR : EnrollmentRole.MENTEE;
              if (!survey.audience().includes(role)
                  || !asked(s, survey, side)
                  || responded(s, survey, side, p.id(), subject)) {
                continue;
              }
              List<Object> invitation = List.of("invitation", side, survey.id(), p.id(), subject);
              due.add(invitation);
              Instant invited = handed.get(invitation);
              if (invited != null && !at.isBefore(invited.plus(policy.surveyReminderAfter()))) {
                due.add(List.of("survey-reminder", side, survey.id(), p.id(), subject));
              }
            }
          }
        }
      }
    }

    private static boolean asked(StoreSnapshot s, Survey survey, ParticipantId person) {
      for (Enrollment e : s.enrollments()) {
        if (e.participantId().equals(person)) {
          boolean current =
              e.status() == EnrollmentStatus.APPROVED
                  || (e.status() == EnrollmentStatus.WITHDRAWN
                      && survey.checkpoint() == SurveyCheckpoint.EXIT);
          return current && survey.audience().includes(e.role());
        }
      }
      return false;
    }

    private static boolean responded(
        StoreSnapshot s, Survey survey, ParticipantId person, PairId pair, String subject) {
      for (SurveyResponse r : s.responses()) {
        if (!r.surveyId().equals(survey.id()) || !r.respondentId().equals(person)) {
          continue;
        }
        boolean same =
            pair.equals(r.pairId()) && subject.equals(Objects.toString(r.subjectKey(), "-"));
        boolean whole = r.pairId() == null && !survey.checkpoint().requiresPair();
        if (same || whole) {
          return true;
        }
      }
      return false;
    }

    private boolean warned(LocalDate day, Instant at) {
      return !at.isBefore(day.atStartOfDay(UTC).toInstant().minus(policy.goalDueWarning()));
    }

    private static boolean running(Pair p) {
      return p.status() == PairStatus.ACTIVE || p.status() == PairStatus.PAUSED;
    }
  }

  /** What makes two notifications the same reminder: everything but when it was handed out. */
  static List<Object> identity(Notification n) {
    if (n instanceof MeetingReminder r) {
      return List.of("meeting-reminder", r.recipient(), r.meetingId(), r.start());
    }
    if (n instanceof MeetingFollowUp r) {
      return List.of("follow-up", r.recipient(), r.meetingId(), r.start());
    }
    if (n instanceof InactivityNudge r) {
      return List.of("nudge", r.recipient(), r.pairId(), r.silentSince());
    }
    if (n instanceof InactivityEscalation r) {
      return List.of("escalation", r.recipient(), r.pairId(), r.silentSince());
    }
    if (n instanceof GoalDue r) {
      return List.of("goal", r.recipient(), r.goalId(), r.targetDate());
    }
    if (n instanceof MilestoneDue r) {
      return List.of("milestone", r.recipient(), r.goalId(), r.milestoneTitle(), r.dueDate());
    }
    if (n instanceof SurveyInvitation r) {
      return List.of(
          "invitation",
          r.recipient(),
          r.surveyId(),
          r.pairId(),
          Objects.toString(r.subjectKey(), "-"));
    }
    if (n instanceof SurveyReminder r) {
      return List.of(
          "survey-reminder",
          r.recipient(),
          r.surveyId(),
          r.pairId(),
          Objects.toString(r.subjectKey(), "-"));
    }
    return List.of(n.getClass().getSimpleName(), n);
  }
}
