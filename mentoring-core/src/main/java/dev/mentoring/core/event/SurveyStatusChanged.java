package dev.mentoring.core.event;

import static java.util.Objects.requireNonNull;

import dev.mentoring.core.feedback.SurveyId;
import dev.mentoring.core.feedback.SurveyStatus;
import dev.mentoring.core.program.ProgramId;
import java.time.Instant;
import org.apiguardian.api.API;

/**
 * A survey moved in its lifecycle.
 *
 * @param surveyId the survey
 * @param programId the program
 * @param from the previous state
 * @param to the new state
 * @param occurredAt when
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record SurveyStatusChanged(
    SurveyId surveyId, ProgramId programId, SurveyStatus from, SurveyStatus to, Instant occurredAt)
    implements MentoringEvent {
  /**
   * Checks nulls.
   *
   * @param surveyId the survey
   * @param programId the program
   * @param from the previous state
   * @param to the new state
   * @param occurredAt when
   * @throws NullPointerException if a component is null
   */
  public SurveyStatusChanged {
    requireNonNull(surveyId, "surveyId");
    requireNonNull(programId, "programId");
    requireNonNull(from, "from");
    requireNonNull(to, "to");
    requireNonNull(occurredAt, "occurredAt");
  }
}
