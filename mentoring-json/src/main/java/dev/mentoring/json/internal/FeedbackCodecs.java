package dev.mentoring.json.internal;

import static dev.mentoring.json.internal.Containers.listOf;
import static dev.mentoring.json.internal.Containers.orderedMapOf;
import static dev.mentoring.json.internal.CoreCodecs.ANSWERS;
import static dev.mentoring.json.internal.CoreCodecs.STRINGS;
import static dev.mentoring.json.internal.Scalars.INSTANT;
import static dev.mentoring.json.internal.Scalars.INT;
import static dev.mentoring.json.internal.Scalars.PAIR_ID;
import static dev.mentoring.json.internal.Scalars.PARTICIPANT_ID;
import static dev.mentoring.json.internal.Scalars.PROGRAM_ID;
import static dev.mentoring.json.internal.Scalars.STRING;

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
import java.util.List;

/**
 * Codecs of mentoring-core's feedback: surveys, their questions and drafts, responses, and the
 * summaries with their Net Promoter Scores.
 */
public final class FeedbackCodecs {
  private FeedbackCodecs() {}

  // ---------------------------------------------------------------- ids and enums

  /** A survey id, as its string. */
  public static final StringCodec<SurveyId> SURVEY_ID =
      StringCodec.of("a survey id", SurveyId::value, SurveyId::of, true);

  /** A response id, as its string. */
  public static final StringCodec<ResponseId> RESPONSE_ID =
      StringCodec.of("a response id", ResponseId::value, ResponseId::of, true);

  /** {@link SurveyAudience}. */
  public static final EnumCodec<SurveyAudience> SURVEY_AUDIENCE =
      EnumCodec.of(SurveyAudience.class);

  /** {@link SurveyCheckpoint}. */
  public static final EnumCodec<SurveyCheckpoint> SURVEY_CHECKPOINT =
      EnumCodec.of(SurveyCheckpoint.class);

  /** {@link SurveyQuestionType}. */
  public static final EnumCodec<SurveyQuestionType> SURVEY_QUESTION_TYPE =
      EnumCodec.of(SurveyQuestionType.class);

  /** {@link SurveyStatus}. */
  public static final EnumCodec<SurveyStatus> SURVEY_STATUS = EnumCodec.of(SurveyStatus.class);

  // ---------------------------------------------------------------- surveys and responses

  /** {@link SurveyQuestion}. */
  public static final RecordCodec<SurveyQuestion> SURVEY_QUESTION =
      RecordCodec.of(
          (v, o) ->
              o.putString("key", v.key())
                  .putString("text", v.text())
                  .put("type", SURVEY_QUESTION_TYPE, v.type())
                  .put("options", STRINGS, v.options())
                  .putBoolean("required", v.required())
                  .putBoolean("fitQuestion", v.fitQuestion()),
          in ->
              new SurveyQuestion(
                  in.getString("key"),
                  in.getString("text"),
                  in.get("type", SURVEY_QUESTION_TYPE),
                  in.get("options", STRINGS),
                  in.getBoolean("required"),
                  in.getBoolean("fitQuestion")));

  /** Questions, in display order. */
  static final Codec<List<SurveyQuestion>> QUESTIONS = listOf(SURVEY_QUESTION);

  /** {@link SurveyDraft}. */
  public static final RecordCodec<SurveyDraft> SURVEY_DRAFT =
      RecordCodec.of(
          (v, o) ->
              o.putString("title", v.title())
                  .put("checkpoint", SURVEY_CHECKPOINT, v.checkpoint())
                  .put("questions", QUESTIONS, v.questions())
                  .putBoolean("anonymous", v.anonymous())
                  .put("audience", SURVEY_AUDIENCE, v.audience()),
          in ->
              new SurveyDraft(
                  in.getString("title"),
                  in.get("checkpoint", SURVEY_CHECKPOINT),
                  in.get("questions", QUESTIONS),
                  in.getBoolean("anonymous"),
                  in.get("audience", SURVEY_AUDIENCE)));

  /** {@link Survey}. */
  public static final RecordCodec<Survey> SURVEY =
      RecordCodec.of(
          (v, o) ->
              o.put("id", SURVEY_ID, v.id())
                  .putLong("version", v.version())
                  .put("programId", PROGRAM_ID, v.programId())
                  .putString("title", v.title())
                  .put("checkpoint", SURVEY_CHECKPOINT, v.checkpoint())
                  .put("questions", QUESTIONS, v.questions())
                  .putBoolean("anonymous", v.anonymous())
                  .put("audience", SURVEY_AUDIENCE, v.audience())
                  .put("status", SURVEY_STATUS, v.status())
                  .put("createdAt", INSTANT, v.createdAt())
                  .put("updatedAt", INSTANT, v.updatedAt())
                  .putOpt("openedAt", INSTANT, v.openedAt())
                  .putOpt("closedAt", INSTANT, v.closedAt()),
          in ->
              new Survey(
                  in.get("id", SURVEY_ID),
                  in.getLong("version"),
                  in.get("programId", PROGRAM_ID),
                  in.getString("title"),
                  in.get("checkpoint", SURVEY_CHECKPOINT),
                  in.get("questions", QUESTIONS),
                  in.getBoolean("anonymous"),
                  in.get("audience", SURVEY_AUDIENCE),
                  in.get("status", SURVEY_STATUS),
                  in.get("createdAt", INSTANT),
                  in.get("updatedAt", INSTANT),
                  in.opt("openedAt", INSTANT),
                  in.opt("closedAt", INSTANT)));

  /** {@link SurveyResponse}. */
  public static final RecordCodec<SurveyResponse> SURVEY_RESPONSE =
      RecordCodec.of(
          (v, o) ->
              o.put("id", RESPONSE_ID, v.id())
                  .putLong("version", v.version())
                  .put("surveyId", SURVEY_ID, v.surveyId())
                  .put("programId", PROGRAM_ID, v.programId())
                  .put("respondentId", PARTICIPANT_ID, v.respondentId())
                  .putOpt("pairId", PAIR_ID, v.pairId())
                  .putOpt("subjectKey", STRING, v.subjectKey())
                  .put("answers", ANSWERS, v.answers())
                  .put("submittedAt", INSTANT, v.submittedAt()),
          in ->
              new SurveyResponse(
                  in.get("id", RESPONSE_ID),
                  in.getLong("version"),
                  in.get("surveyId", SURVEY_ID),
                  in.get("programId", PROGRAM_ID),
                  in.get("respondentId", PARTICIPANT_ID),
                  in.opt("pairId", PAIR_ID),
                  in.opt("subjectKey", STRING),
                  in.get("answers", ANSWERS),
                  in.get("submittedAt", INSTANT)));

  // ---------------------------------------------------------------- summaries

  /** {@link NetPromoterScore}: the three counts; the score and its interval are derived. */
  public static final RecordCodec<NetPromoterScore> NET_PROMOTER_SCORE =
      RecordCodec.of(
          (v, o) ->
              o.putLong("promoters", v.promoters())
                  .putLong("passives", v.passives())
                  .putLong("detractors", v.detractors()),
          in ->
              new NetPromoterScore(
                  in.getInt("promoters"), in.getInt("passives"), in.getInt("detractors")));

  /**
   * {@link QuestionSummary}: {@code rating.v1}, {@code nps.v1}, {@code choice.v1}, {@code text.v1}.
   * A choice summary's counts keep the order of the question's options.
   */
  public static final SealedCodec<QuestionSummary> QUESTION_SUMMARY =
      SealedCodec.builder(QuestionSummary.class)
          .add(
              "rating.v1",
              QuestionSummary.RatingSummary.class,
              RecordCodec.of(
                  (v, o) ->
                      o.putString("key", v.key())
                          .putLong("answered", v.answered())
                          .put("counts", listOf(INT), v.counts()),
                  in ->
                      new QuestionSummary.RatingSummary(
                          in.getString("key"),
                          in.getInt("answered"),
                          in.get("counts", listOf(INT)))))
          .add(
              "nps.v1",
              QuestionSummary.NpsSummary.class,
              RecordCodec.of(
                  (v, o) -> o.putString("key", v.key()).put("score", NET_PROMOTER_SCORE, v.score()),
                  in ->
                      new QuestionSummary.NpsSummary(
                          in.getString("key"), in.get("score", NET_PROMOTER_SCORE))))
          .add(
              "choice.v1",
              QuestionSummary.ChoiceSummary.class,
              RecordCodec.of(
                  (v, o) ->
                      o.putString("key", v.key())
                          .putLong("answered", v.answered())
                          .put("counts", orderedMapOf(STRING, INT), v.counts()),
                  in ->
                      new QuestionSummary.ChoiceSummary(
                          in.getString("key"),
                          in.getInt("answered"),
                          in.get("counts", orderedMapOf(STRING, INT)))))
          .add(
              "text.v1",
              QuestionSummary.TextSummary.class,
              RecordCodec.of(
                  (v, o) ->
                      o.putString("key", v.key())
                          .putLong("answered", v.answered())
                          .put("texts", STRINGS, v.texts()),
                  in ->
                      new QuestionSummary.TextSummary(
                          in.getString("key"), in.getInt("answered"), in.get("texts", STRINGS))))
          .build();

  /** {@link SurveySummary}. */
  public static final RecordCodec<SurveySummary> SURVEY_SUMMARY =
      RecordCodec.of(
          (v, o) ->
              o.put("surveyId", SURVEY_ID, v.surveyId())
                  .put("programId", PROGRAM_ID, v.programId())
                  .put("checkpoint", SURVEY_CHECKPOINT, v.checkpoint())
                  .putBoolean("anonymous", v.anonymous())
                  .putLong("responses", v.responses())
                  .putBoolean("withheld", v.withheld())
                  .put("questions", listOf(QUESTION_SUMMARY), v.questions()),
          in ->
              new SurveySummary(
                  in.get("surveyId", SURVEY_ID),
                  in.get("programId", PROGRAM_ID),
                  in.get("checkpoint", SURVEY_CHECKPOINT),
                  in.getBoolean("anonymous"),
                  in.getInt("responses"),
                  in.getBoolean("withheld"),
                  in.get("questions", listOf(QUESTION_SUMMARY))));
}
