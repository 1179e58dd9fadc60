package dev.mentoring.core.testing;

import static dev.mentoring.core.testing.StoreData.day;

import dev.mentoring.core.Mentoring;
import dev.mentoring.core.ParticipantId;
import dev.mentoring.core.enrollment.Answer;
import dev.mentoring.core.enrollment.Enrollment;
import dev.mentoring.core.enrollment.EnrollmentStatus;
import dev.mentoring.core.enrollment.Profile;
import dev.mentoring.core.feedback.Survey;
import dev.mentoring.core.feedback.SurveyCheckpoint;
import dev.mentoring.core.feedback.SurveyDraft;
import dev.mentoring.core.feedback.SurveyQuestion;
import dev.mentoring.core.feedback.SurveyResponse;
import dev.mentoring.core.goal.CheckIn;
import dev.mentoring.core.goal.Goal;
import dev.mentoring.core.goal.GoalStatus;
import dev.mentoring.core.goal.Milestone;
import dev.mentoring.core.goal.ProgressMode;
import dev.mentoring.core.meeting.Meeting;
import dev.mentoring.core.meeting.MeetingStatus;
import dev.mentoring.core.memory.InMemoryMentoringStore;
import dev.mentoring.core.pairing.Pair;
import dev.mentoring.core.pairing.PairStatus;
import dev.mentoring.core.program.EnrollmentRole;
import dev.mentoring.core.program.HealthPolicy;
import dev.mentoring.core.program.MeetingCadence;
import dev.mentoring.core.program.Program;
import dev.mentoring.core.program.ProgramSpec;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * A program with random, seeded data written through the storage SPI: enrollments in every status
 * with departments, pairs in every status, meetings, goals, an NPS survey (sometimes anonymous), a
 * fit survey and responses, all dated within the first 160 days after {@link StoreData#T0}. The
 * records as written are kept, so that tests can count what a report should show without the
 * report's code.
 */
public final class RandomProgram {
  public static final List<String> DEPARTMENTS = java.util.Arrays.asList("IT", "Sales", "HR", null);

  public final InMemoryMentoringStore store = new InMemoryMentoringStore();
  public final Mentoring mentoring = Mentoring.builder().store(store).build();
  public final Program program;
  public final List<Enrollment> enrollments = new ArrayList<>();
  public final List<Pair> pairs = new ArrayList<>();
  public final List<Meeting> meetings = new ArrayList<>();
  public final List<Goal> goals = new ArrayList<>();
  public final Survey npsSurvey;
  public final Survey fitSurvey;
  public final List<SurveyResponse> responses = new ArrayList<>();

  private final StoreData data = new StoreData(store);
  private final Random rnd;
  private int people;

  private RandomProgram(long seed, int size) {
    this.rnd = new Random(seed);
    HealthPolicy policy =
        rnd.nextBoolean()
            ? HealthPolicy.defaults()
            : HealthPolicy.defaults().withMeetingGaps(days(10), days(20)).withLowRating(3);
    program =
        data.program(
            ProgramSpec.builder("Random")
                .cadence(MeetingCadence.everyDays(rnd.nextBoolean() ? 7 : 14))
                .healthPolicy(policy)
                .build());
    List<Enrollment> mentors = new ArrayList<>();
    List<Enrollment> mentees = new ArrayList<>();
    for (int i = 0; i < size; i++) {
      boolean mentor = i % 3 == 0;
      Enrollment e =
          enroll(mentor ? EnrollmentRole.MENTOR : EnrollmentRole.MENTEE, day(rnd.nextInt(20)));
      (mentor ? mentors : mentees).add(e);
    }
    for (Enrollment mentee : mentees) {
      if (mentors.isEmpty() || rnd.nextInt(10) < 3) {
        continue;
      }
      int count = rnd.nextInt(10) == 0 ? 2 : 1;
      for (int k = 0; k < count; k++) {
        Enrollment mentor = mentors.get(rnd.nextInt(mentors.size()));
        Instant proposed =
            later(mentee.appliedAt(), mentor.appliedAt()).plus(hours(rnd.nextInt(240)));
        pair(mentor.participantId().value(), mentee.participantId().value(), proposed);
      }
    }
    npsSurvey =
        data.survey(
            program.id(),
            SurveyDraft.builder("Pulse", SurveyCheckpoint.MIDPOINT)
                .question(SurveyQuestion.nps("nps", "Recommend?"))
                .anonymous(rnd.nextBoolean())
                .build(),
            day(rnd.nextInt(40)),
            rnd.nextBoolean() ? day(100 + rnd.nextInt(60)) : null);
    fitSurvey =
        data.survey(
            program.id(),
            SurveyDraft.builder("Fit", SurveyCheckpoint.EARLY_FIT_CHECK)
                .question(SurveyQuestion.fit("fit", "Good fit?"))
                .build(),
            day(rnd.nextInt(20)));
    for (Enrollment e : enrollments) {
      if (rnd.nextInt(3) > 0) {
        Instant at = npsSurvey.openedAt().plus(hours(rnd.nextInt(2400)));
        responses.add(
            data.respond(
                npsSurvey,
                e.participantId().value(),
                null,
                null,
                at,
                Map.of("nps", Answer.number(rnd.nextInt(11)))));
      }
    }
    for (Pair p : pairs) {
      if (p.acceptedAt() != null && rnd.nextBoolean()) {
        String side = rnd.nextBoolean() ? p.menteeId().value() : p.mentorId().value();
        Instant at = later(p.acceptedAt(), fitSurvey.openedAt()).plus(hours(rnd.nextInt(1000)));
        responses.add(
            data.respond(
                fitSurvey,
                side,
                p.id(),
                null,
                at,
                Map.of("fit", Answer.number(1 + rnd.nextInt(5)))));
      }
    }
  }

  /** A random program of about {@code size} people, the same for the same seed. */
  public static RandomProgram generate(long seed, int size) {
    return new RandomProgram(seed, size);
  }

  private static Duration days(long n) {
    return Duration.ofDays(n);
  }

  private static Duration hours(long n) {
    return Duration.ofHours(n);
  }

  private static Instant later(Instant a, Instant b) {
    return a.isAfter(b) ? a : b;
  }

  private Enrollment enroll(EnrollmentRole role, Instant appliedAt) {
    EnrollmentStatus[] statuses = {
      EnrollmentStatus.APPROVED,
      EnrollmentStatus.APPROVED,
      EnrollmentStatus.APPROVED,
      EnrollmentStatus.APPLIED,
      EnrollmentStatus.WAITLISTED,
      EnrollmentStatus.REJECTED,
      EnrollmentStatus.WITHDRAWN
    };
    Profile profile =
        Profile.builder()
            .department(DEPARTMENTS.get(rnd.nextInt(DEPARTMENTS.size())))
            .seniority(rnd.nextInt(5))
            .build();
    Enrollment e =
        data.enroll(
            program.id(),
            "person-" + ++people,
            role,
            statuses[rnd.nextInt(statuses.length)],
            role == EnrollmentRole.MENTOR ? 1 + rnd.nextInt(3) : 0,
            profile,
            appliedAt);
    enrollments.add(e);
    return e;
  }

  private Pair pair(String mentor, String mentee, Instant proposed) {
    PairStatus[] statuses = PairStatus.values();
    PairStatus status =
        rnd.nextBoolean() ? PairStatus.ACTIVE : statuses[rnd.nextInt(statuses.length)];
    Pair p =
        data.pair(
            program.id(),
            mentor,
            mentee,
            status,
            proposed,
            proposed.plus(days(3 + rnd.nextInt(100))));
    pairs.add(p);
    Instant started = p.startedAt();
    if (started == null) {
      return p;
    }
    Instant end = p.endedAt() == null ? day(160) : p.endedAt();
    int n = rnd.nextInt(12);
    for (int i = 0; i < n; i++) {
      long span = Math.max(1, Duration.between(started, end).toHours());
      Instant start = started.plus(hours(rnd.nextInt((int) Math.min(span, 4000))));
      MeetingStatus[] ms = {
        MeetingStatus.HELD, MeetingStatus.HELD, MeetingStatus.HELD,
        MeetingStatus.CANCELLED, MeetingStatus.NO_SHOW, MeetingStatus.SCHEDULED
      };
      MeetingStatus s = ms[rnd.nextInt(ms.length)];
      Map<ParticipantId, Integer> ratings = new HashMap<>();
      if (s == MeetingStatus.HELD) {
        if (rnd.nextBoolean()) {
          ratings.put(p.mentorId(), 1 + rnd.nextInt(5));
        }
        if (rnd.nextBoolean()) {
          ratings.put(p.menteeId(), 1 + rnd.nextInt(5));
        }
      }
      meetings.add(data.meeting(p, start, s, start.minus(hours(rnd.nextInt(200))), ratings));
    }
    int g = rnd.nextInt(3);
    for (int i = 0; i < g; i++) {
      goals.add(goal(p, started.plus(hours(rnd.nextInt(500)))));
    }
    return p;
  }

  private Goal goal(Pair p, Instant created) {
    GoalStatus[] statuses = GoalStatus.values();
    GoalStatus status = statuses[rnd.nextInt(statuses.length)];
    LocalDate target = LocalDate.ofInstant(created, ZoneOffset.UTC).plusDays(10 + rnd.nextInt(120));
    Instant closed = created.plus(hours(1 + rnd.nextInt(1500)));
    if (rnd.nextBoolean()) {
      List<CheckIn> checkIns = new ArrayList<>();
      int progress = 0;
      Instant t = created;
      for (int i = rnd.nextInt(4); i > 0; i--) {
        t = t.plus(hours(1 + rnd.nextInt(300)));
        progress = Math.min(100, progress + rnd.nextInt(40));
        checkIns.add(new CheckIn(t, p.menteeId(), "note", progress));
      }
      return data.goal(
          p, status, ProgressMode.MANUAL, progress, List.of(), checkIns, target, created, closed);
    }
    List<Milestone> milestones = new ArrayList<>();
    int n = 1 + rnd.nextInt(3);
    for (int i = 0; i < n; i++) {
      Instant done = rnd.nextBoolean() ? created.plus(hours(1 + rnd.nextInt(1000))) : null;
      milestones.add(new Milestone("m" + i, target, done));
    }
    return data.goal(
        p,
        status,
        ProgressMode.MILESTONES,
        Goal.milestoneProgress(milestones),
        milestones,
        List.of(),
        target,
        created,
        closed);
  }

  /**
   * Adds data dated after {@code at} only: enrollments, pairs, meetings, goals and responses
   * created later, check-ins and completed milestones, goals closed and active pairs completed
   * later. None of it may change what is computed as of {@code at}.
   */
  public void addAfter(Instant at, long seed) {
    Random r = new Random(seed);
    Instant t = at.plusSeconds(1 + r.nextInt(100_000));
    Enrollment newcomer = enroll(EnrollmentRole.MENTEE, t);
    Set<ParticipantId> answered = new HashSet<>();
    responses.stream()
        .filter(x -> x.surveyId().equals(npsSurvey.id()))
        .forEach(x -> answered.add(x.respondentId()));
    if (!answered.contains(newcomer.participantId())) {
      responses.add(
          data.respond(
              npsSurvey,
              newcomer.participantId().value(),
              null,
              null,
              t,
              Map.of("nps", Answer.number(r.nextInt(11)))));
    }
    if (!enrollments.isEmpty()) {
      Enrollment any = enrollments.get(r.nextInt(enrollments.size()));
      pairs.add(
          data.pair(
              program.id(),
              any.participantId().value(),
              "late-" + r.nextInt(1000),
              PairStatus.ACTIVE,
              t,
              t.plus(days(5))));
    }
    for (Pair p : List.copyOf(pairs)) {
      if (p.startedAt() == null || r.nextBoolean()) {
        continue;
      }
      Instant later = at.plusSeconds(1 + r.nextInt(1_000_000));
      Map<ParticipantId, Integer> ratings = Map.of(p.menteeId(), 1 + r.nextInt(5));
      meetings.add(data.meeting(p, later, MeetingStatus.HELD, later, ratings));
      meetings.add(data.meeting(p, later.plus(days(3)), MeetingStatus.SCHEDULED, later, Map.of()));
      if (r.nextInt(4) == 0) {
        goals.add(data.activeGoal(p, later));
      }
      if (p.status() == PairStatus.ACTIVE && r.nextInt(5) == 0) {
        store.inTransaction(
            tx -> tx.pairs().update(tx.pairs().find(p.id()).orElseThrow().complete(later)));
      }
    }
    for (Goal g : List.copyOf(goals)) {
      if (!g.status().isOpen() || r.nextBoolean()) {
        continue;
      }
      Instant later = at.plusSeconds(1 + r.nextInt(1_000_000));
      store.inTransaction(
          tx -> {
            Goal stored = tx.goals().find(g.id()).orElseThrow();
            Goal changed =
                switch (r.nextInt(3)) {
                  case 0 ->
                      stored.progressMode() == ProgressMode.MANUAL
                          ? stored.checkIn(g.ownerId(), "later", r.nextInt(101), later)
                          : stored.checkIn(g.ownerId(), "later", null, later);
                  case 1 ->
                      stored.milestones().isEmpty()
                          ? stored.checkIn(g.ownerId(), "later", null, later)
                          : stored.completeMilestone(0, later);
                  default -> stored.status() == GoalStatus.ACTIVE ? stored.achieve(later) : stored;
                };
            return changed.equals(stored) ? stored : tx.goals().update(changed);
          });
    }
  }

  /** The day {@code n} days after {@link StoreData#T0}, plus some seconds. */
  public static Instant instant(int day, int seconds) {
    return day(day).plusSeconds(seconds);
  }
}
