package dev.mentoring.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import dev.mentoring.core.ParticipantId;
import dev.mentoring.core.pairing.Contribution;
import dev.mentoring.matching.scoring.CompatibilityModel;
import dev.mentoring.matching.scoring.ScoredProblem;
import dev.mentoring.matching.testing.ProfileGen;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RecommendationsPropertyTest {
  private static final long SEED = 0x7EC0_0001L;
  private static final int EXAMPLES = 150;

  @Test
  void forMentee_everyAllowedMentorBestFirst() {
    qt().withFixedSeed(SEED)
        .withExamples(EXAMPLES)
        .forAll(ProfileGen.problems(15, 6), integers().between(1, 8))
        .checkAssert(
            (problem, k) -> {
              ScoredProblem scored = CompatibilityModel.defaults().score(problem);
              for (int i = 0; i < scored.menteeCount(); i++) {
                List<Recommendation> list =
                    Recommendations.forMentee(scored, scored.menteeId(i), k);
                int candidates = scored.assignmentProblem().candidates(i).length;
                assertThat(list).hasSize(Math.min(k, candidates));
                for (int r = 0; r < list.size(); r++) {
                  Recommendation rec = list.get(r);
                  int j = scored.mentorIndexOf(rec.mentorId());
                  assertThat(rec.rank()).isEqualTo(r + 1);
                  assertThat(scored.allows(i, j)).isTrue();
                  assertThat(rec.score()).isEqualTo(scored.score(i, j));
                  assertSumsToScore(rec);
                  if (r > 0) {
                    Recommendation prev = list.get(r - 1);
                    int pj = scored.mentorIndexOf(prev.mentorId());
                    assertThat(
                            prev.score() > rec.score() || (prev.score() == rec.score() && pj < j))
                        .as("%s before %s", prev, rec)
                        .isTrue();
                  }
                }
                // Nothing left out scores better than the last one shown.
                if (!list.isEmpty()) {
                  Recommendation last = list.get(list.size() - 1);
                  int lj = scored.mentorIndexOf(last.mentorId());
                  List<ParticipantId> shown = list.stream().map(Recommendation::mentorId).toList();
                  for (int j : scored.assignmentProblem().candidates(i)) {
                    if (!shown.contains(scored.mentorId(j))) {
                      int s = scored.score(i, j);
                      assertThat(s < last.score() || (s == last.score() && j > lj)).isTrue();
                    }
                  }
                }
              }
            });
  }

  @Test
  void forAll_respectsCapAndKeepsEachMenteesOrder() {
    qt().withFixedSeed(SEED)
        .withExamples(EXAMPLES)
        .forAll(ProfileGen.problems(15, 6), integers().between(1, 5), integers().between(1, 4))
        .checkAssert(
            (problem, k, cap) -> {
              ScoredProblem scored = CompatibilityModel.defaults().score(problem);
              Map<ParticipantId, List<Recommendation>> lists =
                  Recommendations.forAll(scored, k, cap);
              assertThat(List.copyOf(lists.keySet())).isEqualTo(scored.menteeIds());
              Map<ParticipantId, Integer> shown = new HashMap<>();
              lists.forEach(
                  (mentee, list) -> {
                    assertThat(list.size()).isLessThanOrEqualTo(k);
                    // A subsequence of the mentee's own ranking, ranks renumbered 1..n.
                    List<ParticipantId> ranking =
                        Recommendations.forMentee(scored, mentee, scored.mentorCount() + 1).stream()
                            .map(Recommendation::mentorId)
                            .toList();
                    int at = -1;
                    for (int r = 0; r < list.size(); r++) {
                      Recommendation rec = list.get(r);
                      assertThat(rec.rank()).isEqualTo(r + 1);
                      int next = ranking.indexOf(rec.mentorId());
                      assertThat(next).as("%s in order for %s", rec, mentee).isGreaterThan(at);
                      at = next;
                      assertSumsToScore(rec);
                      shown.merge(rec.mentorId(), 1, Integer::sum);
                    }
                  });
              shown.forEach(
                  (mentor, n) ->
                      assertThat(n).as("appearances of %s", mentor).isLessThanOrEqualTo(cap));
              if (cap >= scored.menteeCount()) {
                lists.forEach(
                    (mentee, list) ->
                        assertThat(list).isEqualTo(Recommendations.forMentee(scored, mentee, k)));
              }
            });
  }

  private static void assertSumsToScore(Recommendation rec) {
    int sum = rec.explanation().contributions().stream().mapToInt(Contribution::points).sum();
    assertThat(sum).as("contributions of %s", rec).isEqualTo(rec.score());
  }
}
