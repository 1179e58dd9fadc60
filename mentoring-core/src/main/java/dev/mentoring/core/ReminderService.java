package dev.mentoring.core;

import dev.mentoring.core.notification.Notification;
import java.time.Instant;
import java.util.List;
import org.apiguardian.api.API;

/**
 * Computes the reminders due at an instant. Obtain it from {@link Mentoring#reminders()}.
 * Thread-safe.
 *
 * <p>A host's scheduler calls {@link #due} every few minutes with the current time. Each reminder
 * is handed out once: it is recorded in the store in the same transaction, returned, and passed to
 * the engine's notifier after commit. Calling again, at the same or a later instant, never hands it
 * out twice.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public interface ReminderService {

  /**
   * Returns the reminders due at an instant that were not handed out before: a proposal awaiting a
   * side's answer past the program's reminder period, and a proposal about to expire.
   *
   * @param actor the system
   * @param at the instant
   * @return the reminders, ordered by program (creation time), then pair (proposal time), then side
   *     (mentor, mentee, administrators by id)
   * @throws AccessDeniedException if the actor is not the system
   */
  List<Notification> due(Actor actor, Instant at);
}
