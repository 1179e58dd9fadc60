package dev.mentoring.core.notification;

import static java.util.Objects.requireNonNull;

import dev.mentoring.core.ParticipantId;
import dev.mentoring.core.meeting.MeetingId;
import dev.mentoring.core.pairing.PairId;
import dev.mentoring.core.program.ProgramId;
import java.time.Instant;
import org.apiguardian.api.API;

/**
 * A reminder that a scheduled meeting of the recipient's pair starts soon, within the program's
 * {@code meetingReminderBefore}. Sent to both sides, once per meeting and start: a meeting moved to
 * another start is reminded again.
 *
 * @param recipient who should be told: the pair's mentor or mentee
 * @param programId the program
 * @param pairId the pair
 * @param meetingId the meeting
 * @param start when the meeting starts
 * @param at when it fell due
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record MeetingReminder(
    ParticipantId recipient,
    ProgramId programId,
    PairId pairId,
    MeetingId meetingId,
    Instant start,
    Instant at)
    implements Notification {
  /**
   * Checks nulls.
   *
   * @param recipient who should be told: the pair's mentor or mentee
   * @param programId the program
   * @param pairId the pair
   * @param meetingId the meeting
   * @param start when the meeting starts
   * @param at when it fell due
   * @throws NullPointerException if a component is null
   */
  public MeetingReminder {
    requireNonNull(recipient, "recipient");
    requireNonNull(programId, "programId");
    requireNonNull(pairId, "pairId");
    requireNonNull(meetingId, "meetingId");
    requireNonNull(start, "start");
    requireNonNull(at, "at");
  }
}
