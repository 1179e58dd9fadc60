package dev.mentoring.core.internal;

import dev.mentoring.core.event.MentoringEvent;
import dev.mentoring.core.event.MentoringListener;
import dev.mentoring.core.notification.Notification;
import dev.mentoring.core.notification.Notifier;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import org.jspecify.annotations.Nullable;

/**
 * Delivers an operation's events and notifications after commit: each listener and the notifier
 * guarded, so one failure is logged and never stops the others or fails the operation.
 */
public final class Dispatcher {
  private static final System.Logger LOG = System.getLogger(Dispatcher.class.getName());

  private final List<MentoringListener> listeners;
  private final Notifier notifier;
  private final @Nullable Executor executor;

  /**
   * Creates a dispatcher.
   *
   * @param listeners the listeners, in delivery order
   * @param notifier the notifier
   * @param executor where to deliver, or null for the caller's thread
   */
  public Dispatcher(
      List<MentoringListener> listeners, Notifier notifier, @Nullable Executor executor) {
    this.listeners = List.copyOf(listeners);
    this.notifier = notifier;
    this.executor = executor;
  }

  void dispatch(List<MentoringEvent> events, List<Notification> notifications) {
    if (events.isEmpty() && notifications.isEmpty()) {
      return;
    }
    List<MentoringEvent> e = List.copyOf(events);
    List<Notification> n = List.copyOf(notifications);
    if (executor == null) {
      deliver(e, n);
      return;
    }
    try {
      executor.execute(() -> deliver(e, n));
    } catch (RejectedExecutionException ex) {
      LOG.log(
          System.Logger.Level.WARNING,
          "executor rejected delivery of "
              + e.size()
              + " events and "
              + n.size()
              + " notifications",
          ex);
    }
  }

  private void deliver(List<MentoringEvent> events, List<Notification> notifications) {
    for (MentoringEvent event : events) {
      for (MentoringListener listener : listeners) {
        try {
          listener.onEvent(event);
        } catch (RuntimeException ex) {
          LOG.log(System.Logger.Level.WARNING, "listener " + listener + " failed on " + event, ex);
        }
      }
    }
    for (Notification notification : notifications) {
      try {
        notifier.send(notification);
      } catch (RuntimeException ex) {
        LOG.log(
            System.Logger.Level.WARNING, "notifier " + notifier + " failed on " + notification, ex);
      }
    }
  }
}
