package dev.mentoring.core.feedback;

import dev.mentoring.core.enrollment.Answer;
import org.apiguardian.api.API;

/**
 * The kind of answer a survey question takes, and so which {@link Answer} fits it.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum SurveyQuestionType {
  /** A rating from 1 (poor) to 5 (excellent); answered with a {@link Answer.NumberAnswer}. */
  RATING(1, 5),
  /**
   * How likely the respondent is to recommend the program, 0 to 10, as in the Net Promoter Score;
   * answered with a {@link Answer.NumberAnswer}.
   */
  NPS(0, 10),
  /**
   * Exactly one of the question's options; answered with a one-element {@link Answer.ChoiceAnswer}.
   */
  SINGLE_CHOICE(0, 0),
  /** One or more distinct options; answered with a {@link Answer.ChoiceAnswer}. */
  MULTIPLE_CHOICE(0, 0),
  /** Free text up to 4,000 characters, not blank; answered with a {@link Answer.TextAnswer}. */
  FREE_TEXT(0, 0);

  private final int lowest;
  private final int highest;

  SurveyQuestionType(int lowest, int highest) {
    this.lowest = lowest;
    this.highest = highest;
  }

  /**
   * Tells whether answers are numbers on a scale.
   *
   * @return true for RATING and NPS
   */
  public boolean isScale() {
    return this == RATING || this == NPS;
  }

  /**
   * Tells whether answers are chosen among the question's options.
   *
   * @return true for SINGLE_CHOICE and MULTIPLE_CHOICE
   */
  public boolean isChoice() {
    return this == SINGLE_CHOICE || this == MULTIPLE_CHOICE;
  }

  /**
   * Returns the lowest answer of a scale.
   *
   * @return 1 for RATING, 0 for NPS
   * @throws IllegalStateException if this type is not a scale
   */
  public int lowest() {
    requireScale();
    return lowest;
  }

  /**
   * Returns the highest answer of a scale.
   *
   * @return 5 for RATING, 10 for NPS
   * @throws IllegalStateException if this type is not a scale
   */
  public int highest() {
    requireScale();
    return highest;
  }

  private void requireScale() {
    if (!isScale()) {
      throw new IllegalStateException(this + " is not a scale");
    }
  }
}
