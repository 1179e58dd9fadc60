package dev.mentoring.core.spi;

import static java.util.Objects.requireNonNull;

import dev.mentoring.core.ParticipantId;
import java.time.Instant;
import org.apiguardian.api.API;

/**
 * A record that a reminder was handed out, so it is never handed out again.
 *
 * @param key the reminder's identity, such as {@code proposal-awaiting:<pair>:<recipient>}
 * @param recipient who it was for
 * @param sentAt when it was handed out
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record SentReminder(String key, ParticipantId recipient, Instant sentAt) {

  /**
   * Checks nulls.
   *
   * @param key the reminder's identity, such as {@code proposal-awaiting:<pair>:<recipient>}
   * @param recipient who it was for
   * @param sentAt when it was handed out
   * @throws NullPointerException if a component is null
   */
  public SentReminder {
    requireNonNull(key, "key");
    requireNonNull(recipient, "recipient");
    requireNonNull(sentAt, "sentAt");
  }
}
