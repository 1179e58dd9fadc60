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
 * A reminder to a goal's owner that an open milestone of the active goal is nearly due: within the
 * program's {@code goalDueWarning} of the start of its due day (UTC), or past. Sent once per
 * milestone (identified by its title, unique within the goal) and due date.
 *
 * @param recipient the goal's owner
 * @param programId the program
 * @param pairId the goal's pair
 * @param goalId the goal
 * @param milestoneTitle the milestone's title, which identifies it within the goal
 * @param dueDate when the milestone is due
 * @param at when it fell due
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record MilestoneDue(
    ParticipantId recipient,
    ProgramId programId,
    PairId pairId,
    GoalId goalId,
    String milestoneTitle,
    LocalDate dueDate,
    Instant at)
    implements Notification {
  /**
   * Checks nulls.
   *
   * @param recipient the goal's owner
   * @param programId the program
   * @param pairId the goal's pair
   * @param goalId the goal
   * @param milestoneTitle the milestone's title, which identifies it within the goal
   * @param dueDate when the milestone is due
   * @param at when it fell due
   * @throws NullPointerException if a component is null
   */
  public MilestoneDue {
    requireNonNull(recipient, "recipient");
    requireNonNull(programId, "programId");
    requireNonNull(pairId, "pairId");
    requireNonNull(goalId, "goalId");
    requireNonNull(milestoneTitle, "milestoneTitle");
    requireNonNull(dueDate, "dueDate");
    requireNonNull(at, "at");
  }
}
