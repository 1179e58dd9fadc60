package dev.mentoring.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import dev.mentoring.core.ParticipantId;
import dev.mentoring.core.matching.MatchingResult;
import dev.mentoring.matching.scoring.CompatibilityModel;
import dev.mentoring.matching.scoring.ScoredProblem;
import dev.mentoring.matching.solver.AssignmentProblem;
import dev.mentoring.matching.solver.MaxScoreSolver;
import dev.mentoring.matching.testing.ProfileGen;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class FeasibilityReportPropertyTest {
  private static final long SEED = 0xFEA5_1B1EL;
  private static final int EXAMPLES = 200;

  @Test
  void maxPairs_equalsMostMatchedSize() {
    qt().withFixedSeed(SEED)
        .withExamples(EXAMPLES)
        .forAll(ProfileGen.problems(20, 8))
        .checkAssert(
            problem -> {
              ScoredProblem scored = CompatibilityModel.defaults().score(problem);
              AssignmentProblem ap = scored.assignmentProblem();

              FeasibilityReport report = FeasibilityReport.of(scored);

              assertThat(report.maxPairs())
                  .isEqualTo(MaxScoreSolver.mostMatched().solve(ap, problem.seed()).size());
              assertThat(report.maxPairs())
                  .isLessThanOrEqualTo(Math.min(report.menteeDemand(), report.mentorSupply()));
              assertThat(report.shortfall()).isNotNegative();
              assertThat(report.isFeasible()).isEqualTo(report.shortfall() == 0);
            });
  }

  @Test
  void of_countsAndListsAgreeWithTheCandidates() {
    qt().withFixedSeed(SEED)
        .withExamples(EXAMPLES)
        .forAll(ProfileGen.problems(20, 8))
        .checkAssert(
            problem -> {
              ScoredProblem scored = CompatibilityModel.defaults().score(problem);
              AssignmentProblem ap = scored.assignmentProblem();

              FeasibilityReport report = FeasibilityReport.of(scored);

              assertThat(report.mentees()).isEqualTo(problem.mentees().size());
              assertThat(report.mentors()).isEqualTo(problem.mentors().size());
              assertThat(report.menteeDemand())
                  .isEqualTo(problem.menteePlaces().values().stream().mapToLong(x -> x).sum());
              assertThat(report.mentorSupply())
                  .isEqualTo(problem.mentorPlaces().values().stream().mapToLong(x -> x).sum());
              List<ParticipantId> lonely = new ArrayList<>();
              boolean[] reachable = new boolean[ap.mentors()];
              for (int i = 0; i < ap.mentees(); i++) {
                int[] candidates = ap.candidates(i);
                if (candidates.length == 0) {
                  lonely.add(scored.menteeId(i));
                }
                for (int j : candidates) {
                  reachable[j] = true;
                }
              }
              List<ParticipantId> idle = new ArrayList<>();
              for (int j = 0; j < ap.mentors(); j++) {
                if (!reachable[j]) {
                  idle.add(scored.mentorId(j));
                }
              }
              assertThat(List.copyOf(report.noEligibleMentor().keySet())).isEqualTo(lonely);
              assertThat(report.mentorsWithoutMentee()).isEqualTo(idle);

              // Every strategy gives the same reason for a mentee nobody may be paired with.
              MatchingResult optimal = MatchingStrategies.builtIns().get("optimal").match(problem);
              report
                  .noEligibleMentor()
                  .forEach(
                      (mentee, reason) ->
                          assertThat(optimal.unmatched()).containsEntry(mentee, reason));
            });
  }
}
