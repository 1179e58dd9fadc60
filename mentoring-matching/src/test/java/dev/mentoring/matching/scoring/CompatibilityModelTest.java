package dev.mentoring.matching.scoring;

import static dev.mentoring.matching.scoring.ScoringFixtures.pair;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mentoring.core.enrollment.Profile;
import dev.mentoring.core.matching.MatchingProblem;
import dev.mentoring.core.pairing.Contribution;
import dev.mentoring.matching.testing.ProfileGen;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;

/** Building models, the score formula, rounding of contributions, and bad configuration. */
class CompatibilityModelTest {
  private static final MatchingProblem ONE_PAIR = pair(Profile.empty(), Profile.empty());

  private static Criterion constant(String id, double value) {
    return Criterion.of(id, ctx -> (mentee, mentor) -> value);
  }

  @Test
  void defaults_holdEveryBuiltIn() {
    CompatibilityModel model = CompatibilityModel.defaults();
    assertThat(model.weights())
        .containsExactly(
            java.util.Map.entry(Criteria.SKILLS, 30),
            java.util.Map.entry(Criteria.TOPICS, 15),
            java.util.Map.entry(Criteria.SENIORITY, 10),
            java.util.Map.entry(Criteria.LANGUAGE, 10),
            java.util.Map.entry(Criteria.TIME_ZONE, 10),
            java.util.Map.entry(Criteria.PREFERENCES, 10),
            java.util.Map.entry(Criteria.DEPARTMENT, 10),
            java.util.Map.entry(Criteria.LOCATION, 5));
    assertThat(model.constraints())
        .extracting(HardConstraint::id)
        .containsExactly(
            HardConstraints.MANAGER_CHAIN,
            HardConstraints.EXCLUSIONS,
            HardConstraints.NO_REPEAT,
            HardConstraints.MENTOR_CAPACITY,
            HardConstraints.REQUIRED_LANGUAGE,
            HardConstraints.MAX_TIME_ZONE_DIFFERENCE);
    assertThat(model.weight(Criteria.SKILLS)).isEqualTo(30);
    assertThat(model.toString()).contains("skills=30").contains("manager-chain");
  }

  @Test
  void score_isRoundedWeightedMeanOnThousand() {
    CompatibilityModel model =
        CompatibilityModel.builder()
            .criterion(constant("a", 0.3), 1)
            .criterion(constant("b", 0.6), 2)
            .build();
    ScoredProblem scored = model.score(ONE_PAIR);
    // round(1000 · (1·0.3 + 2·0.6) / 3)
    assertThat(scored.score(0, 0)).isEqualTo(500);
    assertThat(scored.explanation(0, 0).contributions())
        .extracting(Contribution::criterion, Contribution::points)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("a", 100),
            org.assertj.core.groups.Tuple.tuple("b", 400));
  }

  @Test
  void contributions_largestRemainder_tiesToEarlierCriterion() {
    CompatibilityModel model =
        CompatibilityModel.builder()
            .criterion(constant("a", 0.5), 1)
            .criterion(constant("b", 0.5), 1)
            .criterion(constant("c", 0.5), 1)
            .build();
    ScoredProblem scored = model.score(ONE_PAIR);
    // Shares 166.67 each: floors sum to 498, the two extra points go to a and b.
    assertThat(scored.score(0, 0)).isEqualTo(500);
    assertThat(scored.explanation(0, 0).contributions())
        .extracting(Contribution::points)
        .containsExactly(167, 167, 166);
  }

  @Test
  void contributions_largestRemainder_prefersLargerFraction() {
    CompatibilityModel model =
        CompatibilityModel.builder()
            .criterion(constant("a", 0.1004), 1)
            .criterion(constant("b", 0.1008), 1)
            .criterion(constant("c", 0.5), 1)
            .build();
    // Shares 33.47, 33.6, 166.67 = 233.73 → 234; floors 33 + 33 + 166 = 232, so c then b get +1.
    assertThat(model.score(ONE_PAIR).explanation(0, 0).contributions())
        .extracting(Contribution::points)
        .containsExactly(33, 34, 167);
  }

  @Test
  void zeroWeight_isNotEvaluatedNorExplained() {
    CompatibilityModel model =
        CompatibilityModel.builder()
            .criterion(constant("a", 1.0), 1)
            .criterion(constant("nan", Double.NaN), 0)
            .build();
    ScoredProblem scored = model.score(ONE_PAIR);
    assertThat(scored.score(0, 0)).isEqualTo(1000);
    assertThat(scored.explanation(0, 0).contributions())
        .extracting(Contribution::criterion)
        .containsExactly("a");
    assertThat(model.weights()).containsKeys("a", "nan");
  }

  @Test
  void builder_negativeWeight_isRejected() {
    assertThatThrownBy(() -> CompatibilityModel.builder().criterion(Criteria.skillOverlap(), -1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("weight of criterion 'skills' must be non-negative, was -1");
    assertThatThrownBy(() -> CompatibilityModel.defaults().toBuilder().weight(Criteria.TOPICS, -5))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'topics'");
  }

  @Test
  void builder_allWeightsZero_isRejected() {
    assertThatThrownBy(
            () ->
                CompatibilityModel.builder()
                    .criterion(Criteria.skillOverlap(), 0)
                    .criterion(Criteria.topicOverlap(), 0)
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at least one criterion needs a positive weight");
    assertThatThrownBy(() -> CompatibilityModel.builder().build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("positive weight");
  }

  @Test
  void builder_duplicateOrUnknownIds_areRejected() {
    CompatibilityModel.Builder b = CompatibilityModel.defaults().toBuilder();
    assertThatThrownBy(() -> b.criterion(Criteria.skillOverlap(), 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'skills' is already");
    assertThatThrownBy(() -> b.constraint(HardConstraints.managerChain()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'manager-chain' is already");
    assertThatThrownBy(() -> b.weight("nope", 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no criterion 'nope'");
    assertThatThrownBy(() -> b.removeConstraint("nope"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> CompatibilityModel.defaults().weight("nope"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Criterion.of(" ", ctx -> (i, j) -> 0))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void toBuilder_derivesAnotherModel() {
    CompatibilityModel model =
        CompatibilityModel.defaults().toBuilder()
            .weight(Criteria.LOCATION, 0)
            .removeCriterion(Criteria.PREFERENCES)
            .removeConstraint(HardConstraints.REQUIRED_LANGUAGE)
            .constraint(HardConstraints.requiredLanguage("de"))
            .build();
    assertThat(model.weights())
        .containsEntry(Criteria.LOCATION, 0)
        .doesNotContainKey(Criteria.PREFERENCES);
    assertThat(model.constraints())
        .last()
        .extracting(HardConstraint::id)
        .isEqualTo(HardConstraints.REQUIRED_LANGUAGE);
    assertThat(CompatibilityModel.defaults().weights()).containsEntry(Criteria.LOCATION, 5);
  }

  @Test
  void topK_belowOne_isRejected() {
    assertThatThrownBy(() -> CompatibilityModel.defaults().scoreTopK(ONE_PAIR, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("top-K needs k >= 1, was 0");
    assertThatThrownBy(() -> ScoringOptions.builder().topK(-3))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ScoringOptions.builder().parallelism(0))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void nanSubScore_failsNamingCriterionAndPair() {
    CompatibilityModel model =
        CompatibilityModel.builder()
            .criterion(Criteria.skillOverlap(), 1)
            .criterion(constant("broken", Double.NaN), 1)
            .build();
    assertThatThrownBy(() -> model.score(ONE_PAIR))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage(
            "criterion 'broken' gave sub-score NaN for mentee e0 (index 0) and mentor m0 (index 0);"
                + " sub-scores must be in [0, 1]");
  }

  @Test
  void outOfRangeSubScore_fails() {
    for (double bad : new double[] {-0.01, 1.0001, Double.POSITIVE_INFINITY}) {
      CompatibilityModel model =
          CompatibilityModel.builder().criterion(constant("wild", bad), 1).build();
      assertThatThrownBy(() -> model.scoreTopK(ONE_PAIR, 1))
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("criterion 'wild' gave sub-score " + bad);
    }
  }

  @Test
  void badSubScore_inParallelRun_reportsLowestFailingRow() throws Exception {
    MatchingProblem p = ProfileGen.randomProblem(7, 300, 40);
    // Fails on every mentee row from 123 on; several tasks hit failures at once.
    Criterion late = Criterion.of("late", ctx -> (mentee, mentor) -> mentee >= 123 ? -1.0 : 0.5);
    CompatibilityModel model = CompatibilityModel.builder().criterion(late, 1).build();
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      ScoringOptions options = ScoringOptions.builder().executor(pool).parallelism(8).build();
      for (int run = 0; run < 5; run++) {
        assertThatThrownBy(() -> model.score(p, options))
            .isInstanceOf(IllegalStateException.class)
            .hasMessageContaining("(index 123)");
      }
    } finally {
      pool.shutdown();
    }
  }

  @Test
  void inconsistentCustomSpi_isReportedWhenExplaining() {
    Criterion rowDisagrees =
        Criterion.of(
            "row-disagrees",
            ctx ->
                new PreparedCriterion() {
                  @Override
                  public double score(int mentee, int mentor) {
                    return 0.25;
                  }

                  @Override
                  public RowScorer rowScorer() {
                    return (mentee, mentors, count, out) ->
                        java.util.Arrays.fill(out, 0, count, 0.75);
                  }
                });
    ScoredProblem scored =
        CompatibilityModel.builder().criterion(rowDisagrees, 1).build().score(ONE_PAIR);
    assertThat(scored.score(0, 0)).isEqualTo(750);
    assertThatThrownBy(() -> scored.explain(0, 0))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("row scorer disagrees");

    HardConstraint rowForgets =
        HardConstraint.of(
            "row-forgets",
            ctx ->
                new PreparedConstraint() {
                  @Override
                  public boolean allows(int mentee, int mentor) {
                    return false;
                  }

                  @Override
                  public void restrictRow(int mentee, boolean[] allowed) {}
                });
    ScoredProblem lenient =
        CompatibilityModel.builder()
            .criterion(Criteria.sameLocation(), 1)
            .constraint(rowForgets)
            .build()
            .score(ONE_PAIR);
    assertThatThrownBy(() -> lenient.explain(0, 0))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("restrictRow disagrees");
  }

  @Test
  void preparingToNull_fails() {
    CompatibilityModel model =
        CompatibilityModel.builder().criterion(Criterion.of("null", ctx -> null), 1).build();
    assertThatThrownBy(() -> model.score(ONE_PAIR))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("'null' prepared to null");
  }

  @Test
  void sharedFeature_ofAnotherType_fails() {
    ScoringContext ctx = ScoringContext.of(ONE_PAIR);
    assertThat(ctx.shared("k", String.class, c -> "v")).isEqualTo("v");
    assertThat(ctx.shared("k", String.class, c -> "other")).isEqualTo("v");
    assertThatThrownBy(() -> ctx.shared("k", Integer.class, c -> 1))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("java.lang.String");
  }

  @Test
  void customCriteria_andConstraints_plugIn() {
    Criterion seniorMentor =
        Criterion.of(
            "senior-mentor",
            ctx -> (mentee, mentor) -> ctx.mentorProfile(mentor).seniority() >= 5 ? 1.0 : 0.0);
    HardConstraint oddMentorsOnly =
        HardConstraint.of("odd-mentors", ctx -> (mentee, mentor) -> mentor % 2 == 1);
    MatchingProblem p =
        ScoringFixtures.problem(
            dev.mentoring.core.program.ProgramFormat.ONE_TO_ONE,
            List.of(Profile.empty()),
            List.of(
                Profile.builder().seniority(9).build(),
                Profile.builder().seniority(9).build(),
                Profile.builder().seniority(1).build()));
    ScoredProblem scored =
        CompatibilityModel.builder()
            .criterion(seniorMentor, 1)
            .constraint(oddMentorsOnly)
            .build()
            .score(p);
    assertThat(scored.assignmentProblem().candidates(0)).containsExactly(1);
    assertThat(scored.score(0, 1)).isEqualTo(1000);
    assertThat(scored.explain(0, 0).excludedBy())
        .containsExactly(new Exclusion("odd-mentors", "not allowed"));
    assertThat(scored.explain(0, 0).score()).isEqualTo(1000);
  }
}
