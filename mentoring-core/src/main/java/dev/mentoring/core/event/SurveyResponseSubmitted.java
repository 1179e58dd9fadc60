package dev.mentoring.core.event;

import static java.util.Objects.requireNonNull;

import dev.mentoring.core.ParticipantId;
import dev.mentoring.core.feedback.ResponseId;
import dev.mentoring.core.feedback.SurveyId;
import dev.mentoring.core.pairing.PairId;
import dev.mentoring.core.program.ProgramId;
import java.time.Instant;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * A participant responded to a survey. For an anonymous survey the event does not name the
 * respondent.
 *
 * @param responseId the response
 * @param surveyId the survey
 * @param programId the program
 * @param respondentId who responded, or {@code null} for an anonymous survey
 * @param pairId the pair the response is about, or {@code null}
 * @param occurredAt when
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record SurveyResponseSubmitted(
    ResponseId responseId,
    SurveyId surveyId,
    ProgramId programId,
    @Nullable ParticipantId respondentId,
    @Nullable PairId pairId,
    Instant occurredAt)
    implements MentoringEvent {
  /**
   * Checks nulls.
   *
   * @param responseId the response
   * @param surveyId the survey
   * @param programId the program
   * @param respondentId who responded, or {@code null} for an anonymous survey
   * @param pairId the pair the response is about, or {@code null}
   * @param occurredAt when
   * @throws NullPointerException if a non-nullable component is null
   */
  public SurveyResponseSubmitted {
    requireNonNull(responseId, "responseId");
    requireNonNull(surveyId, "surveyId");
    requireNonNull(programId, "programId");
    requireNonNull(occurredAt, "occurredAt");
  }
}
