package dev.mentoring.core.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mentoring.core.ParticipantId;
import dev.mentoring.core.enrollment.Answer;
import dev.mentoring.core.program.ProgramId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SurveySummaryTest {
  private static final Instant T0 = Instant.parse("2026-01-05T09:00:00Z");
  private static final ProgramId PROGRAM = ProgramId.of("p-1");
  private static final SurveyDraft DRAFT =
      SurveyDraft.builder("Midpoint", SurveyCheckpoint.MIDPOINT)
          .question(
              SurveyQuestion.rating("overall", "How is it going?"),
              SurveyQuestion.nps("nps", "Recommend?"),
              SurveyQuestion.singleChoice("pace", "Pace?", List.of("slow", "right", "fast")),
              SurveyQuestion.multipleChoice("topics", "Topics?", List.of("career", "tech")),
              SurveyQuestion.freeText("comment", "Comment?").optional())
          .build();

  private final List<SurveyResponse> responses = new ArrayList<>();

  private static Survey survey(boolean anonymous) {
    return Survey.create(
        SurveyId.of("s-1"), PROGRAM, DRAFT.toBuilder().anonymous(anonymous).build(), T0);
  }

  private void respond(Survey survey, Object... keysAndAnswers) {
    Map<String, Answer> answers = new LinkedHashMap<>();
    for (int i = 0; i < keysAndAnswers.length; i += 2) {
      answers.put((String) keysAndAnswers[i], (Answer) keysAndAnswers[i + 1]);
    }
    int n = responses.size();
    responses.add(
        new SurveyResponse(
            ResponseId.of("r-" + n),
            1,
            survey.id(),
            PROGRAM,
            ParticipantId.of("p" + n),
            null,
            null,
            answers,
            T0.plusSeconds(n)));
  }

  private void threeResponses(Survey s) {
    respond(
        s,
        "overall",
        Answer.number(5),
        "nps",
        Answer.number(10),
        "pace",
        Answer.choice("right"),
        "topics",
        Answer.choice("career", "tech"),
        "comment",
        Answer.text("Great"));
    respond(
        s,
        "overall",
        Answer.number(2),
        "nps",
        Answer.number(6),
        "pace",
        Answer.choice("slow"),
        "topics",
        Answer.choice("tech"));
    respond(
        s,
        "overall",
        Answer.number(5),
        "nps",
        Answer.number(8),
        "pace",
        Answer.choice("right"),
        "topics",
        Answer.choice("tech"),
        "comment",
        Answer.text("More please"));
  }

  @Test
  void of_namedSurvey_summarisesEveryQuestionByType() {
    Survey s = survey(false);
    threeResponses(s);

    SurveySummary summary = SurveySummary.of(s, responses);

    assertThat(summary.surveyId()).isEqualTo(s.id());
    assertThat(summary.programId()).isEqualTo(PROGRAM);
    assertThat(summary.checkpoint()).isEqualTo(SurveyCheckpoint.MIDPOINT);
    assertThat(summary.anonymous()).isFalse();
    assertThat(summary.responses()).isEqualTo(3);
    assertThat(summary.withheld()).isFalse();
    assertThat(summary.questions())
        .containsExactly(
            new QuestionSummary.RatingSummary("overall", 3, List.of(0, 1, 0, 0, 2)),
            new QuestionSummary.NpsSummary("nps", new NetPromoterScore(1, 1, 1)),
            new QuestionSummary.ChoiceSummary("pace", 3, mapOf("slow", 1, "right", 2, "fast", 0)),
            new QuestionSummary.ChoiceSummary("topics", 3, mapOf("career", 1, "tech", 3)),
            new QuestionSummary.TextSummary("comment", 2, List.of("Great", "More please")));
    assertThat(((QuestionSummary.RatingSummary) summary.questions().get(0)).mean()).hasValue(4.0);
    assertThat(summary.questions().get(1).answered()).isEqualTo(3);
    assertThat(((QuestionSummary.ChoiceSummary) summary.questions().get(2)).counts().keySet())
        .as("option order")
        .containsExactly("slow", "right", "fast");
  }

  private static Map<String, Integer> mapOf(Object... keysAndCounts) {
    Map<String, Integer> map = new LinkedHashMap<>();
    for (int i = 0; i < keysAndCounts.length; i += 2) {
      map.put((String) keysAndCounts[i], (Integer) keysAndCounts[i + 1]);
    }
    return map;
  }

  @Test
  void of_anonymousSurvey_withheldBelowTheGroupSizeThenTextsCounted() {
    Survey s = survey(true);
    threeResponses(s);

    SurveySummary two = SurveySummary.of(s, responses.subList(0, 2));
    SurveySummary three = SurveySummary.of(s, responses);

    assertThat(two.withheld()).isTrue();
    assertThat(two.responses()).isEqualTo(2);
    assertThat(two.questions()).isEmpty();
    assertThat(three.withheld()).isFalse();
    assertThat(three.questions().get(4))
        .isEqualTo(new QuestionSummary.TextSummary("comment", 2, List.of()));
    assertThat(three.questions().subList(0, 4))
        .isEqualTo(SurveySummary.of(survey(false), responses).questions().subList(0, 4));
  }

  @Test
  void of_noResponses_emptyCountsAndNoMean() {
    SurveySummary summary = SurveySummary.of(survey(false), List.of());

    assertThat(summary.responses()).isZero();
    QuestionSummary.RatingSummary rating =
        (QuestionSummary.RatingSummary) summary.questions().get(0);
    assertThat(rating.mean()).isEmpty();
    assertThat(summary.questions().get(1))
        .isEqualTo(new QuestionSummary.NpsSummary("nps", NetPromoterScore.none()));
    assertThat(SurveySummary.of(survey(true), List.of()).withheld()).isTrue();
  }

  @Test
  void of_responsesThatDoNotFitTheSurvey_rejected() {
    Survey s = survey(false);
    Survey other = Survey.create(SurveyId.of("s-2"), PROGRAM, DRAFT, T0);

    respond(other, "overall", Answer.number(3));
    assertThatThrownBy(() -> SurveySummary.of(s, responses))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("response r-0 belongs to survey s-2, not s-1");
    assertRejected(s, "unknown", Answer.number(1), "answers unknown, which survey s-1 lacks");
    assertRejected(s, "overall", Answer.number(6), "answer 6 to question overall is out of range");
    assertRejected(s, "overall", Answer.number(0), "out of range");
    assertRejected(s, "nps", Answer.text("9"), "question nps of type NPS cannot take");
    assertRejected(s, "pace", Answer.text("x"), "question pace of type SINGLE_CHOICE");
    assertRejected(s, "pace", Answer.choice("never"), "never is not an option of question pace");
    assertRejected(s, "comment", Answer.number(1), "question comment of type FREE_TEXT");
  }

  private void assertRejected(Survey s, String key, Answer answer, String message) {
    responses.clear();
    respond(s, key, answer);
    assertThatThrownBy(() -> SurveySummary.of(s, responses))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(message);
  }

  @Test
  void questionSummaries_checkTheirCounts() {
    assertThatThrownBy(() -> new QuestionSummary.RatingSummary("r", 1, List.of(1, 0, 0, 0)))
        .hasMessageContaining("expected 5 counts");
    assertThatThrownBy(() -> new QuestionSummary.RatingSummary("r", 0, List.of(1, -1, 0, 0, 0)))
        .hasMessage("a count is negative: -1");
    assertThatThrownBy(() -> new QuestionSummary.RatingSummary("r", 2, List.of(1, 0, 0, 0, 0)))
        .hasMessage("counts [1, 0, 0, 0, 0] do not add up to 2");
    assertThatThrownBy(() -> new QuestionSummary.RatingSummary(null, 0, List.of(0, 0, 0, 0, 0)))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> new QuestionSummary.NpsSummary("n", null))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> new QuestionSummary.ChoiceSummary("c", -1, Map.of()))
        .hasMessage("answered is negative: -1");
    assertThatThrownBy(() -> new QuestionSummary.ChoiceSummary("c", 1, Map.of("a", -2)))
        .hasMessage("count of a is negative: -2");
    assertThatThrownBy(() -> new QuestionSummary.TextSummary("t", 1, List.of("a", "b")))
        .hasMessage("2 texts but 1 answers");
    assertThatThrownBy(() -> new QuestionSummary.TextSummary("t", -1, List.of()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(new QuestionSummary.RatingSummary("r", 2, List.of(1, 0, 0, 0, 1)).mean())
        .hasValue(3.0);
  }

  @Test
  void surveySummary_checksItsComponents() {
    SurveyId id = SurveyId.of("s");
    List<QuestionSummary> one = List.of(new QuestionSummary.TextSummary("t", 0, List.of()));

    assertThatThrownBy(
            () ->
                new SurveySummary(id, PROGRAM, SurveyCheckpoint.FINAL, false, -1, false, List.of()))
        .hasMessage("responses is negative: -1");
    assertThatThrownBy(
            () -> new SurveySummary(id, PROGRAM, SurveyCheckpoint.FINAL, true, 1, true, one))
        .hasMessage("a withheld summary has no question summaries");
    assertThatThrownBy(
            () -> new SurveySummary(id, null, SurveyCheckpoint.FINAL, true, 1, true, List.of()))
        .isInstanceOf(NullPointerException.class);
  }
}
