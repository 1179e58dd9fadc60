package dev.mentoring.core.memory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mentoring.core.ConcurrentUpdateException;
import dev.mentoring.core.NotFoundException;
import dev.mentoring.core.ParticipantId;
import dev.mentoring.core.enrollment.Answer;
import dev.mentoring.core.feedback.ResponseId;
import dev.mentoring.core.feedback.Survey;
import dev.mentoring.core.feedback.SurveyCheckpoint;
import dev.mentoring.core.feedback.SurveyDraft;
import dev.mentoring.core.feedback.SurveyId;
import dev.mentoring.core.feedback.SurveyQuestion;
import dev.mentoring.core.feedback.SurveyResponse;
import dev.mentoring.core.pairing.PairId;
import dev.mentoring.core.program.ProgramId;
import dev.mentoring.core.resource.Resource;
import dev.mentoring.core.resource.ResourceDraft;
import dev.mentoring.core.resource.ResourceId;
import dev.mentoring.core.spi.StoreTransaction;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The in-memory store's survey, response and resource repositories. */
class FeedbackStoreTest {
  private static final Instant T0 = Instant.parse("2026-01-05T09:00:00Z");
  private static final ProgramId P1 = ProgramId.of("p1");
  private static final ProgramId P2 = ProgramId.of("p2");
  private static final ParticipantId ANN = ParticipantId.of("ann");
  private static final ParticipantId BOB = ParticipantId.of("bob");
  private static final PairId X1 = PairId.of("x1");
  private static final SurveyDraft DRAFT =
      SurveyDraft.builder("S", SurveyCheckpoint.FINAL)
          .question(SurveyQuestion.rating("r", "R"))
          .build();

  private final InMemoryMentoringStore store = new InMemoryMentoringStore();

  private static Survey survey(String id, ProgramId program, Instant at) {
    return Survey.create(SurveyId.of(id), program, DRAFT, at);
  }

  private static SurveyResponse response(
      String id,
      String survey,
      ProgramId program,
      ParticipantId who,
      PairId pair,
      String subject,
      Instant at) {
    return new SurveyResponse(
        ResponseId.of(id),
        0,
        SurveyId.of(survey),
        program,
        who,
        pair,
        subject,
        Map.of("r", Answer.number(4)),
        at);
  }

  private static Resource resource(String id, ProgramId program, Instant at) {
    return Resource.create(
        ResourceId.of(id),
        program,
        ResourceDraft.builder("T", URI.create("https://example.org")).build(),
        at);
  }

  private <R> R tx(java.util.function.Function<StoreTransaction, R> work) {
    return store.inTransaction(work::apply);
  }

  // ------------------------------------------------------------------------------------ surveys

  @Test
  void surveys_insertFindUpdateAndOrder() {
    Survey late =
        tx((StoreTransaction t) -> t.surveys().insert(survey("a", P1, T0.plusSeconds(5))));
    Survey b = tx((StoreTransaction t) -> t.surveys().insert(survey("b", P1, T0)));
    Survey other = tx((StoreTransaction t) -> t.surveys().insert(survey("c", P2, T0)));
    Survey opened = tx((StoreTransaction t) -> t.surveys().update(b.open(T0.plusSeconds(9))));

    assertThat(b.version()).isEqualTo(1);
    assertThat(opened.version()).isEqualTo(2);
    assertThat(tx((StoreTransaction t) -> t.surveys().find(b.id()))).contains(opened);
    assertThat(tx((StoreTransaction t) -> t.surveys().find(SurveyId.of("none")))).isEmpty();
    assertThat(tx((StoreTransaction t) -> t.surveys().findByProgram(P1)))
        .containsExactly(opened, late);
    assertThat(tx((StoreTransaction t) -> t.surveys().findByProgram(P2))).containsExactly(other);
  }

  @Test
  void surveys_versionsAndProgramAreGuarded() {
    Survey s = tx((StoreTransaction t) -> t.surveys().insert(survey("a", P1, T0)));
    tx((StoreTransaction t) -> t.surveys().update(s.open(T0)));

    assertThatThrownBy(() -> tx((StoreTransaction t) -> t.surveys().update(s.close(T0))))
        .isInstanceOf(ConcurrentUpdateException.class);
    assertThatThrownBy(() -> tx((StoreTransaction t) -> t.surveys().insert(survey("a", P1, T0))))
        .isInstanceOf(ConcurrentUpdateException.class);
    assertThatThrownBy(() -> tx((StoreTransaction t) -> t.surveys().insert(s)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () ->
                tx((StoreTransaction t) -> t.surveys().update(survey("z", P1, T0).withVersion(1))))
        .isInstanceOfSatisfying(
            NotFoundException.class, e -> assertThat(e.kind()).isEqualTo("survey"));
    Survey moved = tx((StoreTransaction t) -> t.surveys().find(s.id())).orElseThrow();
    Survey inOtherProgram =
        new Survey(
            moved.id(),
            moved.version(),
            P2,
            moved.title(),
            moved.checkpoint(),
            moved.questions(),
            moved.anonymous(),
            moved.audience(),
            moved.status(),
            moved.createdAt(),
            moved.updatedAt(),
            moved.openedAt(),
            moved.closedAt());
    assertThatThrownBy(() -> tx((StoreTransaction t) -> t.surveys().update(inOtherProgram)))
        .hasMessageContaining("another program");
  }

  // ---------------------------------------------------------------------------------- responses

  @Test
  void responses_indexedBySurveyProgramPairAndRespondentInSubmissionOrder() {
    SurveyResponse third = insert(response("r3", "s1", P1, ANN, X1, "m1", T0.plusSeconds(9)));
    SurveyResponse second = insert(response("r2", "s1", P1, BOB, X1, null, T0));
    SurveyResponse first = insert(response("r1", "s1", P1, ANN, null, null, T0));
    SurveyResponse elsewhere = insert(response("r4", "s2", P2, ANN, null, null, T0.plusSeconds(1)));

    assertThat(tx((StoreTransaction t) -> t.surveyResponses().findBySurvey(SurveyId.of("s1"))))
        .containsExactly(first, second, third);
    assertThat(tx((StoreTransaction t) -> t.surveyResponses().findByProgram(P1)))
        .containsExactly(first, second, third);
    assertThat(tx((StoreTransaction t) -> t.surveyResponses().findByPair(X1)))
        .containsExactly(second, third);
    assertThat(tx((StoreTransaction t) -> t.surveyResponses().findByRespondent(ANN)))
        .containsExactly(first, elsewhere, third);
    assertThat(tx((StoreTransaction t) -> t.surveyResponses().find(ResponseId.of("r2"))))
        .contains(second);
    assertThat(
            tx(
                (StoreTransaction t) ->
                    t.surveyResponses().find(SurveyId.of("s1"), ANN, null, null)))
        .contains(first);
    assertThat(
            tx((StoreTransaction t) -> t.surveyResponses().find(SurveyId.of("s1"), ANN, X1, "m1")))
        .contains(third);
    assertThat(
            tx((StoreTransaction t) -> t.surveyResponses().find(SurveyId.of("s1"), ANN, X1, null)))
        .isEmpty();
    assertThat(tx((StoreTransaction t) -> t.surveyResponses().findByPair(PairId.of("none"))))
        .isEmpty();
  }

  private SurveyResponse insert(SurveyResponse r) {
    return tx((StoreTransaction t) -> t.surveyResponses().insert(r));
  }

  @Test
  void responses_onePerRespondentSurveyPairAndSubject() {
    SurveyResponse first = insert(response("r1", "s1", P1, ANN, X1, "m1", T0));
    SurveyResponse other = insert(response("r2", "s1", P1, ANN, X1, "m2", T0));

    assertThatThrownBy(() -> insert(response("r3", "s1", P1, ANN, X1, "m1", T0)))
        .isInstanceOfSatisfying(
            ConcurrentUpdateException.class,
            e -> {
              assertThat(e.id()).isEqualTo("r1");
              assertThat(e.actualVersion()).isEqualTo(1);
            });
    SurveyResponse collides =
        new SurveyResponse(
            other.id(),
            other.version(),
            other.surveyId(),
            P1,
            ANN,
            X1,
            "m1",
            other.answers(),
            other.submittedAt());
    assertThatThrownBy(() -> tx((StoreTransaction t) -> t.surveyResponses().update(collides)))
        .isInstanceOf(ConcurrentUpdateException.class);
    assertThat(tx((StoreTransaction t) -> t.surveyResponses().update(other)).version())
        .as("same authorship, same response")
        .isEqualTo(2);
    SurveyResponse erased =
        tx((StoreTransaction t) -> t.surveyResponses().update(first.erase(BOB)));
    assertThat(erased.version()).isEqualTo(2);
    assertThat(tx((StoreTransaction t) -> t.surveyResponses().findByRespondent(ANN)))
        .containsExactly(other.withVersion(2));
    assertThat(tx((StoreTransaction t) -> t.surveyResponses().findByRespondent(BOB)))
        .containsExactly(erased);
    assertThat(insert(response("r3", "s1", P1, ANN, X1, "m1", T0)).version()).isEqualTo(1);
  }

  // ---------------------------------------------------------------------------------- resources

  @Test
  void resources_insertUpdateDeleteAndOrder() {
    Resource late =
        tx((StoreTransaction t) -> t.resources().insert(resource("a", P1, T0.plusSeconds(3))));
    Resource early = tx((StoreTransaction t) -> t.resources().insert(resource("b", P1, T0)));
    Resource revised =
        tx(
            (StoreTransaction t) ->
                t.resources().update(early.revise(early.draft(), T0.plusSeconds(5))));

    assertThat(revised.version()).isEqualTo(2);
    assertThat(tx((StoreTransaction t) -> t.resources().findByProgram(P1)))
        .containsExactly(revised, late);
    assertThatThrownBy(() -> tx((StoreTransaction t) -> deleting(t, early)))
        .isInstanceOfSatisfying(
            ConcurrentUpdateException.class,
            e ->
                assertThat(List.of(e.expectedVersion(), e.actualVersion()))
                    .containsExactly(1L, 2L));
    tx((StoreTransaction t) -> deleting(t, revised));
    assertThat(tx((StoreTransaction t) -> t.resources().find(revised.id()))).isEmpty();
    assertThat(tx((StoreTransaction t) -> t.resources().findByProgram(P1))).containsExactly(late);
    assertThatThrownBy(() -> tx((StoreTransaction t) -> deleting(t, revised)))
        .isInstanceOfSatisfying(
            NotFoundException.class, e -> assertThat(e.kind()).isEqualTo("resource"));
  }

  private static boolean deleting(StoreTransaction t, Resource r) {
    t.resources().delete(r);
    return true;
  }

  // ----------------------------------------------------------------------------------- rollback

  @Test
  void failedTransaction_rollsBackEveryNewKind() {
    Resource kept = tx((StoreTransaction t) -> t.resources().insert(resource("keep", P1, T0)));

    assertThatThrownBy(
            () ->
                store.inTransaction(
                    t -> {
                      t.surveys().insert(survey("s", P1, T0));
                      t.surveyResponses().insert(response("r", "s", P1, ANN, X1, null, T0));
                      t.resources().insert(resource("new", P1, T0));
                      t.resources().delete(kept);
                      throw new IllegalStateException("boom");
                    }))
        .hasMessage("boom");

    assertThat(tx((StoreTransaction t) -> t.surveys().findByProgram(P1))).isEmpty();
    assertThat(tx((StoreTransaction t) -> t.surveyResponses().findByProgram(P1))).isEmpty();
    assertThat(tx((StoreTransaction t) -> t.surveyResponses().findByPair(X1))).isEmpty();
    assertThat(tx((StoreTransaction t) -> t.resources().findByProgram(P1))).containsExactly(kept);
  }

  @Test
  void repositories_outsideTheirTransaction_refused() {
    StoreTransaction leaked = store.inTransaction(t -> t);

    assertThatThrownBy(leaked::surveys).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(leaked::surveyResponses).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(leaked::resources).isInstanceOf(IllegalStateException.class);
  }
}
