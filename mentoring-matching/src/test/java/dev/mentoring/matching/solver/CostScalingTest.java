package dev.mentoring.matching.solver;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Edge cases of {@link CostScaling}, the sparse algorithm of {@link MaxScoreSolver}. */
class CostScalingTest {

  private static Assignment maxScore(AssignmentProblem p) {
    return new CostScaling(p, false).solve();
  }

  private static Assignment mostMatched(AssignmentProblem p) {
    return new CostScaling(p, true).solve();
  }

  @Test
  void solve_noCandidates_keepsOnlyTheFixedPairs() {
    AssignmentProblem empty = AssignmentProblem.sparseBuilder(4, 3).build();
    AssignmentProblem fixedOnly =
        AssignmentProblem.sparseBuilder(4, 3).menteeCapacity(1, 2).fix(1, 0).fix(1, 2).build();

    assertThat(maxScore(empty).size()).isZero();
    assertThat(mostMatched(empty).size()).isZero();
    assertThat(maxScore(fixedOnly).mentorsByMentee())
        .isDeepEqualTo(new int[][] {{}, {0, 2}, {}, {}});
    assertThat(mostMatched(fixedOnly).totalScore()).isZero();
  }

  @Test
  void solve_allScoresZero_matchesAsManyAsPossible() {
    // A chain: mentee i may take mentor i or i + 1, one place each. A greedy choice of mentor i+1
    // for mentee i blocks mentee i+1; the optimum places all five.
    AssignmentProblem.Builder b = AssignmentProblem.sparseBuilder(5, 6);
    for (int i = 0; i < 5; i++) {
      b.score(i, i + 1, 0).score(i, i, 0);
    }
    AssignmentProblem p = b.build();

    assertThat(maxScore(p).size()).isEqualTo(5);
    assertThat(maxScore(p).totalScore()).isZero();
    assertThat(mostMatched(p).size()).isEqualTo(5);
  }

  @Test
  void solve_oneMentorWithHugeCapacity_takesEveryMenteeThatPrefersIt() {
    int n = 300;
    AssignmentProblem.Builder b =
        AssignmentProblem.sparseBuilder(n, 3).mentorCapacity(0, Integer.MAX_VALUE);
    for (int i = 0; i < n; i++) {
      b.score(i, 0, 500).score(i, 1 + i % 2, i % 3 == 0 ? 900 : 100);
    }
    Assignment a = maxScore(b.build());

    // Mentors 1 and 2 have one place each: the first 900 on each side takes it.
    assertThat(a.mentorLoads()).containsExactly(n - 2, 1, 1);
    assertThat(a.totalScore()).isEqualTo(500L * (n - 2) + 2 * 900);
  }

  @Test
  void solve_capacitiesFarBeyondDemand_everyMenteeGetsItsBestMentor() {
    SplittableRandom random = new SplittableRandom(5);
    int n = 200;
    int m = 40;
    AssignmentProblem.Builder b = AssignmentProblem.sparseBuilder(n, m);
    long best = 0;
    for (int j = 0; j < m; j++) {
      b.mentorCapacity(j, j % 2 == 0 ? Integer.MAX_VALUE : n);
    }
    for (int i = 0; i < n; i++) {
      int top = 0;
      for (int j = random.nextInt(m); j < m; j += 1 + random.nextInt(9)) {
        int s = random.nextInt(1001);
        b.score(i, j, s);
        top = Math.max(top, s);
      }
      best += top;
    }
    Assignment a = maxScore(b.build());

    assertThat(a.size()).isEqualTo(n);
    assertThat(a.totalScore()).isEqualTo(best);
  }

  @Test
  void solve_menteesWithSeveralPlaces_takeTheirBestMentorsWithinCapacity() {
    // Mentee 0 wants two mentors, mentee 1 one; mentor 0 has one place, which mentee 1 values
    // more, so mentee 0 takes mentors 1 and 2.
    AssignmentProblem p =
        AssignmentProblem.sparseBuilder(2, 3)
            .menteeCapacity(0, 2)
            .score(0, 0, 900)
            .score(0, 1, 300)
            .score(0, 2, 200)
            .score(1, 0, 1000)
            .score(1, 1, 100)
            .build();

    Assignment a = maxScore(p);

    assertThat(a.mentorsByMentee()).isDeepEqualTo(new int[][] {{1, 2}, {0}});
    assertThat(a.totalScore()).isEqualTo(1500);
  }

  @Test
  @Timeout(value = 20, unit = TimeUnit.SECONDS)
  void mostMatched_equalScoresAndMoreMenteesThanPlaces_endsThePriceWarQuickly() {
    // Tied bids raise prices by ε at a time; the mentees left over must fall by a whole pair
    // bonus before "unmatched" wins. Uncapped global price updates do that in one step (capped
    // at V·ε, this took 30 s; it takes milliseconds).
    SplittableRandom random = new SplittableRandom(1);
    int n = 2000;
    int m = 200;
    int[] places = new int[m];
    Arrays.fill(places, 5);
    AssignmentProblem.Builder b = AssignmentProblem.sparseBuilder(n, m).mentorCapacities(places);
    for (int i = 0; i < n; i++) {
      boolean[] taken = new boolean[m];
      for (int t = 0; t < 10; t++) {
        int j = random.nextInt(m);
        if (!taken[j]) {
          taken[j] = true;
          b.score(i, j, 700);
        }
      }
    }
    AssignmentProblem p = b.build();
    long most =
        FairSolver.maxPairs(
            Candidates.of(p), Candidates.menteeLeft(p), Candidates.mentorLeft(p), 0);

    Assignment a = mostMatched(p);

    assertThat(a.size()).isEqualTo(most).isEqualTo(1000);
    assertThat(a.totalScore()).isEqualTo(700L * a.size());
  }

  @Test
  void solve_tightTopKInstance_equalsShortestPaths() {
    // As many places as mentees and popular mentors, like the sparse benchmark at a small scale.
    SplittableRandom random = new SplittableRandom(42);
    int n = 1500;
    int m = 300;
    int[] places = new int[m];
    Arrays.fill(places, 5);
    AssignmentProblem.Builder b = AssignmentProblem.sparseBuilder(n, m).mentorCapacities(places);
    for (int i = 0; i < n; i++) {
      boolean[] taken = new boolean[m];
      for (int t = 0; t < 12; t++) {
        // Squaring skews the draw towards low indices: popular mentors.
        int j = (int) (m * Math.pow(random.nextDouble(), 2));
        if (!taken[j]) {
          taken[j] = true;
          b.score(i, j, 100 * random.nextInt(11));
        }
      }
    }
    AssignmentProblem p = b.build();
    for (boolean most : new boolean[] {false, true}) {
      Assignment a = new CostScaling(p, most).solve();
      Assignment ssp = new ShortestPaths(p, p.scoreMatrix(), most).solve();
      assertThat(a.totalScore()).as("total, mostMatched=%s", most).isEqualTo(ssp.totalScore());
      assertThat(a.size()).as("pairs, mostMatched=%s", most).isEqualTo(ssp.size());
    }
  }
}
