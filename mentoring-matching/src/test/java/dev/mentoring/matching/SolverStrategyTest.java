package dev.mentoring.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mentoring.core.matching.MatchingProblem;
import dev.mentoring.core.matching.MatchingResult;
import dev.mentoring.core.matching.MatchingStrategy;
import dev.mentoring.matching.scoring.CompatibilityModel;
import dev.mentoring.matching.solver.GreedySolver;
import dev.mentoring.matching.solver.MaxScoreSolver;
import dev.mentoring.matching.testing.ProfileGen;
import org.junit.jupiter.api.Test;

class SolverStrategyTest {
  private final SolverStrategy greedy =
      SolverStrategy.of("lab.greedy", CompatibilityModel.defaults(), new GreedySolver());

  @Test
  void withTopK_kBelowOne_throwsIae() {
    assertThatThrownBy(() -> greedy.withTopK(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("k must be at least 1: 0");
  }

  @Test
  void withTopK_scoresSparse_keepsIdModelAndSolver() {
    MatchingProblem problem = ProfileGen.randomProblem(11, 8, 5);

    SolverStrategy top = greedy.withTopK(2);

    assertThat(greedy.score(problem).isDense()).isTrue();
    assertThat(top.score(problem).isDense()).isFalse();
    assertThat(top.score(problem).topK()).isEqualTo(2);
    assertThat(top.id()).isEqualTo("lab.greedy");
    assertThat(top.model()).isSameAs(greedy.model());
    assertThat(top.solver()).isSameAs(greedy.solver());
    assertThat(top).hasToString("SolverStrategy[lab.greedy, " + greedy.solver() + ", top 2]");
  }

  @Test
  void withId_renamesOnly() {
    SolverStrategy renamed = greedy.withId("lab.other");

    assertThat(renamed.id()).isEqualTo("lab.other");
    assertThat(greedy.id()).isEqualTo("lab.greedy");
    assertThat(renamed.solver()).isSameAs(greedy.solver());
    assertThat(renamed).hasToString("SolverStrategy[lab.other, " + greedy.solver() + "]");
  }

  @Test
  void match_topK_unmatchedReasonNamesTheCandidateLimit() {
    // Both mentees rank mentor 0 first; with one candidate each, mentee 1 cannot fall back.
    int[][] scores = {{900, 800}, {850, 100}};
    SolverStrategy top =
        SolverStrategy.of("lab.top", TableProblems.model(scores), MaxScoreSolver.maxScore())
            .withTopK(1);

    MatchingResult result = top.match(TableProblems.problem(scores, new int[] {1, 1}));

    assertThat(result.proposals()).hasSize(1);
    assertThat(result.unmatched())
        .containsEntry(
            TableProblems.mentee(1),
            "no place left with any of its 1 best mentors in this assignment");
  }

  @Test
  void match_null_throwsNpe() {
    assertThatThrownBy(() -> greedy.match(null)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void matchScored_equalsMatchingTheProblem_forEveryBuiltIn() {
    MatchingProblem problem = ProfileGen.randomProblem(23, 14, 6);
    for (MatchingStrategy s : MatchingStrategies.builtIns().strategies()) {
      SolverStrategy strategy = (SolverStrategy) s;

      MatchingResult once = strategy.match(strategy.score(problem), problem.seed());

      assertThat(once).as(strategy.id()).isEqualTo(strategy.match(problem));
    }
  }

  @Test
  void matchScored_null_throwsNpeNamingIt() {
    assertThatThrownBy(() -> greedy.match(null, 1L))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("scored");
  }
}
