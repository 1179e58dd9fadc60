package dev.mentoring.core.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mentoring.core.ParticipantId;
import dev.mentoring.core.enrollment.Answer;
import dev.mentoring.core.pairing.PairId;
import dev.mentoring.core.program.EnrollmentRole;
import dev.mentoring.core.program.ProgramId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FeedbackValuesTest {
  private static final Instant T0 = Instant.parse("2026-01-05T09:00:00Z");

  // ---------------------------------------------------------------------------------- questions

  @Test
  void questionFactories_requiredAndTyped() {
    List<String> options = List.of("a", "b");

    assertThat(SurveyQuestion.rating("r", "R"))
        .isEqualTo(new SurveyQuestion("r", "R", SurveyQuestionType.RATING, List.of(), true, false));
    assertThat(SurveyQuestion.fit("f", "F"))
        .isEqualTo(new SurveyQuestion("f", "F", SurveyQuestionType.RATING, List.of(), true, true));
    assertThat(SurveyQuestion.nps("n", "N").type()).isEqualTo(SurveyQuestionType.NPS);
    assertThat(SurveyQuestion.singleChoice("s", "S", options).options()).isEqualTo(options);
    assertThat(SurveyQuestion.multipleChoice("m", "M", options).type())
        .isEqualTo(SurveyQuestionType.MULTIPLE_CHOICE);
    assertThat(SurveyQuestion.freeText("t", "T").required()).isTrue();
    assertThat(SurveyQuestion.fit("f", "F").optional())
        .isEqualTo(new SurveyQuestion("f", "F", SurveyQuestionType.RATING, List.of(), false, true));
    assertThatThrownBy(() -> SurveyQuestion.rating(null, "R"))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("key");
    assertThatThrownBy(() -> SurveyQuestion.singleChoice("s", "S", List.of("a", null)))
        .isInstanceOf(NullPointerException.class);
  }

  @Test
  void signalsPoorFit_onlyTheFitQuestionsLowNumbers() {
    SurveyQuestion fit = SurveyQuestion.fit("f", "F");

    assertThat(fit.signalsPoorFit(Answer.number(1))).isTrue();
    assertThat(fit.signalsPoorFit(Answer.number(2))).isTrue();
    assertThat(fit.signalsPoorFit(Answer.number(3))).isFalse();
    assertThat(fit.signalsPoorFit(Answer.text("1"))).isFalse();
    assertThat(SurveyQuestion.rating("r", "R").signalsPoorFit(Answer.number(1))).isFalse();
  }

  @Test
  void questionType_scalesAndChoices() {
    assertThat(SurveyQuestionType.RATING.lowest()).isEqualTo(1);
    assertThat(SurveyQuestionType.RATING.highest()).isEqualTo(5);
    assertThat(SurveyQuestionType.NPS.lowest()).isZero();
    assertThat(SurveyQuestionType.NPS.highest()).isEqualTo(10);
    for (SurveyQuestionType t : SurveyQuestionType.values()) {
      assertThat(t.isScale())
          .isEqualTo(t == SurveyQuestionType.RATING || t == SurveyQuestionType.NPS);
      assertThat(t.isChoice())
          .isEqualTo(
              t == SurveyQuestionType.SINGLE_CHOICE || t == SurveyQuestionType.MULTIPLE_CHOICE);
    }
    assertThatThrownBy(SurveyQuestionType.FREE_TEXT::lowest)
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("FREE_TEXT is not a scale");
    assertThatThrownBy(SurveyQuestionType.SINGLE_CHOICE::highest)
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void audience_includesRoles() {
    assertThat(SurveyAudience.MENTORS.includes(EnrollmentRole.MENTOR)).isTrue();
    assertThat(SurveyAudience.MENTORS.includes(EnrollmentRole.MENTEE)).isFalse();
    assertThat(SurveyAudience.MENTORS.includes(EnrollmentRole.MENTOR_AND_MENTEE)).isTrue();
    assertThat(SurveyAudience.MENTEES.includes(EnrollmentRole.MENTOR)).isFalse();
    assertThat(SurveyAudience.MENTEES.includes(EnrollmentRole.MENTEE)).isTrue();
    assertThat(SurveyAudience.MENTEES.includes(EnrollmentRole.MENTOR_AND_MENTEE)).isTrue();
    for (EnrollmentRole role : EnrollmentRole.values()) {
      assertThat(SurveyAudience.BOTH.includes(role)).isTrue();
    }
  }

  @Test
  void checkpoint_requiresPairAndSubject() {
    for (SurveyCheckpoint c : SurveyCheckpoint.values()) {
      assertThat(c.requiresPair())
          .isEqualTo(c == SurveyCheckpoint.AFTER_MEETING || c == SurveyCheckpoint.EARLY_FIT_CHECK);
      assertThat(c.requiresSubject()).isEqualTo(c == SurveyCheckpoint.AFTER_MEETING);
    }
  }

  // ------------------------------------------------------------------------------------- drafts

  @Test
  void draftBuilder_defaultsAndRoundTrip() {
    SurveyDraft d =
        SurveyDraft.builder("T", SurveyCheckpoint.FINAL)
            .question(SurveyQuestion.rating("a", "A"))
            .build();

    assertThat(d)
        .isEqualTo(
            new SurveyDraft(
                "T",
                SurveyCheckpoint.FINAL,
                List.of(SurveyQuestion.rating("a", "A")),
                false,
                SurveyAudience.BOTH));
    SurveyDraft changed =
        d.toBuilder()
            .title("U")
            .checkpoint(SurveyCheckpoint.EXIT)
            .anonymous(true)
            .audience(SurveyAudience.MENTORS)
            .question(SurveyQuestion.nps("b", "B"))
            .build();
    assertThat(changed.title()).isEqualTo("U");
    assertThat(changed.checkpoint()).isEqualTo(SurveyCheckpoint.EXIT);
    assertThat(changed.anonymous()).isTrue();
    assertThat(changed.audience()).isEqualTo(SurveyAudience.MENTORS);
    assertThat(changed.questions()).extracting(SurveyQuestion::key).containsExactly("a", "b");
    assertThat(changed.toBuilder().questions(List.of()).build().questions()).isEmpty();
    assertThatThrownBy(() -> SurveyDraft.builder("T", SurveyCheckpoint.FINAL).question(null, null))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> SurveyDraft.builder(null, SurveyCheckpoint.FINAL))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> d.toBuilder().audience(null)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void draft_copiesQuestions() {
    List<SurveyQuestion> questions = new ArrayList<>(List.of(SurveyQuestion.rating("a", "A")));
    SurveyDraft d =
        new SurveyDraft("T", SurveyCheckpoint.FINAL, questions, false, SurveyAudience.BOTH);
    questions.clear();

    assertThat(d.questions()).hasSize(1);
  }

  // ---------------------------------------------------------------------------------- responses

  private static SurveyResponse response(String subjectKey, Map<String, Answer> answers) {
    return new SurveyResponse(
        ResponseId.of("r-1"),
        0,
        SurveyId.of("s-1"),
        ProgramId.of("p-1"),
        ParticipantId.of("ned"),
        PairId.of("x-1"),
        subjectKey,
        answers,
        T0);
  }

  @Test
  void response_answersSortedByKeyAndUnmodifiable() {
    Map<String, Answer> answers = new HashMap<>();
    answers.put("zeta", Answer.number(1));
    answers.put("alpha", Answer.text("a"));
    answers.put("mid", Answer.choice("x"));

    SurveyResponse r = response("meeting-1", answers);
    answers.clear();

    assertThat(r.answers().keySet()).containsExactly("alpha", "mid", "zeta");
    assertThatThrownBy(() -> r.answers().clear()).isInstanceOf(UnsupportedOperationException.class);
    assertThat(r.withVersion(4).version()).isEqualTo(4);
  }

  @Test
  void response_rejectsBadComponents() {
    Map<String, Answer> nullAnswer = new HashMap<>();
    nullAnswer.put("a", null);

    assertThatThrownBy(() -> response(" ", Map.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("subjectKey value is blank");
    assertThatThrownBy(() -> response("k".repeat(201), Map.of()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> response(null, nullAnswer))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("answer");
    assertThatThrownBy(() -> response(null, Map.of()).withVersion(-2))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("version is negative: -2");
  }

  @Test
  void response_erase_replacesRespondentAndDropsTexts() {
    SurveyResponse r =
        response(
            "meeting-1",
            Map.of(
                "n", Answer.number(3),
                "c", Answer.choice("x"),
                "t", Answer.text("about me")));

    SurveyResponse erased = r.erase(ParticipantId.of("erased-1"));

    assertThat(erased.respondentId()).isEqualTo(ParticipantId.of("erased-1"));
    assertThat(erased.answers()).isEqualTo(Map.of("n", Answer.number(3), "c", Answer.choice("x")));
    assertThat(erased)
        .usingRecursiveComparison()
        .ignoringFields("respondentId", "answers")
        .isEqualTo(r);
    assertThatThrownBy(() -> r.erase(null)).isInstanceOf(NullPointerException.class);
  }

  // ---------------------------------------------------------------------------------------- ids

  @Test
  void ids_valueBased() {
    assertThat(SurveyId.of("a")).isEqualTo(new SurveyId("a")).hasToString("a");
    assertThat(ResponseId.of("a")).isEqualTo(new ResponseId("a")).hasToString("a");
    assertThat(SurveyId.of("a")).isLessThan(SurveyId.of("b"));
    assertThat(ResponseId.of("b")).isGreaterThan(ResponseId.of("a"));
    assertThat(SurveyId.random()).isNotEqualTo(SurveyId.random());
    assertThat(ResponseId.random().value()).hasSize(36);
    assertThatThrownBy(() -> SurveyId.of(" "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("SurveyId value is blank");
    assertThatThrownBy(() -> ResponseId.of(null)).isInstanceOf(NullPointerException.class);
  }
}
