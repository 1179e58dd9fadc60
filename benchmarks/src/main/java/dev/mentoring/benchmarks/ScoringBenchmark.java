package dev.mentoring.benchmarks;

import dev.mentoring.core.matching.MatchingProblem;
import dev.mentoring.matching.scoring.CompatibilityModel;
import dev.mentoring.matching.scoring.ScoredProblem;
import dev.mentoring.matching.scoring.ScoringOptions;
import dev.mentoring.matching.solver.AssignmentProblem;
import java.util.concurrent.TimeUnit;
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
import org.openjdk.jmh.annotations.Warmup;

/**
 * Scoring every pair of a {@link MatchingProblem} of full profiles ({@link Profiles}) with {@link
 * CompatibilityModel#defaults()}: all eight built-in criteria (skills with levels, topics,
 * seniority gap, shared language, time-zone overlap, stated preferences, department policy,
 * location) and all six built-in hard constraints.
 *
 * <p>Measured: one {@code score} call, from the prepared {@link MatchingProblem} to the {@link
 * ScoredProblem} holding the {@link AssignmentProblem}: preparing every criterion and constraint
 * (interning skills, topics, languages), evaluating all pairs, building the problem. Variants:
 * {@code dense} with the default options (parallel on the common fork-join pool, here 2 cores),
 * {@code denseSequential} on the calling thread only, and {@code topK} (64 mentors per mentee, no
 * dense matrix). Not measured: generating the profiles. The setup checks, outside the timing, that
 * the parallel and sequential matrices are identical.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 5)
@Measurement(iterations = 10)
public class ScoringBenchmark {

  /** Mentees × mentors × capacity of every mentor. */
  @Param({"10000x2500x4"})
  public String size;

  /** The instance generator's seed. */
  @Param({"42"})
  public long seed;

  private MatchingProblem problem = Profiles.problem(Instances.generate(0, 0, 1, 0), 0);
  private final CompatibilityModel model = CompatibilityModel.defaults();
  private final ScoringOptions sequential = ScoringOptions.builder().sequential().build();
  private final ScoringOptions topK = ScoringOptions.topK(64);

  /** Builds the profiles; checks parallel and sequential scoring agree. */
  @Setup(Level.Trial)
  public void setUp() {
    int[] d = Instances.parseSize(size);
    problem = Profiles.problem(Instances.generate(d[0], d[1], d[2], seed), seed);
    AssignmentProblem a = model.score(problem).assignmentProblem();
    AssignmentProblem b = model.score(problem, sequential).assignmentProblem();
    if (a.mentees() != d[0] || a.mentors() != d[1]) {
      throw new IllegalStateException("scored " + a.mentees() + "x" + a.mentors());
    }
    for (int i = 0; i < a.mentees(); i++) {
      for (int j = 0; j < a.mentors(); j++) {
        if (a.score(i, j) != b.score(i, j)) {
          throw new IllegalStateException("parallel and sequential differ at " + i + ", " + j);
        }
      }
    }
  }

  /**
   * Dense scoring with the default options.
   *
   * @return the scored problem
   */
  @Benchmark
  public ScoredProblem dense() {
    return model.score(problem);
  }

  /**
   * Dense scoring on the calling thread.
   *
   * @return the scored problem
   */
  @Benchmark
  public ScoredProblem denseSequential() {
    return model.score(problem, sequential);
  }

  /**
   * Top-64 scoring.
   *
   * @return the scored problem
   */
  @Benchmark
  public ScoredProblem topK() {
    return model.score(problem, topK);
  }
}
