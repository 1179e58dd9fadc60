package dev.mentoring.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mentoring.core.event.MentoringEvent;
import dev.mentoring.core.event.ProgramCreated;
import dev.mentoring.core.program.ProgramId;
import dev.mentoring.testkit.generate.DomainGenerators;
import dev.mentoring.testkit.generate.EventGenerators;
import org.junit.jupiter.api.Test;

class JsonRoundTripCaseTest {

  @Test
  void of_namesTheCaseAfterTheTypes() {
    assertThat(RoundTripCase.of(ProgramId.class, DomainGenerators.programIds()).name())
        .isEqualTo("ProgramId");
    assertThat(
            RoundTripCase.of(
                    ProgramCreated.class, MentoringEvent.class, EventGenerators.programCreated())
                .name())
        .isEqualTo("ProgramCreated as MentoringEvent");
  }

  @Test
  void constructor_checksItsComponents() {
    assertThatThrownBy(
            () -> new RoundTripCase<>(" ", ProgramId.class, DomainGenerators.programIds()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("name is blank");
    assertThatThrownBy(
            () -> new RoundTripCase<>(null, ProgramId.class, DomainGenerators.programIds()))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("name");
    assertThatThrownBy(() -> new RoundTripCase<ProgramId>("x", null, DomainGenerators.programIds()))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("readAs");
    assertThatThrownBy(() -> new RoundTripCase<>("x", ProgramId.class, null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("generator");
  }

  @Test
  void testCodec_writesCanonicalJson() {
    JsonRoundTripTestCodec codec = new JsonRoundTripTestCodec();

    assertThat(codec.write(ProgramId.of("p \"1\"\n"))).isEqualTo("{\"value\":\"p \\\"1\\\"\\n\"}");
    assertThat(codec.write(new ProgramCreated(ProgramId.of("p"), java.time.Instant.EPOCH)))
        .isEqualTo(
            "{\"@type\":\"ProgramCreated\",\"programId\":{\"value\":\"p\"},\"occurredAt\":\"1970-01-01T00:00:00Z\"}");
    assertThat(
            codec.read(
                "{\"@type\":\"ProgramCreated\",\"programId\":{\"value\":\"p\"},\"occurredAt\":\"1970-01-01T00:00:00Z\"}",
                MentoringEvent.class))
        .isEqualTo(new ProgramCreated(ProgramId.of("p"), java.time.Instant.EPOCH));
    assertThatThrownBy(() -> codec.read("{\"value\":\"p\"} x", ProgramId.class))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("expected the end");
  }
}
