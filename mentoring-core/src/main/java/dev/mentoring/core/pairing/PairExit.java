package dev.mentoring.core.pairing;

import static java.util.Objects.requireNonNull;

import dev.mentoring.core.ParticipantId;
import java.time.Instant;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * How and why a pair stopped without completing.
 *
 * @param reason why
 * @param at when
 * @param initiatedBy the person who stopped it (the mentor, the mentee or an administrator), or
 *     {@code null} when the system actor or the engine did
 * @param note a private note, visible to {@code initiatedBy} only, or {@code null}
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public record PairExit(
    ExitReason reason, Instant at, @Nullable ParticipantId initiatedBy, @Nullable String note) {

  /**
   * Checks nulls.
   *
   * @param reason why
   * @param at when
   * @param initiatedBy the person who stopped it, or {@code null} for an administrator acting as
   *     the system or for the engine
   * @param note a private note, visible to {@code initiatedBy} only, or {@code null}
   * @throws NullPointerException if {@code reason} or {@code at} is null
   */
  public PairExit {
    requireNonNull(reason, "reason");
    requireNonNull(at, "at");
  }

  /**
   * Returns an exit set by the engine.
   *
   * @param reason why
   * @param at when
   * @return the exit, without initiator or note
   */
  public static PairExit automatic(ExitReason reason, Instant at) {
    return new PairExit(reason, at, null, null);
  }

  /**
   * Returns this exit without its note.
   *
   * @return the copy
   */
  public PairExit withoutNote() {
    return note == null ? this : new PairExit(reason, at, initiatedBy, null);
  }
}
