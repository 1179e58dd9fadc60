package dev.mentoring.core.internal;

import dev.mentoring.core.event.MentoringEvent;
import dev.mentoring.core.notification.Notification;
import dev.mentoring.core.spi.StoreTransaction;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** One operation in its transaction: the time it runs at and what it will publish on commit. */
final class Op {
  final StoreTransaction tx;
  final Instant now;
  final List<MentoringEvent> events = new ArrayList<>();
  final List<Notification> notifications = new ArrayList<>();

  Op(StoreTransaction tx, Instant now) {
    this.tx = tx;
    this.now = now;
  }

  void publish(MentoringEvent event) {
    events.add(event);
  }

  void notify(Notification notification) {
    notifications.add(notification);
  }
}
