package dev.mentoring.core.spi;

import dev.mentoring.core.ConcurrentUpdateException;
import dev.mentoring.core.NotFoundException;
import dev.mentoring.core.ParticipantId;
import dev.mentoring.core.feedback.ResponseId;
import dev.mentoring.core.feedback.SurveyId;
import dev.mentoring.core.feedback.SurveyResponse;
import dev.mentoring.core.pairing.PairId;
import dev.mentoring.core.program.ProgramId;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * Survey responses within one transaction. A respondent has at most one response per survey, pair
 * and subject key (a null pair or subject key counting as one value).
 *
 * <p>Every list is ordered by submission time, then id. Reports read all responses of a program
 * with {@link #findByProgram} and pair health reads a pair's with {@link #findByPair}, so a store
 * should index responses by survey, program, pair and respondent.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public interface SurveyResponseRepository {

  /**
   * Finds a response.
   *
   * @param id the id
   * @return the response, or empty
   */
  Optional<SurveyResponse> find(ResponseId id);

  /**
   * Finds a respondent's response to a survey about a pair and subject.
   *
   * @param surveyId the survey
   * @param respondentId the respondent
   * @param pairId the pair, or null for a response not about a pair
   * @param subjectKey the subject, or null for a response without one
   * @return the response, or empty
   */
  Optional<SurveyResponse> find(
      SurveyId surveyId,
      ParticipantId respondentId,
      @Nullable PairId pairId,
      @Nullable String subjectKey);

  /**
   * Returns a survey's responses.
   *
   * @param surveyId the survey
   * @return the responses, ordered by submission time, then id
   */
  List<SurveyResponse> findBySurvey(SurveyId surveyId);

  /**
   * Returns the responses to every survey of a program.
   *
   * @param programId the program
   * @return the responses, ordered by submission time, then id
   */
  List<SurveyResponse> findByProgram(ProgramId programId);

  /**
   * Returns the responses about a pair, to every survey.
   *
   * @param pairId the pair
   * @return the responses, ordered by submission time, then id
   */
  List<SurveyResponse> findByPair(PairId pairId);

  /**
   * Returns a respondent's responses, in every program.
   *
   * @param respondentId the respondent
   * @return the responses, ordered by submission time, then id
   */
  List<SurveyResponse> findByRespondent(ParticipantId respondentId);

  /**
   * Stores a new response.
   *
   * @param response the response, with version 0
   * @return the stored response, with version 1
   * @throws IllegalArgumentException if the version is not 0
   * @throws ConcurrentUpdateException if a response with the id, or of the respondent to the survey
   *     about the same pair and subject, exists
   */
  SurveyResponse insert(SurveyResponse response);

  /**
   * Replaces a response if its version matches the stored one. The program may not change.
   *
   * @param response the changed response, carrying the version it was read with
   * @return the stored response, with the next version
   * @throws NotFoundException if no response has the id
   * @throws ConcurrentUpdateException if the stored version differs, or another response of the
   *     respondent to the survey is about the same pair and subject
   */
  SurveyResponse update(SurveyResponse response);
}
