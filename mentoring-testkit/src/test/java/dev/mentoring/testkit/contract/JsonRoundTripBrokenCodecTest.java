package dev.mentoring.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.testkit.engine.EventConditions.displayName;
import static org.junit.platform.testkit.engine.EventConditions.event;
import static org.junit.platform.testkit.engine.EventConditions.finishedSuccessfully;
import static org.junit.platform.testkit.engine.EventConditions.finishedWithFailure;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.message;

import dev.mentoring.core.enrollment.Skill;
import dev.mentoring.core.program.Program;
import dev.mentoring.core.program.Schedule;
import java.io.IOException;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Event;
import org.junit.platform.testkit.engine.Events;

/**
 * Proves that the JSON round-trip kit fails for broken codecs, and fails precisely: only the cases
 * of the broken type, with messages that name the seed, the type and the JSON. The kits run through
 * the JUnit Platform's {@link EngineTestKit}; they are named {@code *Kit}, not {@code *Test}, so
 * that the build does not also run them as ordinary tests.
 */
class JsonRoundTripBrokenCodecTest {

  /** Reads every program back with its version one higher. */
  static class BrokenVersionKit extends JsonRoundTripContract {
    @Override
    protected JsonCodec codec() {
      JsonRoundTripTestCodec good = new JsonRoundTripTestCodec();
      return new JsonCodec() {
        @Override
        public String write(Object value) {
          return good.write(value);
        }

        @Override
        public <T> T read(String json, Class<T> type) {
          T value = good.read(json, type);
          if (value instanceof Program p) {
            return type.cast(p.withVersion(p.version() == Long.MAX_VALUE ? 0 : p.version() + 1));
          }
          return value;
        }
      };
    }

    @Override
    protected int samples() {
      return 8;
    }
  }

  /**
   * Drops a schedule's optional end date when writing it, on its own or inside program settings.
   */
  static class DroppedScheduleEndKit extends JsonRoundTripContract {
    @Override
    protected JsonCodec codec() {
      JsonRoundTripTestCodec good = new JsonRoundTripTestCodec();
      return new JsonCodec() {
        @Override
        public String write(Object value) {
          if (value instanceof Schedule s) {
            return good.write(new Schedule(s.start(), null));
          }
          return good.write(value);
        }

        @Override
        public <T> T read(String json, Class<T> type) {
          return good.read(json, type);
        }
      };
    }

    @Override
    protected int samples() {
      return 8;
    }
  }

  /**
   * Writes {@code ProgramUpdated} events under {@code ProgramCreated}'s type id, as a module with a
   * copied-and-pasted type id would, so they read back as the wrong subtype.
   */
  static class UntypedEventKit extends JsonRoundTripContract {
    @Override
    protected JsonCodec codec() {
      JsonRoundTripTestCodec good = new JsonRoundTripTestCodec();
      return new JsonCodec() {
        @Override
        public String write(Object value) {
          return good.write(value)
              .replace("\"@type\":\"ProgramUpdated\"", "\"@type\":\"ProgramCreated\"");
        }

        @Override
        public <T> T read(String json, Class<T> type) {
          return good.read(json, type);
        }
      };
    }

    @Override
    protected int samples() {
      return 8;
    }
  }

  private static Events run(Class<?> kit) {
    return EngineTestKit.engine("junit-jupiter").selectors(selectClass(kit)).execute().testEvents();
  }

  private static List<String> failedNames(Events events) {
    return events.failed().stream()
        .map(e -> e.getTestDescriptor().getDisplayName())
        .distinct()
        .sorted()
        .collect(Collectors.toList());
  }

  private static String failureMessage(Event e) {
    return e.getPayload(TestExecutionResult.class)
        .flatMap(TestExecutionResult::getThrowable)
        .map(Throwable::getMessage)
        .orElse("");
  }

  @Test
  void changedVersion_failsTheProgramCasesOnly() {
    Events events = run(BrokenVersionKit.class);

    assertThat(events.failed().count()).isEqualTo(2); // read back, and rewritten
    assertThat(failedNames(events)).containsExactly("Program");
    events
        .assertThatEvents()
        .haveExactly(
            2,
            event(
                displayName("Program"),
                finishedWithFailure(
                    message(
                        m ->
                            m.contains(
                                "Program (read as dev.mentoring.core.program.Program), seed ")))));
    assertThat(events.failed().stream().map(JsonRoundTripBrokenCodecTest::failureMessage))
        .allSatisfy(
            m ->
                assertThat(m)
                    .containsPattern("seed -?\\d+L, size \\d+, JSON: \\{\"id\":")
                    .contains("version"));
    events
        .assertThatEvents()
        .haveAtLeast(1, event(displayName("ProgramSpec"), finishedSuccessfully()));
    assertThat(events.succeeded().count()).isGreaterThan(100);
  }

  @Test
  void droppedOptionalField_failsTheReadBackOfThatType() {
    Events events = run(DroppedScheduleEndKit.class);

    // Only a schedule written on its own loses its end (the wrapper does not reach schedules
    // nested in program settings). It reads back without it; JSON rewritten from that value is
    // unchanged, since the end is already gone.
    assertThat(events.failed().count()).isEqualTo(1);
    assertThat(failedNames(events)).containsExactly("Schedule");
    assertThat(events.failed().stream().map(JsonRoundTripBrokenCodecTest::failureMessage))
        .allSatisfy(
            m ->
                assertThat(m)
                    .contains("Schedule (read as dev.mentoring.core.program.Schedule), seed ")
                    .contains("\"end\":null")
                    .containsPattern("expected: Schedule\\[start=.*, end=\\d{4}-"));
  }

  @Test
  void unidentifiedSubtype_failsTheEventReadThroughItsBaseType() {
    Events events = run(UntypedEventKit.class);

    assertThat(events.failed().count()).isEqualTo(1);
    assertThat(failedNames(events)).containsExactly("ProgramUpdated as MentoringEvent");
    assertThat(events.failed().stream().map(JsonRoundTripBrokenCodecTest::failureMessage))
        .allSatisfy(
            m ->
                assertThat(m)
                    .contains("(read as dev.mentoring.core.event.MentoringEvent)")
                    .contains("\"@type\":\"ProgramCreated\"")
                    .contains("expected: ProgramUpdated["));
  }

  /** Throws a checked exception when reading skills, as Jackson 2 reports malformed input. */
  static class ThrowingCodecKit extends JsonRoundTripContract {
    @Override
    protected JsonCodec codec() {
      JsonRoundTripTestCodec good = new JsonRoundTripTestCodec();
      return new JsonCodec() {
        @Override
        public String write(Object value) {
          return good.write(value);
        }

        @Override
        public <T> T read(String json, Class<T> type) throws IOException {
          if (type == Skill.class) {
            throw new IOException("cannot read a skill");
          }
          return good.read(json, type);
        }
      };
    }

    @Override
    protected int samples() {
      return 4;
    }
  }

  @Test
  void throwingCodec_failsWithTheExceptionTheSeedAndTheJson() {
    Events events = run(ThrowingCodecKit.class);

    assertThat(failedNames(events)).containsExactly("Skill");
    assertThat(events.failed().count()).isEqualTo(2);
    assertThat(events.failed().stream().map(JsonRoundTripBrokenCodecTest::failureMessage))
        .allSatisfy(
            m ->
                assertThat(m)
                    .startsWith("Skill (read as dev.mentoring.core.enrollment.Skill), seed ")
                    .contains(", JSON: {\"name\":")
                    .endsWith(": reading threw java.io.IOException: cannot read a skill"));
  }

  /** Asks for no samples at all, which would pass every case without checking anything. */
  static class NoSamplesKit extends JsonRoundTripContract {
    @Override
    protected JsonCodec codec() {
      return new JsonRoundTripTestCodec();
    }

    @Override
    protected int samples() {
      return 0;
    }
  }

  @Test
  void noSamples_failsEveryCaseInsteadOfPassingVacuously() {
    Events events = run(NoSamplesKit.class);

    assertThat(events.succeeded().count()).isZero();
    assertThat(events.failed().count()).isGreaterThan(100);
    assertThat(events.failed().stream().map(JsonRoundTripBrokenCodecTest::failureMessage))
        .containsOnly("samples() must be at least 1, was 0");
  }
}
