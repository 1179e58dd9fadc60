package dev.mentoring.core.spi;

import dev.mentoring.core.ConcurrentUpdateException;
import dev.mentoring.core.NotFoundException;
import dev.mentoring.core.meeting.Meeting;
import dev.mentoring.core.meeting.MeetingId;
import dev.mentoring.core.meeting.MeetingSeriesId;
import dev.mentoring.core.pairing.PairId;
import dev.mentoring.core.program.ProgramId;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * Meetings within one transaction. Reports read every meeting of a program at once (hundreds of
 * thousands in a large program), so {@link #findByProgram} should cost time in proportion to its
 * result, not to the whole store (an index on the program, as on the pair and the series).
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public interface MeetingRepository {

  /**
   * Finds a meeting.
   *
   * @param id the id
   * @return the meeting, or empty
   */
  Optional<Meeting> find(MeetingId id);

  /**
   * Returns a pair's meetings, ordered by start, then id.
   *
   * @param pairId the pair
   * @return the meetings
   */
  List<Meeting> findByPair(PairId pairId);

  /**
   * Returns a program's meetings, ordered by start, then id.
   *
   * @param programId the program
   * @return the meetings
   */
  List<Meeting> findByProgram(ProgramId programId);

  /**
   * Returns the meetings of a series, ordered by start, then id.
   *
   * @param seriesId the series
   * @return the meetings
   */
  List<Meeting> findBySeries(MeetingSeriesId seriesId);

  /**
   * Stores a new meeting.
   *
   * @param meeting the meeting, with version 0
   * @return the stored meeting, with version 1
   * @throws IllegalArgumentException if the version is not 0
   * @throws ConcurrentUpdateException if a meeting with the id exists
   */
  Meeting insert(Meeting meeting);

  /**
   * Replaces a meeting if its version matches the stored one. The program may not change.
   *
   * @param meeting the changed meeting, carrying the version it was read with
   * @return the stored meeting, with the next version
   * @throws NotFoundException if no meeting has the id
   * @throws ConcurrentUpdateException if the stored version differs
   * @throws IllegalArgumentException if the program differs from the stored meeting's
   */
  Meeting update(Meeting meeting);
}
