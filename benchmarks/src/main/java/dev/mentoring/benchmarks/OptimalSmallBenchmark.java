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
 * {@link OptimalBenchmark} at a small size, where JGraphT's Kuhn-Munkres (O(N³) on the padded,
 * capacity-expanded complete graph, with boxed vertices and edge objects) also runs. The parameter
 * has its own name, {@code smallSize}, so that {@code -p size=...} given for {@link
 * OptimalBenchmark} never sends JGraphT to a large instance.
 *
 * <p>Each method includes what its counterpart in {@link OptimalBenchmark} includes; {@code
 * jgraphtKuhnMunkres} includes building the JGraphT graph from the matrix.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class OptimalSmallBenchmark {

  /** Mentees × mentors × capacity of every mentor. */
  @Param({"200x50x4"})
  public String smallSize;

  /** The instance generator's seed. */
  @Param({"42"})
  public long seed;

  private OptimalCase input;

  /** Builds the instance and the reference optimum. */
  @Setup(Level.Trial)
  public void setUp() {
    Baselines.loadOrTools();
    input = new OptimalCase(smallSize, seed);
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

  /**
   * JGraphT Kuhn-Munkres on the padded capacity-expanded complete graph.
   *
   * @return the total
   */
  @Benchmark
  public long jgraphtKuhnMunkres() {
    return input.jgraphtKuhnMunkres();
  }
}
