package dev.mentoring.testkit.quicktheories;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import dev.mentoring.core.enrollment.Profile;
import dev.mentoring.testkit.generate.DomainGenerators;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TestkitGensTest {

  @Test
  void falsifiedProperty_shrinksTowardsTheSimplestValue() {
    assertThatThrownBy(
            () ->
                qt().withFixedSeed(42L)
                    .withExamples(40)
                    .forAll(TestkitGens.of(DomainGenerators.preferences(), 6))
                    .check(p -> p.preferredPartners().size() < 2))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining(
            "Smallest found falsifying value(s) :-\nPreferences[preferredPartners=")
        // The department, which the property does not need, has shrunk to the first constant.
        .hasMessageContaining("department=ANY]\nOther found");
  }

  @Test
  void fixedSeed_sameValues() {
    assertThat(sample(7L)).isEqualTo(sample(7L)).isNotEqualTo(sample(8L));
  }

  private static List<Profile> sample(long seed) {
    List<Profile> seen = new ArrayList<>();
    qt().withFixedSeed(seed)
        .withExamples(20)
        .forAll(TestkitGens.of(DomainGenerators.profiles(), 5))
        .check(seen::add);
    return seen;
  }

  @Test
  void of_badArguments_throw() {
    assertThatThrownBy(() -> TestkitGens.of(DomainGenerators.profiles(), -1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("size is negative: -1");
    assertThatThrownBy(() -> TestkitGens.of(null, 1))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("generator");
  }
}
