package dev.mentoring.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mentoring.core.ConcurrentUpdateException;
import dev.mentoring.core.program.Program;
import dev.mentoring.core.program.ProgramId;
import dev.mentoring.core.program.ProgramSpec;
import dev.mentoring.core.program.ProgramStatus;
import dev.mentoring.core.spi.StoreFeature;
import dev.mentoring.core.spi.StoreTransaction;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The builder, the schema and the transaction rules of {@link JdbcMentoringStore}. */
@DisplayName("JdbcMentoringStore")
class JdbcMentoringStoreTest {
  private static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");

  private static Program program(String id) {
    return new Program(
        ProgramId.of(id), 0, ProgramSpec.builder("P " + id).build(), ProgramStatus.DRAFT, T0, T0);
  }

  /** A data source whose connections report another database product. */
  private static DataSource reportingProduct(String product) {
    DataSource h2 = Databases.h2();
    return (DataSource)
        Proxy.newProxyInstance(
            DataSource.class.getClassLoader(),
            new Class<?>[] {DataSource.class},
            (proxy, method, args) -> {
              if (!method.getName().equals("getConnection")) {
                return method.invoke(h2, args);
              }
              Connection c = h2.getConnection();
              return Proxy.newProxyInstance(
                  Connection.class.getClassLoader(),
                  new Class<?>[] {Connection.class},
                  (p, m, a) -> {
                    if (m.getName().equals("getMetaData")) {
                      DatabaseMetaData meta = c.getMetaData();
                      return Proxy.newProxyInstance(
                          DatabaseMetaData.class.getClassLoader(),
                          new Class<?>[] {DatabaseMetaData.class},
                          (p2, m2, a2) ->
                              m2.getName().equals("getDatabaseProductName")
                                  ? product
                                  : m2.invoke(meta, a2));
                    }
                    return m.invoke(c, a);
                  });
            });
  }

  @Test
  @DisplayName("builder(null) and migrate(null) throw NullPointerException naming dataSource")
  void nullDataSource() {
    assertThatThrownBy(() -> JdbcMentoringStore.builder(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("dataSource");
    assertThatThrownBy(() -> JdbcMentoringStore.migrate(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("dataSource");
  }

  @Test
  @DisplayName("setting migrate twice throws IllegalStateException")
  void migrateTwice() {
    JdbcMentoringStore.Builder builder = JdbcMentoringStore.builder(Databases.h2()).migrate(true);

    assertThatThrownBy(() -> builder.migrate(false))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("migrate");
  }

  @Test
  @DisplayName(
      "a database other than H2 or PostgreSQL is refused with IllegalArgumentException naming the"
          + " product, and nothing is created")
  void unsupportedProduct() throws SQLException {
    DataSource other = reportingProduct("Oracle");

    assertThatThrownBy(() -> JdbcMentoringStore.builder(other).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("dataSource")
        .hasMessageContaining("\"Oracle\"");
    assertThatThrownBy(() -> JdbcMentoringStore.migrate(other))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("\"Oracle\"");
    assertThat(tables(other)).isEmpty();
  }

  @Test
  @DisplayName("a data source that cannot connect gives JdbcStoreException with the SQLState")
  void noConnection() {
    JdbcDataSource broken = new JdbcDataSource();
    broken.setURL("jdbc:h2:mem:x;IFEXISTS=TRUE");

    assertThatThrownBy(() -> JdbcMentoringStore.builder(broken).build())
        .isInstanceOfSatisfying(
            JdbcStoreException.class, e -> assertThat(e.sqlState()).isNotBlank())
        .hasCauseInstanceOf(SQLException.class);
  }

  @Test
  @DisplayName(
      "migrations create the store's tables beside a host's own, with a history table of their"
          + " own, and applying them again changes nothing")
  void migrationsBesideHostTables() throws SQLException {
    DataSource ds = Databases.h2();
    try (Connection c = ds.getConnection();
        Statement s = c.createStatement()) {
      s.execute("CREATE TABLE host_people (id INT PRIMARY KEY, name VARCHAR(100))");
      s.execute("INSERT INTO host_people VALUES (1, 'Ann')");
    }

    JdbcMentoringStore.migrate(ds);
    JdbcMentoringStore.migrate(ds);
    JdbcMentoringStore store = JdbcMentoringStore.builder(ds).build();
    store.inTransaction(tx -> tx.programs().insert(program("p1")));

    assertThat(tables(ds))
        // Flyway quotes the history table's name, so H2 keeps it in lower case.
        .contains("HOST_PEOPLE", "mentoring_schema_history")
        .containsAll(
            Databases.TABLES.stream().map(t -> t.toUpperCase(java.util.Locale.ROOT)).toList())
        .doesNotContain("FLYWAY_SCHEMA_HISTORY");
    try (Connection c = ds.getConnection();
        Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT \"version\", \"success\" FROM \"mentoring_schema_history\""
                    + " WHERE \"version\" = '1'")) {
      assertThat(rs.next()).as("version 1 recorded").isTrue();
      assertThat(rs.getBoolean(2)).isTrue();
      assertThat(rs.next()).as("version 1 applied once").isFalse();
    }
  }

  @Test
  @DisplayName("without migrate(true) and without a schema, a transaction fails with the SQLState")
  void noSchema() {
    JdbcMentoringStore store = JdbcMentoringStore.builder(Databases.h2()).migrate(false).build();

    assertThatThrownBy(() -> store.inTransaction(tx -> tx.programs().findAll()))
        .isInstanceOfSatisfying(
            JdbcStoreException.class,
            e -> assertThat(e.sqlState()).as("SQLState: a missing table").startsWith("42S0"));
  }

  @Test
  @DisplayName("features are atomic transactions and concurrent writers, without an outbox")
  void features() {
    JdbcMentoringStore store = JdbcMentoringStore.builder(Databases.h2()).build();

    assertThat(store.features())
        .containsExactlyInAnyOrder(
            StoreFeature.ATOMIC_TRANSACTIONS, StoreFeature.CONCURRENT_WRITERS);
  }

  @Test
  @DisplayName(
      "a transaction used after its work returned, or from another thread, throws"
          + " IllegalStateException")
  void transactionOutsideItsWork() throws Exception {
    JdbcMentoringStore store = JdbcMentoringStore.builder(Databases.h2()).build();
    List<StoreTransaction> leaked = new ArrayList<>();

    Throwable fromOtherThread =
        store.inTransaction(
            tx -> {
              leaked.add(tx);
              return CompletableFuture.supplyAsync(
                      () -> {
                        try {
                          tx.programs();
                          return null;
                        } catch (IllegalStateException e) {
                          return (Throwable) e;
                        }
                      })
                  .get(30, TimeUnit.SECONDS);
            });

    assertThat(fromOtherThread).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> leaked.get(0).programs()).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> leaked.get(0).afterCommit(() -> {}))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  @DisplayName(
      "a stale update reports the stored version; a transaction that throws afterwards rolls back")
  void staleUpdateThenRollback() {
    JdbcMentoringStore store = JdbcMentoringStore.builder(Databases.h2()).build();
    Program v1 = store.inTransaction(tx -> tx.programs().insert(program("p1")));
    store.inTransaction(tx -> tx.programs().update(v1));

    assertThatThrownBy(() -> store.inTransaction(tx -> tx.programs().update(v1)))
        .isInstanceOfSatisfying(
            ConcurrentUpdateException.class,
            e -> {
              assertThat(e.expectedVersion()).isEqualTo(1);
              assertThat(e.actualVersion()).isEqualTo(2);
            });
    assertThatThrownBy(
            () ->
                store.inTransaction(
                    tx -> {
                      tx.programs().insert(program("p2"));
                      throw new java.io.IOException("host failure");
                    }))
        .isInstanceOf(java.io.IOException.class)
        .hasMessage("host failure");
    Optional<Program> p2 =
        store.inTransaction((StoreTransaction tx) -> tx.programs().find(ProgramId.of("p2")));
    assertThat(p2).as("the program inserted before the failure").isEmpty();
  }

  private static List<String> tables(DataSource ds) throws SQLException {
    List<String> names = new ArrayList<>();
    try (Connection c = ds.getConnection();
        ResultSet rs = c.getMetaData().getTables(null, "PUBLIC", "%", new String[] {"TABLE"})) {
      while (rs.next()) {
        names.add(rs.getString("TABLE_NAME"));
      }
    }
    return names;
  }
}
