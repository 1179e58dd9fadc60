package dev.mentoring.core.feedback;

import static java.util.Objects.requireNonNull;

import dev.mentoring.core.ParticipantId;
import dev.mentoring.core.enrollment.Answer;
import dev.mentoring.core.internal.Ids;
import dev.mentoring.core.pairing.PairId;
import dev.mentoring.core.program.ProgramId;
import java.time.Instant;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * One participant's answers to a survey. A participant responds at most once per survey, pair and
 * subject. Immutable.
 *
 * <p>Answers reuse the enrollment form's {@link Answer} kinds: a number for RATING and NPS
 * questions, a choice for choice questions, a text for FREE_TEXT questions.
 *
 * @param id the response's id
 * @param version the store's version, 0 before first insert
 * @param surveyId the survey
 * @param programId the survey's program
 * @param respondentId who responded; a pseudonym once they were erased
 * @param pairId the pair the response is about, or {@code null} for the program as a whole
 * @param subjectKey what within the pair the response is about, such as a meeting id, 1 to 200
 *     characters; or {@code null}
 * @param answers the answers by question key, iterating in key order
 * @param submittedAt when the response was submitted
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record SurveyResponse(
    ResponseId id,
    long version,
    SurveyId surveyId,
    ProgramId programId,
    ParticipantId respondentId,
    @Nullable PairId pairId,
    @Nullable String subjectKey,
    Map<String, Answer> answers,
    Instant submittedAt) {

  /**
   * Checks the components and copies the answers.
   *
   * @param id the response's id
   * @param version the store's version, 0 before first insert
   * @param surveyId the survey
   * @param programId the survey's program
   * @param respondentId who responded; a pseudonym once they were erased
   * @param pairId the pair the response is about, or {@code null} for the program as a whole
   * @param subjectKey what within the pair the response is about, such as a meeting id, 1 to 200
   *     characters; or {@code null}
   * @param answers the answers by question key, iterating in key order
   * @param submittedAt when the response was submitted
   * @throws NullPointerException if a non-nullable component is null or {@code answers} holds a
   *     null key or value
   * @throws IllegalArgumentException if {@code version} is negative or {@code subjectKey} is blank
   *     or longer than 200 characters
   */
  public SurveyResponse {
    requireNonNull(id, "id");
    if (version < 0) {
      throw new IllegalArgumentException("version is negative: " + version);
    }
    requireNonNull(surveyId, "surveyId");
    requireNonNull(programId, "programId");
    requireNonNull(respondentId, "respondentId");
    if (subjectKey != null) {
      Ids.check(subjectKey, "subjectKey");
    }
    answers = copy(answers);
    requireNonNull(submittedAt, "submittedAt");
  }

  private static Map<String, Answer> copy(Map<String, Answer> answers) {
    Map<String, Answer> sorted = new TreeMap<>();
    answers.forEach(
        (key, answer) -> sorted.put(requireNonNull(key, "key"), requireNonNull(answer, "answer")));
    return Collections.unmodifiableMap(sorted);
  }

  /**
   * Returns this response with a stored version; for store implementations.
   *
   * @param newVersion the version
   * @return the copy
   */
  public SurveyResponse withVersion(long newVersion) {
    return new SurveyResponse(
        id,
        newVersion,
        surveyId,
        programId,
        respondentId,
        pairId,
        subjectKey,
        answers,
        submittedAt);
  }

  /**
   * Returns this response unlinked from its respondent, for erasing their personal data: the
   * respondent is replaced by a pseudonym and free-text answers, which may identify their author,
   * are removed. Ratings, scores and choices stay, so aggregates remain valid.
   *
   * @param pseudonym the replacement key
   * @return the copy
   */
  public SurveyResponse erase(ParticipantId pseudonym) {
    Map<String, Answer> kept = new TreeMap<>(answers);
    kept.values().removeIf(a -> a instanceof Answer.TextAnswer);
    return new SurveyResponse(
        id,
        version,
        surveyId,
        programId,
        requireNonNull(pseudonym, "pseudonym"),
        pairId,
        subjectKey,
        kept,
        submittedAt);
  }
}
