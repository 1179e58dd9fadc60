package dev.mentoring.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import dev.mentoring.core.notification.Notification;
import dev.mentoring.core.notification.Notifier;
import dev.mentoring.core.notification.ProposalExpiring;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Event;
import org.junit.platform.testkit.engine.Events;

/**
 * Proves that {@link NotifierContract} can fail: it runs the kit, through the JUnit Platform test
 * kit, against deliberately broken notifiers and checks that exactly the cases for the broken rule
 * fail, with a message that says what went wrong. The {@code Broken*Kit} classes are nested, so
 * surefire never runs them on its own.
 */
class NotifierContractFailureTest {

  /** A recording notifier whose delivery the broken variants override. */
  private static class ListNotifier implements Notifier {
    private final List<Notification> delivered = new ArrayList<>();

    @Override
    public void send(Notification notification) {
      deliver(java.util.Objects.requireNonNull(notification, "notification"));
    }

    synchronized void deliver(Notification notification) {
      delivered.add(notification);
    }

    synchronized List<Notification> delivered() {
      return List.copyOf(delivered);
    }
  }

  /** Delivers the first notification sent from a second thread twice. */
  private static final class DuplicatingNotifier extends ListNotifier {
    private Thread first;
    private boolean duplicated;

    @Override
    synchronized void deliver(Notification notification) {
      super.deliver(notification);
      if (first == null) {
        first = Thread.currentThread();
      } else if (first != Thread.currentThread() && !duplicated) {
        duplicated = true;
        super.deliver(notification);
      }
    }
  }

  /** Silently drops one kind of notification, as a switch over the types missing a case would. */
  private static final class TypeLosingNotifier extends ListNotifier {
    @Override
    synchronized void deliver(Notification notification) {
      if (!(notification instanceof ProposalExpiring)) {
        super.deliver(notification);
      }
    }
  }

  /** Accepts null, so a caller's bug surfaces later. */
  private static final class NullAcceptingNotifier extends ListNotifier {
    @Override
    public void send(Notification notification) {
      if (notification != null) {
        deliver(notification);
      }
    }
  }

  private abstract static class ListNotifierKit extends NotifierContract {
    @Override
    protected List<Notification> delivered(Notifier notifier) {
      return ((ListNotifier) notifier).delivered();
    }
  }

  static class BrokenDuplicatingNotifierKit extends ListNotifierKit {
    @Override
    protected Notifier createNotifier() {
      return new DuplicatingNotifier();
    }
  }

  static class BrokenTypeLosingNotifierKit extends ListNotifierKit {
    @Override
    protected Notifier createNotifier() {
      return new TypeLosingNotifier();
    }
  }

  static class BrokenNullAcceptingNotifierKit extends ListNotifierKit {
    @Override
    protected Notifier createNotifier() {
      return new NullAcceptingNotifier();
    }
  }

  private static Events run(Class<?> kit) {
    return EngineTestKit.engine("junit-jupiter").selectors(selectClass(kit)).execute().testEvents();
  }

  private static String name(Event event) {
    TestDescriptor test = event.getTestDescriptor();
    String group = test.getParent().map(TestDescriptor::getDisplayName).orElse("?");
    return group + " > " + test.getDisplayName();
  }

  private static List<String> names(Events events) {
    return events.stream().map(NotifierContractFailureTest::name).sorted().toList();
  }

  private static String message(Events events, String name) {
    return events.failed().stream()
        .filter(e -> name(e).equals(name))
        .map(
            e -> e.getPayload(TestExecutionResult.class).flatMap(TestExecutionResult::getThrowable))
        .flatMap(Optional::stream)
        .map(Throwable::getMessage)
        .findFirst()
        .orElseThrow();
  }

  private static final String CONCURRENT =
      "sending from many threads at once > every notification is delivered exactly once: none"
          + " lost, none duplicated";
  private static final String EVERY_KIND =
      "sending from one thread > every kind of notification is accepted and delivered";
  private static final String IN_ORDER =
      "sending from one thread > each notification is delivered exactly once, in the order sent";
  private static final String NULL =
      "sending from one thread > a null notification is rejected with NullPointerException and"
          + " nothing is delivered";

  @Test
  void duplicatingNotifier_failsOnlyTheConcurrentCase() {
    Events events = run(BrokenDuplicatingNotifierKit.class);

    assertThat(names(events.failed())).containsExactly(CONCURRENT);
    assertThat(events.succeeded().count()).isEqualTo(3);
    assertThat(message(events, CONCURRENT))
        .contains("lost 0: []")
        .contains("duplicated 1: [2 times: ")
        .contains("delivered without being sent 0");
  }

  @Test
  void typeLosingNotifier_failsEveryCaseThatSendsTheLostType() {
    Events events = run(BrokenTypeLosingNotifierKit.class);

    assertThat(names(events.failed())).containsExactly(CONCURRENT, IN_ORDER, EVERY_KIND);
    assertThat(events.succeeded().count()).isEqualTo(1);
    assertThat(message(events, EVERY_KIND)).contains("ProposalExpiring[");
    assertThat(message(events, IN_ORDER)).contains("lost 7: [ProposalExpiring[");
    assertThat(message(events, CONCURRENT)).contains("lost 89: [ProposalExpiring[");
  }

  @Test
  void nullAcceptingNotifier_failsTheNullCase() {
    Events events = run(BrokenNullAcceptingNotifierKit.class);

    assertThat(names(events.failed())).containsExactly(NULL);
    assertThat(events.succeeded().count()).isEqualTo(3);
    assertThat(message(events, NULL))
        .isEqualTo("send(null) returned normally; expected NullPointerException");
  }
}
