package dev.mentoring.examples.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class AuditingStoreExampleTest {

  @Test
  void run_auditsTheQuickStartAndARefusedCall() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    AuditingMentoringStore store =
        AuditingStoreExample.run(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    String out = bytes.toString(StandardCharsets.UTF_8);

    // Every transaction of the quick start committed; the refused call is the one failure.
    assertThat(store.failedTransactions()).isEqualTo(1);
    assertThat(store.committedTransactions() + 1).isEqualTo(store.startedTransactions());
    // 40 enrollments were inserted; 26 pairs, each proposed, accepted twice and launched.
    assertThat(store.auditTrail())
        .filteredOn(e -> e.repository().equals("enrollments"))
        .filteredOn(e -> e.operation() == AuditEntry.Operation.INSERT)
        .hasSize(40);
    assertThat(store.auditTrail())
        .filteredOn(e -> e.repository().equals("pairs"))
        .filteredOn(e -> e.operation() == AuditEntry.Operation.INSERT)
        .hasSize(26);
    assertThat(store.writesByRepository().get("surveyResponses")).isEqualTo(26L);
    assertThat(out)
        .contains("failed transactions 1")
        .contains("History of one pair: INSERT v1 -> UPDATE v2 -> UPDATE v3 -> UPDATE v4")
        .containsPattern("Refused to move the program from RUNNING to ENROLLING")
        .containsPattern("surveyResponses +26");
    int entries = store.auditTrail().size();
    assertThat(out).contains("audit entries " + entries + " -> " + entries);
  }
}
