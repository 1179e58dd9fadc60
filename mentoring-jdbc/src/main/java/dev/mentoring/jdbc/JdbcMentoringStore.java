package dev.mentoring.jdbc;

import static java.util.Objects.requireNonNull;

import dev.mentoring.core.spi.MentoringStore;
import dev.mentoring.core.spi.StoreFeature;
import dev.mentoring.core.spi.StoreWork;
import dev.mentoring.jdbc.internal.Dialect;
import dev.mentoring.jdbc.internal.JdbcTransaction;
import dev.mentoring.jdbc.internal.Schema;
import dev.mentoring.jdbc.internal.Tables;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import javax.sql.DataSource;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * A {@link MentoringStore} on plain JDBC, for PostgreSQL (12 or newer) and H2 (2.x), on a {@link
 * DataSource} that the host supplies. The storage shape (tables, keys, indexes, JSON bodies) and
 * the schema migrations are described in the {@linkplain dev.mentoring.jdbc package documentation}.
 *
 * <pre>{@code
 * DataSource dataSource = ...; // the host's pool, or org.h2.jdbcx.JdbcDataSource for H2
 * MentoringStore store = JdbcMentoringStore.builder(dataSource).build(); // applies migrations
 * Mentoring mentoring = Mentoring.builder().store(store).build();
 * }</pre>
 *
 * <h2>Transactions</h2>
 *
 * <p>Each {@link #inTransaction} takes one connection from the data source, turns auto-commit off,
 * sets the isolation level to READ COMMITTED, runs the work, commits and closes the connection
 * (which returns it to a pool), then runs the after-commit actions on the calling thread. If the
 * work throws, the transaction is rolled back and the exception propagates unchanged. A nested call
 * on the same thread, and any use of a {@code StoreTransaction} after its work returned or from
 * another thread, throw {@link IllegalStateException}.
 *
 * <p>Versions are compare-and-set: an update is one {@code UPDATE ... WHERE id = ? AND version =
 * ?}; when it changes no row, the stored row is read to throw what the in-memory store throws
 * ({@link dev.mentoring.core.NotFoundException}, {@link
 * dev.mentoring.core.ConcurrentUpdateException} with the stored version, or {@link
 * IllegalArgumentException} for a move to another program). A conflict that the database itself
 * reports (serialization failure {@code 40001}, PostgreSQL deadlock {@code 40P01} or lock
 * unavailable {@code 55P03}, H2 lock timeout {@code HYT00} or concurrent update {@code 90131}, or a
 * unique key taken by a concurrent transaction) is also a {@code ConcurrentUpdateException}; its
 * actual version is then {@code -1}, as the database aborted the statement before it could be read,
 * and on PostgreSQL the transaction can only roll back. Every other failure of the database is a
 * {@link JdbcStoreException} carrying the SQLState.
 *
 * <h2>Capacity across transactions and JVMs</h2>
 *
 * <p>The engine accepts a pair by reading the mentor's and the mentee's enrollments, then the
 * program's pairs (to count places), then "touching" both enrollments, that is updating them with
 * their version as read, before it writes any pair. Two transactions that accept pairs of the same
 * mentor at once therefore both update the mentor's enrollment row from the same version. Under
 * READ COMMITTED the second {@code UPDATE} waits for the first transaction's row lock; when that
 * transaction commits, the database re-evaluates {@code version = ?} against the new row, matches
 * no row, and the store throws {@code ConcurrentUpdateException}: the second acceptance rolls back,
 * and the caller may retry, when the place count will see the first pair. (Where the database
 * reports a deadlock or serialization failure instead, the result is the same exception.) The row
 * lock lives in the database, so this holds for any number of stores, in any number of JVMs, on one
 * database: a mentor never exceeds capacity.
 *
 * <h2>Queries</h2>
 *
 * <p>Every finder is one statement on an indexed column, whatever the size of its result, and
 * returns rows sorted in Java in the order the SPI documents (time, then id), the same comparators
 * as the in-memory store, so the order never depends on a database collation. A report therefore
 * costs one statement per kind of aggregate, not one per pair.
 *
 * <p>This class is thread-safe: transactions of several threads run at once, each on its own
 * connection.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class JdbcMentoringStore implements MentoringStore {
  private static final Set<StoreFeature> FEATURES =
      Set.of(StoreFeature.ATOMIC_TRANSACTIONS, StoreFeature.CONCURRENT_WRITERS);

  private final DataSource dataSource;
  private final Tables tables;

  /** The stores with a transaction open on the current thread, to refuse nested calls. */
  private static final ThreadLocal<Set<JdbcMentoringStore>> ACTIVE =
      ThreadLocal.withInitial(() -> Collections.newSetFromMap(new IdentityHashMap<>()));

  private JdbcMentoringStore(DataSource dataSource, Dialect dialect) {
    this.dataSource = dataSource;
    this.tables = new Tables(dialect);
  }

  /**
   * Starts building a store on a data source.
   *
   * @param dataSource where connections come from; the store never closes it
   * @return a builder
   * @throws NullPointerException if {@code dataSource} is null
   */
  public static Builder builder(DataSource dataSource) {
    return new Builder(requireNonNull(dataSource, "dataSource"));
  }

  /**
   * Applies the store's pending schema migrations to a database, for hosts that migrate at
   * deployment and build their stores with {@link Builder#migrate(boolean) migrate(false)}. Safe to
   * call on an up-to-date schema, and from several JVMs at once (Flyway takes a lock).
   *
   * @param dataSource the database
   * @throws NullPointerException if {@code dataSource} is null
   * @throws IllegalArgumentException if the database is neither H2 nor PostgreSQL
   * @throws JdbcStoreException if a connection cannot be opened or a migration fails
   */
  public static void migrate(DataSource dataSource) {
    requireNonNull(dataSource, "dataSource");
    Schema.migrate(dataSource, Schema.detect(dataSource));
  }

  @Override
  public Set<StoreFeature> features() {
    return FEATURES;
  }

  @Override
  public <R, X extends Exception> R inTransaction(StoreWork<R, X> work) throws X {
    requireNonNull(work, "work");
    Set<JdbcMentoringStore> active = ACTIVE.get();
    if (active.contains(this)) {
      throw new IllegalStateException("nested transactions are not supported");
    }
    Connection connection = open();
    JdbcTransaction tx = new JdbcTransaction(connection, tables);
    R result;
    active.add(this);
    try {
      try {
        result = work.run(tx);
      } catch (Throwable failure) {
        tx.close();
        rollback(connection, failure);
        throw failure;
      }
      tx.close();
      commit(connection);
    } finally {
      active.remove(this);
      close(connection);
    }
    RuntimeException failure = null;
    for (Runnable action : tx.afterCommitActions()) {
      try {
        action.run();
      } catch (RuntimeException e) {
        if (failure == null) {
          failure = e;
        } else {
          failure.addSuppressed(e);
        }
      }
    }
    if (failure != null) {
      throw failure;
    }
    return result;
  }

  private Connection open() {
    Connection connection;
    try {
      connection = dataSource.getConnection();
    } catch (SQLException e) {
      throw new JdbcStoreException("cannot open a connection", e);
    }
    try {
      connection.setAutoCommit(false);
      if (connection.getTransactionIsolation() != Connection.TRANSACTION_READ_COMMITTED) {
        connection.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
      }
      return connection;
    } catch (SQLException e) {
      JdbcStoreException failure = new JdbcStoreException("cannot begin a transaction", e);
      try {
        connection.close();
      } catch (SQLException closing) {
        failure.addSuppressed(closing);
      }
      throw failure;
    }
  }

  private static void rollback(Connection connection, Throwable failure) {
    try {
      connection.rollback();
    } catch (SQLException e) {
      failure.addSuppressed(new JdbcStoreException("cannot roll back", e));
    }
  }

  private static void commit(Connection connection) {
    try {
      connection.commit();
    } catch (SQLException e) {
      JdbcStoreException failure = new JdbcStoreException("cannot commit", e);
      rollback(connection, failure);
      throw failure;
    }
  }

  private static void close(Connection connection) {
    try {
      connection.setAutoCommit(true);
      connection.close();
    } catch (SQLException e) {
      try {
        connection.close();
      } catch (SQLException closing) {
        e.addSuppressed(closing);
      }
      throw new JdbcStoreException("cannot close a connection", e);
    }
  }

  /**
   * Builds a {@link JdbcMentoringStore}. Defaults: migrations are applied by {@link #build()}.
   *
   * <p>Not thread-safe; {@link #build()} may be called more than once.
   *
   * @since 0.1
   */
  @API(status = API.Status.EXPERIMENTAL, since = "0.1")
  public static final class Builder {
    private final DataSource dataSource;
    private @Nullable Boolean migrate;

    private Builder(DataSource dataSource) {
      this.dataSource = dataSource;
    }

    /**
     * Sets whether {@link #build()} applies the store's pending schema migrations (default {@code
     * true}). With {@code false} the host applies them, with {@link JdbcMentoringStore#migrate} or
     * its own Flyway run of the store's locations, before the store is used.
     *
     * @param value whether to migrate
     * @return this builder
     * @throws IllegalStateException if it was set before
     */
    public Builder migrate(boolean value) {
      if (migrate != null) {
        throw new IllegalStateException("migrate was already set to " + migrate);
      }
      migrate = value;
      return this;
    }

    /**
     * Detects the database, applies migrations unless told not to, and builds the store.
     *
     * @return the store
     * @throws IllegalArgumentException if the database is neither H2 nor PostgreSQL
     * @throws JdbcStoreException if a connection cannot be opened or a migration fails
     */
    public JdbcMentoringStore build() {
      Dialect dialect = Schema.detect(dataSource);
      if (migrate == null || migrate) {
        Schema.migrate(dataSource, dialect);
      }
      return new JdbcMentoringStore(dataSource, dialect);
    }
  }
}
