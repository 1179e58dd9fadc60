package dev.mentoring.core.event;

import static java.util.Objects.requireNonNull;

import dev.mentoring.core.ParticipantId;
import dev.mentoring.core.meeting.MeetingId;
import dev.mentoring.core.pairing.PairId;
import dev.mentoring.core.program.ProgramId;
import java.time.Instant;
import org.apiguardian.api.API;

/**
 * A side rated a held meeting, or changed its rating.
 *
 * @param meetingId the meeting
 * @param programId the program
 * @param pairId the pair
 * @param raterId who rated
 * @param rating the rating, 1 to 5
 * @param occurredAt when
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record MeetingRated(
    MeetingId meetingId,
    ProgramId programId,
    PairId pairId,
    ParticipantId raterId,
    int rating,
    Instant occurredAt)
    implements MentoringEvent {
  /**
   * Checks nulls.
   *
   * @param meetingId the meeting
   * @param programId the program
   * @param pairId the pair
   * @param raterId who rated
   * @param rating the rating, 1 to 5
   * @param occurredAt when
   * @throws NullPointerException if a non-nullable component is null
   */
  public MeetingRated {
    requireNonNull(meetingId, "meetingId");
    requireNonNull(programId, "programId");
    requireNonNull(pairId, "pairId");
    requireNonNull(raterId, "raterId");
    requireNonNull(occurredAt, "occurredAt");
  }
}
