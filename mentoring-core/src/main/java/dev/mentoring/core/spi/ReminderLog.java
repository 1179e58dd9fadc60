package dev.mentoring.core.spi;

import dev.mentoring.core.ParticipantId;
import java.util.Collection;
import java.util.List;
import org.apiguardian.api.API;

/**
 * The reminders handed out so far, within one transaction. A reminder's key names what it is about
 * (see {@code dev.mentoring.core.ReminderService} for the scheme); once a key is recorded, the
 * engine never hands out that reminder again.
 *
 * <p>{@code reminders().due(at)} checks the candidate reminders of a program in bulk, with two
 * calls of {@link #findByKeys} (invitations and the like, then survey reminders), so a store should
 * look keys up in bulk (an index on the key) rather than one by one.
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
   * Returns the recorded reminders among some keys; keys never recorded are left out.
   *
   * @param keys the keys to look up, possibly empty or repeated
   * @return the reminders recorded under any of the keys, each once, in the order in which their
   *     keys first occur in {@code keys}
   */
  List<SentReminder> findByKeys(Collection<String> keys);

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
