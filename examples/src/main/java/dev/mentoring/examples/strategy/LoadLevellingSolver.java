package dev.mentoring.examples.strategy;

import static java.util.Objects.requireNonNull;

import dev.mentoring.matching.SolverStrategy;
import dev.mentoring.matching.scoring.CompatibilityModel;
import dev.mentoring.matching.solver.Assignment;
import dev.mentoring.matching.solver.AssignmentProblem;
import dev.mentoring.matching.solver.AssignmentSolver;
import dev.mentoring.matching.solver.MaxScoreSolver;

/**
 * An assignment that spreads mentees over mentors: among the assignments with the most pairs, it
 * finds one whose busiest mentor has the fewest mentees, and among those one with the largest total
 * score. Programs use it when mentors are volunteers whose time is scarce: a mentor asked for "up
 * to four" should not get four while a colleague gets none, as long as that costs no mentee a
 * mentor.
 *
 * <p><b>Objective</b>, lexicographic: (1) the most pairs, (2) the smallest maximum mentor load, (3)
 * the largest total score. Fixed pairs count towards a mentor's load; a mentor whose fixed pairs
 * already exceed the level keeps them and takes no more.
 *
 * <p><b>Method.</b> The number of pairs of a maximum matching is found first, with {@link
 * MaxScoreSolver#mostMatched()}. Capping every mentor's capacity at a level {@code L} can only lose
 * pairs as {@code L} falls, so a binary search over {@code L} between 1 and the largest capacity
 * finds the smallest level at which the capped problem still has that many pairs; the capped
 * problem's most-matched, then maximum-score assignment is the answer. Each step solves one capped
 * problem exactly, so the result is exact for the objective above, in {@code O(log C)} solves of
 * {@link MaxScoreSolver} for a largest capacity {@code C}.
 *
 * <p>Built only on the public solver API ({@link AssignmentProblem}, {@link Assignment}, {@link
 * MaxScoreSolver}); wrapped with {@link #strategy} it becomes a {@link
 * dev.mentoring.core.matching.MatchingStrategy} that scores with a {@link CompatibilityModel} and
 * explains every pair. Stateless, deterministic (the seed is not used) and thread-safe.
 */
public final class LoadLevellingSolver implements AssignmentSolver {

  /** The id the strategy of {@link #strategy} registers under. */
  public static final String ID = "lab.load-levelling";

  private static final AssignmentSolver MOST_MATCHED = MaxScoreSolver.mostMatched();

  /** Creates the solver. */
  public LoadLevellingSolver() {}

  /**
   * Returns a strategy that scores with a model and assigns with this solver, under {@link #ID}.
   *
   * @param model the scoring
   * @return the strategy
   * @throws NullPointerException if {@code model} is null
   */
  public static SolverStrategy strategy(CompatibilityModel model) {
    return SolverStrategy.of(ID, requireNonNull(model, "model"), new LoadLevellingSolver());
  }

  @Override
  public Assignment solve(AssignmentProblem problem, long seed) {
    requireNonNull(problem, "problem");
    Assignment unrestricted = MOST_MATCHED.solve(problem, seed);
    int largest = 0;
    for (int j = 0; j < problem.mentors(); j++) {
      largest = Math.max(largest, problem.mentorCapacity(j));
    }
    if (unrestricted.size() == 0 || largest <= 1) {
      return unrestricted;
    }
    // Invariant: level `high` keeps every pair (it holds the answer); level `low` loses some.
    int low = 0;
    int high = largest;
    Assignment best = unrestricted;
    while (high - low > 1) {
      int level = (low + high) >>> 1;
      Assignment capped = MOST_MATCHED.solve(capped(problem, level), seed);
      if (capped.size() == unrestricted.size()) {
        high = level;
        best = capped;
      } else {
        low = level;
      }
    }
    return inOriginal(problem, best);
  }

  /** The problem with every mentor's capacity lowered to {@code level}, fixed pairs kept. */
  private static AssignmentProblem capped(AssignmentProblem p, int level) {
    int[] fixedLoad = new int[p.mentors()];
    for (int k = 0; k < p.fixedCount(); k++) {
      fixedLoad[p.fixedMentor(k)]++;
    }
    AssignmentProblem.Builder b =
        p.isDense()
            ? AssignmentProblem.denseBuilder(p.mentees(), p.mentors())
            : AssignmentProblem.sparseBuilder(p.mentees(), p.mentors());
    for (int i = 0; i < p.mentees(); i++) {
      b.menteeCapacity(i, p.menteeCapacity(i));
      for (int j : p.candidates(i)) {
        b.score(i, j, p.score(i, j));
      }
    }
    for (int j = 0; j < p.mentors(); j++) {
      b.mentorCapacity(j, Math.min(p.mentorCapacity(j), Math.max(level, fixedLoad[j])));
    }
    for (int k = 0; k < p.fixedCount(); k++) {
      b.fix(p.fixedMentee(k), p.fixedMentor(k));
    }
    return b.build();
  }

  /** The same pairs, as an assignment of the original problem. */
  private static Assignment inOriginal(AssignmentProblem original, Assignment a) {
    int[] mentees = new int[a.size()];
    int[] mentors = new int[a.size()];
    for (int k = 0; k < a.size(); k++) {
      mentees[k] = a.mentee(k);
      mentors[k] = a.mentor(k);
    }
    return Assignment.of(original, mentees, mentors, a.size());
  }

  @Override
  public String toString() {
    return "LoadLevellingSolver";
  }
}
