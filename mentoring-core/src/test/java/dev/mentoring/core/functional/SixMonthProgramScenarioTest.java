package dev.mentoring.core.functional;

import static dev.mentoring.core.testing.Fixture.ADMIN;
import static dev.mentoring.core.testing.Fixture.as;
import static dev.mentoring.core.testing.Fixture.id;
import static org.assertj.core.api.Assertions.assertThat;

import dev.mentoring.core.Actor;
import dev.mentoring.core.Mentoring;
import dev.mentoring.core.enrollment.Answer;
import dev.mentoring.core.enrollment.Application;
import dev.mentoring.core.enrollment.Enrollment;
import dev.mentoring.core.enrollment.EnrollmentStatus;
import dev.mentoring.core.enrollment.Profile;
import dev.mentoring.core.feedback.NetPromoterScore;
import dev.mentoring.core.feedback.Survey;
import dev.mentoring.core.feedback.SurveyAudience;
import dev.mentoring.core.feedback.SurveyCheckpoint;
import dev.mentoring.core.feedback.SurveyDraft;
import dev.mentoring.core.feedback.SurveyQuestion;
import dev.mentoring.core.feedback.SurveyStatus;
import dev.mentoring.core.goal.Goal;
import dev.mentoring.core.goal.GoalDraft;
import dev.mentoring.core.goal.GoalStatus;
import dev.mentoring.core.meeting.Meeting;
import dev.mentoring.core.meeting.MeetingPlan;
import dev.mentoring.core.meeting.MeetingStatus;
import dev.mentoring.core.metrics.HealthStatus;
import dev.mentoring.core.metrics.PairHealth;
import dev.mentoring.core.metrics.ProgramReport;
import dev.mentoring.core.metrics.Ratio;
import dev.mentoring.core.metrics.Segmentation;
import dev.mentoring.core.metrics.SegmentedReport;
import dev.mentoring.core.metrics.SurveyResponseRate;
import dev.mentoring.core.pairing.ExitReason;
import dev.mentoring.core.pairing.Pair;
import dev.mentoring.core.pairing.PairId;
import dev.mentoring.core.pairing.PairStatus;
import dev.mentoring.core.program.EnrollmentRole;
import dev.mentoring.core.program.HealthPolicy;
import dev.mentoring.core.program.MeetingCadence;
import dev.mentoring.core.program.ProgramId;
import dev.mentoring.core.program.ProgramSpec;
import dev.mentoring.core.testing.Fixture;
import dev.mentoring.core.testing.Pairs;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Six months of a program with 300 people, run through the public services on a mutable clock with
 * weekly ticks: applications and decisions, matching, a launch, meetings held, skipped, missed or
 * cancelled at random (seeded), ratings, goals that progress, stall or are abandoned, a fit check
 * followed by a few no-fault exits, pauses, a pulse survey and an anonymous final survey, and some
 * pairs completed at the end.
 *
 * <p>The test keeps its own ledger of everything it did, and checks the program report, the
 * segmented report and every pair's health against figures computed from that ledger, by rules
 * written out here from the documentation rather than by the code under test.
 */
class SixMonthProgramScenarioTest {
  private static final long SEED = 0x6_0D4E_2026L;
  private static final int PEOPLE = 300;
  private static final List<String> DEPARTMENTS =
      List.of("Engineering", "Finance", "People", "Sales");
  private static final Duration DAY = Duration.ofDays(1);
  private static final Duration WEEK = Duration.ofDays(7);
  private static final Duration CADENCE = Duration.ofDays(14);
  private static final int TICKS = 25;

  private final Fixture f = new Fixture();
  private final Mentoring m = f.mentoring;
  private final Random rnd = new Random(SEED);
  private ProgramId pid;

  // ------------------------------------------------------------------------------ the ledger

  /** What the test knows of a person. */
  private static final class Person {
    final String id;
    final EnrollmentRole role;
    final String department;
    final int capacity;
    final Instant appliedAt;
    Enrollment enrollment;
    EnrollmentStatus status;
    Instant matchedAt;

    Person(String id, EnrollmentRole role, String department, int capacity, Instant appliedAt) {
      this.id = id;
      this.role = role;
      this.department = department;
      this.capacity = capacity;
      this.appliedAt = appliedAt;
    }
  }

  /** A meeting as the test made it. */
  private static final class MeetingLedger {
    final Meeting meeting;
    final Instant start;
    final Instant createdAt;
    MeetingStatus status;
    final List<Integer> ratings = new ArrayList<>();

    MeetingLedger(Meeting meeting, Instant createdAt) {
      this.meeting = meeting;
      this.start = meeting.start();
      this.createdAt = createdAt;
      this.status = meeting.status();
    }
  }

  /** A goal as the test made it. */
  private static final class GoalLedger {
    final Goal goal;
    final Instant createdAt;
    final LocalDate target;
    GoalStatus status = GoalStatus.DRAFT;
    int progress;
    final List<Instant> checkIns = new ArrayList<>();
    Instant closedAt;

    GoalLedger(Goal goal, Instant createdAt) {
      this.goal = goal;
      this.createdAt = createdAt;
      this.target = goal.targetDate();
    }
  }

  /** A pair as the test made it. */
  private static final class PairLedger {
    final PairId id;
    final Person mentor;
    final Person mentee;
    final double engagement;
    final Instant acceptedAt;
    Instant startedAt;
    PairStatus status;
    final List<MeetingLedger> meetings = new ArrayList<>();
    final List<GoalLedger> goals = new ArrayList<>();
    final List<Instant> fitAnswerTimes = new ArrayList<>();
    Integer lastFit;

    PairLedger(Pair pair, Person mentor, Person mentee, double engagement) {
      this.id = pair.id();
      this.mentor = mentor;
      this.mentee = mentee;
      this.engagement = engagement;
      this.acceptedAt = pair.acceptedAt();
      this.startedAt = pair.startedAt();
      this.status = pair.status();
    }

    long held() {
      return meetings.stream().filter(x -> x.status == MeetingStatus.HELD).count();
    }

    /** The pair ended: the engine cancels its meetings still to come. */
    void ended(PairStatus end, Instant at) {
      status = end;
      for (MeetingLedger x : meetings) {
        if (x.status == MeetingStatus.SCHEDULED && x.start.isAfter(at)) {
          x.status = MeetingStatus.CANCELLED;
        }
      }
    }
  }

  private final List<Person> people = new ArrayList<>();
  private final Map<String, Person> personById = new HashMap<>();
  private final List<PairLedger> pairs = new ArrayList<>();
  private final List<Integer> npsAnswers = new ArrayList<>();
  private final Map<Survey, Set<String>> respondents = new LinkedHashMap<>();
  private final Map<Survey, Integer> responseCounts = new HashMap<>();

  private Instant now() {
    return f.clock.instant();
  }

  private static Actor actor(Person p) {
    return as(p.id);
  }

  // ------------------------------------------------------------------------------ the run

  @Test
  void sixMonths_reportAndHealthMatchTheLedger() {
    Instant launch = run();

    ProgramReport report = m.reports().report(ADMIN, pid, now());
    checkEnrollments(report);
    checkMatching(report);
    checkPairsMeetingsGoalsRatings(report);
    checkSurveys(report);
    checkHealth(report);
    checkSegments(m.reports().report(ADMIN, pid, now(), Segmentation.department()), report);

    // As of the launch, the pairs matched before it were all running and nothing else had
    // happened: the pairs paused since then were still active.
    ProgramReport atLaunch = m.reports().report(ADMIN, pid, launch);
    List<PairLedger> matchedBefore =
        pairs.stream().filter(p -> !p.acceptedAt.isAfter(launch)).toList();
    long pausedNow = matchedBefore.stream().filter(p -> p.status == PairStatus.PAUSED).count();
    assertThat(pausedNow).isPositive();
    assertThat(atLaunch.pairs(PairStatus.PAUSED)).isZero();
    assertThat(atLaunch.pairs(PairStatus.ACTIVE)).isEqualTo(matchedBefore.size());
    assertThat(atLaunch.totalPairs()).isEqualTo(matchedBefore.size());
    assertThat(atLaunch.meetings(MeetingStatus.HELD)).isZero();
    assertThat(atLaunch.health(HealthStatus.HEALTHY)).isEqualTo(matchedBefore.size());
  }

  /** Runs the six months; returns the launch instant. */
  private Instant run() {
    ProgramSpec spec =
        ProgramSpec.builder("Six months")
            .cadence(MeetingCadence.everyDays(14))
            .matchingPolicy(Pairs.ADMIN_ONLY)
            .healthPolicy(HealthPolicy.defaults())
            .build();
    pid = m.programs().create(ADMIN, spec).id();
    m.programs().openEnrollment(ADMIN, pid);

    // Ten days of applications, each decided as it comes in.
    for (int i = 0; i < PEOPLE; i++) {
      f.clock.advance(Duration.ofMinutes(48));
      boolean mentor = i % 10 < 3;
      String who = (mentor ? "mentor-" : "mentee-") + i;
      String department = DEPARTMENTS.get(rnd.nextInt(DEPARTMENTS.size()));
      int capacity = mentor ? 1 + rnd.nextInt(3) : 0;
      Person p =
          new Person(
              who,
              mentor ? EnrollmentRole.MENTOR : EnrollmentRole.MENTEE,
              department,
              capacity,
              now());
      Application.Builder application =
          Application.builder(id(who), p.role)
              .profile(Profile.builder().department(department).seniority(rnd.nextInt(8)).build());
      if (mentor) {
        application.capacity(capacity);
      }
      p.enrollment = m.enrollments().apply(actor(p), pid, application.build());
      int roll = rnd.nextInt(100);
      if (mentor ? roll < 95 : roll < 85) {
        m.enrollments().approve(ADMIN, p.enrollment.id());
        p.status = EnrollmentStatus.APPROVED;
      } else if (!mentor && roll < 93) {
        m.enrollments().waitlist(ADMIN, p.enrollment.id());
        p.status = EnrollmentStatus.WAITLISTED;
      } else {
        m.enrollments().reject(ADMIN, p.enrollment.id());
        p.status = EnrollmentStatus.REJECTED;
      }
      people.add(p);
      personById.put(who, p);
    }

    // Matching over three days, leaving a few mentees waiting and a few places free.
    f.clock.advance(DAY);
    m.programs().startMatching(ADMIN, pid);
    List<Person> mentees = approved(EnrollmentRole.MENTEE);
    Collections.shuffle(mentees, rnd);
    int places = approved(EnrollmentRole.MENTOR).stream().mapToInt(p -> p.capacity).sum();
    int toMatch = Math.min(mentees.size() - 15, places - 8);
    for (Person mentee : mentees.subList(0, toMatch)) {
      f.clock.advance(Duration.ofMinutes(20));
      match(mentee);
    }
    f.clock.advance(DAY);
    m.programs().launch(ADMIN, pid);
    Instant launch = now();
    for (PairLedger p : pairs) {
      p.status = PairStatus.ACTIVE;
      p.startedAt = launch;
    }

    Survey fit = null;
    Survey pulse = null;
    Survey last = null;
    for (int tick = 1; tick <= TICKS; tick++) {
      f.clock.advance(WEEK);
      if (tick == 2) {
        // Three waiting mentees leave; five waitlisted ones are approved, three of them matched.
        approved(EnrollmentRole.MENTEE).stream()
            .filter(p -> p.matchedAt == null)
            .limit(3)
            .forEach(
                p -> {
                  m.enrollments().withdraw(actor(p), p.enrollment.id());
                  p.status = EnrollmentStatus.WITHDRAWN;
                });
        List<Person> waitlisted =
            people.stream().filter(p -> p.status == EnrollmentStatus.WAITLISTED).limit(5).toList();
        for (Person p : waitlisted) {
          m.enrollments().approve(ADMIN, p.enrollment.id());
          p.status = EnrollmentStatus.APPROVED;
        }
        waitlisted.stream().limit(3).forEach(this::match);
      }
      if (tick == 3) {
        fit =
            openSurvey(
                SurveyDraft.builder("Good fit?", SurveyCheckpoint.EARLY_FIT_CHECK)
                    .question(SurveyQuestion.fit("fit", "Is this a good fit?"))
                    .audience(SurveyAudience.MENTEES)
                    .build());
      }
      if (tick == 12) {
        pulse =
            openSurvey(
                SurveyDraft.builder("Pulse", SurveyCheckpoint.MIDPOINT)
                    .question(SurveyQuestion.nps("nps", "Would you recommend the program?"))
                    .build());
      }
      if (tick == 16) {
        m.surveys().close(ADMIN, pulse.id());
      }
      if (tick == 23) {
        last =
            openSurvey(
                SurveyDraft.builder("Final", SurveyCheckpoint.FINAL)
                    .question(SurveyQuestion.nps("nps", "Would you recommend the program?"))
                    .question(SurveyQuestion.rating("value", "How useful was it?"))
                    .anonymous(true)
                    .build());
      }
      weekOfPairs(tick, fit);
      if (tick >= 12 && tick <= 15) {
        pulseAnswers(pulse, 0.25);
      }
      if (tick >= 23) {
        pulseAnswers(last, 0.3);
      }
    }
    return launch;
  }

  private List<Person> approved(EnrollmentRole role) {
    return new ArrayList<>(
        people.stream()
            .filter(p -> p.role == role && p.status == EnrollmentStatus.APPROVED)
            .toList());
  }

  private void match(Person mentee) {
    Map<Person, Long> used = new HashMap<>();
    for (PairLedger p : pairs) {
      if (p.status.isCommitted()) {
        used.merge(p.mentor, 1L, Long::sum);
      }
    }
    List<Person> free =
        approved(EnrollmentRole.MENTOR).stream()
            .filter(p -> used.getOrDefault(p, 0L) < p.capacity)
            .toList();
    Person mentor = free.get(rnd.nextInt(free.size()));
    Pair pair = m.pairs().propose(ADMIN, pid, id(mentor.id), id(mentee.id));
    double[] levels = {0.9, 0.9, 0.9, 0.9, 0.9, 0.6, 0.6, 0.6, 0.15, 0.15};
    pairs.add(new PairLedger(pair, mentor, mentee, levels[rnd.nextInt(levels.length)]));
    mentee.matchedAt = pair.acceptedAt();
  }

  private Survey openSurvey(SurveyDraft draft) {
    Survey s = m.surveys().create(ADMIN, pid, draft);
    s = m.surveys().open(ADMIN, s.id());
    respondents.put(s, new HashSet<>());
    responseCounts.put(s, 0);
    return s;
  }

  private void respond(Survey s, Person who, PairId pair, Map<String, Answer> answers) {
    m.surveys().respond(actor(who), s.id(), pair, null, answers);
    respondents.get(s).add(who.id);
    responseCounts.merge(s, 1, Integer::sum);
  }

  private void pulseAnswers(Survey s, double chance) {
    for (Person p : people) {
      if (p.status != EnrollmentStatus.APPROVED
          || respondents.get(s).contains(p.id)
          || rnd.nextDouble() >= chance) {
        continue;
      }
      int score = rnd.nextInt(11);
      Map<String, Answer> answers = new HashMap<>();
      answers.put("nps", Answer.number(score));
      if (s.question("value").isPresent()) {
        answers.put("value", Answer.number(1 + rnd.nextInt(5)));
      }
      respond(s, p, null, answers);
      npsAnswers.add(score);
    }
  }

  /** One week of every pair: meetings, ratings, goals, the fit check, exits and pauses. */
  private void weekOfPairs(int tick, Survey fit) {
    for (PairLedger p : pairs) {
      // Resolve last week's scheduled meetings: most held, some missed or called off.
      for (MeetingLedger x : p.meetings) {
        if (x.status == MeetingStatus.SCHEDULED && x.start.isBefore(now())) {
          int roll = rnd.nextInt(4);
          if (roll < 2) {
            m.meetings().markHeld(actor(p.mentor), x.meeting.id());
            x.status = MeetingStatus.HELD;
          } else if (roll == 2) {
            m.meetings().markNoShow(actor(p.mentee), x.meeting.id());
            x.status = MeetingStatus.NO_SHOW;
          } else if (rnd.nextBoolean()) {
            m.meetings().cancel(actor(p.mentee), x.meeting.id(), "busy");
            x.status = MeetingStatus.CANCELLED;
          }
        }
      }
      if (p.status != PairStatus.ACTIVE) {
        continue;
      }
      // A meeting held and logged (or skipped), maybe rated.
      if (!p.startedAt.plus(Duration.ofDays(4)).isAfter(now()) && rnd.nextDouble() < p.engagement) {
        Instant start = now().minus(Duration.ofDays(3)).minus(Duration.ofHours(rnd.nextInt(24)));
        Person organizer = rnd.nextBoolean() ? p.mentor : p.mentee;
        Meeting logged =
            m.meetings()
                .log(
                    actor(organizer),
                    p.id,
                    MeetingPlan.builder("Weekly", start, ZoneOffset.UTC).build());
        MeetingLedger x = new MeetingLedger(logged, now());
        p.meetings.add(x);
        rate(p, x);
      }
      if (rnd.nextInt(10) == 0) {
        Meeting planned =
            m.meetings()
                .schedule(
                    actor(p.mentee),
                    p.id,
                    MeetingPlan.builder("Extra", now().plus(Duration.ofDays(2)), ZoneOffset.UTC)
                        .build());
        p.meetings.add(new MeetingLedger(planned, now()));
      }
      goals(p, tick);
      if (tick == 4 && rnd.nextDouble() < 0.8) {
        int answer = p.engagement < 0.3 ? 1 + rnd.nextInt(2) : 2 + rnd.nextInt(4);
        respond(fit, p.mentee, p.id, Map.of("fit", Answer.number(answer)));
        p.fitAnswerTimes.add(now());
        p.lastFit = answer;
      }
      if (tick == 6 && p.lastFit != null && p.lastFit <= 2 && rnd.nextBoolean()) {
        m.pairs().endEarly(ADMIN, p.id, ExitReason.NOT_A_GOOD_FIT, null);
        p.ended(PairStatus.ENDED_EARLY, now());
      } else if (tick == 9 && rnd.nextInt(25) == 0) {
        m.pairs().endEarly(actor(p.mentee), p.id, ExitReason.SCHEDULE_CONFLICT, null);
        p.ended(PairStatus.ENDED_EARLY, now());
      } else if (tick == 10 && rnd.nextInt(20) == 0) {
        m.pairs().pause(actor(p.mentor), p.id);
        p.status = PairStatus.PAUSED;
      } else if (tick == TICKS && p.held() >= 8 && rnd.nextInt(3) == 0) {
        m.pairs().complete(ADMIN, p.id);
        p.ended(PairStatus.COMPLETED, now());
      }
    }
    if (tick == 14) {
      pairs.stream()
          .filter(p -> p.status == PairStatus.PAUSED)
          .limit(2)
          .forEach(
              p -> {
                m.pairs().resume(actor(p.mentee), p.id);
                p.status = PairStatus.ACTIVE;
              });
    }
  }

  private void rate(PairLedger p, MeetingLedger x) {
    boolean keen = p.engagement >= 0.6;
    if (rnd.nextDouble() < 0.7) {
      int r = keen ? 3 + rnd.nextInt(3) : 1 + rnd.nextInt(2);
      m.meetings().rate(actor(p.mentee), x.meeting.id(), r);
      x.ratings.add(r);
    }
    if (rnd.nextDouble() < 0.3) {
      int r = keen ? 4 + rnd.nextInt(2) : 2 + rnd.nextInt(2);
      m.meetings().rate(actor(p.mentor), x.meeting.id(), r);
      x.ratings.add(r);
    }
  }

  private void goals(PairLedger p, int tick) {
    if (p.goals.isEmpty() && !p.startedAt.plus(WEEK).isAfter(now())) {
      LocalDate target = LocalDate.ofInstant(now(), ZoneOffset.UTC).plusDays(40 + rnd.nextInt(120));
      Goal g =
          m.goals()
              .create(
                  actor(p.mentee), p.id, GoalDraft.builder("Grow", "a measure", target).build());
      GoalLedger ledger = new GoalLedger(g, now());
      p.goals.add(ledger);
      if (rnd.nextInt(10) > 0) {
        m.goals().activate(actor(p.mentee), g.id());
        ledger.status = GoalStatus.ACTIVE;
      }
      return;
    }
    for (GoalLedger g : p.goals) {
      if (g.status != GoalStatus.ACTIVE) {
        continue;
      }
      if (rnd.nextInt(100) == 0) {
        m.goals().abandon(actor(p.mentee), g.goal.id(), null);
        g.status = GoalStatus.ABANDONED;
        g.closedAt = now();
      } else if (rnd.nextDouble() < p.engagement * 0.5) {
        g.progress = Math.min(100, g.progress + 10 + rnd.nextInt(26));
        m.goals().checkIn(actor(p.mentee), g.goal.id(), "week " + tick, g.progress);
        g.checkIns.add(now());
        if (g.progress == 100) {
          m.goals().achieve(actor(p.mentee), g.goal.id());
          g.status = GoalStatus.ACHIEVED;
          g.closedAt = now();
        }
      }
    }
  }

  // ------------------------------------------------------------------------------ the checks

  private void checkEnrollments(ProgramReport r) {
    for (EnrollmentRole role : EnrollmentRole.values()) {
      for (EnrollmentStatus status : EnrollmentStatus.values()) {
        long expected = people.stream().filter(p -> p.role == role && p.status == status).count();
        assertThat(r.enrollments().get(role).get(status))
            .as("%s %s", role, status)
            .isEqualTo((int) expected);
      }
    }
    assertThat(r.totalEnrollments()).isEqualTo(PEOPLE);
  }

  private void checkMatching(ProgramReport r) {
    List<Person> matched = people.stream().filter(p -> p.matchedAt != null).toList();
    long waiting =
        people.stream()
            .filter(
                p ->
                    p.role == EnrollmentRole.MENTEE
                        && p.status == EnrollmentStatus.APPROVED
                        && p.matchedAt == null)
            .count();
    assertThat(r.matchRate()).isEqualTo(Ratio.of(matched.size(), matched.size() + waiting));
    assertThat(waiting).isGreaterThan(5);
    List<Duration> waits = new ArrayList<>();
    matched.forEach(p -> waits.add(Duration.between(p.appliedAt, p.matchedAt)));
    Collections.sort(waits);
    int n = waits.size();
    Duration median =
        n % 2 == 1 ? waits.get(n / 2) : waits.get(n / 2 - 1).plus(waits.get(n / 2)).dividedBy(2);
    assertThat(r.medianTimeToMatch()).isEqualTo(median);

    long offered = 0;
    long used = 0;
    for (Person mentor : approved(EnrollmentRole.MENTOR)) {
      offered += mentor.capacity;
      long committed =
          pairs.stream().filter(p -> p.mentor == mentor && p.status.isCommitted()).count();
      used += Math.min(mentor.capacity, committed);
    }
    assertThat(r.mentorUtilisation()).isEqualTo(Ratio.of(used, offered));
  }

  private void checkPairsMeetingsGoalsRatings(ProgramReport r) {
    Map<PairStatus, Integer> byStatus = new EnumMap<>(PairStatus.class);
    for (PairStatus s : PairStatus.values()) {
      byStatus.put(s, (int) pairs.stream().filter(p -> p.status == s).count());
    }
    assertThat(r.pairs()).isEqualTo(byStatus);
    assertThat(r.pairs(PairStatus.ENDED_EARLY)).isPositive();
    assertThat(r.pairs(PairStatus.COMPLETED)).isPositive();
    assertThat(r.pairs(PairStatus.PAUSED)).isPositive();

    Instant now = now();
    Map<MeetingStatus, Integer> meetings = new EnumMap<>(MeetingStatus.class);
    for (MeetingStatus s : MeetingStatus.values()) {
      meetings.put(s, 0);
    }
    long ratingSum = 0;
    long ratings = 0;
    List<Integer> perPair = new ArrayList<>();
    long due = 0;
    long achieved = 0;
    LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
    for (PairLedger p : pairs) {
      int held = 0;
      for (MeetingLedger x : p.meetings) {
        if (!x.start.isAfter(now)) {
          meetings.merge(x.status, 1, Integer::sum);
          if (x.status == MeetingStatus.HELD) {
            held++;
            ratingSum += x.ratings.stream().mapToInt(Integer::intValue).sum();
            ratings += x.ratings.size();
          }
        }
      }
      perPair.add(held);
      for (GoalLedger g : p.goals) {
        boolean closed = g.closedAt != null;
        if (closed || g.target.isBefore(today)) {
          due++;
        }
        if (g.status == GoalStatus.ACHIEVED) {
          achieved++;
        }
      }
    }
    assertThat(r.meetings()).isEqualTo(meetings);
    assertThat(meetings.get(MeetingStatus.NO_SHOW)).isPositive();
    assertThat(meetings.get(MeetingStatus.CANCELLED)).isPositive();
    assertThat(r.averageRating()).isEqualTo(Ratio.of(ratingSum, ratings));
    long totalHeld = perPair.stream().mapToLong(Integer::longValue).sum();
    assertThat(r.meetingsPerPair()).isEqualTo(Ratio.of(totalHeld, pairs.size()));
    Collections.sort(perPair);
    int n = perPair.size();
    double median =
        n % 2 == 1 ? perPair.get(n / 2) : (perPair.get(n / 2 - 1) + perPair.get(n / 2)) / 2.0;
    assertThat(r.medianMeetingsPerPair()).isEqualTo(median);
    assertThat(r.goalCompletion()).isEqualTo(Ratio.of(achieved, due));
    assertThat(achieved).isPositive();
  }

  private void checkSurveys(ProgramReport r) {
    // Every answer to the pulse counts; the anonymous final survey has well over 3 responses.
    assertThat(r.nps()).isEqualTo(NetPromoterScore.of(npsAnswers.stream().mapToInt(i -> i)));
    List<SurveyResponseRate> rates = r.surveys();
    assertThat(rates).hasSize(respondents.size());
    int i = 0;
    for (Map.Entry<Survey, Set<String>> e : respondents.entrySet()) {
      Survey s = e.getKey();
      SurveyResponseRate rate = rates.get(i++);
      assertThat(rate.surveyId()).isEqualTo(s.id());
      assertThat(rate.anonymous()).isEqualTo(s.anonymous());
      assertThat(rate.status())
          .isEqualTo(
              s.checkpoint() == SurveyCheckpoint.MIDPOINT
                  ? SurveyStatus.CLOSED
                  : SurveyStatus.OPEN);
      Set<String> asked = new HashSet<>();
      for (Person p : people) {
        if (p.status == EnrollmentStatus.APPROVED && s.audience().includes(p.role)) {
          asked.add(p.id);
        }
      }
      asked.addAll(e.getValue());
      assertThat(rate.responses()).isEqualTo(responseCounts.get(s));
      assertThat(rate.responseRate()).isEqualTo(Ratio.of(e.getValue().size(), asked.size()));
    }
  }

  /** Every pair's health, from the documented rules applied to the ledger. */
  private void checkHealth(ProgramReport r) {
    Instant now = now();
    HealthPolicy policy = HealthPolicy.defaults();
    Map<HealthStatus, Integer> counts = new EnumMap<>(HealthStatus.class);
    Map<PairId, PairHealth> actual = new HashMap<>();
    m.reports().health(ADMIN, pid, now).forEach(h -> actual.put(h.pairId(), h));
    for (PairLedger p : pairs) {
      if (p.status != PairStatus.ACTIVE && p.status != PairStatus.PAUSED) {
        assertThat(actual).doesNotContainKey(p.id);
        continue;
      }
      List<MeetingLedger> held =
          p.meetings.stream()
              .filter(x -> x.status == MeetingStatus.HELD && !x.start.isAfter(now))
              .sorted(Comparator.comparing((MeetingLedger x) -> x.start).reversed())
              .toList();
      Instant lastHeld = held.isEmpty() ? null : held.get(0).start;
      Instant activity = p.startedAt;
      for (MeetingLedger x : p.meetings) {
        activity = max(activity, x.createdAt);
        if (x.status == MeetingStatus.HELD && !x.start.isAfter(now)) {
          activity = max(activity, x.start);
        }
      }
      int stalled = 0;
      for (GoalLedger g : p.goals) {
        Instant step = g.createdAt;
        for (Instant c : g.checkIns) {
          step = max(step, c);
        }
        activity = max(activity, step);
        if (g.closedAt != null) {
          activity = max(activity, g.closedAt);
        }
        if (g.status == GoalStatus.ACTIVE
            && Duration.between(step, now).compareTo(policy.goalStalledAfter()) >= 0) {
          stalled++;
        }
      }
      for (Instant t : p.fitAnswerTimes) {
        activity = max(activity, t);
      }
      List<Integer> recent = new ArrayList<>();
      held.stream()
          .filter(x -> !x.ratings.isEmpty())
          .limit(3)
          .forEach(x -> recent.addAll(x.ratings));

      HealthStatus expected = HealthStatus.HEALTHY;
      if (Duration.between(activity, now).compareTo(policy.inactiveAfter()) >= 0) {
        expected = HealthStatus.INACTIVE;
      } else {
        boolean atRisk = p.lastFit != null && p.lastFit <= 2;
        boolean attention = false;
        if (p.status == PairStatus.ACTIVE) {
          Duration gap = Duration.between(lastHeld == null ? p.startedAt : lastHeld, now);
          atRisk |= gap.compareTo(policy.atRiskAfter()) >= 0;
          attention |= gap.compareTo(policy.attentionAfter()) >= 0;
          long expectedMeetings = Duration.between(p.startedAt, now).dividedBy(CADENCE);
          if (expectedMeetings > 0) {
            double share = (double) held.size() / expectedMeetings;
            atRisk |= share < policy.atRiskMeetingRatio();
            attention |= share < policy.attentionMeetingRatio();
          }
          attention |= stalled > 0;
        }
        if (!recent.isEmpty()) {
          double mean = recent.stream().mapToInt(Integer::intValue).average().orElseThrow();
          attention |= mean <= policy.lowRating();
        }
        expected =
            atRisk
                ? HealthStatus.AT_RISK
                : attention ? HealthStatus.NEEDS_ATTENTION : HealthStatus.HEALTHY;
      }
      PairHealth h = actual.get(p.id);
      assertThat(h).as("health of %s", p.id).isNotNull();
      assertThat(h.status()).as("health of %s: %s", p.id, h.reasons()).isEqualTo(expected);
      assertThat(h.meetingsHeld()).isEqualTo(held.size());
      assertThat(h.lastMeetingAt()).isEqualTo(lastHeld);
      assertThat(h.lastActivityAt()).isEqualTo(activity);
      counts.merge(expected, 1, Integer::sum);
    }
    assertThat(actual).hasSize(counts.values().stream().mapToInt(Integer::intValue).sum());
    for (HealthStatus s : HealthStatus.values()) {
      assertThat(r.health(s)).as("%s pairs", s).isEqualTo(counts.getOrDefault(s, 0));
    }
    // The run produces every kind of pair.
    assertThat(counts.keySet())
        .contains(HealthStatus.HEALTHY, HealthStatus.NEEDS_ATTENTION, HealthStatus.AT_RISK);
  }

  private void checkSegments(SegmentedReport s, ProgramReport overall) {
    assertThat(s.overall()).isEqualTo(overall);
    assertThat(s.segments())
        .extracting(SegmentedReport.Segment::value)
        .containsExactlyElementsOf(DEPARTMENTS);
    for (SegmentedReport.Segment segment : s.segments()) {
      ProgramReport r = segment.report();
      List<Person> in = people.stream().filter(p -> p.department.equals(segment.value())).toList();
      assertThat(r.totalEnrollments()).isEqualTo(in.size());
      long pairsIn =
          pairs.stream().filter(p -> p.mentee.department.equals(segment.value())).count();
      assertThat(r.totalPairs()).isEqualTo(pairsIn);
      long held =
          pairs.stream()
              .filter(p -> p.mentee.department.equals(segment.value()))
              .mapToLong(PairLedger::held)
              .sum();
      assertThat(r.meetings(MeetingStatus.HELD)).isEqualTo((int) held);
      // The anonymous final survey is left out of the segments.
      assertThat(r.surveys()).noneMatch(SurveyResponseRate::anonymous);
    }
    assertThat(s.segments().stream().mapToInt(x -> x.report().totalPairs()).sum())
        .isEqualTo(overall.totalPairs());
    assertThat(s.segments().stream().mapToInt(x -> x.report().atRiskPairs()).sum())
        .isEqualTo(overall.atRiskPairs());
  }

  private static Instant max(Instant a, Instant b) {
    return a.isAfter(b) ? a : b;
  }
}
