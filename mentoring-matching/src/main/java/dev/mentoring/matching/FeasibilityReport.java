package dev.mentoring.matching;

import static java.util.Objects.requireNonNull;

import dev.mentoring.core.ParticipantId;
import dev.mentoring.core.matching.MatchingResult;
import dev.mentoring.matching.scoring.ScoredProblem;
import dev.mentoring.matching.solver.AssignmentProblem;
import dev.mentoring.matching.solver.Cardinality;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import org.apiguardian.api.API;

/**
 * What can be matched before any strategy runs: who cannot be matched and why, and how far mentor
 * places fall short of mentee demand.
 *
 * <p>The report describes the scored problem's candidate pairs. With dense scoring those are all
 * the pairs the hard constraints allow; with top-K scoring only each mentee's K best mentors count,
 * so {@code maxPairs} may be lower and more mentors may appear without a mentee than on the full
 * problem.
 *
 * @param mentees the mentees with places left
 * @param mentors the mentors with places left
 * @param menteeDemand the places mentees want in all (one per mentee unless several mentors are
 *     allowed)
 * @param mentorSupply the places mentors offer in all
 * @param maxPairs the most pairs any assignment can make, given the hard constraints and capacities
 * @param noEligibleMentor the mentees no hard constraint leaves a mentor for, with the constraints
 *     that excluded how many mentors
 * @param mentorsWithoutMentee the mentors no mentee may be paired with
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record FeasibilityReport(
    int mentees,
    int mentors,
    long menteeDemand,
    long mentorSupply,
    long maxPairs,
    Map<ParticipantId, String> noEligibleMentor,
    List<ParticipantId> mentorsWithoutMentee) {

  /**
   * Checks nulls and copies the collections.
   *
   * @param mentees the mentees with places left
   * @param mentors the mentors with places left
   * @param menteeDemand the places mentees want in all
   * @param mentorSupply the places mentors offer in all
   * @param maxPairs the most pairs any assignment can make
   * @param noEligibleMentor the mentees without any eligible mentor, with the reason
   * @param mentorsWithoutMentee the mentors no mentee may be paired with
   * @throws NullPointerException if a collection or an element is null
   */
  public FeasibilityReport {
    noEligibleMentor = Collections.unmodifiableMap(new LinkedHashMap<>(noEligibleMentor));
    mentorsWithoutMentee = List.copyOf(mentorsWithoutMentee);
  }

  /**
   * Checks a scored problem. Costs at most one maximum-flow computation over the candidate pairs.
   *
   * @param scored the scored problem
   * @return the report
   */
  public static FeasibilityReport of(ScoredProblem scored) {
    requireNonNull(scored, "scored");
    return of(scored, -1);
  }

  /**
   * Checks a scored problem that a strategy has already matched. When the result fills every place
   * the mentees want, it is itself the most pairs possible and the maximum-flow computation is
   * skipped; otherwise this is {@link #of(ScoredProblem)}. The report is the same either way.
   *
   * @param scored the scored problem
   * @param result a result of matching that problem, fixed pairs included
   * @return the report
   * @throws IllegalArgumentException if the result has more pairs than the mentees want
   * @since 0.1
   */
  public static FeasibilityReport of(ScoredProblem scored, MatchingResult result) {
    requireNonNull(scored, "scored");
    requireNonNull(result, "result");
    return of(scored, result.proposals().size());
  }

  /** The report, taking {@code achieved} pairs (or -1 if none is known) as a lower bound. */
  private static FeasibilityReport of(ScoredProblem scored, long achieved) {
    AssignmentProblem p = scored.assignmentProblem();
    long demand = 0;
    Map<ParticipantId, String> none = new LinkedHashMap<>();
    boolean[] reachable = new boolean[p.mentors()];
    for (int i = 0; i < p.mentees(); i++) {
      demand += p.menteeCapacity(i);
      int[] candidates = p.candidates(i);
      for (int j : candidates) {
        reachable[j] = true;
      }
      if (candidates.length == 0) {
        StringJoiner why = new StringJoiner(", ", "no eligible mentor (excluded by ", ")");
        why.setEmptyValue("no mentor has places left");
        for (Map.Entry<String, Integer> e : scored.exclusionCounts(i).entrySet()) {
          if (e.getValue() > 0) {
            why.add(e.getKey() + ": " + e.getValue());
          }
        }
        none.put(scored.menteeId(i), why.toString());
      }
    }
    long supply = 0;
    List<ParticipantId> idle = new ArrayList<>();
    for (int j = 0; j < p.mentors(); j++) {
      supply += p.mentorCapacity(j);
      if (!reachable[j]) {
        idle.add(scored.mentorId(j));
      }
    }
    if (achieved > demand) {
      throw new IllegalArgumentException(
          "the result has "
              + achieved
              + " pairs, more than the "
              + demand
              + " places mentees want");
    }
    long maxPairs = achieved == demand ? demand : Cardinality.maxPairs(p);
    return new FeasibilityReport(p.mentees(), p.mentors(), demand, supply, maxPairs, none, idle);
  }

  /**
   * Returns how many wanted places no assignment can fill.
   *
   * @return {@code menteeDemand - maxPairs}
   */
  public long shortfall() {
    return menteeDemand - maxPairs;
  }

  /**
   * Tells whether every mentee can get every place they want.
   *
   * @return whether the shortfall is zero
   */
  public boolean isFeasible() {
    return shortfall() == 0;
  }
}
