package dev.mentoring.core.spi;

import dev.mentoring.core.ParticipantId;
import java.util.List;
import org.apiguardian.api.API;

/**
 * The reminders handed out so far, within one transaction.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public interface ReminderLog {

  /**
   * Tells whether a reminder was handed out.
   *
   * @param key the reminder's identity
   * @return whether it is recorded
   */
  boolean contains(String key);

  /**
   * Records a reminder; recording an existing key changes nothing.
   *
   * @param reminder the reminder
   */
  void record(SentReminder reminder);

  /**
   * Returns the reminders handed out to a participant, ordered by time, then key.
   *
   * @param recipient the participant
   * @return the reminders
   */
  List<SentReminder> findByRecipient(ParticipantId recipient);

  /**
   * Removes every reminder handed out to a participant; used when erasing personal data.
   *
   * @param recipient the participant
   * @return how many were removed
   */
  int deleteByRecipient(ParticipantId recipient);
}
