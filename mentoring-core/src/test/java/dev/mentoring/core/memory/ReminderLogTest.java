package dev.mentoring.core.memory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mentoring.core.ParticipantId;
import dev.mentoring.core.spi.SentReminder;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The in-memory reminder log's bulk lookup, which {@code reminders().due(at)} relies on. */
class ReminderLogTest {
  private static final Instant T0 = Instant.parse("2026-01-05T09:00:00Z");
  private static final ParticipantId ANN = ParticipantId.of("ann");
  private static final ParticipantId BOB = ParticipantId.of("bob");

  private final InMemoryMentoringStore store = new InMemoryMentoringStore();

  @Test
  void findByKeys_returnsRecordedOnesOnceInTheOrderAsked() {
    SentReminder b = new SentReminder("b", ANN, T0);
    SentReminder a = new SentReminder("a", BOB, T0.plusSeconds(5));
    SentReminder c = new SentReminder("c", ANN, T0.minusSeconds(5));
    store.inTransaction(
        tx -> {
          tx.reminders().record(b);
          tx.reminders().record(a);
          tx.reminders().record(c);
          return null;
        });

    List<SentReminder> found =
        store.inTransaction(tx -> tx.reminders().findByKeys(List.of("x", "c", "a", "c", "y")));
    List<SentReminder> none = store.inTransaction(tx -> tx.reminders().findByKeys(List.of()));

    assertThat(found).containsExactly(c, a);
    assertThat(none).isEmpty();
  }

  @Test
  void findByKeys_seesTheTransactionsOwnWritesAndNotRolledBackOnes() {
    store.inTransaction(
        tx -> {
          tx.reminders().record(new SentReminder("kept", ANN, T0));
          assertThat(tx.reminders().findByKeys(List.of("kept"))).hasSize(1);
          return null;
        });
    assertThatThrownBy(
            () ->
                store.inTransaction(
                    tx -> {
                      tx.reminders().record(new SentReminder("lost", ANN, T0));
                      throw new IllegalStateException("boom");
                    }))
        .hasMessage("boom");

    List<SentReminder> found =
        store.inTransaction(tx -> tx.reminders().findByKeys(List.of("kept", "lost")));
    assertThat(found).extracting(SentReminder::key).containsExactly("kept");
  }

  @Test
  void findByKeys_nullKey_throwsNullPointerException() {
    assertThatThrownBy(
            () -> store.inTransaction(tx -> tx.reminders().findByKeys(Arrays.asList("a", null))))
        .isInstanceOf(NullPointerException.class);
  }
}
