package dev.mentoring.core.goal;

import static java.util.Objects.requireNonNull;

import dev.mentoring.core.ParticipantId;
import java.time.Instant;
import org.apiguardian.api.API;

/**
 * A note on how a goal is going, written by the mentor or the mentee. Value-based and immutable.
 *
 * @param at when it was written
 * @param author who wrote it
 * @param note what they wrote; empty only after the author's or the owner's data was erased
 * @param progress the goal's progress, 0 to 100, after the check-in
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record CheckIn(Instant at, ParticipantId author, String note, int progress) {

  /**
   * Checks the components.
   *
   * @param at when it was written
   * @param author who wrote it
   * @param note what they wrote; empty only after the author's or the owner's data was erased
   * @param progress the goal's progress, 0 to 100, after the check-in
   * @throws NullPointerException if a component is null
   * @throws IllegalArgumentException if {@code progress} is outside 0 to 100
   */
  public CheckIn {
    requireNonNull(at, "at");
    requireNonNull(author, "author");
    requireNonNull(note, "note");
    Goal.checkProgress(progress);
  }
}
