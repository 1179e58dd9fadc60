package dev.mentoring.core.spi;

import dev.mentoring.core.ConcurrentUpdateException;
import dev.mentoring.core.NotFoundException;
import dev.mentoring.core.feedback.Survey;
import dev.mentoring.core.feedback.SurveyId;
import dev.mentoring.core.program.ProgramId;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * Surveys within one transaction.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public interface SurveyRepository {

  /**
   * Finds a survey.
   *
   * @param id the id
   * @return the survey, or empty
   */
  Optional<Survey> find(SurveyId id);

  /**
   * Returns a program's surveys, ordered by creation time, then id.
   *
   * @param programId the program
   * @return the surveys
   */
  List<Survey> findByProgram(ProgramId programId);

  /**
   * Stores a new survey.
   *
   * @param survey the survey, with version 0
   * @return the stored survey, with version 1
   * @throws IllegalArgumentException if the version is not 0
   * @throws ConcurrentUpdateException if a survey with the id exists
   */
  Survey insert(Survey survey);

  /**
   * Replaces a survey if its version matches the stored one. The program may not change.
   *
   * @param survey the changed survey, carrying the version it was read with
   * @return the stored survey, with the next version
   * @throws NotFoundException if no survey has the id
   * @throws ConcurrentUpdateException if the stored version differs
   */
  Survey update(Survey survey);
}
