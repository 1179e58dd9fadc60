package dev.mentoring.matching;

import static dev.mentoring.matching.TableProblems.mentee;
import static dev.mentoring.matching.TableProblems.mentor;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.mentoring.core.ParticipantId;
import dev.mentoring.core.pairing.Contribution;
import dev.mentoring.matching.scoring.ScoredProblem;
import java.util.List;
import java.util.Map;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

class RecommendationsTest {
  /**
   * e0 scores m1 and m2 alike (800), then m0 (500), then m4 (0); m3 is excluded. e1 may be paired
   * with nobody.
   */
  private static final int[][] SCORES = {
    {500, 800, 800, -1, 0},
    {-1, -1, -1, -1, -1}
  };

  private static final ScoredProblem SCORED =
      TableProblems.scored(SCORES, new int[] {1, 1, 1, 1, 1});

  /** Everybody prefers m0, then m1, then m2. */
  private static final int[][] SAME_FAVOURITE = {
    {900, 600, 300},
    {900, 600, 300},
    {900, 600, 300},
    {900, 600, 300}
  };

  private static final ScoredProblem POPULAR =
      TableProblems.scored(SAME_FAVOURITE, new int[] {1, 1, 1});

  private static List<Tuple> summary(List<Recommendation> list) {
    return list.stream().map(r -> tuple(r.mentorId().value(), r.rank(), r.score())).toList();
  }

  // -------------------------------------------------------------------------------- forMentee

  @Test
  void forMentee_bestScoreFirst_tiesByLowerMentorIndex() {
    List<Recommendation> top = Recommendations.forMentee(SCORED, mentee(0), 3);

    assertThat(summary(top))
        .containsExactly(tuple("m1", 1, 800), tuple("m2", 2, 800), tuple("m0", 3, 500));
  }

  @Test
  void forMentee_explanationSumsToScore() {
    List<Recommendation> top = Recommendations.forMentee(SCORED, mentee(0), 4);

    assertThat(top)
        .allSatisfy(
            r -> {
              int sum =
                  r.explanation().contributions().stream().mapToInt(Contribution::points).sum();
              assertThat(sum).isEqualTo(r.score());
              assertThat(r.explanation().summary())
                  .isEqualTo("compatibility " + r.score() + " of 1000");
            });
  }

  @Test
  void forMentee_kBeyondCandidates_returnsEveryAllowedMentor() {
    List<Recommendation> all = Recommendations.forMentee(SCORED, mentee(0), 10);

    assertThat(summary(all))
        .containsExactly(
            tuple("m1", 1, 800), tuple("m2", 2, 800), tuple("m0", 3, 500), tuple("m4", 4, 0));
    assertThat(all).extracting(Recommendation::mentorId).doesNotContain(mentor(3));
  }

  @Test
  void forMentee_kOne_returnsTheBest() {
    assertThat(summary(Recommendations.forMentee(SCORED, mentee(0), 1)))
        .containsExactly(tuple("m1", 1, 800));
  }

  @Test
  void forMentee_noEligibleMentor_returnsEmpty() {
    assertThat(Recommendations.forMentee(SCORED, mentee(1), 3)).isEmpty();
  }

  @Test
  void forMentee_unknownMentee_throwsIae() {
    assertThatThrownBy(() -> Recommendations.forMentee(SCORED, ParticipantId.of("zoe"), 3))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("zoe");
    // A mentor is not a mentee.
    assertThatThrownBy(() -> Recommendations.forMentee(SCORED, mentor(0), 3))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("m0");
  }

  @Test
  void forMentee_kBelowOne_throwsIae() {
    assertThatThrownBy(() -> Recommendations.forMentee(SCORED, mentee(0), 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("k must be at least 1: 0");
    assertThatThrownBy(() -> Recommendations.forMentee(SCORED, mentee(0), -3))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void forMentee_nulls_throwNpe() {
    assertThatThrownBy(() -> Recommendations.forMentee(null, mentee(0), 1))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> Recommendations.forMentee(SCORED, null, 1))
        .isInstanceOf(NullPointerException.class);
  }

  // ----------------------------------------------------------------------------------- forAll

  @Test
  void forAll_capOne_onlyFirstMenteeGetsThePopularMentor() {
    Map<ParticipantId, List<Recommendation>> lists = Recommendations.forAll(POPULAR, 3, 1);

    assertThat(lists.keySet()).containsExactly(mentee(0), mentee(1), mentee(2), mentee(3));
    assertThat(summary(lists.get(mentee(0)))).containsExactly(tuple("m0", 1, 900));
    assertThat(summary(lists.get(mentee(1)))).containsExactly(tuple("m1", 1, 600));
    assertThat(summary(lists.get(mentee(2)))).containsExactly(tuple("m2", 1, 300));
    assertThat(lists.get(mentee(3))).isEmpty();
  }

  @Test
  void forAll_capTwo_dealtRoundRobinByRank() {
    Map<ParticipantId, List<Recommendation>> lists = Recommendations.forAll(POPULAR, 2, 2);

    // Round 1: e0 and e1 get m0, which is then at the cap; e2 and e3 get m1. Round 2: m1 is at
    // the cap, so e0 and e1 get m2; e2 and e3 find nothing left.
    assertThat(summary(lists.get(mentee(0))))
        .containsExactly(tuple("m0", 1, 900), tuple("m2", 2, 300));
    assertThat(summary(lists.get(mentee(1))))
        .containsExactly(tuple("m0", 1, 900), tuple("m2", 2, 300));
    assertThat(summary(lists.get(mentee(2)))).containsExactly(tuple("m1", 1, 600));
    assertThat(summary(lists.get(mentee(3)))).containsExactly(tuple("m1", 1, 600));
  }

  @Test
  void forAll_capAtLeastMentees_equalsForMentee() {
    Map<ParticipantId, List<Recommendation>> lists = Recommendations.forAll(POPULAR, 2, 4);

    for (ParticipantId e : POPULAR.menteeIds()) {
      assertThat(lists.get(e)).isEqualTo(Recommendations.forMentee(POPULAR, e, 2));
    }
  }

  @Test
  void forAll_menteeWithoutCandidates_getsEmptyList() {
    Map<ParticipantId, List<Recommendation>> lists = Recommendations.forAll(SCORED, 2, 5);

    assertThat(lists).containsOnlyKeys(mentee(0), mentee(1));
    assertThat(summary(lists.get(mentee(0))))
        .containsExactly(tuple("m1", 1, 800), tuple("m2", 2, 800));
    assertThat(lists.get(mentee(1))).isEmpty();
  }

  @Test
  void forAll_kOrCapBelowOne_throwsIae() {
    assertThatThrownBy(() -> Recommendations.forAll(POPULAR, 0, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("k must be at least 1");
    assertThatThrownBy(() -> Recommendations.forAll(POPULAR, 1, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("maxAppearances must be at least 1: 0");
  }

  @Test
  void forAll_resultUnmodifiable() {
    Map<ParticipantId, List<Recommendation>> lists = Recommendations.forAll(POPULAR, 1, 1);

    assertThatThrownBy(() -> lists.get(mentee(0)).clear())
        .isInstanceOf(UnsupportedOperationException.class);
  }

  // ----------------------------------------------------------------------------- Recommendation

  @Test
  void recommendation_rankBelowOne_throwsIae() {
    Recommendation r = Recommendations.forMentee(SCORED, mentee(0), 1).get(0);

    assertThatThrownBy(() -> new Recommendation(r.mentorId(), 0, r.score(), r.explanation()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("rank must be at least 1: 0");
  }
}
