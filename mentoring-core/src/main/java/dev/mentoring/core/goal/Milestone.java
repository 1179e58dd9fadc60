package dev.mentoring.core.goal;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.time.LocalDate;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * A step towards a goal, with a due date. Value-based and immutable.
 *
 * @param title what the step is; empty only after the owner's data was erased
 * @param dueDate when the step is due
 * @param completedAt when the step was completed, or {@code null} while it is open
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record Milestone(String title, LocalDate dueDate, @Nullable Instant completedAt) {

  /**
   * Checks nulls.
   *
   * @param title what the step is; empty only after the owner's data was erased
   * @param dueDate when the step is due
   * @param completedAt when the step was completed, or {@code null} while it is open
   * @throws NullPointerException if {@code title} or {@code dueDate} is null
   */
  public Milestone {
    requireNonNull(title, "title");
    requireNonNull(dueDate, "dueDate");
  }

  /**
   * Returns an open milestone.
   *
   * @param title what the step is
   * @param dueDate when it is due
   * @return the milestone
   */
  public static Milestone open(String title, LocalDate dueDate) {
    return new Milestone(title, dueDate, null);
  }

  /**
   * Tells whether the milestone is completed.
   *
   * @return whether {@code completedAt} is set
   */
  public boolean isCompleted() {
    return completedAt != null;
  }

  /**
   * Returns this milestone completed at an instant.
   *
   * @param at when
   * @return the completed copy
   */
  public Milestone complete(Instant at) {
    return new Milestone(title, dueDate, requireNonNull(at, "at"));
  }

  /**
   * Returns this milestone open again.
   *
   * @return the open copy
   */
  public Milestone reopen() {
    return new Milestone(title, dueDate, null);
  }
}
