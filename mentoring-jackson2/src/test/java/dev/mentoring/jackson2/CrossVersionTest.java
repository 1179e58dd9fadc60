package dev.mentoring.jackson2;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import dev.mentoring.json.JsonReadOptions;
import dev.mentoring.json.testing.JsonGens;
import dev.mentoring.json.testing.JsonGens.Family;
import dev.mentoring.json.testing.Samples;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Jackson 2 and Jackson 3 write the same bytes and read each other's output, so a host can move
 * from one to the other without migrating stored JSON.
 */
class CrossVersionTest {

  private final Jackson2 jackson2 = new Jackson2(JsonReadOptions.defaults());

  private final JsonMapper jackson3 =
      JsonMapper.builder().addModule(new dev.mentoring.jackson.MentoringModule()).build();

  private final ObjectWriter jackson3Pretty =
      jackson3
          .writer()
          .with(
              new DefaultPrettyPrinter(
                      Separators.createDefaultInstance()
                          .withObjectNameValueSpacing(Separators.Spacing.AFTER)
                          .withObjectEmptySeparator("")
                          .withArrayEmptySeparator(""))
                  .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                  .withArrayIndenter(new DefaultIndenter("  ", "\n")));

  @TestFactory
  @DisplayName(
      "both modules write byte-identical JSON for every golden sample and read each other's")
  Stream<DynamicTest> goldenSamples() {
    return Samples.all().stream()
        .map(
            s ->
                DynamicTest.dynamicTest(
                    s.file(),
                    () -> {
                      String two = jackson2.write(s.value());
                      String three = jackson3.writeValueAsString(s.value());
                      assertThat(three).isEqualTo(two);
                      assertThat(jackson3Pretty.writeValueAsString(s.value()))
                          .isEqualTo(jackson2.writePretty(s.value()));
                      assertThat(jackson2.read(three, s.type())).isEqualTo(s.value());
                      assertThat(jackson3.readValue(two, s.type())).isEqualTo(s.value());
                    }));
  }

  @TestFactory
  @DisplayName("both modules write byte-identical JSON for generated values and read each other's")
  Stream<DynamicTest> generatedValues() {
    return JsonGens.all().stream()
        .map(f -> DynamicTest.dynamicTest(f.type().getSimpleName(), () -> check(f)));
  }

  private <T> void check(Family<T> family) {
    qt().withFixedSeed(0x2_3_2026L)
        .withExamples(100)
        .forAll(family.gen())
        .checkAssert(
            value -> {
              try {
                String two = jackson2.write(value);
                String three = jackson3.writeValueAsString(value);
                assertThat(three).isEqualTo(two);
                assertThat(jackson2.read(three, family.type())).isEqualTo(value);
                assertThat(jackson3.readValue(two, family.type())).isEqualTo(value);
              } catch (Exception e) {
                throw new AssertionError(e);
              }
            });
  }
}
