package dev.mentoring.benchmarks;

import dev.mentoring.matching.solver.Assignment;
import dev.mentoring.matching.solver.AssignmentProblem;
import dev.mentoring.matching.solver.AssignmentSolver;
import dev.mentoring.matching.solver.MaxScoreSolver;
import dev.mentoring.matching.solver.Stability;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.Locale;
import java.util.Map;

/**
 * Measurements that are not JMH timings, run from the benchmarks jar:
 *
 * <pre>
 * java -Xmx512m -cp benchmarks/target/benchmarks.jar dev.mentoring.benchmarks.Report heap 10000x2500x4
 * java -Xmx4g -cp benchmarks/target/benchmarks.jar dev.mentoring.benchmarks.Report heap 100000x20000x5 64
 * java -cp benchmarks/target/benchmarks.jar dev.mentoring.benchmarks.Report gap 10000x2500x4 64
 * java -cp benchmarks/target/benchmarks.jar dev.mentoring.benchmarks.Report strategies 2000x500x4
 * </pre>
 *
 * <ul>
 *   <li>{@code heap SIZE [K [SEED]]}: generates the instance, builds the dense problem (or, with
 *       {@code K > 0}, the sparse top-K problem) and solves it with {@link
 *       MaxScoreSolver#maxScore()} in this JVM, then prints the peak heap: the sum of the peak
 *       usage of every heap memory pool, an upper bound of the true peak (the pools peak at
 *       different times). Run it with {@code -Xmx512m} (dense 10,000 × 2,500 × 4) or {@code -Xmx4g}
 *       (sparse 100,000 × 20,000 × 5) to show that the whole run fits.
 *   <li>{@code gap SIZE K [SEED]}: the optimal total on the dense problem and on the sparse top-K
 *       problem of the same instance, and the relative gap.
 * </ul>
 */
public final class Report {

  private Report() {}

  /**
   * Runs one report.
   *
   * @param args {@code heap SIZE [K [SEED]]}, {@code gap SIZE K [SEED]} or {@code strategies SIZE
   *     [SEED]}
   */
  public static void main(String[] args) {
    if (args.length >= 2 && args[0].equals("heap")) {
      heap(
          args[1],
          args.length > 2 ? Integer.parseInt(args[2]) : 0,
          args.length > 3 ? Long.parseLong(args[3]) : 42);
    } else if (args.length >= 3 && args[0].equals("gap")) {
      gap(args[1], Integer.parseInt(args[2]), args.length > 3 ? Long.parseLong(args[3]) : 42);
    } else if (args.length >= 2 && args[0].equals("strategies")) {
      strategies(args[1], args.length > 2 ? Long.parseLong(args[2]) : 42);
    } else {
      System.err.println(
          "usage: Report heap SIZE [K [SEED]] | gap SIZE K [SEED] | strategies SIZE [SEED]");
      System.exit(2);
    }
  }

  private static void heap(String size, int k, long seed) {
    int[] d = Instances.parseSize(size);
    long t0 = System.nanoTime();
    Instances.Instance instance = Instances.generate(d[0], d[1], d[2], seed);
    AssignmentProblem problem = k > 0 ? instance.sparseTopK(k) : instance.denseProblem();
    long t1 = System.nanoTime();
    Assignment a = MaxScoreSolver.maxScore().solve(problem, 0);
    long t2 = System.nanoTime();
    long peak = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        peak += pool.getPeakUsage().getUsed();
      }
    }
    System.out.printf(
        Locale.ROOT,
        "heap %s %s seed %d: max heap %d MB, build %.0f ms, solve %.0f ms, total %d, pairs %d,"
            + " peak heap (sum of pool peaks) %.1f MB%n",
        size,
        k > 0 ? "top-" + k : "dense",
        seed,
        Runtime.getRuntime().maxMemory() >> 20,
        (t1 - t0) / 1e6,
        (t2 - t1) / 1e6,
        a.totalScore(),
        a.size(),
        peak / 1048576.0);
  }

  private static void gap(String size, int k, long seed) {
    int[] d = Instances.parseSize(size);
    Instances.Instance instance = Instances.generate(d[0], d[1], d[2], seed);
    Assignment dense = MaxScoreSolver.maxScore().solve(instance.denseProblem(), 0);
    Assignment sparse = MaxScoreSolver.maxScore().solve(instance.sparseTopK(k), 0);
    double gap = 100.0 * (dense.totalScore() - sparse.totalScore()) / dense.totalScore();
    System.out.printf(
        Locale.ROOT,
        "gap %s seed %d top-%d: dense optimum %d (%d pairs, min %d), sparse optimum %d (%d pairs,"
            + " min %d), gap %.3f%%%n",
        size,
        seed,
        k,
        dense.totalScore(),
        dense.size(),
        dense.minScore(),
        sparse.totalScore(),
        sparse.size(),
        sparse.minScore(),
        gap);
  }

  private static void strategies(String size, long seed) {
    int[] d = Instances.parseSize(size);
    AssignmentProblem problem = Instances.generate(d[0], d[1], d[2], seed).denseProblem();
    for (Map.Entry<String, AssignmentSolver> e : StrategiesBenchmark.solvers().entrySet()) {
      long t0 = System.nanoTime();
      Assignment a = e.getValue().solve(problem, seed);
      long t1 = System.nanoTime();
      System.out.printf(
          Locale.ROOT,
          "%-24s total %9d  pairs %6d  min %4d  mean %6.1f  blocking pairs %6d  %8.1f ms%n",
          e.getKey(),
          a.totalScore(),
          a.size(),
          a.minScore(),
          a.size() == 0 ? 0.0 : (double) a.totalScore() / a.size(),
          Stability.blockingPairs(problem, a),
          (t1 - t0) / 1e6);
    }
  }
}
