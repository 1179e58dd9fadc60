package dev.mentoring.core;

import static java.util.Objects.requireNonNull;

import org.apiguardian.api.API;

/**
 * Thrown when a lifecycle verb is applied to an entity whose state does not allow it, such as
 * accepting a pair that was already declined.
 *
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public final class IllegalTransitionException extends MentoringException {
  private static final long serialVersionUID = 1L;

  /** The id of the entity. */
  private final String id;

  /** The state the entity was in. */
  @SuppressWarnings("serial") // status enums are serializable
  private final Enum<?> from;

  /** The state the refused verb leads to. */
  @SuppressWarnings("serial") // status enums are serializable
  private final Enum<?> to;

  /**
   * Creates the exception.
   *
   * @param id the entity's id
   * @param from the entity's current state
   * @param to the state the verb would move it to
   */
  public IllegalTransitionException(Object id, Enum<?> from, Enum<?> to) {
    super(
        "cannot move "
            + requireNonNull(id, "id")
            + " from "
            + requireNonNull(from, "from")
            + " to "
            + requireNonNull(to, "to"));
    this.id = id.toString();
    this.from = from;
    this.to = to;
  }

  /**
   * Returns the id of the entity.
   *
   * @return the id's text
   */
  public String id() {
    return id;
  }

  /**
   * Returns the state the entity is in.
   *
   * @return the current state
   */
  public Enum<?> from() {
    return from;
  }

  /**
   * Returns the state the refused verb leads to.
   *
   * @return the target state
   */
  public Enum<?> to() {
    return to;
  }
}
