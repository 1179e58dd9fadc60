package dev.mentoring.core.internal;

import dev.mentoring.core.ParticipantId;
import dev.mentoring.core.notification.Notification;
import dev.mentoring.core.spi.SentReminder;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Candidate reminders, checked against the reminder log with one bulk lookup and handed out in the
 * order they were offered. A key offered twice counts once.
 */
final class ReminderBatch {
  private record Candidate(String key, ParticipantId recipient, Supplier<Notification> make) {}

  private final List<Candidate> candidates = new ArrayList<>();

  /**
   * Offers a reminder; it is made only if it was not handed out before.
   *
   * @param key the reminder's identity
   * @param recipient who it is for
   * @param make makes the notification
   */
  void offer(String key, ParticipantId recipient, Supplier<Notification> make) {
    candidates.add(new Candidate(key, recipient, make));
  }

  /**
   * Records each candidate not recorded before as sent at {@code at}, adds its notification to
   * {@code out}, and returns the candidates that were recorded before, by key.
   */
  Map<String, SentReminder> handOut(Op op, Instant at, List<Notification> out) {
    if (candidates.isEmpty()) {
      return Map.of();
    }
    List<String> keys = new ArrayList<>(candidates.size());
    for (Candidate c : candidates) {
      keys.add(c.key());
    }
    Map<String, SentReminder> before = new HashMap<>();
    for (SentReminder sent : op.tx.reminders().findByKeys(keys)) {
      before.put(sent.key(), sent);
    }
    Set<String> now = new HashSet<>();
    for (Candidate c : candidates) {
      if (!before.containsKey(c.key()) && now.add(c.key())) {
        op.tx.reminders().record(new SentReminder(c.key(), c.recipient(), at));
        out.add(c.make().get());
      }
    }
    return before;
  }
}
