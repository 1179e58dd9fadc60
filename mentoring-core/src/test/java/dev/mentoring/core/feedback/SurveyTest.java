package dev.mentoring.core.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mentoring.core.IllegalTransitionException;
import dev.mentoring.core.ParticipantId;
import dev.mentoring.core.enrollment.Answer;
import dev.mentoring.core.pairing.PairId;
import dev.mentoring.core.program.ProgramId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SurveyTest {
  private static final Instant T0 = Instant.parse("2026-01-05T09:00:00Z");
  private static final Instant T1 = T0.plusSeconds(60);
  private static final Instant T2 = T0.plusSeconds(120);
  private static final SurveyId ID = SurveyId.of("s-1");
  private static final ProgramId PROGRAM = ProgramId.of("p-1");
  private static final SurveyDraft FIT =
      SurveyDraft.builder("Fit?", SurveyCheckpoint.EARLY_FIT_CHECK)
          .question(SurveyQuestion.fit("fit", "Good fit?"), SurveyQuestion.nps("nps", "NPS"))
          .build();

  private static Survey draft() {
    return Survey.create(ID, PROGRAM, FIT, T0);
  }

  private static SurveyResponse response(SurveyId survey, Map<String, Answer> answers) {
    return new SurveyResponse(
        ResponseId.of("r-1"),
        1,
        survey,
        PROGRAM,
        ParticipantId.of("ned"),
        PairId.of("x-1"),
        null,
        answers,
        T1);
  }

  @Test
  void create_isDraftWithTheDraftsContent() {
    Survey s = draft();

    assertThat(s)
        .isEqualTo(
            new Survey(
                ID,
                0,
                PROGRAM,
                "Fit?",
                SurveyCheckpoint.EARLY_FIT_CHECK,
                FIT.questions(),
                false,
                SurveyAudience.BOTH,
                SurveyStatus.DRAFT,
                T0,
                T0,
                null,
                null));
    assertThat(s.draft()).isEqualTo(FIT);
    assertThat(s.withVersion(3).version()).isEqualTo(3);
    assertThat(s.withVersion(3).withVersion(0)).isEqualTo(s);
  }

  @Test
  void openThenClose_setsDates() {
    Survey open = draft().open(T1);
    Survey closed = open.close(T2);

    assertThat(open.status()).isEqualTo(SurveyStatus.OPEN);
    assertThat(open.openedAt()).isEqualTo(T1);
    assertThat(open.updatedAt()).isEqualTo(T1);
    assertThat(closed.status()).isEqualTo(SurveyStatus.CLOSED);
    assertThat(closed.openedAt()).isEqualTo(T1);
    assertThat(closed.closedAt()).isEqualTo(T2);
    assertThat(closed.createdAt()).isEqualTo(T0);
  }

  @Test
  void revise_draftOnly() {
    SurveyDraft other = FIT.toBuilder().title("Other").anonymous(true).build();

    Survey revised = draft().revise(other, T1);

    assertThat(revised.draft()).isEqualTo(other);
    assertThat(revised.updatedAt()).isEqualTo(T1);
    assertThatThrownBy(() -> draft().open(T1).revise(other, T2))
        .isInstanceOfSatisfying(
            IllegalTransitionException.class,
            e -> {
              assertThat(e.from()).isEqualTo(SurveyStatus.OPEN);
              assertThat(e.to()).isEqualTo(SurveyStatus.DRAFT);
            });
    assertThatThrownBy(() -> draft().revise(null, T1)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> draft().revise(other, null)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void verbs_illegalMoves_throwWithTarget() {
    Survey closed = draft().close(T1);

    assertThatThrownBy(() -> closed.open(T2))
        .isInstanceOfSatisfying(
            IllegalTransitionException.class,
            e -> assertThat(e).hasMessage("cannot move s-1 from CLOSED to OPEN"));
    assertThatThrownBy(() -> closed.close(T2)).isInstanceOf(IllegalTransitionException.class);
    assertThatThrownBy(() -> draft().open(null)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void question_andFitQuestion_lookups() {
    Survey s = draft();

    assertThat(s.question("nps")).contains(FIT.questions().get(1));
    assertThat(s.question("missing")).isEmpty();
    assertThat(s.fitQuestion()).contains(FIT.questions().get(0));
    Survey noFit =
        Survey.create(
            ID,
            PROGRAM,
            SurveyDraft.builder("x", SurveyCheckpoint.FINAL)
                .question(SurveyQuestion.rating("r", "r"))
                .build(),
            T0);
    assertThat(noFit.fitQuestion()).isEmpty();
    assertThat(noFit.signalsPoorFit(response(ID, Map.of("r", Answer.number(1))))).isFalse();
  }

  @Test
  void signalsPoorFit_ratingsUpToTheThreshold() {
    Survey s = draft();

    for (int rating = 1; rating <= 5; rating++) {
      assertThat(s.signalsPoorFit(response(ID, Map.of("fit", Answer.number(rating)))))
          .as("rating %d", rating)
          .isEqualTo(rating <= SurveyQuestion.POOR_FIT_THRESHOLD);
    }
    assertThat(s.signalsPoorFit(response(ID, Map.of("nps", Answer.number(0))))).isFalse();
    assertThatThrownBy(() -> s.signalsPoorFit(response(SurveyId.of("other"), Map.of())))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("response r-1 belongs to survey other, not s-1");
  }

  @Test
  void constructor_rejectsMeaninglessSurveys() {
    List<SurveyQuestion> twice =
        List.of(SurveyQuestion.rating("a", "A"), SurveyQuestion.nps("a", "B"));

    assertThatThrownBy(() -> with(List.of(), SurveyStatus.DRAFT, null, null))
        .hasMessage("questions is empty");
    assertThatThrownBy(() -> with(twice, SurveyStatus.DRAFT, null, null))
        .hasMessage("question key a is used twice");
    assertThatThrownBy(() -> with(FIT.questions(), SurveyStatus.DRAFT, T1, null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("a DRAFT survey cannot have openedAt");
    assertThatThrownBy(() -> with(FIT.questions(), SurveyStatus.DRAFT, null, T1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> with(FIT.questions(), SurveyStatus.OPEN, null, null))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> with(FIT.questions(), SurveyStatus.OPEN, T1, T2))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> with(FIT.questions(), SurveyStatus.CLOSED, T1, null))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(with(FIT.questions(), SurveyStatus.CLOSED, null, T1).closedAt()).isEqualTo(T1);
    assertThatThrownBy(() -> draft().withVersion(-1)).hasMessage("version is negative: -1");
  }

  @Test
  void constructor_copiesQuestions() {
    List<SurveyQuestion> questions = new ArrayList<>(FIT.questions());
    Survey s = with(questions, SurveyStatus.DRAFT, null, null);
    questions.clear();

    assertThat(s.questions()).hasSize(2);
    assertThatThrownBy(() -> s.questions().clear())
        .isInstanceOf(UnsupportedOperationException.class);
  }

  private static Survey with(
      List<SurveyQuestion> questions, SurveyStatus status, Instant openedAt, Instant closedAt) {
    return new Survey(
        ID,
        0,
        PROGRAM,
        "t",
        SurveyCheckpoint.FINAL,
        questions,
        false,
        SurveyAudience.BOTH,
        status,
        T0,
        T0,
        openedAt,
        closedAt);
  }
}
