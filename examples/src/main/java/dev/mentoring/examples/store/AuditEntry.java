package dev.mentoring.examples.store;

import static java.util.Objects.requireNonNull;

import java.time.Instant;

/**
 * One write of a committed transaction, as {@link AuditingMentoringStore} records it.
 *
 * @param transaction the number of the transaction, from 1, in the order transactions started
 * @param committedAt when the transaction committed, by the auditing store's clock
 * @param repository the repository written to, named as {@link
 *     dev.mentoring.core.spi.StoreTransaction} names it: {@code programs}, {@code enrollments},
 *     {@code pairs}, {@code reminders}, {@code goals}, {@code meetings}, {@code surveys}, {@code
 *     surveyResponses} or {@code resources}
 * @param operation what the write did
 * @param id the id of the aggregate written (for the reminder log, the reminder's key)
 * @param version the aggregate's version after the write; for a delete, the version deleted; 0 for
 *     a reminder, which has none
 */
public record AuditEntry(
    long transaction,
    Instant committedAt,
    String repository,
    Operation operation,
    String id,
    long version) {

  /**
   * Checks the components.
   *
   * @param transaction the transaction's number, at least 1
   * @param committedAt when the transaction committed
   * @param repository the repository's name
   * @param operation what the write did
   * @param id the aggregate's id
   * @param version the version, at least 0
   * @throws NullPointerException if a reference is null
   * @throws IllegalArgumentException if {@code transaction} is below 1 or {@code version} negative
   */
  public AuditEntry {
    if (transaction < 1) {
      throw new IllegalArgumentException("transaction must be at least 1, was " + transaction);
    }
    requireNonNull(committedAt, "committedAt");
    requireNonNull(repository, "repository");
    requireNonNull(operation, "operation");
    requireNonNull(id, "id");
    if (version < 0) {
      throw new IllegalArgumentException("version must be at least 0, was " + version);
    }
  }

  /** What a write did. */
  public enum Operation {
    /** A new aggregate was stored. */
    INSERT,
    /** A stored aggregate was replaced by a newer version. */
    UPDATE,
    /** A stored aggregate was removed. */
    DELETE,
    /** A sent reminder was recorded in the reminder log. */
    RECORD
  }
}
