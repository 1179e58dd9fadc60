package dev.mentoring.core.event;

import static java.util.Objects.requireNonNull;

import dev.mentoring.core.feedback.SurveyId;
import dev.mentoring.core.program.ProgramId;
import java.time.Instant;
import org.apiguardian.api.API;

/**
 * A draft survey's title, questions, anonymity or audience changed.
 *
 * @param surveyId the survey
 * @param programId the program
 * @param occurredAt when
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record SurveyRevised(SurveyId surveyId, ProgramId programId, Instant occurredAt)
    implements MentoringEvent {
  /**
   * Checks nulls.
   *
   * @param surveyId the survey
   * @param programId the program
   * @param occurredAt when
   * @throws NullPointerException if a component is null
   */
  public SurveyRevised {
    requireNonNull(surveyId, "surveyId");
    requireNonNull(programId, "programId");
    requireNonNull(occurredAt, "occurredAt");
  }
}
