package dev.mentoring.core.event;

import static java.util.Objects.requireNonNull;

import dev.mentoring.core.meeting.MeetingId;
import dev.mentoring.core.pairing.PairId;
import dev.mentoring.core.program.ProgramId;
import java.time.Instant;
import org.apiguardian.api.API;

/**
 * A meeting that already took place was recorded, as HELD.
 *
 * @param meetingId the meeting
 * @param programId the program
 * @param pairId the pair
 * @param start when the meeting started
 * @param occurredAt when
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record MeetingLogged(
    MeetingId meetingId, ProgramId programId, PairId pairId, Instant start, Instant occurredAt)
    implements MentoringEvent {
  /**
   * Checks nulls.
   *
   * @param meetingId the meeting
   * @param programId the program
   * @param pairId the pair
   * @param start when the meeting started
   * @param occurredAt when
   * @throws NullPointerException if a non-nullable component is null
   */
  public MeetingLogged {
    requireNonNull(meetingId, "meetingId");
    requireNonNull(programId, "programId");
    requireNonNull(pairId, "pairId");
    requireNonNull(start, "start");
    requireNonNull(occurredAt, "occurredAt");
  }
}
