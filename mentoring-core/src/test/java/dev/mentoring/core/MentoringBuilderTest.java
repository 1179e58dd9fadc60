package dev.mentoring.core;

import static dev.mentoring.core.testing.Fixture.id;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import dev.mentoring.core.enrollment.Application;
import dev.mentoring.core.enrollment.Enrollment;
import dev.mentoring.core.enrollment.EnrollmentStatus;
import dev.mentoring.core.event.EnrollmentStatusChanged;
import dev.mentoring.core.event.EnrollmentSubmitted;
import dev.mentoring.core.event.MentoringEvent;
import dev.mentoring.core.event.MentoringListener;
import dev.mentoring.core.matching.MatchingProblem;
import dev.mentoring.core.matching.MatchingResult;
import dev.mentoring.core.matching.MatchingStrategy;
import dev.mentoring.core.memory.InMemoryMentoringStore;
import dev.mentoring.core.notification.EnrollmentDecided;
import dev.mentoring.core.notification.Notification;
import dev.mentoring.core.notification.Notifier;
import dev.mentoring.core.pairing.Pair;
import dev.mentoring.core.pairing.PairStatus;
import dev.mentoring.core.program.EnrollmentRole;
import dev.mentoring.core.program.Program;
import dev.mentoring.core.program.ProgramSpec;
import dev.mentoring.core.program.ProgramStatus;
import dev.mentoring.core.testing.Fixture;
import dev.mentoring.core.testing.MutableClock;
import dev.mentoring.core.testing.Recorder;
import dev.mentoring.core.testing.StoreSnapshot;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jakarta.validation.executable.ExecutableValidator;
import jakarta.validation.metadata.BeanDescriptor;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

class MentoringBuilderTest {
  private static final Actor ADMIN = Fixture.ADMIN;

  private final MutableClock clock = MutableClock.at("2026-01-05T09:00:00Z");
  private final Recorder recorder = new Recorder();

  /** Applies ned to a new enrolling program that approves on submission. */
  private static Enrollment applyOnce(Mentoring mentoring) {
    Program program = mentoring.programs().create(ADMIN, Fixture.spec().build());
    mentoring.programs().openEnrollment(ADMIN, program.id());
    return mentoring
        .enrollments()
        .apply(ADMIN, program.id(), Application.builder(id("ned"), EnrollmentRole.MENTEE).build());
  }

  // ---------------------------------------------------------------------------- configuration

  @Nested
  class Configuration {
    private record Setting(String name, Consumer<Mentoring.Builder> set) {}

    private List<Setting> singleValued() {
      return List.of(
          new Setting("store", b -> b.store(new InMemoryMentoringStore())),
          new Setting("notifier", b -> b.notifier(Notifier.noop())),
          new Setting("clock", b -> b.clock(clock)),
          new Setting("validator", b -> b.validator(new AcceptEverything())),
          new Setting(
              "matching", b -> b.matching(p -> new MatchingResult(List.of(), Map.of(), Map.of()))),
          new Setting("executor", b -> b.executor(Runnable::run)));
    }

    @TestFactory
    Stream<DynamicTest> setter_calledTwice_throwsIllegalState() {
      return singleValued().stream()
          .map(
              s ->
                  dynamicTest(
                      s.name(),
                      () -> {
                        Mentoring.Builder builder = Mentoring.builder();
                        s.set().accept(builder);

                        assertThatThrownBy(() -> s.set().accept(builder))
                            .isInstanceOf(IllegalStateException.class)
                            .hasMessageStartingWith(s.name() + " was already set to ");
                      }));
    }

    @TestFactory
    Stream<DynamicTest> setter_null_throwsNullPointerException() {
      record NullSetting(String name, Consumer<Mentoring.Builder> set) {}
      return Stream.of(
              new NullSetting("store", b -> b.store(null)),
              new NullSetting("notifier", b -> b.notifier(null)),
              new NullSetting("listener", b -> b.listener(null)),
              new NullSetting("clock", b -> b.clock(null)),
              new NullSetting("validator", b -> b.validator(null)),
              new NullSetting("matching", b -> b.matching(null)),
              new NullSetting("executor", b -> b.executor(null)))
          .map(
              s ->
                  dynamicTest(
                      s.name(),
                      () -> {
                        Mentoring.Builder builder = Mentoring.builder();

                        assertThatThrownBy(() -> s.set().accept(builder))
                            .isInstanceOf(NullPointerException.class)
                            .hasMessage(s.name());
                        // A rejected null leaves the setting unset.
                        if (!s.name().equals("listener")) {
                          singleValued().stream()
                              .filter(v -> v.name().equals(s.name()))
                              .forEach(v -> v.set().accept(builder));
                        }
                        assertThat(builder.build()).isNotNull();
                      }));
    }

    @Test
    void listener_addedSeveralTimes_eachReceivesEventsInOrderAdded() {
      List<String> calls = new ArrayList<>();
      Mentoring mentoring =
          Mentoring.builder()
              .clock(clock)
              .listener(e -> calls.add("first " + e.getClass().getSimpleName()))
              .listener(e -> calls.add("second " + e.getClass().getSimpleName()))
              .build();

      mentoring.programs().create(ADMIN, Fixture.spec().build());

      assertThat(calls).containsExactly("first ProgramCreated", "second ProgramCreated");
    }

    @Test
    void build_withNothingSet_usesDefaultsAndRunsAWholeFlow() {
      Mentoring mentoring = Mentoring.builder().build();
      Actor admin = Actor.participant("hr");

      assertThat(mentoring.store()).isInstanceOf(InMemoryMentoringStore.class);
      assertThat(mentoring.clock().getZone()).isEqualTo(ZoneOffset.UTC);
      assertThatThrownBy(() -> mentoring.programs().create(admin, ProgramSpec.builder(" ").build()))
          .isInstanceOf(InvalidInputException.class);
      Program program = mentoring.programs().create(admin, ProgramSpec.builder("Default").build());
      mentoring.programs().openEnrollment(admin, program.id());
      Enrollment mentor =
          mentoring
              .enrollments()
              .apply(
                  Actor.participant("amy"),
                  program.id(),
                  Application.builder(id("amy"), EnrollmentRole.MENTOR).build());
      Enrollment mentee =
          mentoring
              .enrollments()
              .apply(
                  Actor.participant("dan"),
                  program.id(),
                  Application.builder(id("dan"), EnrollmentRole.MENTEE).build());
      assertThat(mentee.status()).isEqualTo(EnrollmentStatus.APPLIED);
      mentoring.enrollments().approve(admin, mentor.id());
      mentoring.enrollments().approve(admin, mentee.id());
      mentoring.programs().startMatching(admin, program.id());
      MatchingRun run = mentoring.matching().propose(admin, program.id());
      assertThat(run.strategyId()).isEqualTo("core.simple-skill");
      Pair pair = run.proposed().get(0);
      mentoring.pairs().accept(Actor.participant("amy"), pair.id());
      mentoring.pairs().accept(Actor.participant("dan"), pair.id());
      mentoring.programs().launch(admin, program.id());
      assertThat(mentoring.pairs().get(admin, pair.id()).status()).isEqualTo(PairStatus.ACTIVE);
      Program closed = mentoring.programs().close(admin, program.id());

      assertThat(closed.status()).isEqualTo(ProgramStatus.CLOSED);
      assertThat(mentoring.pairs().get(Actor.participant("dan"), pair.id()).status())
          .isEqualTo(PairStatus.COMPLETED);
    }

    @Test
    void build_withGivenStoreClockStrategyAndValidator_usesThem() {
      InMemoryMentoringStore store = new InMemoryMentoringStore();
      MatchingStrategy none =
          new MatchingStrategy() {
            @Override
            public MatchingResult match(MatchingProblem problem) {
              return new MatchingResult(List.of(), Map.of(), Map.of("ran", 1.0));
            }

            @Override
            public String id() {
              return "test.none";
            }
          };
      Mentoring mentoring =
          Mentoring.builder()
              .store(store)
              .clock(clock)
              .matching(none)
              .validator(new AcceptEverything())
              .build();

      Program program = mentoring.programs().create(ADMIN, Fixture.spec().name(" ").build());
      mentoring.programs().openEnrollment(ADMIN, program.id());
      mentoring.programs().startMatching(ADMIN, program.id());

      assertThat(mentoring.store()).isSameAs(store);
      assertThat(mentoring.clock()).isSameAs(clock);
      assertThat(program.createdAt()).isEqualTo(clock.instant());
      assertThat(program.name()).isEqualTo(" ");
      assertThat(StoreSnapshot.of(store).programs())
          .extracting(Program::id)
          .containsExactly(program.id());
      assertThat(mentoring.matching().propose(ADMIN, program.id()).strategyId())
          .isEqualTo("test.none");
    }

    @Test
    void build_calledTwice_givesEnginesOverTheSameConfiguration() {
      InMemoryMentoringStore store = new InMemoryMentoringStore();
      Mentoring.Builder builder = Mentoring.builder().store(store).clock(clock);

      Mentoring first = builder.build();
      Mentoring second = builder.build();
      Program program = first.programs().create(ADMIN, Fixture.spec().build());

      assertThat(second).isNotSameAs(first);
      assertThat(second.programs().get(ADMIN, program.id())).isEqualTo(program);
    }
  }

  // ---------------------------------------------------------------------------------- delivery

  @Nested
  class Delivery {
    private final Logger dispatcherLog = Logger.getLogger("dev.mentoring.core.internal.Dispatcher");
    private final List<LogRecord> logged = Collections.synchronizedList(new ArrayList<>());
    private final Handler capture =
        new Handler() {
          @Override
          public void publish(LogRecord record) {
            logged.add(record);
          }

          @Override
          public void flush() {}

          @Override
          public void close() {}
        };
    private boolean parentHandlers;
    private @Nullable Level level;

    @BeforeEach
    void captureLog() {
      parentHandlers = dispatcherLog.getUseParentHandlers();
      level = dispatcherLog.getLevel();
      dispatcherLog.setUseParentHandlers(false);
      dispatcherLog.setLevel(Level.ALL);
      dispatcherLog.addHandler(capture);
    }

    @AfterEach
    void releaseLog() {
      dispatcherLog.removeHandler(capture);
      dispatcherLog.setLevel(level);
      dispatcherLog.setUseParentHandlers(parentHandlers);
    }

    @Test
    void throwingListener_isLoggedAndLaterListenersStillReceiveEveryEvent() {
      IllegalStateException boom = new IllegalStateException("listener boom");
      MentoringListener throwing =
          e -> {
            throw boom;
          };
      Mentoring mentoring =
          Mentoring.builder()
              .clock(clock)
              .listener(throwing)
              .listener(recorder)
              .notifier(recorder)
              .build();

      Enrollment e = applyOnce(mentoring);

      assertThat(e.status()).isEqualTo(EnrollmentStatus.APPROVED);
      assertThat(mentoring.enrollments().get(ADMIN, e.id())).isEqualTo(e);
      assertThat(recorder.events(EnrollmentSubmitted.class)).hasSize(1);
      assertThat(recorder.events(EnrollmentStatusChanged.class)).hasSize(1);
      assertThat(recorder.notifications(EnrollmentDecided.class)).hasSize(1);
      assertThat(logged)
          .hasSize(recorder.events().size())
          .allSatisfy(
              r -> {
                assertThat(r.getLevel()).isEqualTo(Level.WARNING);
                assertThat(r.getThrown()).isSameAs(boom);
              });
    }

    @Test
    void throwingNotifier_isLoggedAndLaterNotificationsStillSent() {
      IllegalStateException boom = new IllegalStateException("notifier boom");
      List<Notification> sent = new ArrayList<>();
      AtomicInteger calls = new AtomicInteger();
      Notifier failingFirst =
          n -> {
            if (calls.getAndIncrement() == 0) {
              throw boom;
            }
            sent.add(n);
          };
      Mentoring mentoring =
          Mentoring.builder().clock(clock).listener(recorder).notifier(failingFirst).build();
      Enrollment ned = applyOnce(mentoring);
      mentoring
          .enrollments()
          .apply(
              ADMIN,
              ned.programId(),
              Application.builder(id("ola"), EnrollmentRole.MENTEE).build());
      calls.set(0);
      sent.clear();
      logged.clear();
      recorder.clear();

      Program matching = mentoring.programs().startMatching(ADMIN, ned.programId());

      assertThat(matching.status()).isEqualTo(ProgramStatus.MATCHING);
      assertThat(mentoring.programs().get(ADMIN, matching.id())).isEqualTo(matching);
      assertThat(calls).hasValue(2);
      assertThat(sent).hasSize(1);
      assertThat(recorder.events()).hasSize(1);
      assertThat(logged)
          .singleElement()
          .satisfies(
              r -> {
                assertThat(r.getLevel()).isEqualTo(Level.WARNING);
                assertThat(r.getThrown()).isSameAs(boom);
              });
    }

    @Test
    void executor_receivesTheDeliveryAfterTheOperationReturns() {
      List<Runnable> queued = new ArrayList<>();
      Executor queue = queued::add;
      Mentoring mentoring =
          Mentoring.builder()
              .clock(clock)
              .listener(recorder)
              .notifier(recorder)
              .executor(queue)
              .build();
      Program program = mentoring.programs().create(ADMIN, Fixture.spec().build());
      mentoring.programs().openEnrollment(ADMIN, program.id());
      queued.clear();

      Enrollment e =
          mentoring
              .enrollments()
              .apply(
                  ADMIN,
                  program.id(),
                  Application.builder(id("ned"), EnrollmentRole.MENTEE).build());

      assertThat(mentoring.enrollments().get(ADMIN, e.id())).isEqualTo(e);
      assertThat(queued).hasSize(1);
      assertThat(recorder.events()).isEmpty();
      assertThat(recorder.notifications()).isEmpty();

      queued.get(0).run();

      assertThat(recorder.events())
          .extracting(MentoringEvent::getClass)
          .containsExactly(EnrollmentSubmitted.class, EnrollmentStatusChanged.class);
      assertThat(recorder.notifications())
          .containsExactly(
              new EnrollmentDecided(
                  id("ned"), program.id(), e.id(), EnrollmentStatus.APPROVED, clock.instant()));
    }

    @Test
    void executor_notCalledForOperationsThatPublishNothing() {
      List<Runnable> queued = new ArrayList<>();
      Mentoring mentoring = Mentoring.builder().clock(clock).executor(queued::add).build();
      Program program = mentoring.programs().create(ADMIN, Fixture.spec().build());
      queued.clear();

      mentoring.programs().get(ADMIN, program.id());
      mentoring.programs().list(ADMIN);

      assertThat(queued).isEmpty();
    }

    @Test
    void executor_rejectingDelivery_isLoggedAndTheOperationStillSucceeds() {
      Executor rejecting =
          r -> {
            throw new RejectedExecutionException("full");
          };
      Mentoring mentoring =
          Mentoring.builder().clock(clock).listener(recorder).executor(rejecting).build();

      Program program = mentoring.programs().create(ADMIN, Fixture.spec().build());

      assertThat(mentoring.programs().get(ADMIN, program.id())).isEqualTo(program);
      assertThat(recorder.events()).isEmpty();
      assertThat(logged)
          .singleElement()
          .satisfies(
              r -> {
                assertThat(r.getLevel()).isEqualTo(Level.WARNING);
                assertThat(r.getThrown()).isInstanceOf(RejectedExecutionException.class);
              });
    }
  }

  /** A validator that finds nothing, to show that the engine uses the one it is given. */
  private static final class AcceptEverything implements Validator {
    @Override
    public <T> Set<ConstraintViolation<T>> validate(T object, Class<?>... groups) {
      return Set.of();
    }

    @Override
    public <T> Set<ConstraintViolation<T>> validateProperty(
        T object, String propertyName, Class<?>... groups) {
      return Set.of();
    }

    @Override
    public <T> Set<ConstraintViolation<T>> validateValue(
        Class<T> beanType, String propertyName, Object value, Class<?>... groups) {
      return Set.of();
    }

    @Override
    public BeanDescriptor getConstraintsForClass(Class<?> clazz) {
      throw new UnsupportedOperationException();
    }

    @Override
    public <T> T unwrap(Class<T> type) {
      throw new UnsupportedOperationException();
    }

    @Override
    public ExecutableValidator forExecutables() {
      throw new UnsupportedOperationException();
    }
  }
}
