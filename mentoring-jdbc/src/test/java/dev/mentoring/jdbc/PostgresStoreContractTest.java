package dev.mentoring.jdbc;

import dev.mentoring.core.spi.MentoringStore;
import dev.mentoring.testkit.contract.MentoringStoreContract;
import javax.sql.DataSource;
import org.junit.jupiter.api.DisplayName;

/** The storage SPI's conformance kit on a PostgreSQL server started by the tests. */
@DisplayName("JdbcMentoringStore on PostgreSQL conforms to the storage SPI")
class PostgresStoreContractTest extends MentoringStoreContract {
  private static DataSource database;
  private static boolean migrated;

  @Override
  protected MentoringStore createStore() {
    if (database == null) {
      database = Databases.postgres("contract");
    }
    return StoreForCase.create(database, migrated, () -> migrated = true);
  }
}
