package dev.mentoring.benchmarks;

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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Optimal capacitated assignment on dense structured instances: {@link MaxScoreSolver#maxScore()}
 * against OR-tools' {@code SimpleMinCostFlow} on the capacitated network and OR-tools' {@code
 * LinearSumAssignment} on the capacity-expanded matrix (see {@link Baselines}).
 *
 * <p>Measured per invocation (one solve, {@link Mode#SingleShotTime}):
 *
 * <ul>
 *   <li>{@code maxScore}: solving a prepared {@link AssignmentProblem};
 *   <li>{@code maxScoreFromMatrix}: {@link AssignmentProblem#of(int[][], int[])} from the prepared
 *       matrix, then solving (the like-for-like comparison with the baselines);
 *   <li>{@code orToolsMinCostFlow}, {@code orToolsLinearSumAssignment}: building the baseline's own
 *       graph from the prepared matrix through JNI, solving, freeing it.
 * </ul>
 *
 * <p>The instance, the matrix and the reference optimum are built in the trial setup. After every
 * measured invocation, outside the timing, the total found is checked against the reference
 * optimum, and a mismatch fails the benchmark.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 2)
@Measurement(iterations = 5)
public class OptimalBenchmark {

  /** Mentees × mentors × capacity of every mentor. */
  @Param({"2000x500x4", "10000x2500x4"})
  public String size;

  /** The instance generator's seed. */
  @Param({"42"})
  public long seed;

  private OptimalCase input;

  /** Builds the instance and the reference optimum. */
  @Setup(Level.Trial)
  public void setUp() {
    Baselines.loadOrTools();
    input = new OptimalCase(size, seed);
  }

  /** Checks the last invocation's total against the reference optimum. */
  @TearDown(Level.Iteration)
  public void check() {
    input.checkLast();
  }

  /**
   * Our solver on the prepared problem.
   *
   * @return the total
   */
  @Benchmark
  public long maxScore() {
    return input.maxScore();
  }

  /**
   * Our solver, building its problem from the matrix.
   *
   * @return the total
   */
  @Benchmark
  public long maxScoreFromMatrix() {
    return input.maxScoreFromMatrix();
  }

  /**
   * OR-tools min-cost flow on the capacitated network.
   *
   * @return the total
   */
  @Benchmark
  public long orToolsMinCostFlow() {
    return input.orToolsMinCostFlow();
  }

  /**
   * OR-tools linear sum assignment on the capacity-expanded matrix.
   *
   * @return the total
   */
  @Benchmark
  public long orToolsLinearSumAssignment() {
    return input.orToolsLinearSumAssignment();
  }
}
