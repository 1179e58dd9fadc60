package dev.mentoring.core.feedback;

import dev.mentoring.core.internal.Transitions;
import org.apiguardian.api.API;

/**
 * Lifecycle of a survey: {@code DRAFT → OPEN → CLOSED}. A draft that is no longer wanted may be
 * closed without ever opening.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum SurveyStatus {
  /** Being written; visible to administrators only, questions may change. */
  DRAFT,
  /** Taking responses; questions are fixed. */
  OPEN,
  /** No longer taking responses; kept for reporting. Terminal. */
  CLOSED;

  /**
   * Tells whether the lifecycle allows moving from this state to {@code next}.
   *
   * @param next the candidate state
   * @return whether the transition is in the table
   */
  public boolean canMoveTo(SurveyStatus next) {
    return Transitions.SURVEY.allows(this, next);
  }

  /**
   * Tells whether no transition leaves this state.
   *
   * @return whether the state is terminal
   */
  public boolean isTerminal() {
    return Transitions.SURVEY.isTerminal(this);
  }
}
