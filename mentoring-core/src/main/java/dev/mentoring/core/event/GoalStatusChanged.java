package dev.mentoring.core.event;

import static java.util.Objects.requireNonNull;

import dev.mentoring.core.goal.GoalId;
import dev.mentoring.core.goal.GoalStatus;
import dev.mentoring.core.pairing.PairId;
import dev.mentoring.core.program.ProgramId;
import java.time.Instant;
import org.apiguardian.api.API;

/**
 * A goal moved in its lifecycle.
 *
 * @param goalId the goal
 * @param programId the program
 * @param pairId the pair
 * @param from the previous state
 * @param to the new state
 * @param occurredAt when
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record GoalStatusChanged(
    GoalId goalId,
    ProgramId programId,
    PairId pairId,
    GoalStatus from,
    GoalStatus to,
    Instant occurredAt)
    implements MentoringEvent {
  /**
   * Checks nulls.
   *
   * @param goalId the goal
   * @param programId the program
   * @param pairId the pair
   * @param from the previous state
   * @param to the new state
   * @param occurredAt when
   * @throws NullPointerException if a non-nullable component is null
   */
  public GoalStatusChanged {
    requireNonNull(goalId, "goalId");
    requireNonNull(programId, "programId");
    requireNonNull(pairId, "pairId");
    requireNonNull(from, "from");
    requireNonNull(to, "to");
    requireNonNull(occurredAt, "occurredAt");
  }
}
