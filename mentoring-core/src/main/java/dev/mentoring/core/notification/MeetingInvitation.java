package dev.mentoring.core.notification;

import static java.util.Objects.requireNonNull;

import dev.mentoring.core.ParticipantId;
import dev.mentoring.core.meeting.MeetingId;
import dev.mentoring.core.meeting.MeetingSeriesId;
import dev.mentoring.core.pairing.PairId;
import dev.mentoring.core.program.ProgramId;
import java.time.Instant;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * The other side of the recipient's pair scheduled a meeting with them. A series yields one
 * invitation per meeting, each naming the series.
 *
 * @param recipient who should be told
 * @param programId the program
 * @param pairId the pair
 * @param meetingId the meeting
 * @param seriesId the series, or {@code null} for a single meeting
 * @param start when the meeting starts
 * @param at when it fell due
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record MeetingInvitation(
    ParticipantId recipient,
    ProgramId programId,
    PairId pairId,
    MeetingId meetingId,
    @Nullable MeetingSeriesId seriesId,
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
   * @param seriesId the series, or {@code null} for a single meeting
   * @param start when the meeting starts
   * @param at when it fell due
   * @throws NullPointerException if a non-nullable component is null
   */
  public MeetingInvitation {
    requireNonNull(recipient, "recipient");
    requireNonNull(programId, "programId");
    requireNonNull(pairId, "pairId");
    requireNonNull(meetingId, "meetingId");
    requireNonNull(start, "start");
    requireNonNull(at, "at");
  }
}
