package dev.mentoring.core.spi;

import java.util.Set;
import org.apiguardian.api.API;

/**
 * Where the engine keeps its data. Implementations must be thread-safe.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public interface MentoringStore {

  /**
   * Runs work in one transaction. If the work returns, its writes are committed and then the
   * actions registered with {@link StoreTransaction#afterCommit} run, in registration order, on the
   * calling thread; if it throws, its writes are rolled back (where {@link
   * StoreFeature#ATOMIC_TRANSACTIONS} is supported), the after-commit actions are dropped, and the
   * exception propagates unchanged. If an after-commit action throws, the remaining actions still
   * run and the first exception (with the others suppressed) propagates after them; the commit
   * stands. Nested calls on the same thread are not supported.
   *
   * @param work the work
   * @param <R> the result type
   * @param <X> the checked exception the work may throw
   * @return what the work returned
   * @throws X if the work throws it
   * @throws IllegalStateException if called from inside a transaction of this store
   */
  <R, X extends Exception> R inTransaction(StoreWork<R, X> work) throws X;

  /**
   * Returns the optional capabilities this store supports.
   *
   * @return the features, never null
   */
  Set<StoreFeature> features();
}
