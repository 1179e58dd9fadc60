package dev.mentoring.core;

import static dev.mentoring.core.testing.Fixture.ADMIN;
import static dev.mentoring.core.testing.Fixture.SYSTEM;
import static dev.mentoring.core.testing.Fixture.as;
import static dev.mentoring.core.testing.Fixture.id;
import static org.assertj.core.api.Assertions.assertThat;

import dev.mentoring.core.enrollment.Answer;
import dev.mentoring.core.feedback.QuestionSummary;
import dev.mentoring.core.feedback.Survey;
import dev.mentoring.core.feedback.SurveyDraft;
import dev.mentoring.core.feedback.SurveyResponse;
import dev.mentoring.core.feedback.SurveySummary;
import dev.mentoring.core.pairing.Pair;
import dev.mentoring.core.program.MatchingPolicy;
import dev.mentoring.core.program.ProgramId;
import dev.mentoring.core.spi.StoreTransaction;
import dev.mentoring.core.testing.Fixture;
import dev.mentoring.core.testing.StoreSnapshot;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Export and erasure of survey responses, the personal data the feedback package adds. */
class FeedbackPrivacyTest {
  private static final ParticipantId ERIN = id("erin");

  private final Fixture f = new Fixture();
  private final SurveyService surveys = f.mentoring.surveys();

  private ProgramId pid;
  private Pair pair;
  private Survey named;
  private Survey anonymous;
  private SurveyResponse erinNamed;
  private SurveyResponse erinAnonymous;
  private SurveyResponse miaNamed;

  /** erin (mentee) and mia (mentor) answered a named and an anonymous midpoint survey. */
  @BeforeEach
  void answered() {
    pid = f.matchingProgram(MatchingPolicy.defaults()).id();
    f.mentor(pid, "mia", 1);
    f.mentee(pid, "erin");
    f.mentee(pid, "ned");
    f.mentee(pid, "ola");
    pair = f.mentoring.pairs().propose(ADMIN, pid, id("mia"), ERIN);
    f.mentoring.pairs().accept(as("mia"), pair.id());
    f.mentoring.pairs().accept(as("erin"), pair.id());
    f.mentoring.programs().launch(ADMIN, pid);
    named = open(SurveyServiceTest.MIDPOINT);
    anonymous = open(SurveyServiceTest.MIDPOINT.toBuilder().anonymous(true).build());
    erinNamed = respond("erin", named, "I am the only mentee in Lisbon");
    miaNamed = respond("mia", named, "Fine");
    erinAnonymous = respond("erin", anonymous, "Erin here, frankly");
    respond("ned", anonymous, "ok");
    respond("ola", anonymous, "ok");
    f.clock.advance(Duration.ofMinutes(1));
  }

  private Survey open(SurveyDraft draft) {
    return surveys.open(ADMIN, surveys.create(ADMIN, pid, draft).id());
  }

  private SurveyResponse respond(String who, Survey survey, String comment) {
    f.clock.advance(Duration.ofMinutes(1));
    return surveys.respond(
        as(who),
        survey.id(),
        null,
        null,
        Map.of(
            "overall", Answer.number(4),
            "nps", Answer.number(10),
            "pace", Answer.choice("right"),
            "topics", Answer.choice("career"),
            "comment", Answer.text(comment)));
  }

  @Test
  void export_includesOwnResponsesAnonymousOrNot() {
    ParticipantData data = f.mentoring.privacy().export(as("erin"), ERIN);

    assertThat(data.responses()).containsExactly(erinNamed, erinAnonymous);
    assertThat(f.mentoring.privacy().export(SYSTEM, id("mia")).responses())
        .containsExactly(miaNamed);
  }

  @Test
  void erase_unlinksResponsesAndRemovesTheirFreeTextKeepingScores() {
    ErasureReport report = f.mentoring.privacy().erase(as("erin"), ERIN);

    assertThat(report.responses()).isEqualTo(2);
    ParticipantId pseudonym = report.pseudonym();
    SurveyResponse named =
        f.store.inTransaction(tx -> tx.surveyResponses().find(erinNamed.id())).orElseThrow();
    SurveyResponse anon =
        f.store.inTransaction(tx -> tx.surveyResponses().find(erinAnonymous.id())).orElseThrow();
    Map<String, Answer> scores =
        Map.of(
            "overall", Answer.number(4),
            "nps", Answer.number(10),
            "pace", Answer.choice("right"),
            "topics", Answer.choice("career"));
    assertThat(named.respondentId()).isEqualTo(pseudonym);
    assertThat(named.answers()).isEqualTo(scores);
    assertThat(anon.respondentId()).isEqualTo(pseudonym);
    assertThat(anon.answers()).isEqualTo(scores);
    assertThat(named.submittedAt()).isEqualTo(erinNamed.submittedAt());
    assertThat(named.version()).isEqualTo(2);
    assertThat(
            f.store.inTransaction(
                (StoreTransaction tx) -> tx.surveyResponses().find(miaNamed.id())))
        .contains(miaNamed);
    StoreSnapshot after = f.snapshot();
    assertThat(after.toString())
        .doesNotContain("erin")
        .doesNotContain("Erin")
        .doesNotContain("Lisbon");
    assertThat(f.mentoring.privacy().export(SYSTEM, ERIN).responses()).isEmpty();
    assertThat(f.mentoring.privacy().export(SYSTEM, pseudonym).responses())
        .containsExactly(named, anon);
  }

  @Test
  void erase_summariesKeepScoresAndCountFewerTexts() {
    SurveySummary before = surveys.summary(ADMIN, anonymous.id());

    f.mentoring.privacy().erase(SYSTEM, ERIN);

    SurveySummary after = surveys.summary(ADMIN, anonymous.id());
    assertThat(after.responses()).isEqualTo(before.responses());
    assertThat(after.questions().subList(0, 4)).isEqualTo(before.questions().subList(0, 4));
    assertThat(((QuestionSummary.TextSummary) after.questions().get(4)).answered()).isEqualTo(2);
    assertThat(
            ((QuestionSummary.TextSummary) surveys.summary(ADMIN, named.id()).questions().get(4))
                .texts())
        .containsExactly("Fine");
  }

  @Test
  void erase_personWithoutResponses_reportsNone() {
    assertThat(f.mentoring.privacy().erase(SYSTEM, id("nobody")).responses()).isZero();
  }
}
