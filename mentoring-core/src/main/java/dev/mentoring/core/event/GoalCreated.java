package dev.mentoring.core.event;

import static java.util.Objects.requireNonNull;

import dev.mentoring.core.ParticipantId;
import dev.mentoring.core.goal.GoalId;
import dev.mentoring.core.pairing.PairId;
import dev.mentoring.core.program.ProgramId;
import java.time.Instant;
import org.apiguardian.api.API;

/**
 * A goal was written down, as a DRAFT.
 *
 * @param goalId the goal
 * @param programId the program
 * @param pairId the pair
 * @param ownerId the goal's owner, the pair's mentee
 * @param occurredAt when
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record GoalCreated(
    GoalId goalId, ProgramId programId, PairId pairId, ParticipantId ownerId, Instant occurredAt)
    implements MentoringEvent {
  /**
   * Checks nulls.
   *
   * @param goalId the goal
   * @param programId the program
   * @param pairId the pair
   * @param ownerId the goal's owner, the pair's mentee
   * @param occurredAt when
   * @throws NullPointerException if a non-nullable component is null
   */
  public GoalCreated {
    requireNonNull(goalId, "goalId");
    requireNonNull(programId, "programId");
    requireNonNull(pairId, "pairId");
    requireNonNull(ownerId, "ownerId");
    requireNonNull(occurredAt, "occurredAt");
  }
}
