package dev.mentoring.core.event;

import org.apiguardian.api.API;

/**
 * Receives domain events after the transaction that caused them commits.
 *
 * <p>Delivery is at most once, in the order the events occurred, on the thread that ran the
 * operation unless the engine was built with an executor. A listener should return quickly and must
 * not call back into the engine on the delivering thread if the host relies on the operation's
 * latency. An exception thrown by a listener is logged at WARNING and delivery to the other
 * listeners goes on; it never fails the operation. Listeners may be called concurrently by
 * concurrent operations.
 *
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
@FunctionalInterface
public interface MentoringListener {

  /**
   * Handles one event.
   *
   * @param event what happened
   */
  void onEvent(MentoringEvent event);
}
