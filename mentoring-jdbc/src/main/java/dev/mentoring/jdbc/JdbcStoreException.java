package dev.mentoring.jdbc;

import java.sql.SQLException;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * Thrown when the database fails a request of {@link JdbcMentoringStore} for a reason other than a
 * conflict between transactions (which is a {@link dev.mentoring.core.ConcurrentUpdateException}):
 * the connection cannot be opened or is lost, a statement is refused, the schema is missing, a
 * stored body cannot be read. The cause is the {@link SQLException} (or the decoding failure) that
 * reported it.
 *
 * <p>It is not a {@link dev.mentoring.core.MentoringException}: those are the engine refusing a
 * request, this is the infrastructure failing one.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class JdbcStoreException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** The SQLState of the failure, if the database reported one. */
  private final @Nullable String sqlState;

  /**
   * Creates the exception for a failed database call.
   *
   * @param message what the store was doing
   * @param cause what the driver threw
   */
  public JdbcStoreException(String message, SQLException cause) {
    super(message + ": " + cause.getMessage() + describe(cause.getSQLState()), cause);
    this.sqlState = cause.getSQLState();
  }

  /**
   * Creates the exception for a failure without an SQLState, such as a body that cannot be read.
   *
   * @param message what went wrong
   * @param cause the underlying failure
   */
  public JdbcStoreException(String message, Throwable cause) {
    super(message, cause);
    this.sqlState = null;
  }

  private static String describe(@Nullable String sqlState) {
    return sqlState == null ? "" : " (SQLState " + sqlState + ")";
  }

  /**
   * Returns the SQLState that the database reported, such as {@code 08001} for a failed connection.
   *
   * @return the SQLState, or null if there is none
   */
  public @Nullable String sqlState() {
    return sqlState;
  }
}
