package dev.mentoring.json.internal;

import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.mentoring.json.JsonReadOptions;
import dev.mentoring.json.MentoringJsonException;
import dev.mentoring.json.testing.JsonGens;
import dev.mentoring.json.testing.JsonGens.Family;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Damaged input never escapes as anything but a {@link MentoringJsonException}: valid trees of
 * every type, with a random node removed, replaced or added, either read or fail with that
 * exception; never a NullPointerException, ClassCastException, IndexOutOfBoundsException,
 * DateTimeException or ArithmeticException from deep inside.
 */
class MutationFuzzTest {

  private static final List<JsonValue> REPLACEMENTS =
      List.of(
          JsonValue.JsonNull.INSTANCE,
          new JsonValue.JsonBoolean(true),
          new JsonValue.JsonString(""),
          new JsonValue.JsonString(" "),
          new JsonValue.JsonString("ENDED_EARLY"),
          new JsonValue.JsonString("2026-13-01"),
          new JsonValue.JsonString("2026-02-30T25:00:00Z"),
          new JsonValue.JsonString("+999999999-12-31"),
          new JsonValue.JsonString("PT99999999999999999999H"),
          new JsonValue.JsonString("P"),
          new JsonValue.JsonString("Mars/Olympus"),
          new JsonValue.JsonString("x".repeat(300)),
          new JsonValue.JsonNumber("1e999999"),
          new JsonValue.JsonNumber("-1e999999"),
          new JsonValue.JsonNumber("-1"),
          new JsonValue.JsonNumber("0"),
          new JsonValue.JsonNumber("-0"),
          new JsonValue.JsonNumber("1.5"),
          new JsonValue.JsonNumber("99999999999999999999"),
          new JsonValue.JsonNumber("NaN"),
          new JsonValue.JsonArray(List.of()),
          new JsonValue.JsonArray(List.of(JsonValue.JsonNull.INSTANCE)),
          new JsonValue.JsonObject(Map.of()),
          new JsonValue.JsonObject(Map.of("type", new JsonValue.JsonString("x.v9"))));

  @TestFactory
  @DisplayName("damaged trees of every type fail only with MentoringJsonException")
  Stream<DynamicTest> damagedTrees() {
    return JsonGens.all().stream()
        .map(f -> DynamicTest.dynamicTest(f.type().getSimpleName(), () -> fuzz(f)));
  }

  private static <T> void fuzz(Family<T> family) {
    Codec<T> codec = Objects.requireNonNull(Codecs.find(family.type()));
    qt().withFixedSeed(0xF022_2026L)
        .withExamples(200)
        .forAll(family.gen(), longs().all())
        .checkAssert(
            (value, seed) -> {
              JsonValue damaged = mutate(TreeWriter.write(codec, value), new Random(seed));
              try {
                codec.read(damaged, Path.root(), JsonReadOptions.defaults());
              } catch (MentoringJsonException expected) {
                // refused with a path and a rule
              } catch (RuntimeException e) {
                throw new AssertionError("escaped for " + damaged, e);
              }
            });
  }

  static JsonValue mutate(JsonValue v, Random r) {
    boolean container = v instanceof JsonValue.JsonObject || v instanceof JsonValue.JsonArray;
    if (!container || r.nextInt(4) == 0) {
      return REPLACEMENTS.get(r.nextInt(REPLACEMENTS.size()));
    }
    if (v instanceof JsonValue.JsonObject o) {
      if (o.members().isEmpty()) {
        return REPLACEMENTS.get(r.nextInt(REPLACEMENTS.size()));
      }
      List<String> keys = new ArrayList<>(o.members().keySet());
      String key = keys.get(r.nextInt(keys.size()));
      Map<String, JsonValue> members = new LinkedHashMap<>(o.members());
      switch (r.nextInt(3)) {
        case 0 -> members.remove(key);
        case 1 -> members.put(key, mutate(members.get(key), r));
        default -> members.put("zz", REPLACEMENTS.get(r.nextInt(REPLACEMENTS.size())));
      }
      return new JsonValue.JsonObject(members);
    }
    List<JsonValue> elements = new ArrayList<>(((JsonValue.JsonArray) v).elements());
    if (elements.isEmpty()) {
      elements.add(REPLACEMENTS.get(r.nextInt(REPLACEMENTS.size())));
    } else {
      int i = r.nextInt(elements.size());
      switch (r.nextInt(3)) {
        case 0 -> elements.remove(i);
        case 1 -> elements.set(i, mutate(elements.get(i), r));
        default -> elements.add(elements.get(i));
      }
    }
    return new JsonValue.JsonArray(elements);
  }
}
