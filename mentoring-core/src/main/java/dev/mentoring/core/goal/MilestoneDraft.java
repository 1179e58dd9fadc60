package dev.mentoring.core.goal;

import static java.util.Objects.requireNonNull;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.apiguardian.api.API;

/**
 * A milestone as written in a {@link GoalDraft}.
 *
 * <p>Besides the constraints on the components the engine checks that the due date is not before
 * today (in UTC, by the engine's clock; a date a revision leaves unchanged is exempt), not after
 * the goal's target date, and that no two milestones of a goal share a title.
 *
 * @param title what the step is, 1 to 200 characters
 * @param dueDate when the step is due
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record MilestoneDraft(@NotBlank @Size(max = 200) String title, LocalDate dueDate) {

  /**
   * Checks nulls.
   *
   * @param title what the step is, 1 to 200 characters
   * @param dueDate when the step is due
   * @throws NullPointerException if a component is null
   */
  public MilestoneDraft {
    requireNonNull(title, "title");
    requireNonNull(dueDate, "dueDate");
  }
}
