package dev.mentoring.benchmarks;

import dev.mentoring.matching.solver.AssignmentProblem;
import dev.mentoring.matching.solver.MaxScoreSolver;
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
 * Exact optimal assignment on the sparse top-K candidate graph: each mentee keeps its {@code k}
 * best mentors, computed row by row by {@link Instances.Instance#sparseTopK(int)} without a dense
 * matrix. {@link MaxScoreSolver#maxScore()} against OR-tools {@code MinCostFlow} on the same
 * candidate graph ({@link Baselines#minCostFlow(AssignmentProblem)}, which includes building the
 * network from the problem's candidate lists).
 *
 * <p>The fork runs with {@code -Xmx4g}: the heap target of the issue, which the trial setup
 * (generation of the instance and the sparse problem) must also fit in. The reference optimum is
 * OR-tools' total, computed once in the setup; after every measured invocation, outside the timing,
 * the total found is checked against it, and a mismatch fails the benchmark.
 *
 * <p>A single solve takes long, so JIT warm-up is negligible next to it: no warm-up iteration.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = "-Xmx4g")
@Warmup(iterations = 0)
@Measurement(iterations = 3)
public class SparseBenchmark {

  /** Mentees × mentors × capacity of every mentor. */
  @Param({"100000x20000x5"})
  public String size;

  /** Candidates kept per mentee. */
  @Param({"64"})
  public int k;

  /** The instance generator's seed. */
  @Param({"42"})
  public long seed;

  private AssignmentProblem problem = AssignmentProblem.sparseBuilder(0, 0).build();
  private long reference;
  private long total;
  private String last = "";

  /** Builds the sparse problem and the reference optimum. */
  @Setup(Level.Trial)
  public void setUp() {
    Baselines.loadOrTools();
    int[] dims = Instances.parseSize(size);
    problem = Instances.generate(dims[0], dims[1], dims[2], seed).sparseTopK(k);
    reference = Baselines.minCostFlow(problem);
  }

  /** Checks the last invocation's total against OR-tools' optimum. */
  @TearDown(Level.Iteration)
  public void check() {
    if (total != reference) {
      throw new IllegalStateException(
          last + " found total " + total + " but OR-tools MinCostFlow found " + reference);
    }
  }

  /**
   * Our solver on the prepared sparse problem.
   *
   * @return the total
   */
  @Benchmark
  public long maxScore() {
    last = "MaxScoreSolver.maxScore()";
    total = MaxScoreSolver.maxScore().solve(problem, 0).totalScore();
    return total;
  }

  /**
   * OR-tools min-cost flow on the candidate graph.
   *
   * @return the total
   */
  @Benchmark
  public long orToolsMinCostFlow() {
    last = "OR-tools MinCostFlow";
    total = Baselines.minCostFlow(problem);
    return total;
  }
}
