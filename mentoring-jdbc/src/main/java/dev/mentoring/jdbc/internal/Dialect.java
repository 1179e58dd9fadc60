package dev.mentoring.jdbc.internal;

import java.util.Locale;
import java.util.Set;

/** The databases the store runs on, and what differs between them. */
public enum Dialect {
  /** H2 2.x, embedded or as a server. */
  H2("h2"),
  /** PostgreSQL 12 or newer. */
  POSTGRESQL("postgresql");

  /** SQLStates of conflicts between transactions: serialization failure, deadlock, lock wait. */
  private static final Set<String> CONFLICTS =
      Set.of(
          "40001", // serialization failure (both), H2 deadlock
          "40P01", // PostgreSQL deadlock
          "55P03", // PostgreSQL lock not available
          "HYT00", // H2 lock timeout
          "90131"); // H2 concurrent update of a row

  private final String vendor;

  Dialect(String vendor) {
    this.vendor = vendor;
  }

  /**
   * Returns the dialect of a database product, as {@code DatabaseMetaData.getDatabaseProductName()}
   * names it.
   *
   * @param productName the product name
   * @return the dialect
   * @throws IllegalArgumentException if the product is neither H2 nor PostgreSQL
   */
  public static Dialect of(String productName) {
    String name = productName.trim().toLowerCase(Locale.ROOT);
    if (name.equals("h2")) {
      return H2;
    }
    if (name.equals("postgresql")) {
      return POSTGRESQL;
    }
    throw new IllegalArgumentException(
        "dataSource: unsupported database product \""
            + productName
            + "\"; JdbcMentoringStore supports H2 and PostgreSQL");
  }

  /**
   * Returns the Flyway location of this dialect's migrations.
   *
   * @return a {@code classpath:} location
   */
  public String migrations() {
    return "classpath:META-INF/mentoring-jdbc/migration/" + vendor;
  }

  /**
   * Tells whether a failed statement leaves the transaction usable: H2 undoes only the statement,
   * PostgreSQL aborts the whole transaction.
   *
   * @return whether later statements of the transaction may run
   */
  boolean survivesFailedStatement() {
    return this == H2;
  }

  /**
   * Returns the clause that makes an insert do nothing instead of failing when a unique key is
   * taken, or the empty string where the dialect has none (the store then catches the failure).
   *
   * @return the clause, with a leading space, or empty
   */
  String onConflictDoNothing() {
    return this == POSTGRESQL ? " ON CONFLICT DO NOTHING" : "";
  }

  /**
   * Tells whether an SQLState reports a conflict with another transaction.
   *
   * @param sqlState the state, possibly null
   * @return whether it is a serialization failure, deadlock or lock timeout
   */
  static boolean isConflict(String sqlState) {
    return CONFLICTS.contains(sqlState);
  }

  /**
   * Tells whether an SQLState reports a violated unique constraint.
   *
   * @param sqlState the state, possibly null
   * @return whether it is {@code 23505}
   */
  static boolean isUniqueViolation(String sqlState) {
    return "23505".equals(sqlState);
  }
}
