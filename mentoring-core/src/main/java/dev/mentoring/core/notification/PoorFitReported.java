package dev.mentoring.core.notification;

import static java.util.Objects.requireNonNull;

import dev.mentoring.core.ParticipantId;
import dev.mentoring.core.feedback.SurveyId;
import dev.mentoring.core.pairing.PairId;
import dev.mentoring.core.program.ProgramId;
import java.time.Instant;
import org.apiguardian.api.API;

/**
 * A participant answered an early fit check saying their pair is not a good fit (a rating at or
 * below {@link dev.mentoring.core.feedback.SurveyQuestion#POOR_FIT_THRESHOLD}). Sent to the
 * program's administrators, for non-anonymous surveys only: in an anonymous one it would reveal who
 * answered.
 *
 * @param recipient the administrator who should be told
 * @param programId the program
 * @param pairId the pair
 * @param surveyId the survey
 * @param respondentId who answered
 * @param at when it fell due
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record PoorFitReported(
    ParticipantId recipient,
    ProgramId programId,
    PairId pairId,
    SurveyId surveyId,
    ParticipantId respondentId,
    Instant at)
    implements Notification {
  /**
   * Checks nulls.
   *
   * @param recipient the administrator who should be told
   * @param programId the program
   * @param pairId the pair
   * @param surveyId the survey
   * @param respondentId who answered
   * @param at when it fell due
   * @throws NullPointerException if a component is null
   */
  public PoorFitReported {
    requireNonNull(recipient, "recipient");
    requireNonNull(programId, "programId");
    requireNonNull(pairId, "pairId");
    requireNonNull(surveyId, "surveyId");
    requireNonNull(respondentId, "respondentId");
    requireNonNull(at, "at");
  }
}
