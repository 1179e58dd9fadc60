package dev.mentoring.core.enrollment;

import static java.util.Objects.requireNonNull;

import java.util.List;
import org.apiguardian.api.API;

/**
 * An applicant's answer to one enrollment question. The question's {@link
 * dev.mentoring.core.program.QuestionType type} decides which kind fits: text for TEXT, number for
 * NUMBER, choice for SINGLE_CHOICE and MULTIPLE_CHOICE, yes/no for YES_NO.
 *
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public sealed interface Answer
    permits Answer.TextAnswer, Answer.NumberAnswer, Answer.ChoiceAnswer, Answer.YesNoAnswer {

  /**
   * Returns a text answer.
   *
   * @param text the text
   * @return the answer
   */
  static Answer text(String text) {
    return new TextAnswer(text);
  }

  /**
   * Returns a number answer.
   *
   * @param value the number
   * @return the answer
   */
  static Answer number(long value) {
    return new NumberAnswer(value);
  }

  /**
   * Returns a choice answer.
   *
   * @param choices the chosen options
   * @return the answer
   */
  static Answer choice(String... choices) {
    return new ChoiceAnswer(List.of(choices));
  }

  /**
   * Returns a yes/no answer.
   *
   * @param value true for yes
   * @return the answer
   */
  static Answer yesNo(boolean value) {
    return new YesNoAnswer(value);
  }

  /**
   * A free-text answer.
   *
   * @param text the text
   */
  record TextAnswer(String text) implements Answer {
    /**
     * Checks the text.
     *
     * @param text the text
     * @throws NullPointerException if {@code text} is null
     */
    public TextAnswer {
      requireNonNull(text, "text");
    }
  }

  /**
   * A whole-number answer.
   *
   * @param value the number
   */
  record NumberAnswer(long value) implements Answer {}

  /**
   * The chosen options of a choice question.
   *
   * @param choices the options, in the applicant's order
   */
  record ChoiceAnswer(List<String> choices) implements Answer {
    /**
     * Copies the list.
     *
     * @param choices the options, in the applicant's order
     * @throws NullPointerException if {@code choices} or an element is null
     */
    public ChoiceAnswer {
      choices = List.copyOf(choices);
    }
  }

  /**
   * A yes/no answer.
   *
   * @param value true for yes
   */
  record YesNoAnswer(boolean value) implements Answer {}
}
