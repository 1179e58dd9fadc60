package dev.mentoring.core.testing;

import dev.mentoring.core.event.MentoringEvent;
import dev.mentoring.core.event.MentoringListener;
import dev.mentoring.core.notification.Notification;
import dev.mentoring.core.notification.Notifier;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Records every event and notification the engine delivers. Thread-safe. */
public final class Recorder implements MentoringListener, Notifier {
  private final List<MentoringEvent> events = new CopyOnWriteArrayList<>();
  private final List<Notification> notifications = new CopyOnWriteArrayList<>();

  @Override
  public void onEvent(MentoringEvent event) {
    events.add(event);
  }

  @Override
  public void send(Notification notification) {
    notifications.add(notification);
  }

  public List<MentoringEvent> events() {
    return List.copyOf(events);
  }

  public <E extends MentoringEvent> List<E> events(Class<E> type) {
    return events.stream().filter(type::isInstance).map(type::cast).toList();
  }

  public List<Notification> notifications() {
    return List.copyOf(notifications);
  }

  public <N extends Notification> List<N> notifications(Class<N> type) {
    return notifications.stream().filter(type::isInstance).map(type::cast).toList();
  }

  public void clear() {
    events.clear();
    notifications.clear();
  }
}
