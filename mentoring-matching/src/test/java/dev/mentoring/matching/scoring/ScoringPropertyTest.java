package dev.mentoring.matching.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import dev.mentoring.core.ParticipantId;
import dev.mentoring.core.matching.CandidatePair;
import dev.mentoring.core.matching.MatchingProblem;
import dev.mentoring.core.pairing.Contribution;
import dev.mentoring.core.pairing.Explanation;
import dev.mentoring.matching.solver.AssignmentProblem;
import dev.mentoring.matching.testing.ProfileGen;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Properties of scoring over random organisations ({@link ProfileGen}) and random weights: every
 * explanation sums to its score, top-K agrees with dense, hard constraints hold, and scoring is
 * deterministic.
 */
class ScoringPropertyTest {
  private static final long SEED = 0x5C0_2026L;

  /** The default model with the given weights, in the default criterion order. */
  private static CompatibilityModel withWeights(int[] weights) {
    CompatibilityModel.Builder b = CompatibilityModel.defaults().toBuilder();
    List<String> ids = List.copyOf(CompatibilityModel.defaults().weights().keySet());
    for (int c = 0; c < ids.size(); c++) {
      b.weight(ids.get(c), weights[c]);
    }
    return b.build();
  }

  @Test
  void explanations_sumToScore_forEveryPair() {
    qt().withFixedSeed(SEED)
        .withExamples(60)
        .forAll(ProfileGen.problems(25, 15), ProfileGen.weights(8))
        .checkAssert(
            (problem, weights) -> {
              ScoredProblem scored = withWeights(weights).score(problem);
              AssignmentProblem a = scored.assignmentProblem();
              for (int i = 0; i < a.mentees(); i++) {
                for (int j = 0; j < a.mentors(); j++) {
                  PairExplanation e = scored.explain(i, j);
                  Explanation x = e.explanation();
                  int sum = x.contributions().stream().mapToInt(Contribution::points).sum();
                  assertThat(sum).isEqualTo(e.score());
                  assertThat(e.score()).isBetween(0, AssignmentProblem.MAX_SCORE);
                  assertThat(x.contributions())
                      .allSatisfy(c -> assertThat(c.points()).isNotNegative());
                  assertThat(e.candidate()).isEqualTo(a.score(i, j) >= 0);
                  if (e.candidate()) {
                    assertThat(e.score()).isEqualTo(a.score(i, j));
                  }
                }
              }
            });
  }

  @Test
  void contributions_areWithinOnePointOfExactShares() {
    qt().withFixedSeed(SEED)
        .withExamples(40)
        .forAll(ProfileGen.problems(10, 10), ProfileGen.weights(8))
        .checkAssert(
            (problem, weights) -> {
              CompatibilityModel model = withWeights(weights);
              ScoredProblem scored = model.score(problem);
              ScoringContext ctx = scored.context();
              int total = java.util.Arrays.stream(weights).sum();
              List<Criterion> criteria = model.criteria();
              for (int i = 0; i < scored.menteeCount(); i++) {
                for (int j = 0; j < scored.mentorCount(); j++) {
                  List<Contribution> parts = scored.explain(i, j).explanation().contributions();
                  int k = 0;
                  for (int c = 0; c < criteria.size(); c++) {
                    if (weights[c] == 0) {
                      continue;
                    }
                    Contribution part = parts.get(k++);
                    assertThat(part.criterion()).isEqualTo(criteria.get(c).id());
                    double exact =
                        1000.0 * weights[c] * criteria.get(c).prepare(ctx).score(i, j) / total;
                    assertThat((double) part.points())
                        .isBetween(Math.floor(exact), Math.ceil(exact));
                  }
                  assertThat(k).isEqualTo(parts.size());
                }
              }
            });
  }

  @Test
  void rowScorers_agreeWithPairScores_forEveryBuiltIn() {
    qt().withFixedSeed(SEED)
        .withExamples(40)
        .forAll(ProfileGen.problems(20, 30), integers().between(0, 7))
        .checkAssert(
            (problem, skip) -> {
              ScoringContext ctx = ScoringContext.of(problem);
              int m = ctx.mentorCount();
              // Every mentor but every 8th from "skip", as a row scorer sees allowed mentors.
              int[] list =
                  java.util.stream.IntStream.range(0, m).filter(j -> j % 8 != skip).toArray();
              for (Criterion c : CompatibilityModel.defaults().criteria()) {
                PreparedCriterion p = c.prepare(ctx);
                RowScorer row = p.rowScorer();
                double[] out = new double[m];
                for (int i = 0; i < ctx.menteeCount(); i++) {
                  row.scoreRow(i, list, list.length, out);
                  for (int k = 0; k < list.length; k++) {
                    assertThat(out[k])
                        .as("%s of (%d, %d)", c.id(), i, list[k])
                        .isEqualTo(p.score(i, list[k]))
                        .isBetween(0.0, 1.0);
                  }
                }
              }
            });
  }

  @Test
  void topK_keepsTheKBestOfDense() {
    qt().withFixedSeed(SEED)
        .withExamples(50)
        .forAll(ProfileGen.problems(30, 20), integers().between(1, 25))
        .checkAssert(
            (problem, k) -> {
              CompatibilityModel model = CompatibilityModel.defaults();
              ScoringAssertions.assertTopKOf(model.score(problem), model.scoreTopK(problem, k), k);
            });
  }

  @Test
  void excludedPairs_areNeverCandidates() {
    qt().withFixedSeed(SEED)
        .withExamples(60)
        .forAll(ProfileGen.problems(30, 20), integers().between(1, 8))
        .checkAssert(
            (problem, k) -> {
              for (ScoredProblem scored :
                  List.of(
                      CompatibilityModel.defaults().score(problem),
                      CompatibilityModel.defaults().scoreTopK(problem, k))) {
                AssignmentProblem a = scored.assignmentProblem();
                for (CandidatePair p : problem.excluded()) {
                  int i = scored.menteeIndexOf(p.menteeId());
                  int j = scored.mentorIndexOf(p.mentorId());
                  assertThat(a.score(i, j)).isEqualTo(AssignmentProblem.NOT_ALLOWED);
                }
                for (int i = 0; i < a.mentees(); i++) {
                  ParticipantId mentee = scored.menteeId(i);
                  for (int j : a.candidates(i)) {
                    ParticipantId mentor = scored.mentorId(j);
                    assertThat(problem.allows(mentor, mentee)).isTrue();
                    assertThat(scored.context().menteeProfile(i).reportsTo(mentor)).isFalse();
                    assertThat(scored.context().mentorProfile(j).reportsTo(mentee)).isFalse();
                    assertThat(scored.context().menteeProfile(i).exclusions())
                        .doesNotContain(mentor);
                    assertThat(scored.context().mentorProfile(j).exclusions())
                        .doesNotContain(mentee);
                    assertThat(scored.allows(i, j)).isTrue();
                  }
                }
              }
            });
  }

  @Test
  void denseCandidates_areExactlyTheAllowedPairs() {
    qt().withFixedSeed(SEED)
        .withExamples(40)
        .forAll(ProfileGen.problems(20, 20))
        .checkAssert(
            problem -> {
              ScoredProblem scored = CompatibilityModel.defaults().score(problem);
              for (int i = 0; i < scored.menteeCount(); i++) {
                for (int j = 0; j < scored.mentorCount(); j++) {
                  PairExplanation e = scored.explain(i, j);
                  assertThat(e.allowed()).isEqualTo(scored.score(i, j) >= 0);
                  assertThat(e.excludedBy()).allSatisfy(x -> assertThat(x.reason()).isNotBlank());
                }
              }
            });
  }

  @Test
  void scoring_isDeterministic_andLeavesProblemUnchanged() {
    qt().withFixedSeed(SEED)
        .withExamples(30)
        .forAll(ProfileGen.problems(40, 30), integers().between(1, 4))
        .checkAssert(
            (problem, threads) -> {
              MatchingProblem copy =
                  ProfileGen.randomProblem(
                      problem.seed(), problem.mentees().size(), problem.mentors().size());
              ScoredProblem a =
                  CompatibilityModel.defaults()
                      .score(problem, ScoringOptions.builder().sequential().build());
              ScoredProblem b =
                  CompatibilityModel.defaults()
                      .score(
                          copy,
                          ScoringOptions.builder()
                              .executor(java.util.concurrent.ForkJoinPool.commonPool())
                              .parallelism(threads)
                              .build());
              ScoringAssertions.assertSameMatrix(a, b);
              assertThat(problem).isEqualTo(copy);
            });
  }
}
