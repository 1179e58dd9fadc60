package dev.mentoring.testkit.contract;

import dev.mentoring.core.memory.InMemoryMentoringStore;
import dev.mentoring.core.spi.MentoringStore;

/** Certifies the reference store: {@link InMemoryMentoringStore} passes the whole store kit. */
class InMemoryMentoringStoreContractTest extends MentoringStoreContract {

  @Override
  protected MentoringStore createStore() {
    return new InMemoryMentoringStore();
  }
}
