package dev.mentoring.core.notification;

import static java.util.Objects.requireNonNull;

import dev.mentoring.core.ParticipantId;
import dev.mentoring.core.meeting.MeetingId;
import dev.mentoring.core.pairing.PairId;
import dev.mentoring.core.program.ProgramId;
import java.time.Instant;
import org.apiguardian.api.API;

/**
 * The other side of the recipient's pair cancelled a scheduled meeting.
 *
 * @param recipient who should be told
 * @param programId the program
 * @param pairId the pair
 * @param meetingId the meeting
 * @param start when the meeting would have started
 * @param at when it fell due
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record MeetingCancelled(
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
   * @param recipient who should be told
   * @param programId the program
   * @param pairId the pair
   * @param meetingId the meeting
   * @param start when the meeting would have started
   * @param at when it fell due
   * @throws NullPointerException if a non-nullable component is null
   */
  public MeetingCancelled {
    requireNonNull(recipient, "recipient");
    requireNonNull(programId, "programId");
    requireNonNull(pairId, "pairId");
    requireNonNull(meetingId, "meetingId");
    requireNonNull(start, "start");
    requireNonNull(at, "at");
  }
}
