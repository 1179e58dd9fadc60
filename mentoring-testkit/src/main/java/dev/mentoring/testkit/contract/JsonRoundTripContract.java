package dev.mentoring.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import dev.mentoring.core.Actor;
import dev.mentoring.core.ErasureReport;
import dev.mentoring.core.MatchingRun;
import dev.mentoring.core.ParticipantData;
import dev.mentoring.core.ParticipantId;
import dev.mentoring.core.Violation;
import dev.mentoring.core.enrollment.Answer;
import dev.mentoring.core.enrollment.Application;
import dev.mentoring.core.enrollment.Availability;
import dev.mentoring.core.enrollment.Enrollment;
import dev.mentoring.core.enrollment.EnrollmentId;
import dev.mentoring.core.enrollment.Preferences;
import dev.mentoring.core.enrollment.Profile;
import dev.mentoring.core.enrollment.Skill;
import dev.mentoring.core.event.EnrollmentStatusChanged;
import dev.mentoring.core.event.EnrollmentSubmitted;
import dev.mentoring.core.event.EnrollmentUpdated;
import dev.mentoring.core.event.GoalCreated;
import dev.mentoring.core.event.GoalStatusChanged;
import dev.mentoring.core.event.GoalUpdated;
import dev.mentoring.core.event.MeetingLogged;
import dev.mentoring.core.event.MeetingNotesUpdated;
import dev.mentoring.core.event.MeetingRated;
import dev.mentoring.core.event.MeetingRescheduled;
import dev.mentoring.core.event.MeetingScheduled;
import dev.mentoring.core.event.MeetingStatusChanged;
import dev.mentoring.core.event.MentoringEvent;
import dev.mentoring.core.event.PairApproved;
import dev.mentoring.core.event.PairProposed;
import dev.mentoring.core.event.PairStatusChanged;
import dev.mentoring.core.event.ParticipantErased;
import dev.mentoring.core.event.ProgramCreated;
import dev.mentoring.core.event.ProgramStatusChanged;
import dev.mentoring.core.event.ProgramUpdated;
import dev.mentoring.core.event.ResourceAdded;
import dev.mentoring.core.event.ResourceRemoved;
import dev.mentoring.core.event.ResourceRevised;
import dev.mentoring.core.event.SurveyCreated;
import dev.mentoring.core.event.SurveyResponseSubmitted;
import dev.mentoring.core.event.SurveyRevised;
import dev.mentoring.core.event.SurveyStatusChanged;
import dev.mentoring.core.feedback.NetPromoterScore;
import dev.mentoring.core.feedback.QuestionSummary;
import dev.mentoring.core.feedback.ResponseId;
import dev.mentoring.core.feedback.Survey;
import dev.mentoring.core.feedback.SurveyDraft;
import dev.mentoring.core.feedback.SurveyId;
import dev.mentoring.core.feedback.SurveyQuestion;
import dev.mentoring.core.feedback.SurveyResponse;
import dev.mentoring.core.feedback.SurveySummary;
import dev.mentoring.core.goal.CheckIn;
import dev.mentoring.core.goal.Goal;
import dev.mentoring.core.goal.GoalDraft;
import dev.mentoring.core.goal.GoalId;
import dev.mentoring.core.goal.Milestone;
import dev.mentoring.core.goal.MilestoneDraft;
import dev.mentoring.core.matching.CandidatePair;
import dev.mentoring.core.matching.MatchingProblem;
import dev.mentoring.core.matching.MatchingResult;
import dev.mentoring.core.matching.Proposal;
import dev.mentoring.core.meeting.Meeting;
import dev.mentoring.core.meeting.MeetingId;
import dev.mentoring.core.meeting.MeetingPlan;
import dev.mentoring.core.meeting.MeetingSeriesId;
import dev.mentoring.core.meeting.Recurrence;
import dev.mentoring.core.metrics.HealthReason;
import dev.mentoring.core.metrics.PairHealth;
import dev.mentoring.core.metrics.ProgramReport;
import dev.mentoring.core.metrics.Ratio;
import dev.mentoring.core.metrics.SegmentedReport;
import dev.mentoring.core.metrics.SurveyResponseRate;
import dev.mentoring.core.notification.EnrollmentDecided;
import dev.mentoring.core.notification.GoalDue;
import dev.mentoring.core.notification.InactivityEscalation;
import dev.mentoring.core.notification.InactivityNudge;
import dev.mentoring.core.notification.MatchConfirmed;
import dev.mentoring.core.notification.MatchProposed;
import dev.mentoring.core.notification.MeetingCancelled;
import dev.mentoring.core.notification.MeetingFollowUp;
import dev.mentoring.core.notification.MeetingInvitation;
import dev.mentoring.core.notification.MeetingMoved;
import dev.mentoring.core.notification.MeetingReminder;
import dev.mentoring.core.notification.MilestoneDue;
import dev.mentoring.core.notification.Notification;
import dev.mentoring.core.notification.PoorFitReported;
import dev.mentoring.core.notification.ProgramPhaseChanged;
import dev.mentoring.core.notification.ProposalAwaitingAnswer;
import dev.mentoring.core.notification.ProposalExpiring;
import dev.mentoring.core.notification.SurveyInvitation;
import dev.mentoring.core.notification.SurveyReminder;
import dev.mentoring.core.pairing.Contribution;
import dev.mentoring.core.pairing.Explanation;
import dev.mentoring.core.pairing.Pair;
import dev.mentoring.core.pairing.PairExit;
import dev.mentoring.core.pairing.PairId;
import dev.mentoring.core.program.EnrollmentForm;
import dev.mentoring.core.program.HealthPolicy;
import dev.mentoring.core.program.MatchingPolicy;
import dev.mentoring.core.program.MeetingCadence;
import dev.mentoring.core.program.Program;
import dev.mentoring.core.program.ProgramId;
import dev.mentoring.core.program.ProgramSpec;
import dev.mentoring.core.program.Question;
import dev.mentoring.core.program.ReminderPolicy;
import dev.mentoring.core.program.Schedule;
import dev.mentoring.core.resource.Resource;
import dev.mentoring.core.resource.ResourceDraft;
import dev.mentoring.core.resource.ResourceId;
import dev.mentoring.core.resource.ResourceSuggestion;
import dev.mentoring.core.spi.SentReminder;
import dev.mentoring.matching.FeasibilityReport;
import dev.mentoring.matching.MatchingEvaluation;
import dev.mentoring.matching.Recommendation;
import dev.mentoring.matching.SegmentSummary;
import dev.mentoring.matching.scoring.Exclusion;
import dev.mentoring.matching.scoring.PairExplanation;
import dev.mentoring.testkit.generate.ActivityGenerators;
import dev.mentoring.testkit.generate.DomainGenerators;
import dev.mentoring.testkit.generate.EventGenerators;
import dev.mentoring.testkit.generate.Generator;
import dev.mentoring.testkit.generate.MatchingGenerators;
import dev.mentoring.testkit.generate.MetricsGenerators;
import dev.mentoring.testkit.internal.SplitMix64;
import java.util.List;
import java.util.stream.Stream;
import org.apiguardian.api.API;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.TestFactory;

/**
 * Conformance kit for JSON modules: every public value type of core and matching, generated for
 * many seeds and sizes, must survive a round trip. Extend it in the module's tests and implement
 * the factory ({@code MapperCodec} as in {@link JsonCodec}):
 *
 * <pre>{@code
 * class MentoringModuleJsonTest extends JsonRoundTripContract {
 *   protected JsonCodec codec() { return new MapperCodec(mapperWith(new MentoringModule())); }
 * }
 * }</pre>
 *
 * <p>The kit checks two things for each kind of value, in groups by area (ids and values, programs,
 * enrollments, pairs, matching, goals, meetings, feedback, the knowledge base, health and reports,
 * events, notifications, privacy, and the host's own cases):
 *
 * <ul>
 *   <li><b>a value written to JSON and read back equals the original</b>; sealed hierarchies
 *       (events, notifications, answers, actors, question summaries) are read back through their
 *       base type, so the JSON must identify the subtype;
 *   <li><b>JSON read and written again is unchanged</b>, character for character. Core's
 *       collections are immutable sets and maps whose iteration order varies from one JVM run to
 *       the next, so a module meets this only if it writes set elements and map entries in an order
 *       of its own (sorted, for example): the same property keeps golden files stable.
 * </ul>
 *
 * <p>Each check runs {@link #samples()} values per kind, with sizes from 0 (empty collections,
 * absent optional fields) upwards and edge cases (texts with quotes, control and supplementary
 * characters, instants with nanoseconds, {@code long} extremes) now and then. A failure names the
 * seed, the size, the type and the JSON; {@code generator.generate(seed, size)} rebuilds the value.
 * {@link #codec()} is called once per kind of value and check, and JUnit runs each check on its own
 * instance of the kit, so a codec need not be thread-safe unless the host runs tests in parallel.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public abstract class JsonRoundTripContract {

  private static final long BASE_SEED = 0x4A50_4E52_5454L;
  private static final int[] SIZES = {0, 1, 2, 3, 5, 8, 13, 21};
  private static final String READ_BACK =
      "a value written to JSON and read back equals the original";
  private static final String REWRITTEN = "JSON read and written again is unchanged";

  /** Creates the kit. */
  protected JsonRoundTripContract() {}

  /**
   * Returns the codec under test: the host's JSON mapper with the module registered.
   *
   * @return a codec; a new one or a shared one
   */
  protected abstract JsonCodec codec();

  /**
   * Returns further kinds of values to round-trip, run in the group "host cases". Override to add
   * the host's own types or its own generators of the domain types.
   *
   * @return the cases; none by default
   */
  protected List<RoundTripCase<?>> additionalCases() {
    return List.of();
  }

  /**
   * Returns how many values of each kind each check writes and reads.
   *
   * @return the number of samples, at least 1; 40 by default
   */
  protected int samples() {
    return 40;
  }

  // ======================================================================================= groups

  @Nested
  @DisplayName("ids and values")
  class IdsAndValues {
    @TestFactory
    @DisplayName(READ_BACK)
    Stream<DynamicTest> readBack() {
      return readBackTests(idsAndValues());
    }

    @TestFactory
    @DisplayName(REWRITTEN)
    Stream<DynamicTest> rewrite() {
      return rewriteTests(idsAndValues());
    }
  }

  @Nested
  @DisplayName("programs")
  class Programs {
    @TestFactory
    @DisplayName(READ_BACK)
    Stream<DynamicTest> readBack() {
      return readBackTests(programs());
    }

    @TestFactory
    @DisplayName(REWRITTEN)
    Stream<DynamicTest> rewrite() {
      return rewriteTests(programs());
    }
  }

  @Nested
  @DisplayName("enrollments")
  class Enrollments {
    @TestFactory
    @DisplayName(READ_BACK)
    Stream<DynamicTest> readBack() {
      return readBackTests(enrollments());
    }

    @TestFactory
    @DisplayName(REWRITTEN)
    Stream<DynamicTest> rewrite() {
      return rewriteTests(enrollments());
    }
  }

  @Nested
  @DisplayName("pairs")
  class Pairs {
    @TestFactory
    @DisplayName(READ_BACK)
    Stream<DynamicTest> readBack() {
      return readBackTests(pairs());
    }

    @TestFactory
    @DisplayName(REWRITTEN)
    Stream<DynamicTest> rewrite() {
      return rewriteTests(pairs());
    }
  }

  @Nested
  @DisplayName("matching")
  class Matching {
    @TestFactory
    @DisplayName(READ_BACK)
    Stream<DynamicTest> readBack() {
      return readBackTests(matching());
    }

    @TestFactory
    @DisplayName(REWRITTEN)
    Stream<DynamicTest> rewrite() {
      return rewriteTests(matching());
    }
  }

  @Nested
  @DisplayName("goals")
  class Goals {
    @TestFactory
    @DisplayName(READ_BACK)
    Stream<DynamicTest> readBack() {
      return readBackTests(goals());
    }

    @TestFactory
    @DisplayName(REWRITTEN)
    Stream<DynamicTest> rewrite() {
      return rewriteTests(goals());
    }
  }

  @Nested
  @DisplayName("meetings")
  class Meetings {
    @TestFactory
    @DisplayName(READ_BACK)
    Stream<DynamicTest> readBack() {
      return readBackTests(meetings());
    }

    @TestFactory
    @DisplayName(REWRITTEN)
    Stream<DynamicTest> rewrite() {
      return rewriteTests(meetings());
    }
  }

  @Nested
  @DisplayName("feedback")
  class Feedback {
    @TestFactory
    @DisplayName(READ_BACK)
    Stream<DynamicTest> readBack() {
      return readBackTests(feedback());
    }

    @TestFactory
    @DisplayName(REWRITTEN)
    Stream<DynamicTest> rewrite() {
      return rewriteTests(feedback());
    }
  }

  @Nested
  @DisplayName("knowledge base")
  class KnowledgeBase {
    @TestFactory
    @DisplayName(READ_BACK)
    Stream<DynamicTest> readBack() {
      return readBackTests(knowledgeBase());
    }

    @TestFactory
    @DisplayName(REWRITTEN)
    Stream<DynamicTest> rewrite() {
      return rewriteTests(knowledgeBase());
    }
  }

  @Nested
  @DisplayName("health and reports")
  class Metrics {
    @TestFactory
    @DisplayName(READ_BACK)
    Stream<DynamicTest> readBack() {
      return readBackTests(metrics());
    }

    @TestFactory
    @DisplayName(REWRITTEN)
    Stream<DynamicTest> rewrite() {
      return rewriteTests(metrics());
    }
  }

  @Nested
  @DisplayName("events, read through MentoringEvent")
  class Events {
    @TestFactory
    @DisplayName(READ_BACK)
    Stream<DynamicTest> readBack() {
      return readBackTests(events());
    }

    @TestFactory
    @DisplayName(REWRITTEN)
    Stream<DynamicTest> rewrite() {
      return rewriteTests(events());
    }
  }

  @Nested
  @DisplayName("notifications, read through Notification")
  class Notifications {
    @TestFactory
    @DisplayName(READ_BACK)
    Stream<DynamicTest> readBack() {
      return readBackTests(notifications());
    }

    @TestFactory
    @DisplayName(REWRITTEN)
    Stream<DynamicTest> rewrite() {
      return rewriteTests(notifications());
    }
  }

  @Nested
  @DisplayName("privacy and reminders")
  class Privacy {
    @TestFactory
    @DisplayName(READ_BACK)
    Stream<DynamicTest> readBack() {
      return readBackTests(privacy());
    }

    @TestFactory
    @DisplayName(REWRITTEN)
    Stream<DynamicTest> rewrite() {
      return rewriteTests(privacy());
    }
  }

  @Nested
  @DisplayName("host cases")
  class HostCases {
    @TestFactory
    @DisplayName(READ_BACK)
    Stream<DynamicTest> readBack() {
      return readBackTests(additionalCases());
    }

    @TestFactory
    @DisplayName(REWRITTEN)
    Stream<DynamicTest> rewrite() {
      return rewriteTests(additionalCases());
    }
  }

  // ======================================================================================== cases

  private static List<RoundTripCase<?>> idsAndValues() {
    return List.of(
        RoundTripCase.of(ProgramId.class, DomainGenerators.programIds()),
        RoundTripCase.of(ParticipantId.class, DomainGenerators.participantIds()),
        RoundTripCase.of(EnrollmentId.class, DomainGenerators.enrollmentIds()),
        RoundTripCase.of(PairId.class, DomainGenerators.pairIds()),
        RoundTripCase.of(
            Actor.Participant.class,
            Actor.class,
            subtype(DomainGenerators.actors(), Actor.Participant.class)),
        RoundTripCase.of(
            Actor.SystemActor.class,
            Actor.class,
            subtype(DomainGenerators.actors(), Actor.SystemActor.class)),
        RoundTripCase.of(Violation.class, DomainGenerators.violations()),
        RoundTripCase.of(Skill.class, DomainGenerators.skills()),
        RoundTripCase.of(Availability.class, DomainGenerators.availabilities()),
        RoundTripCase.of(Preferences.class, DomainGenerators.preferences()),
        RoundTripCase.of(
            Answer.TextAnswer.class,
            Answer.class,
            subtype(DomainGenerators.answers(), Answer.TextAnswer.class)),
        RoundTripCase.of(
            Answer.NumberAnswer.class,
            Answer.class,
            subtype(DomainGenerators.answers(), Answer.NumberAnswer.class)),
        RoundTripCase.of(
            Answer.ChoiceAnswer.class,
            Answer.class,
            subtype(DomainGenerators.answers(), Answer.ChoiceAnswer.class)),
        RoundTripCase.of(
            Answer.YesNoAnswer.class,
            Answer.class,
            subtype(DomainGenerators.answers(), Answer.YesNoAnswer.class)),
        RoundTripCase.of(Profile.class, DomainGenerators.profiles()),
        RoundTripCase.of(Contribution.class, DomainGenerators.contributions()),
        RoundTripCase.of(Explanation.class, DomainGenerators.explanations()),
        RoundTripCase.of(PairExit.class, DomainGenerators.pairExits()));
  }

  private static List<RoundTripCase<?>> programs() {
    return List.of(
        RoundTripCase.of(Question.class, DomainGenerators.questions()),
        RoundTripCase.of(EnrollmentForm.class, DomainGenerators.enrollmentForms()),
        RoundTripCase.of(Schedule.class, DomainGenerators.schedules()),
        RoundTripCase.of(MeetingCadence.class, DomainGenerators.meetingCadences()),
        RoundTripCase.of(MatchingPolicy.class, DomainGenerators.matchingPolicies()),
        RoundTripCase.of(ReminderPolicy.class, DomainGenerators.reminderPolicies()),
        RoundTripCase.of(HealthPolicy.class, DomainGenerators.healthPolicies()),
        RoundTripCase.of(ProgramSpec.class, DomainGenerators.programSpecs()),
        RoundTripCase.of(Program.class, DomainGenerators.programs()));
  }

  private static List<RoundTripCase<?>> enrollments() {
    return List.of(
        RoundTripCase.of(Application.class, DomainGenerators.applications()),
        RoundTripCase.of(Enrollment.class, DomainGenerators.enrollments()));
  }

  private static List<RoundTripCase<?>> pairs() {
    return List.of(
        RoundTripCase.of(Pair.class, DomainGenerators.pairs()),
        RoundTripCase.of(MatchingRun.class, DomainGenerators.matchingRuns()));
  }

  private static List<RoundTripCase<?>> matching() {
    return List.of(
        RoundTripCase.of(CandidatePair.class, MatchingGenerators.candidatePairs()),
        RoundTripCase.of(Proposal.class, MatchingGenerators.proposals()),
        RoundTripCase.of(MatchingResult.class, MatchingGenerators.matchingResults()),
        RoundTripCase.of(MatchingProblem.class, MatchingGenerators.matchingProblems()),
        RoundTripCase.of(Exclusion.class, MatchingGenerators.exclusions()),
        RoundTripCase.of(PairExplanation.class, MatchingGenerators.pairExplanations()),
        RoundTripCase.of(Recommendation.class, MatchingGenerators.recommendations()),
        RoundTripCase.of(FeasibilityReport.class, MatchingGenerators.feasibilityReports()),
        RoundTripCase.of(SegmentSummary.class, MatchingGenerators.segmentSummaries()),
        RoundTripCase.of(MatchingEvaluation.class, MatchingGenerators.matchingEvaluations()));
  }

  private static List<RoundTripCase<?>> goals() {
    return List.of(
        RoundTripCase.of(GoalId.class, ActivityGenerators.goalIds()),
        RoundTripCase.of(MilestoneDraft.class, ActivityGenerators.milestoneDrafts()),
        RoundTripCase.of(GoalDraft.class, ActivityGenerators.goalDrafts()),
        RoundTripCase.of(Milestone.class, ActivityGenerators.milestones()),
        RoundTripCase.of(CheckIn.class, ActivityGenerators.checkIns()),
        RoundTripCase.of(Goal.class, ActivityGenerators.goals()));
  }

  private static List<RoundTripCase<?>> meetings() {
    return List.of(
        RoundTripCase.of(MeetingId.class, ActivityGenerators.meetingIds()),
        RoundTripCase.of(MeetingSeriesId.class, ActivityGenerators.meetingSeriesIds()),
        RoundTripCase.of(MeetingPlan.class, ActivityGenerators.meetingPlans()),
        RoundTripCase.of(Recurrence.class, ActivityGenerators.recurrences()),
        RoundTripCase.of(Meeting.class, ActivityGenerators.meetings()));
  }

  private static List<RoundTripCase<?>> feedback() {
    Class<QuestionSummary> summary = QuestionSummary.class;
    Generator<QuestionSummary> summaries = ActivityGenerators.questionSummaries();
    return List.of(
        RoundTripCase.of(SurveyId.class, ActivityGenerators.surveyIds()),
        RoundTripCase.of(ResponseId.class, ActivityGenerators.responseIds()),
        RoundTripCase.of(SurveyQuestion.class, ActivityGenerators.surveyQuestions()),
        RoundTripCase.of(SurveyDraft.class, ActivityGenerators.surveyDrafts()),
        RoundTripCase.of(Survey.class, ActivityGenerators.surveys()),
        RoundTripCase.of(SurveyResponse.class, ActivityGenerators.surveyResponses()),
        RoundTripCase.of(NetPromoterScore.class, ActivityGenerators.netPromoterScores()),
        RoundTripCase.of(
            QuestionSummary.RatingSummary.class,
            summary,
            subtype(summaries, QuestionSummary.RatingSummary.class)),
        RoundTripCase.of(
            QuestionSummary.NpsSummary.class,
            summary,
            subtype(summaries, QuestionSummary.NpsSummary.class)),
        RoundTripCase.of(
            QuestionSummary.ChoiceSummary.class,
            summary,
            subtype(summaries, QuestionSummary.ChoiceSummary.class)),
        RoundTripCase.of(
            QuestionSummary.TextSummary.class,
            summary,
            subtype(summaries, QuestionSummary.TextSummary.class)),
        RoundTripCase.of(SurveySummary.class, ActivityGenerators.surveySummaries()));
  }

  private static List<RoundTripCase<?>> knowledgeBase() {
    return List.of(
        RoundTripCase.of(ResourceId.class, ActivityGenerators.resourceIds()),
        RoundTripCase.of(ResourceDraft.class, ActivityGenerators.resourceDrafts()),
        RoundTripCase.of(Resource.class, ActivityGenerators.resources()),
        RoundTripCase.of(ResourceSuggestion.class, ActivityGenerators.resourceSuggestions()));
  }

  private static List<RoundTripCase<?>> events() {
    Class<MentoringEvent> base = MentoringEvent.class;
    return List.of(
        RoundTripCase.of(ProgramCreated.class, base, EventGenerators.programCreated()),
        RoundTripCase.of(ProgramUpdated.class, base, EventGenerators.programUpdated()),
        RoundTripCase.of(ProgramStatusChanged.class, base, EventGenerators.programStatusChanged()),
        RoundTripCase.of(EnrollmentSubmitted.class, base, EventGenerators.enrollmentSubmitted()),
        RoundTripCase.of(EnrollmentUpdated.class, base, EventGenerators.enrollmentUpdated()),
        RoundTripCase.of(
            EnrollmentStatusChanged.class, base, EventGenerators.enrollmentStatusChanged()),
        RoundTripCase.of(PairProposed.class, base, EventGenerators.pairProposed()),
        RoundTripCase.of(PairApproved.class, base, EventGenerators.pairApproved()),
        RoundTripCase.of(PairStatusChanged.class, base, EventGenerators.pairStatusChanged()),
        RoundTripCase.of(ParticipantErased.class, base, EventGenerators.participantErased()),
        RoundTripCase.of(GoalCreated.class, base, EventGenerators.goalCreated()),
        RoundTripCase.of(GoalUpdated.class, base, EventGenerators.goalUpdated()),
        RoundTripCase.of(GoalStatusChanged.class, base, EventGenerators.goalStatusChanged()),
        RoundTripCase.of(MeetingScheduled.class, base, EventGenerators.meetingScheduled()),
        RoundTripCase.of(MeetingLogged.class, base, EventGenerators.meetingLogged()),
        RoundTripCase.of(MeetingRescheduled.class, base, EventGenerators.meetingRescheduled()),
        RoundTripCase.of(MeetingStatusChanged.class, base, EventGenerators.meetingStatusChanged()),
        RoundTripCase.of(MeetingNotesUpdated.class, base, EventGenerators.meetingNotesUpdated()),
        RoundTripCase.of(MeetingRated.class, base, EventGenerators.meetingRated()),
        RoundTripCase.of(SurveyCreated.class, base, EventGenerators.surveyCreated()),
        RoundTripCase.of(SurveyRevised.class, base, EventGenerators.surveyRevised()),
        RoundTripCase.of(SurveyStatusChanged.class, base, EventGenerators.surveyStatusChanged()),
        RoundTripCase.of(
            SurveyResponseSubmitted.class, base, EventGenerators.surveyResponseSubmitted()),
        RoundTripCase.of(ResourceAdded.class, base, EventGenerators.resourceAdded()),
        RoundTripCase.of(ResourceRevised.class, base, EventGenerators.resourceRevised()),
        RoundTripCase.of(ResourceRemoved.class, base, EventGenerators.resourceRemoved()));
  }

  private static List<RoundTripCase<?>> notifications() {
    Class<Notification> base = Notification.class;
    return List.of(
        RoundTripCase.of(MatchProposed.class, base, EventGenerators.matchProposed()),
        RoundTripCase.of(MatchConfirmed.class, base, EventGenerators.matchConfirmed()),
        RoundTripCase.of(
            ProposalAwaitingAnswer.class, base, EventGenerators.proposalAwaitingAnswer()),
        RoundTripCase.of(ProposalExpiring.class, base, EventGenerators.proposalExpiring()),
        RoundTripCase.of(EnrollmentDecided.class, base, EventGenerators.enrollmentDecided()),
        RoundTripCase.of(ProgramPhaseChanged.class, base, EventGenerators.programPhaseChanged()),
        RoundTripCase.of(MeetingInvitation.class, base, EventGenerators.meetingInvitation()),
        RoundTripCase.of(MeetingMoved.class, base, EventGenerators.meetingMoved()),
        RoundTripCase.of(MeetingCancelled.class, base, EventGenerators.meetingCancelled()),
        RoundTripCase.of(PoorFitReported.class, base, EventGenerators.poorFitReported()),
        RoundTripCase.of(MeetingReminder.class, base, EventGenerators.meetingReminder()),
        RoundTripCase.of(MeetingFollowUp.class, base, EventGenerators.meetingFollowUp()),
        RoundTripCase.of(InactivityNudge.class, base, EventGenerators.inactivityNudge()),
        RoundTripCase.of(InactivityEscalation.class, base, EventGenerators.inactivityEscalation()),
        RoundTripCase.of(GoalDue.class, base, EventGenerators.goalDue()),
        RoundTripCase.of(MilestoneDue.class, base, EventGenerators.milestoneDue()),
        RoundTripCase.of(SurveyInvitation.class, base, EventGenerators.surveyInvitation()),
        RoundTripCase.of(SurveyReminder.class, base, EventGenerators.surveyReminder()));
  }

  private static List<RoundTripCase<?>> metrics() {
    return List.of(
        RoundTripCase.of(Ratio.class, MetricsGenerators.ratios()),
        RoundTripCase.of(HealthReason.class, MetricsGenerators.healthReasons()),
        RoundTripCase.of(PairHealth.class, MetricsGenerators.pairHealths()),
        RoundTripCase.of(SurveyResponseRate.class, MetricsGenerators.surveyResponseRates()),
        RoundTripCase.of(ProgramReport.class, MetricsGenerators.programReports()),
        RoundTripCase.of(SegmentedReport.class, MetricsGenerators.segmentedReports()));
  }

  private static List<RoundTripCase<?>> privacy() {
    return List.of(
        RoundTripCase.of(ErasureReport.class, DomainGenerators.erasureReports()),
        RoundTripCase.of(ParticipantData.class, DomainGenerators.participantData()),
        RoundTripCase.of(SentReminder.class, DomainGenerators.sentReminders()));
  }

  /** The values of {@code any} that are of one subtype; the others are drawn past. */
  private static <S> Generator<S> subtype(Generator<?> any, Class<S> type) {
    return (random, size) -> {
      for (int attempt = 0; attempt < 1_000; attempt++) {
        Object value = any.next(random, size);
        if (type.isInstance(value)) {
          return type.cast(value);
        }
      }
      throw new IllegalStateException("the generator made no " + type.getName());
    };
  }

  // ======================================================================================= checks

  private Stream<DynamicTest> readBackTests(List<RoundTripCase<?>> cases) {
    return cases.stream().map(c -> dynamicTest(c.name(), () -> checkReadBack(c)));
  }

  private Stream<DynamicTest> rewriteTests(List<RoundTripCase<?>> cases) {
    return cases.stream().map(c -> dynamicTest(c.name(), () -> checkRewrite(c)));
  }

  private int checkedSamples() {
    int n = samples();
    if (n < 1) {
      throw new IllegalStateException("samples() must be at least 1, was " + n);
    }
    return n;
  }

  private <T> void checkReadBack(RoundTripCase<T> c) {
    JsonCodec codec = codec();
    for (int i = 0, n = checkedSamples(); i < n; i++) {
      long seed = seed(c, i);
      int size = SIZES[i % SIZES.length];
      T value = c.generator().generate(seed, size);
      String json = write(codec, c, seed, size, value);
      T back = read(codec, c, seed, size, json);
      assertThat(back).as(() -> context(c, seed, size, json)).isEqualTo(value);
    }
  }

  private <T> void checkRewrite(RoundTripCase<T> c) {
    JsonCodec codec = codec();
    for (int i = 0, n = checkedSamples(); i < n; i++) {
      long seed = seed(c, i);
      int size = SIZES[i % SIZES.length];
      T value = c.generator().generate(seed, size);
      String json = write(codec, c, seed, size, value);
      T back = read(codec, c, seed, size, json);
      String again = write(codec, c, seed, size, back);
      assertThat(again).as(() -> context(c, seed, size, json)).isEqualTo(json);
    }
  }

  private static long seed(RoundTripCase<?> c, int sample) {
    return SplitMix64.derive(BASE_SEED ^ c.name().hashCode(), sample);
  }

  private static String write(JsonCodec codec, RoundTripCase<?> c, long seed, int size, Object v) {
    try {
      String json = codec.write(v);
      if (json == null) {
        throw new AssertionError(context(c, seed, size, "(none)") + ": write returned null");
      }
      return json;
    } catch (Exception e) {
      throw new AssertionError(
          context(c, seed, size, "(none)") + ": writing " + v + " threw " + e, e);
    }
  }

  private static <T> T read(JsonCodec codec, RoundTripCase<T> c, long seed, int size, String json) {
    T back;
    try {
      back = codec.read(json, c.readAs());
    } catch (Exception e) {
      throw new AssertionError(context(c, seed, size, json) + ": reading threw " + e, e);
    }
    if (!c.readAs().isInstance(back)) {
      throw new AssertionError(
          context(c, seed, size, json) + ": read returned " + back + ", not a " + c.readAs());
    }
    return back;
  }

  private static String context(RoundTripCase<?> c, long seed, int size, String json) {
    return c.name()
        + " (read as "
        + c.readAs().getName()
        + "), seed "
        + seed
        + "L, size "
        + size
        + ", JSON: "
        + json;
  }
}
