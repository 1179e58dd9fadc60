package dev.mentoring.testkit.fake;

import dev.mentoring.core.notification.Notification;
import dev.mentoring.core.notification.Notifier;
import dev.mentoring.testkit.contract.NotifierContract;
import java.util.List;

/**
 * Certifies {@link RecordingNotifier} with the notifier kit, from outside the kit's package as a
 * host would.
 */
class RecordingNotifierContractTest extends NotifierContract {

  @Override
  protected Notifier createNotifier() {
    return new RecordingNotifier();
  }

  @Override
  protected List<Notification> delivered(Notifier notifier) {
    return ((RecordingNotifier) notifier).notifications();
  }
}
