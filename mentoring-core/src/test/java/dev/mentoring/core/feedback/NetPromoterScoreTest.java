package dev.mentoring.core.feedback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class NetPromoterScoreTest {
  private static final long SEED = 0x4E50_5300L;

  @Test
  void of_answers_countsPromotersPassivesDetractors() {
    NetPromoterScore nps = NetPromoterScore.of(IntStream.of(10, 9, 8, 7, 6, 0, 9, 10, 9, 10));

    assertThat(nps).isEqualTo(new NetPromoterScore(6, 2, 2));
    assertThat(nps.responses()).isEqualTo(10);
  }

  @Test
  void score_knownExample_andWaldInterval() {
    NetPromoterScore nps = new NetPromoterScore(6, 2, 2);

    // mean 0.4, E[x²] 0.8, variance 0.64, standard error √(0.064) = 0.25298
    double half = 100 * 1.959963984540054 * Math.sqrt(0.064);
    assertThat(nps.score()).isEqualTo(40.0);
    assertThat(nps.lowerBound()).isCloseTo(40 - half, within(1e-9));
    assertThat(nps.upperBound()).isCloseTo(40 + half, within(1e-9));
    assertThat(nps.lowerBound()).isCloseTo(-9.584, within(1e-3));
  }

  @Test
  void score_extremes_clampedAndDegenerate() {
    assertThat(new NetPromoterScore(5, 0, 0).score()).isEqualTo(100.0);
    assertThat(new NetPromoterScore(5, 0, 0).lowerBound()).isEqualTo(100.0);
    assertThat(new NetPromoterScore(0, 0, 3).score()).isEqualTo(-100.0);
    assertThat(new NetPromoterScore(0, 0, 3).upperBound()).isEqualTo(-100.0);
    assertThat(new NetPromoterScore(0, 4, 0).score()).isZero();
    assertThat(new NetPromoterScore(1, 0, 1).lowerBound()).isEqualTo(-100.0);
    assertThat(new NetPromoterScore(1, 0, 1).upperBound()).isEqualTo(100.0);
  }

  @Test
  void none_scoresZeroAndKnowsNothing() {
    NetPromoterScore none = NetPromoterScore.none();

    assertThat(none).isEqualTo(new NetPromoterScore(0, 0, 0));
    assertThat(none.responses()).isZero();
    assertThat(none.score()).isZero();
    assertThat(none.lowerBound()).isEqualTo(-100.0);
    assertThat(none.upperBound()).isEqualTo(100.0);
    assertThat(NetPromoterScore.of(IntStream.empty())).isEqualTo(none);
  }

  @Test
  void ofHistogram_matchesAnswers() {
    int[] counts = {1, 0, 0, 0, 0, 0, 1, 1, 1, 2, 3};

    assertThat(NetPromoterScore.ofHistogram(counts))
        .isEqualTo(NetPromoterScore.of(IntStream.of(0, 6, 7, 8, 9, 9, 10, 10, 10)));
  }

  @Test
  void invalidInput_rejectedNamingTheProblem() {
    assertThatThrownBy(() -> NetPromoterScore.of(IntStream.of(3, 11)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("an NPS answer must be 0 to 10: 11");
    assertThatThrownBy(() -> NetPromoterScore.of(IntStream.of(-1)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> NetPromoterScore.ofHistogram(new int[10]))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("expected 11 counts (answers 0 to 10), got 10");
    int[] negative = new int[11];
    negative[4] = -1;
    assertThatThrownBy(() -> NetPromoterScore.ofHistogram(negative))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("count of answer 4 is negative: -1");
    assertThatThrownBy(() -> new NetPromoterScore(-1, 0, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("promoters -1");
    assertThatThrownBy(() -> new NetPromoterScore(0, 0, -1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("detractors -1");
    assertThatThrownBy(() -> new NetPromoterScore(1, -1, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("passives -1");
    assertThatThrownBy(() -> new NetPromoterScore(Integer.MAX_VALUE, 1, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("responses");
    NetPromoterScore big = new NetPromoterScore(Integer.MAX_VALUE, 0, 0);
    assertThatThrownBy(() -> big.plus(new NetPromoterScore(1, 0, 0)))
        .isInstanceOf(ArithmeticException.class);
    int[] huge = new int[11];
    huge[9] = Integer.MAX_VALUE;
    huge[10] = 1;
    assertThatThrownBy(() -> NetPromoterScore.ofHistogram(huge))
        .isInstanceOf(ArithmeticException.class);
  }

  // ------------------------------------------------------------------------------- properties

  private static Gen<List<Integer>> answers() {
    return lists().of(integers().between(0, 10)).ofSizeBetween(0, 60);
  }

  @Test
  void property_scoreWithinRangeAndIntervalContainsIt() {
    qt().withFixedSeed(SEED)
        .withExamples(1_000)
        .forAll(answers())
        .checkAssert(
            list -> {
              NetPromoterScore nps = NetPromoterScore.of(list.stream().mapToInt(Integer::intValue));
              assertThat(nps.responses()).isEqualTo(list.size());
              assertThat(nps.score()).isBetween(-100.0, 100.0);
              assertThat(nps.lowerBound()).isBetween(-100.0, nps.score());
              assertThat(nps.upperBound()).isBetween(nps.score(), 100.0);
              long promoters = list.stream().filter(a -> a >= 9).count();
              long detractors = list.stream().filter(a -> a <= 6).count();
              if (!list.isEmpty()) {
                assertThat(nps.score())
                    .isCloseTo(100.0 * (promoters - detractors) / list.size(), within(1e-9));
              }
            });
  }

  @Test
  void property_plusEqualsScoreOfBothSetsOfAnswers() {
    qt().withFixedSeed(SEED)
        .withExamples(500)
        .forAll(answers(), answers())
        .checkAssert(
            (a, b) -> {
              NetPromoterScore left = NetPromoterScore.of(a.stream().mapToInt(Integer::intValue));
              NetPromoterScore right = NetPromoterScore.of(b.stream().mapToInt(Integer::intValue));
              NetPromoterScore both =
                  NetPromoterScore.of(
                      IntStream.concat(
                          a.stream().mapToInt(Integer::intValue),
                          b.stream().mapToInt(Integer::intValue)));
              assertThat(left.plus(right)).isEqualTo(both).isEqualTo(right.plus(left));
              int[] histogram = new int[11];
              a.forEach(x -> histogram[x]++);
              assertThat(NetPromoterScore.ofHistogram(histogram)).isEqualTo(left);
            });
  }
}
