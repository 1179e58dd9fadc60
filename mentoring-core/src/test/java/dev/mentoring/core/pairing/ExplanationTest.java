package dev.mentoring.core.pairing;

import static dev.mentoring.core.testing.Gens.listsOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExplanationTest {

  @Test
  void score_sumsContributions() {
    qt().withFixedSeed(0xE0_1A1EL)
        .withExamples(300)
        .forAll(listsOf(integers().between(-1_000, 1_000), 0, 12))
        .checkAssert(
            points -> {
              List<Contribution> contributions = new ArrayList<>();
              for (int i = 0; i < points.size(); i++) {
                contributions.add(new Contribution("c" + i, points.get(i), "detail " + i));
              }
              Explanation e = new Explanation(contributions, "summary");
              assertThat(e.score()).isEqualTo(points.stream().mapToInt(Integer::intValue).sum());
            });
  }

  @Test
  void of_hasNoContributionsAndScoresZero() {
    Explanation e = Explanation.of("paired by hand");

    assertThat(e.contributions()).isEmpty();
    assertThat(e.summary()).isEqualTo("paired by hand");
    assertThat(e.score()).isZero();
  }

  @Test
  void constructor_copiesContributions() {
    List<Contribution> contributions =
        new ArrayList<>(List.of(new Contribution("skills", 100, "Java")));
    Explanation e = new Explanation(contributions, "s");

    contributions.add(new Contribution("language", 10, "en"));

    assertThat(e.contributions()).hasSize(1);
    assertThat(e.score()).isEqualTo(100);
    assertThatThrownBy(() -> e.contributions().clear())
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void constructor_nullComponent_throwsNullPointer() {
    assertThatThrownBy(() -> new Explanation(List.of(), null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("summary");
    assertThatThrownBy(() -> new Explanation(null, "s")).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> new Contribution(null, 1, "d"))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("criterion");
    assertThatThrownBy(() -> new Contribution("c", 1, null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("detail");
  }
}
