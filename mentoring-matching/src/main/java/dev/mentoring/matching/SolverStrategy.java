package dev.mentoring.matching;

import static java.util.Objects.requireNonNull;

import dev.mentoring.core.ParticipantId;
import dev.mentoring.core.matching.MatchingProblem;
import dev.mentoring.core.matching.MatchingResult;
import dev.mentoring.core.matching.MatchingStrategy;
import dev.mentoring.core.matching.Proposal;
import dev.mentoring.core.pairing.Explanation;
import dev.mentoring.matching.scoring.CompatibilityModel;
import dev.mentoring.matching.scoring.ScoredProblem;
import dev.mentoring.matching.solver.Assignment;
import dev.mentoring.matching.solver.AssignmentProblem;
import dev.mentoring.matching.solver.AssignmentSolver;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import org.apiguardian.api.API;

/**
 * A {@link MatchingStrategy} made of a {@link CompatibilityModel} (scoring) and an {@link
 * AssignmentSolver} (assignment): the shape of every built-in strategy, and the easiest way for a
 * researcher to try a new solver on real programs.
 *
 * <p>{@link #match} scores the problem (densely, or keeping each mentee's best {@code k} mentors
 * when built {@link #withTopK with a top-K limit}), solves the resulting {@link AssignmentProblem}
 * with the problem's seed, and turns the pairs into proposals whose explanations list each
 * criterion's contribution. Mentees left without a pair are reported with the reason: no eligible
 * mentor (and which constraints excluded how many), or no place left for them in this assignment.
 *
 * <p>Immutable and thread-safe if the model and solver are, which the built-ins are. Deterministic:
 * an equal problem gives an equal result.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class SolverStrategy implements MatchingStrategy {
  private final String id;
  private final CompatibilityModel model;
  private final AssignmentSolver solver;
  private final int topK;

  private SolverStrategy(String id, CompatibilityModel model, AssignmentSolver solver, int topK) {
    this.id = requireNonNull(id, "id");
    this.model = requireNonNull(model, "model");
    this.solver = requireNonNull(solver, "solver");
    this.topK = topK;
  }

  /**
   * Returns a strategy that scores densely.
   *
   * @param id the stable id, such as {@code lab.my-solver}
   * @param model the scoring
   * @param solver the assignment
   * @return the strategy
   */
  public static SolverStrategy of(String id, CompatibilityModel model, AssignmentSolver solver) {
    return new SolverStrategy(id, model, solver, 0);
  }

  /**
   * Returns this strategy scoring only each mentee's best {@code k} mentors, for very large
   * programs. The result is then exact on that candidate graph, not necessarily on the full one.
   *
   * @param k the number of candidates per mentee, at least 1
   * @return the changed strategy
   * @throws IllegalArgumentException if {@code k} is less than 1
   */
  public SolverStrategy withTopK(int k) {
    if (k < 1) {
      throw new IllegalArgumentException("k must be at least 1: " + k);
    }
    return new SolverStrategy(id, model, solver, k);
  }

  /**
   * Returns this strategy under another id.
   *
   * @param newId the id
   * @return the changed strategy
   */
  public SolverStrategy withId(String newId) {
    return new SolverStrategy(newId, model, solver, topK);
  }

  @Override
  public String id() {
    return id;
  }

  /**
   * Returns the scoring this strategy uses.
   *
   * @return the model
   */
  public CompatibilityModel model() {
    return model;
  }

  /**
   * Returns the solver this strategy uses.
   *
   * @return the solver
   */
  public AssignmentSolver solver() {
    return solver;
  }

  /**
   * Scores a problem as this strategy does, without solving it.
   *
   * @param problem the problem
   * @return the scored problem
   */
  public ScoredProblem score(MatchingProblem problem) {
    return topK > 0 ? model.scoreTopK(problem, topK) : model.score(problem);
  }

  @Override
  public MatchingResult match(MatchingProblem problem) {
    requireNonNull(problem, "problem");
    return match(score(problem), problem.seed());
  }

  /**
   * Solves a problem already scored by {@link #score}, for callers that also use the scored problem
   * (for a {@link MatchingEvaluation}, a {@link FeasibilityReport} or explanations) and so score it
   * only once. {@code match(problem)} is {@code match(score(problem), problem.seed())}.
   *
   * @param scored the problem as this strategy scored it
   * @param seed the seed for solvers that use randomness, normally the problem's
   * @return proposals with explanations, unmatched mentees with reasons, and diagnostics
   * @since 0.1
   */
  public MatchingResult match(ScoredProblem scored, long seed) {
    requireNonNull(scored, "scored");
    return toResult(scored, solver.solve(scored.assignmentProblem(), seed));
  }

  /**
   * Turns a solved assignment into the strategy's result.
   *
   * @param scored the scored problem the assignment solves
   * @param assignment the assignment
   * @return proposals with explanations, unmatched mentees with reasons, and diagnostics
   */
  private MatchingResult toResult(ScoredProblem scored, Assignment assignment) {
    List<Proposal> proposals = new ArrayList<>(assignment.size());
    boolean[] matched = new boolean[scored.menteeCount()];
    for (int k = 0; k < assignment.size(); k++) {
      int i = assignment.mentee(k);
      int j = assignment.mentor(k);
      matched[i] = true;
      Explanation e = scored.explanation(i, j);
      proposals.add(
          new Proposal(
              scored.mentorId(j),
              scored.menteeId(i),
              new Explanation(e.contributions(), e.summary() + ", chosen by " + id)));
    }
    Map<ParticipantId, String> unmatched = new LinkedHashMap<>();
    AssignmentProblem ap = scored.assignmentProblem();
    for (int i = 0; i < matched.length; i++) {
      if (!matched[i]) {
        unmatched.put(scored.menteeId(i), reason(scored, ap, i));
      }
    }
    Map<String, Double> diagnostics = new LinkedHashMap<>();
    diagnostics.put("pairs", (double) assignment.size());
    diagnostics.put("totalScore", (double) assignment.totalScore());
    diagnostics.put("minScore", (double) assignment.minScore());
    diagnostics.put("mentees", (double) scored.menteeCount());
    diagnostics.put("mentors", (double) scored.mentorCount());
    diagnostics.put("candidates", (double) ap.candidateCount());
    return new MatchingResult(proposals, unmatched, diagnostics);
  }

  private static String reason(ScoredProblem scored, AssignmentProblem ap, int mentee) {
    if (ap.candidates(mentee).length > 0) {
      return scored.isDense()
          ? "no place left with an eligible mentor in this assignment"
          : "no place left with any of its " + scored.topK() + " best mentors in this assignment";
    }
    StringJoiner why = new StringJoiner(", ", "no eligible mentor (excluded by ", ")");
    for (Map.Entry<String, Integer> e : scored.exclusionCounts(mentee).entrySet()) {
      if (e.getValue() > 0) {
        why.add(e.getKey() + ": " + e.getValue());
      }
    }
    return scored.mentorCount() == 0 ? "no mentor has places left" : why.toString();
  }

  @Override
  public String toString() {
    return "SolverStrategy[" + id + ", " + solver + (topK > 0 ? ", top " + topK : "") + "]";
  }
}
