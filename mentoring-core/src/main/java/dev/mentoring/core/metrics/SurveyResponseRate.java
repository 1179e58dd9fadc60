package dev.mentoring.core.metrics;

import static java.util.Objects.requireNonNull;

import dev.mentoring.core.feedback.SurveyCheckpoint;
import dev.mentoring.core.feedback.SurveyId;
import dev.mentoring.core.feedback.SurveyStatus;
import org.apiguardian.api.API;

/**
 * How many of the people a survey asks have responded to it, as of an instant. Covers a survey
 * opened by then; it is OPEN or CLOSED as it was at that instant.
 *
 * <p>The people asked are those the survey asks now (approved enrollments in a role of its
 * audience; withdrawn ones too for an {@code EXIT} survey) plus anyone who responded and has since
 * left, so the rate never exceeds 1. Responses count the submissions: a survey after each meeting
 * takes several from one person.
 *
 * @param surveyId the survey
 * @param checkpoint the survey's checkpoint
 * @param anonymous whether the survey is anonymous
 * @param status OPEN or CLOSED, at the instant of the report
 * @param responses responses submitted by then, not negative
 * @param responseRate distinct respondents over the people asked
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record SurveyResponseRate(
    SurveyId surveyId,
    SurveyCheckpoint checkpoint,
    boolean anonymous,
    SurveyStatus status,
    int responses,
    Ratio responseRate) {

  /**
   * Checks the components.
   *
   * @param surveyId the survey
   * @param checkpoint the survey's checkpoint
   * @param anonymous whether the survey is anonymous
   * @param status OPEN or CLOSED, at the instant of the report
   * @param responses responses submitted by then, not negative
   * @param responseRate distinct respondents over the people asked
   * @throws NullPointerException if a component is null
   * @throws IllegalArgumentException if {@code status} is DRAFT, {@code responses} is negative or
   *     fewer than the respondents, or the respondents outnumber the people asked
   */
  public SurveyResponseRate {
    requireNonNull(surveyId, "surveyId");
    requireNonNull(checkpoint, "checkpoint");
    requireNonNull(status, "status");
    if (status == SurveyStatus.DRAFT) {
      throw new IllegalArgumentException("a DRAFT survey has no response rate");
    }
    requireNonNull(responseRate, "responseRate");
    if (responses < responseRate.numerator()) {
      throw new IllegalArgumentException(
          "responses " + responses + " are fewer than the respondents " + responseRate);
    }
    if (responseRate.numerator() > responseRate.denominator()) {
      throw new IllegalArgumentException(
          "the respondents outnumber the people asked: " + responseRate);
    }
  }
}
