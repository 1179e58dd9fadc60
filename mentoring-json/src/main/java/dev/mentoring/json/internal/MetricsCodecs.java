package dev.mentoring.json.internal;

import static dev.mentoring.json.internal.Containers.listOf;
import static dev.mentoring.json.internal.Containers.mapOf;
import static dev.mentoring.json.internal.CoreCodecs.ENROLLMENT_ROLE;
import static dev.mentoring.json.internal.CoreCodecs.ENROLLMENT_STATUS;
import static dev.mentoring.json.internal.CoreCodecs.PAIR_STATUS;
import static dev.mentoring.json.internal.FeedbackCodecs.NET_PROMOTER_SCORE;
import static dev.mentoring.json.internal.FeedbackCodecs.SURVEY_CHECKPOINT;
import static dev.mentoring.json.internal.FeedbackCodecs.SURVEY_ID;
import static dev.mentoring.json.internal.FeedbackCodecs.SURVEY_STATUS;
import static dev.mentoring.json.internal.MeetingCodecs.MEETING_STATUS;
import static dev.mentoring.json.internal.Scalars.DURATION;
import static dev.mentoring.json.internal.Scalars.INSTANT;
import static dev.mentoring.json.internal.Scalars.INT;
import static dev.mentoring.json.internal.Scalars.PAIR_ID;
import static dev.mentoring.json.internal.Scalars.PARTICIPANT_ID;
import static dev.mentoring.json.internal.Scalars.PROGRAM_ID;

import dev.mentoring.core.enrollment.EnrollmentStatus;
import dev.mentoring.core.metrics.HealthReason;
import dev.mentoring.core.metrics.HealthSignal;
import dev.mentoring.core.metrics.HealthStatus;
import dev.mentoring.core.metrics.PairHealth;
import dev.mentoring.core.metrics.ProgramReport;
import dev.mentoring.core.metrics.Ratio;
import dev.mentoring.core.metrics.SegmentedReport;
import dev.mentoring.core.metrics.SurveyResponseRate;
import dev.mentoring.core.program.EnrollmentRole;
import java.util.Map;

/**
 * Codecs of core's reports: pair health, program reports and their segments. The count maps of a
 * {@link ProgramReport} are written with every constant, as the record holds them; a constant
 * missing on reading counts 0. Derived values ({@code Ratio.value()}, {@code
 * HealthReason.status()}, {@code ProgramReport.totalPairs()} and the like) are not written.
 */
public final class MetricsCodecs {
  private MetricsCodecs() {}

  /** {@link HealthStatus}. */
  public static final EnumCodec<HealthStatus> HEALTH_STATUS = EnumCodec.of(HealthStatus.class);

  /** {@link HealthSignal}. */
  public static final EnumCodec<HealthSignal> HEALTH_SIGNAL = EnumCodec.of(HealthSignal.class);

  /** {@link Ratio}: its two counts, not its value. */
  public static final RecordCodec<Ratio> RATIO =
      RecordCodec.of(
          (v, o) -> o.putLong("numerator", v.numerator()).putLong("denominator", v.denominator()),
          in -> Ratio.of(in.getLong("numerator"), in.getLong("denominator")));

  /** {@link HealthReason}. */
  public static final RecordCodec<HealthReason> HEALTH_REASON =
      RecordCodec.of(
          (v, o) -> o.put("signal", HEALTH_SIGNAL, v.signal()).putString("detail", v.detail()),
          in -> new HealthReason(in.get("signal", HEALTH_SIGNAL), in.getString("detail")));

  /** {@link PairHealth}. */
  public static final RecordCodec<PairHealth> PAIR_HEALTH =
      RecordCodec.of(
          (v, o) ->
              o.put("pairId", PAIR_ID, v.pairId())
                  .put("programId", PROGRAM_ID, v.programId())
                  .put("mentorId", PARTICIPANT_ID, v.mentorId())
                  .put("menteeId", PARTICIPANT_ID, v.menteeId())
                  .put("at", INSTANT, v.at())
                  .put("pairStatus", PAIR_STATUS, v.pairStatus())
                  .put("status", HEALTH_STATUS, v.status())
                  .put("reasons", listOf(HEALTH_REASON), v.reasons())
                  .put("startedAt", INSTANT, v.startedAt())
                  .putLong("meetingsHeld", v.meetingsHeld())
                  .putLong("meetingsExpected", v.meetingsExpected())
                  .putOpt("lastMeetingAt", INSTANT, v.lastMeetingAt())
                  .putLong("daysSinceLastMeeting", v.daysSinceLastMeeting())
                  .put("lastActivityAt", INSTANT, v.lastActivityAt())
                  .putLong("goals", v.goals())
                  .putDouble("goalProgress", v.goalProgress())
                  .putLong("recentRatings", v.recentRatings())
                  .putDouble("recentRating", v.recentRating())
                  .putBoolean("poorFit", v.poorFit()),
          in ->
              new PairHealth(
                  in.get("pairId", PAIR_ID),
                  in.get("programId", PROGRAM_ID),
                  in.get("mentorId", PARTICIPANT_ID),
                  in.get("menteeId", PARTICIPANT_ID),
                  in.get("at", INSTANT),
                  in.get("pairStatus", PAIR_STATUS),
                  in.get("status", HEALTH_STATUS),
                  in.get("reasons", listOf(HEALTH_REASON)),
                  in.get("startedAt", INSTANT),
                  in.getInt("meetingsHeld"),
                  in.getInt("meetingsExpected"),
                  in.opt("lastMeetingAt", INSTANT),
                  in.getLong("daysSinceLastMeeting"),
                  in.get("lastActivityAt", INSTANT),
                  in.getInt("goals"),
                  in.getDouble("goalProgress"),
                  in.getInt("recentRatings"),
                  in.getDouble("recentRating"),
                  in.getBoolean("poorFit")));

  /** {@link SurveyResponseRate}. */
  public static final RecordCodec<SurveyResponseRate> SURVEY_RESPONSE_RATE =
      RecordCodec.of(
          (v, o) ->
              o.put("surveyId", SURVEY_ID, v.surveyId())
                  .put("checkpoint", SURVEY_CHECKPOINT, v.checkpoint())
                  .putBoolean("anonymous", v.anonymous())
                  .put("status", SURVEY_STATUS, v.status())
                  .putLong("responses", v.responses())
                  .put("responseRate", RATIO, v.responseRate()),
          in ->
              new SurveyResponseRate(
                  in.get("surveyId", SURVEY_ID),
                  in.get("checkpoint", SURVEY_CHECKPOINT),
                  in.getBoolean("anonymous"),
                  in.get("status", SURVEY_STATUS),
                  in.getInt("responses"),
                  in.get("responseRate", RATIO)));

  private static final Codec<Map<EnrollmentRole, Map<EnrollmentStatus, Integer>>> ENROLLMENTS =
      mapOf(ENROLLMENT_ROLE, mapOf(ENROLLMENT_STATUS, INT));

  /** {@link ProgramReport}. */
  public static final RecordCodec<ProgramReport> PROGRAM_REPORT =
      RecordCodec.of(
          (v, o) ->
              o.put("programId", PROGRAM_ID, v.programId())
                  .put("at", INSTANT, v.at())
                  .put("enrollments", ENROLLMENTS, v.enrollments())
                  .put("matchRate", RATIO, v.matchRate())
                  .putOpt("medianTimeToMatch", DURATION, v.medianTimeToMatch())
                  .put("mentorUtilisation", RATIO, v.mentorUtilisation())
                  .put("pairs", mapOf(PAIR_STATUS, INT), v.pairs())
                  .put("health", mapOf(HEALTH_STATUS, INT), v.health())
                  .put("meetings", mapOf(MEETING_STATUS, INT), v.meetings())
                  .put("meetingsPerPair", RATIO, v.meetingsPerPair())
                  .putDouble("medianMeetingsPerPair", v.medianMeetingsPerPair())
                  .put("goalCompletion", RATIO, v.goalCompletion())
                  .put("averageRating", RATIO, v.averageRating())
                  .put("nps", NET_PROMOTER_SCORE, v.nps())
                  .put("surveys", listOf(SURVEY_RESPONSE_RATE), v.surveys()),
          in ->
              new ProgramReport(
                  in.get("programId", PROGRAM_ID),
                  in.get("at", INSTANT),
                  in.get("enrollments", ENROLLMENTS),
                  in.get("matchRate", RATIO),
                  in.opt("medianTimeToMatch", DURATION),
                  in.get("mentorUtilisation", RATIO),
                  in.get("pairs", mapOf(PAIR_STATUS, INT)),
                  in.get("health", mapOf(HEALTH_STATUS, INT)),
                  in.get("meetings", mapOf(MEETING_STATUS, INT)),
                  in.get("meetingsPerPair", RATIO),
                  in.getDouble("medianMeetingsPerPair"),
                  in.get("goalCompletion", RATIO),
                  in.get("averageRating", RATIO),
                  in.get("nps", NET_PROMOTER_SCORE),
                  in.get("surveys", listOf(SURVEY_RESPONSE_RATE))));

  /** {@link SegmentedReport.Segment}. */
  public static final RecordCodec<SegmentedReport.Segment> SEGMENT =
      RecordCodec.of(
          (v, o) -> o.putString("value", v.value()).put("report", PROGRAM_REPORT, v.report()),
          in ->
              new SegmentedReport.Segment(in.getString("value"), in.get("report", PROGRAM_REPORT)));

  /** {@link SegmentedReport}: the segments in the report's order. */
  public static final RecordCodec<SegmentedReport> SEGMENTED_REPORT =
      RecordCodec.of(
          (v, o) ->
              o.put("programId", PROGRAM_ID, v.programId())
                  .put("at", INSTANT, v.at())
                  .putString("segmentation", v.segmentation())
                  .put("overall", PROGRAM_REPORT, v.overall())
                  .put("segments", listOf(SEGMENT), v.segments()),
          in ->
              new SegmentedReport(
                  in.get("programId", PROGRAM_ID),
                  in.get("at", INSTANT),
                  in.getString("segmentation"),
                  in.get("overall", PROGRAM_REPORT),
                  in.get("segments", listOf(SEGMENT))));
}
