package dev.mentoring.core.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mentoring.core.ParticipantId;
import dev.mentoring.core.enrollment.EnrollmentStatus;
import dev.mentoring.core.enrollment.Profile;
import dev.mentoring.core.feedback.NetPromoterScore;
import dev.mentoring.core.feedback.SurveyCheckpoint;
import dev.mentoring.core.feedback.SurveyId;
import dev.mentoring.core.feedback.SurveyStatus;
import dev.mentoring.core.meeting.MeetingStatus;
import dev.mentoring.core.pairing.PairId;
import dev.mentoring.core.pairing.PairStatus;
import dev.mentoring.core.program.EnrollmentRole;
import dev.mentoring.core.program.ProgramId;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The value types of the metrics package: their checks, copies and derived figures. */
class MetricsValuesTest {
  private static final ProgramId P = ProgramId.of("p-1");
  private static final Instant AT = Instant.parse("2026-03-01T00:00:00Z");
  private static final Instant START = AT.minus(Duration.ofDays(30));

  @Nested
  class Ratios {
    @Test
    void value_dividesOrIsZeroWithoutDenominator() {
      assertThat(Ratio.of(3, 4).value()).isEqualTo(0.75);
      assertThat(Ratio.of(3, 4).isDefined()).isTrue();
      assertThat(Ratio.of(0, 0)).isSameAs(Ratio.none());
      assertThat(Ratio.none().value()).isZero();
      assertThat(Ratio.none().isDefined()).isFalse();
      assertThat(Ratio.of(9, 4).value()).isEqualTo(2.25);
      assertThat(Ratio.of(3, 4)).hasToString("3/4");
    }

    @Test
    void plus_addsBothCounts() {
      assertThat(Ratio.of(1, 2).plus(Ratio.of(3, 5))).isEqualTo(Ratio.of(4, 7));
      assertThat(Ratio.none().plus(Ratio.none())).isEqualTo(Ratio.none());
      assertThatThrownBy(() -> Ratio.of(Long.MAX_VALUE, Long.MAX_VALUE).plus(Ratio.of(1, 1)))
          .isInstanceOf(ArithmeticException.class);
    }

    @Test
    void constructor_negativeOrNothingOverZero_rejected() {
      assertThatThrownBy(() -> Ratio.of(-1, 2))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("counts must not be negative: -1/2");
      assertThatThrownBy(() -> Ratio.of(1, -2)).isInstanceOf(IllegalArgumentException.class);
      assertThatThrownBy(() -> Ratio.of(1, 0))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("a denominator of 0 needs a numerator of 0: 1");
    }
  }

  @Nested
  class Health {
    @Test
    void status_ordersFromBestToWorst() {
      assertThat(HealthStatus.INACTIVE.isWorseThan(HealthStatus.AT_RISK)).isTrue();
      assertThat(HealthStatus.AT_RISK.isWorseThan(HealthStatus.NEEDS_ATTENTION)).isTrue();
      assertThat(HealthStatus.NEEDS_ATTENTION.isWorseThan(HealthStatus.HEALTHY)).isTrue();
      assertThat(HealthStatus.HEALTHY.isWorseThan(HealthStatus.HEALTHY)).isFalse();
    }

    @Test
    void signals_areDeclaredFromTheMostSevere() {
      HealthSignal[] signals = HealthSignal.values();
      for (int i = 1; i < signals.length; i++) {
        assertThat(signals[i].status().isWorseThan(signals[i - 1].status()))
            .as("%s after %s", signals[i], signals[i - 1])
            .isFalse();
      }
      assertThat(HealthSignal.NO_ACTIVITY.status()).isEqualTo(HealthStatus.INACTIVE);
      assertThat(HealthSignal.POOR_FIT.status()).isEqualTo(HealthStatus.AT_RISK);
      assertThat(HealthSignal.GOAL_STALLED.status()).isEqualTo(HealthStatus.NEEDS_ATTENTION);
      assertThat(HealthSignal.PAUSED.status()).isEqualTo(HealthStatus.HEALTHY);
    }

    @Test
    void reason_checksItsComponents() {
      HealthReason r = new HealthReason(HealthSignal.LOW_RATINGS, "low");
      assertThat(r.status()).isEqualTo(HealthStatus.NEEDS_ATTENTION);
      assertThatThrownBy(() -> new HealthReason(null, "x")).hasMessage("signal");
      assertThatThrownBy(() -> new HealthReason(HealthSignal.PAUSED, null)).hasMessage("detail");
      assertThatThrownBy(() -> new HealthReason(HealthSignal.PAUSED, " "))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("detail is blank");
    }

    private PairHealth health(
        PairStatus pairStatus,
        HealthStatus status,
        List<HealthReason> reasons,
        int held,
        double progress,
        int goals,
        double rating,
        int ratings,
        Instant lastActivity) {
      return new PairHealth(
          PairId.of("pair-1"),
          P,
          ParticipantId.of("mia"),
          ParticipantId.of("ned"),
          AT,
          pairStatus,
          status,
          reasons,
          START,
          held,
          2,
          null,
          30,
          lastActivity,
          goals,
          progress,
          ratings,
          rating,
          false);
    }

    private PairHealth healthy() {
      return health(PairStatus.ACTIVE, HealthStatus.HEALTHY, List.of(), 2, 40, 1, 4.5, 2, START);
    }

    @Test
    void pairHealth_validValues_keptAndReasonsCopied() {
      List<HealthReason> reasons = new ArrayList<>();
      reasons.add(new HealthReason(HealthSignal.POOR_FIT, "poor"));
      reasons.add(new HealthReason(HealthSignal.LOW_RATINGS, "low"));
      PairHealth h = health(PairStatus.ACTIVE, HealthStatus.AT_RISK, reasons, 0, 0, 0, 0, 0, START);
      reasons.clear();

      assertThat(h.signals()).containsExactly(HealthSignal.POOR_FIT, HealthSignal.LOW_RATINGS);
      assertThat(h.has(HealthSignal.POOR_FIT)).isTrue();
      assertThat(h.has(HealthSignal.PAUSED)).isFalse();
      assertThat(healthy().reasons()).isEmpty();
    }

    @Test
    void pairHealth_statusMustBeTheWorstReason() {
      List<HealthReason> low = List.of(new HealthReason(HealthSignal.LOW_RATINGS, "low"));
      assertThatThrownBy(
              () -> health(PairStatus.ACTIVE, HealthStatus.AT_RISK, low, 0, 0, 0, 0, 0, START))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("status is AT_RISK but the worst reason gives NEEDS_ATTENTION");
      assertThatThrownBy(
              () ->
                  health(
                      PairStatus.ACTIVE,
                      HealthStatus.NEEDS_ATTENTION,
                      List.of(),
                      0,
                      0,
                      0,
                      0,
                      0,
                      START))
          .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void pairHealth_reasonsOutOfOrderOrRepeated_rejected() {
      HealthReason low = new HealthReason(HealthSignal.LOW_RATINGS, "low");
      HealthReason fit = new HealthReason(HealthSignal.POOR_FIT, "poor");
      assertThatThrownBy(
              () ->
                  health(
                      PairStatus.ACTIVE,
                      HealthStatus.AT_RISK,
                      List.of(low, fit),
                      0,
                      0,
                      0,
                      0,
                      0,
                      START))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageStartingWith("reasons must name distinct signals in HealthSignal order");
      assertThatThrownBy(
              () ->
                  health(
                      PairStatus.ACTIVE,
                      HealthStatus.AT_RISK,
                      List.of(fit, fit),
                      0,
                      0,
                      0,
                      0,
                      0,
                      START))
          .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void pairHealth_figuresOutOfRange_rejected() {
      HealthStatus ok = HealthStatus.HEALTHY;
      List<HealthReason> none = List.of();
      assertThatThrownBy(() -> health(PairStatus.COMPLETED, ok, none, 0, 0, 0, 0, 0, START))
          .hasMessage("only an ACTIVE or PAUSED pair has a health: COMPLETED");
      assertThatThrownBy(() -> health(PairStatus.ACTIVE, ok, none, -1, 0, 0, 0, 0, START))
          .hasMessageStartingWith("counts must not be negative");
      assertThatThrownBy(() -> health(PairStatus.ACTIVE, ok, none, 0, 101, 1, 0, 0, START))
          .hasMessageStartingWith("goalProgress must be 0 to 100");
      assertThatThrownBy(() -> health(PairStatus.ACTIVE, ok, none, 0, 10, 0, 0, 0, START))
          .hasMessageStartingWith("goalProgress must be 0 to 100, and 0 without goals");
      assertThatThrownBy(() -> health(PairStatus.ACTIVE, ok, none, 0, 0, 0, 0.5, 1, START))
          .hasMessageStartingWith("recentRating must be 1 to 5");
      assertThatThrownBy(() -> health(PairStatus.ACTIVE, ok, none, 0, 0, 0, 3, 0, START))
          .hasMessageStartingWith("recentRating must be 1 to 5, and 0 without ratings");
      assertThatThrownBy(() -> health(PairStatus.ACTIVE, ok, none, 0, 0, 0, 0, -1, START))
          .hasMessage("recentRatings is negative: -1");
      assertThatThrownBy(
              () -> health(PairStatus.ACTIVE, ok, none, 0, 0, 0, 0, 0, AT.plusSeconds(1)))
          .hasMessageStartingWith("lastActivityAt");
      assertThatThrownBy(
              () -> health(PairStatus.PAUSED, ok, none, 0, 0, 0, 0, 0, START.minusSeconds(1)))
          .hasMessageStartingWith("lastActivityAt");
    }
  }

  @Nested
  class Reports {
    private ProgramReport report(
        Map<PairStatus, Integer> pairs,
        Map<HealthStatus, Integer> health,
        Ratio matchRate,
        Duration medianTimeToMatch,
        Ratio meetingsPerPair,
        double median) {
      Map<EnrollmentRole, Map<EnrollmentStatus, Integer>> enrollments =
          new EnumMap<>(EnrollmentRole.class);
      enrollments.put(EnrollmentRole.MENTEE, Map.of(EnrollmentStatus.APPROVED, 3));
      enrollments.put(
          EnrollmentRole.MENTOR,
          Map.of(EnrollmentStatus.APPROVED, 2, EnrollmentStatus.WITHDRAWN, 1));
      return new ProgramReport(
          P,
          AT,
          enrollments,
          matchRate,
          medianTimeToMatch,
          Ratio.of(2, 4),
          pairs,
          health,
          Map.of(MeetingStatus.HELD, 5),
          meetingsPerPair,
          median,
          Ratio.of(1, 2),
          Ratio.of(9, 2),
          NetPromoterScore.none(),
          List.of());
    }

    private ProgramReport valid() {
      return report(
          Map.of(PairStatus.ACTIVE, 2, PairStatus.COMPLETED, 1),
          Map.of(HealthStatus.HEALTHY, 1, HealthStatus.AT_RISK, 1),
          Ratio.of(2, 3),
          Duration.ofDays(3),
          Ratio.of(5, 3),
          2);
    }

    @Test
    void counts_holdEveryConstantInOrderAndAddUp() {
      ProgramReport r = valid();

      assertThat(r.pairs()).containsOnlyKeys(PairStatus.values());
      assertThat(r.pairs().keySet()).containsExactly(PairStatus.values());
      assertThat(r.enrollments().keySet()).containsExactly(EnrollmentRole.values());
      assertThat(r.enrollments().get(EnrollmentRole.MENTOR_AND_MENTEE).values()).containsOnly(0);
      assertThat(r.pairs(PairStatus.PROPOSED)).isZero();
      assertThat(r.totalPairs()).isEqualTo(3);
      assertThat(r.atRiskPairs()).isEqualTo(1);
      assertThat(r.health(HealthStatus.HEALTHY)).isEqualTo(1);
      assertThat(r.meetings(MeetingStatus.HELD)).isEqualTo(5);
      assertThat(r.meetings(MeetingStatus.CANCELLED)).isZero();
      assertThat(r.totalEnrollments()).isEqualTo(6);
      assertThat(r.enrollments(EnrollmentRole.MENTOR)).isEqualTo(3);
      assertThat(r.enrollments(EnrollmentStatus.APPROVED)).isEqualTo(5);
      assertThat(r.matchedMentees()).isEqualTo(2);
      assertThat(r.waitingMentees()).isEqualTo(1);
      assertThatThrownBy(() -> r.pairs().put(PairStatus.ACTIVE, 9))
          .isInstanceOf(UnsupportedOperationException.class);
      assertThatThrownBy(() -> r.enrollments().get(EnrollmentRole.MENTEE).clear())
          .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void constructor_healthNotAddingUpToRunningPairs_rejected() {
      assertThatThrownBy(
              () ->
                  report(
                      Map.of(PairStatus.ACTIVE, 2),
                      Map.of(HealthStatus.HEALTHY, 1),
                      Ratio.of(2, 3),
                      null,
                      Ratio.none(),
                      0))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("do not add up to the 2 ACTIVE and PAUSED pairs");
    }

    @Test
    void constructor_inconsistentFigures_rejected() {
      Map<PairStatus, Integer> pairs = Map.of();
      Map<HealthStatus, Integer> health = Map.of();
      assertThatThrownBy(() -> report(pairs, health, Ratio.of(4, 3), null, Ratio.none(), 0))
          .hasMessage("matchRate exceeds 1: 4/3");
      assertThatThrownBy(
              () -> report(pairs, health, Ratio.none(), Duration.ofDays(1), Ratio.none(), 0))
          .hasMessageStartingWith("medianTimeToMatch must not be negative, and is null");
      assertThatThrownBy(
              () -> report(pairs, health, Ratio.of(1, 1), Duration.ofDays(-1), Ratio.none(), 0))
          .isInstanceOf(IllegalArgumentException.class);
      assertThatThrownBy(() -> report(pairs, health, Ratio.none(), null, Ratio.none(), 1))
          .hasMessageStartingWith("medianMeetingsPerPair must not be negative");
      assertThatThrownBy(() -> report(pairs, health, Ratio.none(), null, Ratio.of(1, 1), -1))
          .isInstanceOf(IllegalArgumentException.class);
      assertThatThrownBy(
              () ->
                  report(
                      Map.of(PairStatus.ACTIVE, -1), health, Ratio.none(), null, Ratio.none(), 0))
          .hasMessage("pairs of ACTIVE is negative: -1");
    }

    @Test
    void surveyResponseRate_checksItsCounts() {
      SurveyId s = SurveyId.of("s-1");
      SurveyResponseRate r =
          new SurveyResponseRate(
              s, SurveyCheckpoint.MIDPOINT, false, SurveyStatus.OPEN, 5, Ratio.of(4, 10));
      assertThat(r.responseRate().value()).isEqualTo(0.4);
      assertThatThrownBy(
              () ->
                  new SurveyResponseRate(
                      s, SurveyCheckpoint.MIDPOINT, false, SurveyStatus.DRAFT, 0, Ratio.none()))
          .hasMessage("a DRAFT survey has no response rate");
      assertThatThrownBy(
              () ->
                  new SurveyResponseRate(
                      s, SurveyCheckpoint.MIDPOINT, false, SurveyStatus.OPEN, 3, Ratio.of(4, 10)))
          .hasMessageStartingWith("responses 3 are fewer than the respondents");
      assertThatThrownBy(
              () ->
                  new SurveyResponseRate(
                      s, SurveyCheckpoint.FINAL, true, SurveyStatus.CLOSED, 5, Ratio.of(5, 4)))
          .hasMessage("the respondents outnumber the people asked: 5/4");
    }

    @Test
    void segmentedReport_checksProgramInstantAndDistinctValues() {
      ProgramReport r = valid();
      SegmentedReport.Segment it = new SegmentedReport.Segment("IT", r);

      SegmentedReport s = new SegmentedReport(P, AT, "department", r, new ArrayList<>(List.of(it)));
      assertThat(s.segments()).containsExactly(it);
      assertThatThrownBy(() -> new SegmentedReport(P, AT, "department", r, List.of(it, it)))
          .hasMessage("segment 'IT' appears twice");
      assertThatThrownBy(
              () -> new SegmentedReport(ProgramId.of("other"), AT, "department", r, List.of()))
          .hasMessageStartingWith("the report of overall is of p-1");
      assertThatThrownBy(() -> new SegmentedReport(P, AT.plusSeconds(1), "d", r, List.of()))
          .isInstanceOf(IllegalArgumentException.class);
      assertThatThrownBy(() -> new SegmentedReport.Segment(null, r)).hasMessage("value");
    }
  }

  @Nested
  class Segmentations {
    @Test
    void builtIns_readTheirAttributeOrNone() {
      Profile p = Profile.builder().department("IT").location("Lyon").seniority(4).build();

      assertThat(Segmentation.department().valueOf(p)).isEqualTo("IT");
      assertThat(Segmentation.location().valueOf(p)).isEqualTo("Lyon");
      assertThat(Segmentation.seniority().valueOf(p)).isEqualTo("4");
      assertThat(Segmentation.department().valueOf(Profile.empty())).isEqualTo(Segmentation.NONE);
      assertThat(Segmentation.seniority().valueOf(Profile.empty())).isEqualTo("0");
      assertThat(Segmentation.department().name()).isEqualTo("department");
      assertThat(Segmentation.department()).hasToString("Segmentation[department]");
    }

    @Test
    void of_customAttribute_nullMeansNone() {
      Segmentation s = Segmentation.of("remote", p -> p.timeZone() == null ? null : "tz");

      assertThat(s.name()).isEqualTo("remote");
      assertThat(s.valueOf(Profile.empty())).isEqualTo(Segmentation.NONE);
    }

    @Test
    void of_badName_rejected() {
      assertThatThrownBy(() -> Segmentation.of(" ", p -> "x"))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageStartingWith("name must be 1 to 100 characters");
      assertThatThrownBy(() -> Segmentation.of("x".repeat(101), p -> "x"))
          .isInstanceOf(IllegalArgumentException.class);
      assertThatThrownBy(() -> Segmentation.of(null, p -> "x")).hasMessage("name");
      assertThatThrownBy(() -> Segmentation.of("n", null)).hasMessage("attribute");
    }

    @Test
    void valueOrder_noneThenNumbersNumericallyThenText() {
      List<String> values =
          new ArrayList<>(
              List.of("Sales", "10", "", "2", "-3", "IT", "02", "12345678901234567890"));

      values.sort(Segmentation.valueOrder());

      assertThat(values)
          .containsExactly("", "-3", "02", "2", "10", "12345678901234567890", "IT", "Sales");
    }
  }
}
