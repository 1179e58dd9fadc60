package dev.mentoring.core.spi;

import org.apiguardian.api.API;

/**
 * Work to run in one store transaction.
 *
 * @param <R> the result type
 * @param <X> the checked exception the work may throw, or {@link RuntimeException}
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
@FunctionalInterface
public interface StoreWork<R, X extends Exception> {

  /**
   * Runs the work.
   *
   * @param tx the transaction
   * @return the result
   * @throws X if the work fails; the transaction is then rolled back
   */
  R run(StoreTransaction tx) throws X;
}
