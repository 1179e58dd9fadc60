package dev.mentoring.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import dev.mentoring.core.spi.MentoringStore;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Event;
import org.junit.platform.testkit.engine.Events;

/**
 * Proves that {@link MentoringStoreContract} can fail: it runs the kit, through the JUnit Platform
 * test kit, against deliberately broken stores and checks that exactly the cases for the broken
 * rule fail. The {@code Broken*Kit} classes are nested, so surefire never runs them on its own.
 */
class StoreContractFailureTest {

  /** The kit against a store whose updates skip the version check. */
  static class BrokenVersionCheckStoreKit extends MentoringStoreContract {
    @Override
    protected MentoringStore createStore() {
      return StoreWrappers.versionBlind();
    }
  }

  /** The kit against a store that claims atomic transactions but commits a failed one's writes. */
  static class BrokenRollbackStoreKit extends MentoringStoreContract {
    @Override
    protected MentoringStore createStore() {
      return StoreWrappers.withoutRollback(true);
    }
  }

  /** The same store, honest about lacking atomic transactions. */
  static class NonAtomicStoreKit extends MentoringStoreContract {
    @Override
    protected MentoringStore createStore() {
      return StoreWrappers.withoutRollback(false);
    }
  }

  /** The kit against a store whose enrollments cannot be found by participant. */
  static class BrokenIndexStoreKit extends MentoringStoreContract {
    @Override
    protected MentoringStore createStore() {
      return StoreWrappers.forgetsEnrollmentsByParticipant();
    }
  }

  /** The kit against a store whose findByKeys ignores the order of the keys. */
  static class BrokenKeyOrderStoreKit extends MentoringStoreContract {
    @Override
    protected MentoringStore createStore() {
      return StoreWrappers.sortsRemindersFoundByKey();
    }
  }

  /** The kit against the reference store, run the same way, as a control. */
  static class ReferenceStoreKit extends InMemoryMentoringStoreContractTest {}

  private static Events run(Class<?> kit) {
    return EngineTestKit.engine("junit-jupiter").selectors(selectClass(kit)).execute().testEvents();
  }

  /** "group > case" for a test event. */
  private static String name(Event event) {
    TestDescriptor test = event.getTestDescriptor();
    String group = test.getParent().map(TestDescriptor::getDisplayName).orElse("?");
    return group + " > " + test.getDisplayName();
  }

  private static List<String> names(Events events) {
    return events.stream().map(StoreContractFailureTest::name).sorted().toList();
  }

  private static Map<String, String> failureMessages(Events events) {
    return events.failed().stream()
        .collect(
            Collectors.toMap(
                StoreContractFailureTest::name,
                e ->
                    e.getPayload(org.junit.platform.engine.TestExecutionResult.class)
                        .flatMap(org.junit.platform.engine.TestExecutionResult::getThrowable)
                        .map(String::valueOf)
                        .orElse("")));
  }

  @Test
  void referenceStore_passesEveryCase() {
    Events events = run(ReferenceStoreKit.class);

    assertThat(names(events.failed())).isEmpty();
    assertThat(names(events.aborted())).isEmpty();
    assertThat(events.succeeded().count()).isEqualTo(events.started().count()).isGreaterThan(100);
  }

  @Test
  void versionBlindStore_failsExactlyTheVersionCases() {
    Events events = run(BrokenVersionCheckStoreKit.class);

    String stale =
        " > update carrying a stale version throws ConcurrentUpdateException naming the id and"
            + " both versions, and changes nothing";
    assertThat(names(events.failed()))
        .containsExactly(
            "concurrent writers (CONCURRENT_WRITERS) > writers that read the same version race to"
                + " update it: each round exactly one wins and the others get"
                + " ConcurrentUpdateException",
            "enrollments" + stale,
            "goals" + stale,
            "knowledge-base resources > delete carrying a stale version throws"
                + " ConcurrentUpdateException naming the id and both versions, and removes"
                + " nothing",
            "knowledge-base resources" + stale,
            "meetings" + stale,
            "pairs" + stale,
            "programs" + stale,
            "survey responses" + stale,
            "surveys" + stale);
    assertThat(names(events.aborted())).isEmpty();
    assertThat(events.succeeded().count()).isEqualTo(events.started().count() - 10);
    assertThat(failureMessages(events))
        .hasEntrySatisfying(
            "programs > update carrying a stale version throws ConcurrentUpdateException naming"
                + " the id and both versions, and changes nothing",
            message ->
                assertThat(message)
                    .contains(
                        "update of p1 carrying version 1 while version 2 is stored returned"
                            + " normally; expected ConcurrentUpdateException"))
        .hasEntrySatisfying(
            "goals" + stale,
            message ->
                assertThat(message)
                    .contains(
                        "update of g1 carrying version 1 while version 2 is stored returned"
                            + " normally; expected ConcurrentUpdateException"));
  }

  @Test
  void storeWithoutRollback_claimingAtomicity_failsTheRollbackCase() {
    Events events = run(BrokenRollbackStoreKit.class);

    assertThat(names(events.failed()))
        .containsExactly(
            "transactions > a failed transaction's writes are all rolled back"
                + " (ATOMIC_TRANSACTIONS)");
    assertThat(names(events.aborted())).isEmpty();
  }

  @Test
  void storeWithoutRollback_honestAboutIt_skipsTheRollbackCaseAndPassesTheRest() {
    Events events = run(NonAtomicStoreKit.class);

    assertThat(names(events.failed())).isEmpty();
    assertThat(names(events.aborted()))
        .containsExactly(
            "transactions > a failed transaction's writes are all rolled back"
                + " (ATOMIC_TRANSACTIONS)");
    assertThat(
            events.aborted().stream()
                .map(
                    e ->
                        e.getPayload(org.junit.platform.engine.TestExecutionResult.class)
                            .flatMap(org.junit.platform.engine.TestExecutionResult::getThrowable)
                            .map(Throwable::getMessage)
                            .orElse("")))
        .singleElement()
        .asString()
        .contains("StoreFeature.ATOMIC_TRANSACTIONS");
    assertThat(events.succeeded().count()).isEqualTo(events.started().count() - 1);
  }

  @Test
  void storeSortingRemindersFoundByKey_failsExactlyTheKeyOrderCases() {
    Events events = run(BrokenKeyOrderStoreKit.class);

    assertThat(names(events.failed()))
        .containsExactly(
            "the reminder log > findByKeys answers thousands of keys in one call",
            "the reminder log > findByKeys returns each reminder once however often its key is"
                + " repeated, where its key first occurs",
            "the reminder log > findByKeys returns the reminders recorded under the keys in the"
                + " order their keys occur, not by time, key or recipient");
    assertThat(names(events.aborted())).isEmpty();
    assertThat(events.succeeded().count()).isEqualTo(events.started().count() - 3);
  }

  @Test
  void storeWithMissingIndex_failsItsQueryCaseAndTheConsistencyCheckAfterOtherCases() {
    Events events = run(BrokenIndexStoreKit.class);
    String insertCase =
        "enrollments > insert stores version 1 and both finds return every component unchanged";

    assertThat(names(events.failed()))
        .contains(
            "enrollments > findByParticipant lists the participant's enrollments in every"
                + " program, by application time, then id",
            insertCase)
        .doesNotContain(
            "programs > insert stores version 1 and find returns every component unchanged");
    assertThat(failureMessages(events).get(insertCase))
        .as("the insert case checks no query by participant; the check after it does")
        .contains("after the case, enrollment e1 listed by findByProgram(p1): findByParticipant");
  }
}
