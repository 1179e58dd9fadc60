package dev.mentoring.core.spi;

import org.apiguardian.api.API;

/**
 * Optional capabilities of a store. Optimistic versioning is mandatory and has no flag.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum StoreFeature {
  /** A failed transaction leaves no trace: all of its writes are rolled back. */
  ATOMIC_TRANSACTIONS,
  /** Events are persisted in the transaction that caused them, for guaranteed delivery. */
  EVENT_OUTBOX,
  /** Transactions from several threads may run at once, and conflicts are detected. */
  CONCURRENT_WRITERS
}
