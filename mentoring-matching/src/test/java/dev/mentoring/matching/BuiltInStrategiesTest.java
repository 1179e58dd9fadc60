package dev.mentoring.matching;

import static dev.mentoring.matching.TableProblems.mentee;
import static dev.mentoring.matching.TableProblems.mentor;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.mentoring.core.matching.MatchingProblem;
import dev.mentoring.core.matching.MatchingResult;
import dev.mentoring.core.matching.Proposal;
import java.util.List;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

/** Known answers of the built-in strategies on small hand-made problems. */
class BuiltInStrategiesTest {

  /**
   * Two mentees, two mentors of one place each: e0 likes m0 (900) a little more than m1 (800), e1
   * needs m0 (850 against 100).
   */
  private static final int[][] CROSSED = {
    {900, 800},
    {850, 100}
  };

  private static MatchingResult run(String id, int[][] scores, int[] places) {
    MatchingProblem problem = TableProblems.problem(scores, places);
    return MatchingStrategies.builtIns(TableProblems.model(scores)).get(id).match(problem);
  }

  private static List<Tuple> pairs(MatchingResult result) {
    return result.proposals().stream()
        .map(p -> tuple(p.menteeId().value(), p.mentorId().value(), p.score()))
        .toList();
  }

  @Test
  void crossed_stableAndGreedyTakeTheBestPairFirst() {
    // When both sides rank by one common pair score, the unique stable matching is the greedy one:
    // the best pair first (J. Eeckhout, "On the uniqueness of stable marriage matchings",
    // Economics Letters 69 (2000) 1-8). Here it costs e1 dearly.
    for (String id :
        List.of(
            MatchingStrategies.STABLE_MENTEE_PROPOSING,
            MatchingStrategies.STABLE_MENTOR_PROPOSING,
            MatchingStrategies.GREEDY)) {
      assertThat(pairs(run(id, CROSSED, new int[] {1, 1})))
          .as(id)
          .containsExactlyInAnyOrder(tuple("e0", "m0", 900), tuple("e1", "m1", 100));
    }
  }

  @Test
  void crossed_optimalMostMatchedAndFairSwapTheMentors() {
    for (String id :
        List.of(
            MatchingStrategies.OPTIMAL,
            MatchingStrategies.OPTIMAL_MOST_MATCHED,
            MatchingStrategies.FAIR)) {
      MatchingResult result = run(id, CROSSED, new int[] {1, 1});

      assertThat(pairs(result))
          .as(id)
          .containsExactlyInAnyOrder(tuple("e0", "m1", 800), tuple("e1", "m0", 850));
      assertThat(result.totalScore()).isEqualTo(1650);
      assertThat(result.unmatched()).isEmpty();
    }
  }

  @Test
  void optimalVersusMostMatched_oneStrongPairOrTwoWeakOnes() {
    // e0 may take m0 (1000) or m1 (10); e1 only m0 (10). The best total leaves e1 out.
    int[][] scores = {
      {1000, 10},
      {10, -1}
    };

    MatchingResult optimal = run(MatchingStrategies.OPTIMAL, scores, new int[] {1, 1});
    MatchingResult most = run(MatchingStrategies.OPTIMAL_MOST_MATCHED, scores, new int[] {1, 1});
    MatchingResult fair = run(MatchingStrategies.FAIR, scores, new int[] {1, 1});

    assertThat(pairs(optimal)).containsExactly(tuple("e0", "m0", 1000));
    assertThat(optimal.unmatched())
        .containsOnlyKeys(mentee(1))
        .containsEntry(mentee(1), "no place left with an eligible mentor in this assignment");
    assertThat(pairs(most)).containsExactlyInAnyOrder(tuple("e0", "m1", 10), tuple("e1", "m0", 10));
    assertThat(pairs(fair)).isEqualTo(pairs(most));
  }

  @Test
  void fair_raisesTheWorstPairAtTheCostOfTheTotal() {
    // Both assignments match everyone: {e0-m0 1000, e1-m1 100} totals 1100 with worst 100;
    // {e0-m1 500, e1-m0 500} totals 1000 with worst 500.
    int[][] scores = {
      {1000, 500},
      {500, 100}
    };

    assertThat(pairs(run(MatchingStrategies.OPTIMAL, scores, new int[] {1, 1})))
        .containsExactlyInAnyOrder(tuple("e0", "m0", 1000), tuple("e1", "m1", 100));
    assertThat(pairs(run(MatchingStrategies.FAIR, scores, new int[] {1, 1})))
        .containsExactlyInAnyOrder(tuple("e0", "m1", 500), tuple("e1", "m0", 500));
  }

  @Test
  void unmatched_noEligibleMentor_namesTheExcludingConstraint() {
    int[][] scores = {
      {-1, -1},
      {600, 700}
    };

    MatchingResult result = run(MatchingStrategies.OPTIMAL, scores, new int[] {1, 1});

    assertThat(pairs(result)).containsExactly(tuple("e1", "m1", 700));
    assertThat(result.unmatched())
        .containsOnlyKeys(mentee(0))
        .containsEntry(mentee(0), "no eligible mentor (excluded by problem-excluded: 2)");
  }

  @Test
  void proposal_explanationSummaryNamesStrategy() {
    MatchingResult result = run(MatchingStrategies.FAIR, CROSSED, new int[] {1, 1});

    assertThat(result.proposals())
        .extracting(Proposal::mentorId, p -> p.explanation().summary())
        .containsExactlyInAnyOrder(
            tuple(mentor(0), "compatibility 850 of 1000, chosen by fair"),
            tuple(mentor(1), "compatibility 800 of 1000, chosen by fair"));
    assertThat(result.proposals())
        .allSatisfy(
            p ->
                assertThat(p.explanation().contributions())
                    .singleElement()
                    .satisfies(
                        c -> {
                          assertThat(c.criterion()).isEqualTo(TableProblems.CRITERION);
                          assertThat(c.points()).isEqualTo(p.score());
                        }));
    assertThat(result.diagnostics())
        .containsEntry("pairs", 2.0)
        .containsEntry("totalScore", 1650.0)
        .containsEntry("minScore", 800.0)
        .containsEntry("mentees", 2.0)
        .containsEntry("mentors", 2.0)
        .containsEntry("candidates", 4.0);
  }
}
