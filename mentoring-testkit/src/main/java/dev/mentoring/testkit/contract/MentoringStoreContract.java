package dev.mentoring.testkit.contract;

import static dev.mentoring.testkit.contract.StoreSamples.T0;
import static dev.mentoring.testkit.contract.StoreSamples.abandoned;
import static dev.mentoring.testkit.contract.StoreSamples.about;
import static dev.mentoring.testkit.contract.StoreSamples.at;
import static dev.mentoring.testkit.contract.StoreSamples.described;
import static dev.mentoring.testkit.contract.StoreSamples.draftSurvey;
import static dev.mentoring.testkit.contract.StoreSamples.endedPair;
import static dev.mentoring.testkit.contract.StoreSamples.enrollment;
import static dev.mentoring.testkit.contract.StoreSamples.goal;
import static dev.mentoring.testkit.contract.StoreSamples.meeting;
import static dev.mentoring.testkit.contract.StoreSamples.movedTo;
import static dev.mentoring.testkit.contract.StoreSamples.pair;
import static dev.mentoring.testkit.contract.StoreSamples.person;
import static dev.mentoring.testkit.contract.StoreSamples.program;
import static dev.mentoring.testkit.contract.StoreSamples.reanswered;
import static dev.mentoring.testkit.contract.StoreSamples.reassigned;
import static dev.mentoring.testkit.contract.StoreSamples.reminder;
import static dev.mentoring.testkit.contract.StoreSamples.resource;
import static dev.mentoring.testkit.contract.StoreSamples.response;
import static dev.mentoring.testkit.contract.StoreSamples.retitled;
import static dev.mentoring.testkit.contract.StoreSamples.scheduledMeeting;
import static dev.mentoring.testkit.contract.StoreSamples.survey;
import static java.util.Objects.requireNonNull;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.mentoring.core.ConcurrentUpdateException;
import dev.mentoring.core.NotFoundException;
import dev.mentoring.core.ParticipantId;
import dev.mentoring.core.enrollment.Enrollment;
import dev.mentoring.core.enrollment.EnrollmentId;
import dev.mentoring.core.feedback.ResponseId;
import dev.mentoring.core.feedback.Survey;
import dev.mentoring.core.feedback.SurveyId;
import dev.mentoring.core.feedback.SurveyResponse;
import dev.mentoring.core.goal.Goal;
import dev.mentoring.core.goal.GoalId;
import dev.mentoring.core.meeting.Meeting;
import dev.mentoring.core.meeting.MeetingId;
import dev.mentoring.core.meeting.MeetingSeriesId;
import dev.mentoring.core.memory.InMemoryMentoringStore;
import dev.mentoring.core.pairing.ExitReason;
import dev.mentoring.core.pairing.Pair;
import dev.mentoring.core.pairing.PairId;
import dev.mentoring.core.program.ApprovalSide;
import dev.mentoring.core.program.Program;
import dev.mentoring.core.program.ProgramId;
import dev.mentoring.core.resource.Resource;
import dev.mentoring.core.resource.ResourceId;
import dev.mentoring.core.spi.MentoringStore;
import dev.mentoring.core.spi.SentReminder;
import dev.mentoring.core.spi.StoreFeature;
import dev.mentoring.core.spi.StoreTransaction;
import dev.mentoring.core.spi.StoreWork;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.function.UnaryOperator;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The conformance kit for {@link MentoringStore} implementations: every promise of the storage SPI
 * in {@code dev.mentoring.core.spi}, checked against a fresh store per case. A vendor extends it in
 * a test class and implements one factory method:
 *
 * <pre>{@code
 * class JdbcMentoringStoreContractTest extends MentoringStoreContract {
 *   @Override protected MentoringStore createStore() { return JdbcMentoringStore.create(freshSchema()); }
 * }
 * }</pre>
 *
 * <p>The cases are grouped by {@link Nested} classes with sentence-style display names, so a
 * failure reads as the rule it breaks: programs, enrollments, pairs, goals, meetings, surveys,
 * survey responses, knowledge-base resources, the reminder log, transactions, concurrent writers,
 * erasure of personal data, and the engine run end to end on the store. Each repository's cases
 * follow its Javadoc: insert stores version 1 and refuses another version or a taken id (or, for
 * survey responses, a second response of a respondent to a survey about the same pair and subject),
 * update is a compare-and-set that refuses a stale version and an unknown id and never moves an
 * aggregate to another program, each finder lists exactly its rows in its documented order with the
 * id breaking ties, and a resource's delete is a compare-and-set too. After every case the kit
 * checks that the store is self-consistent: each aggregate is found the same way through every
 * query that should list it, with a version of at least 1, at most one enrollment per participant
 * and program and one response per respondent, survey, pair and subject, and no enrollment, pair,
 * goal or response of a program that is not stored.
 *
 * <p>Capabilities come from {@link MentoringStore#features()}. Cases that need a feature the store
 * does not claim are skipped through a JUnit assumption that names the feature: rollback needs
 * {@link StoreFeature#ATOMIC_TRANSACTIONS}; the concurrent-writer cases and the concurrent engine
 * run need {@link StoreFeature#CONCURRENT_WRITERS}. Everything else, optimistic versioning
 * included, is mandatory; in particular a store without concurrent writers must still serve
 * transactions from different threads one after another, since every store must be thread-safe. A
 * store that lacks a feature but passes its cases anyway is not faulted. {@link
 * StoreFeature#EVENT_OUTBOX} is not checked: the SPI has no operation through which a kit could
 * observe an outbox. Nor does the kit use a transaction's repositories after its work returns: the
 * SPI only says they are not valid there, not how they fail.
 *
 * <p>The kit uses ids of its own for every kind of aggregate and millisecond-precision instants,
 * and expects the store to give back every component of what it stored unchanged. The rows it
 * writes refer only to programs, pairs and surveys it stored first, so a store may check such
 * references (as foreign keys), though the SPI does not ask it to. The cases run in a few seconds
 * against the in-memory store; the concurrent ones use up to 8 threads.
 *
 * <p>Instances are created by JUnit, one per case; they are not meant to be shared between threads.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public abstract class MentoringStoreContract {
  private static final long TIMEOUT_SECONDS = 30;

  private @Nullable MentoringStore store;

  /** Creates the kit; JUnit calls this through the implementor's subclass. */
  protected MentoringStoreContract() {}

  /**
   * Creates the store under test. Called once before each case; each call must return a store that
   * holds no data and shares none with the stores returned before.
   *
   * @return a new, empty store
   */
  protected abstract MentoringStore createStore();

  @BeforeEach
  void createEmptyStore() {
    MentoringStore created = createStore();
    assertThat(created).as("createStore()").isNotNull();
    this.store = created;
    assertThat(read((StoreTransaction tx) -> tx.programs().findAll()))
        .as("createStore() must return an empty store, but it holds programs")
        .isEmpty();
  }

  @AfterEach
  void checkStoreIsConsistent() {
    if (store != null) {
      StoreInvariants.check(store);
    }
  }

  // ------------------------------------------------------------------ helpers for the cases

  private MentoringStore store() {
    return requireNonNull(store, "createStore() was not called");
  }

  private <R> R read(StoreWork<R, RuntimeException> work) {
    return store().inTransaction(work);
  }

  /** Runs work that returns nothing in one transaction. */
  private void write(Consumer<StoreTransaction> work) {
    store()
        .inTransaction(
            tx -> {
              work.accept(tx);
              return Boolean.TRUE;
            });
  }

  private boolean supports(StoreFeature feature) {
    return store().features().contains(feature);
  }

  private void assumeSupports(StoreFeature feature) {
    assumeTrue(
        supports(feature), () -> "skipped: the store does not claim StoreFeature." + feature);
  }

  private Program insert(Program p) {
    return read(tx -> tx.programs().insert(p));
  }

  private Enrollment insert(Enrollment e) {
    return read(tx -> tx.enrollments().insert(e));
  }

  private Pair insert(Pair p) {
    return read(tx -> tx.pairs().insert(p));
  }

  private void record(SentReminder r) {
    write(tx -> tx.reminders().record(r));
  }

  private Optional<Program> find(ProgramId id) {
    return read(tx -> tx.programs().find(id));
  }

  private Optional<Enrollment> find(EnrollmentId id) {
    return read(tx -> tx.enrollments().find(id));
  }

  private Optional<Pair> find(PairId id) {
    return read(tx -> tx.pairs().find(id));
  }

  /** Everything the queries return about some programs and people, for before/after comparison. */
  private Map<String, Object> contents(List<ProgramId> programs, List<ParticipantId> people) {
    return read(
        tx -> {
          Map<String, Object> all = new LinkedHashMap<>();
          all.put("programs", tx.programs().findAll());
          for (ProgramId p : programs) {
            all.put("enrollments of " + p, tx.enrollments().findByProgram(p));
            all.put("pairs of " + p, tx.pairs().findByProgram(p));
            all.put("goals of " + p, tx.goals().findByProgram(p));
            all.put("meetings of " + p, tx.meetings().findByProgram(p));
            all.put("surveys of " + p, tx.surveys().findByProgram(p));
            all.put("survey responses of " + p, tx.surveyResponses().findByProgram(p));
            all.put("resources of " + p, tx.resources().findByProgram(p));
          }
          for (ParticipantId who : people) {
            all.put("enrollments of " + who, tx.enrollments().findByParticipant(who));
            all.put("pairs of " + who, tx.pairs().findByParticipant(who));
            all.put("reminders of " + who, tx.reminders().findByRecipient(who));
            all.put("goals owned by " + who, tx.goals().findByOwner(who));
            all.put("survey responses of " + who, tx.surveyResponses().findByRespondent(who));
          }
          return all;
        });
  }

  private static void assertStale(
      @Nullable Throwable thrown, Object id, long expectedVersion, long actualVersion) {
    String update =
        "update of "
            + id
            + " carrying version "
            + expectedVersion
            + " while version "
            + actualVersion
            + " is stored";
    if (thrown == null) {
      throw new AssertionError(update + " returned normally; expected ConcurrentUpdateException");
    }
    assertThat(thrown).as(update).isInstanceOf(ConcurrentUpdateException.class);
    ConcurrentUpdateException e = (ConcurrentUpdateException) thrown;
    assertThat(e.id()).as("ConcurrentUpdateException.id()").isEqualTo(id.toString());
    assertThat(e.expectedVersion())
        .as("ConcurrentUpdateException.expectedVersion()")
        .isEqualTo(expectedVersion);
    assertThat(e.actualVersion())
        .as("ConcurrentUpdateException.actualVersion()")
        .isEqualTo(actualVersion);
  }

  /**
   * Runs {@code threads} tasks at once, released together, and returns their results in task order;
   * a task's exception fails the case with that exception as the cause.
   */
  private static <T> List<T> concurrently(int threads, IntFunction<Callable<T>> task)
      throws InterruptedException {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      CountDownLatch ready = new CountDownLatch(threads);
      CountDownLatch go = new CountDownLatch(1);
      List<Future<T>> futures = new ArrayList<>();
      for (int i = 0; i < threads; i++) {
        Callable<T> work = task.apply(i);
        futures.add(
            pool.submit(
                () -> {
                  ready.countDown();
                  go.await();
                  return work.call();
                }));
      }
      assertThat(ready.await(TIMEOUT_SECONDS, TimeUnit.SECONDS)).as("all threads started").isTrue();
      go.countDown();
      List<T> results = new ArrayList<>();
      for (Future<T> future : futures) {
        try {
          results.add(future.get(TIMEOUT_SECONDS, TimeUnit.SECONDS));
        } catch (ExecutionException e) {
          throw new AssertionError("a concurrent task failed: " + e.getCause(), e.getCause());
        } catch (TimeoutException e) {
          throw new AssertionError(
              "a concurrent task did not finish within " + TIMEOUT_SECONDS + " s", e);
        }
      }
      return results;
    } finally {
      pool.shutdownNow();
      if (!pool.awaitTermination(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
        fail("the kit's threads did not stop");
      }
    }
  }

  /** Runs a task on a new thread and waits for it; its exception fails the case. */
  private static <T> T onAnotherThread(Callable<T> task) throws InterruptedException {
    return concurrently(1, i -> task).get(0);
  }

  // ------------------------------------------------------------------ shared repository cases

  /**
   * How the cases reach one versioned repository: the operations that the goal, meeting, survey,
   * survey response and resource repositories share, so that one helper checks each of them.
   */
  private record Repo<I, V>(
      String name,
      BiFunction<StoreTransaction, I, Optional<V>> find,
      BiFunction<StoreTransaction, V, V> insert,
      BiFunction<StoreTransaction, V, V> update,
      Function<V, I> id,
      BiFunction<V, Long, V> withVersion) {}

  private static final Repo<GoalId, Goal> GOALS =
      new Repo<>(
          "goal",
          (tx, id) -> tx.goals().find(id),
          (tx, g) -> tx.goals().insert(g),
          (tx, g) -> tx.goals().update(g),
          Goal::id,
          Goal::withVersion);
  private static final Repo<MeetingId, Meeting> MEETINGS =
      new Repo<>(
          "meeting",
          (tx, id) -> tx.meetings().find(id),
          (tx, m) -> tx.meetings().insert(m),
          (tx, m) -> tx.meetings().update(m),
          Meeting::id,
          Meeting::withVersion);
  private static final Repo<SurveyId, Survey> SURVEYS =
      new Repo<>(
          "survey",
          (tx, id) -> tx.surveys().find(id),
          (tx, s) -> tx.surveys().insert(s),
          (tx, s) -> tx.surveys().update(s),
          Survey::id,
          Survey::withVersion);
  private static final Repo<ResponseId, SurveyResponse> RESPONSES =
      new Repo<>(
          "survey response",
          (tx, id) -> tx.surveyResponses().find(id),
          (tx, r) -> tx.surveyResponses().insert(r),
          (tx, r) -> tx.surveyResponses().update(r),
          SurveyResponse::id,
          SurveyResponse::withVersion);
  private static final Repo<ResourceId, Resource> RESOURCES =
      new Repo<>(
          "resource",
          (tx, id) -> tx.resources().find(id),
          (tx, r) -> tx.resources().insert(r),
          (tx, r) -> tx.resources().update(r),
          Resource::id,
          Resource::withVersion);

  private <I, V> V insert(Repo<I, V> repo, V value) {
    return read(tx -> repo.insert().apply(tx, value));
  }

  private <I, V> V update(Repo<I, V> repo, V value) {
    return read(tx -> repo.update().apply(tx, value));
  }

  private <I, V> Optional<V> find(Repo<I, V> repo, I id) {
    return read(tx -> repo.find().apply(tx, id));
  }

  /** Inserts a value with version 0 and checks the result and find(id). */
  private <I, V> V checkInsertRoundTrip(Repo<I, V> repo, V value) {
    V stored = insert(repo, value);

    assertThat(stored).as("insert's result").isEqualTo(repo.withVersion().apply(value, 1L));
    assertThat(find(repo, repo.id().apply(value))).as("find(id)").contains(stored);
    return stored;
  }

  /** Inserts a value with a version other than 0: IllegalArgumentException, nothing stored. */
  private <I, V> void checkInsertNonZeroVersion(
      Repo<I, V> repo, V value, StoreWork<List<?>, RuntimeException> listing) {
    V versioned = repo.withVersion().apply(value, 3L);

    assertThatThrownBy(() -> insert(repo, versioned))
        .as("insert of a %s with version 3", repo.name())
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(find(repo, repo.id().apply(value))).as("find(id)").isEmpty();
    assertThat(read(listing)).as("the listing that would hold it").isEmpty();
  }

  /** Inserts a second value with a stored id: ConcurrentUpdateException, the first one kept. */
  private <I, V> void checkInsertExistingId(Repo<I, V> repo, V first, V sameId) {
    V stored = insert(repo, first);

    assertThatThrownBy(() -> insert(repo, sameId))
        .as("insert of another %s with id %s", repo.name(), repo.id().apply(first))
        .isInstanceOf(ConcurrentUpdateException.class);
    assertThat(find(repo, repo.id().apply(first))).contains(stored);
  }

  /** Two updates carrying the stored version: versions 2 and 3, each change kept. */
  private <I, V> void checkUpdateCurrentVersion(
      Repo<I, V> repo, V v1, UnaryOperator<V> first, UnaryOperator<V> second) {
    V v2 = update(repo, first.apply(v1));
    V v3 = update(repo, second.apply(v2));

    assertThat(v2).isEqualTo(repo.withVersion().apply(first.apply(v1), 2L));
    assertThat(v3).isEqualTo(repo.withVersion().apply(second.apply(v2), 3L));
    assertThat(find(repo, repo.id().apply(v1))).contains(v3);
  }

  /**
   * An update carrying version 1 after the stored one moved to 2, and one carrying a version ahead
   * of it: ConcurrentUpdateException naming the id and both versions, nothing changed.
   */
  private <I, V> void checkUpdateStale(
      Repo<I, V> repo, V v1, UnaryOperator<V> winner, UnaryOperator<V> loser) {
    V v2 = update(repo, winner.apply(v1));

    Throwable stale = catchThrowable(() -> update(repo, loser.apply(v1)));
    Throwable ahead =
        catchThrowable(() -> update(repo, repo.withVersion().apply(loser.apply(v1), 7L)));

    I id = repo.id().apply(v1);
    assertStale(stale, id, 1, 2);
    assertStale(ahead, id, 7, 2);
    assertThat(find(repo, id)).contains(v2);
  }

  /** An update of an id never stored: NotFoundException naming the id, nothing stored. */
  private <I, V> void checkUpdateUnknown(Repo<I, V> repo, V ghost) {
    V versioned = repo.withVersion().apply(ghost, 1L);

    assertThatThrownBy(() -> update(repo, versioned))
        .isInstanceOfSatisfying(
            NotFoundException.class,
            e -> assertThat(e.id()).isEqualTo(repo.id().apply(ghost).toString()));
    assertThat(find(repo, repo.id().apply(ghost))).isEmpty();
  }

  /**
   * An update that moves a stored value to another program is refused, with the exception the SPI
   * documents if it documents one, and changes nothing.
   */
  private <I, V> void checkUpdateOtherProgram(
      Repo<I, V> repo,
      V stored,
      V moved,
      @Nullable Class<? extends Throwable> documented,
      StoreWork<List<?>, RuntimeException> otherProgramListing) {
    Throwable thrown = catchThrowable(() -> update(repo, moved));

    assertThat(thrown)
        .as(
            "the exception refusing to move %s %s to another program",
            repo.name(), repo.id().apply(stored))
        .isNotNull();
    if (documented != null) {
      assertThat(thrown).isInstanceOf(documented);
    }
    assertThat(find(repo, repo.id().apply(stored))).contains(stored);
    assertThat(read(otherProgramListing)).as("the other program's listing").isEmpty();
  }

  // ------------------------------------------------------------------ features

  @Nested
  @DisplayName("features")
  class Features {

    @Test
    @DisplayName("features() is never null and the same on every call")
    void features_stable() {
      Set<StoreFeature> first = store().features();
      assertThat(first).as("features()").isNotNull();
      assertThat(store().features()).as("features() called again").isEqualTo(first);
    }
  }

  // ------------------------------------------------------------------ programs

  @Nested
  @DisplayName("programs")
  class Programs {

    @Test
    @DisplayName("insert stores version 1 and find returns every component unchanged")
    void insert_roundTrip() {
      Program p = program("p1", T0);

      Program stored = insert(p);

      assertThat(stored).as("insert's result").isEqualTo(p.withVersion(1));
      assertThat(find(p.id())).as("find(id)").contains(stored);
    }

    @Test
    @DisplayName("find of an unknown id is empty")
    void find_unknown() {
      insert(program("p1", T0));

      assertThat(find(ProgramId.of("unknown"))).isEmpty();
    }

    @Test
    @DisplayName(
        "insert of a version other than 0 throws IllegalArgumentException and stores nothing")
    void insert_nonZeroVersion() {
      Program p = program("p1", T0).withVersion(1);

      assertThatThrownBy(() -> insert(p)).isInstanceOf(IllegalArgumentException.class);
      assertThat(read((StoreTransaction tx) -> tx.programs().findAll())).isEmpty();
    }

    @Test
    @DisplayName(
        "insert of an existing id throws ConcurrentUpdateException and keeps the stored program")
    void insert_existingId() {
      Program first = insert(program("p1", T0));

      assertThatThrownBy(() -> insert(described(program("p1", at(5)), "another")))
          .isInstanceOf(ConcurrentUpdateException.class);
      assertThat(find(first.id())).contains(first);
    }

    @Test
    @DisplayName("update carrying the stored version stores the next version")
    void update_currentVersion() {
      Program v1 = insert(program("p1", T0));

      Program v2 = read(tx -> tx.programs().update(described(v1, "second")));
      Program v3 = read(tx -> tx.programs().update(v2.openEnrollment(at(10))));

      assertThat(v2).isEqualTo(described(v1, "second").withVersion(2));
      assertThat(v3).isEqualTo(v2.openEnrollment(at(10)).withVersion(3));
      assertThat(find(v1.id())).contains(v3);
    }

    @Test
    @DisplayName(
        "update carrying a stale version throws ConcurrentUpdateException naming the id and both"
            + " versions, and changes nothing")
    void update_staleVersion() {
      Program v1 = insert(program("p1", T0));
      Program v2 = read(tx -> tx.programs().update(described(v1, "second")));

      Throwable stale = catchThrowable(() -> read(tx -> tx.programs().update(v1.close(at(9)))));
      Throwable ahead =
          catchThrowable(() -> read(tx -> tx.programs().update(v1.withVersion(7).close(at(9)))));

      assertStale(stale, v1.id(), 1, 2);
      assertStale(ahead, v1.id(), 7, 2);
      assertThat(find(v1.id())).contains(v2);
    }

    @Test
    @DisplayName("update of an unknown id throws NotFoundException naming the id")
    void update_unknownId() {
      insert(program("p1", T0));
      Program ghost = program("ghost", T0).withVersion(1);

      assertThatThrownBy(() -> read(tx -> tx.programs().update(ghost)))
          .isInstanceOfSatisfying(
              NotFoundException.class, e -> assertThat(e.id()).isEqualTo("ghost"));
      assertThat(find(ghost.id())).isEmpty();
    }

    @Test
    @DisplayName("findAll orders programs by creation time, then id")
    void findAll_order() {
      Program late = insert(program("a-late", at(10)));
      Program b = insert(program("b", T0));
      Program a = insert(program("a", T0));
      Program early = insert(program("z-early", at(-10)));

      assertThat(read((StoreTransaction tx) -> tx.programs().findAll()))
          .containsExactly(early, a, b, late);
    }
  }

  // ------------------------------------------------------------------ enrollments

  @Nested
  @DisplayName("enrollments")
  class Enrollments {
    private final ParticipantId ann = person("ann");
    private final ParticipantId bob = person("bob");
    private final ParticipantId cal = person("cal");

    @Test
    @DisplayName("insert stores version 1 and both finds return every component unchanged")
    void insert_roundTrip() {
      ProgramId p1 = insert(program("p1", T0)).id();
      Enrollment e = enrollment("e1", p1, ann, T0);

      Enrollment stored = insert(e);

      assertThat(stored).as("insert's result").isEqualTo(e.withVersion(1));
      assertThat(find(e.id())).as("find(id)").contains(stored);
      assertThat(read((StoreTransaction tx) -> tx.enrollments().find(p1, ann)))
          .as("find(program, participant)")
          .contains(stored);
    }

    @Test
    @DisplayName(
        "find is empty for an unknown id and for a participant not enrolled in the program")
    void find_unknown() {
      ProgramId p1 = insert(program("p1", T0)).id();
      ProgramId p2 = insert(program("p2", T0)).id();
      insert(enrollment("e1", p1, ann, T0));

      assertThat(find(EnrollmentId.of("unknown"))).isEmpty();
      assertThat(read((StoreTransaction tx) -> tx.enrollments().find(p1, bob))).isEmpty();
      assertThat(read((StoreTransaction tx) -> tx.enrollments().find(p2, ann))).isEmpty();
    }

    @Test
    @DisplayName(
        "insert of a version other than 0 throws IllegalArgumentException and stores nothing")
    void insert_nonZeroVersion() {
      ProgramId p1 = insert(program("p1", T0)).id();
      Enrollment e = enrollment("e1", p1, ann, T0).withVersion(2);

      assertThatThrownBy(() -> insert(e)).isInstanceOf(IllegalArgumentException.class);
      assertThat(find(e.id())).isEmpty();
      assertThat(read((StoreTransaction tx) -> tx.enrollments().findByProgram(p1))).isEmpty();
    }

    @Test
    @DisplayName(
        "insert of an existing id throws ConcurrentUpdateException and keeps the stored enrollment")
    void insert_existingId() {
      ProgramId p1 = insert(program("p1", T0)).id();
      Enrollment first = insert(enrollment("e1", p1, ann, T0));

      assertThatThrownBy(() -> insert(enrollment("e1", p1, bob, at(5))))
          .isInstanceOf(ConcurrentUpdateException.class);
      assertThat(find(first.id())).contains(first);
      assertThat(read((StoreTransaction tx) -> tx.enrollments().findByParticipant(bob))).isEmpty();
    }

    @Test
    @DisplayName(
        "a second enrollment of a participant in one program throws ConcurrentUpdateException;"
            + " other programs accept them")
    void insert_secondEnrollmentInProgram() {
      ProgramId p1 = insert(program("p1", T0)).id();
      ProgramId p2 = insert(program("p2", T0)).id();
      Enrollment first = insert(enrollment("e1", p1, ann, T0));

      assertThatThrownBy(() -> insert(enrollment("e2", p1, ann, at(1))))
          .isInstanceOf(ConcurrentUpdateException.class);
      Enrollment elsewhere = insert(enrollment("e3", p2, ann, at(2)));

      assertThat(find(EnrollmentId.of("e2"))).isEmpty();
      assertThat(read((StoreTransaction tx) -> tx.enrollments().findByParticipant(ann)))
          .containsExactly(first, elsewhere);
    }

    @Test
    @DisplayName("update carrying the stored version stores the next version")
    void update_currentVersion() {
      ProgramId p1 = insert(program("p1", T0)).id();
      Enrollment v1 = insert(enrollment("e1", p1, ann, T0));

      Enrollment v2 = read(tx -> tx.enrollments().update(v1.touch(at(5))));
      Enrollment v3 = read(tx -> tx.enrollments().update(v2.withdraw(at(6))));

      assertThat(v2).isEqualTo(v1.touch(at(5)).withVersion(2));
      assertThat(v3).isEqualTo(v2.withdraw(at(6)).withVersion(3));
      assertThat(find(v1.id())).contains(v3);
      assertThat(read((StoreTransaction tx) -> tx.enrollments().find(p1, ann))).contains(v3);
    }

    @Test
    @DisplayName(
        "update carrying a stale version throws ConcurrentUpdateException naming the id and both"
            + " versions, and changes nothing")
    void update_staleVersion() {
      ProgramId p1 = insert(program("p1", T0)).id();
      Enrollment v1 = insert(enrollment("e1", p1, ann, T0));
      Enrollment v2 = read(tx -> tx.enrollments().update(v1.touch(at(5))));

      Throwable stale =
          catchThrowable(() -> read(tx -> tx.enrollments().update(v1.withdraw(at(9)))));

      assertStale(stale, v1.id(), 1, 2);
      assertThat(find(v1.id())).contains(v2);
    }

    @Test
    @DisplayName("update of an unknown id throws NotFoundException naming the id")
    void update_unknownId() {
      ProgramId p1 = insert(program("p1", T0)).id();
      Enrollment ghost = enrollment("ghost", p1, ann, T0).withVersion(1);

      assertThatThrownBy(() -> read(tx -> tx.enrollments().update(ghost)))
          .isInstanceOfSatisfying(
              NotFoundException.class, e -> assertThat(e.id()).isEqualTo("ghost"));
      assertThat(read((StoreTransaction tx) -> tx.enrollments().findByProgram(p1))).isEmpty();
    }

    @Test
    @DisplayName("update may not move an enrollment to another program")
    void update_otherProgram() {
      ProgramId p1 = insert(program("p1", T0)).id();
      ProgramId p2 = insert(program("p2", T0)).id();
      Enrollment e = insert(enrollment("e1", p1, ann, T0));

      Throwable thrown = catchThrowable(() -> read(tx -> tx.enrollments().update(movedTo(e, p2))));

      assertThat(thrown).as("the exception refusing to move enrollment e1 to p2").isNotNull();
      assertThat(find(e.id())).contains(e);
      assertThat(read((StoreTransaction tx) -> tx.enrollments().findByProgram(p2))).isEmpty();
    }

    @Test
    @DisplayName("update may not give a participant a second enrollment in a program")
    void update_secondEnrollmentInProgram() {
      ProgramId p1 = insert(program("p1", T0)).id();
      Enrollment annsEnrollment = insert(enrollment("e1", p1, ann, T0));
      Enrollment bobsEnrollment = insert(enrollment("e2", p1, bob, T0));

      Throwable thrown =
          catchThrowable(
              () -> read(tx -> tx.enrollments().update(reassigned(annsEnrollment, bob))));

      assertThat(thrown).as("the exception refusing bob a second enrollment in p1").isNotNull();
      assertThat(read((StoreTransaction tx) -> tx.enrollments().find(p1, ann)))
          .contains(annsEnrollment);
      assertThat(read((StoreTransaction tx) -> tx.enrollments().find(p1, bob)))
          .contains(bobsEnrollment);
    }

    @Test
    @DisplayName("findByProgram lists only the program's enrollments, by application time, then id")
    void findByProgram_order() {
      ProgramId p1 = insert(program("p1", T0)).id();
      ProgramId p2 = insert(program("p2", T0)).id();
      Enrollment late = insert(enrollment("e-a", p1, cal, at(5)));
      Enrollment second = insert(enrollment("e-c", p1, bob, T0));
      Enrollment first = insert(enrollment("e-b", p1, ann, T0));
      insert(enrollment("e-0", p2, ann, at(-5)));

      assertThat(read((StoreTransaction tx) -> tx.enrollments().findByProgram(p1)))
          .containsExactly(first, second, late);
      assertThat(
              read(
                  (StoreTransaction tx) -> tx.enrollments().findByProgram(ProgramId.of("unknown"))))
          .isEmpty();
    }

    @Test
    @DisplayName(
        "findByParticipant lists the participant's enrollments in every program, by application"
            + " time, then id")
    void findByParticipant_order() {
      ProgramId p1 = insert(program("p1", T0)).id();
      ProgramId p2 = insert(program("p2", T0)).id();
      ProgramId p3 = insert(program("p3", T0)).id();
      Enrollment inP1 = insert(enrollment("e-2", p1, ann, at(5)));
      Enrollment inP2 = insert(enrollment("e-3", p2, ann, T0));
      Enrollment inP3 = insert(enrollment("e-1", p3, ann, T0));
      insert(enrollment("e-0", p1, bob, T0));

      assertThat(read((StoreTransaction tx) -> tx.enrollments().findByParticipant(ann)))
          .containsExactly(inP3, inP2, inP1);
      assertThat(read((StoreTransaction tx) -> tx.enrollments().findByParticipant(cal))).isEmpty();
    }
  }

  // ------------------------------------------------------------------ pairs

  @Nested
  @DisplayName("pairs")
  class Pairs {
    private final ParticipantId ann = person("ann");
    private final ParticipantId bob = person("bob");
    private final ParticipantId cal = person("cal");

    @Test
    @DisplayName("insert stores version 1 and find returns every component unchanged")
    void insert_roundTrip() {
      ProgramId p1 = insert(program("p1", T0)).id();
      Pair proposed = pair("x1", p1, bob, ann, T0);
      Pair ended = endedPair("x2", p1, cal, ann, T0);

      Pair storedProposed = insert(proposed);
      Pair storedEnded = insert(ended);

      assertThat(storedProposed).as("insert's result").isEqualTo(proposed.withVersion(1));
      assertThat(storedEnded).as("insert's result").isEqualTo(ended.withVersion(1));
      assertThat(find(proposed.id())).as("find(id) of a proposal").contains(storedProposed);
      assertThat(find(ended.id()))
          .as("find(id) of an ended pair with a private note")
          .contains(storedEnded);
    }

    @Test
    @DisplayName("find of an unknown id is empty")
    void find_unknown() {
      ProgramId p1 = insert(program("p1", T0)).id();
      insert(pair("x1", p1, bob, ann, T0));

      assertThat(find(PairId.of("unknown"))).isEmpty();
    }

    @Test
    @DisplayName(
        "insert of a version other than 0 throws IllegalArgumentException and stores nothing")
    void insert_nonZeroVersion() {
      ProgramId p1 = insert(program("p1", T0)).id();
      Pair x = pair("x1", p1, bob, ann, T0).withVersion(5);

      assertThatThrownBy(() -> insert(x)).isInstanceOf(IllegalArgumentException.class);
      assertThat(find(x.id())).isEmpty();
      assertThat(read((StoreTransaction tx) -> tx.pairs().findByProgram(p1))).isEmpty();
    }

    @Test
    @DisplayName(
        "insert of an existing id throws ConcurrentUpdateException and keeps the stored pair")
    void insert_existingId() {
      ProgramId p1 = insert(program("p1", T0)).id();
      Pair first = insert(pair("x1", p1, bob, ann, T0));

      assertThatThrownBy(() -> insert(pair("x1", p1, cal, ann, at(5))))
          .isInstanceOf(ConcurrentUpdateException.class);
      assertThat(find(first.id())).contains(first);
      assertThat(read((StoreTransaction tx) -> tx.pairs().findByParticipant(cal))).isEmpty();
    }

    @Test
    @DisplayName("update carrying the stored version stores the next version")
    void update_currentVersion() {
      ProgramId p1 = insert(program("p1", T0)).id();
      Pair v1 = insert(pair("x1", p1, bob, ann, T0));

      Pair v2 = read(tx -> tx.pairs().update(v1.approve(ApprovalSide.MENTOR, at(5))));
      Pair v3 = read(tx -> tx.pairs().update(v2.activate(at(6))));

      assertThat(v2).isEqualTo(v1.approve(ApprovalSide.MENTOR, at(5)).withVersion(2));
      assertThat(v3).isEqualTo(v2.activate(at(6)).withVersion(3));
      assertThat(find(v1.id())).contains(v3);
    }

    @Test
    @DisplayName(
        "update carrying a stale version throws ConcurrentUpdateException naming the id and both"
            + " versions, and changes nothing")
    void update_staleVersion() {
      ProgramId p1 = insert(program("p1", T0)).id();
      Pair v1 = insert(pair("x1", p1, bob, ann, T0));
      Pair v2 = read(tx -> tx.pairs().update(v1.approve(ApprovalSide.MENTOR, at(5))));

      Throwable stale =
          catchThrowable(
              () -> read(tx -> tx.pairs().update(v1.expire(ExitReason.TIMED_OUT, at(9)))));

      assertStale(stale, v1.id(), 1, 2);
      assertThat(find(v1.id())).contains(v2);
    }

    @Test
    @DisplayName("update of an unknown id throws NotFoundException naming the id")
    void update_unknownId() {
      ProgramId p1 = insert(program("p1", T0)).id();
      Pair ghost = pair("ghost", p1, bob, ann, T0).withVersion(1);

      assertThatThrownBy(() -> read(tx -> tx.pairs().update(ghost)))
          .isInstanceOfSatisfying(
              NotFoundException.class, e -> assertThat(e.id()).isEqualTo("ghost"));
      assertThat(read((StoreTransaction tx) -> tx.pairs().findByProgram(p1))).isEmpty();
    }

    @Test
    @DisplayName("update may not move a pair to another program")
    void update_otherProgram() {
      ProgramId p1 = insert(program("p1", T0)).id();
      ProgramId p2 = insert(program("p2", T0)).id();
      Pair x = insert(pair("x1", p1, bob, ann, T0));

      Throwable thrown = catchThrowable(() -> read(tx -> tx.pairs().update(movedTo(x, p2))));

      assertThat(thrown).as("the exception refusing to move pair x1 to p2").isNotNull();
      assertThat(find(x.id())).contains(x);
      assertThat(read((StoreTransaction tx) -> tx.pairs().findByProgram(p2))).isEmpty();
    }

    @Test
    @DisplayName("findByProgram lists only the program's pairs, by proposal time, then id")
    void findByProgram_order() {
      ProgramId p1 = insert(program("p1", T0)).id();
      ProgramId p2 = insert(program("p2", T0)).id();
      Pair late = insert(pair("x-a", p1, ann, cal, at(9)));
      Pair second = insert(pair("x-c", p1, bob, ann, T0));
      Pair first = insert(pair("x-b", p1, bob, cal, T0));
      insert(pair("x-0", p2, bob, ann, at(-5)));

      assertThat(read((StoreTransaction tx) -> tx.pairs().findByProgram(p1)))
          .containsExactly(first, second, late);
      assertThat(read((StoreTransaction tx) -> tx.pairs().findByProgram(ProgramId.of("unknown"))))
          .isEmpty();
    }

    @Test
    @DisplayName(
        "findByParticipant lists the pairs where the participant is mentor or mentee, in every"
            + " program, by proposal time, then id")
    void findByParticipant_order() {
      ProgramId p1 = insert(program("p1", T0)).id();
      ProgramId p2 = insert(program("p2", T0)).id();
      Pair asMentee = insert(pair("x-3", p1, bob, ann, T0));
      Pair asMentor = insert(pair("x-2", p1, ann, cal, at(9)));
      Pair elsewhere = insert(pair("x-1", p2, bob, ann, T0));
      insert(pair("x-0", p1, bob, cal, T0));

      assertThat(read((StoreTransaction tx) -> tx.pairs().findByParticipant(ann)))
          .containsExactly(elsewhere, asMentee, asMentor);
      assertThat(read((StoreTransaction tx) -> tx.pairs().findByParticipant(person("nobody"))))
          .isEmpty();
    }
  }

  // ------------------------------------------------------------------ goals

  @Nested
  @DisplayName("goals")
  class Goals {
    private final ParticipantId ann = person("ann");
    private final ParticipantId bob = person("bob");
    private final ParticipantId cal = person("cal");
    private final ProgramId p1 = ProgramId.of("p1");
    private final ProgramId p2 = ProgramId.of("p2");
    private final PairId x1 = PairId.of("x1");
    private final PairId x2 = PairId.of("x2");
    private final PairId x3 = PairId.of("x3");

    @BeforeEach
    void programsAndPairs() {
      insert(program("p1", T0));
      insert(program("p2", T0));
      insert(pair("x1", p1, bob, ann, T0));
      insert(pair("x2", p1, bob, cal, T0));
      insert(pair("x3", p2, cal, ann, T0));
    }

    /** A goal of pair x1 (bob mentors ann, in p1). */
    private Goal annsGoal(String id, Instant createdAt) {
      return goal(id, p1, x1, bob, ann, createdAt);
    }

    @Test
    @DisplayName(
        "insert stores version 1 and find and every finder return every component unchanged")
    void insert_roundTrip() {
      Goal active = checkInsertRoundTrip(GOALS, annsGoal("g1", T0));
      Goal closed = checkInsertRoundTrip(GOALS, abandoned(annsGoal("g2", at(1))));

      assertThat(read((StoreTransaction tx) -> tx.goals().findByPair(x1)))
          .as("findByPair")
          .containsExactly(active, closed);
      assertThat(read((StoreTransaction tx) -> tx.goals().findByProgram(p1)))
          .as("findByProgram")
          .containsExactly(active, closed);
      assertThat(read((StoreTransaction tx) -> tx.goals().findByOwner(ann)))
          .as("findByOwner")
          .containsExactly(active, closed);
    }

    @Test
    @DisplayName("find of an unknown id is empty, and so is every finder for an unknown key")
    void find_unknown() {
      insert(GOALS, annsGoal("g1", T0));

      assertThat(find(GOALS, GoalId.of("unknown"))).isEmpty();
      assertThat(read((StoreTransaction tx) -> tx.goals().findByPair(PairId.of("unknown"))))
          .isEmpty();
      assertThat(read((StoreTransaction tx) -> tx.goals().findByProgram(p2))).isEmpty();
      assertThat(read((StoreTransaction tx) -> tx.goals().findByOwner(bob))).isEmpty();
    }

    @Test
    @DisplayName(
        "insert of a version other than 0 throws IllegalArgumentException and stores nothing")
    void insert_nonZeroVersion() {
      checkInsertNonZeroVersion(
          GOALS, annsGoal("g1", T0), (StoreTransaction tx) -> tx.goals().findByProgram(p1));
    }

    @Test
    @DisplayName(
        "insert of an existing id throws ConcurrentUpdateException and keeps the stored goal")
    void insert_existingId() {
      checkInsertExistingId(GOALS, annsGoal("g1", T0), goal("g1", p1, x2, bob, cal, at(5)));

      assertThat(read((StoreTransaction tx) -> tx.goals().findByOwner(cal))).isEmpty();
    }

    @Test
    @DisplayName("update carrying the stored version stores the next version")
    void update_currentVersion() {
      Goal v1 = insert(GOALS, annsGoal("g1", T0));

      checkUpdateCurrentVersion(
          GOALS, v1, g -> g.completeMilestone(1, at(600)), g -> g.achieve(at(700)));
    }

    @Test
    @DisplayName(
        "update carrying a stale version throws ConcurrentUpdateException naming the id and both"
            + " versions, and changes nothing")
    void update_staleVersion() {
      Goal v1 = insert(GOALS, annsGoal("g1", T0));

      checkUpdateStale(
          GOALS, v1, g -> g.completeMilestone(1, at(600)), g -> g.abandon("stale", at(700)));
    }

    @Test
    @DisplayName("update of an unknown id throws NotFoundException naming the id")
    void update_unknownId() {
      insert(GOALS, annsGoal("g1", T0));

      checkUpdateUnknown(GOALS, annsGoal("ghost", T0));
    }

    @Test
    @DisplayName(
        "update of a goal into another program throws IllegalArgumentException and changes"
            + " nothing")
    void update_otherProgram() {
      Goal g = insert(GOALS, annsGoal("g1", T0));

      checkUpdateOtherProgram(
          GOALS,
          g,
          movedTo(g, p2),
          IllegalArgumentException.class,
          (StoreTransaction tx) -> tx.goals().findByProgram(p2));
    }

    @Test
    @DisplayName("findByPair lists only the pair's goals, by creation time, then id")
    void findByPair_order() {
      Goal late = insert(GOALS, annsGoal("g-a", at(9)));
      Goal second = insert(GOALS, annsGoal("g-c", T0));
      Goal first = insert(GOALS, annsGoal("g-b", T0));
      insert(GOALS, goal("g-0", p1, x2, bob, cal, at(-5)));
      // The last change does not move a goal in the order.
      Goal changed = update(GOALS, first.checkIn(ann, "later", null, at(1_000)));

      assertThat(read((StoreTransaction tx) -> tx.goals().findByPair(x1)))
          .containsExactly(changed, second, late);
    }

    @Test
    @DisplayName("findByProgram lists only the program's goals, by creation time, then id")
    void findByProgram_order() {
      Goal late = insert(GOALS, annsGoal("g-a", at(9)));
      Goal second = insert(GOALS, goal("g-c", p1, x2, bob, cal, T0));
      Goal first = insert(GOALS, annsGoal("g-b", T0));
      insert(GOALS, goal("g-0", p2, x3, cal, ann, at(-5)));

      assertThat(read((StoreTransaction tx) -> tx.goals().findByProgram(p1)))
          .containsExactly(first, second, late);
    }

    @Test
    @DisplayName("findByOwner lists the owner's goals in every program, by creation time, then id")
    void findByOwner_order() {
      Goal inP1 = insert(GOALS, annsGoal("g-2", at(5)));
      Goal inP2 = insert(GOALS, goal("g-3", p2, x3, cal, ann, T0));
      Goal alsoInP1 = insert(GOALS, annsGoal("g-1", T0));
      insert(GOALS, goal("g-0", p1, x2, bob, cal, T0));

      assertThat(read((StoreTransaction tx) -> tx.goals().findByOwner(ann)))
          .containsExactly(alsoInP1, inP2, inP1);
      assertThat(read((StoreTransaction tx) -> tx.goals().findByOwner(bob)))
          .as("the mentor owns no goal")
          .isEmpty();
    }
  }

  // ------------------------------------------------------------------ meetings

  @Nested
  @DisplayName("meetings")
  class Meetings {
    private final ParticipantId ann = person("ann");
    private final ParticipantId bob = person("bob");
    private final ParticipantId cal = person("cal");
    private final ProgramId p1 = ProgramId.of("p1");
    private final ProgramId p2 = ProgramId.of("p2");
    private final PairId x1 = PairId.of("x1");
    private final PairId x2 = PairId.of("x2");
    private final PairId x3 = PairId.of("x3");
    private final MeetingSeriesId s1 = MeetingSeriesId.of("s1");
    private final MeetingSeriesId s2 = MeetingSeriesId.of("s2");

    @BeforeEach
    void programsAndPairs() {
      insert(program("p1", T0));
      insert(program("p2", T0));
      insert(pair("x1", p1, bob, ann, T0));
      insert(pair("x2", p1, bob, cal, T0));
      insert(pair("x3", p2, cal, ann, T0));
    }

    /** A held meeting of pair x1 (bob mentors ann, in p1), organised by bob. */
    private Meeting x1Meeting(String id, @Nullable MeetingSeriesId series, Instant start) {
      return meeting(id, p1, x1, series, bob, ann, start);
    }

    @Test
    @DisplayName(
        "insert stores version 1 and find and every finder return every component unchanged")
    void insert_roundTrip() {
      Meeting held = checkInsertRoundTrip(MEETINGS, x1Meeting("m1", s1, at(3_600)));
      Meeting planned =
          checkInsertRoundTrip(MEETINGS, scheduledMeeting("m2", p1, x1, null, ann, at(7_200)));

      assertThat(read((StoreTransaction tx) -> tx.meetings().findByPair(x1)))
          .as("findByPair")
          .containsExactly(held, planned);
      assertThat(read((StoreTransaction tx) -> tx.meetings().findByProgram(p1)))
          .as("findByProgram")
          .containsExactly(held, planned);
      assertThat(read((StoreTransaction tx) -> tx.meetings().findBySeries(s1)))
          .as("findBySeries")
          .containsExactly(held);
    }

    @Test
    @DisplayName("find of an unknown id is empty, and so is every finder for an unknown key")
    void find_unknown() {
      insert(MEETINGS, x1Meeting("m1", s1, at(3_600)));

      assertThat(find(MEETINGS, MeetingId.of("unknown"))).isEmpty();
      assertThat(read((StoreTransaction tx) -> tx.meetings().findByPair(x2))).isEmpty();
      assertThat(read((StoreTransaction tx) -> tx.meetings().findByProgram(p2))).isEmpty();
      assertThat(read((StoreTransaction tx) -> tx.meetings().findBySeries(s2))).isEmpty();
    }

    @Test
    @DisplayName(
        "insert of a version other than 0 throws IllegalArgumentException and stores nothing")
    void insert_nonZeroVersion() {
      checkInsertNonZeroVersion(
          MEETINGS,
          x1Meeting("m1", s1, at(3_600)),
          (StoreTransaction tx) -> tx.meetings().findByPair(x1));
    }

    @Test
    @DisplayName(
        "insert of an existing id throws ConcurrentUpdateException and keeps the stored meeting")
    void insert_existingId() {
      checkInsertExistingId(
          MEETINGS, x1Meeting("m1", s1, at(3_600)), meeting("m1", p1, x2, s2, bob, cal, at(9_000)));

      assertThat(read((StoreTransaction tx) -> tx.meetings().findBySeries(s2))).isEmpty();
    }

    @Test
    @DisplayName("update carrying the stored version stores the next version")
    void update_currentVersion() {
      Meeting v1 = insert(MEETINGS, scheduledMeeting("m1", p1, x1, s1, ann, at(3_600)));

      checkUpdateCurrentVersion(
          MEETINGS,
          v1,
          m -> m.withSharedNotes("agreed next steps", at(60)),
          m -> m.cancel("ill", at(120)));
    }

    @Test
    @DisplayName(
        "update carrying a stale version throws ConcurrentUpdateException naming the id and both"
            + " versions, and changes nothing")
    void update_staleVersion() {
      Meeting v1 = insert(MEETINGS, scheduledMeeting("m1", p1, x1, s1, ann, at(3_600)));

      checkUpdateStale(
          MEETINGS, v1, m -> m.reschedule(at(7_200), at(60)), m -> m.cancel("stale", at(120)));
    }

    @Test
    @DisplayName("update of an unknown id throws NotFoundException naming the id")
    void update_unknownId() {
      insert(MEETINGS, x1Meeting("m1", s1, at(3_600)));

      checkUpdateUnknown(MEETINGS, x1Meeting("ghost", s1, at(3_600)));
    }

    @Test
    @DisplayName(
        "update of a meeting into another program throws IllegalArgumentException and changes"
            + " nothing")
    void update_otherProgram() {
      Meeting m = insert(MEETINGS, x1Meeting("m1", s1, at(3_600)));

      checkUpdateOtherProgram(
          MEETINGS,
          m,
          movedTo(m, p2),
          IllegalArgumentException.class,
          (StoreTransaction tx) -> tx.meetings().findByProgram(p2));
    }

    @Test
    @DisplayName("findByPair lists only the pair's meetings, by start, then id")
    void findByPair_order() {
      Meeting late = insert(MEETINGS, x1Meeting("m-a", null, at(9_000)));
      Meeting second = insert(MEETINGS, x1Meeting("m-c", s1, at(3_600)));
      Meeting first = insert(MEETINGS, x1Meeting("m-b", null, at(3_600)));
      insert(MEETINGS, meeting("m-0", p1, x2, null, bob, cal, at(60)));

      assertThat(read((StoreTransaction tx) -> tx.meetings().findByPair(x1)))
          .containsExactly(first, second, late);
    }

    @Test
    @DisplayName("findByProgram lists only the program's meetings, by start, then id")
    void findByProgram_order() {
      Meeting late = insert(MEETINGS, x1Meeting("m-a", null, at(9_000)));
      Meeting second = insert(MEETINGS, meeting("m-c", p1, x2, null, bob, cal, at(3_600)));
      Meeting first = insert(MEETINGS, x1Meeting("m-b", null, at(3_600)));
      insert(MEETINGS, meeting("m-0", p2, x3, null, cal, ann, at(60)));

      assertThat(read((StoreTransaction tx) -> tx.meetings().findByProgram(p1)))
          .containsExactly(first, second, late);
    }

    @Test
    @DisplayName(
        "findBySeries lists only the series' meetings, by start, then id; a single meeting is in"
            + " no series")
    void findBySeries_order() {
      Meeting late = insert(MEETINGS, x1Meeting("m-a", s1, at(9_000)));
      Meeting second = insert(MEETINGS, x1Meeting("m-c", s1, at(3_600)));
      Meeting first = insert(MEETINGS, x1Meeting("m-b", s1, at(3_600)));
      Meeting other = insert(MEETINGS, x1Meeting("m-0", s2, at(60)));
      insert(MEETINGS, x1Meeting("m-1", null, at(60)));

      assertThat(read((StoreTransaction tx) -> tx.meetings().findBySeries(s1)))
          .containsExactly(first, second, late);
      assertThat(read((StoreTransaction tx) -> tx.meetings().findBySeries(s2)))
          .containsExactly(other);
    }

    @Test
    @DisplayName("a meeting moved to a later start moves in every listing")
    void update_newStart_reorders() {
      Meeting moved = insert(MEETINGS, scheduledMeeting("m-1", p1, x1, s1, ann, at(3_600)));
      Meeting stays = insert(MEETINGS, scheduledMeeting("m-2", p1, x1, s1, ann, at(7_200)));

      Meeting later = update(MEETINGS, moved.reschedule(at(9_000), at(60)));

      assertThat(read((StoreTransaction tx) -> tx.meetings().findByPair(x1)))
          .as("findByPair")
          .containsExactly(stays, later);
      assertThat(read((StoreTransaction tx) -> tx.meetings().findByProgram(p1)))
          .as("findByProgram")
          .containsExactly(stays, later);
      assertThat(read((StoreTransaction tx) -> tx.meetings().findBySeries(s1)))
          .as("findBySeries")
          .containsExactly(stays, later);
    }
  }

  // ------------------------------------------------------------------ surveys

  @Nested
  @DisplayName("surveys")
  class Surveys {
    private final ProgramId p1 = ProgramId.of("p1");
    private final ProgramId p2 = ProgramId.of("p2");

    @BeforeEach
    void programs() {
      insert(program("p1", T0));
      insert(program("p2", T0));
    }

    @Test
    @DisplayName("insert stores version 1 and find returns every component unchanged")
    void insert_roundTrip() {
      Survey open = checkInsertRoundTrip(SURVEYS, survey("s1", p1, T0));
      Survey closed = checkInsertRoundTrip(SURVEYS, survey("s2", p1, at(1)).close(at(500)));

      assertThat(read((StoreTransaction tx) -> tx.surveys().findByProgram(p1)))
          .as("findByProgram")
          .containsExactly(open, closed);
    }

    @Test
    @DisplayName("find of an unknown id is empty, and so is findByProgram of another program")
    void find_unknown() {
      insert(SURVEYS, survey("s1", p1, T0));

      assertThat(find(SURVEYS, SurveyId.of("unknown"))).isEmpty();
      assertThat(read((StoreTransaction tx) -> tx.surveys().findByProgram(p2))).isEmpty();
    }

    @Test
    @DisplayName(
        "insert of a version other than 0 throws IllegalArgumentException and stores nothing")
    void insert_nonZeroVersion() {
      checkInsertNonZeroVersion(
          SURVEYS, survey("s1", p1, T0), (StoreTransaction tx) -> tx.surveys().findByProgram(p1));
    }

    @Test
    @DisplayName(
        "insert of an existing id throws ConcurrentUpdateException and keeps the stored survey")
    void insert_existingId() {
      checkInsertExistingId(SURVEYS, survey("s1", p1, T0), draftSurvey("s1", p2, at(5)));

      assertThat(read((StoreTransaction tx) -> tx.surveys().findByProgram(p2))).isEmpty();
    }

    @Test
    @DisplayName("update carrying the stored version stores the next version")
    void update_currentVersion() {
      Survey v1 = insert(SURVEYS, draftSurvey("s1", p1, T0));

      checkUpdateCurrentVersion(
          SURVEYS,
          v1,
          s -> s.revise(s.draft().toBuilder().title("Revised").build(), at(60)),
          s -> s.open(at(120)));
    }

    @Test
    @DisplayName(
        "update carrying a stale version throws ConcurrentUpdateException naming the id and both"
            + " versions, and changes nothing")
    void update_staleVersion() {
      Survey v1 = insert(SURVEYS, draftSurvey("s1", p1, T0));

      checkUpdateStale(SURVEYS, v1, s -> s.open(at(60)), s -> s.close(at(120)));
    }

    @Test
    @DisplayName("update of an unknown id throws NotFoundException naming the id")
    void update_unknownId() {
      insert(SURVEYS, survey("s1", p1, T0));

      checkUpdateUnknown(SURVEYS, survey("ghost", p1, T0));
    }

    @Test
    @DisplayName("update may not move a survey to another program")
    void update_otherProgram() {
      Survey s = insert(SURVEYS, survey("s1", p1, T0));

      checkUpdateOtherProgram(
          SURVEYS,
          s,
          movedTo(s, p2),
          null,
          (StoreTransaction tx) -> tx.surveys().findByProgram(p2));
    }

    @Test
    @DisplayName("findByProgram lists only the program's surveys, by creation time, then id")
    void findByProgram_order() {
      Survey late = insert(SURVEYS, draftSurvey("s-a", p1, at(9)));
      Survey second = insert(SURVEYS, survey("s-c", p1, T0));
      Survey first = insert(SURVEYS, survey("s-b", p1, T0));
      insert(SURVEYS, survey("s-0", p2, at(-5)));
      // The last change does not move a survey in the order.
      Survey changed = update(SURVEYS, first.close(at(1_000)));

      assertThat(read((StoreTransaction tx) -> tx.surveys().findByProgram(p1)))
          .containsExactly(changed, second, late);
    }
  }

  // ------------------------------------------------------------------ survey responses

  @Nested
  @DisplayName("survey responses")
  class SurveyResponses {
    private final ParticipantId ann = person("ann");
    private final ParticipantId bob = person("bob");
    private final ParticipantId cal = person("cal");
    private final ProgramId p1 = ProgramId.of("p1");
    private final ProgramId p2 = ProgramId.of("p2");
    private final PairId x1 = PairId.of("x1");
    private final PairId x2 = PairId.of("x2");
    private final PairId x3 = PairId.of("x3");
    private final PairId x4 = PairId.of("x4");
    private final SurveyId s1 = SurveyId.of("s1");
    private final SurveyId s2 = SurveyId.of("s2");
    private final SurveyId s3 = SurveyId.of("s3");

    @BeforeEach
    void programsPairsAndSurveys() {
      insert(program("p1", T0));
      insert(program("p2", T0));
      insert(pair("x1", p1, bob, ann, T0));
      insert(pair("x2", p1, bob, cal, T0));
      insert(pair("x3", p2, cal, ann, T0));
      insert(pair("x4", p1, cal, ann, T0));
      insert(SURVEYS, survey("s1", p1, T0));
      insert(SURVEYS, survey("s2", p1, T0));
      insert(SURVEYS, survey("s3", p2, T0));
    }

    /** A response to survey s1 about pair x1 and a meeting. */
    private SurveyResponse annsResponse(String id, String subject, Instant submittedAt) {
      return response(id, s1, p1, ann, x1, subject, submittedAt);
    }

    private Optional<SurveyResponse> findByKey(
        SurveyId survey,
        ParticipantId respondent,
        @Nullable PairId pair,
        @Nullable String subject) {
      return read(tx -> tx.surveyResponses().find(survey, respondent, pair, subject));
    }

    @Test
    @DisplayName(
        "insert stores version 1 and both finds and every finder return every component"
            + " unchanged")
    void insert_roundTrip() {
      SurveyResponse aboutPair = checkInsertRoundTrip(RESPONSES, annsResponse("r1", "m1", T0));
      SurveyResponse aboutProgram =
          checkInsertRoundTrip(RESPONSES, response("r2", s2, p1, ann, null, null, at(1)));

      assertThat(findByKey(s1, ann, x1, "m1")).as("find(key)").contains(aboutPair);
      assertThat(findByKey(s2, ann, null, null))
          .as("find(key) without pair and subject")
          .contains(aboutProgram);
      assertThat(read((StoreTransaction tx) -> tx.surveyResponses().findBySurvey(s1)))
          .as("findBySurvey")
          .containsExactly(aboutPair);
      assertThat(read((StoreTransaction tx) -> tx.surveyResponses().findByProgram(p1)))
          .as("findByProgram")
          .containsExactly(aboutPair, aboutProgram);
      assertThat(read((StoreTransaction tx) -> tx.surveyResponses().findByPair(x1)))
          .as("findByPair")
          .containsExactly(aboutPair);
      assertThat(read((StoreTransaction tx) -> tx.surveyResponses().findByRespondent(ann)))
          .as("findByRespondent")
          .containsExactly(aboutPair, aboutProgram);
    }

    @Test
    @DisplayName(
        "find by key matches survey, respondent, pair and subject exactly, a missing pair or"
            + " subject being a value of its own")
    void find_byKey_exact() {
      SurveyResponse aboutPair = insert(RESPONSES, annsResponse("r1", "m1", T0));
      SurveyResponse aboutProgram =
          insert(RESPONSES, response("r2", s1, p1, ann, null, null, at(1)));

      assertThat(find(RESPONSES, ResponseId.of("unknown"))).as("find(unknown id)").isEmpty();
      assertThat(findByKey(s1, ann, x1, "m1")).contains(aboutPair);
      assertThat(findByKey(s1, ann, null, null)).contains(aboutProgram);
      assertThat(findByKey(s1, ann, x1, "m2")).as("another subject").isEmpty();
      assertThat(findByKey(s1, ann, x1, null)).as("no subject").isEmpty();
      assertThat(findByKey(s1, ann, null, "m1")).as("no pair").isEmpty();
      assertThat(findByKey(s1, bob, x1, "m1")).as("another respondent").isEmpty();
      assertThat(findByKey(s2, ann, x1, "m1")).as("another survey").isEmpty();
    }

    @Test
    @DisplayName(
        "insert of a version other than 0 throws IllegalArgumentException and stores nothing")
    void insert_nonZeroVersion() {
      checkInsertNonZeroVersion(
          RESPONSES,
          annsResponse("r1", "m1", T0),
          (StoreTransaction tx) -> tx.surveyResponses().findBySurvey(s1));
    }

    @Test
    @DisplayName(
        "insert of an existing id throws ConcurrentUpdateException and keeps the stored response")
    void insert_existingId() {
      checkInsertExistingId(
          RESPONSES, annsResponse("r1", "m1", T0), response("r1", s2, p1, cal, x2, null, at(5)));

      assertThat(read((StoreTransaction tx) -> tx.surveyResponses().findByRespondent(cal)))
          .isEmpty();
    }

    @Test
    @DisplayName(
        "a second response of a respondent to a survey about the same pair and subject throws"
            + " ConcurrentUpdateException, also without pair and subject; another survey,"
            + " respondent, pair or subject is accepted")
    void insert_sameRespondentSurveyPairAndSubject() {
      SurveyResponse first = insert(RESPONSES, annsResponse("r1", "m1", T0));
      SurveyResponse general = insert(RESPONSES, response("r2", s2, p1, ann, null, null, T0));

      Throwable again = catchThrowable(() -> insert(RESPONSES, annsResponse("r3", "m1", at(5))));
      Throwable generalAgain =
          catchThrowable(() -> insert(RESPONSES, response("r4", s2, p1, ann, null, null, at(5))));
      List<SurveyResponse> accepted =
          List.of(
              insert(RESPONSES, annsResponse("r5", "m2", at(6))),
              insert(RESPONSES, response("r6", s1, p1, ann, x1, null, at(6))),
              insert(RESPONSES, response("r7", s1, p1, ann, x4, "m1", at(6))),
              insert(RESPONSES, response("r8", s1, p1, bob, x1, "m1", at(6))),
              insert(RESPONSES, response("r9", s3, p2, ann, x3, "m1", at(6))));

      assertThat(again)
          .as("a second response about pair x1 and m1")
          .isInstanceOf(ConcurrentUpdateException.class);
      assertThat(generalAgain)
          .as("a second response without pair and subject")
          .isInstanceOf(ConcurrentUpdateException.class);
      assertThat(find(RESPONSES, ResponseId.of("r3"))).isEmpty();
      assertThat(find(RESPONSES, ResponseId.of("r4"))).isEmpty();
      assertThat(findByKey(s1, ann, x1, "m1")).contains(first);
      assertThat(findByKey(s2, ann, null, null)).contains(general);
      assertThat(accepted).allSatisfy(r -> assertThat(r.version()).isEqualTo(1));
    }

    @Test
    @DisplayName("update carrying the stored version stores the next version")
    void update_currentVersion() {
      SurveyResponse v1 = insert(RESPONSES, annsResponse("r1", "m1", T0));

      checkUpdateCurrentVersion(
          RESPONSES, v1, r -> reanswered(r, 3), r -> r.erase(person("pseudonym-1")));
    }

    @Test
    @DisplayName(
        "update carrying a stale version throws ConcurrentUpdateException naming the id and both"
            + " versions, and changes nothing")
    void update_staleVersion() {
      SurveyResponse v1 = insert(RESPONSES, annsResponse("r1", "m1", T0));

      checkUpdateStale(RESPONSES, v1, r -> reanswered(r, 3), r -> reanswered(r, 0));
    }

    @Test
    @DisplayName("update of an unknown id throws NotFoundException naming the id")
    void update_unknownId() {
      insert(RESPONSES, annsResponse("r1", "m1", T0));

      checkUpdateUnknown(RESPONSES, annsResponse("ghost", "m-ghost", T0));
    }

    @Test
    @DisplayName(
        "update making a response a second one of its respondent to the survey about the same"
            + " pair and subject throws ConcurrentUpdateException and changes nothing")
    void update_sameRespondentSurveyPairAndSubject() {
      SurveyResponse first = insert(RESPONSES, annsResponse("r1", "m1", T0));
      SurveyResponse second = insert(RESPONSES, annsResponse("r2", "m2", at(1)));

      Throwable thrown = catchThrowable(() -> update(RESPONSES, about(second, x1, "m1")));

      assertThat(thrown).isInstanceOf(ConcurrentUpdateException.class);
      assertThat(find(RESPONSES, second.id())).contains(second);
      assertThat(findByKey(s1, ann, x1, "m1")).contains(first);
      assertThat(findByKey(s1, ann, x1, "m2")).contains(second);
    }

    @Test
    @DisplayName("update may not move a response to another program")
    void update_otherProgram() {
      SurveyResponse r = insert(RESPONSES, annsResponse("r1", "m1", T0));

      checkUpdateOtherProgram(
          RESPONSES,
          r,
          movedTo(r, p2),
          null,
          (StoreTransaction tx) -> tx.surveyResponses().findByProgram(p2));
    }

    @Test
    @DisplayName("findBySurvey lists only the survey's responses, by submission time, then id")
    void findBySurvey_order() {
      SurveyResponse late = insert(RESPONSES, annsResponse("r-a", "m1", at(9)));
      SurveyResponse second = insert(RESPONSES, response("r-c", s1, p1, cal, x2, "m2", T0));
      SurveyResponse first = insert(RESPONSES, annsResponse("r-b", "m3", T0));
      insert(RESPONSES, response("r-0", s2, p1, ann, x1, "m1", at(-5)));

      assertThat(read((StoreTransaction tx) -> tx.surveyResponses().findBySurvey(s1)))
          .containsExactly(first, second, late);
    }

    @Test
    @DisplayName(
        "findByProgram lists the responses to every survey of the program, by submission time,"
            + " then id")
    void findByProgram_order() {
      SurveyResponse late = insert(RESPONSES, annsResponse("r-a", "m1", at(9)));
      SurveyResponse second = insert(RESPONSES, response("r-c", s2, p1, cal, x2, null, T0));
      SurveyResponse first = insert(RESPONSES, annsResponse("r-b", "m3", T0));
      insert(RESPONSES, response("r-0", s3, p2, ann, x3, null, at(-5)));

      assertThat(read((StoreTransaction tx) -> tx.surveyResponses().findByProgram(p1)))
          .containsExactly(first, second, late);
    }

    @Test
    @DisplayName(
        "findByPair lists the responses about the pair to every survey, by submission time, then"
            + " id")
    void findByPair_order() {
      SurveyResponse late = insert(RESPONSES, annsResponse("r-a", "m1", at(9)));
      SurveyResponse second = insert(RESPONSES, response("r-c", s2, p1, bob, x1, null, T0));
      SurveyResponse first = insert(RESPONSES, annsResponse("r-b", "m3", T0));
      insert(RESPONSES, response("r-0", s1, p1, cal, x2, "m1", at(-5)));
      insert(RESPONSES, response("r-1", s2, p1, ann, null, null, at(-5)));

      assertThat(read((StoreTransaction tx) -> tx.surveyResponses().findByPair(x1)))
          .containsExactly(first, second, late);
    }

    @Test
    @DisplayName(
        "findByRespondent lists the respondent's responses in every program, by submission time,"
            + " then id")
    void findByRespondent_order() {
      SurveyResponse late = insert(RESPONSES, annsResponse("r-a", "m1", at(9)));
      SurveyResponse second = insert(RESPONSES, response("r-c", s3, p2, ann, x3, null, T0));
      SurveyResponse first = insert(RESPONSES, response("r-b", s2, p1, ann, null, null, T0));
      insert(RESPONSES, response("r-0", s1, p1, bob, x1, "m1", at(-5)));

      assertThat(read((StoreTransaction tx) -> tx.surveyResponses().findByRespondent(ann)))
          .containsExactly(first, second, late);
    }
  }

  // ------------------------------------------------------------------ resources

  @Nested
  @DisplayName("knowledge-base resources")
  class Resources {
    private final ProgramId p1 = ProgramId.of("p1");
    private final ProgramId p2 = ProgramId.of("p2");

    @BeforeEach
    void programs() {
      insert(program("p1", T0));
      insert(program("p2", T0));
    }

    private void delete(Resource resource) {
      write(tx -> tx.resources().delete(resource));
    }

    @Test
    @DisplayName("insert stores version 1 and find returns every component unchanged")
    void insert_roundTrip() {
      Resource stored = checkInsertRoundTrip(RESOURCES, resource("k1", p1, T0));

      assertThat(read((StoreTransaction tx) -> tx.resources().findByProgram(p1)))
          .as("findByProgram")
          .containsExactly(stored);
    }

    @Test
    @DisplayName("find of an unknown id is empty, and so is findByProgram of another program")
    void find_unknown() {
      insert(RESOURCES, resource("k1", p1, T0));

      assertThat(find(RESOURCES, ResourceId.of("unknown"))).isEmpty();
      assertThat(read((StoreTransaction tx) -> tx.resources().findByProgram(p2))).isEmpty();
    }

    @Test
    @DisplayName(
        "insert of a version other than 0 throws IllegalArgumentException and stores nothing")
    void insert_nonZeroVersion() {
      checkInsertNonZeroVersion(
          RESOURCES,
          resource("k1", p1, T0),
          (StoreTransaction tx) -> tx.resources().findByProgram(p1));
    }

    @Test
    @DisplayName(
        "insert of an existing id throws ConcurrentUpdateException and keeps the stored resource")
    void insert_existingId() {
      checkInsertExistingId(RESOURCES, resource("k1", p1, T0), resource("k1", p2, at(5)));

      assertThat(read((StoreTransaction tx) -> tx.resources().findByProgram(p2))).isEmpty();
    }

    @Test
    @DisplayName("update carrying the stored version stores the next version")
    void update_currentVersion() {
      Resource v1 = insert(RESOURCES, resource("k1", p1, T0));

      checkUpdateCurrentVersion(
          RESOURCES, v1, k -> retitled(k, "Second title"), k -> retitled(k, "Third title"));
    }

    @Test
    @DisplayName(
        "update carrying a stale version throws ConcurrentUpdateException naming the id and both"
            + " versions, and changes nothing")
    void update_staleVersion() {
      Resource v1 = insert(RESOURCES, resource("k1", p1, T0));

      checkUpdateStale(RESOURCES, v1, k -> retitled(k, "Winner"), k -> retitled(k, "Loser"));
    }

    @Test
    @DisplayName("update of an unknown id throws NotFoundException naming the id")
    void update_unknownId() {
      insert(RESOURCES, resource("k1", p1, T0));

      checkUpdateUnknown(RESOURCES, resource("ghost", p1, T0));
    }

    @Test
    @DisplayName("update may not move a resource to another program")
    void update_otherProgram() {
      Resource k = insert(RESOURCES, resource("k1", p1, T0));

      checkUpdateOtherProgram(
          RESOURCES,
          k,
          movedTo(k, p2),
          null,
          (StoreTransaction tx) -> tx.resources().findByProgram(p2));
    }

    @Test
    @DisplayName(
        "findByProgram lists only the program's resources, by the time they were added, then id,"
            + " whatever their titles")
    void findByProgram_order() {
      Resource late = insert(RESOURCES, resource("k-a", p1, at(9)));
      Resource second = insert(RESOURCES, resource("k-c", p1, T0));
      Resource first = insert(RESOURCES, resource("k-b", p1, T0));
      insert(RESOURCES, resource("k-0", p2, at(-5)));
      Resource renamed = update(RESOURCES, retitled(late, "A title that sorts first"));

      assertThat(read((StoreTransaction tx) -> tx.resources().findByProgram(p1)))
          .containsExactly(first, second, renamed);
    }

    @Test
    @DisplayName(
        "delete carrying the stored version removes the resource from find and findByProgram")
    void delete_currentVersion() {
      Resource kept = insert(RESOURCES, resource("k1", p1, T0));
      Resource v1 = insert(RESOURCES, resource("k2", p1, at(1)));
      Resource v2 = update(RESOURCES, retitled(v1, "Second title"));

      delete(v2);

      assertThat(find(RESOURCES, v1.id())).isEmpty();
      assertThat(read((StoreTransaction tx) -> tx.resources().findByProgram(p1)))
          .containsExactly(kept);
    }

    @Test
    @DisplayName(
        "delete carrying a stale version throws ConcurrentUpdateException naming the id and both"
            + " versions, and removes nothing")
    void delete_staleVersion() {
      Resource v1 = insert(RESOURCES, resource("k1", p1, T0));
      Resource v2 = update(RESOURCES, retitled(v1, "Second title"));

      Throwable stale = catchThrowable(() -> delete(v1));

      assertStale(stale, v1.id(), 1, 2);
      assertThat(find(RESOURCES, v1.id())).contains(v2);
      assertThat(read((StoreTransaction tx) -> tx.resources().findByProgram(p1)))
          .containsExactly(v2);
    }

    @Test
    @DisplayName("delete of an unknown id throws NotFoundException naming the id")
    void delete_unknownId() {
      Resource kept = insert(RESOURCES, resource("k1", p1, T0));

      assertThatThrownBy(() -> delete(resource("ghost", p1, T0).withVersion(1)))
          .isInstanceOfSatisfying(
              NotFoundException.class, e -> assertThat(e.id()).isEqualTo("ghost"));
      assertThat(read((StoreTransaction tx) -> tx.resources().findByProgram(p1)))
          .containsExactly(kept);
    }
  }

  // ------------------------------------------------------------------ reminder log

  @Nested
  @DisplayName("the reminder log")
  class Reminders {
    private final ParticipantId ann = person("ann");
    private final ParticipantId bob = person("bob");

    @Test
    @DisplayName("a recorded reminder is contained and listed for its recipient")
    void record_contains() {
      SentReminder r = reminder("awaiting:x1:ann", ann, T0);

      record(r);

      assertThat(read((StoreTransaction tx) -> tx.reminders().contains("awaiting:x1:ann")))
          .isTrue();
      assertThat(read((StoreTransaction tx) -> tx.reminders().contains("awaiting:x1:bob")))
          .isFalse();
      assertThat(read((StoreTransaction tx) -> tx.reminders().findByRecipient(ann)))
          .containsExactly(r);
      assertThat(read((StoreTransaction tx) -> tx.reminders().findByRecipient(bob))).isEmpty();
    }

    @Test
    @DisplayName("recording an existing key changes nothing")
    void record_existingKey() {
      SentReminder first = reminder("awaiting:x1", ann, T0);
      record(first);

      record(reminder("awaiting:x1", bob, at(60)));

      assertThat(read((StoreTransaction tx) -> tx.reminders().findByRecipient(ann)))
          .containsExactly(first);
      assertThat(read((StoreTransaction tx) -> tx.reminders().findByRecipient(bob))).isEmpty();
    }

    @Test
    @DisplayName("findByRecipient lists the recipient's reminders only, by time, then key")
    void findByRecipient_order() {
      SentReminder late = reminder("a-late", ann, at(10));
      SentReminder second = reminder("c", ann, T0);
      SentReminder first = reminder("b", ann, T0);
      record(late);
      record(second);
      record(first);
      record(reminder("a", bob, T0));

      assertThat(read((StoreTransaction tx) -> tx.reminders().findByRecipient(ann)))
          .containsExactly(first, second, late);
    }

    @Test
    @DisplayName(
        "findByKeys returns the reminders recorded under the keys in the order their keys occur,"
            + " not by time, key or recipient")
    void findByKeys_orderOfKeys() {
      SentReminder early = reminder("b-early", bob, T0);
      SentReminder middle = reminder("c-middle", ann, at(5));
      SentReminder late = reminder("a-late", ann, at(10));
      record(middle);
      record(late);
      record(early);

      assertThat(
              read(
                  (StoreTransaction tx) ->
                      tx.reminders().findByKeys(List.of("c-middle", "b-early", "a-late"))))
          .containsExactly(middle, early, late);
      assertThat(
              read(
                  (StoreTransaction tx) ->
                      tx.reminders().findByKeys(List.of("a-late", "c-middle", "b-early"))))
          .containsExactly(late, middle, early);
    }

    @Test
    @DisplayName(
        "findByKeys returns each reminder once however often its key is repeated, where its key"
            + " first occurs")
    void findByKeys_repeatedKeys() {
      SentReminder a = reminder("a", ann, T0);
      SentReminder b = reminder("b", bob, T0);
      record(a);
      record(b);

      assertThat(
              read(
                  (StoreTransaction tx) ->
                      tx.reminders().findByKeys(List.of("b", "a", "b", "b", "a"))))
          .containsExactly(b, a);
    }

    @Test
    @DisplayName(
        "findByKeys leaves out keys never recorded, and finds nothing among unknown keys only")
    void findByKeys_unknownKeys() {
      SentReminder a = reminder("awaiting:x1:ann", ann, T0);
      record(a);

      assertThat(
              read(
                  (StoreTransaction tx) ->
                      tx.reminders()
                          .findByKeys(List.of("ghost-1", "awaiting:x1:ann", "awaiting:x1"))))
          .containsExactly(a);
      assertThat(
              read(
                  (StoreTransaction tx) ->
                      tx.reminders().findByKeys(Set.of("ghost-1", "awaiting:x1:bob"))))
          .isEmpty();
    }

    @Test
    @DisplayName("findByKeys of no keys returns an empty list")
    void findByKeys_noKeys() {
      record(reminder("a", ann, T0));

      assertThat(read((StoreTransaction tx) -> tx.reminders().findByKeys(List.of()))).isEmpty();
    }

    @Test
    @DisplayName("findByKeys returns what was first recorded under a key that was recorded again")
    void findByKeys_keyRecordedAgain() {
      SentReminder first = reminder("awaiting:x1", ann, T0);
      record(first);
      record(reminder("awaiting:x1", bob, at(60)));

      assertThat(read((StoreTransaction tx) -> tx.reminders().findByKeys(List.of("awaiting:x1"))))
          .containsExactly(first);
    }

    @Test
    @DisplayName(
        "findByKeys matches keys exactly: case, quotes, commas and SQL wildcards are part of the"
            + " key")
    void findByKeys_exactKeys() {
      String title = "milestone-due:g1:2026-01-12:ann:50% of 'the' plan, part_1";
      SentReminder quoted = reminder(title, ann, T0);
      SentReminder upper = reminder("awaiting:X1:ann", ann, T0);
      record(quoted);
      record(upper);

      assertThat(
              read(
                  (StoreTransaction tx) ->
                      tx.reminders()
                          .findByKeys(
                              List.of(
                                  "awaiting:x1:ann",
                                  "milestone-due:g1:2026-01-12:ann:50x of 'the' plan, part-1",
                                  "milestone-due:g1:2026-01-12:ann:50%",
                                  "'the' plan",
                                  title))))
          .containsExactly(quoted);
      assertThat(
              read(
                  (StoreTransaction tx) ->
                      tx.reminders().findByKeys(List.of("awaiting:X1:ann", "awaiting:x1:ann"))))
          .containsExactly(upper);
    }

    @Test
    @DisplayName("findByKeys answers thousands of keys in one call")
    void findByKeys_manyKeys() {
      int count = 2_500;
      List<String> keys = new ArrayList<>();
      List<SentReminder> recorded = new ArrayList<>();
      write(
          tx -> {
            for (int i = 0; i < count; i++) {
              String key = "survey-invitation:s1:x" + i + ":-:ann";
              keys.add(key);
              if (i % 5 == 0) {
                SentReminder r = reminder(key, ann, at(i));
                tx.reminders().record(r);
                recorded.add(r);
              }
            }
          });
      Collections.reverse(keys);
      Collections.reverse(recorded);

      assertThat(read((StoreTransaction tx) -> tx.reminders().findByKeys(keys)))
          .containsExactlyElementsOf(recorded);
    }
  }

  // ------------------------------------------------------------------ transactions

  @Nested
  @DisplayName("transactions")
  class Transactions {

    @Test
    @DisplayName("inTransaction returns what the work returned and commits its writes")
    void commit_visibleAfterwards() {
      Program p = program("p1", T0);

      Program returned = read(tx -> tx.programs().insert(p));

      assertThat(returned).isEqualTo(p.withVersion(1));
      assertThat(find(p.id())).as("in a later transaction").contains(returned);
    }

    @Test
    @DisplayName("a transaction sees its own writes before it commits")
    void ownWrites_visible() {
      ParticipantId ann = person("ann");

      write(
          tx -> {
            Program v1 = tx.programs().insert(program("p1", T0));
            assertThat(tx.programs().find(v1.id())).as("find after insert").contains(v1);
            Program v2 = tx.programs().update(described(v1, "changed"));
            assertThat(tx.programs().find(v1.id())).as("find after update").contains(v2);
            Enrollment e = tx.enrollments().insert(enrollment("e1", v1.id(), ann, T0));
            assertThat(tx.enrollments().findByProgram(v1.id()))
                .as("findByProgram after insert")
                .containsExactly(e);
            Pair x = tx.pairs().insert(pair("x1", v1.id(), person("bob"), ann, T0));
            assertThat(tx.pairs().findByParticipant(ann))
                .as("findByParticipant after insert")
                .containsExactly(x);
            tx.reminders().record(reminder("r1", ann, T0));
            assertThat(tx.reminders().contains("r1")).as("contains after record").isTrue();
            assertThat(tx.reminders().findByKeys(List.of("r1")))
                .as("findByKeys after record")
                .containsExactly(reminder("r1", ann, T0));
            Goal g = tx.goals().insert(goal("g1", v1.id(), x.id(), person("bob"), ann, T0));
            assertThat(tx.goals().findByOwner(ann))
                .as("goals findByOwner after insert")
                .contains(g);
            Meeting m =
                tx.meetings().insert(scheduledMeeting("m1", v1.id(), x.id(), null, ann, at(3_600)));
            Meeting moved = tx.meetings().update(m.reschedule(at(7_200), at(60)));
            assertThat(tx.meetings().findByPair(x.id()))
                .as("meetings findByPair after update")
                .containsExactly(moved);
            Survey survey = tx.surveys().insert(survey("s1", v1.id(), T0));
            assertThat(tx.surveys().findByProgram(v1.id()))
                .as("surveys findByProgram after insert")
                .containsExactly(survey);
            SurveyResponse r =
                tx.surveyResponses()
                    .insert(response("r1", survey.id(), v1.id(), ann, x.id(), "m1", at(5)));
            assertThat(tx.surveyResponses().find(survey.id(), ann, x.id(), "m1"))
                .as("survey response find(key) after insert")
                .contains(r);
            Resource k = tx.resources().insert(resource("k1", v1.id(), T0));
            tx.resources().delete(k);
            assertThat(tx.resources().find(k.id())).as("resource find after delete").isEmpty();
          });
    }

    @Test
    @DisplayName(
        "an unchecked exception from the work propagates unchanged and its after-commit actions"
            + " never run")
    void uncheckedException_propagates() {
      RuntimeException failure = new IllegalStateException("the work failed");
      AtomicBoolean ran = new AtomicBoolean();

      Throwable thrown =
          catchThrowable(
              () ->
                  read(
                      tx -> {
                        tx.programs().insert(program("p1", T0));
                        tx.afterCommit(() -> ran.set(true));
                        throw failure;
                      }));

      assertThat(thrown).isSameAs(failure);
      assertThat(ran).as("after-commit action ran").isFalse();
    }

    @Test
    @DisplayName("a checked exception from the work propagates unchanged")
    void checkedException_propagates() {
      IOException failure = new IOException("the work failed");

      Throwable thrown =
          catchThrowable(
              () ->
                  store()
                      .<Void, IOException>inTransaction(
                          tx -> {
                            tx.programs().insert(program("p1", T0));
                            throw failure;
                          }));

      assertThat(thrown).isSameAs(failure);
    }

    @Test
    @DisplayName("a failed transaction's writes are all rolled back (ATOMIC_TRANSACTIONS)")
    void failure_rollsBack() {
      assumeSupports(StoreFeature.ATOMIC_TRANSACTIONS);
      ParticipantId ann = person("ann");
      ParticipantId bob = person("bob");
      Program p1 = insert(program("p1", T0));
      Enrollment e1 = insert(enrollment("e1", p1.id(), ann, T0));
      Pair x1 = insert(pair("x1", p1.id(), bob, ann, T0));
      record(reminder("r1", ann, T0));
      Goal g1 = insert(GOALS, goal("g1", p1.id(), x1.id(), bob, ann, T0));
      Meeting m1 = insert(MEETINGS, scheduledMeeting("m1", p1.id(), x1.id(), null, ann, at(60)));
      Survey s1 = insert(SURVEYS, survey("s1", p1.id(), T0));
      SurveyResponse r1 =
          insert(RESPONSES, response("r1", s1.id(), p1.id(), ann, x1.id(), "m1", at(1)));
      Resource k1 = insert(RESOURCES, resource("k1", p1.id(), T0));
      Resource k2 = insert(RESOURCES, resource("k2", p1.id(), T0));
      List<ProgramId> programs = List.of(p1.id(), ProgramId.of("p2"));
      List<ParticipantId> people = List.of(ann, bob);
      Map<String, Object> before = contents(programs, people);
      RuntimeException failure = new IllegalStateException("the work failed");

      Throwable thrown =
          catchThrowable(
              () ->
                  read(
                      tx -> {
                        tx.programs().insert(program("p2", T0));
                        tx.programs().update(described(p1, "changed"));
                        tx.enrollments().insert(enrollment("e2", p1.id(), bob, T0));
                        tx.enrollments().update(e1.withdraw(at(5)));
                        tx.pairs().insert(pair("x2", p1.id(), ann, bob, T0));
                        tx.pairs().update(x1.approve(ApprovalSide.MENTOR, at(5)));
                        tx.reminders().record(reminder("r2", bob, T0));
                        tx.reminders().deleteByRecipient(ann);
                        tx.goals().insert(goal("g2", p1.id(), x1.id(), bob, ann, T0));
                        tx.goals().update(g1.achieve(at(5)));
                        tx.meetings()
                            .insert(scheduledMeeting("m2", p1.id(), x1.id(), null, bob, at(5)));
                        tx.meetings().update(m1.reschedule(at(900), at(5)));
                        tx.surveys().insert(survey("s2", p1.id(), T0));
                        tx.surveys().update(s1.close(at(5)));
                        tx.surveyResponses()
                            .insert(response("r2", s1.id(), p1.id(), bob, x1.id(), "m1", at(5)));
                        tx.surveyResponses().update(r1.erase(person("pseudonym-1")));
                        tx.resources().insert(resource("k3", p1.id(), T0));
                        tx.resources().update(retitled(k1, "changed"));
                        tx.resources().delete(k2);
                        throw failure;
                      }));

      assertThat(thrown).isSameAs(failure);
      assertThat(contents(programs, people)).isEqualTo(before);
      assertThat(read((StoreTransaction tx) -> tx.reminders().contains("r2"))).isFalse();
      assertThat(read((StoreTransaction tx) -> tx.reminders().findByKeys(List.of("r1", "r2"))))
          .as("the reminders recorded and deleted")
          .containsExactly(reminder("r1", ann, T0));
      assertThat(find(GOALS, GoalId.of("g2"))).as("the goal inserted").isEmpty();
      assertThat(find(MEETINGS, MeetingId.of("m2"))).as("the meeting inserted").isEmpty();
      assertThat(find(SURVEYS, SurveyId.of("s2"))).as("the survey inserted").isEmpty();
      assertThat(find(RESPONSES, ResponseId.of("r2"))).as("the response inserted").isEmpty();
      assertThat(find(RESOURCES, ResourceId.of("k3"))).as("the resource inserted").isEmpty();
      assertThat(find(RESOURCES, k2.id())).as("the resource deleted").contains(k2);
    }

    @Test
    @DisplayName(
        "after-commit actions run after the commit, in registration order, on the calling thread,"
            + " and may start a transaction that sees the committed writes")
    void afterCommit_order() {
      List<String> log = Collections.synchronizedList(new ArrayList<>());
      Thread caller = Thread.currentThread();
      ProgramId p1 = ProgramId.of("p1");

      write(
          tx -> {
            tx.programs().insert(program("p1", T0));
            tx.afterCommit(
                () ->
                    log.add(
                        "first, on the calling thread: "
                            + (Thread.currentThread() == caller)
                            + ", sees the program: "
                            + find(p1).isPresent()));
            tx.afterCommit(() -> log.add("second"));
            log.add("work returns");
          });

      assertThat(log)
          .containsExactly(
              "work returns",
              "first, on the calling thread: true, sees the program: true",
              "second");
    }

    @Test
    @DisplayName(
        "when after-commit actions throw, the others still run, the first exception propagates"
            + " with the later ones suppressed, and the commit stands")
    void afterCommit_failures() {
      List<String> log = Collections.synchronizedList(new ArrayList<>());
      RuntimeException first = new IllegalStateException("first");
      RuntimeException second = new IllegalArgumentException("second");

      Throwable thrown =
          catchThrowable(
              () ->
                  write(
                      tx -> {
                        tx.programs().insert(program("p1", T0));
                        tx.afterCommit(
                            () -> {
                              throw first;
                            });
                        tx.afterCommit(() -> log.add("after the first failure"));
                        tx.afterCommit(
                            () -> {
                              throw second;
                            });
                        tx.afterCommit(() -> log.add("after the second failure"));
                      }));

      assertThat(thrown).isSameAs(first);
      assertThat(thrown.getSuppressed()).containsExactly(second);
      assertThat(log).containsExactly("after the first failure", "after the second failure");
      assertThat(find(ProgramId.of("p1"))).as("the committed program").isPresent();
    }

    @Test
    @DisplayName(
        "transactions may run on different threads one after another, with or without"
            + " CONCURRENT_WRITERS")
    void threads_oneAfterAnother() throws InterruptedException {
      ProgramId id = ProgramId.of("p1");

      Program inserted = onAnotherThread(() -> insert(program("p1", T0)));
      Program updated =
          onAnotherThread(() -> read(tx -> tx.programs().update(described(inserted, "second"))));
      Optional<Program> found = onAnotherThread(() -> find(id));

      assertThat(updated.version()).isEqualTo(2);
      assertThat(found).contains(updated);
      assertThat(find(id)).as("on the test's thread").contains(updated);
    }

    @Test
    @DisplayName(
        "a nested inTransaction call on the same thread throws IllegalStateException without"
            + " running its work")
    void nested_rejected() {
      AtomicBoolean innerRan = new AtomicBoolean();

      Throwable thrown =
          catchThrowable(
              () ->
                  read(
                      tx ->
                          store()
                              .inTransaction(
                                  inner -> {
                                    innerRan.set(true);
                                    return "the nested work ran";
                                  })));

      assertThat(thrown).isInstanceOf(IllegalStateException.class);
      assertThat(innerRan).as("nested work ran").isFalse();
    }
  }

  // ------------------------------------------------------------------ concurrent writers

  @Nested
  @DisplayName("concurrent writers (CONCURRENT_WRITERS)")
  class ConcurrentWriters {
    private static final int THREADS = 4;
    private static final int ROUNDS = 10;

    @BeforeEach
    void requireConcurrentWriters() {
      assumeSupports(StoreFeature.CONCURRENT_WRITERS);
    }

    @Test
    @DisplayName(
        "writers that read the same version race to update it: each round exactly one wins and"
            + " the others get ConcurrentUpdateException")
    void sameVersion_exactlyOneWins() throws InterruptedException {
      ProgramId id = insert(program("contested", T0)).id();
      CyclicBarrier barrier = new CyclicBarrier(THREADS);
      Map<Integer, List<String>> winners = new ConcurrentHashMap<>();
      Map<Integer, List<String>> losers = new ConcurrentHashMap<>();

      concurrently(
          THREADS,
          thread ->
              () -> {
                for (int round = 0; round < ROUNDS; round++) {
                  Program read = find(id).orElseThrow();
                  barrier.await(TIMEOUT_SECONDS, TimeUnit.SECONDS);
                  String token = "r" + round + "t" + thread;
                  try {
                    read(
                        tx ->
                            tx.programs()
                                .update(described(read, read.spec().description() + " " + token)));
                    winners
                        .computeIfAbsent(
                            round, r -> Collections.synchronizedList(new ArrayList<>()))
                        .add(token);
                  } catch (ConcurrentUpdateException e) {
                    losers
                        .computeIfAbsent(
                            round, r -> Collections.synchronizedList(new ArrayList<>()))
                        .add(token);
                  }
                  barrier.await(TIMEOUT_SECONDS, TimeUnit.SECONDS);
                }
                return null;
              });

      List<String> expectedTokens = new ArrayList<>();
      for (int round = 0; round < ROUNDS; round++) {
        List<String> won = winners.getOrDefault(round, List.of());
        assertThat(won).as("round %s: writers whose update succeeded", round).hasSize(1);
        assertThat(losers.getOrDefault(round, List.of()))
            .as("round %s: writers refused with ConcurrentUpdateException", round)
            .hasSize(THREADS - 1);
        expectedTokens.add(won.get(0));
      }
      Program last = find(id).orElseThrow();
      assertThat(last.version()).as("version after %s rounds", ROUNDS).isEqualTo(1 + ROUNDS);
      assertThat(last.spec().description())
          .as("description: each round's winner appended its token")
          .isEqualTo(
              program("contested", T0).spec().description()
                  + " "
                  + String.join(" ", expectedTokens));
    }

    @Test
    @DisplayName(
        "read-modify-write transactions on one row from many threads, retried on conflict, lose"
            + " no update")
    void readModifyWrite_noLostUpdate() throws InterruptedException {
      ProgramId id = insert(program("counter", T0)).id();
      int perThread = 10;

      concurrently(
          THREADS,
          thread ->
              () -> {
                for (int i = 0; i < perThread; i++) {
                  String token = "t" + thread + "i" + i;
                  for (int attempt = 0; ; attempt++) {
                    try {
                      read(
                          tx -> {
                            Program p = tx.programs().find(id).orElseThrow();
                            return tx.programs()
                                .update(described(p, p.spec().description() + " " + token));
                          });
                      break;
                    } catch (ConcurrentUpdateException e) {
                      if (attempt == 1_000) {
                        throw e;
                      }
                    }
                  }
                }
                return null;
              });

      Program last = find(id).orElseThrow();
      List<String> expected = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        for (int i = 0; i < perThread; i++) {
          expected.add("t" + t + "i" + i);
        }
      }
      String initial = program("counter", T0).spec().description();
      List<String> tokens =
          List.of(last.spec().description().substring(initial.length()).trim().split(" "));
      assertThat(tokens)
          .as("tokens appended by successful updates")
          .containsExactlyInAnyOrderElementsOf(expected);
      assertThat(last.version()).isEqualTo(1L + (long) THREADS * perThread);
    }

    @Test
    @DisplayName("concurrent inserts of distinct ids all land")
    void distinctInserts_allLand() throws InterruptedException {
      int perThread = 10;

      concurrently(
          THREADS,
          thread ->
              () -> {
                for (int i = 0; i < perThread; i++) {
                  insert(program("p-" + thread + "-" + i, at(i)));
                }
                return null;
              });

      List<Program> all = read(tx -> tx.programs().findAll());
      assertThat(all).hasSize(THREADS * perThread);
      assertThat(all).allSatisfy(p -> assertThat(p.version()).isEqualTo(1));
    }

    @Test
    @DisplayName(
        "concurrent inserts of one id: exactly one lands, the others get"
            + " ConcurrentUpdateException")
    void sameIdInserts_oneLands() throws InterruptedException {
      int threads = 8;

      List<Optional<Program>> outcomes =
          concurrently(
              threads,
              thread ->
                  () -> {
                    try {
                      return Optional.of(
                          insert(described(program("contested", T0), "by thread " + thread)));
                    } catch (ConcurrentUpdateException e) {
                      return Optional.empty();
                    }
                  });

      List<Program> landed = outcomes.stream().flatMap(Optional::stream).toList();
      assertThat(landed).as("inserts that returned normally").hasSize(1);
      assertThat(find(ProgramId.of("contested"))).contains(landed.get(0));
    }

    @Test
    @DisplayName(
        "concurrent enrollments of one participant in one program: exactly one lands, the others"
            + " get ConcurrentUpdateException")
    void sameParticipantEnrollments_oneLands() throws InterruptedException {
      int threads = 8;
      ProgramId p1 = insert(program("p1", T0)).id();
      ParticipantId ann = person("ann");

      List<Optional<Enrollment>> outcomes =
          concurrently(
              threads,
              thread ->
                  () -> {
                    try {
                      return Optional.of(insert(enrollment("e-" + thread, p1, ann, T0)));
                    } catch (ConcurrentUpdateException e) {
                      return Optional.empty();
                    }
                  });

      List<Enrollment> landed = outcomes.stream().flatMap(Optional::stream).toList();
      assertThat(landed).as("inserts that returned normally").hasSize(1);
      assertThat(read((StoreTransaction tx) -> tx.enrollments().findByProgram(p1)))
          .containsExactly(landed.get(0));
    }

    @Test
    @DisplayName(
        "concurrent responses of one respondent to one survey about the same pair and subject:"
            + " exactly one lands, the others get ConcurrentUpdateException")
    void sameRespondentResponses_oneLands() throws InterruptedException {
      int threads = 8;
      ProgramId p1 = insert(program("p1", T0)).id();
      ParticipantId ann = person("ann");
      PairId x1 = insert(pair("x1", p1, person("bob"), ann, T0)).id();
      SurveyId s1 = insert(SURVEYS, survey("s1", p1, T0)).id();

      List<Optional<SurveyResponse>> outcomes =
          concurrently(
              threads,
              thread ->
                  () -> {
                    try {
                      return Optional.of(
                          insert(RESPONSES, response("r-" + thread, s1, p1, ann, x1, "m1", T0)));
                    } catch (ConcurrentUpdateException e) {
                      return Optional.empty();
                    }
                  });

      List<SurveyResponse> landed = outcomes.stream().flatMap(Optional::stream).toList();
      assertThat(landed).as("inserts that returned normally").hasSize(1);
      assertThat(read((StoreTransaction tx) -> tx.surveyResponses().findBySurvey(s1)))
          .containsExactly(landed.get(0));
    }
  }

  // ------------------------------------------------------------------ erasure

  @Nested
  @DisplayName("erasure of personal data")
  class Erasure {
    private final ParticipantId gone = person("erase-me");
    private final ParticipantId pseudonym = person("pseudonym-1");
    private final ParticipantId bob = person("bob");

    @Test
    @DisplayName("deleteByRecipient removes exactly the recipient's reminders and returns how many")
    void deleteByRecipient() {
      record(reminder("r1", gone, T0));
      record(reminder("r2", gone, at(1)));
      SentReminder kept = reminder("r3", bob, T0);
      record(kept);

      int removed = read(tx -> tx.reminders().deleteByRecipient(gone));
      int again = read(tx -> tx.reminders().deleteByRecipient(gone));

      assertThat(removed).isEqualTo(2);
      assertThat(again).as("deleting again").isZero();
      assertThat(read((StoreTransaction tx) -> tx.reminders().findByRecipient(gone))).isEmpty();
      assertThat(read((StoreTransaction tx) -> tx.reminders().contains("r1"))).isFalse();
      assertThat(read((StoreTransaction tx) -> tx.reminders().findByRecipient(bob)))
          .containsExactly(kept);
    }

    @Test
    @DisplayName(
        "after deleteByRecipient, findByKeys finds none of the recipient's reminders and still"
            + " finds the others")
    void deleteByRecipient_findByKeys() {
      record(reminder("r1", gone, T0));
      SentReminder kept = reminder("r2", bob, T0);
      record(kept);
      record(reminder("r3", gone, at(1)));

      read(tx -> tx.reminders().deleteByRecipient(gone));

      assertThat(
              read((StoreTransaction tx) -> tx.reminders().findByKeys(List.of("r1", "r2", "r3"))))
          .containsExactly(kept);
    }

    @Test
    @DisplayName(
        "an enrollment updated to its erased copy is found only under the pseudonym, with no"
            + " trace of the old personal data")
    void erasedEnrollment_noTrace() {
      ProgramId p1 = insert(program("p1", T0)).id();
      Enrollment original = insert(enrollment("e1", p1, gone, T0));

      Enrollment erased = read(tx -> tx.enrollments().update(original.erase(pseudonym, at(5))));

      assertThat(find(original.id())).contains(erased);
      assertThat(read((StoreTransaction tx) -> tx.enrollments().find(p1, gone))).isEmpty();
      assertThat(read((StoreTransaction tx) -> tx.enrollments().find(p1, pseudonym)))
          .contains(erased);
      assertThat(read((StoreTransaction tx) -> tx.enrollments().findByParticipant(gone))).isEmpty();
      assertThat(read((StoreTransaction tx) -> tx.enrollments().findByParticipant(pseudonym)))
          .containsExactly(erased);
      assertThat(read((StoreTransaction tx) -> tx.enrollments().findByProgram(p1)))
          .containsExactly(erased);
      assertThat(String.valueOf(contents(List.of(p1), List.of(gone, pseudonym)).values()))
          .as("everything the queries return")
          .doesNotContain(gone.value());
    }

    @Test
    @DisplayName(
        "a pair updated to its erased copy is found only under the pseudonym, with no trace of the"
            + " old participant or their note")
    void erasedPair_noTrace() {
      ProgramId p1 = insert(program("p1", T0)).id();
      Pair original = insert(endedPair("x1", p1, bob, gone, T0));

      Pair erased = read(tx -> tx.pairs().update(original.erase(gone, pseudonym, at(500))));

      assertThat(find(original.id())).contains(erased);
      assertThat(read((StoreTransaction tx) -> tx.pairs().findByParticipant(gone))).isEmpty();
      assertThat(read((StoreTransaction tx) -> tx.pairs().findByParticipant(pseudonym)))
          .containsExactly(erased);
      assertThat(read((StoreTransaction tx) -> tx.pairs().findByParticipant(bob)))
          .containsExactly(erased);
      String everything =
          String.valueOf(contents(List.of(p1), List.of(gone, pseudonym, bob)).values());
      assertThat(everything).as("everything the queries return").doesNotContain(gone.value());
      assertThat(everything).as("everything the queries return").doesNotContain("private note");
    }

    @Test
    @DisplayName(
        "a goal updated to its erased copy is found under the pseudonym as owner, with no trace"
            + " of the old owner or their text")
    void erasedGoal_noTrace() {
      ProgramId p1 = insert(program("p1", T0)).id();
      Pair pair = insert(pair("x1", p1, bob, gone, T0));
      Goal original = insert(GOALS, goal("g1", p1, pair.id(), bob, gone, T0));

      read(tx -> tx.pairs().update(pair.erase(gone, pseudonym, at(500))));
      Goal erased = update(GOALS, original.erase(gone, pseudonym, at(500)));

      assertThat(find(GOALS, original.id())).contains(erased);
      assertThat(read((StoreTransaction tx) -> tx.goals().findByOwner(gone))).isEmpty();
      assertThat(read((StoreTransaction tx) -> tx.goals().findByOwner(pseudonym)))
          .containsExactly(erased);
      assertThat(read((StoreTransaction tx) -> tx.goals().findByPair(pair.id())))
          .containsExactly(erased);
      assertThat(String.valueOf(contents(List.of(p1), List.of(gone, pseudonym, bob)).values()))
          .as("everything the queries return")
          .doesNotContain(gone.value());
    }

    @Test
    @DisplayName(
        "a meeting updated to its erased copy keeps no private note, notes or planning text of the"
            + " erased organiser, and their rating under the pseudonym")
    void erasedMeeting_noTrace() {
      ProgramId p1 = insert(program("p1", T0)).id();
      Pair pair = insert(pair("x1", p1, bob, gone, T0));
      Meeting original = insert(MEETINGS, meeting("m1", p1, pair.id(), null, gone, bob, at(3_600)));

      read(tx -> tx.pairs().update(pair.erase(gone, pseudonym, at(9_000))));
      Meeting erased = update(MEETINGS, original.erase(gone, pseudonym, at(9_000)));

      assertThat(find(MEETINGS, original.id())).contains(erased);
      assertThat(erased.ratings()).containsOnlyKeys(pseudonym, bob);
      assertThat(read((StoreTransaction tx) -> tx.meetings().findByPair(pair.id())))
          .containsExactly(erased);
      assertThat(String.valueOf(contents(List.of(p1), List.of(gone, pseudonym, bob)).values()))
          .as("everything the queries return")
          .doesNotContain(gone.value());
    }

    @Test
    @DisplayName(
        "a survey response updated to its erased copy is found only under the pseudonym, without"
            + " its free text")
    void erasedResponse_noTrace() {
      ProgramId p1 = insert(program("p1", T0)).id();
      SurveyId s1 = insert(SURVEYS, survey("s1", p1, T0)).id();
      SurveyResponse original = insert(RESPONSES, response("r1", s1, p1, gone, null, null, T0));

      SurveyResponse erased = update(RESPONSES, original.erase(pseudonym));

      assertThat(find(RESPONSES, original.id())).contains(erased);
      assertThat(read((StoreTransaction tx) -> tx.surveyResponses().findByRespondent(gone)))
          .isEmpty();
      assertThat(read((StoreTransaction tx) -> tx.surveyResponses().findByRespondent(pseudonym)))
          .containsExactly(erased);
      assertThat(read((StoreTransaction tx) -> tx.surveyResponses().find(s1, gone, null, null)))
          .isEmpty();
      assertThat(
              read((StoreTransaction tx) -> tx.surveyResponses().find(s1, pseudonym, null, null)))
          .contains(erased);
      assertThat(String.valueOf(contents(List.of(p1), List.of(gone, pseudonym)).values()))
          .as("everything the queries return")
          .doesNotContain(gone.value());
    }
  }

  // ------------------------------------------------------------------ the engine on the store

  @Nested
  @DisplayName("the engine on this store")
  class EngineRun {

    @Test
    @DisplayName(
        "a program run from creation to accepted pairs, reminders, goals, meetings, a survey, the"
            + " knowledge base, an export and an erasure ends as on the in-memory store")
    void sameAsInMemory() {
      StoreEngineRun.Outcome onStore = StoreEngineRun.run(store());
      StoreEngineRun.Outcome reference = StoreEngineRun.run(new InMemoryMentoringStore());

      assertThat(onStore).isEqualTo(reference);
      ParticipantId erased = StoreEngineRun.ERASED;
      assertThat(read((StoreTransaction tx) -> tx.enrollments().findByParticipant(erased)))
          .isEmpty();
      assertThat(read((StoreTransaction tx) -> tx.pairs().findByParticipant(erased))).isEmpty();
      assertThat(read((StoreTransaction tx) -> tx.reminders().findByRecipient(erased))).isEmpty();
      assertThat(read((StoreTransaction tx) -> tx.goals().findByOwner(erased))).isEmpty();
      assertThat(read((StoreTransaction tx) -> tx.surveyResponses().findByRespondent(erased)))
          .isEmpty();
    }

    @Test
    @DisplayName(
        "concurrent acceptances never commit more pairs than the mentor's capacity"
            + " (CONCURRENT_WRITERS)")
    void concurrentAcceptances() throws InterruptedException {
      assumeSupports(StoreFeature.CONCURRENT_WRITERS);
      StoreEngineRun.Race race = StoreEngineRun.prepareRace(store(), 8, 2);

      List<Boolean> accepted = concurrently(race.proposals().size(), i -> () -> race.accept(i));

      long succeeded = accepted.stream().filter(Boolean::booleanValue).count();
      assertThat(succeeded).as("acceptances that succeeded").isBetween(1L, (long) race.capacity());
      assertThat(race.committedPairs())
          .as("committed pairs of the mentor, with capacity %s", race.capacity())
          .isEqualTo(succeeded);
    }
  }
}
