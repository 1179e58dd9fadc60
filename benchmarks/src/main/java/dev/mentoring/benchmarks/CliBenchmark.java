package dev.mentoring.benchmarks;

import dev.mentoring.cli.MentoringCli;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
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
 * The {@code mentoring match} command end to end, from CSV files to CSV and JSON files, through its
 * in-process entry point {@link MentoringCli#run}: reading and checking both files, building the
 * problem, scoring and solving with the {@code optimal} strategy, scoring once more for the
 * evaluation and feasibility report, explaining every pair and unmatched mentee, and writing both
 * outputs (about 20 MB together at 10,000 mentees).
 *
 * <p>The trial setup writes the inputs once with {@link CliInputs} (mentors of capacity 4, so
 * places cover every mentee) into a temporary directory; the teardown deletes it. Each invocation
 * overwrites the same outputs and must exit with 0.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
public class CliBenchmark {

  /** Mentees and mentors, as {@code <mentees>x<mentors>}. */
  @Param({"10000x2500"})
  public String size = "10000x2500";

  private Path dir = Path.of(".");
  private String[] args = new String[0];
  private final PrintStream sink =
      new PrintStream(OutputStream.nullOutputStream(), false, StandardCharsets.UTF_8);

  /**
   * Writes the inputs.
   *
   * @throws IOException if they cannot be written
   */
  @Setup(Level.Trial)
  public void setUp() throws IOException {
    String[] parts = size.split("x", -1);
    dir = Files.createTempDirectory("cli-benchmark");
    CliInputs.write(dir, Integer.parseInt(parts[0]), Integer.parseInt(parts[1]), 42L);
    args =
        new String[] {
          "match",
          "--mentors",
          dir.resolve("mentors.csv").toString(),
          "--mentees",
          dir.resolve("mentees.csv").toString(),
          "--out",
          dir.resolve("matches.csv").toString(),
          "--json",
          dir.resolve("matches.json").toString(),
          "--quiet"
        };
  }

  /**
   * Deletes the inputs and outputs.
   *
   * @throws IOException if they cannot be deleted
   */
  @TearDown(Level.Trial)
  public void tearDown() throws IOException {
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }

  /**
   * Runs {@code mentoring match} on the inputs.
   *
   * @return the exit code, 0
   */
  @Benchmark
  public int match() {
    int code = MentoringCli.run(sink, System.err, args);
    if (code != MentoringCli.EXIT_OK) {
      throw new IllegalStateException("mentoring match exited with " + code);
    }
    return code;
  }
}
