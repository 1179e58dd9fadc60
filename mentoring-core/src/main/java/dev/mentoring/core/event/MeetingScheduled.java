package dev.mentoring.core.event;

import static java.util.Objects.requireNonNull;

import dev.mentoring.core.meeting.MeetingId;
import dev.mentoring.core.meeting.MeetingSeriesId;
import dev.mentoring.core.pairing.PairId;
import dev.mentoring.core.program.ProgramId;
import java.time.Instant;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * A meeting was scheduled, alone or as part of a series.
 *
 * @param meetingId the meeting
 * @param programId the program
 * @param pairId the pair
 * @param seriesId the series, or {@code null} for a single meeting
 * @param start when the meeting starts
 * @param occurredAt when
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record MeetingScheduled(
    MeetingId meetingId,
    ProgramId programId,
    PairId pairId,
    @Nullable MeetingSeriesId seriesId,
    Instant start,
    Instant occurredAt)
    implements MentoringEvent {
  /**
   * Checks nulls.
   *
   * @param meetingId the meeting
   * @param programId the program
   * @param pairId the pair
   * @param seriesId the series, or {@code null} for a single meeting
   * @param start when the meeting starts
   * @param occurredAt when
   * @throws NullPointerException if a non-nullable component is null
   */
  public MeetingScheduled {
    requireNonNull(meetingId, "meetingId");
    requireNonNull(programId, "programId");
    requireNonNull(pairId, "pairId");
    requireNonNull(start, "start");
    requireNonNull(occurredAt, "occurredAt");
  }
}
