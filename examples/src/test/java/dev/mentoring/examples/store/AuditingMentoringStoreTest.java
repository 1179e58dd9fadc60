package dev.mentoring.examples.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mentoring.core.memory.InMemoryMentoringStore;
import dev.mentoring.core.program.Program;
import dev.mentoring.core.program.ProgramId;
import dev.mentoring.core.program.ProgramSpec;
import dev.mentoring.core.program.ProgramStatus;
import dev.mentoring.core.spi.MentoringStore;
import dev.mentoring.examples.store.AuditEntry.Operation;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AuditingMentoringStoreTest {
  private static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");

  private final AuditingMentoringStore store =
      AuditingMentoringStore.decorating(
          new InMemoryMentoringStore(), Clock.fixed(NOW, ZoneOffset.UTC));

  private static Program program(String id) {
    return new Program(
        ProgramId.of(id), 0, ProgramSpec.builder("P " + id).build(), ProgramStatus.DRAFT, NOW, NOW);
  }

  @Test
  void committedWrites_recordedInOrderWithVersionsAndCommitTime() {
    Program stored = store.inTransaction(tx -> tx.programs().insert(program("p1")));
    store.inTransaction(tx -> tx.programs().update(stored));

    assertThat(store.auditTrail())
        .containsExactly(
            new AuditEntry(1, NOW, "programs", Operation.INSERT, "p1", 1),
            new AuditEntry(2, NOW, "programs", Operation.UPDATE, "p1", 2));
    assertThat(store.writesByRepository()).containsExactly(Map.entry("programs", 2L));
    assertThat(store.committedTransactions()).isEqualTo(2);
    assertThat(store.failedTransactions()).isZero();
  }

  @Test
  void failedTransaction_countedAndLeavesNoEntryNorData() {
    assertThatThrownBy(
            () ->
                store.inTransaction(
                    tx -> {
                      tx.programs().insert(program("p1"));
                      throw new IllegalStateException("boom");
                    }))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("boom");

    assertThat(store.auditTrail()).isEmpty();
    assertThat(store.startedTransactions()).isEqualTo(1);
    assertThat(store.failedTransactions()).isEqualTo(1);
    List<Program> programs = store.inTransaction(tx -> tx.programs().findAll());
    assertThat(programs).isEmpty();
  }

  @Test
  void auditTrail_appendedBeforeOtherAfterCommitActionsRun() {
    int[] seen = new int[1];
    store.inTransaction(
        tx -> {
          tx.programs().insert(program("p1"));
          tx.afterCommit(() -> seen[0] = store.auditTrail().size());
          return null;
        });
    assertThat(seen[0]).isEqualTo(1);
  }

  @Test
  void readsAreNotAudited() {
    store.inTransaction(tx -> tx.programs().insert(program("p1")));
    store.inTransaction(tx -> tx.programs().find(ProgramId.of("p1")));
    assertThat(store.auditTrail()).hasSize(1);
    assertThat(store.committedTransactions()).isEqualTo(2);
  }

  @Test
  void decorating_rejectsNullsAndAnotherAuditingStore() {
    assertThatThrownBy(() -> AuditingMentoringStore.decorating(nullStore()))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("delegate");
    assertThatThrownBy(() -> AuditingMentoringStore.decorating(store))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("delegate must not be an AuditingMentoringStore");
  }

  @Test
  void features_areTheDelegates() {
    assertThat(store.features()).isEqualTo(new InMemoryMentoringStore().features());
  }

  @SuppressWarnings("NullAway")
  private static MentoringStore nullStore() {
    return null;
  }
}
