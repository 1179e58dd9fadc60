package dev.mentoring.jdbc.internal;

import dev.mentoring.jdbc.JdbcStoreException;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;

/** The store's schema: detection of the database and Flyway migrations. */
public final class Schema {
  /** Flyway's history table for the store's migrations, apart from any of the host's. */
  public static final String HISTORY_TABLE = "mentoring_schema_history";

  private Schema() {}

  /**
   * Detects the dialect of a data source's database.
   *
   * @param dataSource the data source
   * @return the dialect
   * @throws IllegalArgumentException if the database is neither H2 nor PostgreSQL
   * @throws JdbcStoreException if no connection can be opened
   */
  public static Dialect detect(DataSource dataSource) {
    try (Connection c = dataSource.getConnection()) {
      return Dialect.of(c.getMetaData().getDatabaseProductName());
    } catch (SQLException e) {
      throw new JdbcStoreException("cannot open a connection to detect the database", e);
    }
  }

  /**
   * Applies the store's pending migrations.
   *
   * @param dataSource the data source
   * @param dialect its dialect
   * @throws JdbcStoreException if a migration fails
   */
  public static void migrate(DataSource dataSource, Dialect dialect) {
    try {
      Flyway.configure(Schema.class.getClassLoader())
          .dataSource(dataSource)
          .locations(dialect.migrations())
          .table(HISTORY_TABLE)
          // The schema may hold the host's tables: start the store's history at version 0.
          .baselineOnMigrate(true)
          .baselineVersion("0")
          .load()
          .migrate();
    } catch (FlywayException e) {
      throw new JdbcStoreException("cannot migrate the mentoring schema", e);
    }
  }
}
