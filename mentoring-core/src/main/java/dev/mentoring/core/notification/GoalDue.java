package dev.mentoring.core.notification;

import static java.util.Objects.requireNonNull;

import dev.mentoring.core.ParticipantId;
import dev.mentoring.core.goal.GoalId;
import dev.mentoring.core.pairing.PairId;
import dev.mentoring.core.program.ProgramId;
import java.time.Instant;
import java.time.LocalDate;
import org.apiguardian.api.API;

/**
 * A reminder to a goal's owner that the active goal's target date is near: within the program's
 * {@code goalDueWarning} of the start of that day (UTC), or past. Sent once per goal and target
 * date: a goal moved to another target date is reminded again.
 *
 * @param recipient the goal's owner
 * @param programId the program
 * @param pairId the goal's pair
 * @param goalId the goal
 * @param targetDate when the goal should be reached
 * @param at when it fell due
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record GoalDue(
    ParticipantId recipient,
    ProgramId programId,
    PairId pairId,
    GoalId goalId,
    LocalDate targetDate,
    Instant at)
    implements Notification {
  /**
   * Checks nulls.
   *
   * @param recipient the goal's owner
   * @param programId the program
   * @param pairId the goal's pair
   * @param goalId the goal
   * @param targetDate when the goal should be reached
   * @param at when it fell due
   * @throws NullPointerException if a component is null
   */
  public GoalDue {
    requireNonNull(recipient, "recipient");
    requireNonNull(programId, "programId");
    requireNonNull(pairId, "pairId");
    requireNonNull(goalId, "goalId");
    requireNonNull(targetDate, "targetDate");
    requireNonNull(at, "at");
  }
}
