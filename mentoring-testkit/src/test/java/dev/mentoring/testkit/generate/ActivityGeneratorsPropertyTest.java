package dev.mentoring.testkit.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import dev.mentoring.core.enrollment.Answer;
import dev.mentoring.core.event.GoalStatusChanged;
import dev.mentoring.core.event.MeetingRescheduled;
import dev.mentoring.core.event.MeetingScheduled;
import dev.mentoring.core.event.MeetingStatusChanged;
import dev.mentoring.core.event.MentoringEvent;
import dev.mentoring.core.event.SurveyStatusChanged;
import dev.mentoring.core.feedback.NetPromoterScore;
import dev.mentoring.core.feedback.QuestionSummary;
import dev.mentoring.core.feedback.Survey;
import dev.mentoring.core.feedback.SurveyCheckpoint;
import dev.mentoring.core.feedback.SurveyDraft;
import dev.mentoring.core.feedback.SurveyQuestion;
import dev.mentoring.core.feedback.SurveyQuestionType;
import dev.mentoring.core.feedback.SurveyResponse;
import dev.mentoring.core.feedback.SurveyStatus;
import dev.mentoring.core.feedback.SurveySummary;
import dev.mentoring.core.goal.Goal;
import dev.mentoring.core.goal.GoalDraft;
import dev.mentoring.core.goal.GoalStatus;
import dev.mentoring.core.goal.MilestoneDraft;
import dev.mentoring.core.goal.ProgressMode;
import dev.mentoring.core.meeting.Meeting;
import dev.mentoring.core.meeting.MeetingPlan;
import dev.mentoring.core.meeting.MeetingStatus;
import dev.mentoring.core.notification.GoalDue;
import dev.mentoring.core.notification.InactivityEscalation;
import dev.mentoring.core.notification.InactivityNudge;
import dev.mentoring.core.notification.MeetingCancelled;
import dev.mentoring.core.notification.MeetingFollowUp;
import dev.mentoring.core.notification.MeetingInvitation;
import dev.mentoring.core.notification.MeetingMoved;
import dev.mentoring.core.notification.MeetingReminder;
import dev.mentoring.core.notification.MilestoneDue;
import dev.mentoring.core.notification.Notification;
import dev.mentoring.core.notification.PoorFitReported;
import dev.mentoring.core.notification.SurveyInvitation;
import dev.mentoring.core.notification.SurveyReminder;
import dev.mentoring.core.resource.Resource;
import dev.mentoring.core.resource.ResourceDraft;
import dev.mentoring.testkit.quicktheories.TestkitGens;
import java.lang.reflect.Method;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Generated goals, meetings, surveys, responses, summaries and resources hold the invariants their
 * types and the engine document, beyond what their constructors check, for every draw QuickTheories
 * makes (and shrinks) through {@link TestkitGens}; the event generators cover every subtype.
 */
class ActivityGeneratorsPropertyTest {
  private static final long SEED = 0xAC71_7175L;

  @Test
  void goals_areConsistentWithTheirStatusAndPair() {
    qt().withFixedSeed(SEED)
        .withExamples(300)
        .forAll(TestkitGens.of(ActivityGenerators.goals(), 8))
        .checkAssert(ActivityGeneratorsPropertyTest::checkGoal);
  }

  static void checkGoal(Goal g) {
    assertThat(g.progress()).isBetween(0, 100);
    assertThat(g.closedAt() == null).isEqualTo(g.status().isOpen());
    if (g.closedAt() != null) {
      assertThat(g.closedAt()).isAfterOrEqualTo(g.createdAt());
    }
    assertThat(g.updatedAt()).isAfterOrEqualTo(g.createdAt());
    if (g.progressMode() == ProgressMode.MILESTONES) {
      assertThat(g.progress()).isEqualTo(Goal.milestoneProgress(g.milestones()));
    }
    if (g.status() == GoalStatus.ACHIEVED && g.progressMode() == ProgressMode.MANUAL) {
      assertThat(g.progress()).isEqualTo(100);
    }
    Set<String> titles = new HashSet<>();
    g.milestones().forEach(m -> titles.add(m.title()));
    assertThat(titles.size() == g.milestones().size() || titles.equals(Set.of("")))
        .as("milestone titles distinct (or all erased): %s", g.milestones())
        .isTrue();
    Instant last = g.createdAt();
    for (var c : g.checkIns()) {
      assertThat(c.at()).isAfterOrEqualTo(last);
      last = c.at();
      assertThat(c.progress()).isBetween(0, 100);
    }
  }

  @Test
  void goalDraftsForADay_keepEveryEngineRuleOfThatDay() {
    LocalDate today = LocalDate.of(2026, 3, 2);
    qt().withFixedSeed(SEED)
        .withExamples(300)
        .forAll(TestkitGens.of(ActivityGenerators.goalDrafts(today), 12))
        .checkAssert(d -> checkGoalDraft(d, today));
  }

  private static void checkGoalDraft(GoalDraft d, LocalDate today) {
    assertThat(d.title()).isNotBlank().hasSizeLessThanOrEqualTo(200);
    assertThat(d.measure()).isNotBlank().hasSizeLessThanOrEqualTo(1_000);
    assertThat(d.description()).hasSizeLessThanOrEqualTo(4_000);
    assertThat(d.targetDate()).isAfterOrEqualTo(today);
    assertThat(d.milestones()).hasSizeLessThanOrEqualTo(50);
    Set<String> titles = new HashSet<>();
    for (MilestoneDraft m : d.milestones()) {
      assertThat(titles.add(m.title())).as("distinct %s", m.title()).isTrue();
      assertThat(m.title()).isNotBlank().hasSizeLessThanOrEqualTo(200);
      assertThat(m.dueDate()).isBetween(today, d.targetDate());
    }
    if (d.progressMode() == ProgressMode.MILESTONES) {
      assertThat(d.milestones()).isNotEmpty();
    }
  }

  @Test
  void meetings_holdNotesAndRatingsTheirStatusAllows() {
    qt().withFixedSeed(SEED)
        .withExamples(300)
        .forAll(TestkitGens.of(ActivityGenerators.meetings(), 8))
        .checkAssert(ActivityGeneratorsPropertyTest::checkMeeting);
  }

  static void checkMeeting(Meeting m) {
    assertThat(m.duration()).isBetween(Duration.ofMinutes(15), Duration.ofHours(8));
    assertThat(m.updatedAt()).isAfterOrEqualTo(m.createdAt());
    if (!m.ratings().isEmpty()) {
      assertThat(m.status()).isEqualTo(MeetingStatus.HELD);
      assertThat(m.ratings().values()).allSatisfy(r -> assertThat(r).isBetween(1, 5));
    }
    if (m.status() == MeetingStatus.HELD || m.status() == MeetingStatus.NO_SHOW) {
      assertThat(m.start()).isBeforeOrEqualTo(m.updatedAt());
    }
    if (m.status() == MeetingStatus.SCHEDULED || m.status() == MeetingStatus.CANCELLED) {
      assertThat(m.start()).isAfter(m.createdAt());
    }
    assertThat(m.privateNotes().size()).isLessThanOrEqualTo(2);
    assertThat(m.ratings().size()).isLessThanOrEqualTo(2);
  }

  @Test
  void meetingPlansAfterAnInstant_startAfterItAndFitTheConstraints() {
    Instant now = Instant.parse("2026-03-02T10:00:00Z");
    qt().withFixedSeed(SEED)
        .withExamples(300)
        .forAll(TestkitGens.of(ActivityGenerators.meetingPlans(now), 12))
        .checkAssert(
            (MeetingPlan p) -> {
              assertThat(p.start()).isAfter(now).isBefore(now.plus(Duration.ofDays(61)));
              assertThat(p.duration()).isBetween(Duration.ofMinutes(15), Duration.ofHours(8));
              assertThat(p.title()).isNotBlank().hasSizeLessThanOrEqualTo(200);
              assertThat(p.agenda()).hasSizeLessThanOrEqualTo(4_000);
              if (p.location() != null) {
                assertThat(p.location()).hasSizeLessThanOrEqualTo(500);
              }
            });
  }

  @Test
  void surveyDrafts_haveDistinctKeysValidOptionsAndOneFitQuestionExactlyInAFitCheck() {
    qt().withFixedSeed(SEED)
        .withExamples(300)
        .forAll(TestkitGens.of(ActivityGenerators.surveyDrafts(), 12))
        .checkAssert(ActivityGeneratorsPropertyTest::checkSurveyDraft);
  }

  static void checkSurveyDraft(SurveyDraft d) {
    assertThat(d.title()).isNotBlank().hasSizeLessThanOrEqualTo(200);
    assertThat(d.questions()).hasSizeBetween(1, 50);
    Set<String> keys = new HashSet<>();
    int fit = 0;
    for (SurveyQuestion q : d.questions()) {
      assertThat(keys.add(q.key())).as("distinct key %s", q.key()).isTrue();
      assertThat(q.key()).matches("[a-z0-9_-]{1,40}");
      assertThat(q.text()).isNotBlank().hasSizeLessThanOrEqualTo(500);
      if (q.type().isChoice()) {
        assertThat(q.options()).hasSizeBetween(2, 20).doesNotHaveDuplicates();
        assertThat(q.options())
            .allSatisfy(o -> assertThat(o).isNotBlank().hasSizeLessThanOrEqualTo(200));
      } else {
        assertThat(q.options()).isEmpty();
      }
      if (q.fitQuestion()) {
        fit++;
        assertThat(q.type()).isEqualTo(SurveyQuestionType.RATING);
      }
    }
    assertThat(fit).isEqualTo(d.checkpoint() == SurveyCheckpoint.EARLY_FIT_CHECK ? 1 : 0);
  }

  @Test
  void surveys_haveTheDatesTheirStatusRequires() {
    qt().withFixedSeed(SEED)
        .withExamples(300)
        .forAll(TestkitGens.of(ActivityGenerators.surveys(), 8))
        .checkAssert(
            (Survey s) -> {
              checkSurveyDraft(s.draft());
              if (s.openedAt() != null) {
                assertThat(s.openedAt()).isAfterOrEqualTo(s.createdAt());
              }
              if (s.closedAt() != null && s.openedAt() != null) {
                assertThat(s.closedAt()).isAfterOrEqualTo(s.openedAt());
              }
            });
  }

  @Test
  void responsesToASurvey_answerItAsTheEngineRequires() {
    for (long seed = 0; seed < 40; seed++) {
      Survey survey = ActivityGenerators.surveys().generate(seed, 10);
      qt().withFixedSeed(SEED)
          .withExamples(20)
          .forAll(TestkitGens.of(ActivityGenerators.surveyResponses(survey), 6))
          .checkAssert(r -> checkResponse(survey, r));
    }
  }

  static void checkResponse(Survey survey, SurveyResponse r) {
    assertThat(r.surveyId()).isEqualTo(survey.id());
    assertThat(r.programId()).isEqualTo(survey.programId());
    if (survey.checkpoint().requiresPair()) {
      assertThat(r.pairId()).isNotNull();
    }
    if (survey.checkpoint().requiresSubject()) {
      assertThat(r.subjectKey()).isNotNull();
    }
    for (SurveyQuestion q : survey.questions()) {
      Answer a = r.answers().get(q.key());
      if (a == null) {
        assertThat(q.required()).as("required %s answered", q.key()).isFalse();
        continue;
      }
      switch (q.type()) {
        case RATING, NPS ->
            assertThat(((Answer.NumberAnswer) a).value())
                .isBetween((long) q.type().lowest(), (long) q.type().highest());
        case SINGLE_CHOICE -> assertThat(((Answer.ChoiceAnswer) a).choices()).hasSize(1);
        case MULTIPLE_CHOICE ->
            assertThat(((Answer.ChoiceAnswer) a).choices())
                .isNotEmpty()
                .doesNotHaveDuplicates()
                .isSubsetOf(q.options());
        case FREE_TEXT ->
            assertThat(((Answer.TextAnswer) a).text())
                .isNotBlank()
                .hasSizeLessThanOrEqualTo(SurveyQuestion.MAX_TEXT_ANSWER);
      }
    }
    assertThat(r.answers().keySet()).allSatisfy(k -> assertThat(survey.question(k)).isPresent());
    // The summary of a survey accepts only responses that answer it.
    assertThat(SurveySummary.of(survey, List.of(r)).responses()).isEqualTo(1);
  }

  @Test
  void surveySummaries_withholdSmallAnonymousGroupsAndAddUp() {
    qt().withFixedSeed(SEED)
        .withExamples(200)
        .forAll(TestkitGens.of(ActivityGenerators.surveySummaries(), 12))
        .checkAssert(
            (SurveySummary s) -> {
              assertThat(s.withheld())
                  .isEqualTo(s.anonymous() && s.responses() < SurveySummary.MIN_ANONYMOUS_GROUP);
              for (QuestionSummary q : s.questions()) {
                assertThat(q.answered()).isBetween(0, s.responses());
                if (q instanceof QuestionSummary.TextSummary t && s.anonymous()) {
                  assertThat(t.texts()).isEmpty();
                }
              }
            });
  }

  @Test
  void netPromoterScores_stayWithinTheScale() {
    qt().withFixedSeed(SEED)
        .withExamples(300)
        .forAll(TestkitGens.of(ActivityGenerators.netPromoterScores(), 12))
        .checkAssert(
            (NetPromoterScore n) -> {
              assertThat(n.score()).isBetween(-100.0, 100.0);
              assertThat(n.lowerBound()).isLessThanOrEqualTo(n.score());
              assertThat(n.upperBound()).isGreaterThanOrEqualTo(n.score());
            });
  }

  @Test
  void resourceDrafts_haveWebLinksAndLowerCaseTags() {
    qt().withFixedSeed(SEED)
        .withExamples(300)
        .forAll(TestkitGens.of(ActivityGenerators.resourceDrafts(), 30))
        .checkAssert(ActivityGeneratorsPropertyTest::checkResourceDraft);
  }

  static void checkResourceDraft(ResourceDraft d) {
    assertThat(d.title()).isNotBlank().hasSizeLessThanOrEqualTo(200);
    assertThat(d.description()).hasSizeLessThanOrEqualTo(2_000);
    assertThat(d.link().getScheme().toLowerCase(Locale.ROOT)).isIn("http", "https");
    assertThat(d.link().getHost()).isNotNull();
    assertThat(d.link().toString()).hasSizeLessThanOrEqualTo(ResourceDraft.MAX_LINK_LENGTH);
    assertThat(d.tags())
        .hasSizeLessThanOrEqualTo(20)
        .allSatisfy(
            t ->
                assertThat(t)
                    .hasSizeLessThanOrEqualTo(40)
                    .isEqualTo(t.strip())
                    .isEqualTo(t.toLowerCase(Locale.ROOT))
                    .isNotBlank());
  }

  @Test
  void events_moveAlongTheirLifecycleAndMeetingsStartAfterTheyArePlanned() {
    qt().withFixedSeed(SEED)
        .withExamples(400)
        .forAll(TestkitGens.of(EventGenerators.events(), 4))
        .checkAssert(ActivityGeneratorsPropertyTest::checkEvent);
  }

  private static void checkEvent(MentoringEvent e) {
    if (e instanceof GoalStatusChanged c) {
      assertThat(c.from().canMoveTo(c.to())).isTrue();
    } else if (e instanceof MeetingStatusChanged c) {
      assertThat(c.from().canMoveTo(c.to())).isTrue();
    } else if (e instanceof SurveyStatusChanged c) {
      assertThat(c.from().canMoveTo(c.to())).isTrue();
    } else if (e instanceof MeetingScheduled s) {
      assertThat(s.start()).isAfter(s.occurredAt());
    } else if (e instanceof MeetingRescheduled s) {
      assertThat(s.start()).isAfter(s.occurredAt());
    }
  }

  @Test
  void meetingNotifications_concernMeetingsAfterTheyFellDue() {
    qt().withFixedSeed(SEED)
        .withExamples(400)
        .forAll(TestkitGens.of(EventGenerators.notifications(), 4))
        .checkAssert(
            (Notification n) -> {
              if (n instanceof MeetingInvitation i) {
                assertThat(i.start()).isAfter(i.at());
              } else if (n instanceof MeetingMoved m) {
                assertThat(m.start()).isAfter(m.at());
              } else if (n instanceof MeetingCancelled c) {
                assertThat(c.start()).isAfter(c.at());
              } else if (n instanceof PoorFitReported p) {
                assertThat(p.recipient()).isNotEqualTo(p.respondentId());
              }
            });
  }

  @Test
  void reminderNotifications_fallDueWhereTheirPolicyCanPutThem() {
    qt().withFixedSeed(SEED)
        .withExamples(600)
        .forAll(TestkitGens.of(EventGenerators.notifications(), 4))
        .checkAssert(ActivityGeneratorsPropertyTest::checkReminder);
  }

  private static void checkReminder(Notification n) {
    Duration day = Duration.ofDays(1);
    if (n instanceof MeetingReminder m) {
      assertThat(m.start()).isAfter(m.at()).isBeforeOrEqualTo(m.at().plus(Duration.ofDays(7)));
    } else if (n instanceof MeetingFollowUp f) {
      assertThat(f.end()).isAfter(f.start());
      assertThat(f.at()).isAfterOrEqualTo(f.end());
    } else if (n instanceof InactivityNudge x) {
      assertThat(x.at()).isAfterOrEqualTo(x.silentSince().plus(day));
    } else if (n instanceof InactivityEscalation x) {
      assertThat(x.at()).isAfter(x.silentSince().plus(day));
    } else if (n instanceof GoalDue g) {
      assertThat(g.at()).isAfterOrEqualTo(warningStart(g.targetDate()));
    } else if (n instanceof MilestoneDue m) {
      assertThat(m.milestoneTitle()).isNotBlank().hasSizeLessThanOrEqualTo(200);
      assertThat(m.at()).isAfterOrEqualTo(warningStart(m.dueDate()));
    } else if (n instanceof SurveyInvitation i) {
      assertThat(i.subjectKey() != null)
          .as("a subject exactly after a meeting")
          .isEqualTo(i.checkpoint() == SurveyCheckpoint.AFTER_MEETING);
    } else if (n instanceof SurveyReminder r) {
      assertThat(r.subjectKey() != null)
          .as("a subject exactly after a meeting")
          .isEqualTo(r.checkpoint() == SurveyCheckpoint.AFTER_MEETING);
      assertThat(r.at()).isAfterOrEqualTo(r.invitedAt().plus(Duration.ofHours(1)));
    }
  }

  /** The earliest a goal or milestone due on {@code day} is reminded: 90 days before it (UTC). */
  private static Instant warningStart(LocalDate day) {
    return day.atStartOfDay(ZoneOffset.UTC).toInstant().minus(Duration.ofDays(90));
  }

  @Test
  void eventGenerators_coverEveryPermittedSubtypeWithAGeneratorOfItsOwn() throws Exception {
    for (Class<?> base : List.of(MentoringEvent.class, Notification.class)) {
      Set<Class<?>> made = new HashSet<>();
      Generator<?> all =
          base == MentoringEvent.class ? EventGenerators.events() : EventGenerators.notifications();
      all.generate(1L, 3, 2_000).forEach(v -> made.add(v.getClass()));
      assertThat(made)
          .as("the subtypes %s.generate makes", base.getSimpleName())
          .containsExactlyInAnyOrder(base.getPermittedSubclasses());
      for (Class<?> sub : base.getPermittedSubclasses()) {
        String name =
            Character.toLowerCase(sub.getSimpleName().charAt(0)) + sub.getSimpleName().substring(1);
        Method m = EventGenerators.class.getMethod(name);
        Object value = ((Generator<?>) m.invoke(null)).generate(7L, 3);
        assertThat(value).as("EventGenerators.%s()", name).isInstanceOf(sub);
      }
    }
  }

  @Test
  void edgeCases_turnUpWithinAFewHundredValues() {
    var goals = ActivityGenerators.goals().generate(5L, 6, 400);
    assertThat(goals).extracting(Goal::status).contains(GoalStatus.values());
    assertThat(goals).anySatisfy(g -> assertThat(g.title()).isEmpty());
    assertThat(goals).anySatisfy(g -> assertThat(g.version()).isEqualTo(Long.MAX_VALUE));
    var meetings = ActivityGenerators.meetings().generate(5L, 6, 400);
    assertThat(meetings).extracting(Meeting::status).contains(MeetingStatus.values());
    assertThat(meetings).anySatisfy(m -> assertThat(m.seriesId()).isNotNull());
    assertThat(meetings).anySatisfy(m -> assertThat(m.ratings()).hasSize(2));
    assertThat(meetings).anySatisfy(m -> assertThat(m.createdAt()).isAfter(m.start()));
    var surveys = ActivityGenerators.surveys().generate(5L, 6, 300);
    assertThat(surveys).extracting(Survey::status).contains(SurveyStatus.values());
    assertThat(surveys)
        .anySatisfy(
            s -> assertThat(s.status() == SurveyStatus.CLOSED && s.openedAt() == null).isTrue());
    var summaries = ActivityGenerators.surveySummaries().generate(5L, 6, 200);
    assertThat(summaries).anySatisfy(s -> assertThat(s.withheld()).isTrue());
    assertThat(summaries).anySatisfy(s -> assertThat(s.questions()).isNotEmpty());
    var scores = ActivityGenerators.netPromoterScores().generate(5L, 6, 200);
    assertThat(scores).contains(NetPromoterScore.none());
    assertThat(scores).anySatisfy(n -> assertThat(n.responses()).isGreaterThan(1_000_000_000));
    var resources = ActivityGenerators.resources().generate(5L, 6, 300);
    assertThat(resources)
        .anySatisfy(k -> assertThat(k.link().toString()).hasSize(ResourceDraft.MAX_LINK_LENGTH));
    assertThat(resources).anySatisfy(k -> assertThat(k.link().getPort()).isEqualTo(8443));
    assertThat(resources).anySatisfy(k -> assertThat(k.link().getRawPath()).contains("%"));
    assertThat(resources).extracting(Resource::phases).contains(Set.of());
    var kinds = EnumSet.noneOf(SurveyQuestionType.class);
    ActivityGenerators.surveyQuestions().generate(5L, 6, 200).forEach(q -> kinds.add(q.type()));
    assertThat(kinds).containsExactlyInAnyOrder(SurveyQuestionType.values());
  }

  @Test
  void sizeZero_emptiesTheCollectionsTheSizeBounds() {
    for (long seed = 0; seed < 50; seed++) {
      assertThat(ActivityGenerators.goalDrafts().generate(seed, 0).milestones()).isEmpty();
      assertThat(ActivityGenerators.surveyDrafts().generate(seed, 0).questions()).hasSize(1);
      assertThat(ActivityGenerators.resourceDrafts().generate(seed, 0).tags()).isEmpty();
      assertThat(ActivityGenerators.surveySummaries().generate(seed, 0).responses()).isZero();
    }
  }
}
