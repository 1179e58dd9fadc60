package dev.mentoring.matching.solver;

import static dev.mentoring.matching.solver.SolverChecks.assertFeasible;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * Deferred acceptance: stability, optimality for the proposing side and pessimality for the other
 * (checked against the enumeration of all stable assignments), on score-derived and on explicit
 * preferences, and known answers from the literature.
 */
class StableSolverTest {
  private static final long SEED = 0x57AB_1E00L;
  private static final int EXAMPLES = 400;

  // ------------------------------------------------------------ score-derived preferences

  @Test
  void resultsHaveNoBlockingPair() {
    qt().withFixedSeed(SEED)
        .withExamples(EXAMPLES)
        .forAll(SmallInstances.instances())
        .checkAssert(
            inst -> {
              AssignmentProblem p = inst.problem();
              for (StableSolver s :
                  List.of(StableSolver.menteeProposing(), StableSolver.mentorProposing())) {
                Assignment a = s.solve(p, 0);
                assertFeasible(inst, a);
                assertThat(Stability.blockingPairs(p, a)).isZero();
              }
            });
  }

  @Test
  void menteeProposingIsMenteeOptimalAndMentorPessimal() {
    qt().withFixedSeed(SEED)
        .withExamples(EXAMPLES)
        .forAll(SmallInstances.nonEmpty())
        .checkAssert(
            inst -> {
              Likes likes = Likes.fromScores(inst);
              BruteForce.Result all = BruteForce.solve(inst);
              Assignment a = StableSolver.menteeProposing().solve(inst.problem(), 0);
              assertOptimal(inst, likes, all.stable(), BruteForce.masks(a, inst.mentees()), true);
            });
  }

  @Test
  void mentorProposingIsMentorOptimalAndMenteePessimal() {
    qt().withFixedSeed(SEED)
        .withExamples(EXAMPLES)
        .forAll(SmallInstances.nonEmpty())
        .checkAssert(
            inst -> {
              Likes likes = Likes.fromScores(inst);
              BruteForce.Result all = BruteForce.solve(inst);
              Assignment a = StableSolver.mentorProposing().solve(inst.problem(), 0);
              assertOptimal(inst, likes, all.stable(), BruteForce.masks(a, inst.mentees()), false);
            });
  }

  @Test
  void withScoreDerivedPreferencesTheStableAssignmentIsUniqueAndGreedy() {
    // Both sides' preferences agree with one order of the pairs: score descending, then mentee,
    // then mentor (a mentee's ties go to the lower mentor, a mentor's to the lower mentee). So a
    // rotation would need a cycle of equal scores whose mentor indices fall at every step, which
    // cannot exist: the stable assignment is unique, and it is the greedy one for that order.
    qt().withFixedSeed(SEED)
        .withExamples(EXAMPLES)
        .forAll(SmallInstances.instances())
        .checkAssert(
            inst -> {
              AssignmentProblem p = inst.problem();
              Assignment greedy = new GreedySolver().solve(p, 0);
              assertThat(StableSolver.menteeProposing().solve(p, 0)).isEqualTo(greedy);
              assertThat(StableSolver.mentorProposing().solve(p, 0)).isEqualTo(greedy);
              assertThat(BruteForce.solve(inst).stable()).hasSize(1);
            });
  }

  @Test
  void explicitListsDerivedFromTheScoresGiveTheSameAssignment() {
    qt().withFixedSeed(SEED)
        .withExamples(EXAMPLES)
        .forAll(SmallInstances.instances())
        .checkAssert(
            inst -> {
              int[][][] lists = listsFromScores(inst);
              AssignmentProblem p = inst.problem();
              for (boolean menteeProposing : new boolean[] {true, false}) {
                StableSolver explicit =
                    StableSolver.withPreferences(lists[0], lists[1], menteeProposing);
                StableSolver derived =
                    menteeProposing
                        ? StableSolver.menteeProposing()
                        : StableSolver.mentorProposing();
                assertThat(explicit.solve(p, 0)).isEqualTo(derived.solve(p, 0));
              }
            });
  }

  @Test
  void everyAgentHasTheSameNumberOfPartnersInEveryStableAssignment() {
    // The rural hospitals theorem, which the Javadoc states and the optimality checks rely on.
    qt().withFixedSeed(SEED)
        .withExamples(EXAMPLES)
        .forAll(SmallInstances.nonEmpty())
        .checkAssert(
            inst -> {
              List<int[]> stable = BruteForce.solve(inst).stable();
              assertThat(stable).isNotEmpty();
              int[] first = stable.get(0);
              for (int[] other : stable) {
                for (int i = 0; i < inst.mentees(); i++) {
                  assertThat(Integer.bitCount(other[i])).isEqualTo(Integer.bitCount(first[i]));
                }
                for (int j = 0; j < inst.mentors(); j++) {
                  assertThat(column(other, j)).isEqualTo(column(first, j));
                }
              }
            });
  }

  // ------------------------------------------------------------ explicit preferences

  @Test
  void explicitPreferencesGiveAStableProposerOptimalAssignment() {
    qt().withFixedSeed(SEED)
        .withExamples(EXAMPLES)
        .forAll(SmallInstances.withPreferences())
        .checkAssert(
            inst -> {
              AssignmentProblem p = inst.problem();
              Likes likes = Likes.fromLists(inst);
              List<int[]> stable = BruteForce.solveWithPreferences(inst).stable();
              for (boolean menteeProposing : new boolean[] {true, false}) {
                Assignment a =
                    StableSolver.withPreferences(
                            inst.menteePrefs(), inst.mentorPrefs(), menteeProposing)
                        .solve(p, 0);
                assertFeasible(inst, a);
                assertThat(Stability.blockingPairs(p, a, inst.menteePrefs(), inst.mentorPrefs()))
                    .isZero();
                assertOptimal(
                    inst, likes, stable, BruteForce.masks(a, inst.mentees()), menteeProposing);
              }
            });
  }

  @Test
  void explicitListsAreCopied() {
    int[][] menteePrefs = {{0, 1}, {0, 1}};
    int[][] mentorPrefs = {{0, 1}, {0, 1}};
    StableSolver solver = StableSolver.withPreferences(menteePrefs, mentorPrefs, true);
    menteePrefs[0][0] = 1;
    menteePrefs[0][1] = 0;
    AssignmentProblem p = AssignmentProblem.of(new int[][] {{1, 1}, {1, 1}}, new int[] {1, 1});
    assertThat(solver.solve(p, 0).mentorsByMentee()).isDeepEqualTo(new int[][] {{0}, {1}});
  }

  @Test
  void explicitListsAreValidated() {
    assertThatThrownBy(() -> StableSolver.withPreferences(new int[][] {{2}}, new int[2][0], true))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("mentee 0 lists mentor 2, outside 0..1");
    assertThatThrownBy(
            () -> StableSolver.withPreferences(new int[][] {{1, 0, 1}}, new int[2][0], true))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("mentee 0 lists mentor 1 twice");
    assertThatThrownBy(
            () -> StableSolver.withPreferences(new int[][] {{}}, new int[][] {{}, {-1}}, false))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("mentor 1 lists mentee -1, outside 0..0");
    assertThatThrownBy(() -> StableSolver.withPreferences(new int[][] {null}, new int[0][], true))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("menteePrefs[0]");
    StableSolver solver = StableSolver.withPreferences(new int[2][0], new int[1][0], true);
    AssignmentProblem p = AssignmentProblem.denseBuilder(2, 2).build();
    assertThatThrownBy(() -> solver.solve(p, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("preference lists are for 2 mentees and 1 mentors but the problem has 2 and 2");
  }

  @Test
  void pairsMissingFromAListOrNotCandidatesAreNotAcceptable() {
    // Mentee 0 lists only mentor 1; mentor 0 does not list mentee 1; (1, 1) is not a candidate.
    AssignmentProblem p = AssignmentProblem.of(new int[][] {{5, 5}, {5, -1}}, new int[] {1, 1});
    int[][] menteePrefs = {{1}, {1, 0}};
    int[][] mentorPrefs = {{0}, {1, 0}};
    for (boolean menteeProposing : new boolean[] {true, false}) {
      Assignment a =
          StableSolver.withPreferences(menteePrefs, mentorPrefs, menteeProposing).solve(p, 0);
      assertThat(a.mentorsByMentee()).isDeepEqualTo(new int[][] {{1}, {}});
    }
  }

  // ------------------------------------------------------------ known answers

  /**
   * Gale and Shapley (1962), "College Admissions and the Stability of Marriage", Example 1: men α,
   * β, γ and women A, B, C with the ranking matrix
   *
   * <pre>
   *        A       B       C
   *   α  (1, 3)  (2, 2)  (3, 1)
   *   β  (3, 1)  (1, 3)  (2, 2)
   *   γ  (2, 2)  (3, 1)  (1, 3)
   * </pre>
   *
   * (man's rank of the woman, woman's rank of the man). Of the six sets of marriages three are
   * stable: every man gets his first choice (αA, βB, γC), every woman gets hers (αC, βA, γB), or
   * everyone gets a second choice (αB, βC, γA).
   */
  @Test
  void galeShapleyExample1() {
    int[][] men = {{0, 1, 2}, {1, 2, 0}, {2, 0, 1}};
    int[][] women = {{1, 2, 0}, {2, 0, 1}, {0, 1, 2}};
    AssignmentProblem p = complete(3, 3);
    assertThat(StableSolver.withPreferences(men, women, true).solve(p, 0).mentorsByMentee())
        .isDeepEqualTo(new int[][] {{0}, {1}, {2}});
    assertThat(StableSolver.withPreferences(men, women, false).solve(p, 0).mentorsByMentee())
        .isDeepEqualTo(new int[][] {{2}, {0}, {1}});
    SmallInstances.Instance inst = completeInstance(3, 3, men, women);
    assertThat(BruteForce.solveWithPreferences(inst).stable())
        .extracting(Arrays::toString)
        .containsExactlyInAnyOrder("[1, 2, 4]", "[4, 1, 2]", "[2, 4, 1]");
  }

  /**
   * Gale and Shapley (1962), Example 2: four men and four women with the ranking matrix
   *
   * <pre>
   *        A       B       C       D
   *   α  (1, 3)  (2, 3)  (3, 2)  (4, 3)
   *   β  (1, 4)  (4, 1)  (3, 3)  (2, 2)
   *   γ  (2, 2)  (1, 4)  (3, 4)  (4, 1)
   *   δ  (4, 1)  (2, 2)  (3, 1)  (1, 4)
   * </pre>
   *
   * The unique stable set of marriages is αC, βD, γA, δB, so both proposing sides find it.
   */
  @Test
  void galeShapleyExample2() {
    int[][] men = {{0, 1, 2, 3}, {0, 3, 2, 1}, {1, 0, 2, 3}, {3, 1, 2, 0}};
    int[][] women = {{3, 2, 0, 1}, {1, 3, 2, 0}, {3, 0, 1, 2}, {2, 1, 0, 3}};
    AssignmentProblem p = complete(4, 4);
    int[][] expected = {{2}, {3}, {0}, {1}};
    assertThat(StableSolver.withPreferences(men, women, true).solve(p, 0).mentorsByMentee())
        .isDeepEqualTo(expected);
    assertThat(StableSolver.withPreferences(men, women, false).solve(p, 0).mentorsByMentee())
        .isDeepEqualTo(expected);
    assertThat(BruteForce.solveWithPreferences(completeInstance(4, 4, men, women)).stable())
        .hasSize(1);
  }

  /**
   * Many-to-one, after Gale and Shapley's college admissions problem: two colleges of quota 2 and
   * four applicants; every applicant prefers college 0 and both colleges rank applicants 0, 1, 2,
   * 3. Applicant-proposing deferred acceptance gives college 0 its two best applicants, 0 and 1,
   * and college 1 the others; no pair blocks.
   */
  @Test
  void collegeAdmissionsWithQuotas() {
    int[][] applicants = {{0, 1}, {0, 1}, {0, 1}, {0, 1}};
    int[][] colleges = {{0, 1, 2, 3}, {0, 1, 2, 3}};
    AssignmentProblem p =
        AssignmentProblem.denseBuilder(4, 2)
            .mentorCapacities(new int[] {2, 2})
            .score(0, 0, 1)
            .score(0, 1, 1)
            .score(1, 0, 1)
            .score(1, 1, 1)
            .score(2, 0, 1)
            .score(2, 1, 1)
            .score(3, 0, 1)
            .score(3, 1, 1)
            .build();
    Assignment a = StableSolver.withPreferences(applicants, colleges, true).solve(p, 0);
    assertThat(a.mentorsByMentee()).isDeepEqualTo(new int[][] {{0}, {0}, {1}, {1}});
    assertThat(Stability.blockingPairs(p, a, applicants, colleges)).isZero();
  }

  @Test
  void scoreDerivedTiesGoToTheLowerIndex() {
    // All scores equal: each mentee prefers mentor 0, each mentor mentee 0.
    AssignmentProblem p = AssignmentProblem.of(new int[][] {{7, 7}, {7, 7}}, new int[] {1, 1});
    assertThat(StableSolver.menteeProposing().solve(p, 0).mentorsByMentee())
        .isDeepEqualTo(new int[][] {{0}, {1}});
    assertThat(StableSolver.mentorProposing().solve(p, 0).mentorsByMentee())
        .isDeepEqualTo(new int[][] {{0}, {1}});
  }

  @Test
  void fixedPairsUseCapacityAndAreNotProposedAgain() {
    // Mentor 0 (capacity 2) has fixed mentee 2; mentees 0 and 1 both want mentor 0 most.
    AssignmentProblem p =
        AssignmentProblem.denseBuilder(3, 2)
            .mentorCapacity(0, 2)
            .score(0, 0, 900)
            .score(0, 1, 100)
            .score(1, 0, 800)
            .score(1, 1, 200)
            .score(2, 0, 10)
            .fix(2, 0)
            .build();
    for (StableSolver s : List.of(StableSolver.menteeProposing(), StableSolver.mentorProposing())) {
      Assignment a = s.solve(p, 0);
      assertThat(a.mentorsByMentee()).isDeepEqualTo(new int[][] {{0}, {1}, {0}});
      assertThat(Stability.blockingPairs(p, a)).isZero();
    }
  }

  @Test
  void manyToManyWithMenteeCapacities() {
    // Mentee 0 may have two mentors; mentors have one place each and both prefer mentee 0.
    AssignmentProblem p =
        AssignmentProblem.denseBuilder(2, 2)
            .menteeCapacity(0, 2)
            .score(0, 0, 500)
            .score(0, 1, 400)
            .score(1, 0, 300)
            .score(1, 1, 300)
            .build();
    Assignment a = StableSolver.menteeProposing().solve(p, 0);
    assertThat(a.mentorsByMentee()).isDeepEqualTo(new int[][] {{0, 1}, {}});
    assertThat(Stability.blockingPairs(p, a)).isZero();
  }

  // ------------------------------------------------------------ helpers

  /** How much each agent likes each other agent: higher is better, MIN_VALUE if unacceptable. */
  private static final class Likes {
    private final long[][] mentee;
    private final long[][] mentor;

    Likes(long[][] mentee, long[][] mentor) {
      this.mentee = mentee;
      this.mentor = mentor;
    }

    long[][] mentee() {
      return mentee;
    }

    long[][] mentor() {
      return mentor;
    }

    static Likes fromScores(SmallInstances.Instance inst) {
      long[][] a = new long[inst.mentees()][inst.mentors()];
      long[][] b = new long[inst.mentors()][inst.mentees()];
      for (int i = 0; i < inst.mentees(); i++) {
        for (int j = 0; j < inst.mentors(); j++) {
          a[i][j] = BruteForce.menteeLikes(inst.scores(), i, j);
          b[j][i] = BruteForce.mentorLikes(inst.scores(), i, j);
        }
      }
      return new Likes(a, b);
    }

    static Likes fromLists(SmallInstances.Instance inst) {
      long[][] a = new long[inst.mentees()][inst.mentors()];
      long[][] b = new long[inst.mentors()][inst.mentees()];
      for (long[] row : a) {
        Arrays.fill(row, Long.MIN_VALUE);
      }
      for (long[] row : b) {
        Arrays.fill(row, Long.MIN_VALUE);
      }
      for (int i = 0; i < inst.mentees(); i++) {
        int[] list = inst.menteePrefs()[i];
        for (int k = 0; k < list.length; k++) {
          a[i][list[k]] = -k;
        }
      }
      for (int j = 0; j < inst.mentors(); j++) {
        int[] list = inst.mentorPrefs()[j];
        for (int k = 0; k < list.length; k++) {
          b[j][list[k]] = -k;
        }
      }
      return new Likes(a, b);
    }
  }

  /**
   * Asserts that {@code found} is one of the stable assignments and that, for every other stable
   * assignment, each agent of the proposing side likes its k-th best non-fixed partner in {@code
   * found} at least as much as there, and each agent of the other side at most as much.
   */
  private static void assertOptimal(
      SmallInstances.Instance inst,
      Likes likes,
      List<int[]> stable,
      int[] found,
      boolean menteeProposing) {
    assertThat(stable).as("stable assignments").anySatisfy(s -> assertThat(s).isEqualTo(found));
    for (int[] other : stable) {
      for (int i = 0; i < inst.mentees(); i++) {
        long[] mine = menteePartners(inst, likes, found, i);
        long[] theirs = menteePartners(inst, likes, other, i);
        assertDominates(mine, theirs, menteeProposing, "mentee " + i, found, other);
      }
      for (int j = 0; j < inst.mentors(); j++) {
        long[] mine = mentorPartners(inst, likes, found, j);
        long[] theirs = mentorPartners(inst, likes, other, j);
        assertDominates(mine, theirs, !menteeProposing, "mentor " + j, found, other);
      }
    }
  }

  private static void assertDominates(
      long[] mine, long[] theirs, boolean better, String who, int[] found, int[] other) {
    assertThat(mine.length).as("%s partners", who).isEqualTo(theirs.length);
    for (int k = 0; k < mine.length; k++) {
      if (better) {
        assertThat(mine[k])
            .as("%s partner %d in %s vs %s", who, k, Arrays.toString(found), Arrays.toString(other))
            .isGreaterThanOrEqualTo(theirs[k]);
      } else {
        assertThat(mine[k])
            .as("%s partner %d in %s vs %s", who, k, Arrays.toString(found), Arrays.toString(other))
            .isLessThanOrEqualTo(theirs[k]);
      }
    }
  }

  /** How mentee i likes each of its non-fixed partners, best first. */
  private static long[] menteePartners(
      SmallInstances.Instance inst, Likes likes, int[] masks, int i) {
    return sortedDesc(
        IntStream.range(0, inst.mentors())
            .filter(j -> (masks[i] & (1 << j)) != 0 && !inst.isFixed(i, j))
            .mapToLong(j -> likes.mentee()[i][j])
            .toArray());
  }

  /** How mentor j likes each of its non-fixed partners, best first. */
  private static long[] mentorPartners(
      SmallInstances.Instance inst, Likes likes, int[] masks, int j) {
    return sortedDesc(
        IntStream.range(0, inst.mentees())
            .filter(i -> (masks[i] & (1 << j)) != 0 && !inst.isFixed(i, j))
            .mapToLong(i -> likes.mentor()[j][i])
            .toArray());
  }

  private static long[] sortedDesc(long[] values) {
    Arrays.sort(values);
    for (int a = 0, b = values.length - 1; a < b; a++, b--) {
      long t = values[a];
      values[a] = values[b];
      values[b] = t;
    }
    return values;
  }

  private static int column(int[] masks, int j) {
    int c = 0;
    for (int mask : masks) {
      c += (mask >>> j) & 1;
    }
    return c;
  }

  /** Both sides' lists ordered as the score-derived preferences order them. */
  private static int[][][] listsFromScores(SmallInstances.Instance inst) {
    int n = inst.mentees();
    int m = inst.mentors();
    int[][] menteeLists = new int[n][];
    for (int i = 0; i < n; i++) {
      int row = i;
      menteeLists[i] =
          IntStream.range(0, m)
              .filter(j -> inst.scores()[row][j] >= 0)
              .boxed()
              .sorted(
                  (x, y) ->
                      Long.compare(
                          BruteForce.menteeLikes(inst.scores(), row, y),
                          BruteForce.menteeLikes(inst.scores(), row, x)))
              .mapToInt(Integer::intValue)
              .toArray();
    }
    int[][] mentorLists = new int[m][];
    for (int j = 0; j < m; j++) {
      int c = j;
      mentorLists[j] =
          IntStream.range(0, n)
              .filter(i -> inst.scores()[i][c] >= 0)
              .boxed()
              .sorted(
                  (x, y) ->
                      Long.compare(
                          BruteForce.mentorLikes(inst.scores(), y, c),
                          BruteForce.mentorLikes(inst.scores(), x, c)))
              .mapToInt(Integer::intValue)
              .toArray();
    }
    return new int[][][] {menteeLists, mentorLists};
  }

  private static AssignmentProblem complete(int n, int m) {
    AssignmentProblem.Builder b = AssignmentProblem.denseBuilder(n, m);
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < m; j++) {
        b.score(i, j, 0);
      }
    }
    return b.build();
  }

  private static SmallInstances.Instance completeInstance(
      int n, int m, int[][] menteePrefs, int[][] mentorPrefs) {
    int[] menteeCap = new int[n];
    int[] mentorCap = new int[m];
    Arrays.fill(menteeCap, 1);
    Arrays.fill(mentorCap, 1);
    return new SmallInstances.Instance(
        true, new int[n][m], m, menteeCap, mentorCap, new int[0][], menteePrefs, mentorPrefs);
  }
}
