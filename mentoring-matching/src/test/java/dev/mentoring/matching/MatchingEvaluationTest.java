package dev.mentoring.matching;

import static dev.mentoring.matching.TableProblems.proposal;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import dev.mentoring.core.ParticipantId;
import dev.mentoring.core.enrollment.Enrollment;
import dev.mentoring.core.enrollment.Profile;
import dev.mentoring.core.matching.MatchingProblem;
import dev.mentoring.core.matching.MatchingResult;
import dev.mentoring.core.matching.Proposal;
import dev.mentoring.core.pairing.Explanation;
import dev.mentoring.matching.scoring.ScoredProblem;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MatchingEvaluationTest {
  /**
   * Five mentees, three mentors with 2, 1 and 1 places; -1 marks an excluded pair. e4 may be paired
   * with nobody.
   *
   * <pre>
   *        m0    m1    m2
   *   e0  900   600   300    Engineering
   *   e1  800   700    -     Engineering
   *   e2  500   400   200    Sales
   *   e3  100    -   1000    Sales
   *   e4   -     -     -     (no department)
   * </pre>
   *
   * Preferences derived from the scores: e0 m0 > m1 > m2; e1 m0 > m1; e2 m0 > m1 > m2; e3 m2 > m0.
   * m0 e0 > e1 > e2 > e3; m1 e1 > e0 > e2; m2 e3 > e0 > e2.
   */
  private static final int[][] SCORES = {
    {900, 600, 300},
    {800, 700, -1},
    {500, 400, 200},
    {100, -1, 1000},
    {-1, -1, -1}
  };

  private static final int[] PLACES = {2, 1, 1};
  private static final String[] DEPARTMENTS = {
    "Engineering", "Engineering", "Sales", "Sales", null
  };

  private static final MatchingProblem PROBLEM =
      TableProblems.problem(
          SCORES,
          PLACES,
          i ->
              DEPARTMENTS[i] == null
                  ? Profile.empty()
                  : Profile.builder().department(DEPARTMENTS[i]).build());

  private static final ScoredProblem SCORED = TableProblems.model(SCORES).score(PROBLEM);

  private static String department(Enrollment e) {
    return e.profile().department();
  }

  private static MatchingResult result(Proposal... proposals) {
    return new MatchingResult(List.of(proposals), Map.of(), Map.of());
  }

  /**
   * An unstable result: e0 with m1 (600), e1 and e2 with m0 (800, 500). (e0, m0) blocks it: e0
   * prefers m0 to m1 and m0 prefers e0 to e2; so does (e3, m2): both have a place left.
   */
  private static final MatchingResult UNSTABLE =
      result(proposal(0, 1), proposal(1, 0), proposal(2, 0));

  /** The stable result: best pairs first, e3-m2 1000, e0-m0 900, e1-m0 800, e2-m1 400. */
  private static final MatchingResult STABLE =
      result(proposal(0, 0), proposal(1, 0), proposal(2, 1), proposal(3, 2));

  // ----------------------------------------------------------------------------- odd count

  @Test
  void of_unstableResult_scoresAndCounts() {
    MatchingEvaluation ev = MatchingEvaluation.of(SCORED, UNSTABLE);

    assertThat(ev.mentees()).isEqualTo(5);
    assertThat(ev.matched()).isEqualTo(3);
    assertThat(ev.unmatched()).isEqualTo(2);
    assertThat(ev.pairs()).isEqualTo(3);
    assertThat(ev.totalScore()).isEqualTo(1900);
    assertThat(ev.meanScore()).isEqualTo(1900.0 / 3);
    assertThat(ev.medianScore()).isEqualTo(600.0);
    assertThat(ev.minScore()).isEqualTo(500);
  }

  @Test
  void of_unstableResult_blockingPairsRanksAndLoads() {
    MatchingEvaluation ev = MatchingEvaluation.of(SCORED, UNSTABLE);

    assertThat(ev.blockingPairs()).isEqualTo(2);
    // e0 got its 2nd choice, e1 and e2 their 1st: (2 + 1 + 1) / 3.
    assertThat(ev.meanMenteeRank()).isEqualTo(4.0 / 3);
    // m1 got its 2nd choice (e0), m0 its 2nd and 3rd (e1, e2): (2 + 2 + 3) / 3.
    assertThat(ev.meanMentorRank()).isEqualTo(7.0 / 3);
    // m2 has none, m1 one, m0 two.
    assertThat(ev.mentorLoads()).containsExactly(entry(0, 1), entry(1, 1), entry(2, 1));
  }

  @Test
  void of_unstableResult_segmentsByDepartment() {
    MatchingEvaluation ev =
        MatchingEvaluation.of(SCORED, UNSTABLE, MatchingEvaluationTest::department);

    assertThat(ev.segments())
        .containsExactly(
            entry("(none)", new SegmentSummary("(none)", 1, 0, 0)),
            entry("Engineering", new SegmentSummary("Engineering", 2, 2, 700)),
            entry("Sales", new SegmentSummary("Sales", 2, 1, 500)));
    assertThat(ev.segments().get("Sales").matchRate()).isEqualTo(0.5);
    assertThat(ev.segments().get("(none)").matchRate()).isZero();
    // Over segments with a pair: Engineering 700 against Sales 500.
    assertThat(ev.segmentScoreGap()).isEqualTo(200.0);
  }

  // ----------------------------------------------------------------------------- even count

  @Test
  void of_stableResult_everyMeasure() {
    MatchingEvaluation ev =
        MatchingEvaluation.of(SCORED, STABLE, MatchingEvaluationTest::department);

    assertThat(ev.matched()).isEqualTo(4);
    assertThat(ev.unmatched()).isEqualTo(1);
    assertThat(ev.pairs()).isEqualTo(4);
    assertThat(ev.totalScore()).isEqualTo(3100);
    assertThat(ev.meanScore()).isEqualTo(775.0);
    // Scores 400, 800, 900, 1000: the mean of the middle two.
    assertThat(ev.medianScore()).isEqualTo(850.0);
    assertThat(ev.minScore()).isEqualTo(400);
    assertThat(ev.blockingPairs()).isZero();
    // e0, e1 and e3 got their 1st choice, e2 its 2nd: 5 / 4.
    assertThat(ev.meanMenteeRank()).isEqualTo(1.25);
    // m0: e0 1st and e1 2nd; m1: e2 3rd; m2: e3 1st: 7 / 4.
    assertThat(ev.meanMentorRank()).isEqualTo(1.75);
    assertThat(ev.mentorLoads()).containsExactly(entry(1, 2), entry(2, 1));
    assertThat(ev.segments())
        .containsExactly(
            entry("(none)", new SegmentSummary("(none)", 1, 0, 0)),
            entry("Engineering", new SegmentSummary("Engineering", 2, 2, 850)),
            entry("Sales", new SegmentSummary("Sales", 2, 2, 700)));
    assertThat(ev.segmentScoreGap()).isEqualTo(150.0);
  }

  @Test
  void of_stableStrategies_findTheStableResult() {
    // With one common score per pair the stable matching is unique: the greedy one.
    MatchingStrategies builtIns = MatchingStrategies.builtIns(TableProblems.model(SCORES));
    MatchingEvaluation expected =
        MatchingEvaluation.of(SCORED, STABLE, MatchingEvaluationTest::department);

    for (String id :
        List.of(
            MatchingStrategies.STABLE_MENTEE_PROPOSING,
            MatchingStrategies.STABLE_MENTOR_PROPOSING)) {
      MatchingResult result = builtIns.get(id).match(PROBLEM);

      assertThat(MatchingEvaluation.of(SCORED, result, MatchingEvaluationTest::department))
          .as(id)
          .isEqualTo(expected);
    }
  }

  // ------------------------------------------------------------------------------ edge cases

  @Test
  void of_noPairs_zeros() {
    MatchingEvaluation ev =
        MatchingEvaluation.of(SCORED, result(), MatchingEvaluationTest::department);

    assertThat(ev.matched()).isZero();
    assertThat(ev.unmatched()).isEqualTo(5);
    assertThat(ev.totalScore()).isZero();
    assertThat(ev.meanScore()).isZero();
    assertThat(ev.medianScore()).isZero();
    assertThat(ev.minScore()).isZero();
    assertThat(ev.meanMenteeRank()).isZero();
    assertThat(ev.meanMentorRank()).isZero();
    // Every free (e, m) pair with both sides free blocks the empty result.
    assertThat(ev.blockingPairs()).isEqualTo(10);
    assertThat(ev.mentorLoads()).containsExactly(entry(0, 3));
    assertThat(ev.segmentScoreGap()).isZero();
  }

  @Test
  void of_onePair_medianIsItsScore() {
    MatchingEvaluation ev = MatchingEvaluation.of(SCORED, result(proposal(3, 0)));

    assertThat(ev.medianScore()).isEqualTo(100.0);
    assertThat(ev.meanScore()).isEqualTo(100.0);
    assertThat(ev.minScore()).isEqualTo(100);
    // e3 ranks m0 2nd; m0 ranks e3 4th.
    assertThat(ev.meanMenteeRank()).isEqualTo(2.0);
    assertThat(ev.meanMentorRank()).isEqualTo(4.0);
  }

  @Test
  void of_withoutSegmentFunction_noSegments() {
    MatchingEvaluation ev = MatchingEvaluation.of(SCORED, STABLE);

    assertThat(ev.segments()).isEmpty();
    assertThat(ev.segmentScoreGap()).isZero();
  }

  @Test
  void of_ignoresProposalScores_usesTheScoredProblem() {
    Proposal claimed =
        new Proposal(TableProblems.mentor(2), TableProblems.mentee(3), Explanation.of("said 0"));

    assertThat(MatchingEvaluation.of(SCORED, result(claimed)).totalScore()).isEqualTo(1000);
  }

  @Test
  void of_participantOutsideProblem_throwsIae() {
    Proposal stranger =
        new Proposal(TableProblems.mentor(0), ParticipantId.of("zoe"), Explanation.of("by hand"));
    Proposal mentorAsMentee =
        new Proposal(TableProblems.mentor(0), TableProblems.mentor(1), Explanation.of("by hand"));
    Proposal unknownMentor =
        new Proposal(ParticipantId.of("max"), TableProblems.mentee(0), Explanation.of("by hand"));

    assertThatThrownBy(() -> MatchingEvaluation.of(SCORED, result(stranger)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("zoe");
    assertThatThrownBy(() -> MatchingEvaluation.of(SCORED, result(mentorAsMentee)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("m1");
    assertThatThrownBy(() -> MatchingEvaluation.of(SCORED, result(unknownMentor)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("max");
  }

  @Test
  void of_excludedPair_throwsIae() {
    assertThatThrownBy(() -> MatchingEvaluation.of(SCORED, result(proposal(1, 2))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("not allowed");
  }

  @Test
  void of_overCapacityOrRepeatedPair_throwsIae() {
    assertThatThrownBy(() -> MatchingEvaluation.of(SCORED, result(proposal(0, 1), proposal(1, 1))))
        .as("m1 has one place")
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("over capacity");
    assertThatThrownBy(() -> MatchingEvaluation.of(SCORED, result(proposal(0, 0), proposal(0, 1))))
        .as("e0 has one place")
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("over capacity");
    assertThatThrownBy(() -> MatchingEvaluation.of(SCORED, result(proposal(0, 0), proposal(0, 0))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("twice");
  }

  @Test
  void of_nulls_throwNpe() {
    assertThatThrownBy(() -> MatchingEvaluation.of(null, STABLE))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> MatchingEvaluation.of(SCORED, null))
        .isInstanceOf(NullPointerException.class);
  }

  @Test
  void segmentSummary_countsOutOfRange_throwIae() {
    assertThatThrownBy(() -> new SegmentSummary("x", 1, 2, 0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new SegmentSummary("x", -1, 0, 0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(new SegmentSummary("x", 0, 0, 0).matchRate()).isZero();
  }
}
