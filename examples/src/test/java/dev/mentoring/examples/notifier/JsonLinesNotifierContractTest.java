package dev.mentoring.examples.notifier;

import dev.mentoring.core.notification.Notification;
import dev.mentoring.core.notification.Notifier;
import dev.mentoring.testkit.contract.NotifierContract;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;

/**
 * Certifies the JSON-lines notifier with the testkit's kit: what it delivered is what a relay reads
 * back from its outbox.
 */
class JsonLinesNotifierContractTest extends NotifierContract {
  /** The outbox of the case's notifier: JUnit makes one instance, and one notifier, per case. */
  private final StringWriter outbox = new StringWriter();

  @Override
  protected Notifier createNotifier() {
    return new JsonLinesNotifier(outbox);
  }

  @Override
  protected List<Notification> delivered(Notifier notifier) {
    return JsonLinesNotifier.read(new StringReader(outbox.toString())).stream()
        .map(JsonLinesNotifier.Delivery::notification)
        .toList();
  }
}
