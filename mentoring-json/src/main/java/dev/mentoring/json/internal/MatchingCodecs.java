package dev.mentoring.json.internal;

import static dev.mentoring.json.internal.Containers.entriesOf;
import static dev.mentoring.json.internal.Containers.listOf;
import static dev.mentoring.json.internal.Containers.mapOf;
import static dev.mentoring.json.internal.CoreCodecs.EXPLANATION;
import static dev.mentoring.json.internal.CoreCodecs.PARTICIPANTS;
import static dev.mentoring.json.internal.CoreCodecs.REASONS_BY_PARTICIPANT;
import static dev.mentoring.json.internal.Scalars.INT;
import static dev.mentoring.json.internal.Scalars.PARTICIPANT_ID;
import static dev.mentoring.json.internal.Scalars.STRING;

import dev.mentoring.matching.FeasibilityReport;
import dev.mentoring.matching.MatchingEvaluation;
import dev.mentoring.matching.Recommendation;
import dev.mentoring.matching.SegmentSummary;
import dev.mentoring.matching.scoring.Exclusion;
import dev.mentoring.matching.scoring.PairExplanation;
import java.util.Comparator;
import java.util.Map;

/**
 * Codecs of mentoring-matching's values: explanations, feasibility, evaluation, recommendations.
 */
public final class MatchingCodecs {
  private MatchingCodecs() {}

  /** {@link Exclusion}. */
  public static final RecordCodec<Exclusion> EXCLUSION =
      RecordCodec.of(
          (v, o) -> o.putString("constraint", v.constraint()).putString("reason", v.reason()),
          in -> new Exclusion(in.getString("constraint"), in.getString("reason")));

  /** {@link PairExplanation}. */
  public static final RecordCodec<PairExplanation> PAIR_EXPLANATION =
      RecordCodec.of(
          (v, o) ->
              o.put("menteeId", PARTICIPANT_ID, v.menteeId())
                  .put("mentorId", PARTICIPANT_ID, v.mentorId())
                  .put("explanation", EXPLANATION, v.explanation())
                  .put("excludedBy", listOf(EXCLUSION), v.excludedBy())
                  .putBoolean("candidate", v.candidate()),
          in ->
              new PairExplanation(
                  in.get("menteeId", PARTICIPANT_ID),
                  in.get("mentorId", PARTICIPANT_ID),
                  in.get("explanation", EXPLANATION),
                  in.get("excludedBy", listOf(EXCLUSION)),
                  in.getBoolean("candidate")));

  /** {@link Recommendation}. */
  public static final RecordCodec<Recommendation> RECOMMENDATION =
      RecordCodec.of(
          (v, o) ->
              o.put("mentorId", PARTICIPANT_ID, v.mentorId())
                  .putLong("rank", v.rank())
                  .putLong("score", v.score())
                  .put("explanation", EXPLANATION, v.explanation()),
          in ->
              new Recommendation(
                  in.get("mentorId", PARTICIPANT_ID),
                  in.getInt("rank"),
                  in.getInt("score"),
                  in.get("explanation", EXPLANATION)));

  /** {@link SegmentSummary}. */
  public static final RecordCodec<SegmentSummary> SEGMENT_SUMMARY =
      RecordCodec.of(
          (v, o) ->
              o.putString("segment", v.segment())
                  .putLong("mentees", v.mentees())
                  .putLong("matched", v.matched())
                  .putDouble("meanScore", v.meanScore()),
          in ->
              new SegmentSummary(
                  in.getString("segment"),
                  in.getInt("mentees"),
                  in.getInt("matched"),
                  in.getDouble("meanScore")));

  /** {@link FeasibilityReport}. */
  public static final RecordCodec<FeasibilityReport> FEASIBILITY_REPORT =
      RecordCodec.of(
          (v, o) ->
              o.putLong("mentees", v.mentees())
                  .putLong("mentors", v.mentors())
                  .putLong("menteeDemand", v.menteeDemand())
                  .putLong("mentorSupply", v.mentorSupply())
                  .putLong("maxPairs", v.maxPairs())
                  .put("noEligibleMentor", REASONS_BY_PARTICIPANT, v.noEligibleMentor())
                  .put("mentorsWithoutMentee", PARTICIPANTS, v.mentorsWithoutMentee()),
          in ->
              new FeasibilityReport(
                  in.getInt("mentees"),
                  in.getInt("mentors"),
                  in.getLong("menteeDemand"),
                  in.getLong("mentorSupply"),
                  in.getLong("maxPairs"),
                  in.get("noEligibleMentor", REASONS_BY_PARTICIPANT),
                  in.get("mentorsWithoutMentee", PARTICIPANTS)));

  /** Mentor counts by load: an array of {@code {"key", "value"}} objects, by load. */
  static final Codec<Map<Integer, Integer>> LOADS = entriesOf(INT, INT, Comparator.naturalOrder());

  /** Segments by label. */
  static final Codec<Map<String, SegmentSummary>> SEGMENTS = mapOf(STRING, SEGMENT_SUMMARY);

  /** {@link MatchingEvaluation}. */
  public static final RecordCodec<MatchingEvaluation> MATCHING_EVALUATION =
      RecordCodec.of(
          (v, o) ->
              o.putLong("mentees", v.mentees())
                  .putLong("matched", v.matched())
                  .putLong("unmatched", v.unmatched())
                  .putLong("pairs", v.pairs())
                  .putLong("totalScore", v.totalScore())
                  .putDouble("meanScore", v.meanScore())
                  .putDouble("medianScore", v.medianScore())
                  .putLong("minScore", v.minScore())
                  .putLong("blockingPairs", v.blockingPairs())
                  .putDouble("meanMenteeRank", v.meanMenteeRank())
                  .putDouble("meanMentorRank", v.meanMentorRank())
                  .put("mentorLoads", LOADS, v.mentorLoads())
                  .put("segments", SEGMENTS, v.segments()),
          in ->
              new MatchingEvaluation(
                  in.getInt("mentees"),
                  in.getInt("matched"),
                  in.getInt("unmatched"),
                  in.getInt("pairs"),
                  in.getLong("totalScore"),
                  in.getDouble("meanScore"),
                  in.getDouble("medianScore"),
                  in.getInt("minScore"),
                  in.getLong("blockingPairs"),
                  in.getDouble("meanMenteeRank"),
                  in.getDouble("meanMentorRank"),
                  in.get("mentorLoads", LOADS),
                  in.get("segments", SEGMENTS)));
}
