package dev.mentoring.benchmarks;

import dev.mentoring.core.matching.MatchingProblem;
import dev.mentoring.testkit.generate.MatchingInstances;
import dev.mentoring.testkit.generate.SyntheticOrganization;
import java.util.Locale;
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
 * Generating a {@link SyntheticOrganization} of the default spec, the testkit's target being a
 * million people in under ten seconds with memory linear in the size; and drawing the default
 * {@link MatchingInstances} problem (200 mentees, 60 mentors) from it.
 *
 * <p>Measured: {@code generate}, one call of {@link SyntheticOrganization#generate(long, int)} with
 * a new seed per call; {@code problem}, one {@link MatchingInstances#problem} on a prepared
 * organisation. The trial setup prints, outside the timing, the heap the organisation retains,
 * measured as the used heap after a full collection with and without it (a rough figure; {@code
 * -prof gc} reports the bytes allocated per call).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = "-Xmx2g")
@Warmup(iterations = 3)
@Measurement(iterations = 10)
public class SyntheticOrganizationBenchmark {

  /** The number of people. */
  @Param({"10000", "100000", "1000000"})
  public int size;

  private long seed;
  private SyntheticOrganization org =
      SyntheticOrganization.generate(0, SyntheticOrganization.MIN_SIZE);

  /** Generates the organisation {@code problem} draws from, and reports its retained heap. */
  @Setup(Level.Trial)
  public void setUp() {
    long before = usedAfterGc();
    org = SyntheticOrganization.generate(42L, size);
    long after = usedAfterGc();
    System.out.printf(
        Locale.ROOT,
        "%nretained heap of %,d people: %.1f MB, %.1f bytes per person%n",
        size,
        (after - before) / 1e6,
        (double) (after - before) / size);
  }

  private static long usedAfterGc() {
    Runtime rt = Runtime.getRuntime();
    for (int k = 0; k < 3; k++) {
      System.gc();
    }
    return rt.totalMemory() - rt.freeMemory();
  }

  /**
   * Generates an organisation.
   *
   * @return the organisation
   */
  @Benchmark
  public SyntheticOrganization generate() {
    return SyntheticOrganization.generate(++seed, size);
  }

  /**
   * Draws the default problem from the prepared organisation.
   *
   * @return the problem
   */
  @Benchmark
  public MatchingProblem problem() {
    return MatchingInstances.defaults().problem(org, ++seed);
  }
}
