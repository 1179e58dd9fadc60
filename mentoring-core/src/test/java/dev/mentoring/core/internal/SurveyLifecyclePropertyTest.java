package dev.mentoring.core.internal;

import static dev.mentoring.core.testing.Gens.listsOf;
import static dev.mentoring.core.testing.Gens.oneOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.quicktheories.QuickTheory.qt;

import dev.mentoring.core.IllegalTransitionException;
import dev.mentoring.core.feedback.Survey;
import dev.mentoring.core.feedback.SurveyAudience;
import dev.mentoring.core.feedback.SurveyCheckpoint;
import dev.mentoring.core.feedback.SurveyDraft;
import dev.mentoring.core.feedback.SurveyId;
import dev.mentoring.core.feedback.SurveyQuestion;
import dev.mentoring.core.feedback.SurveyStatus;
import dev.mentoring.core.program.ProgramId;
import java.time.Instant;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The survey lifecycle as a state machine: the table agrees with the documented diagram, and random
 * sequences of verbs never leave the table, never move a terminal state, and refuse a verb with
 * {@link IllegalTransitionException} without changing the survey.
 */
class SurveyLifecyclePropertyTest {
  private static final long SEED = 0x5E2_2026L;
  private static final Instant T0 = Instant.parse("2026-01-05T09:00:00Z");
  private static final SurveyDraft DRAFT =
      SurveyDraft.builder("Midpoint", SurveyCheckpoint.MIDPOINT)
          .question(SurveyQuestion.rating("overall", "How is it going?"))
          .build();
  private static final SurveyDraft REVISED =
      DRAFT.toBuilder()
          .title("Revised")
          .anonymous(true)
          .audience(SurveyAudience.MENTEES)
          .question(SurveyQuestion.nps("nps", "Recommend?"))
          .build();

  /** SurveyStatus Javadoc: DRAFT → OPEN → CLOSED; a draft may be closed unopened. */
  private static final Map<SurveyStatus, Set<SurveyStatus>> DIAGRAM =
      new EnumMap<>(
          Map.of(
              SurveyStatus.DRAFT, Set.of(SurveyStatus.OPEN, SurveyStatus.CLOSED),
              SurveyStatus.OPEN, Set.of(SurveyStatus.CLOSED),
              SurveyStatus.CLOSED, Set.of()));

  @Test
  void surveyStatus_agreesWithDocumentedDiagram() {
    for (SurveyStatus from : SurveyStatus.values()) {
      for (SurveyStatus to : SurveyStatus.values()) {
        boolean documented = DIAGRAM.get(from).contains(to);
        assertThat(from.canMoveTo(to)).as("%s → %s", from, to).isEqualTo(documented);
        assertThat(Transitions.SURVEY.allows(from, to)).isEqualTo(documented);
      }
      assertThat(from.isTerminal()).isEqualTo(DIAGRAM.get(from).isEmpty());
      assertThat(Transitions.SURVEY.next(from)).isEqualTo(DIAGRAM.get(from));
    }
  }

  enum Verb {
    OPEN,
    CLOSE,
    REVISE;

    SurveyStatus target() {
      return switch (this) {
        case OPEN -> SurveyStatus.OPEN;
        case CLOSE -> SurveyStatus.CLOSED;
        case REVISE -> SurveyStatus.DRAFT;
      };
    }

    /** From the verbs' Javadoc. */
    boolean allowedOn(Survey s) {
      return switch (this) {
        case OPEN, REVISE -> s.status() == SurveyStatus.DRAFT;
        case CLOSE -> s.status() != SurveyStatus.CLOSED;
      };
    }

    Survey apply(Survey s, Instant at) {
      return switch (this) {
        case OPEN -> s.open(at);
        case CLOSE -> s.close(at);
        case REVISE -> s.revise(REVISED, at);
      };
    }
  }

  private static Survey start(SurveyStatus status) {
    Survey draft = Survey.create(SurveyId.of("s-1"), ProgramId.of("p-1"), DRAFT, T0).withVersion(2);
    return switch (status) {
      case DRAFT -> draft;
      case OPEN -> draft.open(T0);
      case CLOSED -> draft.open(T0).close(T0);
    };
  }

  @Test
  void survey_randomVerbs_stayInTableAndRefuseWithoutChange() {
    Set<List<SurveyStatus>> seen = new HashSet<>();
    qt().withFixedSeed(SEED)
        .withExamples(300)
        .forAll(oneOf(SurveyStatus.class), listsOf(oneOf(Verb.class), 0, 8))
        .checkAssert(
            (initial, verbs) -> {
              Survey current = start(initial);
              Instant at = T0;
              for (Verb verb : verbs) {
                at = at.plusSeconds(60);
                Survey before = current;
                Instant when = at;
                if (verb.allowedOn(before)) {
                  Survey after = verb.apply(before, when);
                  assertThat(after.status()).isEqualTo(verb.target());
                  assertThat(after.updatedAt()).isEqualTo(when);
                  assertThat(after.id()).isEqualTo(before.id());
                  assertThat(after.version()).isEqualTo(before.version());
                  assertThat(after.createdAt()).isEqualTo(before.createdAt());
                  if (verb == Verb.OPEN) {
                    assertThat(after.openedAt()).isEqualTo(when);
                  }
                  if (verb == Verb.CLOSE) {
                    assertThat(after.closedAt()).isEqualTo(when);
                    assertThat(after.openedAt()).isEqualTo(before.openedAt());
                  }
                  if (verb == Verb.REVISE) {
                    assertThat(after.draft()).isEqualTo(REVISED);
                  } else {
                    assertThat(after.draft()).isEqualTo(before.draft());
                    seen.add(List.of(before.status(), after.status()));
                  }
                  assertThat(before.status().isTerminal()).isFalse();
                  current = after;
                } else {
                  Throwable thrown = catchThrowable(() -> verb.apply(before, when));
                  assertThat(thrown).isInstanceOf(IllegalTransitionException.class);
                  IllegalTransitionException e = (IllegalTransitionException) thrown;
                  assertThat(e.from()).isEqualTo(before.status());
                  assertThat(e.to()).isEqualTo(verb.target());
                  assertThat(e.id()).isEqualTo("s-1");
                  assertThat(current).isEqualTo(before);
                }
              }
            });
    Set<List<SurveyStatus>> edges = new HashSet<>();
    DIAGRAM.forEach((from, tos) -> tos.forEach(to -> edges.add(List.of(from, to))));
    assertThat(seen).as("every table transition is exercised").isEqualTo(edges);
  }
}
