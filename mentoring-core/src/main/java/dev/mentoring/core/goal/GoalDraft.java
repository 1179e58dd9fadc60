package dev.mentoring.core.goal;

import static java.util.Objects.requireNonNull;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apiguardian.api.API;

/**
 * What a pair writes down about a goal, following SMART: a specific title, a measure of success, a
 * target date, and optional milestones. The input of {@code goals().create} and {@code
 * goals().revise}. Build one with {@link #builder(String, String, LocalDate)}.
 *
 * <p>Besides the constraints on the components the engine checks, and reports together:
 *
 * <ul>
 *   <li>{@code targetDate} and each milestone's due date are not before today, in UTC by the
 *       engine's clock (when revising, a date that stays as it was is exempt);
 *   <li>no milestone is due after {@code targetDate}, and no two milestones share a title;
 *   <li>{@link ProgressMode#MILESTONES} comes with at least one milestone.
 * </ul>
 *
 * <p>Only the goal's owner (the pair's mentee) may choose a visibility other than the goal's
 * current one (PAIR for a new goal).
 *
 * @param title what the goal is, specific, 1 to 200 characters
 * @param measure how success is measured, 1 to 1,000 characters
 * @param description more detail, up to 4,000 characters
 * @param targetDate when the goal should be reached
 * @param milestones the steps towards it, at most 50
 * @param progressMode how progress is set
 * @param visibility who besides the pair may read the goal
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record GoalDraft(
    @NotBlank @Size(max = 200) String title,
    @NotBlank @Size(max = 1_000) String measure,
    @Size(max = 4_000) String description,
    LocalDate targetDate,
    @Size(max = 50) List<@Valid MilestoneDraft> milestones,
    ProgressMode progressMode,
    GoalVisibility visibility) {

  /**
   * Checks nulls and copies the milestones.
   *
   * @param title what the goal is, specific, 1 to 200 characters
   * @param measure how success is measured, 1 to 1,000 characters
   * @param description more detail, up to 4,000 characters
   * @param targetDate when the goal should be reached
   * @param milestones the steps towards it, at most 50
   * @param progressMode how progress is set
   * @param visibility who besides the pair may read the goal
   * @throws NullPointerException if a component or a milestone is null
   */
  public GoalDraft {
    requireNonNull(title, "title");
    requireNonNull(measure, "measure");
    requireNonNull(description, "description");
    requireNonNull(targetDate, "targetDate");
    milestones = List.copyOf(milestones);
    requireNonNull(progressMode, "progressMode");
    requireNonNull(visibility, "visibility");
  }

  /**
   * Returns a builder with the defaults: no description, no milestones, {@link ProgressMode#MANUAL}
   * and {@link GoalVisibility#PAIR}.
   *
   * @param title what the goal is
   * @param measure how success is measured
   * @param targetDate when the goal should be reached
   * @return a new builder
   */
  public static Builder builder(String title, String measure, LocalDate targetDate) {
    return new Builder(title, measure, targetDate);
  }

  /**
   * Returns the draft a goal was written from, with its current milestones, to revise some fields.
   *
   * @param goal the goal
   * @return a new builder holding the goal's fields
   */
  public static Builder from(Goal goal) {
    Builder b = new Builder(goal.title(), goal.measure(), goal.targetDate());
    b.description = goal.description();
    for (Milestone m : goal.milestones()) {
      b.milestone(m.title(), m.dueDate());
    }
    b.progressMode = goal.progressMode();
    b.visibility = goal.visibility();
    return b;
  }

  /**
   * Builds a {@link GoalDraft}. Not thread-safe; each setter replaces the previous value.
   *
   * @since 0.1
   */
  public static final class Builder {
    private String title;
    private String measure;
    private LocalDate targetDate;
    private String description = "";
    private final List<MilestoneDraft> milestones = new ArrayList<>();
    private ProgressMode progressMode = ProgressMode.MANUAL;
    private GoalVisibility visibility = GoalVisibility.PAIR;

    private Builder(String title, String measure, LocalDate targetDate) {
      this.title = requireNonNull(title, "title");
      this.measure = requireNonNull(measure, "measure");
      this.targetDate = requireNonNull(targetDate, "targetDate");
    }

    /**
     * Sets the title.
     *
     * @param value what the goal is
     * @return this builder
     */
    public Builder title(String value) {
      this.title = requireNonNull(value, "title");
      return this;
    }

    /**
     * Sets the measure.
     *
     * @param value how success is measured
     * @return this builder
     */
    public Builder measure(String value) {
      this.measure = requireNonNull(value, "measure");
      return this;
    }

    /**
     * Sets the target date.
     *
     * @param value when the goal should be reached
     * @return this builder
     */
    public Builder targetDate(LocalDate value) {
      this.targetDate = requireNonNull(value, "targetDate");
      return this;
    }

    /**
     * Sets the description.
     *
     * @param value more detail
     * @return this builder
     */
    public Builder description(String value) {
      this.description = requireNonNull(value, "description");
      return this;
    }

    /**
     * Adds a milestone after those added so far.
     *
     * @param milestoneTitle what the step is
     * @param dueDate when it is due
     * @return this builder
     */
    public Builder milestone(String milestoneTitle, LocalDate dueDate) {
      milestones.add(new MilestoneDraft(milestoneTitle, dueDate));
      return this;
    }

    /**
     * Removes every milestone added so far.
     *
     * @return this builder
     */
    public Builder clearMilestones() {
      milestones.clear();
      return this;
    }

    /**
     * Sets how progress is set.
     *
     * @param value the mode
     * @return this builder
     */
    public Builder progressMode(ProgressMode value) {
      this.progressMode = requireNonNull(value, "progressMode");
      return this;
    }

    /**
     * Sets who besides the pair may read the goal.
     *
     * @param value the visibility
     * @return this builder
     */
    public Builder visibility(GoalVisibility value) {
      this.visibility = requireNonNull(value, "visibility");
      return this;
    }

    /**
     * Returns the draft. The builder may be reused.
     *
     * @return a new draft
     */
    public GoalDraft build() {
      return new GoalDraft(
          title, measure, description, targetDate, milestones, progressMode, visibility);
    }
  }
}
