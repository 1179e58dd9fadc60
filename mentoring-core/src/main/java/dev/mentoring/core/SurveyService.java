package dev.mentoring.core;

import dev.mentoring.core.enrollment.Answer;
import dev.mentoring.core.feedback.Survey;
import dev.mentoring.core.feedback.SurveyDraft;
import dev.mentoring.core.feedback.SurveyId;
import dev.mentoring.core.feedback.SurveyResponse;
import dev.mentoring.core.feedback.SurveySummary;
import dev.mentoring.core.pairing.PairId;
import dev.mentoring.core.program.ProgramId;
import java.util.List;
import java.util.Map;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * Surveys of a program's participants and their responses. Obtain it from {@link
 * Mentoring#surveys()}. Thread-safe.
 *
 * <p>Administrators of the program (and the system) write, open and close surveys and read their
 * {@linkplain #summary summaries}. A participant is <em>asked</em> a survey that is not a draft
 * when the survey's audience includes the role of their enrollment in the program and that
 * enrollment is approved, or withdrawn for an {@code EXIT} survey; they see and answer the surveys
 * they are asked, and read their own responses.
 *
 * <p>Anonymity: administrators never see an individual response to an anonymous survey, only its
 * summary, which shows no free text and is withheld while it has fewer than {@link
 * SurveySummary#MIN_ANONYMOUS_GROUP} responses. The engine still stores who responded, so that each
 * person answers once and can read, export and erase their own responses; the system actor, which
 * stands for the host, sees every response.
 *
 * <p>Every method throws {@link NullPointerException} for a null argument (other than those marked
 * nullable), {@link NotFoundException} for an unknown program, survey or pair (and for a draft
 * survey asked for by someone who is not an administrator), and {@link AccessDeniedException} for
 * an actor without the right. A refused call changes nothing.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public interface SurveyService {

  /**
   * Creates a survey as a draft.
   *
   * @param actor an administrator or the system
   * @param programId the program
   * @param draft the title, checkpoint, questions, anonymity and audience
   * @return the stored survey
   * @throws InvalidInputException if the draft breaks a rule (see {@link SurveyDraft}) or the
   *     program is archived
   */
  Survey create(Actor actor, ProgramId programId, SurveyDraft draft);

  /**
   * Replaces what a draft survey asks.
   *
   * @param actor an administrator or the system
   * @param id the survey
   * @param draft the new title, checkpoint, questions, anonymity and audience
   * @return the stored survey
   * @throws InvalidInputException if the draft breaks a rule or the program is archived
   * @throws IllegalTransitionException if the survey is not a DRAFT
   */
  Survey revise(Actor actor, SurveyId id, SurveyDraft draft);

  /**
   * Opens a survey for responses: DRAFT → OPEN. Sends no invitations: those fall due by time and
   * checkpoint (after a meeting, after the first meetings) and are handed out as reminders.
   *
   * @param actor an administrator or the system
   * @param id the survey
   * @return the stored survey
   * @throws InvalidInputException if the program is archived
   * @throws IllegalTransitionException if the survey is not a DRAFT
   */
  Survey open(Actor actor, SurveyId id);

  /**
   * Closes a survey: DRAFT or OPEN → CLOSED. Its responses are kept.
   *
   * @param actor an administrator or the system
   * @param id the survey
   * @return the stored survey
   * @throws IllegalTransitionException if the survey is already CLOSED
   */
  Survey close(Actor actor, SurveyId id);

  /**
   * Returns a survey.
   *
   * @param actor an administrator, the system, or a participant the survey asks
   * @param id the survey
   * @return the survey
   */
  Survey get(Actor actor, SurveyId id);

  /**
   * Returns a program's surveys, ordered by creation time: every survey for an administrator or the
   * system, the surveys a participant is asked for a participant.
   *
   * @param actor an administrator, the system, or a participant enrolled in the program
   * @param programId the program
   * @return the surveys
   * @throws AccessDeniedException for a participant not enrolled in the program
   */
  List<Survey> forProgram(Actor actor, ProgramId programId);

  /**
   * Submits the actor's response. The respondent answers once per survey, pair and subject.
   *
   * <p>Besides the answers (every required question answered, none unknown, each of the right kind:
   * a number 1 to 5 for RATING, 0 to 10 for NPS, one option for SINGLE_CHOICE, one or more distinct
   * options for MULTIPLE_CHOICE, a text up to 4,000 characters, not blank, for FREE_TEXT;
   * violations reported at {@code answers[key]}), a response at {@code AFTER_MEETING} or {@code
   * EARLY_FIT_CHECK} must name its pair and one after a meeting its subject, and a named pair must
   * be of the survey's program and have been accepted.
   *
   * <p>If the answer to a non-anonymous survey's fit question says "not a good fit", the program's
   * administrators are sent a {@link dev.mentoring.core.notification.PoorFitReported}.
   *
   * @param actor the respondent: a participant the survey asks
   * @param id the survey
   * @param pairId the pair the response is about, or null; the respondent must belong to it, on a
   *     side the survey asks
   * @param subjectKey what the response is about within the pair, such as a meeting id, 1 to 200
   *     characters; or null
   * @param answers the answers by question key
   * @return the stored response
   * @throws InvalidInputException if an answer, the pair or the subject breaks a rule, or the
   *     respondent already responded to the survey about this pair and subject
   * @throws IllegalTransitionException if the survey is not OPEN
   * @throws AccessDeniedException if the actor is not a participant the survey asks, or is not in
   *     the named pair on a side the survey asks
   */
  SurveyResponse respond(
      Actor actor,
      SurveyId id,
      @Nullable PairId pairId,
      @Nullable String subjectKey,
      Map<String, Answer> answers);

  /**
   * Returns individual responses to a survey, ordered by submission time: all of them for the
   * system and, unless the survey is anonymous, for an administrator; their own for a participant.
   *
   * @param actor an administrator of a survey that is not anonymous, the system, or a participant
   * @param id the survey
   * @return the responses
   * @throws AccessDeniedException for an administrator (other than the system) of an anonymous
   *     survey, who sees its {@linkplain #summary summary} only
   */
  List<SurveyResponse> responses(Actor actor, SurveyId id);

  /**
   * Returns what the responses to a survey add up to; see {@link SurveySummary}.
   *
   * @param actor an administrator or the system, for anonymous surveys too
   * @param id the survey
   * @return the summary
   */
  SurveySummary summary(Actor actor, SurveyId id);
}
