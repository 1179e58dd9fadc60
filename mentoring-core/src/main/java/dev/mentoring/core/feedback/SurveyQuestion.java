package dev.mentoring.core.feedback;

import static java.util.Objects.requireNonNull;

import dev.mentoring.core.enrollment.Answer;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.apiguardian.api.API;

/**
 * One question of a survey. Create questions with the static factories and refine them with {@link
 * #optional()}.
 *
 * <p>Beyond the constraints on the components, the engine checks that choice questions have 2 to 20
 * distinct options and other questions none, and that only a RATING question of an {@link
 * SurveyCheckpoint#EARLY_FIT_CHECK} survey is a fit question, at most one per survey.
 *
 * <p>The <em>fit question</em> asks "is this a good fit?": an answer at or below {@link
 * #POOR_FIT_THRESHOLD} means the respondent does not think so. Pair health reads it.
 *
 * @param key the stable key answers are filed under: 1 to 40 lower-case letters, digits, {@code _}
 *     or {@code -}
 * @param text the question shown to respondents, 1 to 500 characters
 * @param type the kind of answer expected
 * @param options the allowed choices of a choice question, in display order; otherwise empty
 * @param required whether a respondent must answer
 * @param fitQuestion whether this is the "is this a good fit?" question of an early fit check
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record SurveyQuestion(
    @Pattern(regexp = "[a-z0-9_-]{1,40}") String key,
    @NotBlank @Size(max = 500) String text,
    SurveyQuestionType type,
    @Size(max = 20) List<@NotBlank @Size(max = 200) String> options,
    boolean required,
    boolean fitQuestion) {

  /**
   * The highest answer to a fit question that means "not a good fit": ratings 1 and 2 of 5. A
   * constant for now; it may become a program setting.
   */
  public static final int POOR_FIT_THRESHOLD = 2;

  /** The longest free-text answer accepted, in characters. */
  public static final int MAX_TEXT_ANSWER = 4_000;

  /**
   * Checks nulls and copies the options.
   *
   * @param key the stable key answers are filed under: 1 to 40 lower-case letters, digits, {@code
   *     _} or {@code -}
   * @param text the question shown to respondents, 1 to 500 characters
   * @param type the kind of answer expected
   * @param options the allowed choices of a choice question, in display order; otherwise empty
   * @param required whether a respondent must answer
   * @param fitQuestion whether this is the "is this a good fit?" question of an early fit check
   * @throws NullPointerException if a component is null or {@code options} holds null
   */
  public SurveyQuestion {
    requireNonNull(key, "key");
    requireNonNull(text, "text");
    requireNonNull(type, "type");
    options = List.copyOf(options);
  }

  /**
   * Returns a required rating question, answered 1 to 5.
   *
   * @param key the answer key
   * @param text the question
   * @return the question
   */
  public static SurveyQuestion rating(String key, String text) {
    return new SurveyQuestion(key, text, SurveyQuestionType.RATING, List.of(), true, false);
  }

  /**
   * Returns the required "is this a good fit?" question of an early fit check: a rating 1 to 5 in
   * which answers up to {@link #POOR_FIT_THRESHOLD} mean "not a good fit".
   *
   * @param key the answer key
   * @param text the question
   * @return the question
   */
  public static SurveyQuestion fit(String key, String text) {
    return new SurveyQuestion(key, text, SurveyQuestionType.RATING, List.of(), true, true);
  }

  /**
   * Returns a required Net Promoter question, answered 0 to 10.
   *
   * @param key the answer key
   * @param text the question, such as "How likely are you to recommend this program to a
   *     colleague?"
   * @return the question
   */
  public static SurveyQuestion nps(String key, String text) {
    return new SurveyQuestion(key, text, SurveyQuestionType.NPS, List.of(), true, false);
  }

  /**
   * Returns a required question answered with exactly one of the options.
   *
   * @param key the answer key
   * @param text the question
   * @param options the choices, 2 to 20, distinct
   * @return the question
   */
  public static SurveyQuestion singleChoice(String key, String text, List<String> options) {
    return new SurveyQuestion(key, text, SurveyQuestionType.SINGLE_CHOICE, options, true, false);
  }

  /**
   * Returns a required question answered with one or more distinct options.
   *
   * @param key the answer key
   * @param text the question
   * @param options the choices, 2 to 20, distinct
   * @return the question
   */
  public static SurveyQuestion multipleChoice(String key, String text, List<String> options) {
    return new SurveyQuestion(key, text, SurveyQuestionType.MULTIPLE_CHOICE, options, true, false);
  }

  /**
   * Returns a required free-text question.
   *
   * @param key the answer key
   * @param text the question
   * @return the question
   */
  public static SurveyQuestion freeText(String key, String text) {
    return new SurveyQuestion(key, text, SurveyQuestionType.FREE_TEXT, List.of(), true, false);
  }

  /**
   * Returns this question with answering optional.
   *
   * @return the optional question
   */
  public SurveyQuestion optional() {
    return new SurveyQuestion(key, text, type, options, false, fitQuestion);
  }

  /**
   * Tells whether an answer to this question says "not a good fit": this is the fit question and
   * the answer is a number at or below {@link #POOR_FIT_THRESHOLD}.
   *
   * @param answer an answer to this question
   * @return whether it signals a poor fit
   */
  public boolean signalsPoorFit(Answer answer) {
    return fitQuestion
        && answer instanceof Answer.NumberAnswer n
        && n.value() <= POOR_FIT_THRESHOLD;
  }
}
