package dev.mentoring.core.event;

import static java.util.Objects.requireNonNull;

import dev.mentoring.core.goal.GoalId;
import dev.mentoring.core.pairing.PairId;
import dev.mentoring.core.program.ProgramId;
import java.time.Instant;
import org.apiguardian.api.API;

/**
 * A goal changed without changing state: revised, shared, checked in on, or its milestones or
 * progress changed.
 *
 * @param goalId the goal
 * @param programId the program
 * @param pairId the pair
 * @param progress the goal's progress after the change, 0 to 100
 * @param occurredAt when
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record GoalUpdated(
    GoalId goalId, ProgramId programId, PairId pairId, int progress, Instant occurredAt)
    implements MentoringEvent {
  /**
   * Checks nulls.
   *
   * @param goalId the goal
   * @param programId the program
   * @param pairId the pair
   * @param progress the goal's progress after the change, 0 to 100
   * @param occurredAt when
   * @throws NullPointerException if a non-nullable component is null
   */
  public GoalUpdated {
    requireNonNull(goalId, "goalId");
    requireNonNull(programId, "programId");
    requireNonNull(pairId, "pairId");
    requireNonNull(occurredAt, "occurredAt");
  }
}
