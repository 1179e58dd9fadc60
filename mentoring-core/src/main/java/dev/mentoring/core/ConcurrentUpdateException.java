package dev.mentoring.core;

import static java.util.Objects.requireNonNull;

import org.apiguardian.api.API;

/**
 * Thrown when an update is based on a stale version of an entity: another transaction changed it
 * first. The library never retries on its own; the caller may reload and try again.
 *
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public final class ConcurrentUpdateException extends MentoringException {
  private static final long serialVersionUID = 1L;

  /** The id of the entity. */
  private final String id;

  /** The expected version. */
  private final long expectedVersion;

  /** The actual version. */
  private final long actualVersion;

  /**
   * Creates the exception.
   *
   * @param id the entity's id
   * @param expectedVersion the version the update was based on
   * @param actualVersion the version found in the store
   */
  public ConcurrentUpdateException(Object id, long expectedVersion, long actualVersion) {
    super(
        requireNonNull(id, "id")
            + " was changed concurrently: expected version "
            + expectedVersion
            + " but found "
            + actualVersion);
    this.id = id.toString();
    this.expectedVersion = expectedVersion;
    this.actualVersion = actualVersion;
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
   * Returns the version the failed update was based on.
   *
   * @return the expected version
   */
  public long expectedVersion() {
    return expectedVersion;
  }

  /**
   * Returns the version found in the store.
   *
   * @return the actual version
   */
  public long actualVersion() {
    return actualVersion;
  }
}
