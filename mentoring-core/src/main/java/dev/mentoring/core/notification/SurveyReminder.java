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
 * A reminder of a survey invitation that the recipient has not answered after the program's {@code
 * surveyReminderAfter}, while the survey is still open. Sent once per invitation.
 *
 * @param recipient who was invited
 * @param programId the program
 * @param surveyId the survey
 * @param checkpoint the survey's checkpoint
 * @param pairId the pair the response is to be about
 * @param subjectKey what within the pair the response is to be about (the meeting id, for {@code
 *     AFTER_MEETING}), or {@code null}
 * @param invitedAt when the invitation was handed out
 * @param at when it fell due
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record SurveyReminder(
    ParticipantId recipient,
    ProgramId programId,
    SurveyId surveyId,
    SurveyCheckpoint checkpoint,
    PairId pairId,
    @Nullable String subjectKey,
    Instant invitedAt,
    Instant at)
    implements Notification {
  /**
   * Checks nulls.
   *
   * @param recipient who was invited
   * @param programId the program
   * @param surveyId the survey
   * @param checkpoint the survey's checkpoint
   * @param pairId the pair the response is to be about
   * @param subjectKey what within the pair the response is to be about (the meeting id, for {@code
   *     AFTER_MEETING}), or {@code null}
   * @param invitedAt when the invitation was handed out
   * @param at when it fell due
   * @throws NullPointerException if a non-nullable component is null
   */
  public SurveyReminder {
    requireNonNull(recipient, "recipient");
    requireNonNull(programId, "programId");
    requireNonNull(surveyId, "surveyId");
    requireNonNull(checkpoint, "checkpoint");
    requireNonNull(pairId, "pairId");
    requireNonNull(invitedAt, "invitedAt");
    requireNonNull(at, "at");
  }
}
