package dev.mentoring.testkit.generate;

import static dev.mentoring.testkit.generate.Draws.between;
import static dev.mentoring.testkit.generate.Draws.pick;
import static java.util.Objects.requireNonNull;

import dev.mentoring.core.Actor;
import dev.mentoring.core.CapacityExceededException;
import dev.mentoring.core.InvalidInputException;
import dev.mentoring.core.MatchingRun;
import dev.mentoring.core.Mentoring;
import dev.mentoring.core.ParticipantId;
import dev.mentoring.core.enrollment.Answer;
import dev.mentoring.core.enrollment.Application;
import dev.mentoring.core.enrollment.Consent;
import dev.mentoring.core.enrollment.Enrollment;
import dev.mentoring.core.enrollment.EnrollmentStatus;
import dev.mentoring.core.feedback.ResponseId;
import dev.mentoring.core.feedback.Survey;
import dev.mentoring.core.feedback.SurveyAudience;
import dev.mentoring.core.feedback.SurveyCheckpoint;
import dev.mentoring.core.feedback.SurveyDraft;
import dev.mentoring.core.feedback.SurveyId;
import dev.mentoring.core.feedback.SurveyQuestion;
import dev.mentoring.core.feedback.SurveyStatus;
import dev.mentoring.core.goal.Goal;
import dev.mentoring.core.goal.GoalDraft;
import dev.mentoring.core.goal.GoalId;
import dev.mentoring.core.goal.GoalStatus;
import dev.mentoring.core.goal.GoalVisibility;
import dev.mentoring.core.goal.ProgressMode;
import dev.mentoring.core.matching.MatchingProblem;
import dev.mentoring.core.matching.MatchingResult;
import dev.mentoring.core.matching.MatchingStrategy;
import dev.mentoring.core.meeting.Meeting;
import dev.mentoring.core.meeting.MeetingId;
import dev.mentoring.core.meeting.MeetingPlan;
import dev.mentoring.core.meeting.MeetingStatus;
import dev.mentoring.core.meeting.Recurrence;
import dev.mentoring.core.pairing.ExitReason;
import dev.mentoring.core.pairing.Pair;
import dev.mentoring.core.pairing.PairId;
import dev.mentoring.core.pairing.PairStatus;
import dev.mentoring.core.program.ApprovalSide;
import dev.mentoring.core.program.EnrollmentForm;
import dev.mentoring.core.program.EnrollmentRole;
import dev.mentoring.core.program.MatchingMode;
import dev.mentoring.core.program.MatchingPolicy;
import dev.mentoring.core.program.Program;
import dev.mentoring.core.program.ProgramFormat;
import dev.mentoring.core.program.ProgramId;
import dev.mentoring.core.program.ProgramSpec;
import dev.mentoring.core.resource.ResourceId;
import dev.mentoring.testkit.fake.MutableClock;
import dev.mentoring.testkit.internal.SplitMix64;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.random.RandomGenerator;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * Populates an engine with a whole, consistent program by driving its public services, so that
 * whatever {@link dev.mentoring.core.spi.MentoringStore} the engine uses ends up holding what a
 * real program leaves behind.
 *
 * <pre>{@code
 * Mentoring mentoring = Mentoring.builder().store(myStore).clock(MutableClock.at(start)).build();
 * PopulatedProgram populated = ProgramScenarios.populate(mentoring, 42L, 50);
 * assertThat(populated.meetings(MeetingStatus.HELD)).isNotEmpty();
 * }</pre>
 *
 * <p>A scenario runs these phases, each through the engine's services and as the actor a host would
 * use (the administrator, or the mentor or mentee themselves):
 *
 * <ol>
 *   <li>an administrator creates the program (a few enrollment questions, approvals by mentor,
 *       mentee or administrator, one or two mentors per mentee) and opens enrollment;
 *   <li>mentors and mentees apply with valid profiles, answers and consents; the administrator
 *       approves most applications, waitlists, rejects or leaves open some;
 *   <li>matching starts and the engine's strategy proposes pairs; the administrator proposes a few
 *       competing pairs by hand; proposals are accepted by every side asked, declined, retracted or
 *       left open, and accepting a competing proposal expires the other;
 *   <li>the program is launched: accepted pairs become active; the administrator adds a few
 *       resources to the knowledge base (revising one, sometimes removing one); active pairs write
 *       down goals (some agreed on at once) and schedule meetings, the first active pair a weekly
 *       series; then some pairs pause, resume, complete or end early, and a participant may
 *       withdraw, ending their pairs;
 *   <li>a second matching run proposes pairs for the places left; some are accepted at once and
 *       plan goals and meetings too;
 *   <li>the program runs for five weeks: the administrator opens an early fit check for mentees, an
 *       anonymous midpoint survey with a Net Promoter question and a survey after each meeting, and
 *       a part of each audience answers; meetings of pairs that stopped are cancelled; meetings
 *       that have started are held (then rated, annotated with shared and private notes and asked
 *       about) or missed; some meetings are moved or cancelled, a meeting is logged after the fact;
 *       goals get check-ins, completed milestones and progress; at the end the midpoint survey
 *       closes, new meetings are scheduled, and some goals are achieved or abandoned.
 * </ol>
 *
 * <p>Time passes only if the engine's clock is a {@link MutableClock}: the scenario then advances
 * it, a week at a time, by five weeks in all (so it ends five weeks after it began). With a clock
 * it cannot move no meeting ever starts: meetings are scheduled, and some cancelled, but none is
 * held, missed, rated or logged; everything else happens as described.
 *
 * <p>With a fresh store and a clock that stands still (or a {@link MutableClock} that no one else
 * moves), a seed and a size give the same program on every run, up to the ids the engine draws at
 * random (program, pair, goal, meeting, survey, response and resource ids): the same people with
 * the same applications, the same decisions, the same pairs (mentor, mentee, status, exit), and the
 * same goals, meetings, surveys, responses and resources. The pairing phases draw from the seed as
 * they did before goals and meetings existed, so they give the same pairs as then; the activity
 * draws from a stream of its own. The engine derives a matching problem's seed from the random
 * program id, so the three-argument form is deterministic only with a strategy that ignores {@link
 * MatchingProblem#seed()}, as the engine's default does; the four-argument form runs a given
 * strategy with a seed drawn from the scenario's seed. Participants are named {@code mentor-0001},
 * {@code mentee-0001} and so on, and the administrator {@code admin}; populating one engine twice
 * reuses these people in a second program.
 *
 * <p>This class is stateless and thread-safe; a scenario makes its calls one after another on the
 * calling thread.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class ProgramScenarios {

  /** The administrator of every populated program. */
  private static final ParticipantId ADMIN = ParticipantId.of("admin");

  /** The stream of the seed that the activity phases draw from. */
  private static final long ACTIVITY_STREAM = 0x4143_5449_5649_5459L;

  /** How many weeks the program runs after matching. */
  private static final int WEEKS = 5;

  /** The longest check-in note, abandon reason or cancellation reason the engine accepts. */
  private static final int MAX_NOTE = 2_000;

  private ProgramScenarios() {}

  /**
   * Populates an engine with one program, matched by the engine's own strategy.
   *
   * @param mentoring the engine
   * @param seed the seed
   * @param size how many people apply, at least 2 (smaller sizes count as 2): about two in five as
   *     mentors, the rest as mentees
   * @return what was made
   * @throws NullPointerException if {@code mentoring} is null
   * @throws IllegalArgumentException if {@code size} is negative
   */
  public static PopulatedProgram populate(Mentoring mentoring, long seed, int size) {
    requireNonNull(mentoring, "mentoring");
    return new Scenario(mentoring, seed, Draws.checkSize(size), null).run();
  }

  /**
   * Populates an engine with one program, matched by a given strategy that sees a seed drawn from
   * the scenario's seed instead of the engine's.
   *
   * @param mentoring the engine
   * @param seed the seed
   * @param size how many people apply, at least 2 (smaller sizes count as 2)
   * @param strategy the strategy for both matching runs
   * @return what was made
   * @throws NullPointerException if {@code mentoring} or {@code strategy} is null
   * @throws IllegalArgumentException if {@code size} is negative
   */
  public static PopulatedProgram populate(
      Mentoring mentoring, long seed, int size, MatchingStrategy strategy) {
    requireNonNull(mentoring, "mentoring");
    requireNonNull(strategy, "strategy");
    return new Scenario(mentoring, seed, Draws.checkSize(size), strategy).run();
  }

  /** One run of the phases. Not thread-safe. */
  private static final class Scenario {
    private final Mentoring mentoring;
    private final long seed;
    private final RandomGenerator r;
    private final int size;
    private final @Nullable MatchingStrategy strategy;
    private final Actor admin = Actor.participant(ADMIN);

    private final List<ParticipantId> mentors = new ArrayList<>();
    private final List<ParticipantId> mentees = new ArrayList<>();
    private final Map<ParticipantId, Enrollment> enrollments = new HashMap<>();
    private final List<PairId> created = new ArrayList<>();
    private int runs;

    /** The activity's own draws, so that the pairing phases draw as they always did. */
    private final RandomGenerator a;

    private final @Nullable MutableClock clock;
    private final Set<PairId> planned = new HashSet<>();
    private final List<GoalId> goals = new ArrayList<>();
    private final List<MeetingId> meetings = new ArrayList<>();
    private final List<SurveyId> surveys = new ArrayList<>();
    private final List<ResponseId> responses = new ArrayList<>();
    private final List<ResourceId> resources = new ArrayList<>();

    Scenario(Mentoring mentoring, long seed, int size, @Nullable MatchingStrategy strategy) {
      this.mentoring = mentoring;
      this.seed = seed;
      this.r = new SplitMix64(seed);
      this.size = Math.max(2, size);
      this.strategy = strategy;
      this.a = new SplitMix64(SplitMix64.derive(seed, ACTIVITY_STREAM));
      this.clock = mentoring.clock() instanceof MutableClock c ? c : null;
    }

    PopulatedProgram run() {
      ProgramId id = createProgram();
      enroll(id);
      mentoring.programs().startMatching(admin, id);
      List<PairId> firstRun = match(id);
      competingProposals(id, firstRun);
      answer(11, 3, 2);
      mentoring.programs().launch(admin, id);
      knowledgeBase(id);
      planActivity();
      runPairs();
      withdrawSomeone();
      match(id);
      answer(8, 0, 0);
      planActivity();
      runActivity(id);
      return result(id);
    }

    // ---------------------------------------------------------------------------- phases

    private ProgramId createProgram() {
      Set<ApprovalSide> approvals = Draws.subset(r, ApprovalSide.class);
      if (approvals.isEmpty()) {
        // With nothing to approve every proposal would be accepted at once.
        approvals = EnumSet.of(ApprovalSide.MENTOR, ApprovalSide.MENTEE);
      }
      MatchingPolicy policy =
          new MatchingPolicy(
              MatchingMode.AUTOMATIC_WITH_APPROVAL,
              approvals,
              Duration.ofDays(between(r, 3, 14)),
              between(r, 1, 3),
              Draws.rarely(r, 4) ? 2 : 1,
              r.nextBoolean());
      ProgramSpec spec =
          ProgramSpec.builder(Draws.text(r, 4, 200))
              .description(Draws.textOrEmpty(r, 20, 4_000))
              .format(
                  pick(
                      r,
                      List.of(
                          ProgramFormat.ONE_TO_ONE, ProgramFormat.GROUP, ProgramFormat.REVERSE)))
              .form(DomainGenerators.form(r, 3))
              .matchingPolicy(policy)
              .enrollmentApprovalRequired(true)
              .admin(ADMIN)
              .build();
      Program program = mentoring.programs().create(admin, spec);
      mentoring.programs().openEnrollment(admin, program.id());
      return program.id();
    }

    private void enroll(ProgramId id) {
      EnrollmentForm form = mentoring.programs().get(admin, id).spec().form();
      int mentorCount = Math.max(1, size * 2 / 5);
      int menteeCount = size - mentorCount;
      List<ParticipantId> order = new ArrayList<>();
      for (int i = 1; i <= Math.max(mentorCount, menteeCount); i++) {
        if (i <= mentorCount) {
          order.add(ParticipantId.of(String.format("mentor-%04d", i)));
        }
        if (i <= menteeCount) {
          order.add(ParticipantId.of(String.format("mentee-%04d", i)));
        }
      }
      for (ParticipantId who : order) {
        boolean mentor = who.value().startsWith("mentor");
        EnrollmentRole role = mentor ? EnrollmentRole.MENTOR : EnrollmentRole.MENTEE;
        (mentor ? mentors : mentees).add(who);
        Application.Builder b =
            Application.builder(who, role)
                .profile(DomainGenerators.profile(r, Math.min(size, 6), who))
                .consents(consents());
        if (mentor && !Draws.absent(r)) {
          b.capacity(between(r, 1, 3));
        }
        for (Map.Entry<String, Answer> a :
            DomainGenerators.answersFor(r, 4, form, role).entrySet()) {
          b.answer(a.getKey(), a.getValue());
        }
        Actor actor = r.nextBoolean() ? Actor.participant(who) : admin;
        Enrollment e = mentoring.enrollments().apply(actor, id, b.build());
        // The first mentor and mentee are always approved, so that there is something to match.
        enrollments.put(who, decide(e, who.value().endsWith("-0001")));
      }
    }

    private Enrollment enrollment(ParticipantId who) {
      return requireNonNull(enrollments.get(who), "enrollment");
    }

    private Set<Consent> consents() {
      Set<Consent> consents = EnumSet.of(Consent.MATCHING);
      consents.addAll(Draws.subset(r, Consent.class));
      return consents;
    }

    /** Approves most applications; the first mentor and mentee always. */
    private Enrollment decide(Enrollment e, boolean mustApprove) {
      int k = mustApprove ? 19 : r.nextInt(20);
      return switch (k) {
        case 0 -> mentoring.enrollments().reject(admin, e.id());
        case 1 -> mentoring.enrollments().waitlist(admin, e.id());
        case 2 -> {
          mentoring.enrollments().waitlist(admin, e.id());
          yield mentoring.enrollments().approve(admin, e.id());
        }
        case 3 -> e;
        default -> mentoring.enrollments().approve(admin, e.id());
      };
    }

    /** Runs matching and returns the new pairs in the strategy's order. */
    private List<PairId> match(ProgramId id) {
      runs++;
      MatchingRun run =
          strategy == null
              ? mentoring.matching().propose(admin, id)
              : mentoring.matching().propose(admin, id, seeded(strategy, runs));
      List<PairId> ids = new ArrayList<>();
      for (Pair p : run.proposed()) {
        ids.add(p.id());
      }
      created.addAll(ids);
      return ids;
    }

    private MatchingStrategy seeded(MatchingStrategy delegate, int run) {
      long runSeed = SplitMix64.derive(seed, run);
      return new MatchingStrategy() {
        @Override
        public MatchingResult match(MatchingProblem p) {
          return delegate.match(
              new MatchingProblem(
                  p.program(),
                  p.mentors(),
                  p.mentees(),
                  p.existingPairs(),
                  p.mentorPlaces(),
                  p.menteePlaces(),
                  p.excluded(),
                  runSeed));
        }

        @Override
        public String id() {
          return delegate.id();
        }
      };
    }

    /**
     * Proposes by hand, for some mentees with a proposal, a second mentor, so that accepting one of
     * the two expires the other.
     */
    private void competingProposals(ProgramId id, List<PairId> proposed) {
      List<ParticipantId> approvedMentors = new ArrayList<>();
      for (ParticipantId m : mentors) {
        if (enrollment(m).isActive()) {
          approvedMentors.add(m);
        }
      }
      for (PairId pairId : proposed) {
        if (!Draws.rarely(r, 4) || approvedMentors.size() < 2) {
          continue;
        }
        Pair pair = mentoring.pairs().get(admin, pairId);
        ParticipantId other = pick(r, approvedMentors);
        if (other.equals(pair.mentorId())) {
          continue;
        }
        try {
          created.add(mentoring.pairs().propose(admin, id, other, pair.menteeId()).id());
        } catch (InvalidInputException | CapacityExceededException e) {
          // A hard rule or a full mentor forbids this pair; the scenario does without it.
        }
      }
    }

    /**
     * Answers every open proposal: out of 20, {@code accept} are accepted by each side asked,
     * {@code decline} declined, {@code retract} retracted, and the rest left open.
     */
    private void answer(int accept, int decline, int retract) {
      for (PairId pairId : new ArrayList<>(created)) {
        Pair pair = mentoring.pairs().get(admin, pairId);
        if (pair.status() != PairStatus.PROPOSED) {
          continue;
        }
        int k = r.nextInt(20);
        if (k < accept) {
          acceptBySides(pair);
        } else if (k < accept + decline) {
          Actor by = Actor.participant(r.nextBoolean() ? pair.mentorId() : pair.menteeId());
          mentoring.pairs().decline(by, pairId, Draws.optionalText(r, 4, 2_000));
        } else if (k < accept + decline + retract) {
          mentoring.pairs().retract(admin, pairId);
        }
      }
    }

    private void acceptBySides(Pair pair) {
      try {
        for (ApprovalSide side : pair.pendingApprovals()) {
          Actor actor =
              switch (side) {
                case MENTOR -> Actor.participant(pair.mentorId());
                case MENTEE -> Actor.participant(pair.menteeId());
                case ADMIN -> admin;
              };
          mentoring.pairs().accept(actor, pair.id());
        }
      } catch (CapacityExceededException e) {
        // The mentor or mentee filled up through another pair; this proposal stays open.
      }
    }

    private void runPairs() {
      for (PairId pairId : created) {
        Pair pair = mentoring.pairs().get(admin, pairId);
        if (pair.status() != PairStatus.ACTIVE) {
          continue;
        }
        Actor side = Actor.participant(r.nextBoolean() ? pair.mentorId() : pair.menteeId());
        switch (r.nextInt(10)) {
          case 0 -> mentoring.pairs().pause(side, pairId);
          case 1 -> {
            mentoring.pairs().pause(side, pairId);
            mentoring.pairs().resume(side, pairId);
          }
          case 2 -> mentoring.pairs().complete(side, pairId);
          case 3 -> {
            mentoring.pairs().pause(side, pairId);
            mentoring.pairs().complete(side, pairId);
          }
          case 4 ->
              mentoring
                  .pairs()
                  .endEarly(side, pairId, choosableReason(), Draws.optionalText(r, 4, 2_000));
          default -> {
            // The pair stays active.
          }
        }
      }
    }

    private ExitReason choosableReason() {
      List<ExitReason> choosable = new ArrayList<>();
      for (ExitReason reason : ExitReason.values()) {
        if (reason.isChoosable()) {
          choosable.add(reason);
        }
      }
      return pick(r, choosable);
    }

    /** Half the time, an approved mentee withdraws, which ends their pairs. */
    private void withdrawSomeone() {
      if (r.nextBoolean()) {
        return;
      }
      List<ParticipantId> approved = new ArrayList<>();
      for (ParticipantId m : mentees) {
        if (enrollment(m).isActive()) {
          approved.add(m);
        }
      }
      if (approved.size() > 1) {
        ParticipantId who = pick(r, approved);
        enrollments.put(
            who, mentoring.enrollments().withdraw(Actor.participant(who), enrollment(who).id()));
      }
    }

    // ------------------------------------------------------------------------- activity

    private Instant now() {
      return mentoring.clock().instant();
    }

    private static Actor actor(ParticipantId who) {
      return Actor.participant(who);
    }

    /** One side of a pair, the mentee three times in five. */
    private Actor side(Pair pair) {
      return actor(a.nextInt(5) < 3 ? pair.menteeId() : pair.mentorId());
    }

    private boolean approved(ParticipantId who) {
      return enrollment(who).status() == EnrollmentStatus.APPROVED;
    }

    /** The administrator adds a few resources, revises the first and sometimes removes one. */
    private void knowledgeBase(ProgramId id) {
      int n = 2 + a.nextInt(4);
      for (int i = 0; i < n; i++) {
        resources.add(
            mentoring.resources().add(admin, id, ActivityGenerators.resourceDraft(a, 3)).id());
      }
      if (a.nextBoolean()) {
        mentoring
            .resources()
            .revise(admin, resources.get(0), ActivityGenerators.resourceDraft(a, 3));
      }
      if (a.nextBoolean()) {
        mentoring.resources().remove(admin, resources.remove(resources.size() - 1));
      }
    }

    /**
     * Every active pair not planned yet writes down up to two goals (the mentor's on behalf of the
     * mentee are visible to the pair only) and schedules up to two meetings in the next four weeks;
     * the first such pair schedules a weekly series too.
     */
    private void planActivity() {
      for (PairId pairId : created) {
        Pair pair = mentoring.pairs().get(admin, pairId);
        if (pair.status() != PairStatus.ACTIVE || !planned.add(pairId)) {
          continue;
        }
        LocalDate today = LocalDate.ofInstant(now(), ZoneOffset.UTC);
        int goalCount = a.nextInt(3);
        for (int i = 0; i < goalCount; i++) {
          boolean byMentee = a.nextInt(4) != 0;
          GoalDraft d = ActivityGenerators.goalDraft(a, 3, today);
          if (!byMentee) {
            d =
                new GoalDraft(
                    d.title(),
                    d.measure(),
                    d.description(),
                    d.targetDate(),
                    d.milestones(),
                    d.progressMode(),
                    GoalVisibility.PAIR);
          }
          Actor author = actor(byMentee ? pair.menteeId() : pair.mentorId());
          Goal goal = mentoring.goals().create(author, pairId, d);
          goals.add(goal.id());
          if (a.nextInt(3) != 0) {
            mentoring.goals().activate(side(pair), goal.id());
          }
        }
        int meetingCount = a.nextInt(3);
        for (int i = 0; i < meetingCount; i++) {
          Instant start = now().plusSeconds(3_600 + a.nextLong(27L * 24 * 3_600));
          MeetingPlan plan = ActivityGenerators.meetingPlan(a, 3, start);
          meetings.add(mentoring.meetings().schedule(side(pair), pairId, plan).id());
        }
        if (planned.size() == 1) {
          MeetingPlan plan = ActivityGenerators.meetingPlan(a, 3, now().plus(Duration.ofDays(2)));
          for (Meeting m :
              mentoring
                  .meetings()
                  .scheduleSeries(side(pair), pairId, plan, Recurrence.weekly(3 + a.nextInt(2)))) {
            meetings.add(m.id());
          }
        }
      }
    }

    /** The weeks after matching: surveys, meetings held or missed, goals worked on and closed. */
    private void runActivity(ProgramId id) {
      cancelMeetingsOfStoppedPairs();
      Survey fitCheck =
          openSurvey(id, SurveyCheckpoint.EARLY_FIT_CHECK, false, SurveyAudience.MENTEES);
      Survey midpoint = openSurvey(id, SurveyCheckpoint.MIDPOINT, true, SurveyAudience.BOTH);
      Survey afterMeeting =
          openSurvey(id, SurveyCheckpoint.AFTER_MEETING, false, SurveyAudience.BOTH);
      answerFitCheck(fitCheck);
      for (int week = 0; week < WEEKS; week++) {
        if (clock != null) {
          clock.advance(Duration.ofDays(7));
        }
        for (MeetingId meetingId : List.copyOf(meetings)) {
          meetingWeek(meetingId, afterMeeting);
        }
        for (GoalId goalId : goals) {
          goalWeek(goalId);
        }
      }
      if (clock != null) {
        logAMeeting();
      }
      answerMidpoint(midpoint);
      mentoring.surveys().close(admin, midpoint.id());
      scheduleAhead();
      closeGoals();
    }

    /** Pairs that paused, ended or lost a side no longer meet as planned. */
    private void cancelMeetingsOfStoppedPairs() {
      for (MeetingId meetingId : meetings) {
        Meeting m = mentoring.meetings().get(Actor.system(), meetingId);
        Pair pair = mentoring.pairs().get(admin, m.pairId());
        if (m.status() == MeetingStatus.SCHEDULED && pair.status() != PairStatus.ACTIVE) {
          mentoring.meetings().cancel(side(pair), meetingId, Draws.optionalText(a, 3, MAX_NOTE));
        }
      }
    }

    private Survey openSurvey(
        ProgramId id, SurveyCheckpoint checkpoint, boolean anonymous, SurveyAudience audience) {
      List<SurveyQuestion> questions = new ArrayList<>();
      questions.add(
          checkpoint == SurveyCheckpoint.EARLY_FIT_CHECK
              ? SurveyQuestion.fit("fit", "Is your pair a good fit?")
              : SurveyQuestion.nps(
                  "nps", "How likely are you to recommend the program to a colleague?"));
      int n = 1 + a.nextInt(4);
      for (int i = 0; i < n; i++) {
        questions.add(ActivityGenerators.surveyQuestion(a, 3, i, false));
      }
      SurveyDraft draft =
          new SurveyDraft(Draws.text(a, 4, 200), checkpoint, questions, anonymous, audience);
      Survey survey = mentoring.surveys().create(admin, id, draft);
      surveys.add(survey.id());
      return mentoring.surveys().open(admin, survey.id());
    }

    private void respond(
        ParticipantId who, Survey survey, @Nullable PairId pairId, @Nullable String subject) {
      Map<String, Answer> answers = ActivityGenerators.answersTo(a, 3, survey);
      responses.add(
          mentoring.surveys().respond(actor(who), survey.id(), pairId, subject, answers).id());
    }

    /** Two in three mentees of each accepted pair say whether it is a good fit. */
    private void answerFitCheck(Survey fitCheck) {
      for (PairId pairId : created) {
        Pair pair = mentoring.pairs().get(admin, pairId);
        if (pair.acceptedAt() != null && approved(pair.menteeId()) && a.nextInt(3) != 0) {
          respond(pair.menteeId(), fitCheck, pairId, null);
        }
      }
    }

    /** Half of everyone approved answers the anonymous midpoint survey. */
    private void answerMidpoint(Survey midpoint) {
      for (List<ParticipantId> people : List.of(mentors, mentees)) {
        for (ParticipantId who : people) {
          if (approved(who) && a.nextBoolean()) {
            respond(who, midpoint, null, null);
          }
        }
      }
    }

    /**
     * A meeting that has started is held (five times in six) or missed; a held one is rated, gets
     * notes and is asked about. A future one of an active pair is now and then moved or cancelled.
     */
    private void meetingWeek(MeetingId meetingId, Survey afterMeeting) {
      Meeting m = mentoring.meetings().get(Actor.system(), meetingId);
      if (m.status() != MeetingStatus.SCHEDULED) {
        return;
      }
      Pair pair = mentoring.pairs().get(admin, m.pairId());
      if (m.start().isAfter(now())) {
        int k = a.nextInt(10);
        if (k == 0 && pair.status() == PairStatus.ACTIVE) {
          Instant later = m.start().plus(Duration.ofHours(1 + a.nextInt(72)));
          mentoring.meetings().reschedule(side(pair), meetingId, later);
        } else if (k == 1) {
          mentoring.meetings().cancel(side(pair), meetingId, Draws.optionalText(a, 3, MAX_NOTE));
        }
        return;
      }
      if (a.nextInt(6) == 0) {
        mentoring.meetings().markNoShow(side(pair), meetingId);
        return;
      }
      mentoring.meetings().markHeld(side(pair), meetingId);
      for (ParticipantId who : List.of(pair.mentorId(), pair.menteeId())) {
        if (a.nextInt(3) != 0) {
          mentoring.meetings().rate(actor(who), meetingId, Draws.between(a, 1, 5));
        }
        if (a.nextInt(3) == 0) {
          mentoring.meetings().writePrivateNote(actor(who), meetingId, Draws.text(a, 4, 2_000));
        }
      }
      if (a.nextBoolean()) {
        mentoring.meetings().updateSharedNotes(side(pair), meetingId, Draws.text(a, 6, 2_000));
      }
      for (ParticipantId who : List.of(pair.mentorId(), pair.menteeId())) {
        if (approved(who) && a.nextInt(3) == 0) {
          respond(who, afterMeeting, pair.id(), meetingId.value());
        }
      }
    }

    /** A week of an open goal: agreed on, checked in on, a milestone completed or progress set. */
    private void goalWeek(GoalId goalId) {
      Goal g = mentoring.goals().get(Actor.system(), goalId);
      if (!g.status().isOpen()) {
        return;
      }
      Pair pair = mentoring.pairs().get(admin, g.pairId());
      boolean manual = g.progressMode() == ProgressMode.MANUAL;
      switch (a.nextInt(5)) {
        case 0 -> {
          if (g.status() == GoalStatus.DRAFT) {
            mentoring.goals().activate(side(pair), goalId);
          }
        }
        case 1 -> {
          Integer progress = manual && a.nextBoolean() ? Draws.between(a, 0, 100) : null;
          mentoring.goals().checkIn(side(pair), goalId, Draws.text(a, 4, MAX_NOTE), progress);
        }
        case 2 -> {
          for (int i = 0; i < g.milestones().size(); i++) {
            if (!g.milestones().get(i).isCompleted()) {
              mentoring.goals().completeMilestone(side(pair), goalId, i);
              break;
            }
          }
        }
        case 3 -> {
          if (manual) {
            mentoring.goals().updateProgress(side(pair), goalId, Draws.between(a, 0, 100));
          }
        }
        default -> {
          // a quiet week
        }
      }
    }

    /** An active pair's mentee records a meeting that was not planned in the engine. */
    private void logAMeeting() {
      for (PairId pairId : created) {
        Pair pair = mentoring.pairs().get(admin, pairId);
        Instant started = pair.startedAt();
        if (pair.status() == PairStatus.ACTIVE && started != null && a.nextInt(3) == 0) {
          MeetingPlan plan = ActivityGenerators.meetingPlan(a, 3, now().minus(Duration.ofDays(2)));
          Instant start = plan.start().minus(plan.duration());
          if (!start.isBefore(started)) {
            meetings.add(
                mentoring
                    .meetings()
                    .log(actor(pair.menteeId()), pairId, plan.withStart(start))
                    .id());
            return;
          }
        }
      }
    }

    /** Active pairs plan their next meeting, so that some stay scheduled. */
    private void scheduleAhead() {
      for (PairId pairId : created) {
        Pair pair = mentoring.pairs().get(admin, pairId);
        if (pair.status() == PairStatus.ACTIVE && a.nextBoolean()) {
          Instant start = now().plusSeconds(3_600 + a.nextLong(14L * 24 * 3_600));
          MeetingPlan plan = ActivityGenerators.meetingPlan(a, 3, start);
          meetings.add(mentoring.meetings().schedule(side(pair), pairId, plan).id());
        }
      }
    }

    /** Some active goals are achieved or abandoned, some drafts dropped; the rest stay open. */
    private void closeGoals() {
      for (GoalId goalId : goals) {
        Goal g = mentoring.goals().get(Actor.system(), goalId);
        Pair pair = mentoring.pairs().get(admin, g.pairId());
        int k = a.nextInt(6);
        if (g.status() == GoalStatus.ACTIVE && k < 2) {
          mentoring.goals().achieve(side(pair), goalId);
        } else if (g.status().isOpen() && k == 2) {
          mentoring.goals().abandon(side(pair), goalId, Draws.optionalText(a, 3, MAX_NOTE));
        }
      }
    }

    private PopulatedProgram result(ProgramId id) {
      Map<PairId, Integer> order = new HashMap<>();
      for (int i = 0; i < created.size(); i++) {
        order.put(created.get(i), i);
      }
      List<Pair> pairs = new ArrayList<>(mentoring.pairs().list(admin, id));
      pairs.sort(
          Comparator.comparing(Pair::mentorId)
              .thenComparing(Pair::menteeId)
              .thenComparing(p -> order.getOrDefault(p.id(), Integer.MAX_VALUE)));
      Map<PairStatus, List<PairId>> byStatus = new EnumMap<>(PairStatus.class);
      for (Pair p : pairs) {
        byStatus.computeIfAbsent(p.status(), s -> new ArrayList<>()).add(p.id());
      }
      Map<GoalStatus, List<GoalId>> goalsByStatus = new EnumMap<>(GoalStatus.class);
      for (GoalId goalId : goals) {
        GoalStatus status = mentoring.goals().get(Actor.system(), goalId).status();
        goalsByStatus.computeIfAbsent(status, s -> new ArrayList<>()).add(goalId);
      }
      Map<MeetingStatus, List<MeetingId>> meetingsByStatus = new EnumMap<>(MeetingStatus.class);
      for (MeetingId meetingId : meetings) {
        MeetingStatus status = mentoring.meetings().get(Actor.system(), meetingId).status();
        meetingsByStatus.computeIfAbsent(status, s -> new ArrayList<>()).add(meetingId);
      }
      Map<SurveyStatus, List<SurveyId>> surveysByStatus = new EnumMap<>(SurveyStatus.class);
      for (SurveyId surveyId : surveys) {
        SurveyStatus status = mentoring.surveys().get(admin, surveyId).status();
        surveysByStatus.computeIfAbsent(status, s -> new ArrayList<>()).add(surveyId);
      }
      return new PopulatedProgram(
          id,
          admin,
          mentors,
          mentees,
          byStatus,
          goalsByStatus,
          meetingsByStatus,
          surveysByStatus,
          responses,
          resources);
    }
  }
}
