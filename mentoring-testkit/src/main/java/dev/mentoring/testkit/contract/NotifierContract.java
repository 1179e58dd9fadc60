package dev.mentoring.testkit.contract;

import static java.util.Objects.requireNonNull;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.fail;

import dev.mentoring.core.notification.Notification;
import dev.mentoring.core.notification.Notifier;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The conformance kit for {@link Notifier} implementations: what the engine relies on when it hands
 * a host's notifier the notifications of committed operations. A host extends it in a test class,
 * creates the notifier and says how to observe what it delivered:
 *
 * <pre>{@code
 * class MailNotifierContractTest extends NotifierContract {
 *   @Override protected Notifier createNotifier() { return new MailNotifier(fakeMailServer); }
 *   @Override protected List<Notification> delivered(Notifier n) { return fakeMailServer.decoded(); }
 * }
 * }</pre>
 *
 * <p>The cases check that a notifier accepts every subtype of {@link Notification}; delivers each
 * notification it is sent exactly once, in the order sent from one thread; loses and duplicates
 * nothing when many threads send at once (the engine calls it from every thread that completes an
 * operation, as the {@link Notifier} Javadoc says); and rejects a null notification with {@link
 * NullPointerException}, so that a bug upstream fails where it happens rather than in a template
 * later. They do not check what the engine itself guarantees, such as sending only after commit.
 *
 * <p>Each case creates a new notifier. {@link #delivered} is called only after every {@code send}
 * of the case has returned; a notifier that delivers asynchronously should wait there until what it
 * accepted has been delivered. The cases send at most 1,600 notifications, from up to 8 threads.
 *
 * <p>Instances are created by JUnit, one per case; they are not meant to be shared between threads.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public abstract class NotifierContract {
  private static final long TIMEOUT_SECONDS = 30;

  private @Nullable Notifier notifier;

  /** Creates the kit; JUnit calls this through the implementor's subclass. */
  protected NotifierContract() {}

  /**
   * Creates the notifier under test. Called once before each case; each call must return a notifier
   * that has delivered nothing yet, as seen through {@link #delivered}.
   *
   * @return a new notifier
   */
  protected abstract Notifier createNotifier();

  /**
   * Returns what a notifier created by {@link #createNotifier()} has delivered so far, as the host
   * observes it: the notifications that reached the host's channel, in the order they reached it,
   * each as many times as it reached it.
   *
   * @param notifier the notifier under test
   * @return the delivered notifications, oldest first
   */
  protected abstract List<Notification> delivered(Notifier notifier);

  @BeforeEach
  void createNotifierUnderTest() {
    Notifier created = createNotifier();
    assertThat(created).as("createNotifier()").isNotNull();
    this.notifier = created;
    assertThat(delivered(created)).as("delivered(notifier) before any send").isEmpty();
  }

  private Notifier notifier() {
    return requireNonNull(notifier, "createNotifier() was not called");
  }

  private List<Notification> deliveredSoFar() {
    List<Notification> result = delivered(notifier());
    assertThat(result).as("delivered(notifier)").isNotNull();
    return result;
  }

  // ------------------------------------------------------------------ one thread

  @Nested
  @DisplayName("sending from one thread")
  class OneThread {

    @Test
    @DisplayName("every kind of notification is accepted and delivered")
    void everyKind_delivered() {
      List<Notification> sent = NotifierSamples.range(0, NotifierSamples.KINDS);

      sent.forEach(notifier()::send);

      assertThat(deliveredSoFar()).containsExactlyElementsOf(sent);
    }

    @Test
    @DisplayName("each notification is delivered exactly once, in the order sent")
    void manyNotifications_deliveredOnceInOrder() {
      List<Notification> sent = NotifierSamples.range(100, 120);

      sent.forEach(notifier()::send);

      List<Notification> delivered = deliveredSoFar();
      assertDeliveredOnce(sent, delivered);
      assertThat(delivered).as("delivery order").containsExactlyElementsOf(sent);
    }

    @Test
    @DisplayName(
        "a null notification is rejected with NullPointerException and nothing is delivered")
    void nullNotification_rejected() {
      Notifier under = notifier();
      Throwable thrown = catchThrowable(() -> under.send(nullNotification()));

      if (thrown == null) {
        throw new AssertionError("send(null) returned normally; expected NullPointerException");
      }
      assertThat(thrown).as("what send(null) threw").isInstanceOf(NullPointerException.class);
      assertThat(deliveredSoFar()).isEmpty();
    }
  }

  // ------------------------------------------------------------------ many threads

  @Nested
  @DisplayName("sending from many threads at once")
  class ManyThreads {
    private static final int THREADS = 8;
    private static final int PER_THREAD = 200;

    @Test
    @DisplayName("every notification is delivered exactly once: none lost, none duplicated")
    void concurrentSends_noneLostNoneDuplicated() throws InterruptedException {
      Notifier under = notifier();
      List<Notification> sent = NotifierSamples.range(10_000, THREADS * PER_THREAD);
      ExecutorService pool = Executors.newFixedThreadPool(THREADS);
      try {
        CountDownLatch go = new CountDownLatch(1);
        List<Future<?>> futures = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
          List<Notification> share = sent.subList(t * PER_THREAD, (t + 1) * PER_THREAD);
          futures.add(
              pool.submit(
                  () -> {
                    go.await();
                    share.forEach(under::send);
                    return null;
                  }));
        }
        go.countDown();
        for (Future<?> f : futures) {
          f.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        }
      } catch (ExecutionException e) {
        throw new AssertionError("send failed on a sending thread: " + e.getCause(), e.getCause());
      } catch (TimeoutException e) {
        throw new AssertionError("the senders did not finish within " + TIMEOUT_SECONDS + " s", e);
      } finally {
        pool.shutdownNow();
        if (!pool.awaitTermination(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
          fail("the kit's sending threads did not stop");
        }
      }

      assertDeliveredOnce(sent, deliveredSoFar());
    }
  }

  // ------------------------------------------------------------------ helpers

  /** Fails naming what was lost, duplicated or never sent, unless each was delivered once. */
  private static void assertDeliveredOnce(List<Notification> sent, List<Notification> delivered) {
    Map<Notification, Integer> counts = new LinkedHashMap<>();
    sent.forEach(n -> counts.put(n, 0));
    List<Notification> neverSent = new ArrayList<>();
    for (Notification n : delivered) {
      Integer seen = counts.get(n);
      if (seen == null) {
        neverSent.add(n);
      } else {
        counts.put(n, seen + 1);
      }
    }
    List<Notification> lost = new ArrayList<>();
    List<String> duplicated = new ArrayList<>();
    counts.forEach(
        (n, times) -> {
          if (times == 0) {
            lost.add(n);
          } else if (times > 1) {
            duplicated.add(times + " times: " + n);
          }
        });
    if (!lost.isEmpty() || !duplicated.isEmpty() || !neverSent.isEmpty()) {
      fail(
          "Expecting each of the %s notifications sent to be delivered exactly once, but"
              + "%n  lost %s: %s%n  duplicated %s: %s%n  delivered without being sent %s: %s",
          sent.size(),
          lost.size(),
          lost,
          duplicated.size(),
          duplicated,
          neverSent.size(),
          neverSent);
    }
  }

  /** A null that the compiler and NullAway let through, for the null-rejection case. */
  @SuppressWarnings("NullAway")
  private static Notification nullNotification() {
    return null;
  }
}
