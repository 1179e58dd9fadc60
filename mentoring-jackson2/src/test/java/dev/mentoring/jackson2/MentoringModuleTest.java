package dev.mentoring.jackson2;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.jsontype.BasicPolymorphicTypeValidator;
import dev.mentoring.core.ParticipantId;
import dev.mentoring.core.enrollment.Skill;
import dev.mentoring.core.event.MentoringEvent;
import dev.mentoring.core.event.ProgramCreated;
import dev.mentoring.core.pairing.Pair;
import dev.mentoring.core.pairing.PairStatus;
import dev.mentoring.core.program.ProgramId;
import dev.mentoring.json.JsonReadOptions;
import dev.mentoring.json.MentoringJsonException;
import dev.mentoring.json.MentoringJsonException.Rule;
import dev.mentoring.json.testing.JsonGens;
import dev.mentoring.json.testing.Samples;
import java.io.IOException;
import java.io.Writer;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class MentoringModuleTest {

  private final ObjectMapper mapper = new Jackson2(JsonReadOptions.defaults()).mapper();

  /** A host's own record that holds a library value. */
  record Envelope(String kind, Pair pair) {}

  @Test
  @DisplayName("findAndRegisterModules discovers the module through ServiceLoader")
  void findAndRegisterModules_discoversModule() throws Exception {
    ObjectMapper discovered = new ObjectMapper().findAndRegisterModules();
    assertThat(discovered.getRegisteredModuleIds()).contains(MentoringModule.class.getName());
    assertThat(discovered.writeValueAsString(PairStatus.ENDED_EARLY)).isEqualTo("\"ended_early\"");
    List<Module> found = ObjectMapper.findModules();
    assertThat(found).hasAtLeastOneElementOfType(MentoringModule.class);
  }

  @Test
  @DisplayName("the module has a stable name and this artifact's version")
  void nameAndVersion() {
    MentoringModule module = new MentoringModule();
    assertThat(module.getModuleName()).isEqualTo("dev.mentoring.jackson2");
    assertThat(module.version().getGroupId()).isEqualTo("dev.mentoring");
    assertThat(module.version().getArtifactId()).isEqualTo("mentoring-jackson2");
    assertThat(module.version().isUnknownVersion()).isFalse();
    assertThat(module.version().getMajorVersion()).isZero();
    assertThat(module.version().getMinorVersion()).isEqualTo(1);
  }

  @Test
  @DisplayName("the builder sets the read options; the no-argument constructor uses the defaults")
  void builder() {
    JsonReadOptions options = JsonReadOptions.builder().ignoreUnknownProperties(true).build();
    assertThat(MentoringModule.builder().readOptions(options).build().readOptions())
        .isEqualTo(options);
    assertThat(new MentoringModule().readOptions()).isEqualTo(JsonReadOptions.defaults());
    assertThat(new MentoringModule().toString()).contains("ignoreUnknownProperties=false");
    assertThatThrownBy(() -> MentoringModule.builder().readOptions(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("readOptions");
  }

  @Test
  @DisplayName("a refusal at the root is the MentoringJsonException itself")
  void rootRefusal_isNotWrapped() {
    assertThatThrownBy(() -> mapper.readValue("{\"name\":\"Java\"}", Skill.class))
        .isInstanceOf(MentoringJsonException.class)
        .hasMessage("$.level: required property is missing [MISSING]");
  }

  @Test
  @DisplayName(
      "a value inside a host's record is written in the shape and its errors carry the full path")
  void nestedInHostRecord() throws Exception {
    Envelope envelope = new Envelope("ended", Samples.endedPair());
    String json = mapper.writeValueAsString(envelope);
    assertThat(json).startsWith("{\"kind\":\"ended\",\"pair\":{\"id\":\"pair-0001\"");
    assertThat(mapper.readValue(json, Envelope.class)).isEqualTo(envelope);

    String broken = json.replace("\"status\":\"ended_early\"", "\"status\":\"over\"");
    assertThatThrownBy(() -> mapper.readValue(broken, Envelope.class))
        .isInstanceOf(JsonMappingException.class)
        .hasRootCauseInstanceOf(MentoringJsonException.class)
        .satisfies(
            e -> {
              MentoringJsonException m = (MentoringJsonException) rootCause(e);
              assertThat(m.path()).isEqualTo("$.pair.status");
              assertThat(m.rule()).isEqualTo(Rule.UNKNOWN_NAME);
            });
  }

  @Test
  @DisplayName("ids and enums are map keys in their string form")
  void mapKeys() throws Exception {
    Map<ParticipantId, PairStatus> byParticipant = new LinkedHashMap<>();
    byParticipant.put(ParticipantId.of("p-1"), PairStatus.ACTIVE);
    byParticipant.put(ParticipantId.of("p/2"), PairStatus.ENDED_EARLY);
    String json = mapper.writeValueAsString(byParticipant);
    assertThat(json).isEqualTo("{\"p-1\":\"active\",\"p/2\":\"ended_early\"}");
    assertThat(mapper.readValue(json, new TypeReference<Map<ParticipantId, PairStatus>>() {}))
        .isEqualTo(byParticipant);

    Map<PairStatus, Integer> byStatus = new EnumMap<>(PairStatus.class);
    byStatus.put(PairStatus.ENDED_EARLY, 2);
    String keyed = mapper.writeValueAsString(byStatus);
    assertThat(keyed).isEqualTo("{\"ended_early\":2}");
    assertThat(mapper.readValue(keyed, new TypeReference<Map<PairStatus, Integer>>() {}))
        .isEqualTo(byStatus);

    assertThatThrownBy(
            () ->
                mapper.readValue(
                    "{\"ENDED_EARLY\":2}", new TypeReference<Map<PairStatus, Integer>>() {}))
        .satisfies(
            e -> {
              MentoringJsonException m = (MentoringJsonException) rootCause(e);
              assertThat(m.rule()).isEqualTo(Rule.UNKNOWN_NAME);
              assertThat(m.path()).isEqualTo("$.ENDED_EARLY");
            });
  }

  @Test
  @DisplayName("a list of events round-trips through the sealed type")
  void listOfEvents() throws Exception {
    List<MentoringEvent> events =
        List.of(
            new ProgramCreated(ProgramId.of("p"), Samples.T0),
            new ProgramCreated(ProgramId.of("q"), Samples.T0.plusSeconds(1)));
    String json = mapper.writeValueAsString(events);
    assertThat(json).startsWith("[{\"type\":\"program_created.v1\"");
    assertThat(mapper.readValue(json, new TypeReference<List<MentoringEvent>>() {}))
        .isEqualTo(events);
  }

  @Test
  @DisplayName("default typing does not apply: no class names are written or expected")
  void defaultTyping_isIgnored() throws Exception {
    ObjectMapper typed =
        JsonMapper.builder()
            .addModule(new MentoringModule())
            .activateDefaultTyping(
                BasicPolymorphicTypeValidator.builder().allowIfBaseType(Object.class).build(),
                ObjectMapper.DefaultTyping.NON_FINAL)
            .build();
    MentoringEvent event = new ProgramCreated(ProgramId.of("p"), Samples.T0);
    String json = typed.writerFor(MentoringEvent.class).writeValueAsString(event);
    assertThat(json)
        .isEqualTo(
            "{\"type\":\"program_created.v1\",\"programId\":\"p\",\"occurredAt\":\"2026-03-01T09:00:00Z\"}");
    assertThat(typed.readValue(json, MentoringEvent.class)).isEqualTo(event);
  }

  @Test
  @DisplayName("the mapper's unknown-property setting does not loosen the shape")
  void mapperFeatures_doNotApply() {
    ObjectMapper lenient =
        JsonMapper.builder()
            .addModule(new MentoringModule())
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();
    assertThatThrownBy(
            () -> lenient.readValue("{\"name\":\"Java\",\"level\":5,\"x\":1}", Skill.class))
        .isInstanceOf(MentoringJsonException.class)
        .hasMessageContaining("[UNKNOWN_PROPERTY]");
  }

  @Test
  @DisplayName("a deserializer called on a property name reads the rest of the object")
  void startsOnPropertyName() throws Exception {
    try (JsonParser p = mapper.createParser("{\"name\":\"Java\",\"level\":5}")) {
      p.nextToken();
      p.nextToken();
      assertThat(mapper.readValue(p, Skill.class)).isEqualTo(Skill.of("Java", 5));
    }
  }

  @Test
  @DisplayName("an I/O failure of the output reaches the caller as the IOException")
  void ioFailure() {
    Writer failing =
        new Writer() {
          @Override
          public void write(char[] buf, int off, int len) throws IOException {
            throw new IOException("disk full");
          }

          @Override
          public void flush() {}

          @Override
          public void close() {}
        };
    Skill big = Skill.of("x".repeat(100_000), 1);
    assertThatThrownBy(() -> mapper.writeValue(failing, big))
        .isInstanceOf(IOException.class)
        .hasMessage("disk full");
  }

  @Test
  @DisplayName("a later instance of the module is ignored, as Jackson 2 does")
  void firstRegistrationWins() throws Exception {
    MentoringModule lenient =
        MentoringModule.builder()
            .readOptions(JsonReadOptions.builder().ignoreUnknownProperties(true).build())
            .build();
    String json = "{\"name\":\"Java\",\"level\":5,\"x\":1}";
    ObjectMapper configuredFirst =
        new ObjectMapper().registerModule(lenient).findAndRegisterModules();
    assertThat(configuredFirst.readValue(json, Skill.class)).isEqualTo(Skill.of("Java", 5));
    ObjectMapper configuredLast =
        new ObjectMapper().registerModule(new MentoringModule()).registerModule(lenient);
    assertThatThrownBy(() -> configuredLast.readValue(json, Skill.class))
        .isInstanceOf(MentoringJsonException.class);
  }

  @Test
  @DisplayName("every golden sample converts to a JSON tree and back, as hosts do with valueToTree")
  void treeRoundTrip() throws Exception {
    for (Samples.Sample s : Samples.all()) {
      Object back = mapper.treeToValue(mapper.valueToTree(s.value()), s.type());
      assertThat(back).as(s.file()).isEqualTo(s.value());
      assertThat(mapper.convertValue(s.value(), s.type())).as(s.file()).isEqualTo(s.value());
    }
  }

  @Test
  @DisplayName("generated values of every type convert to a JSON tree and back")
  void treeRoundTripProperty() {
    for (JsonGens.Family<?> family : JsonGens.all()) {
      treeRoundTrip(family);
    }
  }

  private <T> void treeRoundTrip(JsonGens.Family<T> family) {
    qt().withFixedSeed(0x7EE_2026L)
        .withExamples(40)
        .forAll(family.gen())
        .checkAssert(
            value -> {
              try {
                assertThat(mapper.treeToValue(mapper.valueToTree(value), family.type()))
                    .isEqualTo(value);
              } catch (Exception e) {
                throw new AssertionError(family.type().getName(), e);
              }
            });
  }

  private static Throwable rootCause(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null) {
      t = t.getCause();
    }
    return t;
  }
}
