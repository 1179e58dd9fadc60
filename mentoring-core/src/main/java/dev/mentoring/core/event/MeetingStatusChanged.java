package dev.mentoring.core.event;

import static java.util.Objects.requireNonNull;

import dev.mentoring.core.meeting.MeetingId;
import dev.mentoring.core.meeting.MeetingStatus;
import dev.mentoring.core.pairing.PairId;
import dev.mentoring.core.program.ProgramId;
import java.time.Instant;
import org.apiguardian.api.API;

/**
 * A meeting moved in its lifecycle: held, missed or cancelled.
 *
 * @param meetingId the meeting
 * @param programId the program
 * @param pairId the pair
 * @param from the previous state
 * @param to the new state
 * @param occurredAt when
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record MeetingStatusChanged(
    MeetingId meetingId,
    ProgramId programId,
    PairId pairId,
    MeetingStatus from,
    MeetingStatus to,
    Instant occurredAt)
    implements MentoringEvent {
  /**
   * Checks nulls.
   *
   * @param meetingId the meeting
   * @param programId the program
   * @param pairId the pair
   * @param from the previous state
   * @param to the new state
   * @param occurredAt when
   * @throws NullPointerException if a non-nullable component is null
   */
  public MeetingStatusChanged {
    requireNonNull(meetingId, "meetingId");
    requireNonNull(programId, "programId");
    requireNonNull(pairId, "pairId");
    requireNonNull(from, "from");
    requireNonNull(to, "to");
    requireNonNull(occurredAt, "occurredAt");
  }
}
