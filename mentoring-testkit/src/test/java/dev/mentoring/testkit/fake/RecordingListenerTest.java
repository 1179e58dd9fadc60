package dev.mentoring.testkit.fake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mentoring.core.Actor;
import dev.mentoring.core.Mentoring;
import dev.mentoring.core.event.MentoringEvent;
import dev.mentoring.core.event.ProgramCreated;
import dev.mentoring.core.event.ProgramStatusChanged;
import dev.mentoring.core.program.Program;
import dev.mentoring.core.program.ProgramId;
import dev.mentoring.core.program.ProgramSpec;
import dev.mentoring.core.program.ProgramStatus;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class RecordingListenerTest {
  private static final Instant T0 = Instant.parse("2026-01-05T09:00:00Z");
  private static final Actor ADMIN = Actor.participant("admin");

  /** An engine whose events go to {@code listener}, with a program created and opened. */
  private static Program createAndOpen(RecordingListener listener) {
    Mentoring mentoring = Mentoring.builder().clock(MutableClock.at(T0)).listener(listener).build();
    Program program = mentoring.programs().create(ADMIN, ProgramSpec.builder("Pilot").build());
    return mentoring.programs().openEnrollment(ADMIN, program.id());
  }

  @Test
  void onEvent_keepsTheEngineEventsInOrder() {
    RecordingListener listener = new RecordingListener();

    Program program = createAndOpen(listener);

    List<MentoringEvent> events = listener.events();
    assertThat(events).hasSize(2);
    assertThat(events.get(0)).isInstanceOf(ProgramCreated.class);
    assertThat(listener.ofType(ProgramStatusChanged.class))
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.programId()).isEqualTo(program.id());
              assertThat(e.to()).isEqualTo(ProgramStatus.ENROLLING);
              assertThat(e.occurredAt()).isEqualTo(T0);
            });
  }

  @Test
  void clear_forgetsEverythingAndSnapshotsStay() {
    RecordingListener listener = new RecordingListener();
    createAndOpen(listener);
    List<MentoringEvent> before = listener.events();

    listener.clear();

    assertThat(listener.events()).isEmpty();
    assertThat(listener.ofType(ProgramCreated.class)).isEmpty();
    assertThat(before).hasSize(2);
    assertThatThrownBy(before::clear).isInstanceOf(UnsupportedOperationException.class);
    assertThat(listener).hasToString("RecordingListener[]");
  }

  @Test
  void onEvent_fromManyThreads_keepsEveryEvent() throws Exception {
    RecordingListener listener = new RecordingListener();
    int threads = 8;
    int perThread = 250;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<?>> futures = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        futures.add(
            pool.submit(
                () -> {
                  for (int i = 0; i < perThread; i++) {
                    listener.onEvent(new ProgramCreated(ProgramId.random(), T0));
                  }
                }));
      }
      for (Future<?> f : futures) {
        f.get(10, TimeUnit.SECONDS);
      }
    } finally {
      pool.shutdownNow();
    }

    assertThat(listener.events()).hasSize(threads * perThread).doesNotHaveDuplicates();
  }

  @Test
  void nullArguments_throwNullPointerNamingThem() {
    RecordingListener listener = new RecordingListener();

    assertThatThrownBy(() -> listener.onEvent(null)).hasMessage("event");
    assertThatThrownBy(() -> listener.ofType(null)).hasMessage("type");
  }
}
