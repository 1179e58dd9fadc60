package dev.mentoring.matching;

import static java.util.Objects.requireNonNull;

import dev.mentoring.core.MentoringException;
import java.util.List;
import org.apiguardian.api.API;

/**
 * Thrown when a registry is asked for a strategy id it does not hold.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class UnknownStrategyException extends MentoringException {
  private static final long serialVersionUID = 1L;

  /** The id asked for. */
  private final String id;

  /** The ids the registry holds. */
  @SuppressWarnings("serial") // an immutable List.copyOf list of strings
  private final List<String> known;

  /**
   * Creates the exception.
   *
   * @param id the id asked for
   * @param known the ids the registry holds
   */
  public UnknownStrategyException(String id, List<String> known) {
    super("no matching strategy '" + requireNonNull(id, "id") + "'; known: " + known);
    this.id = id;
    this.known = List.copyOf(known);
  }

  /**
   * Returns the id asked for.
   *
   * @return the unknown id
   */
  public String id() {
    return id;
  }

  /**
   * Returns the ids the registry holds, in registration order.
   *
   * @return the known ids
   */
  public List<String> known() {
    return known;
  }
}
