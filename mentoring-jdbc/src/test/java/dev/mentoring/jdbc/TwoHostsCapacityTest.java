package dev.mentoring.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mentoring.core.Actor;
import dev.mentoring.core.CapacityExceededException;
import dev.mentoring.core.ConcurrentUpdateException;
import dev.mentoring.core.IllegalTransitionException;
import dev.mentoring.core.Mentoring;
import dev.mentoring.core.ParticipantId;
import dev.mentoring.core.enrollment.Application;
import dev.mentoring.core.enrollment.Enrollment;
import dev.mentoring.core.enrollment.Profile;
import dev.mentoring.core.pairing.Pair;
import dev.mentoring.core.program.ApprovalSide;
import dev.mentoring.core.program.EnrollmentRole;
import dev.mentoring.core.program.MatchingPolicy;
import dev.mentoring.core.program.ProgramId;
import dev.mentoring.core.program.ProgramSpec;
import dev.mentoring.testkit.fake.MutableClock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Two hosts, each with its own {@link Mentoring} on its own {@link JdbcMentoringStore} and {@link
 * DataSource}, share one database and accept proposals of one mentor at once: the mentor never
 * exceeds capacity and no acceptance is lost.
 */
@DisplayName("two hosts on one database")
class TwoHostsCapacityTest {
  private static final Actor ADMIN = Actor.participant("admin");
  private static final ParticipantId MENTOR = ParticipantId.of("mentor");
  private static final int MENTEES = 6;
  private static final int ROUNDS = 20;

  /** How an acceptance ended. */
  enum Outcome {
    ACCEPTED,
    CAPACITY_EXCEEDED,
    NO_LONGER_PROPOSED
  }

  static Stream<Arguments> databases() {
    Supplier<DataSource[]> h2 =
        () -> {
          DataSource first = Databases.h2();
          // A second DataSource object on the same in-memory database, as a second host has.
          org.h2.jdbcx.JdbcDataSource second = new org.h2.jdbcx.JdbcDataSource();
          second.setURL(((org.h2.jdbcx.JdbcDataSource) first).getURL());
          return new DataSource[] {first, second};
        };
    Supplier<DataSource[]> postgres =
        () -> {
          org.postgresql.ds.PGSimpleDataSource first =
              (org.postgresql.ds.PGSimpleDataSource) Databases.postgres("two_hosts");
          org.postgresql.ds.PGSimpleDataSource second = new org.postgresql.ds.PGSimpleDataSource();
          second.setURL(first.getURL());
          second.setUser(first.getUser());
          second.setPassword(first.getPassword());
          return new DataSource[] {first, second};
        };
    return Stream.of(
        Arguments.of("H2", h2, 1),
        Arguments.of("H2", h2, 3),
        Arguments.of("PostgreSQL", postgres, 1),
        Arguments.of("PostgreSQL", postgres, 3));
  }

  @ParameterizedTest(name = "{0}, mentor capacity {2}")
  @MethodSource("databases")
  @DisplayName(
      "concurrent acceptances through two engines: exactly the capacity is accepted, the others"
          + " are refused, and the mentor's enrollment counts every acceptance")
  void capacityHoldsAcrossHosts(String database, Supplier<DataSource[]> sources, int capacity)
      throws Exception {
    DataSource[] ds = sources.get();
    JdbcMentoringStore storeA = JdbcMentoringStore.builder(ds[0]).build();
    JdbcMentoringStore storeB = JdbcMentoringStore.builder(ds[1]).migrate(false).build();
    MutableClock clock = MutableClock.at(Instant.parse("2026-03-02T09:00:00Z"));
    Mentoring hostA = Mentoring.builder().store(storeA).clock(clock).build();
    Mentoring hostB = Mentoring.builder().store(storeB).clock(clock).build();
    ExecutorService pool = Executors.newFixedThreadPool(MENTEES);
    try {
      for (int round = 0; round < ROUNDS; round++) {
        ProgramId program = prepare(hostA, capacity);
        List<Pair> proposals = hostB.pairs().list(ADMIN, program);
        assertThat(proposals).hasSize(MENTEES);
        long versionBefore = mentorEnrollment(storeA, program).version();

        CountDownLatch ready = new CountDownLatch(MENTEES);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Outcome>> futures = new ArrayList<>();
        for (int i = 0; i < MENTEES; i++) {
          Mentoring host = i % 2 == 0 ? hostA : hostB;
          Pair proposal = proposals.get(i);
          futures.add(
              pool.submit(
                  () -> {
                    ready.countDown();
                    go.await();
                    return accept(host, proposal);
                  }));
        }
        assertThat(ready.await(30, TimeUnit.SECONDS)).isTrue();
        go.countDown();
        List<Outcome> outcomes = new ArrayList<>();
        for (Future<Outcome> f : futures) {
          outcomes.add(f.get(60, TimeUnit.SECONDS));
        }

        long accepted = outcomes.stream().filter(o -> o == Outcome.ACCEPTED).count();
        assertThat(accepted)
            .as("round %s on %s: acceptances that succeeded", round, database)
            .isEqualTo(Math.min(MENTEES, capacity));
        List<Pair> committed =
            storeB.inTransaction(tx -> tx.pairs().findByProgram(program)).stream()
                .filter(p -> p.status().isCommitted())
                .toList();
        assertThat(committed)
            .as("round %s on %s: committed pairs of the mentor in the database", round, database)
            .hasSize(capacity)
            .allSatisfy(p -> assertThat(p.mentorId()).isEqualTo(MENTOR));
        assertThat(mentorEnrollment(storeB, program).version())
            .as("the mentor's enrollment: one version per acceptance, none lost")
            .isEqualTo(versionBefore + accepted);
      }
    } finally {
      pool.shutdownNow();
      assertThat(pool.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
    }
  }

  /**
   * Accepts a proposal as its mentor, retrying on {@link ConcurrentUpdateException} as a caller
   * would; a refusal for capacity, or because the proposal expired meanwhile, ends the attempt.
   */
  private static Outcome accept(Mentoring host, Pair proposal) {
    for (int attempt = 0; attempt < 1_000; attempt++) {
      try {
        host.pairs().accept(Actor.participant(MENTOR), proposal.id());
        return Outcome.ACCEPTED;
      } catch (ConcurrentUpdateException conflict) {
        // another acceptance committed first: read again and retry
      } catch (CapacityExceededException full) {
        return Outcome.CAPACITY_EXCEEDED;
      } catch (IllegalTransitionException expired) {
        return Outcome.NO_LONGER_PROPOSED;
      }
    }
    throw new AssertionError("1,000 conflicts in a row accepting " + proposal.id());
  }

  private static Enrollment mentorEnrollment(JdbcMentoringStore store, ProgramId program) {
    return store.inTransaction(tx -> tx.enrollments().find(program, MENTOR)).orElseThrow();
  }

  /** A program in matching with one mentor and open proposals that need only the mentor's yes. */
  private static ProgramId prepare(Mentoring m, int capacity) {
    MatchingPolicy policy = MatchingPolicy.defaults().withApprovals(Set.of(ApprovalSide.MENTOR));
    ProgramSpec spec =
        ProgramSpec.builder("Race")
            .enrollmentApprovalRequired(false)
            .matchingPolicy(policy)
            .build();
    ProgramId program = m.programs().create(ADMIN, spec).id();
    m.programs().openEnrollment(ADMIN, program);
    m.enrollments()
        .apply(
            ADMIN,
            program,
            Application.builder(MENTOR, EnrollmentRole.MENTOR)
                .capacity(capacity)
                .profile(Profile.empty())
                .build());
    for (int i = 0; i < MENTEES; i++) {
      m.enrollments()
          .apply(
              ADMIN,
              program,
              Application.builder(ParticipantId.of("mentee-" + i), EnrollmentRole.MENTEE)
                  .profile(Profile.empty())
                  .build());
    }
    m.programs().startMatching(ADMIN, program);
    for (int i = 0; i < MENTEES; i++) {
      m.pairs().propose(ADMIN, program, MENTOR, ParticipantId.of("mentee-" + i));
    }
    return program;
  }
}
