package dev.mentoring.benchmarks;

import dev.mentoring.core.Actor;
import dev.mentoring.core.MatchingRun;
import dev.mentoring.core.Mentoring;
import dev.mentoring.core.ParticipantId;
import dev.mentoring.core.enrollment.Application;
import dev.mentoring.core.enrollment.Enrollment;
import dev.mentoring.core.enrollment.EnrollmentId;
import dev.mentoring.core.enrollment.EnrollmentStatus;
import dev.mentoring.core.enrollment.Profile;
import dev.mentoring.core.matching.MatchingProblem;
import dev.mentoring.core.matching.MatchingResult;
import dev.mentoring.core.matching.MatchingStrategy;
import dev.mentoring.core.matching.Proposal;
import dev.mentoring.core.memory.InMemoryMentoringStore;
import dev.mentoring.core.pairing.Explanation;
import dev.mentoring.core.program.ApprovalSide;
import dev.mentoring.core.program.EnrollmentRole;
import dev.mentoring.core.program.MatchingPolicy;
import dev.mentoring.core.program.ProgramId;
import dev.mentoring.core.program.ProgramSpec;
import dev.mentoring.core.spi.MentoringStore;
import dev.mentoring.jdbc.JdbcMentoringStore;
import dev.mentoring.postgres.testing.PostgresServer;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.BenchmarkParams;

/**
 * The JDBC store under bulk writes, through the public services of a {@link Mentoring} on a {@link
 * JdbcMentoringStore}: 10,000 enrollments, and a matching run that proposes 10,000 pairs.
 *
 * <p>{@code enroll}: 10,000 applications through {@code enrollments().apply}, one transaction each
 * (the engine has no bulk enrollment). {@code propose}: one {@code matching().propose} run over
 * 10,000 mentees and 5,000 mentors of capacity 2, already enrolled by the setup (straight through
 * the storage SPI, not measured); the strategy pairs mentee {@code i} with mentor {@code i / 2}, so
 * the time is the engine's and the store's, not a solver's; the run stores 10,000 proposals in one
 * transaction.
 *
 * <p>Databases: {@code POSTGRESQL} is a throwaway cluster that the benchmark starts ({@link
 * PostgresServer}), {@code H2} an in-memory database. Connections: {@code PER_TRANSACTION} is a
 * plain {@code PGSimpleDataSource} (or H2 {@code JdbcDataSource}), which opens a new connection for
 * every transaction; {@code ONE_CONNECTION} hands out one open connection again and again, as a
 * pool with one warm connection would.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = "-Xmx2g")
@Warmup(iterations = 1)
@Measurement(iterations = 3)
public class JdbcStoreBenchmark {
  private static final Actor ADMIN = Actor.participant("admin");
  private static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");

  /** The database. */
  @Param({"H2", "POSTGRESQL"})
  public String database;

  /** How the host's data source hands out connections. */
  @Param({"PER_TRANSACTION", "ONE_CONNECTION"})
  public String connections;

  /** Participants enrolled, and pairs proposed. */
  @Param({"10000"})
  public int size;

  private Mentoring mentoring = Mentoring.builder().build();
  private MentoringStore store = new InMemoryMentoringStore();
  private ProgramId program = ProgramId.of("none");
  private OneConnectionDataSource oneConnection;

  /**
   * A fresh database with a program open for enrollment; for {@link #propose}, with the mentees and
   * mentors enrolled and matching started.
   */
  @Setup(Level.Iteration)
  public void freshDatabase(BenchmarkParams params) {
    DataSource ds =
        database.equals("POSTGRESQL")
            ? PostgresServer.get().createDatabase("bench")
            : H2Databases.create();
    if (connections.equals("ONE_CONNECTION")) {
      OneConnectionDataSource one = new OneConnectionDataSource(ds);
      oneConnection = one;
      ds = one;
    }
    store = JdbcMentoringStore.builder(ds).build();
    mentoring = Mentoring.builder().store(store).clock(Clock.fixed(T0, ZoneOffset.UTC)).build();
    ProgramSpec spec =
        ProgramSpec.builder("Bulk")
            .enrollmentApprovalRequired(false)
            .matchingPolicy(MatchingPolicy.defaults().withApprovals(Set.of(ApprovalSide.ADMIN)))
            .build();
    program = mentoring.programs().create(ADMIN, spec).id();
    mentoring.programs().openEnrollment(ADMIN, program);
    if (params.getBenchmark().endsWith("propose")) {
      enrollForMatching();
    }
  }

  /** Closes the one connection, if any. */
  @TearDown(Level.Iteration)
  public void closeConnection() {
    OneConnectionDataSource one = oneConnection;
    if (one != null) {
      one.closeConnection();
      oneConnection = null;
    }
  }

  /**
   * Enrolls {@code size} participants, one application (one transaction) each.
   *
   * @return how many were enrolled
   */
  @Benchmark
  public int enroll() {
    for (int i = 0; i < size; i++) {
      mentoring
          .enrollments()
          .apply(
              ADMIN,
              program,
              Application.builder(ParticipantId.of("p-" + i), EnrollmentRole.MENTEE)
                  .profile(Profile.empty())
                  .build());
    }
    int enrolled = mentoring.enrollments().list(ADMIN, program).size();
    if (enrolled != size) {
      throw new IllegalStateException("enrolled " + enrolled + " of " + size);
    }
    return enrolled;
  }

  /** Enrolls the mentees and mentors that {@link #propose} pairs, straight through the SPI. */
  private void enrollForMatching() {
    store.inTransaction(
        tx -> {
          for (int i = 0; i < size; i++) {
            tx.enrollments().insert(enrollment("mentee-" + i, EnrollmentRole.MENTEE, 0, i));
          }
          for (int i = 0; i < (size + 1) / 2; i++) {
            tx.enrollments().insert(enrollment("mentor-" + i, EnrollmentRole.MENTOR, 2, i));
          }
          return null;
        });
    mentoring.programs().startMatching(ADMIN, program);
  }

  private Enrollment enrollment(String who, EnrollmentRole role, int capacity, int i) {
    Instant applied = T0.plusSeconds(i);
    return new Enrollment(
        EnrollmentId.of("e-" + who),
        0,
        program,
        ParticipantId.of(who),
        role,
        Profile.empty(),
        Map.of(),
        capacity,
        Set.of(),
        EnrollmentStatus.APPROVED,
        applied,
        applied);
  }

  /**
   * Proposes {@code size} pairs in one matching run.
   *
   * @return the run
   */
  @Benchmark
  public MatchingRun propose() {
    MatchingRun run = mentoring.matching().propose(ADMIN, program, new MenteeByIndex());
    if (run.proposed().size() != size) {
      throw new IllegalStateException("proposed " + run.proposed().size() + " of " + size);
    }
    return run;
  }

  /** Pairs mentee {@code i} with mentor {@code i / 2}. */
  private static final class MenteeByIndex implements MatchingStrategy {
    @Override
    public MatchingResult match(MatchingProblem problem) {
      List<Proposal> proposals = new ArrayList<>();
      for (Enrollment mentee : problem.mentees()) {
        int i = Integer.parseInt(mentee.participantId().value().substring("mentee-".length()));
        proposals.add(
            new Proposal(
                ParticipantId.of("mentor-" + i / 2),
                mentee.participantId(),
                Explanation.of("by index")));
      }
      return new MatchingResult(proposals, Map.of(), Map.of());
    }

    @Override
    public String id() {
      return "benchmark.by-index";
    }
  }
}
