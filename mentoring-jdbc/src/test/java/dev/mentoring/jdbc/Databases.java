package dev.mentoring.jdbc;

import dev.mentoring.postgres.testing.PostgresServer;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;

/** The databases the tests run on. */
final class Databases {
  /** Every table of the store, children before parents. */
  static final List<String> TABLES =
      List.of(
          "mentoring_survey_responses",
          "mentoring_goals",
          "mentoring_meetings",
          "mentoring_resources",
          "mentoring_surveys",
          "mentoring_pairs",
          "mentoring_enrollments",
          "mentoring_sent_reminders",
          "mentoring_programs");

  private static final AtomicInteger H2_DATABASES = new AtomicInteger();

  private Databases() {}

  /** A new, empty in-memory H2 database that lives until the JVM ends. */
  static DataSource h2() {
    JdbcDataSource ds = new JdbcDataSource();
    ds.setURL("jdbc:h2:mem:mentoring-" + H2_DATABASES.incrementAndGet() + ";DB_CLOSE_DELAY=-1");
    return ds;
  }

  /** A new, empty PostgreSQL database on the tests' server. */
  static DataSource postgres(String label) {
    return PostgresServer.get().createDatabase(label);
  }

  /** Deletes every row of the store's tables. */
  static void clear(DataSource ds) {
    try (Connection c = ds.getConnection();
        Statement s = c.createStatement()) {
      for (String table : TABLES) {
        s.executeUpdate("DELETE FROM " + table);
      }
    } catch (SQLException e) {
      throw new IllegalStateException("cannot clear the store's tables", e);
    }
  }
}
