package dev.mentoring.examples.store;

import dev.mentoring.core.memory.InMemoryMentoringStore;
import dev.mentoring.core.spi.MentoringStore;
import dev.mentoring.testkit.contract.MentoringStoreContract;

/** Certifies the auditing store, decorating the in-memory store, with the testkit's kit. */
class AuditingMentoringStoreContractTest extends MentoringStoreContract {
  @Override
  protected MentoringStore createStore() {
    return AuditingMentoringStore.decorating(new InMemoryMentoringStore());
  }
}
