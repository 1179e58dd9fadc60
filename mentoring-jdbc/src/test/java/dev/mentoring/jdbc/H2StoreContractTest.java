package dev.mentoring.jdbc;

import dev.mentoring.core.spi.MentoringStore;
import dev.mentoring.testkit.contract.MentoringStoreContract;
import javax.sql.DataSource;
import org.junit.jupiter.api.DisplayName;

/** The storage SPI's conformance kit on H2, in memory. */
@DisplayName("JdbcMentoringStore on H2 conforms to the storage SPI")
class H2StoreContractTest extends MentoringStoreContract {
  private static final DataSource DATABASE = Databases.h2();
  private static boolean migrated;

  @Override
  protected MentoringStore createStore() {
    return StoreForCase.create(DATABASE, migrated, () -> migrated = true);
  }
}
