package dev.mentoring.json.internal;

import static dev.mentoring.json.internal.Containers.enumSetOf;
import static dev.mentoring.json.internal.Containers.listOf;
import static dev.mentoring.json.internal.Containers.mapOf;
import static dev.mentoring.json.internal.Containers.setOf;
import static dev.mentoring.json.internal.Scalars.DAY_OF_WEEK;
import static dev.mentoring.json.internal.Scalars.DOUBLE;
import static dev.mentoring.json.internal.Scalars.DURATION;
import static dev.mentoring.json.internal.Scalars.ENROLLMENT_ID;
import static dev.mentoring.json.internal.Scalars.INSTANT;
import static dev.mentoring.json.internal.Scalars.INT;
import static dev.mentoring.json.internal.Scalars.LOCAL_DATE;
import static dev.mentoring.json.internal.Scalars.LONG;
import static dev.mentoring.json.internal.Scalars.PAIR_ID;
import static dev.mentoring.json.internal.Scalars.PARTICIPANT_ID;
import static dev.mentoring.json.internal.Scalars.PROGRAM_ID;
import static dev.mentoring.json.internal.Scalars.STRING;
import static dev.mentoring.json.internal.Scalars.ZONE_ID;

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
import dev.mentoring.core.enrollment.EnrollmentStatus;
import dev.mentoring.core.enrollment.Preferences;
import dev.mentoring.core.enrollment.Profile;
import dev.mentoring.core.enrollment.Skill;
import dev.mentoring.core.matching.CandidatePair;
import dev.mentoring.core.matching.MatchingProblem;
import dev.mentoring.core.matching.MatchingResult;
import dev.mentoring.core.matching.Proposal;
import dev.mentoring.core.pairing.Contribution;
import dev.mentoring.core.pairing.ExitReason;
import dev.mentoring.core.pairing.Explanation;
import dev.mentoring.core.pairing.Pair;
import dev.mentoring.core.pairing.PairExit;
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
import dev.mentoring.core.program.ProgramSpec;
import dev.mentoring.core.program.ProgramStatus;
import dev.mentoring.core.program.Question;
import dev.mentoring.core.program.QuestionType;
import dev.mentoring.core.program.ReminderPolicy;
import dev.mentoring.core.program.Schedule;
import dev.mentoring.core.spi.SentReminder;
import dev.mentoring.core.spi.StoreFeature;
import java.time.DayOfWeek;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Codecs of mentoring-core's values: programs, enrollments, pairs, matching SPI values and the
 * engine's outputs. Goals, meetings, feedback and resources have their own tables ({@link
 * GoalCodecs}, {@link MeetingCodecs}, {@link FeedbackCodecs}, {@link ResourceCodecs}).
 */
public final class CoreCodecs {
  private CoreCodecs() {}

  // ---------------------------------------------------------------- enums

  /** {@link ApprovalSide}. */
  public static final EnumCodec<ApprovalSide> APPROVAL_SIDE = EnumCodec.of(ApprovalSide.class);

  /** {@link EnrollmentRole}. */
  public static final EnumCodec<EnrollmentRole> ENROLLMENT_ROLE =
      EnumCodec.of(EnrollmentRole.class);

  /** {@link MatchingMode}. */
  public static final EnumCodec<MatchingMode> MATCHING_MODE = EnumCodec.of(MatchingMode.class);

  /** {@link ProgramFormat}. */
  public static final EnumCodec<ProgramFormat> PROGRAM_FORMAT = EnumCodec.of(ProgramFormat.class);

  /** {@link ProgramStatus}. */
  public static final EnumCodec<ProgramStatus> PROGRAM_STATUS = EnumCodec.of(ProgramStatus.class);

  /** {@link QuestionType}. */
  public static final EnumCodec<QuestionType> QUESTION_TYPE = EnumCodec.of(QuestionType.class);

  /** {@link Consent}. */
  public static final EnumCodec<Consent> CONSENT = EnumCodec.of(Consent.class);

  /** {@link DepartmentPreference}. */
  public static final EnumCodec<DepartmentPreference> DEPARTMENT_PREFERENCE =
      EnumCodec.of(DepartmentPreference.class);

  /** {@link EnrollmentStatus}. */
  public static final EnumCodec<EnrollmentStatus> ENROLLMENT_STATUS =
      EnumCodec.of(EnrollmentStatus.class);

  /** {@link ExitReason}. */
  public static final EnumCodec<ExitReason> EXIT_REASON = EnumCodec.of(ExitReason.class);

  /** {@link PairOrigin}. */
  public static final EnumCodec<PairOrigin> PAIR_ORIGIN = EnumCodec.of(PairOrigin.class);

  /** {@link PairStatus}. */
  public static final EnumCodec<PairStatus> PAIR_STATUS = EnumCodec.of(PairStatus.class);

  /** {@link StoreFeature}. */
  public static final EnumCodec<StoreFeature> STORE_FEATURE = EnumCodec.of(StoreFeature.class);

  // ---------------------------------------------------------------- shared collection shapes

  /** A list of strings. */
  static final Codec<List<String>> STRINGS = listOf(STRING);

  /** A set of strings, sorted. */
  static final Codec<Set<String>> STRING_SET = setOf(STRING, Comparator.naturalOrder());

  /** A list of participant ids, in order. */
  static final Codec<List<ParticipantId>> PARTICIPANTS = listOf(PARTICIPANT_ID);

  /** A set of participant ids, sorted. */
  static final Codec<Set<ParticipantId>> PARTICIPANT_SET =
      setOf(PARTICIPANT_ID, Comparator.naturalOrder());

  /** A set of approval sides, in declaration order. */
  static final Codec<Set<ApprovalSide>> APPROVAL_SIDES = enumSetOf(APPROVAL_SIDE);

  /** Reasons by participant. */
  static final Codec<Map<ParticipantId, String>> REASONS_BY_PARTICIPANT =
      mapOf(PARTICIPANT_ID, STRING);

  /** A set of weekdays, in week order. */
  static final Codec<Set<DayOfWeek>> DAYS = enumSetOf(DAY_OF_WEEK);

  /** Numbers by name. */
  static final Codec<Map<String, Double>> DIAGNOSTICS = mapOf(STRING, DOUBLE);

  // ---------------------------------------------------------------- program

  /** {@link Schedule}. */
  public static final RecordCodec<Schedule> SCHEDULE =
      RecordCodec.of(
          (v, o) -> o.putOpt("start", LOCAL_DATE, v.start()).putOpt("end", LOCAL_DATE, v.end()),
          in -> new Schedule(in.opt("start", LOCAL_DATE), in.opt("end", LOCAL_DATE)));

  /** {@link MeetingCadence}. */
  public static final RecordCodec<MeetingCadence> MEETING_CADENCE =
      RecordCodec.of(
          (v, o) -> o.put("interval", DURATION, v.interval()),
          in -> new MeetingCadence(in.get("interval", DURATION)));

  /** {@link Question}. */
  public static final RecordCodec<Question> QUESTION =
      RecordCodec.of(
          (v, o) ->
              o.putString("key", v.key())
                  .putString("label", v.label())
                  .put("type", QUESTION_TYPE, v.type())
                  .putBoolean("required", v.required())
                  .put("roles", enumSetOf(ENROLLMENT_ROLE), v.roles())
                  .put("options", STRINGS, v.options())
                  .putOpt("min", LONG, v.min())
                  .putOpt("max", LONG, v.max())
                  .putLong("maxLength", v.maxLength()),
          in ->
              new Question(
                  in.getString("key"),
                  in.getString("label"),
                  in.get("type", QUESTION_TYPE),
                  in.getBoolean("required"),
                  in.get("roles", enumSetOf(ENROLLMENT_ROLE)),
                  in.get("options", STRINGS),
                  in.opt("min", LONG),
                  in.opt("max", LONG),
                  in.getInt("maxLength")));

  /** {@link EnrollmentForm}. */
  public static final RecordCodec<EnrollmentForm> ENROLLMENT_FORM =
      RecordCodec.of(
          (v, o) -> o.put("questions", listOf(QUESTION), v.questions()),
          in -> new EnrollmentForm(in.get("questions", listOf(QUESTION))));

  /** {@link MatchingPolicy}. */
  public static final RecordCodec<MatchingPolicy> MATCHING_POLICY =
      RecordCodec.of(
          (v, o) ->
              o.put("mode", MATCHING_MODE, v.mode())
                  .put("approvals", APPROVAL_SIDES, v.approvals())
                  .put("requestExpiry", DURATION, v.requestExpiry())
                  .putLong("defaultMentorCapacity", v.defaultMentorCapacity())
                  .putLong("maxMentorsPerMentee", v.maxMentorsPerMentee())
                  .putBoolean("allowRepeatPairs", v.allowRepeatPairs()),
          in ->
              new MatchingPolicy(
                  in.get("mode", MATCHING_MODE),
                  in.get("approvals", APPROVAL_SIDES),
                  in.get("requestExpiry", DURATION),
                  in.getInt("defaultMentorCapacity"),
                  in.getInt("maxMentorsPerMentee"),
                  in.getBoolean("allowRepeatPairs")));

  /** {@link ReminderPolicy}. */
  public static final RecordCodec<ReminderPolicy> REMINDER_POLICY =
      RecordCodec.of(
          (v, o) ->
              o.put("answerReminderAfter", DURATION, v.answerReminderAfter())
                  .put("expiryWarningBefore", DURATION, v.expiryWarningBefore())
                  .put("meetingReminderBefore", DURATION, v.meetingReminderBefore())
                  .put("logFollowUpAfter", DURATION, v.logFollowUpAfter())
                  .put("inactivityNudgeAfter", DURATION, v.inactivityNudgeAfter())
                  .put("inactivityEscalationAfter", DURATION, v.inactivityEscalationAfter())
                  .put("goalDueWarning", DURATION, v.goalDueWarning())
                  .putLong("fitCheckAfterMeetings", v.fitCheckAfterMeetings())
                  .put("surveyReminderAfter", DURATION, v.surveyReminderAfter()),
          in ->
              new ReminderPolicy(
                  in.get("answerReminderAfter", DURATION),
                  in.get("expiryWarningBefore", DURATION),
                  in.get("meetingReminderBefore", DURATION),
                  in.get("logFollowUpAfter", DURATION),
                  in.get("inactivityNudgeAfter", DURATION),
                  in.get("inactivityEscalationAfter", DURATION),
                  in.get("goalDueWarning", DURATION),
                  in.getInt("fitCheckAfterMeetings"),
                  in.get("surveyReminderAfter", DURATION)));

  /**
   * {@link HealthPolicy}. The engine's rule {@code ThresholdOrder} (attention before at risk before
   * inactive, and the at-risk ratio not above the attention ratio) is not checked by reading.
   */
  public static final RecordCodec<HealthPolicy> HEALTH_POLICY =
      RecordCodec.of(
          (v, o) ->
              o.put("attentionAfter", DURATION, v.attentionAfter())
                  .put("atRiskAfter", DURATION, v.atRiskAfter())
                  .put("inactiveAfter", DURATION, v.inactiveAfter())
                  .putDouble("attentionMeetingRatio", v.attentionMeetingRatio())
                  .putDouble("atRiskMeetingRatio", v.atRiskMeetingRatio())
                  .putLong("lowRating", v.lowRating())
                  .put("goalStalledAfter", DURATION, v.goalStalledAfter()),
          in ->
              new HealthPolicy(
                  in.get("attentionAfter", DURATION),
                  in.get("atRiskAfter", DURATION),
                  in.get("inactiveAfter", DURATION),
                  in.getDouble("attentionMeetingRatio"),
                  in.getDouble("atRiskMeetingRatio"),
                  in.getInt("lowRating"),
                  in.get("goalStalledAfter", DURATION)));

  /** {@link ProgramSpec}. */
  public static final RecordCodec<ProgramSpec> PROGRAM_SPEC =
      RecordCodec.of(
          (v, o) ->
              o.putString("name", v.name())
                  .putString("description", v.description())
                  .put("objectives", STRINGS, v.objectives())
                  .put("format", PROGRAM_FORMAT, v.format())
                  .put("schedule", SCHEDULE, v.schedule())
                  .put("cadence", MEETING_CADENCE, v.cadence())
                  .put("form", ENROLLMENT_FORM, v.form())
                  .put("matchingPolicy", MATCHING_POLICY, v.matchingPolicy())
                  .put("reminderPolicy", REMINDER_POLICY, v.reminderPolicy())
                  .putBoolean("enrollmentApprovalRequired", v.enrollmentApprovalRequired())
                  .put("admins", PARTICIPANT_SET, v.admins())
                  .put("healthPolicy", HEALTH_POLICY, v.healthPolicy()),
          in ->
              new ProgramSpec(
                  in.getString("name"),
                  in.getString("description"),
                  in.get("objectives", STRINGS),
                  in.get("format", PROGRAM_FORMAT),
                  in.get("schedule", SCHEDULE),
                  in.get("cadence", MEETING_CADENCE),
                  in.get("form", ENROLLMENT_FORM),
                  in.get("matchingPolicy", MATCHING_POLICY),
                  in.get("reminderPolicy", REMINDER_POLICY),
                  in.getBoolean("enrollmentApprovalRequired"),
                  in.get("admins", PARTICIPANT_SET),
                  in.get("healthPolicy", HEALTH_POLICY)));

  /** {@link Program}. */
  public static final RecordCodec<Program> PROGRAM =
      RecordCodec.of(
          (v, o) ->
              o.put("id", PROGRAM_ID, v.id())
                  .putLong("version", v.version())
                  .put("spec", PROGRAM_SPEC, v.spec())
                  .put("status", PROGRAM_STATUS, v.status())
                  .put("createdAt", INSTANT, v.createdAt())
                  .put("updatedAt", INSTANT, v.updatedAt()),
          in ->
              new Program(
                  in.get("id", PROGRAM_ID),
                  in.getLong("version"),
                  in.get("spec", PROGRAM_SPEC),
                  in.get("status", PROGRAM_STATUS),
                  in.get("createdAt", INSTANT),
                  in.get("updatedAt", INSTANT)));

  // ---------------------------------------------------------------- enrollment

  /** {@link Skill}. */
  public static final RecordCodec<Skill> SKILL =
      RecordCodec.of(
          (v, o) -> o.putString("name", v.name()).putLong("level", v.level()),
          in -> new Skill(in.getString("name"), in.getInt("level")));

  /** {@link Availability}. */
  public static final RecordCodec<Availability> AVAILABILITY =
      RecordCodec.of(
          (v, o) -> o.putLong("hoursPerMonth", v.hoursPerMonth()).put("days", DAYS, v.days()),
          in -> new Availability(in.getInt("hoursPerMonth"), in.get("days", DAYS)));

  /** {@link Preferences}. */
  public static final RecordCodec<Preferences> PREFERENCES =
      RecordCodec.of(
          (v, o) ->
              o.put("preferredPartners", PARTICIPANT_SET, v.preferredPartners())
                  .put("department", DEPARTMENT_PREFERENCE, v.department()),
          in ->
              new Preferences(
                  in.get("preferredPartners", PARTICIPANT_SET),
                  in.get("department", DEPARTMENT_PREFERENCE)));

  /** {@link Profile}. */
  public static final RecordCodec<Profile> PROFILE =
      RecordCodec.of(
          (v, o) ->
              o.put("skillsOffered", listOf(SKILL), v.skillsOffered())
                  .put("skillsSought", listOf(SKILL), v.skillsSought())
                  .put("topics", STRING_SET, v.topics())
                  .put("languages", STRING_SET, v.languages())
                  .putOpt("timeZone", ZONE_ID, v.timeZone())
                  .putOpt("location", STRING, v.location())
                  .putLong("seniority", v.seniority())
                  .putOpt("department", STRING, v.department())
                  .put("managerChain", PARTICIPANTS, v.managerChain())
                  .put("availability", AVAILABILITY, v.availability())
                  .put("preferences", PREFERENCES, v.preferences())
                  .put("exclusions", PARTICIPANT_SET, v.exclusions()),
          in ->
              new Profile(
                  in.get("skillsOffered", listOf(SKILL)),
                  in.get("skillsSought", listOf(SKILL)),
                  in.get("topics", STRING_SET),
                  in.get("languages", STRING_SET),
                  in.opt("timeZone", ZONE_ID),
                  in.opt("location", STRING),
                  in.getInt("seniority"),
                  in.opt("department", STRING),
                  in.get("managerChain", PARTICIPANTS),
                  in.get("availability", AVAILABILITY),
                  in.get("preferences", PREFERENCES),
                  in.get("exclusions", PARTICIPANT_SET)));

  /** {@link Answer}: {@code text.v1}, {@code number.v1}, {@code choice.v1}, {@code yes_no.v1}. */
  public static final SealedCodec<Answer> ANSWER =
      SealedCodec.builder(Answer.class)
          .add(
              "text.v1",
              Answer.TextAnswer.class,
              RecordCodec.of(
                  (v, o) -> o.putString("text", v.text()),
                  in -> new Answer.TextAnswer(in.getString("text"))))
          .add(
              "number.v1",
              Answer.NumberAnswer.class,
              RecordCodec.of(
                  (v, o) -> o.putLong("value", v.value()),
                  in -> new Answer.NumberAnswer(in.getLong("value"))))
          .add(
              "choice.v1",
              Answer.ChoiceAnswer.class,
              RecordCodec.of(
                  (v, o) -> o.put("choices", STRINGS, v.choices()),
                  in -> new Answer.ChoiceAnswer(in.get("choices", STRINGS))))
          .add(
              "yes_no.v1",
              Answer.YesNoAnswer.class,
              RecordCodec.of(
                  (v, o) -> o.putBoolean("value", v.value()),
                  in -> new Answer.YesNoAnswer(in.getBoolean("value"))))
          .build();

  /** Answers by question key. */
  static final Codec<Map<String, Answer>> ANSWERS = mapOf(STRING, ANSWER);

  /** {@link Enrollment}. */
  public static final RecordCodec<Enrollment> ENROLLMENT =
      RecordCodec.of(
          (v, o) ->
              o.put("id", ENROLLMENT_ID, v.id())
                  .putLong("version", v.version())
                  .put("programId", PROGRAM_ID, v.programId())
                  .put("participantId", PARTICIPANT_ID, v.participantId())
                  .put("role", ENROLLMENT_ROLE, v.role())
                  .put("profile", PROFILE, v.profile())
                  .put("answers", ANSWERS, v.answers())
                  .putLong("capacity", v.capacity())
                  .put("consents", enumSetOf(CONSENT), v.consents())
                  .put("status", ENROLLMENT_STATUS, v.status())
                  .put("appliedAt", INSTANT, v.appliedAt())
                  .put("updatedAt", INSTANT, v.updatedAt()),
          in ->
              new Enrollment(
                  in.get("id", ENROLLMENT_ID),
                  in.getLong("version"),
                  in.get("programId", PROGRAM_ID),
                  in.get("participantId", PARTICIPANT_ID),
                  in.get("role", ENROLLMENT_ROLE),
                  in.get("profile", PROFILE),
                  in.get("answers", ANSWERS),
                  in.getInt("capacity"),
                  in.get("consents", enumSetOf(CONSENT)),
                  in.get("status", ENROLLMENT_STATUS),
                  in.get("appliedAt", INSTANT),
                  in.get("updatedAt", INSTANT)));

  /** {@link Application}. */
  public static final RecordCodec<Application> APPLICATION =
      RecordCodec.of(
          (v, o) ->
              o.put("participantId", PARTICIPANT_ID, v.participantId())
                  .put("role", ENROLLMENT_ROLE, v.role())
                  .put("profile", PROFILE, v.profile())
                  .put("answers", ANSWERS, v.answers())
                  .putOpt("capacity", INT, v.capacity())
                  .put("consents", enumSetOf(CONSENT), v.consents()),
          in ->
              new Application(
                  in.get("participantId", PARTICIPANT_ID),
                  in.get("role", ENROLLMENT_ROLE),
                  in.get("profile", PROFILE),
                  in.get("answers", ANSWERS),
                  in.opt("capacity", INT),
                  in.get("consents", enumSetOf(CONSENT))));

  // ---------------------------------------------------------------- pairing

  /** {@link Contribution}. */
  public static final RecordCodec<Contribution> CONTRIBUTION =
      RecordCodec.of(
          (v, o) ->
              o.putString("criterion", v.criterion())
                  .putLong("points", v.points())
                  .putString("detail", v.detail()),
          in ->
              new Contribution(
                  in.getString("criterion"), in.getInt("points"), in.getString("detail")));

  /** {@link Explanation}. */
  public static final RecordCodec<Explanation> EXPLANATION =
      RecordCodec.of(
          (v, o) ->
              o.put("contributions", listOf(CONTRIBUTION), v.contributions())
                  .putString("summary", v.summary()),
          in ->
              new Explanation(
                  in.get("contributions", listOf(CONTRIBUTION)), in.getString("summary")));

  /** {@link PairExit}. */
  public static final RecordCodec<PairExit> PAIR_EXIT =
      RecordCodec.of(
          (v, o) ->
              o.put("reason", EXIT_REASON, v.reason())
                  .put("at", INSTANT, v.at())
                  .putOpt("initiatedBy", PARTICIPANT_ID, v.initiatedBy())
                  .putOpt("note", STRING, v.note()),
          in ->
              new PairExit(
                  in.get("reason", EXIT_REASON),
                  in.get("at", INSTANT),
                  in.opt("initiatedBy", PARTICIPANT_ID),
                  in.opt("note", STRING)));

  /** {@link Pair}. */
  public static final RecordCodec<Pair> PAIR =
      RecordCodec.of(
          (v, o) ->
              o.put("id", PAIR_ID, v.id())
                  .putLong("version", v.version())
                  .put("programId", PROGRAM_ID, v.programId())
                  .put("mentorId", PARTICIPANT_ID, v.mentorId())
                  .put("menteeId", PARTICIPANT_ID, v.menteeId())
                  .put("origin", PAIR_ORIGIN, v.origin())
                  .put("explanation", EXPLANATION, v.explanation())
                  .put("requiredApprovals", APPROVAL_SIDES, v.requiredApprovals())
                  .put("approvals", APPROVAL_SIDES, v.approvals())
                  .put("status", PAIR_STATUS, v.status())
                  .put("proposedAt", INSTANT, v.proposedAt())
                  .put("expiresAt", INSTANT, v.expiresAt())
                  .putOpt("acceptedAt", INSTANT, v.acceptedAt())
                  .putOpt("startedAt", INSTANT, v.startedAt())
                  .putOpt("pausedAt", INSTANT, v.pausedAt())
                  .putOpt("endedAt", INSTANT, v.endedAt())
                  .putOpt("exit", PAIR_EXIT, v.exit())
                  .put("updatedAt", INSTANT, v.updatedAt()),
          in ->
              new Pair(
                  in.get("id", PAIR_ID),
                  in.getLong("version"),
                  in.get("programId", PROGRAM_ID),
                  in.get("mentorId", PARTICIPANT_ID),
                  in.get("menteeId", PARTICIPANT_ID),
                  in.get("origin", PAIR_ORIGIN),
                  in.get("explanation", EXPLANATION),
                  in.get("requiredApprovals", APPROVAL_SIDES),
                  in.get("approvals", APPROVAL_SIDES),
                  in.get("status", PAIR_STATUS),
                  in.get("proposedAt", INSTANT),
                  in.get("expiresAt", INSTANT),
                  in.opt("acceptedAt", INSTANT),
                  in.opt("startedAt", INSTANT),
                  in.opt("pausedAt", INSTANT),
                  in.opt("endedAt", INSTANT),
                  in.opt("exit", PAIR_EXIT),
                  in.get("updatedAt", INSTANT)));

  // ---------------------------------------------------------------- matching SPI

  /** {@link CandidatePair}. */
  public static final RecordCodec<CandidatePair> CANDIDATE_PAIR =
      RecordCodec.of(
          (v, o) ->
              o.put("mentorId", PARTICIPANT_ID, v.mentorId())
                  .put("menteeId", PARTICIPANT_ID, v.menteeId()),
          in ->
              new CandidatePair(
                  in.get("mentorId", PARTICIPANT_ID), in.get("menteeId", PARTICIPANT_ID)));

  /** Candidate pairs, sorted by mentor, then mentee. */
  static final Codec<Set<CandidatePair>> CANDIDATE_PAIRS =
      setOf(
          CANDIDATE_PAIR,
          Comparator.comparing(CandidatePair::mentorId).thenComparing(CandidatePair::menteeId));

  /** {@link Proposal}. */
  public static final RecordCodec<Proposal> PROPOSAL =
      RecordCodec.of(
          (v, o) ->
              o.put("mentorId", PARTICIPANT_ID, v.mentorId())
                  .put("menteeId", PARTICIPANT_ID, v.menteeId())
                  .put("explanation", EXPLANATION, v.explanation()),
          in ->
              new Proposal(
                  in.get("mentorId", PARTICIPANT_ID),
                  in.get("menteeId", PARTICIPANT_ID),
                  in.get("explanation", EXPLANATION)));

  /** {@link MatchingResult}. */
  public static final RecordCodec<MatchingResult> MATCHING_RESULT =
      RecordCodec.of(
          (v, o) ->
              o.put("proposals", listOf(PROPOSAL), v.proposals())
                  .put("unmatched", REASONS_BY_PARTICIPANT, v.unmatched())
                  .put("diagnostics", DIAGNOSTICS, v.diagnostics()),
          in ->
              new MatchingResult(
                  in.get("proposals", listOf(PROPOSAL)),
                  in.get("unmatched", REASONS_BY_PARTICIPANT),
                  in.get("diagnostics", DIAGNOSTICS)));

  /** Places by participant. */
  static final Codec<Map<ParticipantId, Integer>> PLACES = mapOf(PARTICIPANT_ID, INT);

  /** {@link MatchingProblem}. */
  public static final RecordCodec<MatchingProblem> MATCHING_PROBLEM =
      RecordCodec.of(
          (v, o) ->
              o.put("program", PROGRAM, v.program())
                  .put("mentors", listOf(ENROLLMENT), v.mentors())
                  .put("mentees", listOf(ENROLLMENT), v.mentees())
                  .put("existingPairs", listOf(PAIR), v.existingPairs())
                  .put("mentorPlaces", PLACES, v.mentorPlaces())
                  .put("menteePlaces", PLACES, v.menteePlaces())
                  .put("excluded", CANDIDATE_PAIRS, v.excluded())
                  .putLong("seed", v.seed()),
          in ->
              new MatchingProblem(
                  in.get("program", PROGRAM),
                  in.get("mentors", listOf(ENROLLMENT)),
                  in.get("mentees", listOf(ENROLLMENT)),
                  in.get("existingPairs", listOf(PAIR)),
                  in.get("mentorPlaces", PLACES),
                  in.get("menteePlaces", PLACES),
                  in.get("excluded", CANDIDATE_PAIRS),
                  in.getLong("seed")));

  // ---------------------------------------------------------------- store and engine outputs

  /** {@link SentReminder}. */
  public static final RecordCodec<SentReminder> SENT_REMINDER =
      RecordCodec.of(
          (v, o) ->
              o.putString("key", v.key())
                  .put("recipient", PARTICIPANT_ID, v.recipient())
                  .put("sentAt", INSTANT, v.sentAt()),
          in ->
              new SentReminder(
                  in.getString("key"),
                  in.get("recipient", PARTICIPANT_ID),
                  in.get("sentAt", INSTANT)));

  /** {@link ErasureReport}. */
  public static final RecordCodec<ErasureReport> ERASURE_REPORT =
      RecordCodec.of(
          (v, o) ->
              o.put("pseudonym", PARTICIPANT_ID, v.pseudonym())
                  .putLong("enrollments", v.enrollments())
                  .putLong("pairs", v.pairs())
                  .putLong("references", v.references())
                  .putLong("reminders", v.reminders())
                  .putLong("goals", v.goals())
                  .putLong("meetings", v.meetings())
                  .putLong("responses", v.responses()),
          in ->
              new ErasureReport(
                  in.get("pseudonym", PARTICIPANT_ID),
                  in.getInt("enrollments"),
                  in.getInt("pairs"),
                  in.getInt("references"),
                  in.getInt("reminders"),
                  in.getInt("goals"),
                  in.getInt("meetings"),
                  in.getInt("responses")));

  /** {@link MatchingRun}. */
  public static final RecordCodec<MatchingRun> MATCHING_RUN =
      RecordCodec.of(
          (v, o) ->
              o.putString("strategyId", v.strategyId())
                  .put("proposed", listOf(PAIR), v.proposed())
                  .put("unmatched", REASONS_BY_PARTICIPANT, v.unmatched())
                  .put("diagnostics", DIAGNOSTICS, v.diagnostics()),
          in ->
              new MatchingRun(
                  in.getString("strategyId"),
                  in.get("proposed", listOf(PAIR)),
                  in.get("unmatched", REASONS_BY_PARTICIPANT),
                  in.get("diagnostics", DIAGNOSTICS)));

  /** {@link ParticipantData}. */
  public static final RecordCodec<ParticipantData> PARTICIPANT_DATA =
      RecordCodec.of(
          (v, o) ->
              o.put("participantId", PARTICIPANT_ID, v.participantId())
                  .put("enrollments", listOf(ENROLLMENT), v.enrollments())
                  .put("pairs", listOf(PAIR), v.pairs())
                  .put("administers", listOf(PROGRAM_ID), v.administers())
                  .put("reminders", listOf(SENT_REMINDER), v.reminders())
                  .put("goals", listOf(GoalCodecs.GOAL), v.goals())
                  .put("meetings", listOf(MeetingCodecs.MEETING), v.meetings())
                  .put("responses", listOf(FeedbackCodecs.SURVEY_RESPONSE), v.responses()),
          in ->
              new ParticipantData(
                  in.get("participantId", PARTICIPANT_ID),
                  in.get("enrollments", listOf(ENROLLMENT)),
                  in.get("pairs", listOf(PAIR)),
                  in.get("administers", listOf(PROGRAM_ID)),
                  in.get("reminders", listOf(SENT_REMINDER)),
                  in.get("goals", listOf(GoalCodecs.GOAL)),
                  in.get("meetings", listOf(MeetingCodecs.MEETING)),
                  in.get("responses", listOf(FeedbackCodecs.SURVEY_RESPONSE))));

  /** {@link Violation}. */
  public static final RecordCodec<Violation> VIOLATION =
      RecordCodec.of(
          (v, o) ->
              o.putString("path", v.path())
                  .putString("rule", v.rule())
                  .putString("message", v.message())
                  .putOpt("invalidValue", STRING, v.invalidValue()),
          in ->
              new Violation(
                  in.getString("path"),
                  in.getString("rule"),
                  in.getString("message"),
                  in.opt("invalidValue", STRING)));
}
