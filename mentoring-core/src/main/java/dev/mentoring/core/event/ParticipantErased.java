package dev.mentoring.core.event;

import static java.util.Objects.requireNonNull;

import dev.mentoring.core.ParticipantId;
import java.time.Instant;
import org.apiguardian.api.API;

/**
 * A participant's personal data was erased; the pseudonym now stands for them in retained records.
 *
 * @param participantId the erased person's former key
 * @param pseudonym the key that replaced it
 * @param occurredAt when
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public record ParticipantErased(
    ParticipantId participantId, ParticipantId pseudonym, Instant occurredAt)
    implements MentoringEvent {
  /**
   * Checks nulls.
   *
   * @param participantId the erased person's former key
   * @param pseudonym the key that replaced it
   * @param occurredAt when
   * @throws NullPointerException if a component is null
   */
  public ParticipantErased {
    requireNonNull(participantId, "participantId");
    requireNonNull(pseudonym, "pseudonym");
    requireNonNull(occurredAt, "occurredAt");
  }
}
