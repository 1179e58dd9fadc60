package dev.mentoring.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import dev.mentoring.core.ParticipantId;
import dev.mentoring.core.enrollment.Enrollment;
import dev.mentoring.core.enrollment.Profile;
import dev.mentoring.core.matching.MatchingProblem;
import dev.mentoring.core.matching.MatchingResult;
import dev.mentoring.core.matching.MatchingStrategy;
import dev.mentoring.core.matching.Proposal;
import dev.mentoring.core.pairing.Explanation;
import dev.mentoring.core.program.ProgramFormat;
import dev.mentoring.matching.scoring.CompatibilityModel;
import dev.mentoring.matching.scoring.HardConstraints;
import dev.mentoring.matching.scoring.ScoredProblem;
import dev.mentoring.matching.testing.ProfileGen;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FeasibilityReportTest {

  private static ParticipantId id(String who) {
    return ParticipantId.of(who);
  }

  /** Scores the problem with the default model, as the built-ins do. */
  private static FeasibilityReport report(List<Enrollment> mentees, List<Enrollment> mentors) {
    MatchingProblem problem =
        ProfileGen.problem(ProfileGen.program(ProgramFormat.ONE_TO_ONE), mentees, mentors);
    return FeasibilityReport.of(CompatibilityModel.defaults().score(problem));
  }

  private static List<Enrollment> mentees(int count) {
    List<Enrollment> out = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      out.add(ProfileGen.mentee("e" + i, Profile.empty()));
    }
    return out;
  }

  @Test
  void of_onlyMentorInManagerChain_noEligibleMentorNamingTheConstraint() {
    FeasibilityReport report =
        report(
            List.of(
                ProfileGen.mentee("e0", Profile.builder().managerChain(List.of(id("m0"))).build()),
                ProfileGen.mentee("e1", Profile.empty())),
            List.of(ProfileGen.mentor("m0", Profile.empty(), 2)));

    assertThat(report.noEligibleMentor())
        .containsOnlyKeys(id("e0"))
        .containsEntry(
            id("e0"), "no eligible mentor (excluded by " + HardConstraints.MANAGER_CHAIN + ": 1)");
    assertThat(report.mentorsWithoutMentee()).isEmpty();
    assertThat(report.maxPairs()).isEqualTo(1);
    assertThat(report.shortfall()).isEqualTo(1);
  }

  @Test
  void of_severalConstraints_reasonCountsEach() {
    // m0 is e0's manager; m1 speaks only Japanese; m2 is in both situations.
    Profile japanese = Profile.builder().languages("ja").build();
    FeasibilityReport report =
        report(
            List.of(
                ProfileGen.mentee(
                    "e0",
                    Profile.builder()
                        .languages("en")
                        .managerChain(List.of(id("m0"), id("m2")))
                        .build())),
            List.of(
                ProfileGen.mentor("m0", Profile.empty(), 1),
                ProfileGen.mentor("m1", japanese, 1),
                ProfileGen.mentor("m2", japanese, 1)));

    assertThat(report.noEligibleMentor())
        .containsExactly(
            entry(
                id("e0"),
                "no eligible mentor (excluded by "
                    + HardConstraints.MANAGER_CHAIN
                    + ": 2, "
                    + HardConstraints.REQUIRED_LANGUAGE
                    + ": 2)"));
    assertThat(report.mentorsWithoutMentee()).containsExactly(id("m0"), id("m1"), id("m2"));
  }

  @Test
  void of_mentorNobodyMayHave_listedWithoutMentee() {
    Profile english = Profile.builder().languages("en").build();
    FeasibilityReport report =
        report(
            List.of(ProfileGen.mentee("e0", english), ProfileGen.mentee("e1", english)),
            List.of(
                ProfileGen.mentor("m0", english, 2),
                ProfileGen.mentor("m1", Profile.builder().languages("ja").build(), 1),
                // Capacity 0 on the enrollment: the mentor-capacity constraint excludes every pair.
                ProfileGen.mentor("m2", english, 0)));

    assertThat(report.mentorsWithoutMentee()).containsExactly(id("m1"), id("m2"));
    assertThat(report.noEligibleMentor()).isEmpty();
    assertThat(report.mentors()).isEqualTo(3);
    assertThat(report.isFeasible()).isTrue();
  }

  @Test
  void of_demandFiveSupplyThree_shortfallTwo() {
    FeasibilityReport report =
        report(
            mentees(5),
            List.of(
                ProfileGen.mentor("m0", Profile.empty(), 2),
                ProfileGen.mentor("m1", Profile.empty(), 1)));

    assertThat(report.mentees()).isEqualTo(5);
    assertThat(report.mentors()).isEqualTo(2);
    assertThat(report.menteeDemand()).isEqualTo(5);
    assertThat(report.mentorSupply()).isEqualTo(3);
    assertThat(report.maxPairs()).isEqualTo(3);
    assertThat(report.shortfall()).isEqualTo(2);
    assertThat(report.isFeasible()).isFalse();
    assertThat(report.noEligibleMentor()).isEmpty();
    assertThat(report.mentorsWithoutMentee()).isEmpty();
  }

  @Test
  void of_enoughPlaces_feasible() {
    FeasibilityReport report =
        report(mentees(3), List.of(ProfileGen.mentor("m0", Profile.empty(), 3)));

    assertThat(report.menteeDemand()).isEqualTo(3);
    assertThat(report.mentorSupply()).isEqualTo(3);
    assertThat(report.maxPairs()).isEqualTo(3);
    assertThat(report.shortfall()).isZero();
    assertThat(report.isFeasible()).isTrue();
  }

  @Test
  void of_supplyEnoughButConstraintsBottleneck_shortfallFromMaxPairs() {
    // Both mentees may only have m0 (one place); nobody may have m1.
    ScoredProblem scored =
        TableProblems.scored(
            new int[][] {
              {500, -1},
              {700, -1}
            },
            new int[] {1, 1});

    FeasibilityReport report = FeasibilityReport.of(scored);

    assertThat(report.menteeDemand()).isEqualTo(2);
    assertThat(report.mentorSupply()).isEqualTo(2);
    assertThat(report.maxPairs()).isEqualTo(1);
    assertThat(report.shortfall()).isEqualTo(1);
    assertThat(report.isFeasible()).isFalse();
    assertThat(report.noEligibleMentor()).isEmpty();
    assertThat(report.mentorsWithoutMentee()).containsExactly(TableProblems.mentor(1));
  }

  @Test
  void of_noMentors_everyMenteeWithoutPlace() {
    FeasibilityReport report = report(mentees(2), List.of());

    assertThat(report.noEligibleMentor())
        .containsExactly(
            entry(id("e0"), "no mentor has places left"),
            entry(id("e1"), "no mentor has places left"));
    assertThat(report.mentorSupply()).isZero();
    assertThat(report.maxPairs()).isZero();
    assertThat(report.shortfall()).isEqualTo(2);
  }

  @Test
  void of_emptyProblem_feasible() {
    FeasibilityReport report = report(List.of(), List.of());

    assertThat(report.mentees()).isZero();
    assertThat(report.shortfall()).isZero();
    assertThat(report.isFeasible()).isTrue();
  }

  @Test
  void of_null_throwsNpe() {
    assertThatThrownBy(() -> FeasibilityReport.of(null)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void constructor_copiesCollections() {
    Map<ParticipantId, String> none = new LinkedHashMap<>();
    none.put(id("e0"), "why");
    List<ParticipantId> idle = new ArrayList<>(List.of(id("m0")));

    FeasibilityReport report = new FeasibilityReport(1, 1, 1, 1, 0, none, idle);
    none.clear();
    idle.clear();

    assertThat(report.noEligibleMentor()).containsOnlyKeys(id("e0"));
    assertThat(report.mentorsWithoutMentee()).containsExactly(id("m0"));
    assertThatThrownBy(() -> report.noEligibleMentor().clear())
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void ofWithResult_sameReportAsWithout_forAnyBuiltInResult() {
    for (int seed = 0; seed < 20; seed++) {
      MatchingProblem problem = ProfileGen.randomProblem(seed, 9, 4);
      for (MatchingStrategy s : MatchingStrategies.builtIns().strategies()) {
        SolverStrategy strategy = (SolverStrategy) s;
        ScoredProblem scored = strategy.score(problem);
        MatchingResult result = strategy.match(scored, problem.seed());

        assertThat(FeasibilityReport.of(scored, result))
            .as("seed %d, %s", seed, strategy.id())
            .isEqualTo(FeasibilityReport.of(scored));
      }
    }
  }

  @Test
  void ofWithResult_morePairsThanPlacesWanted_throwsIllegalArgument() {
    MatchingProblem problem = ProfileGen.randomProblem(3, 2, 2);
    ScoredProblem scored = CompatibilityModel.defaults().score(problem);
    Proposal p = new Proposal(scored.mentorId(0), scored.menteeId(0), Explanation.of("made up"));
    MatchingResult tooMany = new MatchingResult(List.of(p, p, p), Map.of(), Map.of());

    assertThatThrownBy(() -> FeasibilityReport.of(scored, tooMany))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the result has 3 pairs, more than the 2 places mentees want");
  }
}
