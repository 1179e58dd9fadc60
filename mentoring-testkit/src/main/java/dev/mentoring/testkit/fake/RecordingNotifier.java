package dev.mentoring.testkit.fake;

import static java.util.Objects.requireNonNull;

import dev.mentoring.core.ParticipantId;
import dev.mentoring.core.notification.Notification;
import dev.mentoring.core.notification.Notifier;
import java.util.ArrayList;
import java.util.List;
import org.apiguardian.api.API;

/**
 * A {@link Notifier} that keeps every notification it is sent, in the order received, for tests to
 * inspect.
 *
 * <p>A host hands it to the engine and asks what was sent:
 *
 * <pre>{@code
 * RecordingNotifier notifier = new RecordingNotifier();
 * Mentoring mentoring = Mentoring.builder().notifier(notifier).build();
 * assertThat(notifier.ofType(MatchProposed.class)).hasSize(2);
 * }</pre>
 *
 * <p>{@link dev.mentoring.testkit.assertions.MentoringAssertions#assertThat(RecordingNotifier)}
 * offers assertions with messages that list what was received.
 *
 * <p>This class is thread-safe: concurrent {@link #send} calls are all kept, and every query
 * returns an immutable snapshot. It passes {@link dev.mentoring.testkit.contract.NotifierContract}.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class RecordingNotifier implements Notifier {
  private final Object lock = new Object();
  private final List<Notification> received = new ArrayList<>();

  /** Creates a notifier that has received nothing. */
  public RecordingNotifier() {}

  /**
   * Records a notification.
   *
   * @param notification the notification
   * @throws NullPointerException if {@code notification} is null
   */
  @Override
  public void send(Notification notification) {
    requireNonNull(notification, "notification");
    synchronized (lock) {
      received.add(notification);
    }
  }

  /**
   * Returns every notification received since creation or the last {@link #clear()}.
   *
   * @return an immutable snapshot, in the order received
   */
  public List<Notification> notifications() {
    synchronized (lock) {
      return List.copyOf(received);
    }
  }

  /**
   * Returns the notifications of one type.
   *
   * @param type the type, such as {@code MatchProposed.class}
   * @param <N> the type
   * @return an immutable snapshot of the notifications that are instances of {@code type}, in the
   *     order received
   * @throws NullPointerException if {@code type} is null
   */
  public <N extends Notification> List<N> ofType(Class<N> type) {
    requireNonNull(type, "type");
    return notifications().stream().filter(type::isInstance).map(type::cast).toList();
  }

  /**
   * Returns the notifications for one person.
   *
   * @param recipient the person
   * @return an immutable snapshot of the notifications whose {@link Notification#recipient()} is
   *     {@code recipient}, in the order received
   * @throws NullPointerException if {@code recipient} is null
   */
  public List<Notification> to(ParticipantId recipient) {
    requireNonNull(recipient, "recipient");
    return notifications().stream().filter(n -> n.recipient().equals(recipient)).toList();
  }

  /** Forgets every notification received so far. */
  public void clear() {
    synchronized (lock) {
      received.clear();
    }
  }

  @Override
  public String toString() {
    return "RecordingNotifier" + notifications();
  }
}
