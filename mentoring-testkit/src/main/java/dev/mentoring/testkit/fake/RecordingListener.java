package dev.mentoring.testkit.fake;

import static java.util.Objects.requireNonNull;

import dev.mentoring.core.event.MentoringEvent;
import dev.mentoring.core.event.MentoringListener;
import java.util.ArrayList;
import java.util.List;
import org.apiguardian.api.API;

/**
 * A {@link MentoringListener} that keeps every event it receives, in the order received, for tests
 * to inspect.
 *
 * <p>A host registers it with the engine and asks what happened:
 *
 * <pre>{@code
 * RecordingListener listener = new RecordingListener();
 * Mentoring mentoring = Mentoring.builder().listener(listener).build();
 * assertThat(listener.ofType(PairProposed.class)).hasSize(2);
 * }</pre>
 *
 * <p>This class is thread-safe: concurrent {@link #onEvent} calls are all kept, and every query
 * returns an immutable snapshot.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class RecordingListener implements MentoringListener {
  private final Object lock = new Object();
  private final List<MentoringEvent> received = new ArrayList<>();

  /** Creates a listener that has received nothing. */
  public RecordingListener() {}

  /**
   * Records an event.
   *
   * @param event the event
   * @throws NullPointerException if {@code event} is null
   */
  @Override
  public void onEvent(MentoringEvent event) {
    requireNonNull(event, "event");
    synchronized (lock) {
      received.add(event);
    }
  }

  /**
   * Returns every event received since creation or the last {@link #clear()}.
   *
   * @return an immutable snapshot, in the order received
   */
  public List<MentoringEvent> events() {
    synchronized (lock) {
      return List.copyOf(received);
    }
  }

  /**
   * Returns the events of one type.
   *
   * @param type the type, such as {@code PairProposed.class}
   * @param <E> the type
   * @return an immutable snapshot of the events that are instances of {@code type}, in the order
   *     received
   * @throws NullPointerException if {@code type} is null
   */
  public <E extends MentoringEvent> List<E> ofType(Class<E> type) {
    requireNonNull(type, "type");
    return events().stream().filter(type::isInstance).map(type::cast).toList();
  }

  /** Forgets every event received so far. */
  public void clear() {
    synchronized (lock) {
      received.clear();
    }
  }

  @Override
  public String toString() {
    return "RecordingListener" + events();
  }
}
