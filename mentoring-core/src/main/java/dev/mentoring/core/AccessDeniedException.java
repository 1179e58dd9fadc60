package dev.mentoring.core;

import static java.util.Objects.requireNonNull;

import org.apiguardian.api.API;

/**
 * Thrown when the acting user may not perform an operation, such as a participant approving
 * enrollments or reading another person's pair.
 *
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public final class AccessDeniedException extends MentoringException {
  private static final long serialVersionUID = 1L;

  /** The actor. */
  @SuppressWarnings("serial") // actors are records of serializable ids
  private final Actor actor;

  /** The action. */
  private final String action;

  /**
   * Creates the exception.
   *
   * @param actor the acting user
   * @param action what they tried, such as {@code approve enrollment e-1}
   */
  public AccessDeniedException(Actor actor, String action) {
    super(requireNonNull(actor, "actor") + " may not " + requireNonNull(action, "action"));
    this.actor = actor;
    this.action = action;
  }

  /**
   * Returns the acting user.
   *
   * @return the actor
   */
  public Actor actor() {
    return actor;
  }

  /**
   * Returns what the actor tried.
   *
   * @return the refused action
   */
  public String action() {
    return action;
  }
}
