package dev.mentoring.core;

import static dev.mentoring.core.testing.Fixture.ADMIN;
import static org.assertj.core.api.Assertions.assertThat;

import dev.mentoring.core.enrollment.Enrollment;
import dev.mentoring.core.event.PairStatusChanged;
import dev.mentoring.core.notification.MatchConfirmed;
import dev.mentoring.core.pairing.ExitReason;
import dev.mentoring.core.pairing.Pair;
import dev.mentoring.core.pairing.PairId;
import dev.mentoring.core.pairing.PairStatus;
import dev.mentoring.core.program.ApprovalSide;
import dev.mentoring.core.program.MatchingPolicy;
import dev.mentoring.core.program.Program;
import dev.mentoring.core.program.ProgramId;
import dev.mentoring.core.testing.Fixture;
import dev.mentoring.core.testing.StoreSnapshot;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Concurrent acceptances: however the threads interleave, a mentor never gets more committed pairs
 * than their capacity, the losers are refused cleanly, and no enrollment update is lost.
 */
class AcceptanceConcurrencyTest {
  private static final int ROUNDS = 20;
  private static final int PROPOSALS = 20;
  private static final int CAPACITY = 3;
  private static final ParticipantId MENTOR = ParticipantId.of("mentor");

  private ExecutorService pool;

  @BeforeEach
  void startPool() {
    pool = Executors.newFixedThreadPool(PROPOSALS);
  }

  @AfterEach
  void stopPool() throws InterruptedException {
    pool.shutdownNow();
    assertThat(pool.awaitTermination(10, TimeUnit.SECONDS)).as("pool terminated").isTrue();
  }

  /** The outcome of one thread's accept: the stored pair, or what refused it. */
  private record Outcome(PairId pairId, Pair accepted, RuntimeException refused) {}

  /**
   * Runs one accept per pair, all released at once by a latch; {@code actorOf} picks who accepts.
   */
  private List<Outcome> acceptAllAtOnce(
      Fixture f, List<Pair> proposals, Function<Pair, Actor> actorOf) throws Exception {
    CountDownLatch ready = new CountDownLatch(proposals.size());
    CountDownLatch go = new CountDownLatch(1);
    List<Future<Outcome>> futures = new ArrayList<>();
    for (Pair p : proposals) {
      Callable<Outcome> task =
          () -> {
            ready.countDown();
            go.await();
            try {
              return new Outcome(
                  p.id(), f.mentoring.pairs().accept(actorOf.apply(p), p.id()), null);
            } catch (MentoringException e) {
              return new Outcome(p.id(), null, e);
            }
          };
      futures.add(pool.submit(task));
    }
    assertThat(ready.await(10, TimeUnit.SECONDS)).as("all threads ready").isTrue();
    go.countDown();
    List<Outcome> outcomes = new ArrayList<>();
    for (Future<Outcome> future : futures) {
      outcomes.add(future.get(10, TimeUnit.SECONDS));
    }
    return outcomes;
  }

  private static Map<ParticipantId, Long> enrollmentVersions(StoreSnapshot s) {
    return s.enrollments().stream()
        .collect(Collectors.toMap(Enrollment::participantId, Enrollment::version));
  }

  /** One mentor, many mentees, one proposal each; returns the proposals. */
  private static List<Pair> contendedSetUp(Fixture f, ProgramId program) {
    f.mentor(program, MENTOR.value(), CAPACITY);
    List<Pair> proposals = new ArrayList<>();
    for (int i = 0; i < PROPOSALS; i++) {
      String mentee = "mentee-" + i;
      f.mentee(program, mentee);
      proposals.add(f.mentoring.pairs().propose(ADMIN, program, MENTOR, Fixture.id(mentee)));
    }
    return proposals;
  }

  private void raceForOneMentor(
      MatchingPolicy policy, boolean launch, Function<Pair, Actor> actorOf, PairStatus committedAs)
      throws Exception {
    for (int round = 0; round < ROUNDS; round++) {
      Fixture f = new Fixture();
      Program program = f.matchingProgram(policy);
      List<Pair> proposals = contendedSetUp(f, program.id());
      assertThat(proposals).allSatisfy(p -> assertThat(p.status()).isEqualTo(PairStatus.PROPOSED));
      if (launch) {
        f.mentoring.programs().launch(ADMIN, program.id());
      }
      StoreSnapshot before = f.snapshot();
      Map<ParticipantId, Long> versionsBefore = enrollmentVersions(before);
      f.recorder.clear();

      List<Outcome> outcomes = acceptAllAtOnce(f, proposals, actorOf);

      String where = "round " + round;
      List<Outcome> won = outcomes.stream().filter(o -> o.accepted() != null).toList();
      List<Outcome> lost = outcomes.stream().filter(o -> o.refused() != null).toList();
      assertThat(won).as("%s: successful acceptances", where).hasSize(CAPACITY);
      assertThat(won).allSatisfy(o -> assertThat(o.accepted().status()).isEqualTo(committedAs));
      assertThat(lost).as("%s: refused acceptances", where).hasSize(PROPOSALS - CAPACITY);
      for (Outcome o : lost) {
        assertThat(o.refused())
            .as("%s: refusal of %s", where, o.pairId())
            .isInstanceOfAny(CapacityExceededException.class, IllegalTransitionException.class);
        if (o.refused() instanceof IllegalTransitionException e) {
          assertThat(e.id()).isEqualTo(o.pairId().toString());
          assertThat(e.from()).isEqualTo(PairStatus.EXPIRED);
          assertThat(e.to()).isEqualTo(PairStatus.ACCEPTED);
        }
      }

      StoreSnapshot after = f.snapshot();
      Set<PairId> winners = won.stream().map(Outcome::pairId).collect(Collectors.toSet());
      for (Pair p : after.pairs()) {
        if (winners.contains(p.id())) {
          assertThat(p.status()).isEqualTo(committedAs);
        } else {
          assertThat(p.status()).as("%s: loser %s", where, p.id()).isEqualTo(PairStatus.EXPIRED);
          assertThat(p.exit().reason()).isEqualTo(ExitReason.MATCHED_ELSEWHERE);
        }
      }
      assertThat(after.pairs().stream().filter(p -> p.status().isCommitted()))
          .as("%s: committed pairs of the mentor", where)
          .hasSize(CAPACITY);

      // Every acceptance touches the mentor's and the mentee's enrollment once, under one lock
      // per transaction: no increment is lost.
      Map<ParticipantId, Long> versionsAfter = enrollmentVersions(after);
      assertThat(versionsAfter.get(MENTOR))
          .as("%s: mentor enrollment version", where)
          .isEqualTo(versionsBefore.get(MENTOR) + CAPACITY);
      Set<ParticipantId> acceptedMentees =
          after.pairs().stream()
              .filter(p -> winners.contains(p.id()))
              .map(Pair::menteeId)
              .collect(Collectors.toSet());
      versionsBefore.forEach(
          (who, version) -> {
            if (!who.equals(MENTOR)) {
              assertThat(versionsAfter.get(who))
                  .as("%s: enrollment version of %s", where, who)
                  .isEqualTo(acceptedMentees.contains(who) ? version + 1 : version);
            }
          });

      // Published after commit: one acceptance event per winner, one expiry per loser.
      List<PairStatusChanged> changes = f.recorder.events(PairStatusChanged.class);
      assertThat(
              changes.stream()
                  .filter(c -> c.to() == PairStatus.ACCEPTED)
                  .map(PairStatusChanged::pairId))
          .containsExactlyInAnyOrderElementsOf(winners);
      assertThat(changes.stream().filter(c -> c.to() == PairStatus.EXPIRED))
          .hasSize(PROPOSALS - CAPACITY);
      assertThat(f.recorder.notifications(MatchConfirmed.class)).hasSize(2 * CAPACITY);
    }
  }

  @Test
  void accept_mentorAcceptsAllProposalsAtOnce_exactlyCapacityCommitted() throws Exception {
    MatchingPolicy policy = MatchingPolicy.defaults().withApprovals(Set.of(ApprovalSide.MENTOR));
    raceForOneMentor(policy, false, p -> Actor.participant(MENTOR), PairStatus.ACCEPTED);
  }

  @Test
  void accept_menteesAcceptAtOnceInRunningProgram_exactlyCapacityActive() throws Exception {
    MatchingPolicy policy = MatchingPolicy.defaults().withApprovals(Set.of(ApprovalSide.MENTEE));
    raceForOneMentor(policy, true, p -> Actor.participant(p.menteeId()), PairStatus.ACTIVE);
  }

  @Test
  void accept_menteeAcceptsOffersOfManyMentorsAtOnce_exactlyTheMenteeLimitCommitted()
      throws Exception {
    int limit = 2;
    int offers = 12;
    ParticipantId mentee = ParticipantId.of("mentee");
    for (int round = 0; round < ROUNDS; round++) {
      Fixture f = new Fixture();
      Program program =
          f.matchingProgram(
              MatchingPolicy.defaults()
                  .withApprovals(Set.of(ApprovalSide.MENTEE))
                  .withMaxMentorsPerMentee(limit));
      f.mentee(program.id(), mentee.value());
      List<Pair> proposals = new ArrayList<>();
      for (int m = 0; m < offers; m++) {
        f.mentor(program.id(), "mentor-" + m, 1);
        proposals.add(
            f.mentoring.pairs().propose(ADMIN, program.id(), Fixture.id("mentor-" + m), mentee));
      }
      long menteeVersion = enrollmentVersions(f.snapshot()).get(mentee);

      List<Outcome> outcomes = acceptAllAtOnce(f, proposals, p -> Actor.participant(mentee));

      assertThat(outcomes.stream().filter(o -> o.accepted() != null))
          .as("round %d: successful acceptances", round)
          .hasSize(limit);
      assertThat(outcomes.stream().map(Outcome::refused).filter(e -> e != null))
          .hasSize(offers - limit)
          .allSatisfy(
              e ->
                  assertThat(e)
                      .isInstanceOfAny(
                          CapacityExceededException.class, IllegalTransitionException.class));
      StoreSnapshot after = f.snapshot();
      assertThat(after.pairs().stream().filter(p -> p.status().isCommitted())).hasSize(limit);
      assertThat(after.pairs().stream().filter(p -> p.status() == PairStatus.EXPIRED))
          .hasSize(offers - limit);
      assertThat(enrollmentVersions(after).get(mentee)).isEqualTo(menteeVersion + limit);
    }
  }

  @Test
  void accept_differentMentorsAtOnce_allSucceedWithoutLostUpdates() throws Exception {
    int mentors = 8;
    int perMentor = 2;
    for (int round = 0; round < ROUNDS; round++) {
      Fixture f = new Fixture();
      Program program =
          f.matchingProgram(MatchingPolicy.defaults().withApprovals(Set.of(ApprovalSide.MENTOR)));
      List<Pair> proposals = new ArrayList<>();
      for (int m = 0; m < mentors; m++) {
        f.mentor(program.id(), "mentor-" + m, perMentor);
        for (int k = 0; k < perMentor; k++) {
          String mentee = "mentee-" + m + "-" + k;
          f.mentee(program.id(), mentee);
          proposals.add(
              f.mentoring
                  .pairs()
                  .propose(ADMIN, program.id(), Fixture.id("mentor-" + m), Fixture.id(mentee)));
        }
      }
      Map<ParticipantId, Long> versionsBefore = enrollmentVersions(f.snapshot());

      List<Outcome> outcomes = acceptAllAtOnce(f, proposals, p -> Actor.participant(p.mentorId()));

      assertThat(outcomes)
          .as("round %d", round)
          .allSatisfy(
              o -> {
                assertThat(o.refused()).isNull();
                assertThat(o.accepted().status()).isEqualTo(PairStatus.ACCEPTED);
              });
      StoreSnapshot after = f.snapshot();
      assertThat(after.pairs())
          .hasSize(mentors * perMentor)
          .allSatisfy(p -> assertThat(p.status()).isEqualTo(PairStatus.ACCEPTED));
      Map<ParticipantId, Long> versionsAfter = enrollmentVersions(after);
      Map<ParticipantId, Long> expected = new HashMap<>();
      versionsBefore.forEach(
          (who, version) ->
              expected.put(who, version + (who.value().startsWith("mentor-") ? perMentor : 1)));
      assertThat(versionsAfter).as("round %d: enrollment versions", round).isEqualTo(expected);
    }
  }
}
