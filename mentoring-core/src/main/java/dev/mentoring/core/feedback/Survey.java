package dev.mentoring.core.feedback;

import static java.util.Objects.requireNonNull;

import dev.mentoring.core.IllegalTransitionException;
import dev.mentoring.core.enrollment.Answer;
import dev.mentoring.core.internal.Transitions;
import dev.mentoring.core.program.ProgramId;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * A survey of a program's participants at one checkpoint. Immutable; the verbs return a changed
 * copy and throw {@link IllegalTransitionException} when the lifecycle forbids the move.
 *
 * @param id the survey's id
 * @param version the store's version, 0 before first insert
 * @param programId the program
 * @param title the title
 * @param checkpoint when in a mentorship the survey asks
 * @param questions the questions, at least one, with distinct keys, in display order
 * @param anonymous whether administrators see aggregates only
 * @param audience who the survey asks
 * @param status the lifecycle state
 * @param createdAt when the survey was created
 * @param updatedAt when the survey last changed
 * @param openedAt when the survey opened, or {@code null} if it never did
 * @param closedAt when the survey closed, or {@code null} if it has not
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record Survey(
    SurveyId id,
    long version,
    ProgramId programId,
    String title,
    SurveyCheckpoint checkpoint,
    List<SurveyQuestion> questions,
    boolean anonymous,
    SurveyAudience audience,
    SurveyStatus status,
    Instant createdAt,
    Instant updatedAt,
    @Nullable Instant openedAt,
    @Nullable Instant closedAt) {

  /**
   * Checks the components and copies the questions.
   *
   * @param id the survey's id
   * @param version the store's version, 0 before first insert
   * @param programId the program
   * @param title the title
   * @param checkpoint when in a mentorship the survey asks
   * @param questions the questions, at least one, with distinct keys, in display order
   * @param anonymous whether administrators see aggregates only
   * @param audience who the survey asks
   * @param status the lifecycle state
   * @param createdAt when the survey was created
   * @param updatedAt when the survey last changed
   * @param openedAt when the survey opened, or {@code null} if it never did
   * @param closedAt when the survey closed, or {@code null} if it has not
   * @throws NullPointerException if a non-nullable component is null or {@code questions} holds
   *     null
   * @throws IllegalArgumentException if {@code version} is negative, there are no questions or two
   *     share a key, or the dates do not fit the status: a DRAFT has neither {@code openedAt} nor
   *     {@code closedAt}, an OPEN survey has {@code openedAt} only, a CLOSED one has {@code
   *     closedAt}
   */
  public Survey {
    requireNonNull(id, "id");
    if (version < 0) {
      throw new IllegalArgumentException("version is negative: " + version);
    }
    requireNonNull(programId, "programId");
    requireNonNull(title, "title");
    requireNonNull(checkpoint, "checkpoint");
    questions = List.copyOf(questions);
    if (questions.isEmpty()) {
      throw new IllegalArgumentException("questions is empty");
    }
    Set<String> keys = new HashSet<>();
    for (SurveyQuestion q : questions) {
      if (!keys.add(q.key())) {
        throw new IllegalArgumentException("question key " + q.key() + " is used twice");
      }
    }
    requireNonNull(audience, "audience");
    requireNonNull(status, "status");
    requireNonNull(createdAt, "createdAt");
    requireNonNull(updatedAt, "updatedAt");
    boolean datesFit =
        switch (status) {
          case DRAFT -> openedAt == null && closedAt == null;
          case OPEN -> openedAt != null && closedAt == null;
          case CLOSED -> closedAt != null;
        };
    if (!datesFit) {
      throw new IllegalArgumentException(
          "a " + status + " survey cannot have openedAt " + openedAt + " and closedAt " + closedAt);
    }
  }

  /**
   * Returns a new draft survey.
   *
   * @param id the survey's id
   * @param programId the program
   * @param draft what the administrator wrote
   * @param at when
   * @return a DRAFT survey with version 0
   */
  public static Survey create(SurveyId id, ProgramId programId, SurveyDraft draft, Instant at) {
    return new Survey(
        id,
        0,
        programId,
        draft.title(),
        draft.checkpoint(),
        draft.questions(),
        draft.anonymous(),
        draft.audience(),
        SurveyStatus.DRAFT,
        at,
        at,
        null,
        null);
  }

  /**
   * Returns what an administrator wrote: the title, checkpoint, questions, anonymity and audience.
   *
   * @return the draft
   */
  public SurveyDraft draft() {
    return new SurveyDraft(title, checkpoint, questions, anonymous, audience);
  }

  /**
   * Finds a question by key.
   *
   * @param key the question's key
   * @return the question, or empty
   */
  public Optional<SurveyQuestion> question(String key) {
    requireNonNull(key, "key");
    return questions.stream().filter(q -> q.key().equals(key)).findFirst();
  }

  /**
   * Returns the "is this a good fit?" question of an early fit check.
   *
   * @return the question marked {@link SurveyQuestion#fitQuestion()}, or empty
   */
  public Optional<SurveyQuestion> fitQuestion() {
    return questions.stream().filter(SurveyQuestion::fitQuestion).findFirst();
  }

  /**
   * Tells whether a response to this survey says "not a good fit": the survey has a fit question
   * and the response's answer to it is at or below {@link SurveyQuestion#POOR_FIT_THRESHOLD}.
   *
   * @param response a response to this survey
   * @return whether it signals a poor fit
   * @throws IllegalArgumentException if the response belongs to another survey
   */
  public boolean signalsPoorFit(SurveyResponse response) {
    if (!response.surveyId().equals(id)) {
      throw new IllegalArgumentException(
          "response "
              + response.id()
              + " belongs to survey "
              + response.surveyId()
              + ", not "
              + id);
    }
    Optional<SurveyQuestion> fit = fitQuestion();
    if (fit.isEmpty()) {
      return false;
    }
    Answer answer = response.answers().get(fit.get().key());
    return answer != null && fit.get().signalsPoorFit(answer);
  }

  /**
   * Returns this survey with a stored version; for store implementations.
   *
   * @param newVersion the version
   * @return the copy
   */
  public Survey withVersion(long newVersion) {
    return new Survey(
        id,
        newVersion,
        programId,
        title,
        checkpoint,
        questions,
        anonymous,
        audience,
        status,
        createdAt,
        updatedAt,
        openedAt,
        closedAt);
  }

  /**
   * Replaces what the administrator wrote; allowed while the survey is a DRAFT.
   *
   * @param newDraft the new title, checkpoint, questions, anonymity and audience
   * @param at when
   * @return the changed survey
   * @throws IllegalTransitionException if the survey is not a DRAFT (reported as a move to DRAFT)
   */
  public Survey revise(SurveyDraft newDraft, Instant at) {
    requireNonNull(newDraft, "draft");
    if (status != SurveyStatus.DRAFT) {
      throw new IllegalTransitionException(id, status, SurveyStatus.DRAFT);
    }
    return new Survey(
        id,
        version,
        programId,
        newDraft.title(),
        newDraft.checkpoint(),
        newDraft.questions(),
        newDraft.anonymous(),
        newDraft.audience(),
        status,
        createdAt,
        requireNonNull(at, "at"),
        null,
        null);
  }

  /**
   * Opens the survey for responses: DRAFT → OPEN.
   *
   * @param at when
   * @return the moved survey
   * @throws IllegalTransitionException if the survey is not a DRAFT
   */
  public Survey open(Instant at) {
    return move(SurveyStatus.OPEN, at, at, null);
  }

  /**
   * Closes the survey: DRAFT or OPEN → CLOSED.
   *
   * @param at when
   * @return the moved survey
   * @throws IllegalTransitionException if the survey is already closed
   */
  public Survey close(Instant at) {
    return move(SurveyStatus.CLOSED, at, openedAt, at);
  }

  private Survey move(
      SurveyStatus next, Instant at, @Nullable Instant newOpenedAt, @Nullable Instant newClosedAt) {
    Transitions.SURVEY.check(id, status, next);
    return new Survey(
        id,
        version,
        programId,
        title,
        checkpoint,
        questions,
        anonymous,
        audience,
        next,
        createdAt,
        requireNonNull(at, "at"),
        newOpenedAt,
        newClosedAt);
  }
}
