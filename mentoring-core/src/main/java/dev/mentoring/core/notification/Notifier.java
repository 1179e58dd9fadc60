package dev.mentoring.core.notification;

import org.apiguardian.api.API;

/**
 * Delivers notifications through the host's channels.
 *
 * <p>Called after the operation that caused the notification commits, at most once per
 * notification, on the operation's thread unless the engine was built with an executor; it may be
 * called concurrently by concurrent operations. An exception is logged at WARNING and never fails
 * the operation. Implementations that must not lose notifications should queue them durably and
 * return.
 *
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
@FunctionalInterface
public interface Notifier {

  /**
   * Delivers one notification.
   *
   * @param notification what to tell whom
   */
  void send(Notification notification);

  /**
   * Returns a notifier that drops everything; the engine's default.
   *
   * @return the no-op notifier
   */
  static Notifier noop() {
    return notification -> {};
  }
}
