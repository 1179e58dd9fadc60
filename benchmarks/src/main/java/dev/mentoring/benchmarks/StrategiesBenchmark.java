package dev.mentoring.benchmarks;

import dev.mentoring.matching.solver.Assignment;
import dev.mentoring.matching.solver.AssignmentProblem;
import dev.mentoring.matching.solver.AssignmentSolver;
import dev.mentoring.matching.solver.FairSolver;
import dev.mentoring.matching.solver.GreedySolver;
import dev.mentoring.matching.solver.MaxScoreSolver;
import dev.mentoring.matching.solver.RandomSolver;
import dev.mentoring.matching.solver.StableSolver;
import java.util.LinkedHashMap;
import java.util.Map;
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
 * Every built-in solver on the same dense structured instance, so that their times can be compared
 * with each other and with {@link OptimalBenchmark}: maximum score, most matched, fair (max-min),
 * greedy, seeded random, and stable (mentee- and mentor-proposing, score-derived preferences).
 *
 * <p>Measured: one {@code solve} on a prepared {@link AssignmentProblem}. The trial setup builds
 * the problem and checks, outside the timing, that no solver beats the maximum total score. {@link
 * Report} {@code strategies} prints each solver's total, pair count and lowest score.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 2)
@Measurement(iterations = 5)
public class StrategiesBenchmark {

  /** Mentees × mentors × capacity of every mentor. */
  @Param({"2000x500x4"})
  public String size;

  /** The instance generator's seed. */
  @Param({"42"})
  public long seed;

  private AssignmentProblem problem = AssignmentProblem.sparseBuilder(0, 0).build();

  /**
   * The built-in solvers by name, in the order {@link Report} prints them.
   *
   * @return a new map
   */
  static Map<String, AssignmentSolver> solvers() {
    Map<String, AssignmentSolver> s = new LinkedHashMap<>();
    s.put("maxScore", MaxScoreSolver.maxScore());
    s.put("mostMatched", MaxScoreSolver.mostMatched());
    s.put("fair", new FairSolver());
    s.put("greedy", new GreedySolver());
    s.put("random", new RandomSolver());
    s.put("stable.menteeProposing", StableSolver.menteeProposing());
    s.put("stable.mentorProposing", StableSolver.mentorProposing());
    return s;
  }

  /** Builds the problem; checks that the maximum total is the largest. */
  @Setup(Level.Trial)
  public void setUp() {
    int[] d = Instances.parseSize(size);
    problem = Instances.generate(d[0], d[1], d[2], seed).denseProblem();
    long best = MaxScoreSolver.maxScore().solve(problem, 0).totalScore();
    for (Map.Entry<String, AssignmentSolver> e : solvers().entrySet()) {
      Assignment a = e.getValue().solve(problem, seed);
      if (a.totalScore() > best) {
        throw new IllegalStateException(
            e.getKey() + " total " + a.totalScore() + " exceeds the maximum " + best);
      }
    }
  }

  /**
   * Maximum total score.
   *
   * @return the assignment
   */
  @Benchmark
  public Assignment maxScore() {
    return MaxScoreSolver.maxScore().solve(problem, seed);
  }

  /**
   * Most pairs, then maximum total score.
   *
   * @return the assignment
   */
  @Benchmark
  public Assignment mostMatched() {
    return MaxScoreSolver.mostMatched().solve(problem, seed);
  }

  /**
   * Most pairs, then the largest lowest score, then the maximum total.
   *
   * @return the assignment
   */
  @Benchmark
  public Assignment fair() {
    return new FairSolver().solve(problem, seed);
  }

  /**
   * Best-first greedy.
   *
   * @return the assignment
   */
  @Benchmark
  public Assignment greedy() {
    return new GreedySolver().solve(problem, seed);
  }

  /**
   * Seeded random.
   *
   * @return the assignment
   */
  @Benchmark
  public Assignment random() {
    return new RandomSolver().solve(problem, seed);
  }

  /**
   * Mentee-proposing deferred acceptance.
   *
   * @return the assignment
   */
  @Benchmark
  public Assignment stableMenteeProposing() {
    return StableSolver.menteeProposing().solve(problem, seed);
  }

  /**
   * Mentor-proposing deferred acceptance.
   *
   * @return the assignment
   */
  @Benchmark
  public Assignment stableMentorProposing() {
    return StableSolver.mentorProposing().solve(problem, seed);
  }
}
