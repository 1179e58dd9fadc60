package dev.mentoring.jdbc;

import javax.sql.DataSource;

/** An empty store per case on one database per test class, migrated by the first case. */
final class StoreForCase {
  private StoreForCase() {}

  static JdbcMentoringStore create(DataSource database, boolean migrated, Runnable onMigrated) {
    if (!migrated) {
      JdbcMentoringStore store = JdbcMentoringStore.builder(database).build();
      onMigrated.run();
      Databases.clear(database);
      return store;
    }
    Databases.clear(database);
    return JdbcMentoringStore.builder(database).migrate(false).build();
  }
}
