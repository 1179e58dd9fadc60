package dev.mentoring.core.event;

import static java.util.Objects.requireNonNull;

import dev.mentoring.core.meeting.MeetingId;
import dev.mentoring.core.pairing.PairId;
import dev.mentoring.core.program.ProgramId;
import java.time.Instant;
import org.apiguardian.api.API;

/**
 * The shared notes of a meeting changed. Private notes publish no event.
 *
 * @param meetingId the meeting
 * @param programId the program
 * @param pairId the pair
 * @param occurredAt when
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record MeetingNotesUpdated(
    MeetingId meetingId, ProgramId programId, PairId pairId, Instant occurredAt)
    implements MentoringEvent {
  /**
   * Checks nulls.
   *
   * @param meetingId the meeting
   * @param programId the program
   * @param pairId the pair
   * @param occurredAt when
   * @throws NullPointerException if a non-nullable component is null
   */
  public MeetingNotesUpdated {
    requireNonNull(meetingId, "meetingId");
    requireNonNull(programId, "programId");
    requireNonNull(pairId, "pairId");
    requireNonNull(occurredAt, "occurredAt");
  }
}
