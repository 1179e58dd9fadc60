package dev.mentoring.core.feedback;

import static java.util.Objects.requireNonNull;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.List;
import org.apiguardian.api.API;

/**
 * What an administrator writes to create or revise a survey: the input of {@code surveys().create}
 * and {@code surveys().revise}. Build one with {@link #builder(String, SurveyCheckpoint)}.
 *
 * <p>Besides the constraints on the components the engine checks the rules that span them, and
 * reports every violation at once with paths such as {@code questions[2].options}: question keys
 * are unique; a choice question has 2 to 20 distinct options and other questions have none; a fit
 * question is a RATING, only in an {@link SurveyCheckpoint#EARLY_FIT_CHECK} survey, and at most one
 * per survey.
 *
 * @param title the survey's title, 1 to 200 characters
 * @param checkpoint when in a mentorship the survey asks
 * @param questions the questions, 1 to 50, in display order
 * @param anonymous whether administrators see aggregates only: if true, individual responses are
 *     never shown to them and free-text answers are counted, not shown
 * @param audience who the survey asks
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record SurveyDraft(
    @NotBlank @Size(max = 200) String title,
    SurveyCheckpoint checkpoint,
    @Size(min = 1, max = 50) List<@Valid SurveyQuestion> questions,
    boolean anonymous,
    SurveyAudience audience) {

  /**
   * Checks nulls and copies the questions.
   *
   * @param title the survey's title, 1 to 200 characters
   * @param checkpoint when in a mentorship the survey asks
   * @param questions the questions, 1 to 50, in display order
   * @param anonymous whether administrators see aggregates only: if true, individual responses are
   *     never shown to them and free-text answers are counted, not shown
   * @param audience who the survey asks
   * @throws NullPointerException if a component is null or {@code questions} holds null
   */
  public SurveyDraft {
    requireNonNull(title, "title");
    requireNonNull(checkpoint, "checkpoint");
    questions = List.copyOf(questions);
    requireNonNull(audience, "audience");
  }

  /**
   * Returns a builder for a survey that asks both mentors and mentees, is not anonymous and has no
   * questions yet.
   *
   * @param title the title
   * @param checkpoint when the survey asks
   * @return a new builder
   */
  public static Builder builder(String title, SurveyCheckpoint checkpoint) {
    return new Builder(title, checkpoint);
  }

  /**
   * Returns a builder initialised from this draft, to change some of it.
   *
   * @return a new builder
   */
  public Builder toBuilder() {
    Builder b = new Builder(title, checkpoint);
    b.questions.addAll(questions);
    b.anonymous = anonymous;
    b.audience = audience;
    return b;
  }

  /**
   * Builds a {@link SurveyDraft}. Not thread-safe.
   *
   * @since 0.1
   */
  public static final class Builder {
    private String title;
    private SurveyCheckpoint checkpoint;
    private final List<SurveyQuestion> questions = new ArrayList<>();
    private boolean anonymous;
    private SurveyAudience audience = SurveyAudience.BOTH;

    private Builder(String title, SurveyCheckpoint checkpoint) {
      this.title = requireNonNull(title, "title");
      this.checkpoint = requireNonNull(checkpoint, "checkpoint");
    }

    /**
     * Sets the title.
     *
     * @param value the title
     * @return this builder
     */
    public Builder title(String value) {
      this.title = requireNonNull(value, "title");
      return this;
    }

    /**
     * Sets the checkpoint.
     *
     * @param value the checkpoint
     * @return this builder
     */
    public Builder checkpoint(SurveyCheckpoint value) {
      this.checkpoint = requireNonNull(value, "checkpoint");
      return this;
    }

    /**
     * Appends questions.
     *
     * @param values the questions
     * @return this builder
     */
    public Builder question(SurveyQuestion... values) {
      for (SurveyQuestion q : values) {
        questions.add(requireNonNull(q, "question"));
      }
      return this;
    }

    /**
     * Replaces the questions.
     *
     * @param values the questions, in display order
     * @return this builder
     */
    public Builder questions(List<SurveyQuestion> values) {
      List<SurveyQuestion> copy = List.copyOf(values);
      questions.clear();
      questions.addAll(copy);
      return this;
    }

    /**
     * Sets whether the survey is anonymous.
     *
     * @param value true if administrators see aggregates only
     * @return this builder
     */
    public Builder anonymous(boolean value) {
      this.anonymous = value;
      return this;
    }

    /**
     * Sets who the survey asks.
     *
     * @param value the audience
     * @return this builder
     */
    public Builder audience(SurveyAudience value) {
      this.audience = requireNonNull(value, "audience");
      return this;
    }

    /**
     * Returns the draft. The builder may be reused.
     *
     * @return a new draft
     */
    public SurveyDraft build() {
      return new SurveyDraft(title, checkpoint, questions, anonymous, audience);
    }
  }
}
