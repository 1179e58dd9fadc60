package dev.mentoring.core.notification;

import static java.util.Objects.requireNonNull;

import dev.mentoring.core.ParticipantId;
import dev.mentoring.core.feedback.SurveyCheckpoint;
import dev.mentoring.core.feedback.SurveyId;
import dev.mentoring.core.pairing.PairId;
import dev.mentoring.core.program.ProgramId;
import java.time.Instant;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * An invitation to answer an open survey, handed out when the recipient's pair reaches the survey's
 * checkpoint. The recipient answers with {@code surveys().respond(actor, surveyId, pairId,
 * subjectKey, answers)}, passing the pair and subject key given here.
 *
 * @param recipient who is invited: a side of the pair the survey asks
 * @param programId the program
 * @param surveyId the survey
 * @param checkpoint the survey's checkpoint
 * @param pairId the pair the response is to be about
 * @param subjectKey what within the pair the response is to be about (the meeting id, for {@code
 *     AFTER_MEETING}), or {@code null}
 * @param at when it fell due
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record SurveyInvitation(
    ParticipantId recipient,
    ProgramId programId,
    SurveyId surveyId,
    SurveyCheckpoint checkpoint,
    PairId pairId,
    @Nullable String subjectKey,
    Instant at)
    implements Notification {
  /**
   * Checks nulls.
   *
   * @param recipient who is invited: a side of the pair the survey asks
   * @param programId the program
   * @param surveyId the survey
   * @param checkpoint the survey's checkpoint
   * @param pairId the pair the response is to be about
   * @param subjectKey what within the pair the response is to be about (the meeting id, for {@code
   *     AFTER_MEETING}), or {@code null}
   * @param at when it fell due
   * @throws NullPointerException if a non-nullable component is null
   */
  public SurveyInvitation {
    requireNonNull(recipient, "recipient");
    requireNonNull(programId, "programId");
    requireNonNull(surveyId, "surveyId");
    requireNonNull(checkpoint, "checkpoint");
    requireNonNull(pairId, "pairId");
    requireNonNull(at, "at");
  }
}
