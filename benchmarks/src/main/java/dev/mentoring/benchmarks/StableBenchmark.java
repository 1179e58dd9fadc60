package dev.mentoring.benchmarks;

import dev.mentoring.matching.solver.Assignment;
import dev.mentoring.matching.solver.AssignmentProblem;
import dev.mentoring.matching.solver.Stability;
import dev.mentoring.matching.solver.StableSolver;
import java.util.Arrays;
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
 * Deferred acceptance ({@link StableSolver}) on a large instance: every mentee lists its {@code
 * list} best mentors ({@link Instances.Instance#sparseTopK(int)}), mentors have a capacity each.
 *
 * <p>Measured: one {@code solve} on the prepared problem, which includes ordering the lists from
 * the scores (score-derived preferences) or from the explicit lists. Not measured: generating the
 * instance, building the sparse problem, building the explicit lists and the solver that holds
 * them. The setup checks, outside the timing, that each variant's result has no blocking pair.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class StableBenchmark {

  /** Mentees × mentors × capacity of every mentor. */
  @Param({"100000x20000x5"})
  public String size;

  /** The length of every mentee's list. */
  @Param({"50"})
  public int list;

  /** The instance generator's seed. */
  @Param({"42"})
  public long seed;

  private AssignmentProblem problem = AssignmentProblem.sparseBuilder(0, 0).build();
  private StableSolver explicit = StableSolver.menteeProposing();

  /** Builds the problem and the explicit lists, and checks every variant's result is stable. */
  @Setup(Level.Trial)
  public void setUp() {
    int[] dims = Instances.parseSize(size);
    Instances.Instance instance = Instances.generate(dims[0], dims[1], dims[2], seed);
    problem = instance.sparseTopK(list);
    explicit = explicitLists(instance, problem);
    Assignment mentee = stable("menteeProposing", StableSolver.menteeProposing());
    stable("mentorProposing", StableSolver.mentorProposing());
    // The explicit lists are the score order, so the mentee-optimal assignments agree.
    if (!stable("explicit lists", explicit).equals(mentee)) {
      throw new IllegalStateException("explicit lists: differs from the score-derived result");
    }
  }

  private Assignment stable(String name, StableSolver solver) {
    Assignment a = solver.solve(problem, 0);
    long blocking = Stability.blockingPairs(problem, a);
    if (blocking != 0) {
      throw new IllegalStateException(name + ": " + blocking + " blocking pairs");
    }
    return a;
  }

  /**
   * Explicit lists in score order: mentees' lists best first, mentors' lists the mentees that list
   * them, by score descending, then mentee index. Ties in a mentee's list go to the lower mentor
   * index, as with score-derived preferences.
   */
  private static StableSolver explicitLists(
      Instances.Instance instance, AssignmentProblem problem) {
    int n = problem.mentees();
    int m = problem.mentors();
    int[][] menteePrefs = new int[n][];
    int[] count = new int[m];
    for (int i = 0; i < n; i++) {
      int[] cols = problem.candidates(i);
      long[] packed = new long[cols.length];
      for (int t = 0; t < cols.length; t++) {
        packed[t] = key(instance.score(i, cols[t]), cols[t]);
        count[cols[t]]++;
      }
      menteePrefs[i] = sortedIndices(packed);
    }
    long[][] byMentor = new long[m][];
    for (int j = 0; j < m; j++) {
      byMentor[j] = new long[count[j]];
      count[j] = 0;
    }
    for (int i = 0; i < n; i++) {
      for (int j : menteePrefs[i]) {
        byMentor[j][count[j]++] = key(instance.score(i, j), i);
      }
    }
    int[][] mentorPrefs = new int[m][];
    for (int j = 0; j < m; j++) {
      mentorPrefs[j] = sortedIndices(byMentor[j]);
    }
    return StableSolver.withPreferences(menteePrefs, mentorPrefs, true);
  }

  /** Sort key: higher score first, then lower index. */
  private static long key(int score, int index) {
    return ((long) (AssignmentProblem.MAX_SCORE - score) << 32) | index;
  }

  private static int[] sortedIndices(long[] keys) {
    Arrays.sort(keys);
    int[] out = new int[keys.length];
    for (int t = 0; t < keys.length; t++) {
      out[t] = (int) keys[t];
    }
    return out;
  }

  /**
   * Mentee-proposing deferred acceptance, preferences from the scores.
   *
   * @return the assignment
   */
  @Benchmark
  public Assignment menteeProposing() {
    return StableSolver.menteeProposing().solve(problem, 0);
  }

  /**
   * Mentor-proposing deferred acceptance, preferences from the scores.
   *
   * @return the assignment
   */
  @Benchmark
  public Assignment mentorProposing() {
    return StableSolver.mentorProposing().solve(problem, 0);
  }

  /**
   * Mentee-proposing deferred acceptance on explicit lists (the same order as the scores).
   *
   * @return the assignment
   */
  @Benchmark
  public Assignment menteeProposingExplicitLists() {
    return explicit.solve(problem, 0);
  }
}
