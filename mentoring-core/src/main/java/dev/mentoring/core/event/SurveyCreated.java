package dev.mentoring.core.event;

import static java.util.Objects.requireNonNull;

import dev.mentoring.core.feedback.SurveyCheckpoint;
import dev.mentoring.core.feedback.SurveyId;
import dev.mentoring.core.program.ProgramId;
import java.time.Instant;
import org.apiguardian.api.API;

/**
 * A survey was created as a draft.
 *
 * @param surveyId the survey
 * @param programId the program
 * @param checkpoint when the survey asks
 * @param occurredAt when
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record SurveyCreated(
    SurveyId surveyId, ProgramId programId, SurveyCheckpoint checkpoint, Instant occurredAt)
    implements MentoringEvent {
  /**
   * Checks nulls.
   *
   * @param surveyId the survey
   * @param programId the program
   * @param checkpoint when the survey asks
   * @param occurredAt when
   * @throws NullPointerException if a component is null
   */
  public SurveyCreated {
    requireNonNull(surveyId, "surveyId");
    requireNonNull(programId, "programId");
    requireNonNull(checkpoint, "checkpoint");
    requireNonNull(occurredAt, "occurredAt");
  }
}
