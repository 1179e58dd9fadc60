package dev.mentoring.benchmarks;

import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;

/** New in-memory H2 databases for the JDBC benchmarks. */
final class H2Databases {
  private static final AtomicInteger COUNT = new AtomicInteger();

  private H2Databases() {}

  /** A new, empty in-memory database that lives until the JVM ends. */
  static DataSource create() {
    JdbcDataSource ds = new JdbcDataSource();
    ds.setURL("jdbc:h2:mem:bench-" + COUNT.incrementAndGet() + ";DB_CLOSE_DELAY=-1");
    return ds;
  }
}
