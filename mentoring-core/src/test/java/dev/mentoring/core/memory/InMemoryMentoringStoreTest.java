package dev.mentoring.core.memory;

import static dev.mentoring.core.testing.Gens.listsOf;
import static dev.mentoring.core.testing.Gens.oneOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import dev.mentoring.core.ConcurrentUpdateException;
import dev.mentoring.core.NotFoundException;
import dev.mentoring.core.ParticipantId;
import dev.mentoring.core.enrollment.Consent;
import dev.mentoring.core.enrollment.Enrollment;
import dev.mentoring.core.enrollment.EnrollmentId;
import dev.mentoring.core.enrollment.EnrollmentStatus;
import dev.mentoring.core.enrollment.Profile;
import dev.mentoring.core.pairing.ExitReason;
import dev.mentoring.core.pairing.Explanation;
import dev.mentoring.core.pairing.Pair;
import dev.mentoring.core.pairing.PairId;
import dev.mentoring.core.pairing.PairOrigin;
import dev.mentoring.core.program.ApprovalSide;
import dev.mentoring.core.program.EnrollmentRole;
import dev.mentoring.core.program.Program;
import dev.mentoring.core.program.ProgramId;
import dev.mentoring.core.program.ProgramSpec;
import dev.mentoring.core.program.ProgramStatus;
import dev.mentoring.core.spi.EnrollmentRepository;
import dev.mentoring.core.spi.SentReminder;
import dev.mentoring.core.spi.StoreFeature;
import dev.mentoring.core.spi.StoreTransaction;
import dev.mentoring.core.testing.StoreSnapshot;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class InMemoryMentoringStoreTest {
  private static final Instant T0 = Instant.parse("2026-01-05T09:00:00Z");
  private static final ProgramSpec SPEC = ProgramSpec.builder("Pilot").build();
  private static final ParticipantId ANN = ParticipantId.of("ann");
  private static final ParticipantId BOB = ParticipantId.of("bob");
  private static final ParticipantId CAL = ParticipantId.of("cal");

  private final InMemoryMentoringStore store = new InMemoryMentoringStore();

  // ------------------------------------------------------------------ fixtures

  private static Program program(String id, Instant createdAt) {
    return new Program(ProgramId.of(id), 0, SPEC, ProgramStatus.DRAFT, createdAt, createdAt);
  }

  private static Enrollment enrollment(
      String id, ProgramId program, ParticipantId who, Instant appliedAt) {
    return new Enrollment(
        EnrollmentId.of(id),
        0,
        program,
        who,
        EnrollmentRole.MENTEE,
        Profile.builder().seeks("Java", 3).build(),
        Map.of(),
        0,
        Set.of(Consent.MATCHING),
        EnrollmentStatus.APPROVED,
        appliedAt,
        appliedAt);
  }

  private static Pair pair(
      String id, ProgramId program, ParticipantId mentor, ParticipantId mentee, Instant at) {
    return Pair.propose(
        PairId.of(id),
        program,
        mentor,
        mentee,
        PairOrigin.ADMIN,
        Explanation.of("by hand"),
        Set.of(ApprovalSide.MENTOR),
        Set.of(),
        at,
        at.plus(Duration.ofDays(7)));
  }

  private Program insert(Program p) {
    return store.inTransaction(tx -> tx.programs().insert(p));
  }

  private Enrollment insert(Enrollment e) {
    return store.inTransaction(tx -> tx.enrollments().insert(e));
  }

  private Pair insert(Pair p) {
    return store.inTransaction(tx -> tx.pairs().insert(p));
  }

  private Program stored(ProgramId id) {
    return store.inTransaction(tx -> tx.programs().find(id).orElseThrow());
  }

  // ------------------------------------------------------------------ versions

  @Test
  void insert_newAggregates_storeVersionOne() {
    Program p = insert(program("p1", T0));
    Enrollment e = insert(enrollment("e1", p.id(), ANN, T0));
    Pair pair = insert(pair("x1", p.id(), BOB, ANN, T0));

    assertThat(p).isEqualTo(program("p1", T0).withVersion(1));
    assertThat(e.version()).isEqualTo(1);
    assertThat(pair.version()).isEqualTo(1);
    assertThat(stored(p.id())).isEqualTo(p);
    assertThat(store.inTransaction((StoreTransaction tx) -> tx.enrollments().find(e.id())))
        .contains(e);
    assertThat(store.inTransaction((StoreTransaction tx) -> tx.pairs().find(pair.id())))
        .contains(pair);
  }

  @Test
  void update_currentVersion_incrementsVersion() {
    Program p = insert(program("p1", T0));
    Program renamed = p.withSpec(SPEC.toBuilder().name("Renamed").build(), T0.plusSeconds(60));

    Program v2 = store.inTransaction(tx -> tx.programs().update(renamed));
    Program v3 = store.inTransaction(tx -> tx.programs().update(v2.openEnrollment(T0)));

    assertThat(v2.version()).isEqualTo(2);
    assertThat(v2).isEqualTo(renamed.withVersion(2));
    assertThat(v3.version()).isEqualTo(3);
    assertThat(stored(p.id())).isEqualTo(v3);
  }

  @Test
  void update_staleVersion_throwsConcurrentUpdateWithExpectedAndActual() {
    Program v1 = insert(program("p1", T0));
    Program v2 = store.inTransaction(tx -> tx.programs().update(v1.openEnrollment(T0)));

    Throwable thrown =
        catchThrowable(() -> store.inTransaction(tx -> tx.programs().update(v1.close(T0))));

    assertThat(thrown).isInstanceOf(ConcurrentUpdateException.class);
    ConcurrentUpdateException e = (ConcurrentUpdateException) thrown;
    assertThat(e.id()).isEqualTo("p1");
    assertThat(e.expectedVersion()).isEqualTo(1);
    assertThat(e.actualVersion()).isEqualTo(2);
    assertThat(stored(v1.id())).isEqualTo(v2);
  }

  @Test
  void update_staleEnrollmentAndPair_throwConcurrentUpdate() {
    Program p = insert(program("p1", T0));
    Enrollment e1 = insert(enrollment("e1", p.id(), ANN, T0));
    Pair x1 = insert(pair("x1", p.id(), BOB, ANN, T0));
    store.inTransaction(tx -> tx.enrollments().update(e1.touch(T0.plusSeconds(1))));
    store.inTransaction(tx -> tx.pairs().update(x1.approve(ApprovalSide.MENTOR, T0)));

    assertThatThrownBy(() -> store.inTransaction(tx -> tx.enrollments().update(e1.withdraw(T0))))
        .isInstanceOfSatisfying(
            ConcurrentUpdateException.class,
            e ->
                assertThat(List.of(e.id(), e.expectedVersion(), e.actualVersion()))
                    .containsExactly("e1", 1L, 2L));
    assertThatThrownBy(
            () -> store.inTransaction(tx -> tx.pairs().update(x1.expire(ExitReason.TIMED_OUT, T0))))
        .isInstanceOfSatisfying(
            ConcurrentUpdateException.class,
            e ->
                assertThat(List.of(e.id(), e.expectedVersion(), e.actualVersion()))
                    .containsExactly("x1", 1L, 2L));
  }

  @Test
  void update_unknownId_throwsNotFound() {
    Program p = insert(program("p1", T0));
    Program ghost = program("ghost", T0).withVersion(1);
    Enrollment ghostEnrollment = enrollment("e-ghost", p.id(), ANN, T0).withVersion(1);
    Pair ghostPair = pair("x-ghost", p.id(), BOB, ANN, T0).withVersion(1);

    assertThatThrownBy(() -> store.inTransaction(tx -> tx.programs().update(ghost)))
        .isInstanceOfSatisfying(
            NotFoundException.class,
            e -> {
              assertThat(e.kind()).isEqualTo("program");
              assertThat(e.id()).isEqualTo("ghost");
            });
    assertThatThrownBy(() -> store.inTransaction(tx -> tx.enrollments().update(ghostEnrollment)))
        .isInstanceOfSatisfying(
            NotFoundException.class, e -> assertThat(e.id()).isEqualTo("e-ghost"));
    assertThatThrownBy(() -> store.inTransaction(tx -> tx.pairs().update(ghostPair)))
        .isInstanceOfSatisfying(
            NotFoundException.class, e -> assertThat(e.id()).isEqualTo("x-ghost"));
  }

  @Test
  void insert_nonZeroVersion_throwsIllegalArgument() {
    Program p = insert(program("p1", T0));

    assertThatThrownBy(
            () -> store.inTransaction(tx -> tx.programs().insert(program("p2", T0).withVersion(1))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("version 0");
    assertThatThrownBy(
            () ->
                store.inTransaction(
                    tx ->
                        tx.enrollments().insert(enrollment("e1", p.id(), ANN, T0).withVersion(2))))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () ->
                store.inTransaction(
                    tx -> tx.pairs().insert(pair("x1", p.id(), BOB, ANN, T0).withVersion(5))))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(store.inTransaction((StoreTransaction tx) -> tx.programs().findAll()))
        .containsExactly(p);
  }

  @Test
  void insert_existingId_throwsConcurrentUpdate() {
    Program p = insert(program("p1", T0));
    insert(pair("x1", p.id(), BOB, ANN, T0));

    assertThatThrownBy(() -> insert(program("p1", T0.plusSeconds(5))))
        .isInstanceOfSatisfying(
            ConcurrentUpdateException.class,
            e -> {
              assertThat(e.id()).isEqualTo("p1");
              assertThat(e.expectedVersion()).isZero();
              assertThat(e.actualVersion()).isEqualTo(1);
            });
    assertThatThrownBy(() -> insert(pair("x1", p.id(), CAL, ANN, T0)))
        .isInstanceOf(ConcurrentUpdateException.class);
    assertThat(stored(p.id()).createdAt()).isEqualTo(T0);
  }

  @Test
  void insertEnrollment_participantAlreadyInProgram_rejected() {
    ProgramId p1 = insert(program("p1", T0)).id();
    ProgramId p2 = insert(program("p2", T0)).id();
    Enrollment first = insert(enrollment("e1", p1, ANN, T0));

    assertThatThrownBy(() -> insert(enrollment("e2", p1, ANN, T0.plusSeconds(1))))
        .isInstanceOfSatisfying(
            ConcurrentUpdateException.class,
            e -> {
              assertThat(e.id()).isEqualTo("e1");
              assertThat(e.actualVersion()).isEqualTo(1);
            });
    Enrollment elsewhere = insert(enrollment("e3", p2, ANN, T0));

    assertThat(
            store.inTransaction((StoreTransaction tx) -> tx.enrollments().findByParticipant(ANN)))
        .containsExactly(first, elsewhere);
    assertThat(
            store.inTransaction(
                (StoreTransaction tx) -> tx.enrollments().find(EnrollmentId.of("e2"))))
        .isEmpty();
  }

  @Test
  void updateEnrollment_toParticipantAlreadyInProgram_rejected() {
    ProgramId p1 = insert(program("p1", T0)).id();
    Enrollment ann = insert(enrollment("e1", p1, ANN, T0));
    insert(enrollment("e2", p1, BOB, T0));

    assertThatThrownBy(() -> store.inTransaction(tx -> tx.enrollments().update(ann.erase(BOB, T0))))
        .isInstanceOf(ConcurrentUpdateException.class);
    assertThat(store.inTransaction((StoreTransaction tx) -> tx.enrollments().find(p1, ANN)))
        .contains(ann);
  }

  @Test
  void update_movedToAnotherProgram_throwsIllegalArgument() {
    ProgramId p1 = insert(program("p1", T0)).id();
    ProgramId p2 = insert(program("p2", T0)).id();
    Enrollment e = insert(enrollment("e1", p1, ANN, T0));
    Pair x = insert(pair("x1", p1, BOB, ANN, T0));
    Enrollment movedEnrollment =
        new Enrollment(
            e.id(),
            e.version(),
            p2,
            e.participantId(),
            e.role(),
            e.profile(),
            e.answers(),
            e.capacity(),
            e.consents(),
            e.status(),
            e.appliedAt(),
            e.updatedAt());
    Pair movedPair =
        new Pair(
            x.id(),
            x.version(),
            p2,
            x.mentorId(),
            x.menteeId(),
            x.origin(),
            x.explanation(),
            x.requiredApprovals(),
            x.approvals(),
            x.status(),
            x.proposedAt(),
            x.expiresAt(),
            null,
            null,
            null,
            null,
            null,
            x.updatedAt());

    assertThatThrownBy(() -> store.inTransaction(tx -> tx.enrollments().update(movedEnrollment)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("another program");
    assertThatThrownBy(() -> store.inTransaction(tx -> tx.pairs().update(movedPair)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("another program");
    assertThat(store.inTransaction((StoreTransaction tx) -> tx.enrollments().findByProgram(p2)))
        .isEmpty();
    assertThat(store.inTransaction((StoreTransaction tx) -> tx.pairs().findByProgram(p2)))
        .isEmpty();
    assertThat(store.inTransaction((StoreTransaction tx) -> tx.pairs().find(x.id()))).contains(x);
  }

  // ------------------------------------------------------------------ queries

  @Test
  void findAll_ordersByCreationTimeThenId() {
    Program late = insert(program("a-late", T0.plusSeconds(10)));
    Program b = insert(program("b", T0));
    Program a = insert(program("a", T0));

    List<Program> all = store.inTransaction(tx -> tx.programs().findAll());

    assertThat(all).containsExactly(a, b, late);
  }

  @Test
  void findEnrollments_orderByApplicationTimeThenId() {
    ProgramId p1 = insert(program("p1", T0)).id();
    ProgramId p2 = insert(program("p2", T0)).id();
    Enrollment cal = insert(enrollment("e-c", p1, CAL, T0.plusSeconds(5)));
    Enrollment bob = insert(enrollment("e-b", p1, BOB, T0));
    Enrollment ann = insert(enrollment("e-a", p1, ANN, T0));
    Enrollment annEarlierElsewhere = insert(enrollment("e-z", p2, ANN, T0.minusSeconds(5)));

    assertThat(store.inTransaction((StoreTransaction tx) -> tx.enrollments().findByProgram(p1)))
        .containsExactly(ann, bob, cal);
    assertThat(
            store.inTransaction((StoreTransaction tx) -> tx.enrollments().findByParticipant(ANN)))
        .containsExactly(annEarlierElsewhere, ann);
    assertThat(store.inTransaction((StoreTransaction tx) -> tx.enrollments().find(p2, ANN)))
        .contains(annEarlierElsewhere);
    assertThat(store.inTransaction((StoreTransaction tx) -> tx.enrollments().find(p2, BOB)))
        .isEmpty();
  }

  @Test
  void findPairs_orderByProposalTimeThenIdAndIncludeBothSides() {
    ProgramId p1 = insert(program("p1", T0)).id();
    ProgramId p2 = insert(program("p2", T0)).id();
    Pair third = insert(pair("x-3", p1, ANN, CAL, T0.plusSeconds(9)));
    Pair second = insert(pair("x-2", p1, BOB, ANN, T0));
    Pair first = insert(pair("x-1", p1, BOB, CAL, T0));
    Pair other = insert(pair("x-0", p2, BOB, ANN, T0.plusSeconds(1)));

    assertThat(store.inTransaction((StoreTransaction tx) -> tx.pairs().findByProgram(p1)))
        .containsExactly(first, second, third);
    assertThat(store.inTransaction((StoreTransaction tx) -> tx.pairs().findByParticipant(ANN)))
        .as("as mentor and as mentee, in every program")
        .containsExactly(second, other, third);
    assertThat(
            store.inTransaction(
                (StoreTransaction tx) -> tx.pairs().findByParticipant(ParticipantId.of("nobody"))))
        .isEmpty();
  }

  @Test
  void findAll_resultIsACopy() {
    insert(program("p1", T0));
    List<Program> result = store.inTransaction(tx -> tx.programs().findAll());

    // Whether the list is mutable is not specified; either way the store must not change.
    Throwable ignored = catchThrowable(result::clear);

    assertThat(store.inTransaction((StoreTransaction tx) -> tx.programs().findAll())).hasSize(1);
  }

  @Test
  void update_participantReplacedByPseudonym_reindexes() {
    ProgramId p1 = insert(program("p1", T0)).id();
    Enrollment ann = insert(enrollment("e1", p1, ANN, T0));
    Pair x = insert(pair("x1", p1, ANN, BOB, T0));
    ParticipantId pseudonym = ParticipantId.of("erased-1");

    Enrollment erased =
        store.inTransaction(tx -> tx.enrollments().update(ann.erase(pseudonym, T0.plusSeconds(1))));
    Pair erasedPair =
        store.inTransaction(tx -> tx.pairs().update(x.erase(ANN, pseudonym, T0.plusSeconds(1))));

    store.inTransaction(
        tx -> {
          assertThat(tx.enrollments().findByParticipant(ANN)).isEmpty();
          assertThat(tx.enrollments().find(p1, ANN)).isEmpty();
          assertThat(tx.enrollments().findByParticipant(pseudonym)).containsExactly(erased);
          assertThat(tx.enrollments().find(p1, pseudonym)).contains(erased);
          assertThat(tx.enrollments().findByProgram(p1)).containsExactly(erased);
          assertThat(tx.pairs().findByParticipant(ANN)).isEmpty();
          assertThat(tx.pairs().findByParticipant(pseudonym)).containsExactly(erasedPair);
          assertThat(tx.pairs().findByParticipant(BOB)).containsExactly(erasedPair);
          return null;
        });
    // The old key is free again: a new enrollment of the same person is accepted.
    assertThat(insert(enrollment("e2", p1, ANN, T0.plusSeconds(2))).version()).isEqualTo(1);
  }

  // ------------------------------------------------------------------ transactions

  @Test
  void inTransaction_workThrows_rollsBackAllWritesAndDropsAfterCommit() {
    ProgramId p1 = insert(program("p1", T0)).id();
    Enrollment ann = insert(enrollment("e1", p1, ANN, T0));
    Pair x = insert(pair("x1", p1, BOB, ANN, T0));
    SentReminder kept = new SentReminder("r-1", ANN, T0);
    store.inTransaction(
        tx -> {
          tx.reminders().record(kept);
          return null;
        });
    StoreSnapshot before = StoreSnapshot.of(store);
    List<String> ran = new CopyOnWriteArrayList<>();
    IllegalStateException failure = new IllegalStateException("boom");

    Throwable thrown =
        catchThrowable(
            () ->
                store.inTransaction(
                    tx -> {
                      tx.afterCommit(() -> ran.add("after"));
                      tx.programs().insert(program("p2", T0));
                      tx.programs().update(stored(tx, p1).openEnrollment(T0));
                      tx.enrollments().update(ann.erase(ParticipantId.of("erased"), T0));
                      tx.enrollments().insert(enrollment("e2", p1, CAL, T0));
                      tx.pairs().update(x.approve(ApprovalSide.MENTOR, T0));
                      tx.pairs().insert(pair("x2", p1, CAL, BOB, T0));
                      tx.reminders().record(new SentReminder("r-2", BOB, T0));
                      assertThat(tx.reminders().deleteByRecipient(ANN)).isEqualTo(1);
                      throw failure;
                    }));

    assertThat(thrown).isSameAs(failure);
    assertThat(ran).isEmpty();
    assertThat(StoreSnapshot.of(store)).isEqualTo(before);
    store.inTransaction(
        tx -> {
          assertThat(tx.programs().find(ProgramId.of("p2"))).isEmpty();
          assertThat(tx.enrollments().find(p1, ANN)).contains(ann);
          assertThat(tx.enrollments().findByParticipant(ParticipantId.of("erased"))).isEmpty();
          assertThat(tx.reminders().contains("r-1")).isTrue();
          assertThat(tx.reminders().contains("r-2")).isFalse();
          assertThat(tx.reminders().findByRecipient(ANN)).containsExactly(kept);
          return null;
        });
  }

  private static Program stored(StoreTransaction tx, ProgramId id) {
    return tx.programs().find(id).orElseThrow();
  }

  @Test
  void inTransaction_checkedException_propagatesUnchangedAndRollsBack() {
    IOException failure = new IOException("disk");

    Throwable thrown =
        catchThrowable(
            () ->
                store.<Void, IOException>inTransaction(
                    tx -> {
                      tx.programs().insert(program("p1", T0));
                      throw failure;
                    }));

    assertThat(thrown).isSameAs(failure);
    assertThat(store.inTransaction((StoreTransaction tx) -> tx.programs().findAll())).isEmpty();
  }

  @Test
  void afterCommit_actionsRunAfterCommitInRegistrationOrder() {
    List<String> ran = new ArrayList<>();
    AtomicReference<List<Program>> seenByAction = new AtomicReference<>();

    String result =
        store.inTransaction(
            tx -> {
              tx.afterCommit(() -> ran.add("first"));
              tx.programs().insert(program("p1", T0));
              // Runs outside the transaction: it may open a new one and sees the committed data.
              tx.afterCommit(
                  () -> {
                    ran.add("second");
                    seenByAction.set(store.inTransaction(inner -> inner.programs().findAll()));
                  });
              tx.afterCommit(() -> ran.add("third"));
              assertThat(ran).as("nothing runs before commit").isEmpty();
              return "done";
            });

    assertThat(result).isEqualTo("done");
    assertThat(ran).containsExactly("first", "second", "third");
    assertThat(seenByAction.get()).extracting(Program::id).containsExactly(ProgramId.of("p1"));
  }

  @Test
  void inTransaction_nested_throwsIllegalState() {
    Program outer =
        store.inTransaction(
            tx -> {
              Program p = tx.programs().insert(program("p1", T0));
              assertThatThrownBy(() -> store.inTransaction(inner -> inner.programs().findAll()))
                  .isInstanceOf(IllegalStateException.class)
                  .hasMessageContaining("nested");
              return p;
            });

    assertThat(stored(outer.id())).isEqualTo(outer);
  }

  @Test
  void inTransaction_nullWork_throwsNullPointer() {
    assertThatThrownBy(() -> store.inTransaction(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("work");
  }

  @Test
  void transaction_usedAfterWorkReturned_throwsIllegalState() {
    insert(program("p1", T0));
    AtomicReference<StoreTransaction> leaked = new AtomicReference<>();
    AtomicReference<EnrollmentRepository> leakedRepository = new AtomicReference<>();
    store.inTransaction(
        tx -> {
          leaked.set(tx);
          leakedRepository.set(tx.enrollments());
          return null;
        });
    StoreTransaction tx = leaked.get();

    assertThatThrownBy(tx::programs).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(tx::pairs).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(tx::reminders).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> tx.afterCommit(() -> {})).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> leakedRepository.get().findByParticipant(ANN))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("no longer active");
    assertThatThrownBy(
            () -> leakedRepository.get().insert(enrollment("e1", ProgramId.of("p1"), ANN, T0)))
        .isInstanceOf(IllegalStateException.class);
    assertThat(store.inTransaction((StoreTransaction t) -> t.enrollments().findByParticipant(ANN)))
        .isEmpty();
  }

  @Test
  void transaction_usedFromAnotherThreadWhileOpen_throwsIllegalState() throws Exception {
    ExecutorService other = Executors.newSingleThreadExecutor();
    try {
      Throwable fromOtherThread =
          store.inTransaction(
              tx -> {
                Future<Throwable> attempt =
                    other.submit(() -> catchThrowable(() -> tx.programs().findAll()));
                return attempt.get(5, TimeUnit.SECONDS);
              });
      assertThat(fromOtherThread).isInstanceOf(IllegalStateException.class);
    } finally {
      other.shutdownNow();
      assertThat(other.awaitTermination(5, TimeUnit.SECONDS)).isTrue();
    }
  }

  @Test
  void inTransaction_concurrentReadModifyWrite_losesNoUpdate() throws Exception {
    ProgramId id = insert(program("p1", T0)).id();
    int threads = 8;
    int perThread = 50;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      CountDownLatch go = new CountDownLatch(1);
      List<Future<?>> futures = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        futures.add(
            pool.submit(
                () -> {
                  go.await();
                  for (int i = 0; i < perThread; i++) {
                    store.inTransaction(
                        tx -> {
                          Program p = tx.programs().find(id).orElseThrow();
                          return tx.programs().update(p.withSpec(p.spec(), T0));
                        });
                  }
                  return null;
                }));
      }
      go.countDown();
      for (Future<?> f : futures) {
        f.get(10, TimeUnit.SECONDS);
      }
    } finally {
      pool.shutdownNow();
      assertThat(pool.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
    }

    assertThat(stored(id).version()).isEqualTo(1L + (long) threads * perThread);
  }

  // ------------------------------------------------------------------ reminders and features

  @Test
  void reminders_recordContainsFindAndDelete() {
    SentReminder late = new SentReminder("b-key", ANN, T0.plusSeconds(60));
    SentReminder earlyB = new SentReminder("k-2", ANN, T0);
    SentReminder earlyA = new SentReminder("k-1", ANN, T0);
    SentReminder bobs = new SentReminder("k-3", BOB, T0);
    store.inTransaction(
        tx -> {
          tx.reminders().record(late);
          tx.reminders().record(earlyB);
          tx.reminders().record(earlyA);
          tx.reminders().record(bobs);
          // Recording an existing key changes nothing.
          tx.reminders().record(new SentReminder("k-1", CAL, T0.plusSeconds(999)));
          return null;
        });

    store.inTransaction(
        tx -> {
          assertThat(tx.reminders().contains("k-1")).isTrue();
          assertThat(tx.reminders().contains("unknown")).isFalse();
          assertThat(tx.reminders().findByRecipient(ANN)).containsExactly(earlyA, earlyB, late);
          assertThat(tx.reminders().findByRecipient(CAL)).isEmpty();
          assertThat(tx.reminders().deleteByRecipient(ANN)).isEqualTo(3);
          assertThat(tx.reminders().deleteByRecipient(ANN)).isZero();
          return null;
        });

    store.inTransaction(
        tx -> {
          assertThat(tx.reminders().contains("k-1")).isFalse();
          assertThat(tx.reminders().findByRecipient(ANN)).isEmpty();
          assertThat(tx.reminders().findByRecipient(BOB)).containsExactly(bobs);
          return null;
        });
  }

  @Test
  void features_containAtomicTransactionsAndConcurrentWriters() {
    Set<StoreFeature> features = store.features();

    assertThat(features)
        .containsExactlyInAnyOrder(
            StoreFeature.ATOMIC_TRANSACTIONS, StoreFeature.CONCURRENT_WRITERS);
    assertThatThrownBy(() -> features.add(StoreFeature.EVENT_OUTBOX))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  // ------------------------------------------------------------------ property

  enum Action {
    INSERT,
    UPDATE,
    UPDATE_STALE,
    UPDATE_THEN_FAIL
  }

  /** One store call on program {@code "p" + target}; {@code skew} makes a stale version. */
  record Call(Action action, int target, int skew) {}

  @Test
  void versions_randomInsertsAndUpdates_equalOnePlusSuccessfulUpdates() {
    qt().withFixedSeed(0x57_0AEL)
        .withExamples(200)
        .forAll(
            listsOf(
                oneOf(Action.class)
                    .zip(integers().between(0, 3), integers().between(1, 3), Call::new),
                0,
                40))
        .checkAssert(InMemoryMentoringStoreTest::runCalls);
  }

  private static void runCalls(List<Call> calls) {
    InMemoryMentoringStore store = new InMemoryMentoringStore();
    Map<ProgramId, Long> updates = new HashMap<>(); // present once inserted
    Map<ProgramId, Long> lastSeen = new HashMap<>();
    for (Call call : calls) {
      ProgramId id = ProgramId.of("p" + call.target());
      Long done = updates.get(id);
      Long current = done == null ? null : done + 1;
      Throwable thrown =
          catchThrowable(
              () ->
                  store.inTransaction(
                      tx -> {
                        switch (call.action()) {
                          case INSERT -> tx.programs().insert(program(id.value(), T0));
                          case UPDATE, UPDATE_THEN_FAIL -> {
                            long version = current == null ? 1 : current;
                            tx.programs().update(changed(id, version));
                            if (call.action() == Action.UPDATE_THEN_FAIL) {
                              throw new IllegalStateException("rolled back");
                            }
                          }
                          case UPDATE_STALE -> {
                            long version = current == null ? 1 : current;
                            // Behind the stored version, or ahead of it.
                            long stale =
                                version > call.skew() && call.skew() != 2
                                    ? version - call.skew()
                                    : version + call.skew();
                            tx.programs().update(changed(id, stale));
                          }
                        }
                        return null;
                      }));
      switch (call.action()) {
        case INSERT -> {
          if (current == null) {
            assertThat(thrown).as("%s", call).isNull();
            updates.put(id, 0L);
          } else {
            assertThat(thrown)
                .as("%s", call)
                .isInstanceOfSatisfying(
                    ConcurrentUpdateException.class,
                    e -> assertThat(e.actualVersion()).isEqualTo(current));
          }
        }
        case UPDATE -> {
          if (current == null) {
            assertThat(thrown).as("%s", call).isInstanceOf(NotFoundException.class);
          } else {
            assertThat(thrown).as("%s", call).isNull();
            updates.put(id, done + 1);
          }
        }
        case UPDATE_STALE -> {
          if (current == null) {
            assertThat(thrown).as("%s", call).isInstanceOf(NotFoundException.class);
          } else {
            assertThat(thrown)
                .as("%s", call)
                .isInstanceOfSatisfying(
                    ConcurrentUpdateException.class,
                    e -> {
                      assertThat(e.id()).isEqualTo(id.value());
                      assertThat(e.expectedVersion()).isNotEqualTo(current);
                      assertThat(e.actualVersion()).isEqualTo(current);
                    });
          }
        }
        case UPDATE_THEN_FAIL ->
            assertThat(thrown)
                .as("%s", call)
                .isInstanceOf(
                    current == null ? NotFoundException.class : IllegalStateException.class);
      }
      Map<ProgramId, Long> stored = new HashMap<>();
      store
          .inTransaction(tx -> tx.programs().findAll())
          .forEach(p -> stored.put(p.id(), p.version()));
      Map<ProgramId, Long> expected = new HashMap<>();
      updates.forEach((k, n) -> expected.put(k, 1 + n));
      assertThat(stored).as("versions after %s", call).isEqualTo(expected);
      stored.forEach(
          (k, v) -> {
            assertThat(v)
                .as("version of %s never decreases", k)
                .isGreaterThanOrEqualTo(lastSeen.getOrDefault(k, 0L));
            lastSeen.put(k, v);
          });
    }
  }

  private static Program changed(ProgramId id, long version) {
    return new Program(id, version, SPEC, ProgramStatus.DRAFT, T0, T0.plusSeconds(version));
  }
}
