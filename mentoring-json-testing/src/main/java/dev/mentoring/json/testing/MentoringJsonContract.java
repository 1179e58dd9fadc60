package dev.mentoring.json.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.quicktheories.QuickTheory.qt;

import dev.mentoring.core.Actor;
import dev.mentoring.core.enrollment.Answer;
import dev.mentoring.core.enrollment.Enrollment;
import dev.mentoring.core.event.MentoringEvent;
import dev.mentoring.core.feedback.QuestionSummary;
import dev.mentoring.core.notification.Notification;
import dev.mentoring.json.JsonReadOptions;
import dev.mentoring.json.MentoringJsonException;
import dev.mentoring.json.MentoringJsonException.Rule;
import dev.mentoring.json.internal.Codecs;
import dev.mentoring.json.testing.JsonGens.Family;
import dev.mentoring.json.testing.Samples.Sample;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * What every JSON binding of the Mentoring SDK must do: write the golden bytes, round-trip every
 * covered type, and refuse hostile input with a {@link MentoringJsonException} that names the path
 * and the rule. Each Jackson module runs it with its own mapper; hostile-input cases live in {@link
 * HostileInputContract}.
 */
public abstract class MentoringJsonContract {

  /** Examples per round-trip property. */
  private static final int EXAMPLES = 150;

  /** Seed of the round-trip properties; a failure prints the seed to replay. */
  private static final long SEED = 0x15_0A_2026L;

  /**
   * Returns the binding under test, reading with the given options.
   *
   * @param options the read options of the module
   * @return the binding
   */
  protected abstract JsonUnderTest json(JsonReadOptions options);

  /**
   * Returns the binding under test with the default options.
   *
   * @return the binding
   */
  protected final JsonUnderTest json() {
    return json(JsonReadOptions.defaults());
  }

  /**
   * Reads JSON that must be refused and returns the {@link MentoringJsonException}, found as the
   * thrown exception or its cause; fails on anything else, such as an exception from deep inside.
   *
   * @param json the binding
   * @param text the JSON
   * @param type the class to read
   * @return the exception
   */
  public static MentoringJsonException refusal(JsonUnderTest json, String text, Class<?> type) {
    Object value;
    try {
      value = json.read(text, type);
    } catch (Throwable e) {
      for (Throwable t = e; t != null; t = t.getCause()) {
        if (t instanceof MentoringJsonException m) {
          return m;
        }
      }
      throw new AssertionError("expected a MentoringJsonException, got " + e, e);
    }
    return fail("expected a MentoringJsonException, read " + value);
  }

  @Nested
  @DisplayName("golden files")
  class GoldenFiles {

    @TestFactory
    @DisplayName("each sample is written exactly as its golden file")
    Stream<DynamicTest> writesGoldenBytes() {
      return Samples.all().stream()
          .map(
              s ->
                  DynamicTest.dynamicTest(
                      s.file(),
                      () -> {
                        String pretty = json().writePretty(s.value()) + "\n";
                        if (Golden.updating()) {
                          Golden.write(s.file(), pretty);
                        }
                        assertThat(pretty).isEqualTo(Golden.read(s.file()));
                      }));
    }

    @TestFactory
    @DisplayName("each golden file reads back to its sample")
    Stream<DynamicTest> readsGoldenFiles() {
      return Samples.all().stream()
          .map(
              s ->
                  DynamicTest.dynamicTest(
                      s.file(),
                      () ->
                          assertThat(json().read(Golden.read(s.file()), s.type()))
                              .isEqualTo(s.value())));
    }

    @TestFactory
    @DisplayName("compact output is the golden file without its whitespace")
    Stream<DynamicTest> compactMatchesGolden() {
      return Samples.all().stream()
          .map(
              s ->
                  DynamicTest.dynamicTest(
                      s.file(),
                      () ->
                          assertThat(json().write(s.value()))
                              .isEqualTo(
                                  json().write(json().read(Golden.read(s.file()), s.type())))));
    }

    @Test
    @DisplayName("the deepest shape nests 7 levels, as JsonReadOptions documents")
    void deepestShape() throws Exception {
      JsonUnderTest seven = json(JsonReadOptions.builder().maxNestingDepth(7).build());
      for (Sample s : Samples.all()) {
        assertThat(seven.read(Golden.read(s.file()), s.type())).as(s.file()).isEqualTo(s.value());
      }
      MentoringJsonException e =
          refusal(
              json(JsonReadOptions.builder().maxNestingDepth(6).build()),
              Golden.read("matching/matching-problem.json"),
              dev.mentoring.core.matching.MatchingProblem.class);
      assertThat(e.rule()).isEqualTo(Rule.TOO_DEEP);
    }

    @Test
    @DisplayName("every subtype of every sealed type has a golden file")
    void everySubtypeHasAGoldenFile() {
      List<Class<?>> sampled = new ArrayList<>();
      for (Sample s : Samples.all()) {
        sampled.add(s.value().getClass());
      }
      // Answers and question summaries are parts of larger values; the tests below find them there.
      Codecs.sealed().values().stream()
          .filter(c -> c.subtypes().stream().noneMatch(Answer.class::isAssignableFrom))
          .filter(c -> c.subtypes().stream().noneMatch(QuestionSummary.class::isAssignableFrom))
          .flatMap(c -> c.subtypes().stream())
          .forEach(subtype -> assertThat(sampled).as("samples").contains(subtype));
    }

    @Test
    @DisplayName("events, notifications and actors read back through their sealed type")
    void readsSubtypeFilesAsSealedType() throws Exception {
      for (Sample s : Samples.all()) {
        Class<?> base =
            s.value() instanceof MentoringEvent
                ? MentoringEvent.class
                : s.value() instanceof Notification
                    ? Notification.class
                    : s.value() instanceof Actor ? Actor.class : null;
        if (base != null) {
          assertThat(json().read(Golden.read(s.file()), base)).as(s.file()).isEqualTo(s.value());
        }
      }
    }

    @Test
    @DisplayName("question summaries of every kind appear in the golden survey summary")
    void questionSummariesOfEveryKindAreInGoldenFiles() {
      assertThat(Samples.questionSummaryKinds())
          .containsExactly(
              QuestionSummary.RatingSummary.class,
              QuestionSummary.NpsSummary.class,
              QuestionSummary.ChoiceSummary.class,
              QuestionSummary.ChoiceSummary.class,
              QuestionSummary.TextSummary.class);
    }

    @Test
    @DisplayName("a choice summary keeps the order of the question's options, not sorted")
    void choiceCountsKeepOptionOrder() throws Exception {
      String golden = Golden.read("feedback/survey-summary.json");
      assertThat(golden.indexOf("\"weekly\"")).isLessThan(golden.indexOf("\"biweekly\""));
      assertThat(golden.indexOf("\"biweekly\"")).isLessThan(golden.indexOf("\"monthly\""));
      QuestionSummary frequency =
          json().read(golden, dev.mentoring.core.feedback.SurveySummary.class).questions().get(2);
      assertThat(((QuestionSummary.ChoiceSummary) frequency).counts().keySet())
          .containsExactly("weekly", "biweekly", "monthly");
    }

    @Test
    @DisplayName("answers of every kind appear in the golden enrollments")
    void answersOfEveryKindAreInGoldenFiles() {
      Enrollment mentor = Samples.mentorEnrollment();
      Enrollment mentee = Samples.menteeEnrollment();
      List<Class<?>> kinds = new ArrayList<>();
      mentor.answers().values().forEach(a -> kinds.add(a.getClass()));
      mentee.answers().values().forEach(a -> kinds.add(a.getClass()));
      assertThat(kinds)
          .contains(
              Answer.TextAnswer.class,
              Answer.NumberAnswer.class,
              Answer.ChoiceAnswer.class,
              Answer.YesNoAnswer.class);
    }
  }

  @Nested
  @DisplayName("round trips")
  class RoundTrips {

    @Test
    @DisplayName("every covered class has a generator")
    void everyCoveredClassHasAGenerator() {
      List<Class<?>> generated = new ArrayList<>();
      for (Family<?> f : JsonGens.all()) {
        generated.add(f.type());
      }
      assertThat(generated).containsExactlyInAnyOrderElementsOf(Codecs.classes());
    }

    @TestFactory
    @DisplayName("value to JSON to value is equal, and JSON to value to JSON is identical")
    Stream<DynamicTest> roundTrips() {
      return JsonGens.all().stream()
          .map(f -> DynamicTest.dynamicTest(f.type().getSimpleName(), () -> roundTrip(f)));
    }

    private <T> void roundTrip(Family<T> family) {
      JsonUnderTest json = json();
      Class<?> base = sealedBase(family.type());
      qt().withFixedSeed(SEED)
          .withExamples(EXAMPLES)
          .forAll(family.gen())
          .checkAssert(
              value -> {
                try {
                  String text = json.write(value);
                  T back = json.read(text, family.type());
                  assertThat(back).isEqualTo(value);
                  assertThat(json.write(back)).isEqualTo(text);
                  if (base != null) {
                    assertThat(json.read(text, base)).isEqualTo(value);
                  }
                } catch (Exception e) {
                  throw new AssertionError(e);
                }
              });
    }

    private @Nullable Class<?> sealedBase(Class<?> type) {
      for (Class<?> base : Codecs.sealed().keySet()) {
        if (base != type && base.isAssignableFrom(type)) {
          return base;
        }
      }
      return null;
    }
  }

  @Nested
  @DisplayName("shape")
  class Shape {

    @Test
    @DisplayName("a NaN or infinite double cannot be written")
    void nonFiniteDouble_isRefused() {
      dev.mentoring.matching.SegmentSummary nan =
          new dev.mentoring.matching.SegmentSummary("s", 1, 1, Double.NaN);
      Throwable thrown = catchAll(() -> json().write(nan));
      MentoringJsonException e = cause(thrown);
      assertThat(e.rule()).isEqualTo(Rule.OUT_OF_RANGE);
      assertThat(e.detail()).contains("meanScore").contains("NaN");
    }

    @Test
    @DisplayName("ids and enums are written as plain strings, enums in lower case")
    void idsAndEnums_areStrings() throws Exception {
      assertThat(json().write(dev.mentoring.core.pairing.PairStatus.ENDED_EARLY))
          .isEqualTo("\"ended_early\"");
      assertThat(json().write(dev.mentoring.core.ParticipantId.of("p/1"))).isEqualTo("\"p/1\"");
      assertThat(json().read("\"ended_early\"", dev.mentoring.core.pairing.PairStatus.class))
          .isEqualTo(dev.mentoring.core.pairing.PairStatus.ENDED_EARLY);
    }

    @Test
    @DisplayName("an enum name is read case-sensitively")
    void enumName_isCaseSensitive() {
      MentoringJsonException e =
          refusal(json(), "\"ENDED_EARLY\"", dev.mentoring.core.pairing.PairStatus.class);
      assertThat(e.rule()).isEqualTo(Rule.UNKNOWN_NAME);
      assertThat(e.path()).isEqualTo("$");
      assertThat(e.detail()).contains("ended_early");
    }

    @Test
    @DisplayName("null reads as null at the root, as Jackson does for any type")
    void rootNull_readsAsNull() throws Exception {
      assertThat(json().read("null", dev.mentoring.core.pairing.Pair.class)).isNull();
    }
  }

  private static Throwable catchAll(ThrowingRunnable r) {
    try {
      r.run();
    } catch (Throwable t) {
      return t;
    }
    return fail("expected an exception");
  }

  private static MentoringJsonException cause(Throwable thrown) {
    for (Throwable t = thrown; t != null; t = t.getCause()) {
      if (t instanceof MentoringJsonException m) {
        return m;
      }
    }
    throw new AssertionError("no MentoringJsonException in " + thrown, thrown);
  }

  @FunctionalInterface
  private interface ThrowingRunnable {
    void run() throws Exception;
  }
}
