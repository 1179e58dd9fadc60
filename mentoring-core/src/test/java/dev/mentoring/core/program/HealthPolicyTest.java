package dev.mentoring.core.program;

import static dev.mentoring.core.testing.Fixture.ADMIN;
import static dev.mentoring.core.testing.Rejections.invalid;
import static dev.mentoring.core.testing.Rejections.violation;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mentoring.core.testing.Fixture;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class HealthPolicyTest {
  private final Fixture f = new Fixture();

  @Test
  void defaults_matchDocumentation() {
    HealthPolicy p = HealthPolicy.defaults();

    assertThat(p.attentionAfter()).isEqualTo(Duration.ofDays(21));
    assertThat(p.atRiskAfter()).isEqualTo(Duration.ofDays(42));
    assertThat(p.inactiveAfter()).isEqualTo(Duration.ofDays(90));
    assertThat(p.attentionMeetingRatio()).isEqualTo(0.75);
    assertThat(p.atRiskMeetingRatio()).isEqualTo(0.5);
    assertThat(p.lowRating()).isEqualTo(2);
    assertThat(p.goalStalledAfter()).isEqualTo(Duration.ofDays(30));
  }

  @Test
  void withers_changeOnlyTheirComponents() {
    HealthPolicy d = HealthPolicy.defaults();

    assertThat(d.withMeetingGaps(Duration.ofDays(7), Duration.ofDays(14)))
        .isEqualTo(
            new HealthPolicy(
                Duration.ofDays(7),
                Duration.ofDays(14),
                Duration.ofDays(90),
                0.75,
                0.5,
                2,
                Duration.ofDays(30)));
    assertThat(d.withInactiveAfter(Duration.ofDays(60)).inactiveAfter())
        .isEqualTo(Duration.ofDays(60));
    assertThat(d.withMeetingRatios(0.9, 0.4))
        .extracting(HealthPolicy::attentionMeetingRatio, HealthPolicy::atRiskMeetingRatio)
        .containsExactly(0.9, 0.4);
    assertThat(d.withLowRating(0).lowRating()).isZero();
    assertThat(d.withGoalStalledAfter(Duration.ofDays(10)).goalStalledAfter())
        .isEqualTo(Duration.ofDays(10));
    assertThat(d.withLowRating(3).withLowRating(2)).isEqualTo(d);
  }

  @Test
  void constructor_nullOrNaN_rejectedNamingTheComponent() {
    Duration day = Duration.ofDays(1);
    assertThatThrownBy(() -> new HealthPolicy(null, day, day, 0, 0, 0, day))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("attentionAfter");
    assertThatThrownBy(() -> new HealthPolicy(day, null, day, 0, 0, 0, day))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("atRiskAfter");
    assertThatThrownBy(() -> new HealthPolicy(day, day, null, 0, 0, 0, day))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("inactiveAfter");
    assertThatThrownBy(() -> new HealthPolicy(day, day, day, 0, 0, 0, null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("goalStalledAfter");
    assertThatThrownBy(() -> new HealthPolicy(day, day, day, Double.NaN, 0, 0, day))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("attentionMeetingRatio is NaN");
    assertThatThrownBy(() -> new HealthPolicy(day, day, day, 0, Double.NaN, 0, day))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("atRiskMeetingRatio is NaN");
  }

  @Test
  void create_policyOutOfRange_reportsEachComponentWithItsPath() {
    HealthPolicy bad =
        new HealthPolicy(
            Duration.ofHours(12),
            Duration.ofDays(400),
            Duration.ofDays(400),
            1.5,
            -0.1,
            6,
            Duration.ZERO);
    ProgramSpec spec = ProgramSpec.builder("Pilot").healthPolicy(bad).build();

    invalid(
        f,
        () -> f.mentoring.programs().create(ADMIN, spec),
        violation("healthPolicy.atRiskAfter", "DurationMax"),
        violation("healthPolicy.atRiskMeetingRatio", "DecimalMin"),
        violation("healthPolicy.attentionAfter", "DurationMin"),
        violation("healthPolicy.attentionMeetingRatio", "DecimalMax"),
        violation("healthPolicy.goalStalledAfter", "DurationMin"),
        violation("healthPolicy.inactiveAfter", "DurationMax"),
        violation("healthPolicy.lowRating", "Max"));
  }

  @Test
  void create_thresholdsOutOfOrder_reportsThresholdOrder() {
    HealthPolicy bad =
        new HealthPolicy(
            Duration.ofDays(30),
            Duration.ofDays(20),
            Duration.ofDays(10),
            0.5,
            0.75,
            2,
            Duration.ofDays(30));
    ProgramSpec spec = ProgramSpec.builder("Pilot").healthPolicy(bad).build();

    var ex =
        invalid(
            f,
            () -> f.mentoring.programs().create(ADMIN, spec),
            violation("healthPolicy.atRiskAfter", "ThresholdOrder"),
            violation("healthPolicy.atRiskMeetingRatio", "ThresholdOrder"),
            violation("healthPolicy.inactiveAfter", "ThresholdOrder"));
    assertThat(ex.violations().get(0).message())
        .isEqualTo("must not be shorter than healthPolicy.attentionAfter");
  }

  @Test
  void create_equalThresholds_accepted() {
    Duration d = Duration.ofDays(30);
    HealthPolicy edge = new HealthPolicy(d, d, d, 0.5, 0.5, 5, d);

    Program p =
        f.mentoring
            .programs()
            .create(ADMIN, ProgramSpec.builder("Edge").healthPolicy(edge).build());

    assertThat(p.spec().healthPolicy()).isEqualTo(edge);
  }

  @Test
  void update_invalidPolicy_rejectedAndProgramUnchanged() {
    Program p = f.mentoring.programs().create(ADMIN, ProgramSpec.builder("Pilot").build());
    ProgramSpec changed =
        p.spec().toBuilder().healthPolicy(HealthPolicy.defaults().withLowRating(-1)).build();

    invalid(
        f,
        () -> f.mentoring.programs().update(ADMIN, p.id(), changed),
        violation("healthPolicy.lowRating", "Min"));
  }
}
