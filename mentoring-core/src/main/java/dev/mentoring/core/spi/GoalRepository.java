package dev.mentoring.core.spi;

import dev.mentoring.core.ConcurrentUpdateException;
import dev.mentoring.core.NotFoundException;
import dev.mentoring.core.ParticipantId;
import dev.mentoring.core.goal.Goal;
import dev.mentoring.core.goal.GoalId;
import dev.mentoring.core.pairing.PairId;
import dev.mentoring.core.program.ProgramId;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * Goals within one transaction. Reports read every goal of a program at once, so {@link
 * #findByProgram} should cost time in proportion to its result, not to the whole store (an index on
 * the program, as on the pair and the owner).
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public interface GoalRepository {

  /**
   * Finds a goal.
   *
   * @param id the id
   * @return the goal, or empty
   */
  Optional<Goal> find(GoalId id);

  /**
   * Returns a pair's goals, ordered by creation time, then id.
   *
   * @param pairId the pair
   * @return the goals
   */
  List<Goal> findByPair(PairId pairId);

  /**
   * Returns a program's goals, ordered by creation time, then id.
   *
   * @param programId the program
   * @return the goals
   */
  List<Goal> findByProgram(ProgramId programId);

  /**
   * Returns the goals a participant owns, in every program, ordered by creation time, then id.
   *
   * @param ownerId the owner
   * @return the goals
   */
  List<Goal> findByOwner(ParticipantId ownerId);

  /**
   * Stores a new goal.
   *
   * @param goal the goal, with version 0
   * @return the stored goal, with version 1
   * @throws IllegalArgumentException if the version is not 0
   * @throws ConcurrentUpdateException if a goal with the id exists
   */
  Goal insert(Goal goal);

  /**
   * Replaces a goal if its version matches the stored one. The program may not change.
   *
   * @param goal the changed goal, carrying the version it was read with
   * @return the stored goal, with the next version
   * @throws NotFoundException if no goal has the id
   * @throws ConcurrentUpdateException if the stored version differs
   * @throws IllegalArgumentException if the program differs from the stored goal's
   */
  Goal update(Goal goal);
}
