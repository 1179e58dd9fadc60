package dev.mentoring.json.internal;

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
import dev.mentoring.core.event.MentoringEvent;
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
import dev.mentoring.core.notification.Notification;
import dev.mentoring.core.pairing.Contribution;
import dev.mentoring.core.pairing.ExitReason;
import dev.mentoring.core.pairing.Explanation;
import dev.mentoring.core.pairing.Pair;
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
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The table of covered classes and their codecs: every public value type of mentoring-core and
 * mentoring-matching. The Jackson modules register a serializer and a deserializer for each class
 * in this table, and a key serializer and deserializer for each id and enum class. Immutable.
 */
public final class Codecs {
  private static final Map<Class<?>, Codec<?>> BY_CLASS;
  private static final Map<Class<?>, StringCodec<?>> KEYS;
  private static final Map<Class<?>, SealedCodec<?>> SEALED;

  static {
    Table t = new Table();
    // ids
    t.key(ProgramId.class, Scalars.PROGRAM_ID);
    t.key(ParticipantId.class, Scalars.PARTICIPANT_ID);
    t.key(EnrollmentId.class, Scalars.ENROLLMENT_ID);
    t.key(PairId.class, Scalars.PAIR_ID);
    // enums
    t.key(ApprovalSide.class, CoreCodecs.APPROVAL_SIDE);
    t.key(EnrollmentRole.class, CoreCodecs.ENROLLMENT_ROLE);
    t.key(MatchingMode.class, CoreCodecs.MATCHING_MODE);
    t.key(ProgramFormat.class, CoreCodecs.PROGRAM_FORMAT);
    t.key(ProgramStatus.class, CoreCodecs.PROGRAM_STATUS);
    t.key(QuestionType.class, CoreCodecs.QUESTION_TYPE);
    t.key(Consent.class, CoreCodecs.CONSENT);
    t.key(DepartmentPreference.class, CoreCodecs.DEPARTMENT_PREFERENCE);
    t.key(EnrollmentStatus.class, CoreCodecs.ENROLLMENT_STATUS);
    t.key(ExitReason.class, CoreCodecs.EXIT_REASON);
    t.key(PairOrigin.class, CoreCodecs.PAIR_ORIGIN);
    t.key(PairStatus.class, CoreCodecs.PAIR_STATUS);
    t.key(StoreFeature.class, CoreCodecs.STORE_FEATURE);
    // program
    t.add(Schedule.class, CoreCodecs.SCHEDULE);
    t.add(MeetingCadence.class, CoreCodecs.MEETING_CADENCE);
    t.add(Question.class, CoreCodecs.QUESTION);
    t.add(EnrollmentForm.class, CoreCodecs.ENROLLMENT_FORM);
    t.add(MatchingPolicy.class, CoreCodecs.MATCHING_POLICY);
    t.add(ReminderPolicy.class, CoreCodecs.REMINDER_POLICY);
    t.add(HealthPolicy.class, CoreCodecs.HEALTH_POLICY);
    t.add(ProgramSpec.class, CoreCodecs.PROGRAM_SPEC);
    t.add(Program.class, CoreCodecs.PROGRAM);
    // enrollment
    t.add(Skill.class, CoreCodecs.SKILL);
    t.add(Availability.class, CoreCodecs.AVAILABILITY);
    t.add(Preferences.class, CoreCodecs.PREFERENCES);
    t.add(Profile.class, CoreCodecs.PROFILE);
    t.sealed(Answer.class, CoreCodecs.ANSWER);
    t.add(Enrollment.class, CoreCodecs.ENROLLMENT);
    t.add(Application.class, CoreCodecs.APPLICATION);
    // pairing
    t.add(Contribution.class, CoreCodecs.CONTRIBUTION);
    t.add(Explanation.class, CoreCodecs.EXPLANATION);
    t.add(PairExit.class, CoreCodecs.PAIR_EXIT);
    t.add(Pair.class, CoreCodecs.PAIR);
    // matching SPI
    t.add(CandidatePair.class, CoreCodecs.CANDIDATE_PAIR);
    t.add(Proposal.class, CoreCodecs.PROPOSAL);
    t.add(MatchingResult.class, CoreCodecs.MATCHING_RESULT);
    t.add(MatchingProblem.class, CoreCodecs.MATCHING_PROBLEM);
    // engine outputs and messages
    t.add(SentReminder.class, CoreCodecs.SENT_REMINDER);
    t.add(ErasureReport.class, CoreCodecs.ERASURE_REPORT);
    t.add(MatchingRun.class, CoreCodecs.MATCHING_RUN);
    t.add(ParticipantData.class, CoreCodecs.PARTICIPANT_DATA);
    t.add(Violation.class, CoreCodecs.VIOLATION);
    t.sealed(MentoringEvent.class, MessageCodecs.EVENT);
    t.sealed(Notification.class, MessageCodecs.NOTIFICATION);
    t.sealed(Actor.class, MessageCodecs.ACTOR);
    // goals
    t.key(GoalId.class, GoalCodecs.GOAL_ID);
    t.key(GoalStatus.class, GoalCodecs.GOAL_STATUS);
    t.key(GoalVisibility.class, GoalCodecs.GOAL_VISIBILITY);
    t.key(ProgressMode.class, GoalCodecs.PROGRESS_MODE);
    t.add(Milestone.class, GoalCodecs.MILESTONE);
    t.add(CheckIn.class, GoalCodecs.CHECK_IN);
    t.add(MilestoneDraft.class, GoalCodecs.MILESTONE_DRAFT);
    t.add(GoalDraft.class, GoalCodecs.GOAL_DRAFT);
    t.add(Goal.class, GoalCodecs.GOAL);
    // meetings
    t.key(MeetingId.class, MeetingCodecs.MEETING_ID);
    t.key(MeetingSeriesId.class, MeetingCodecs.MEETING_SERIES_ID);
    t.key(MeetingMode.class, MeetingCodecs.MEETING_MODE);
    t.key(MeetingStatus.class, MeetingCodecs.MEETING_STATUS);
    t.key(RecurrenceFrequency.class, MeetingCodecs.RECURRENCE_FREQUENCY);
    t.add(Recurrence.class, MeetingCodecs.RECURRENCE);
    t.add(MeetingPlan.class, MeetingCodecs.MEETING_PLAN);
    t.add(Meeting.class, MeetingCodecs.MEETING);
    // feedback
    t.key(SurveyId.class, FeedbackCodecs.SURVEY_ID);
    t.key(ResponseId.class, FeedbackCodecs.RESPONSE_ID);
    t.key(SurveyAudience.class, FeedbackCodecs.SURVEY_AUDIENCE);
    t.key(SurveyCheckpoint.class, FeedbackCodecs.SURVEY_CHECKPOINT);
    t.key(SurveyQuestionType.class, FeedbackCodecs.SURVEY_QUESTION_TYPE);
    t.key(SurveyStatus.class, FeedbackCodecs.SURVEY_STATUS);
    t.add(SurveyQuestion.class, FeedbackCodecs.SURVEY_QUESTION);
    t.add(SurveyDraft.class, FeedbackCodecs.SURVEY_DRAFT);
    t.add(Survey.class, FeedbackCodecs.SURVEY);
    t.add(SurveyResponse.class, FeedbackCodecs.SURVEY_RESPONSE);
    t.add(NetPromoterScore.class, FeedbackCodecs.NET_PROMOTER_SCORE);
    t.sealed(QuestionSummary.class, FeedbackCodecs.QUESTION_SUMMARY);
    t.add(SurveySummary.class, FeedbackCodecs.SURVEY_SUMMARY);
    // knowledge base
    t.key(ResourceId.class, ResourceCodecs.RESOURCE_ID);
    t.key(ResourceAudience.class, ResourceCodecs.RESOURCE_AUDIENCE);
    t.add(ResourceDraft.class, ResourceCodecs.RESOURCE_DRAFT);
    t.add(Resource.class, ResourceCodecs.RESOURCE);
    t.add(ResourceSuggestion.class, ResourceCodecs.RESOURCE_SUGGESTION);
    // matching
    t.add(Exclusion.class, MatchingCodecs.EXCLUSION);
    t.add(PairExplanation.class, MatchingCodecs.PAIR_EXPLANATION);
    t.add(Recommendation.class, MatchingCodecs.RECOMMENDATION);
    t.add(SegmentSummary.class, MatchingCodecs.SEGMENT_SUMMARY);
    t.add(FeasibilityReport.class, MatchingCodecs.FEASIBILITY_REPORT);
    t.add(MatchingEvaluation.class, MatchingCodecs.MATCHING_EVALUATION);
    // reports
    t.key(HealthStatus.class, MetricsCodecs.HEALTH_STATUS);
    t.key(HealthSignal.class, MetricsCodecs.HEALTH_SIGNAL);
    t.add(Ratio.class, MetricsCodecs.RATIO);
    t.add(HealthReason.class, MetricsCodecs.HEALTH_REASON);
    t.add(PairHealth.class, MetricsCodecs.PAIR_HEALTH);
    t.add(SurveyResponseRate.class, MetricsCodecs.SURVEY_RESPONSE_RATE);
    t.add(ProgramReport.class, MetricsCodecs.PROGRAM_REPORT);
    t.add(SegmentedReport.Segment.class, MetricsCodecs.SEGMENT);
    t.add(SegmentedReport.class, MetricsCodecs.SEGMENTED_REPORT);

    BY_CLASS = Collections.unmodifiableMap(t.codecs);
    KEYS = Collections.unmodifiableMap(t.keys);
    SEALED = Collections.unmodifiableMap(t.sealed);
  }

  private Codecs() {}

  /**
   * Returns the codec of a covered class.
   *
   * @param type the class
   * @param <T> its type
   * @return the codec, or null if the class is not covered
   */
  @SuppressWarnings("unchecked") // the table maps each class to a codec of that class
  public static <T> @Nullable Codec<T> find(Class<T> type) {
    return (Codec<T>) BY_CLASS.get(type);
  }

  /**
   * Returns the codec of a class whose values are also map keys: ids and enums.
   *
   * @param type the class
   * @param <T> its type
   * @return the codec, or null if the class is not an id or enum of the table
   */
  @SuppressWarnings("unchecked") // the table maps each class to a codec of that class
  public static <T> @Nullable StringCodec<T> findKey(Class<T> type) {
    return (StringCodec<T>) KEYS.get(type);
  }

  /**
   * Returns every covered class, in table order.
   *
   * @return the classes
   */
  public static Set<Class<?>> classes() {
    return BY_CLASS.keySet();
  }

  /**
   * Returns the sealed types and their codecs, which hold the type-name tables.
   *
   * @return the sealed codecs by sealed interface
   */
  public static Map<Class<?>, SealedCodec<?>> sealed() {
    return SEALED;
  }

  private static final class Table {
    final Map<Class<?>, Codec<?>> codecs = new LinkedHashMap<>();
    final Map<Class<?>, StringCodec<?>> keys = new LinkedHashMap<>();
    final Map<Class<?>, SealedCodec<?>> sealed = new LinkedHashMap<>();

    <T> void add(Class<T> type, Codec<T> codec) {
      if (codecs.put(type, codec) != null) {
        throw new IllegalStateException("class listed twice: " + type.getName());
      }
    }

    <T> void key(Class<T> type, StringCodec<T> codec) {
      add(type, codec);
      keys.put(type, codec);
    }

    <T> void sealed(Class<T> type, SealedCodec<T> codec) {
      add(type, codec);
      sealed.put(type, codec);
      for (Class<? extends T> subtype : codec.subtypes()) {
        addSubtype(codec, subtype);
      }
    }

    private <T, S extends T> void addSubtype(SealedCodec<T> codec, Class<S> subtype) {
      add(subtype, codec.subtype(subtype));
    }
  }
}
