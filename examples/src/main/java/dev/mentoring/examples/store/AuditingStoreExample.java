package dev.mentoring.examples.store;

import static java.util.Objects.requireNonNull;

import dev.mentoring.core.Actor;
import dev.mentoring.core.IllegalTransitionException;
import dev.mentoring.core.Mentoring;
import dev.mentoring.core.memory.InMemoryMentoringStore;
import dev.mentoring.core.program.Program;
import dev.mentoring.examples.quickstart.QuickStart;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Runs the {@linkplain QuickStart quick start} on an {@link AuditingMentoringStore} that decorates
 * the in-memory store, then prints what the audit saw: transactions, writes per repository, the
 * history of one pair, and what a refused operation leaves behind (a failed transaction, no write).
 */
public final class AuditingStoreExample {
  private AuditingStoreExample() {}

  /**
   * Runs the example and prints to standard output.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    run(System.out);
  }

  /**
   * Runs the example.
   *
   * @param out where to print
   * @return the auditing store, holding the quick start's data and the audit trail
   */
  public static AuditingMentoringStore run(PrintStream out) {
    requireNonNull(out, "out");
    AuditingMentoringStore store =
        AuditingMentoringStore.decorating(new InMemoryMentoringStore(), Clock.systemUTC());
    QuickStart.run(
        store, new PrintStream(OutputStream.nullOutputStream(), true, StandardCharsets.UTF_8));

    out.printf(
        "Quick start on the auditing store: %d transactions started, %d committed, %d failed%n",
        store.startedTransactions(), store.committedTransactions(), store.failedTransactions());
    out.println("Writes by repository:");
    store.writesByRepository().forEach((repo, n) -> out.printf("  %-16s %5d%n", repo, n));

    // The history of the first pair stored: proposed, accepted by each side, launched.
    List<AuditEntry> trail = store.auditTrail();
    String firstPair =
        trail.stream().filter(e -> e.repository().equals("pairs")).findFirst().orElseThrow().id();
    out.println(
        "History of one pair: "
            + trail.stream()
                .filter(e -> e.repository().equals("pairs") && e.id().equals(firstPair))
                .map(e -> e.operation() + " v" + e.version())
                .collect(Collectors.joining(" -> ")));

    // A refused operation runs in a transaction that fails: counted, but nothing is written.
    Mentoring mentoring = Mentoring.builder().store(store).build();
    Actor admin = Actor.participant("hr-admin");
    Program program = mentoring.programs().list(admin).get(0);
    int before = trail.size();
    try {
      mentoring.programs().openEnrollment(admin, program.id());
      throw new IllegalStateException("a running program cannot reopen enrollment this way");
    } catch (IllegalTransitionException e) {
      out.printf(
          "Refused to move the program from %s to %s: failed transactions %d, audit entries %d"
              + " -> %d%n",
          e.from(), e.to(), store.failedTransactions(), before, store.auditTrail().size());
    }
    return store;
  }
}
