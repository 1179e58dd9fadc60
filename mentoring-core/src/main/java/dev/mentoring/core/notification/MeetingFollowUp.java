package dev.mentoring.core.notification;

import static java.util.Objects.requireNonNull;

import dev.mentoring.core.ParticipantId;
import dev.mentoring.core.meeting.MeetingId;
import dev.mentoring.core.pairing.PairId;
import dev.mentoring.core.program.ProgramId;
import java.time.Instant;
import org.apiguardian.api.API;

/**
 * A request to record what became of a meeting: it ended the program's {@code logFollowUpAfter} ago
 * and is still SCHEDULED, so the recipient is asked to mark it held or missed (no-show). Sent to
 * both sides, once per meeting and start.
 *
 * @param recipient who should be told: the pair's mentor or mentee
 * @param programId the program
 * @param pairId the pair
 * @param meetingId the meeting
 * @param start when the meeting was to start
 * @param end when the meeting was to end
 * @param at when it fell due
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record MeetingFollowUp(
    ParticipantId recipient,
    ProgramId programId,
    PairId pairId,
    MeetingId meetingId,
    Instant start,
    Instant end,
    Instant at)
    implements Notification {
  /**
   * Checks nulls.
   *
   * @param recipient who should be told: the pair's mentor or mentee
   * @param programId the program
   * @param pairId the pair
   * @param meetingId the meeting
   * @param start when the meeting was to start
   * @param end when the meeting was to end
   * @param at when it fell due
   * @throws NullPointerException if a component is null
   */
  public MeetingFollowUp {
    requireNonNull(recipient, "recipient");
    requireNonNull(programId, "programId");
    requireNonNull(pairId, "pairId");
    requireNonNull(meetingId, "meetingId");
    requireNonNull(start, "start");
    requireNonNull(end, "end");
    requireNonNull(at, "at");
  }
}
