package dev.mentoring.json.testing;

import dev.mentoring.core.Actor;
import dev.mentoring.core.ErasureReport;
import dev.mentoring.core.MatchingRun;
import dev.mentoring.core.ParticipantData;
import dev.mentoring.core.ParticipantId;
import dev.mentoring.core.Violation;
import dev.mentoring.core.enrollment.Answer;
import dev.mentoring.core.enrollment.Application;
import dev.mentoring.core.enrollment.Availability;
import dev.mentoring.core.enrollment.Consent;
import dev.mentoring.core.enrollment.DepartmentPreference;
import dev.mentoring.core.enrollment.Enrollment;
import dev.mentoring.core.enrollment.EnrollmentId;
import dev.mentoring.core.enrollment.EnrollmentStatus;
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
import dev.mentoring.core.feedback.SurveyAudience;
import dev.mentoring.core.feedback.SurveyCheckpoint;
import dev.mentoring.core.feedback.SurveyDraft;
import dev.mentoring.core.feedback.SurveyId;
import dev.mentoring.core.feedback.SurveyQuestion;
import dev.mentoring.core.feedback.SurveyQuestionType;
import dev.mentoring.core.feedback.SurveyResponse;
import dev.mentoring.core.feedback.SurveyStatus;
import dev.mentoring.core.feedback.SurveySummary;
import dev.mentoring.core.goal.CheckIn;
import dev.mentoring.core.goal.Goal;
import dev.mentoring.core.goal.GoalDraft;
import dev.mentoring.core.goal.GoalId;
import dev.mentoring.core.goal.GoalStatus;
import dev.mentoring.core.goal.GoalVisibility;
import dev.mentoring.core.goal.Milestone;
import dev.mentoring.core.goal.MilestoneDraft;
import dev.mentoring.core.goal.ProgressMode;
import dev.mentoring.core.matching.CandidatePair;
import dev.mentoring.core.matching.MatchingProblem;
import dev.mentoring.core.matching.MatchingResult;
import dev.mentoring.core.matching.Proposal;
import dev.mentoring.core.meeting.Meeting;
import dev.mentoring.core.meeting.MeetingId;
import dev.mentoring.core.meeting.MeetingMode;
import dev.mentoring.core.meeting.MeetingPlan;
import dev.mentoring.core.meeting.MeetingSeriesId;
import dev.mentoring.core.meeting.MeetingStatus;
import dev.mentoring.core.meeting.Recurrence;
import dev.mentoring.core.meeting.RecurrenceFrequency;
import dev.mentoring.core.metrics.HealthReason;
import dev.mentoring.core.metrics.HealthSignal;
import dev.mentoring.core.metrics.HealthStatus;
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
import dev.mentoring.core.pairing.ExitReason;
import dev.mentoring.core.pairing.Explanation;
import dev.mentoring.core.pairing.PairExit;
import dev.mentoring.core.pairing.PairId;
import dev.mentoring.core.pairing.PairOrigin;
import dev.mentoring.core.pairing.PairStatus;
import dev.mentoring.core.program.ApprovalSide;
import dev.mentoring.core.program.EnrollmentForm;
import dev.mentoring.core.program.EnrollmentRole;
import dev.mentoring.core.program.HealthPolicy;
import dev.mentoring.core.program.MatchingMode;
import dev.mentoring.core.program.MatchingPolicy;
import dev.mentoring.core.program.MeetingCadence;
import dev.mentoring.core.program.Program;
import dev.mentoring.core.program.ProgramFormat;
import dev.mentoring.core.program.ProgramId;
import dev.mentoring.core.program.ProgramSpec;
import dev.mentoring.core.program.ProgramStatus;
import dev.mentoring.core.program.Question;
import dev.mentoring.core.program.QuestionType;
import dev.mentoring.core.program.ReminderPolicy;
import dev.mentoring.core.program.Schedule;
import dev.mentoring.core.resource.Resource;
import dev.mentoring.core.resource.ResourceAudience;
import dev.mentoring.core.resource.ResourceDraft;
import dev.mentoring.core.resource.ResourceId;
import dev.mentoring.core.resource.ResourceSuggestion;
import dev.mentoring.core.spi.SentReminder;
import dev.mentoring.core.spi.StoreFeature;
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
import java.util.List;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * QuickTheories generators of every covered type, for round-trip properties. The values come from
 * the testkit's seeded generators ({@code dev.mentoring.testkit.generate}), adapted to
 * QuickTheories so that falsified values replay and shrink, at sizes from 0 (empty collections) to
 * {@value #MAX_SIZE}; half of them then get edge values sprinkled in wherever the records'
 * constructors accept them: strings with quotes, backslashes, slashes, control characters,
 * non-ASCII and astral characters; the full ranges of {@code Instant}, {@code LocalDate}, {@code
 * Duration}, longs and ints; finite doubles including {@code -0.0} and subnormals; any time zone;
 * relative and opaque URIs. The testkit supplies absent and present optional fields, empty and
 * non-empty collections, and components that agree with each other. Stateless and thread-safe.
 */
public final class JsonGens {
  private JsonGens() {}

  /** The largest size hint passed to the testkit's generators. */
  static final int MAX_SIZE = 6;

  /**
   * A covered class and a generator of its values.
   *
   * @param type the class
   * @param gen the generator
   * @param <T> the type
   */
  public record Family<T>(Class<T> type, Gen<T> gen) {
    @Override
    public String toString() {
      return type.getName();
    }
  }

  /** Strings of 0 to 12 code points, with JSON's special, control, non-ASCII and astral ones. */
  public static final Gen<String> TEXT = EdgeValues.TEXT;

  private static <T> Gen<T> from(Generator<T> generator) {
    return EdgeValues.sprinkle(FromTestkit.of(generator, MAX_SIZE));
  }

  /**
   * The values of a supertype's generator that are of one subtype, drawn until one is; a generator
   * that yields a subtype in one of four draws needs more than 200 draws once in 10^25 values.
   */
  private static <S, T extends S> Gen<T> only(Class<T> type, Generator<S> generator) {
    Gen<S> values = from(generator);
    return in -> {
      for (int draws = 0; draws < 200; draws++) {
        S value = values.generate(in);
        if (type.isInstance(value)) {
          return type.cast(value);
        }
      }
      throw new IllegalStateException("200 draws without a " + type.getName());
    };
  }

  private static <T> Family<T> family(Class<T> type, Generator<T> generator) {
    return new Family<>(type, from(generator));
  }

  private static <S, T extends S> Family<T> subtype(Class<T> type, Generator<S> generator) {
    return new Family<>(type, only(type, generator));
  }

  private static <E extends Enum<E>> Family<E> enumFamily(Class<E> type) {
    return new Family<>(type, FromTestkit.of(DomainGenerators.constants(type), 0));
  }

  /**
   * Returns a generator for every covered class.
   *
   * @return the families, ids and enums first
   */
  public static List<Family<?>> all() {
    return List.of(
        family(ProgramId.class, DomainGenerators.programIds()),
        family(ParticipantId.class, DomainGenerators.participantIds()),
        family(EnrollmentId.class, DomainGenerators.enrollmentIds()),
        family(PairId.class, DomainGenerators.pairIds()),
        enumFamily(ApprovalSide.class),
        enumFamily(EnrollmentRole.class),
        enumFamily(MatchingMode.class),
        enumFamily(ProgramFormat.class),
        enumFamily(ProgramStatus.class),
        enumFamily(QuestionType.class),
        enumFamily(Consent.class),
        enumFamily(DepartmentPreference.class),
        enumFamily(EnrollmentStatus.class),
        enumFamily(ExitReason.class),
        enumFamily(PairOrigin.class),
        enumFamily(PairStatus.class),
        enumFamily(StoreFeature.class),
        family(Schedule.class, DomainGenerators.schedules()),
        family(MeetingCadence.class, DomainGenerators.meetingCadences()),
        family(Question.class, DomainGenerators.questions()),
        family(EnrollmentForm.class, DomainGenerators.enrollmentForms()),
        family(MatchingPolicy.class, DomainGenerators.matchingPolicies()),
        family(ReminderPolicy.class, DomainGenerators.reminderPolicies()),
        family(ProgramSpec.class, DomainGenerators.programSpecs()),
        family(Program.class, DomainGenerators.programs()),
        family(Skill.class, DomainGenerators.skills()),
        family(Availability.class, DomainGenerators.availabilities()),
        family(Preferences.class, DomainGenerators.preferences()),
        family(Profile.class, DomainGenerators.profiles()),
        family(Answer.class, DomainGenerators.answers()),
        subtype(Answer.TextAnswer.class, DomainGenerators.answers()),
        subtype(Answer.NumberAnswer.class, DomainGenerators.answers()),
        subtype(Answer.ChoiceAnswer.class, DomainGenerators.answers()),
        subtype(Answer.YesNoAnswer.class, DomainGenerators.answers()),
        family(Enrollment.class, DomainGenerators.enrollments()),
        family(Application.class, DomainGenerators.applications()),
        family(Contribution.class, DomainGenerators.contributions()),
        family(Explanation.class, DomainGenerators.explanations()),
        family(PairExit.class, DomainGenerators.pairExits()),
        family(dev.mentoring.core.pairing.Pair.class, DomainGenerators.pairs()),
        family(CandidatePair.class, MatchingGenerators.candidatePairs()),
        family(Proposal.class, MatchingGenerators.proposals()),
        family(MatchingResult.class, MatchingGenerators.matchingResults()),
        family(MatchingProblem.class, MatchingGenerators.matchingProblems()),
        family(SentReminder.class, DomainGenerators.sentReminders()),
        family(ErasureReport.class, DomainGenerators.erasureReports()),
        family(MatchingRun.class, DomainGenerators.matchingRuns()),
        family(ParticipantData.class, DomainGenerators.participantData()),
        family(Violation.class, DomainGenerators.violations()),
        family(MentoringEvent.class, EventGenerators.events()),
        family(ProgramCreated.class, EventGenerators.programCreated()),
        family(ProgramUpdated.class, EventGenerators.programUpdated()),
        family(ProgramStatusChanged.class, EventGenerators.programStatusChanged()),
        family(EnrollmentSubmitted.class, EventGenerators.enrollmentSubmitted()),
        family(EnrollmentUpdated.class, EventGenerators.enrollmentUpdated()),
        family(EnrollmentStatusChanged.class, EventGenerators.enrollmentStatusChanged()),
        family(PairProposed.class, EventGenerators.pairProposed()),
        family(PairApproved.class, EventGenerators.pairApproved()),
        family(PairStatusChanged.class, EventGenerators.pairStatusChanged()),
        family(ParticipantErased.class, EventGenerators.participantErased()),
        family(Notification.class, EventGenerators.notifications()),
        family(MatchProposed.class, EventGenerators.matchProposed()),
        family(MatchConfirmed.class, EventGenerators.matchConfirmed()),
        family(ProposalAwaitingAnswer.class, EventGenerators.proposalAwaitingAnswer()),
        family(ProposalExpiring.class, EventGenerators.proposalExpiring()),
        family(EnrollmentDecided.class, EventGenerators.enrollmentDecided()),
        family(ProgramPhaseChanged.class, EventGenerators.programPhaseChanged()),
        family(Actor.class, DomainGenerators.actors()),
        subtype(Actor.Participant.class, DomainGenerators.actors()),
        new Family<>(Actor.SystemActor.class, Generate.constant(new Actor.SystemActor())),
        family(Exclusion.class, MatchingGenerators.exclusions()),
        family(PairExplanation.class, MatchingGenerators.pairExplanations()),
        family(Recommendation.class, MatchingGenerators.recommendations()),
        family(SegmentSummary.class, MatchingGenerators.segmentSummaries()),
        family(FeasibilityReport.class, MatchingGenerators.feasibilityReports()),
        family(MatchingEvaluation.class, MatchingGenerators.matchingEvaluations()),
        // goals
        family(GoalId.class, ActivityGenerators.goalIds()),
        enumFamily(GoalStatus.class),
        enumFamily(GoalVisibility.class),
        enumFamily(ProgressMode.class),
        family(Milestone.class, ActivityGenerators.milestones()),
        family(CheckIn.class, ActivityGenerators.checkIns()),
        family(MilestoneDraft.class, ActivityGenerators.milestoneDrafts()),
        family(GoalDraft.class, ActivityGenerators.goalDrafts()),
        family(Goal.class, ActivityGenerators.goals()),
        // meetings
        family(MeetingId.class, ActivityGenerators.meetingIds()),
        family(MeetingSeriesId.class, ActivityGenerators.meetingSeriesIds()),
        enumFamily(MeetingMode.class),
        enumFamily(MeetingStatus.class),
        enumFamily(RecurrenceFrequency.class),
        family(Recurrence.class, ActivityGenerators.recurrences()),
        family(MeetingPlan.class, ActivityGenerators.meetingPlans()),
        family(Meeting.class, ActivityGenerators.meetings()),
        // feedback
        family(SurveyId.class, ActivityGenerators.surveyIds()),
        family(ResponseId.class, ActivityGenerators.responseIds()),
        enumFamily(SurveyAudience.class),
        enumFamily(SurveyCheckpoint.class),
        enumFamily(SurveyQuestionType.class),
        enumFamily(SurveyStatus.class),
        family(SurveyQuestion.class, ActivityGenerators.surveyQuestions()),
        family(SurveyDraft.class, ActivityGenerators.surveyDrafts()),
        family(Survey.class, ActivityGenerators.surveys()),
        family(SurveyResponse.class, ActivityGenerators.surveyResponses()),
        family(NetPromoterScore.class, ActivityGenerators.netPromoterScores()),
        family(QuestionSummary.class, ActivityGenerators.questionSummaries()),
        subtype(QuestionSummary.RatingSummary.class, ActivityGenerators.questionSummaries()),
        subtype(QuestionSummary.NpsSummary.class, ActivityGenerators.questionSummaries()),
        subtype(QuestionSummary.ChoiceSummary.class, ActivityGenerators.questionSummaries()),
        subtype(QuestionSummary.TextSummary.class, ActivityGenerators.questionSummaries()),
        family(SurveySummary.class, ActivityGenerators.surveySummaries()),
        // knowledge base
        family(ResourceId.class, ActivityGenerators.resourceIds()),
        enumFamily(ResourceAudience.class),
        family(ResourceDraft.class, ActivityGenerators.resourceDrafts()),
        family(Resource.class, ActivityGenerators.resources()),
        family(ResourceSuggestion.class, ActivityGenerators.resourceSuggestions()),
        // new events and notifications
        family(GoalCreated.class, EventGenerators.goalCreated()),
        family(GoalUpdated.class, EventGenerators.goalUpdated()),
        family(GoalStatusChanged.class, EventGenerators.goalStatusChanged()),
        family(MeetingScheduled.class, EventGenerators.meetingScheduled()),
        family(MeetingLogged.class, EventGenerators.meetingLogged()),
        family(MeetingRescheduled.class, EventGenerators.meetingRescheduled()),
        family(MeetingStatusChanged.class, EventGenerators.meetingStatusChanged()),
        family(MeetingNotesUpdated.class, EventGenerators.meetingNotesUpdated()),
        family(MeetingRated.class, EventGenerators.meetingRated()),
        family(SurveyCreated.class, EventGenerators.surveyCreated()),
        family(SurveyRevised.class, EventGenerators.surveyRevised()),
        family(SurveyStatusChanged.class, EventGenerators.surveyStatusChanged()),
        family(SurveyResponseSubmitted.class, EventGenerators.surveyResponseSubmitted()),
        family(ResourceAdded.class, EventGenerators.resourceAdded()),
        family(ResourceRevised.class, EventGenerators.resourceRevised()),
        family(ResourceRemoved.class, EventGenerators.resourceRemoved()),
        family(MeetingInvitation.class, EventGenerators.meetingInvitation()),
        family(MeetingMoved.class, EventGenerators.meetingMoved()),
        family(MeetingCancelled.class, EventGenerators.meetingCancelled()),
        family(PoorFitReported.class, EventGenerators.poorFitReported()),
        // reminders of meetings, inactivity, goals and surveys
        family(MeetingReminder.class, EventGenerators.meetingReminder()),
        family(MeetingFollowUp.class, EventGenerators.meetingFollowUp()),
        family(InactivityNudge.class, EventGenerators.inactivityNudge()),
        family(InactivityEscalation.class, EventGenerators.inactivityEscalation()),
        family(GoalDue.class, EventGenerators.goalDue()),
        family(MilestoneDue.class, EventGenerators.milestoneDue()),
        family(SurveyInvitation.class, EventGenerators.surveyInvitation()),
        family(SurveyReminder.class, EventGenerators.surveyReminder()),
        // program health and reports
        family(HealthPolicy.class, DomainGenerators.healthPolicies()),
        enumFamily(HealthStatus.class),
        enumFamily(HealthSignal.class),
        family(Ratio.class, MetricsGenerators.ratios()),
        family(HealthReason.class, MetricsGenerators.healthReasons()),
        family(PairHealth.class, MetricsGenerators.pairHealths()),
        family(SurveyResponseRate.class, MetricsGenerators.surveyResponseRates()),
        family(ProgramReport.class, MetricsGenerators.programReports()),
        family(
            SegmentedReport.Segment.class,
            MetricsGenerators.programReports()
                .map(report -> new SegmentedReport.Segment(report.programId().value(), report))),
        family(SegmentedReport.class, MetricsGenerators.segmentedReports()));
  }

  /**
   * Returns the generator of one class.
   *
   * @param type a covered class
   * @param <T> its type
   * @return the generator
   * @throws IllegalArgumentException if the class has none
   */
  @SuppressWarnings("unchecked") // each family pairs a class with a generator of that class
  public static <T> Gen<T> of(Class<T> type) {
    for (Family<?> f : all()) {
      if (f.type() == type) {
        return (Gen<T>) f.gen();
      }
    }
    throw new IllegalArgumentException("no generator for " + type.getName());
  }
}
