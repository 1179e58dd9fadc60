package dev.mentoring.core;

import static java.util.Objects.requireNonNull;

import org.apiguardian.api.API;

/**
 * Thrown when a request names an entity that does not exist.
 *
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public final class NotFoundException extends MentoringException {
  private static final long serialVersionUID = 1L;

  /** The kind. */
  private final String kind;

  /** The id of the entity. */
  private final String id;

  /**
   * Creates the exception.
   *
   * @param kind what was looked for, such as {@code program} or {@code pair}
   * @param id the id that was not found
   */
  public NotFoundException(String kind, Object id) {
    super(requireNonNull(kind, "kind") + " " + requireNonNull(id, "id") + " not found");
    this.kind = kind;
    this.id = id.toString();
  }

  /**
   * Returns what was looked for.
   *
   * @return the entity kind, such as {@code program}
   */
  public String kind() {
    return kind;
  }

  /**
   * Returns the id that was not found.
   *
   * @return the id's text
   */
  public String id() {
    return id;
  }
}
