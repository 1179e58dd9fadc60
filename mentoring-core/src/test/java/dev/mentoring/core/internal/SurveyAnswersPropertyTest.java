package dev.mentoring.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.mentoring.core.InvalidInputException;
import dev.mentoring.core.Violation;
import dev.mentoring.core.enrollment.Answer;
import dev.mentoring.core.feedback.Survey;
import dev.mentoring.core.feedback.SurveyCheckpoint;
import dev.mentoring.core.feedback.SurveyDraft;
import dev.mentoring.core.feedback.SurveyId;
import dev.mentoring.core.feedback.SurveyQuestion;
import dev.mentoring.core.feedback.SurveyQuestionType;
import dev.mentoring.core.program.ProgramId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Response validation accepts exactly the well-typed answers: for random surveys and random answer
 * maps, the answer paths it reports are exactly those an independent oracle finds wrong.
 */
class SurveyAnswersPropertyTest {
  private static <T> T pick(Random random, T[] values) {
    return List.of(values).get(random.nextInt(values.length));
  }

  private static final long SEED = 0xA45_2026L;
  private static final List<String> OPTIONS = List.of("a", "b", "c");

  /** An answer the oracle judges against the question, chosen among valid and broken answers. */
  private static Answer randomAnswer(Random random) {
    return switch (random.nextInt(5)) {
      case 0 -> Answer.number(random.nextInt(14) - 2);
      case 1 ->
          Answer.text(
              List.of("", " ", "fine", "x".repeat(4_000), "x".repeat(4_001))
                  .get(random.nextInt(5)));
      case 2 -> {
        List<String> choices = new ArrayList<>();
        int n = random.nextInt(4);
        for (int i = 0; i < n; i++) {
          choices.add(List.of("a", "b", "c", "z").get(random.nextInt(4)));
        }
        yield new Answer.ChoiceAnswer(choices);
      }
      case 3 -> Answer.yesNo(random.nextBoolean());
      default -> Answer.number(random.nextInt(11));
    };
  }

  /** The oracle: whether an answer is well typed and in range for a question. */
  private static boolean wellTyped(SurveyQuestion q, Answer a) {
    return switch (q.type()) {
      case RATING -> a instanceof Answer.NumberAnswer n && n.value() >= 1 && n.value() <= 5;
      case NPS -> a instanceof Answer.NumberAnswer n && n.value() >= 0 && n.value() <= 10;
      case SINGLE_CHOICE ->
          a instanceof Answer.ChoiceAnswer c
              && c.choices().size() == 1
              && OPTIONS.contains(c.choices().get(0));
      case MULTIPLE_CHOICE ->
          a instanceof Answer.ChoiceAnswer c
              && !c.choices().isEmpty()
              && new HashSet<>(c.choices()).size() == c.choices().size()
              && OPTIONS.containsAll(c.choices());
      case FREE_TEXT ->
          a instanceof Answer.TextAnswer t && !t.text().isBlank() && t.text().length() <= 4_000;
    };
  }

  record Case(Survey survey, Map<String, Answer> answers) {}

  private static Case randomCase(long seed) {
    Random random = new Random(seed);
    List<SurveyQuestion> questions = new ArrayList<>();
    int n = 1 + random.nextInt(6);
    for (int i = 0; i < n; i++) {
      SurveyQuestionType type = pick(random, SurveyQuestionType.values());
      SurveyQuestion q =
          new SurveyQuestion(
              "q" + i, "Q" + i, type, type.isChoice() ? OPTIONS : List.of(), true, false);
      questions.add(random.nextBoolean() ? q : q.optional());
    }
    Survey survey =
        Survey.create(
            SurveyId.of("s"),
            ProgramId.of("p"),
            SurveyDraft.builder("S", SurveyCheckpoint.FINAL).questions(questions).build(),
            Instant.EPOCH);
    Map<String, Answer> answers = new HashMap<>();
    for (SurveyQuestion q : questions) {
      if (random.nextInt(4) > 0) {
        answers.put(q.key(), randomAnswer(random));
      }
    }
    if (random.nextInt(5) == 0) {
      answers.put("extra" + random.nextInt(2), randomAnswer(random));
    }
    return new Case(survey, answers);
  }

  private static Set<String> reportedPaths(Case c) {
    InputCheck.Violations v = new InputCheck.Violations();
    SurveyRules.checkAnswers(c.survey(), c.answers(), v);
    Throwable thrown = catchThrowable(v::throwIfAny);
    Set<String> paths = new TreeSet<>();
    if (thrown != null) {
      assertThat(thrown).isInstanceOf(InvalidInputException.class);
      ((InvalidInputException) thrown)
          .violations().stream().map(Violation::path).forEach(paths::add);
    }
    return paths;
  }

  private static Set<String> expectedPaths(Case c) {
    Set<String> bad = new TreeSet<>();
    for (String key : c.answers().keySet()) {
      if (c.survey().question(key).isEmpty()) {
        bad.add("answers[" + key + "]");
      }
    }
    for (SurveyQuestion q : c.survey().questions()) {
      Answer a = c.answers().get(q.key());
      if (a == null ? q.required() : !wellTyped(q, a)) {
        bad.add("answers[" + q.key() + "]");
      }
    }
    return bad;
  }

  @Test
  void checkAnswers_reportsExactlyTheAnswersTheOracleRejects() {
    int[] accepted = {0};
    qt().withFixedSeed(SEED)
        .withExamples(2_000)
        .forAll(longs().all())
        .checkAssert(
            seed -> {
              Case c = randomCase(seed);
              Set<String> expected = expectedPaths(c);
              assertThat(reportedPaths(c)).as("%s", c).isEqualTo(expected);
              if (expected.isEmpty()) {
                accepted[0]++;
              }
            });
    assertThat(accepted[0]).as("some random responses are valid").isGreaterThan(50);
  }

  @Test
  void checkAnswers_everyValidAnswerOfEveryQuestionTypeIsAccepted() {
    List<SurveyQuestion> questions = new ArrayList<>();
    Map<String, Answer> answers = new HashMap<>();
    for (int rating = 1; rating <= 5; rating++) {
      questions.add(SurveyQuestion.rating("r" + rating, "R"));
      answers.put("r" + rating, Answer.number(rating));
    }
    for (int score = 0; score <= 10; score++) {
      questions.add(SurveyQuestion.nps("n" + score, "N"));
      answers.put("n" + score, Answer.number(score));
    }
    questions.add(SurveyQuestion.singleChoice("s", "S", OPTIONS));
    answers.put("s", Answer.choice("c"));
    questions.add(SurveyQuestion.multipleChoice("m", "M", OPTIONS));
    answers.put("m", Answer.choice("c", "a", "b"));
    questions.add(SurveyQuestion.freeText("t", "T"));
    answers.put("t", Answer.text("x".repeat(4_000)));
    Survey survey =
        Survey.create(
            SurveyId.of("s"),
            ProgramId.of("p"),
            SurveyDraft.builder("S", SurveyCheckpoint.FINAL).questions(questions).build(),
            Instant.EPOCH);

    assertThat(reportedPaths(new Case(survey, answers))).isEmpty();
  }
}
