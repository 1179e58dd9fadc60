package dev.mentoring.testkit.assertions;

import static java.util.Objects.requireNonNull;

import dev.mentoring.core.notification.Notification;
import dev.mentoring.testkit.fake.RecordingNotifier;
import java.util.ArrayList;
import java.util.List;
import org.apiguardian.api.API;
import org.assertj.core.api.AbstractAssert;
import org.jspecify.annotations.Nullable;

/**
 * Assertions on what a {@link RecordingNotifier} received. Each assertion reads one snapshot of the
 * notifier; a failure lists what it had received.
 *
 * <pre>{@code
 * RecordingNotifier notifier = new RecordingNotifier();
 * Mentoring.builder().notifier(notifier).build().matching().propose(admin, programId);
 * assertThat(notifier).hasReceived(MatchProposed.class);
 * }</pre>
 *
 * <p>Obtain one from {@link MentoringAssertions#assertThat(RecordingNotifier)}. Like every AssertJ
 * assertion object, an instance is meant for one thread.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class RecordingNotifierAssert
    extends AbstractAssert<RecordingNotifierAssert, RecordingNotifier> {

  /**
   * Creates the assertion; prefer {@link MentoringAssertions#assertThat(RecordingNotifier)}.
   *
   * @param actual the notifier under test, may be null (every assertion then fails)
   */
  public RecordingNotifierAssert(@Nullable RecordingNotifier actual) {
    super(actual, RecordingNotifierAssert.class);
  }

  /**
   * Verifies that the notifier received at least one notification of a type.
   *
   * @param type the type, such as {@code MatchProposed.class}
   * @return this assertion
   * @throws NullPointerException if {@code type} is null
   */
  public RecordingNotifierAssert hasReceived(Class<? extends Notification> type) {
    requireNonNull(type, "type");
    isNotNull();
    List<Notification> received = actual.notifications();
    if (received.stream().noneMatch(type::isInstance)) {
      failWithMessage(
          "Expecting the notifier to have received a %s but it received %s",
          type.getSimpleName(), describe(received));
    }
    return this;
  }

  /**
   * Verifies that the notifier received exactly these notifications, in this order, and nothing
   * else.
   *
   * @param expected the expected notifications, in order
   * @return this assertion
   * @throws NullPointerException if {@code expected} or an element is null
   */
  public RecordingNotifierAssert hasReceivedExactly(Notification... expected) {
    List<Notification> wanted = List.of(expected);
    isNotNull();
    List<Notification> received = actual.notifications();
    if (!received.equals(wanted)) {
      failWithMessage(
          "Expecting the notifier to have received exactly%n  %s%nbut it received%n  %s",
          describe(wanted), describe(received));
    }
    return this;
  }

  /**
   * Verifies that the notifier received nothing.
   *
   * @return this assertion
   */
  public RecordingNotifierAssert hasReceivedNothing() {
    isNotNull();
    List<Notification> received = actual.notifications();
    if (!received.isEmpty()) {
      failWithMessage(
          "Expecting the notifier to have received nothing but it received %s", describe(received));
    }
    return this;
  }

  private static String describe(List<Notification> notifications) {
    if (notifications.isEmpty()) {
      return "nothing";
    }
    List<String> parts = new ArrayList<>(notifications.size());
    for (Notification n : notifications) {
      parts.add(n.toString());
    }
    return notifications.size() + " notifications: " + parts;
  }
}
