package dev.mentoring.core.memory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mentoring.core.ConcurrentUpdateException;
import dev.mentoring.core.NotFoundException;
import dev.mentoring.core.ParticipantId;
import dev.mentoring.core.goal.Goal;
import dev.mentoring.core.goal.GoalDraft;
import dev.mentoring.core.goal.GoalId;
import dev.mentoring.core.meeting.Meeting;
import dev.mentoring.core.meeting.MeetingId;
import dev.mentoring.core.meeting.MeetingPlan;
import dev.mentoring.core.meeting.MeetingSeriesId;
import dev.mentoring.core.pairing.PairId;
import dev.mentoring.core.program.ProgramId;
import dev.mentoring.core.spi.StoreTransaction;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** The in-memory goal and meeting repositories: versions, ordering, indexes and rollback. */
class GoalMeetingStoreTest {
  private static final Instant T0 = Instant.parse("2026-01-05T09:00:00Z");
  private static final ProgramId P1 = ProgramId.of("p1");
  private static final ProgramId P2 = ProgramId.of("p2");
  private static final PairId X1 = PairId.of("x1");
  private static final PairId X2 = PairId.of("x2");
  private static final ParticipantId ANN = ParticipantId.of("ann");
  private static final ParticipantId BOB = ParticipantId.of("bob");

  private final InMemoryMentoringStore store = new InMemoryMentoringStore();

  private static Goal goal(
      String id, ProgramId program, PairId pair, ParticipantId owner, Instant at) {
    return Goal.draft(
        GoalId.of(id),
        program,
        pair,
        owner,
        GoalDraft.builder("Goal " + id, "measure", LocalDate.of(2026, 6, 1)).build(),
        at);
  }

  private static Meeting meeting(
      String id, ProgramId program, PairId pair, MeetingSeriesId series, Instant start) {
    return Meeting.schedule(
        MeetingId.of(id),
        program,
        pair,
        series,
        ANN,
        MeetingPlan.builder("M " + id, start, ZoneOffset.UTC).build(),
        T0);
  }

  private Goal insert(Goal g) {
    return store.inTransaction(tx -> tx.goals().insert(g));
  }

  private Meeting insert(Meeting m) {
    return store.inTransaction(tx -> tx.meetings().insert(m));
  }

  private static List<String> goalIds(List<Goal> goals) {
    return goals.stream().map(g -> g.id().value()).toList();
  }

  private static List<String> meetingIds(List<Meeting> meetings) {
    return meetings.stream().map(m -> m.id().value()).toList();
  }

  // ------------------------------------------------------------------------ goals

  @Test
  void goals_insertStoresVersionOne_updateIsCompareAndSet() {
    Goal v1 = insert(goal("g1", P1, X1, ANN, T0));
    Goal v2 = store.inTransaction(tx -> tx.goals().update(v1.activate(T0.plusSeconds(1))));

    assertThat(v1.version()).isEqualTo(1);
    assertThat(v2.version()).isEqualTo(2);
    assertThat(store.inTransaction((StoreTransaction tx) -> tx.goals().find(v1.id()))).contains(v2);
    assertThatThrownBy(() -> store.inTransaction(tx -> tx.goals().update(v1.abandon(null, T0))))
        .isInstanceOfSatisfying(
            ConcurrentUpdateException.class,
            e -> {
              assertThat(e.id()).isEqualTo("g1");
              assertThat(e.expectedVersion()).isEqualTo(1);
              assertThat(e.actualVersion()).isEqualTo(2);
            });
    assertThatThrownBy(() -> insert(goal("g1", P1, X1, ANN, T0)))
        .isInstanceOf(ConcurrentUpdateException.class);
    assertThatThrownBy(() -> insert(v1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("version 0");
    assertThatThrownBy(
            () ->
                store.inTransaction(
                    tx -> tx.goals().update(goal("ghost", P1, X1, ANN, T0).withVersion(1))))
        .isInstanceOfSatisfying(
            NotFoundException.class, e -> assertThat(e.kind()).isEqualTo("goal"));
    assertThatThrownBy(
            () ->
                store.inTransaction(
                    tx -> tx.goals().update(goal("g1", P2, X1, ANN, T0).withVersion(2))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("goal g1 may not move to another program");
  }

  @Test
  void goals_findersOrderByCreationTimeThenId() {
    insert(goal("g3", P1, X1, ANN, T0.plusSeconds(2)));
    insert(goal("g2", P1, X2, BOB, T0));
    insert(goal("g1", P1, X1, ANN, T0));
    insert(goal("g4", P2, PairId.of("x3"), ANN, T0.plusSeconds(1)));

    store.inTransaction(
        tx -> {
          assertThat(goalIds(tx.goals().findByProgram(P1))).containsExactly("g1", "g2", "g3");
          assertThat(goalIds(tx.goals().findByProgram(P2))).containsExactly("g4");
          assertThat(goalIds(tx.goals().findByPair(X1))).containsExactly("g1", "g3");
          assertThat(goalIds(tx.goals().findByOwner(ANN))).containsExactly("g1", "g4", "g3");
          assertThat(tx.goals().findByOwner(ParticipantId.of("nobody"))).isEmpty();
          assertThat(tx.goals().find(GoalId.of("none"))).isEmpty();
          return null;
        });
  }

  @Test
  void goals_ownerReplaced_reindexes() {
    Goal g = insert(goal("g1", P1, X1, ANN, T0));
    ParticipantId pseudonym = ParticipantId.of("erased-1");

    store.inTransaction(tx -> tx.goals().update(g.erase(ANN, pseudonym, T0)));

    store.inTransaction(
        tx -> {
          assertThat(tx.goals().findByOwner(ANN)).isEmpty();
          assertThat(goalIds(tx.goals().findByOwner(pseudonym))).containsExactly("g1");
          return null;
        });
  }

  // --------------------------------------------------------------------- meetings

  @Test
  void meetings_insertStoresVersionOne_updateIsCompareAndSet() {
    Meeting v1 = insert(meeting("m1", P1, X1, null, T0.plusSeconds(600)));
    Meeting v2 = store.inTransaction(tx -> tx.meetings().update(v1.cancel(null, T0)));

    assertThat(v1.version()).isEqualTo(1);
    assertThat(v2.version()).isEqualTo(2);
    assertThatThrownBy(() -> store.inTransaction(tx -> tx.meetings().update(v1.markHeld(T0))))
        .isInstanceOf(ConcurrentUpdateException.class);
    assertThatThrownBy(() -> insert(meeting("m1", P1, X1, null, T0)))
        .isInstanceOf(ConcurrentUpdateException.class);
    assertThatThrownBy(
            () ->
                store.inTransaction(
                    tx -> tx.meetings().update(meeting("ghost", P1, X1, null, T0).withVersion(1))))
        .isInstanceOfSatisfying(
            NotFoundException.class, e -> assertThat(e.kind()).isEqualTo("meeting"));
    assertThatThrownBy(
            () ->
                store.inTransaction(
                    tx -> tx.meetings().update(meeting("m1", P2, X1, null, T0).withVersion(2))))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void meetings_findersOrderByStartThenId_andFollowReschedules() {
    MeetingSeriesId s1 = MeetingSeriesId.of("s1");
    insert(meeting("m3", P1, X1, s1, T0.plus(Duration.ofDays(2))));
    insert(meeting("m2", P1, X2, null, T0.plus(Duration.ofDays(1))));
    Meeting m1 = insert(meeting("m1", P1, X1, s1, T0.plus(Duration.ofDays(1))));
    insert(meeting("m4", P2, PairId.of("x3"), MeetingSeriesId.of("s2"), T0));

    store.inTransaction(
        tx -> {
          assertThat(meetingIds(tx.meetings().findByProgram(P1))).containsExactly("m1", "m2", "m3");
          assertThat(meetingIds(tx.meetings().findByPair(X1))).containsExactly("m1", "m3");
          assertThat(meetingIds(tx.meetings().findBySeries(s1))).containsExactly("m1", "m3");
          assertThat(tx.meetings().findBySeries(MeetingSeriesId.of("none"))).isEmpty();
          assertThat(tx.meetings().find(MeetingId.of("none"))).isEmpty();
          return null;
        });

    store.inTransaction(tx -> tx.meetings().update(m1.reschedule(T0.plus(Duration.ofDays(3)), T0)));

    store.inTransaction(
        tx -> {
          assertThat(meetingIds(tx.meetings().findByProgram(P1))).containsExactly("m2", "m3", "m1");
          assertThat(meetingIds(tx.meetings().findBySeries(s1))).containsExactly("m3", "m1");
          return null;
        });
  }

  // --------------------------------------------------------------------- rollback

  @Test
  void rollback_undoesGoalAndMeetingWritesAndTheirIndexes() {
    Goal g = insert(goal("g1", P1, X1, ANN, T0));
    Meeting m = insert(meeting("m1", P1, X1, MeetingSeriesId.of("s1"), T0.plusSeconds(60)));

    assertThatThrownBy(
            () ->
                store.inTransaction(
                    tx -> {
                      tx.goals().update(g.erase(ANN, BOB, T0));
                      tx.goals().insert(goal("g2", P1, X1, ANN, T0));
                      tx.meetings().update(m.reschedule(T0.plusSeconds(3_600), T0));
                      tx.meetings().insert(meeting("m2", P1, X1, MeetingSeriesId.of("s1"), T0));
                      throw new IllegalStateException("boom");
                    }))
        .hasMessage("boom");

    store.inTransaction(
        tx -> {
          assertThat(tx.goals().findByPair(X1)).containsExactly(g);
          assertThat(tx.goals().findByOwner(BOB)).isEmpty();
          assertThat(tx.meetings().findBySeries(MeetingSeriesId.of("s1"))).containsExactly(m);
          assertThat(tx.meetings().findByProgram(P1)).containsExactly(m);
          return null;
        });
  }

  @Test
  void repositories_usedAfterTheTransaction_illegalState_nullArguments_nullPointer() {
    AtomicReference<StoreTransaction> leaked = new AtomicReference<>();
    store.inTransaction(
        tx -> {
          leaked.set(tx);
          assertThatThrownBy(() -> tx.goals().find(null)).isInstanceOf(NullPointerException.class);
          assertThatThrownBy(() -> tx.goals().findByPair(null))
              .isInstanceOf(NullPointerException.class);
          assertThatThrownBy(() -> tx.goals().findByProgram(null))
              .isInstanceOf(NullPointerException.class);
          assertThatThrownBy(() -> tx.goals().findByOwner(null))
              .isInstanceOf(NullPointerException.class);
          assertThatThrownBy(() -> tx.meetings().find(null))
              .isInstanceOf(NullPointerException.class);
          assertThatThrownBy(() -> tx.meetings().findByPair(null))
              .isInstanceOf(NullPointerException.class);
          assertThatThrownBy(() -> tx.meetings().findByProgram(null))
              .isInstanceOf(NullPointerException.class);
          assertThatThrownBy(() -> tx.meetings().findBySeries(null))
              .isInstanceOf(NullPointerException.class);
          return null;
        });

    assertThatThrownBy(() -> leaked.get().goals()).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> leaked.get().meetings()).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void indexedTable_sortedIndex_keepsRowsInOrderAcrossRewritesAndRemovals() {
    IndexedTable<String, String> table = new IndexedTable<>();
    IndexedTable.Index<String, String> byLength =
        table.sortedIndex(v -> List.of(v.length()), java.util.Comparator.reverseOrder());
    IndexedTable.Index<String, String> plain = table.index(v -> List.of(v.length()));
    table.put("a", "ab");
    table.put("b", "cd");
    table.put("c", "xyz");
    table.put("a", "ef");
    table.put("b", null);

    assertThat(table.lookupSorted(byLength, 2)).containsExactly("ef");
    assertThat(table.lookupSorted(byLength, 3)).containsExactly("xyz");
    assertThat(table.lookupSorted(byLength, 4)).isEmpty();
    table.put("a", null);
    assertThat(table.lookupSorted(byLength, 2)).isEmpty();
    assertThatThrownBy(() -> table.lookupSorted(plain, 2))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("not a sorted index");
  }
}
