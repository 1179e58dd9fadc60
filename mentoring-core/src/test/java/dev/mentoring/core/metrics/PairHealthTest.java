package dev.mentoring.core.metrics;

import static dev.mentoring.core.testing.Fixture.SYSTEM;
import static dev.mentoring.core.testing.Fixture.id;
import static dev.mentoring.core.testing.StoreData.day;
import static org.assertj.core.api.Assertions.assertThat;

import dev.mentoring.core.ReportService;
import dev.mentoring.core.enrollment.Answer;
import dev.mentoring.core.enrollment.EnrollmentStatus;
import dev.mentoring.core.enrollment.Profile;
import dev.mentoring.core.feedback.Survey;
import dev.mentoring.core.feedback.SurveyCheckpoint;
import dev.mentoring.core.feedback.SurveyDraft;
import dev.mentoring.core.feedback.SurveyQuestion;
import dev.mentoring.core.goal.CheckIn;
import dev.mentoring.core.goal.GoalStatus;
import dev.mentoring.core.goal.Milestone;
import dev.mentoring.core.goal.ProgressMode;
import dev.mentoring.core.meeting.MeetingStatus;
import dev.mentoring.core.pairing.Pair;
import dev.mentoring.core.pairing.PairStatus;
import dev.mentoring.core.program.EnrollmentRole;
import dev.mentoring.core.program.HealthPolicy;
import dev.mentoring.core.program.MeetingCadence;
import dev.mentoring.core.program.ProgramId;
import dev.mentoring.core.program.ProgramSpec;
import dev.mentoring.core.testing.Fixture;
import dev.mentoring.core.testing.StoreData;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The health rules of {@link PairHealth}, each at its threshold. Data is written through the store
 * SPI with chosen dates; the pair starts at {@link #S} and health is asked for as of later
 * instants.
 */
class PairHealthTest {
  /** When the pairs start: {@link StoreData#pair} starts them two days after the proposal. */
  private static final Instant S = day(2);

  private static final Duration SECOND = Duration.ofSeconds(1);

  private final Fixture f = new Fixture();
  private final StoreData data = new StoreData(f.store);
  private final ReportService reports = f.mentoring.reports();

  private Pair pair(ProgramSpec.Builder spec, PairStatus status) {
    ProgramId pid = data.program(spec.build()).id();
    data.enroll(
        pid, "mia", EnrollmentRole.MENTOR, EnrollmentStatus.APPROVED, 2, Profile.empty(), day(0));
    data.enroll(
        pid, "ned", EnrollmentRole.MENTEE, EnrollmentStatus.APPROVED, 0, Profile.empty(), day(0));
    return data.pair(pid, "mia", "ned", status, day(0), day(300));
  }

  /** An active pair of a program expecting a meeting every 14 days, with the given policy. */
  private Pair active(HealthPolicy policy) {
    return pair(ProgramSpec.builder("Pilot").healthPolicy(policy), PairStatus.ACTIVE);
  }

  /** The default policy with the share of expected meetings switched off. */
  private static HealthPolicy gapsOnly() {
    return HealthPolicy.defaults().withMeetingRatios(0, 0);
  }

  private PairHealth health(Pair p, Instant at) {
    return reports.health(SYSTEM, p.id(), at);
  }

  private PairHealth health(Pair p, Duration afterStart) {
    return health(p, S.plus(afterStart));
  }

  private static Duration days(long n) {
    return Duration.ofDays(n);
  }

  @Test
  void health_recentMeetingAndOnCadence_isHealthyWithItsFigures() {
    Pair p = active(HealthPolicy.defaults());
    data.held(p, S.plus(days(7)), 4, 5);

    PairHealth h = health(p, days(14));

    assertThat(h.status()).isEqualTo(HealthStatus.HEALTHY);
    assertThat(h.reasons()).isEmpty();
    assertThat(h.pairId()).isEqualTo(p.id());
    assertThat(h.programId()).isEqualTo(p.programId());
    assertThat(h.mentorId()).isEqualTo(id("mia"));
    assertThat(h.menteeId()).isEqualTo(id("ned"));
    assertThat(h.at()).isEqualTo(S.plus(days(14)));
    assertThat(h.pairStatus()).isEqualTo(PairStatus.ACTIVE);
    assertThat(h.startedAt()).isEqualTo(S);
    assertThat(h.meetingsHeld()).isEqualTo(1);
    assertThat(h.meetingsExpected()).isEqualTo(1);
    assertThat(h.lastMeetingAt()).isEqualTo(S.plus(days(7)));
    assertThat(h.daysSinceLastMeeting()).isEqualTo(7);
    assertThat(h.lastActivityAt()).isEqualTo(S.plus(days(7)));
    assertThat(h.goals()).isZero();
    assertThat(h.goalProgress()).isZero();
    assertThat(h.recentRatings()).isEqualTo(2);
    assertThat(h.recentRating()).isEqualTo(4.5);
    assertThat(h.poorFit()).isFalse();
  }

  @Nested
  class MeetingGaps {
    @Test
    void noMeeting_countsFromTheStart_attentionAtExactly21Days() {
      Pair p = active(gapsOnly());

      assertThat(health(p, days(21).minus(SECOND)).status()).isEqualTo(HealthStatus.HEALTHY);
      PairHealth h = health(p, days(21));
      assertThat(h.status()).isEqualTo(HealthStatus.NEEDS_ATTENTION);
      assertThat(h.signals()).containsExactly(HealthSignal.MEETING_OVERDUE);
      assertThat(h.reasons().get(0).detail())
          .isEqualTo("no meeting held for 21 days since the pair started (threshold 21 days)");
      assertThat(h.lastMeetingAt()).isNull();
      assertThat(h.daysSinceLastMeeting()).isEqualTo(21);
    }

    @Test
    void lastMeeting_atRiskAtExactly42DaysAfterIt() {
      Pair p = active(gapsOnly());
      data.held(p, S.plus(days(10)));

      assertThat(health(p, days(52).minus(SECOND)).signals())
          .containsExactly(HealthSignal.MEETING_OVERDUE);
      PairHealth h = health(p, days(52));
      assertThat(h.status()).isEqualTo(HealthStatus.AT_RISK);
      assertThat(h.signals()).containsExactly(HealthSignal.MEETING_LONG_OVERDUE);
      assertThat(h.reasons().get(0).detail())
          .isEqualTo("no meeting held for 42 days (threshold 42 days)");
    }

    @Test
    void nothingAtAll_inactiveAtExactly90Days() {
      Pair p = active(gapsOnly());

      assertThat(health(p, days(90).minus(SECOND)).status()).isEqualTo(HealthStatus.AT_RISK);
      PairHealth h = health(p, days(90));
      assertThat(h.status()).isEqualTo(HealthStatus.INACTIVE);
      assertThat(h.signals())
          .containsExactly(HealthSignal.NO_ACTIVITY, HealthSignal.MEETING_LONG_OVERDUE);
      assertThat(h.lastActivityAt()).isEqualTo(S);
    }

    @Test
    void scheduledMeetingsGoalsAndResponses_countAsActivity() {
      Pair p = active(gapsOnly());
      data.meeting(p, S.plus(days(200)), MeetingStatus.SCHEDULED, S.plus(days(60)), Map.of());

      PairHealth h = health(p, days(100));

      assertThat(h.lastActivityAt()).isEqualTo(S.plus(days(60)));
      assertThat(h.status()).isEqualTo(HealthStatus.AT_RISK);
    }

    @Test
    void cancelledAndMissedMeetings_doNotCountAsHeld() {
      Pair p = active(gapsOnly());
      data.meeting(p, S.plus(days(5)), MeetingStatus.CANCELLED, S, Map.of());
      data.meeting(p, S.plus(days(6)), MeetingStatus.NO_SHOW, S, Map.of());
      data.meeting(p, S.plus(days(7)), MeetingStatus.SCHEDULED, S, Map.of());

      PairHealth h = health(p, days(21));

      assertThat(h.meetingsHeld()).isZero();
      assertThat(h.lastMeetingAt()).isNull();
      assertThat(h.signals()).containsExactly(HealthSignal.MEETING_OVERDUE);
    }
  }

  @Nested
  class MeetingShare {
    /** A program expecting a weekly meeting, gaps out of the way with a meeting on day 27. */
    private Pair weekly(int heldBeforeDay27) {
      Pair p =
          pair(
              ProgramSpec.builder("Weekly")
                  .cadence(MeetingCadence.everyDays(7))
                  .healthPolicy(HealthPolicy.defaults()),
              PairStatus.ACTIVE);
      for (int i = 0; i < heldBeforeDay27; i++) {
        data.held(p, S.plus(days(1 + i)));
      }
      return p;
    }

    @Test
    void threeOfFour_isExactlyTheAttentionRatio_healthy() {
      Pair p = weekly(2);
      data.held(p, S.plus(days(27)));

      PairHealth h = health(p, days(28));

      assertThat(h.meetingsExpected()).isEqualTo(4);
      assertThat(h.meetingsHeld()).isEqualTo(3);
      assertThat(h.status()).isEqualTo(HealthStatus.HEALTHY);
    }

    @Test
    void twoOfFour_isBelowAttentionButAtTheRiskRatio_needsAttention() {
      Pair p = weekly(1);
      data.held(p, S.plus(days(27)));

      PairHealth h = health(p, days(28));

      assertThat(h.signals()).containsExactly(HealthSignal.TOO_FEW_MEETINGS);
      assertThat(h.reasons().get(0).detail())
          .isEqualTo("2 of 4 expected meetings held (below 75%)");
    }

    @Test
    void oneOfFour_isBelowTheRiskRatio_atRisk() {
      Pair p = weekly(0);
      data.held(p, S.plus(days(27)));

      PairHealth h = health(p, days(28));

      assertThat(h.status()).isEqualTo(HealthStatus.AT_RISK);
      assertThat(h.signals()).containsExactly(HealthSignal.FAR_TOO_FEW_MEETINGS);
    }

    @Test
    void beforeOneFullInterval_shareIsNotJudged() {
      Pair p = weekly(0);

      PairHealth h = health(p, days(7).minus(SECOND));

      assertThat(h.meetingsExpected()).isZero();
      assertThat(h.status()).isEqualTo(HealthStatus.HEALTHY);
      assertThat(health(p, days(7)).signals()).containsExactly(HealthSignal.FAR_TOO_FEW_MEETINGS);
    }
  }

  @Nested
  class Ratings {
    @Test
    void lastThreeRatedMeetings_averagingExactlyTheThreshold_needAttention() {
      Pair p = active(gapsOnly());
      data.held(p, S.plus(days(1)), 5, 5);
      data.held(p, S.plus(days(2)), 1);
      data.held(p, S.plus(days(3)));
      data.held(p, S.plus(days(4)), 2, 3);
      data.held(p, S.plus(days(5)), 2);

      PairHealth h = health(p, days(6));

      assertThat(h.recentRatings()).isEqualTo(4);
      assertThat(h.recentRating()).isEqualTo(2.0);
      assertThat(h.signals()).containsExactly(HealthSignal.LOW_RATINGS);
      assertThat(h.reasons().get(0).detail())
          .isEqualTo("the last 4 ratings average 2.00 (threshold 2)");
    }

    @Test
    void meanAboveTheThreshold_orThresholdZero_raisesNothing() {
      Pair p = active(gapsOnly());
      data.held(p, S.plus(days(1)), 2, 3);

      assertThat(health(p, days(2)).signals()).isEmpty();
      assertThat(health(p, days(2)).recentRating()).isEqualTo(2.5);

      Pair q = active(gapsOnly().withLowRating(0));
      data.held(q, S.plus(days(1)), 1, 1);
      assertThat(health(q, days(2)).signals()).isEmpty();
    }

    @Test
    void noRatings_meanIsZeroAndNothingRaised() {
      Pair p = active(gapsOnly());
      data.held(p, S.plus(days(1)));

      PairHealth h = health(p, days(2));

      assertThat(h.recentRatings()).isZero();
      assertThat(h.recentRating()).isZero();
      assertThat(h.signals()).isEmpty();
    }
  }

  @Nested
  class Goals {
    @Test
    void activeGoalWithoutStep_stalledAtExactly30Days() {
      Pair p =
          active(gapsOnly().withMeetingGaps(days(300), days(300)).withInactiveAfter(days(300)));
      data.activeGoal(p, S);

      assertThat(health(p, days(30).minus(SECOND)).signals()).isEmpty();
      PairHealth h = health(p, days(30));
      assertThat(h.signals()).containsExactly(HealthSignal.GOAL_STALLED);
      assertThat(h.reasons().get(0).detail())
          .isEqualTo("1 active goal has had no check-in or completed milestone for 30 days");
    }

    @Test
    void checkInOrMilestone_restartsTheClock() {
      HealthPolicy policy =
          gapsOnly().withMeetingGaps(days(300), days(300)).withInactiveAfter(days(300));
      Pair p = active(policy);
      data.activeGoal(p, S, new CheckIn(S.plus(days(10)), id("ned"), "on track", 20));
      data.goal(
          p,
          GoalStatus.ACTIVE,
          ProgressMode.MILESTONES,
          50,
          List.of(
              new Milestone("a", LocalDate.of(2026, 3, 1), S.plus(days(20))),
              Milestone.open("b", LocalDate.of(2026, 4, 1))),
          List.of(),
          LocalDate.of(2026, 6, 1),
          S,
          S);

      assertThat(health(p, days(39)).signals()).isEmpty();
      assertThat(health(p, days(40)).reasons().get(0).detail()).startsWith("1 active goal");
      assertThat(health(p, days(50)).reasons().get(0).detail()).startsWith("2 active goals");
    }

    @Test
    void draftAndClosedGoals_neverStall_achievedOnesCountTowardsProgress() {
      Pair p =
          active(gapsOnly().withMeetingGaps(days(300), days(300)).withInactiveAfter(days(300)));
      LocalDate target = LocalDate.of(2026, 6, 1);
      data.goal(p, GoalStatus.DRAFT, ProgressMode.MANUAL, 0, List.of(), List.of(), target, S, S);
      data.goal(
          p,
          GoalStatus.ACHIEVED,
          ProgressMode.MANUAL,
          100,
          List.of(),
          List.of(),
          target,
          S,
          S.plus(days(5)));
      data.goal(
          p,
          GoalStatus.ABANDONED,
          ProgressMode.MANUAL,
          10,
          List.of(),
          List.of(),
          target,
          S,
          S.plus(days(5)));

      PairHealth h = health(p, days(60));

      assertThat(h.signals()).isEmpty();
      assertThat(h.goals()).isEqualTo(1);
      assertThat(h.goalProgress()).isEqualTo(100);
    }

    @Test
    void progressAsOfAnEarlierInstant_isRebuiltFromTheDatedHistory() {
      Pair p = active(gapsOnly());
      data.activeGoal(
          p,
          S,
          new CheckIn(S.plus(days(1)), id("ned"), "started", 20),
          new CheckIn(S.plus(days(5)), id("ned"), "half way", 50));
      data.goal(
          p,
          GoalStatus.ACHIEVED,
          ProgressMode.MILESTONES,
          100,
          List.of(
              new Milestone("a", LocalDate.of(2026, 3, 1), S.plus(days(2))),
              new Milestone("b", LocalDate.of(2026, 3, 1), S.plus(days(6)))),
          List.of(),
          LocalDate.of(2026, 6, 1),
          S,
          S.plus(days(6)));

      assertThat(health(p, days(3)).goalProgress()).isEqualTo((20 + 50) / 2.0);
      assertThat(health(p, days(7)).goalProgress()).isEqualTo((50 + 100) / 2.0);
      assertThat(health(p, days(0)).goalProgress()).isZero();
      assertThat(health(p, days(0)).goals()).isEqualTo(2);
    }
  }

  @Nested
  class Fit {
    private Survey fitSurvey(ProgramId pid, boolean anonymous) {
      return data.survey(
          pid,
          SurveyDraft.builder("Fit", SurveyCheckpoint.EARLY_FIT_CHECK)
              .question(SurveyQuestion.fit("fit", "Is this a good fit?"))
              .anonymous(anonymous)
              .build(),
          S);
    }

    private void answer(Survey s, Pair p, String who, int value, Instant at) {
      data.respond(s, who, p.id(), null, at, Map.of("fit", Answer.number(value)));
    }

    @Test
    void poorFitAnswer_putsThePairAtRisk_untilThatSideAnswersBetter() {
      Pair p = active(gapsOnly());
      Survey s = fitSurvey(p.programId(), false);
      answer(s, p, "ned", 2, S.plus(days(3)));

      PairHealth h = health(p, days(4));
      assertThat(h.status()).isEqualTo(HealthStatus.AT_RISK);
      assertThat(h.poorFit()).isTrue();
      assertThat(h.signals()).containsExactly(HealthSignal.POOR_FIT);
      assertThat(h.lastActivityAt()).isEqualTo(S.plus(days(3)));

      answer(s, p, "mia", 5, S.plus(days(5)));
      assertThat(health(p, days(6)).poorFit()).isTrue();

      Survey again = fitSurvey(p.programId(), false);
      answer(again, p, "ned", 4, S.plus(days(8)));
      assertThat(health(p, days(9)).poorFit()).isFalse();
      assertThat(health(p, days(7)).poorFit()).as("as of before the better answer").isTrue();
    }

    @Test
    void anonymousSurveys_neverReachAPairsHealth() {
      Pair p = active(gapsOnly());
      Survey s = fitSurvey(p.programId(), true);
      answer(s, p, "ned", 1, S.plus(days(3)));

      PairHealth h = health(p, days(4));

      assertThat(h.poorFit()).isFalse();
      assertThat(h.lastActivityAt()).isEqualTo(S);
    }
  }

  @Nested
  class Paused {
    @Test
    void pausedPair_meetingAndGoalSignalsHeld_reportsPaused() {
      Pair p = pair(ProgramSpec.builder("Pilot"), PairStatus.PAUSED);
      data.activeGoal(p, S);

      PairHealth h = health(p, days(60));

      assertThat(h.pairStatus()).isEqualTo(PairStatus.PAUSED);
      assertThat(h.status()).isEqualTo(HealthStatus.HEALTHY);
      assertThat(h.signals()).containsExactly(HealthSignal.PAUSED);
      assertThat(h.meetingsExpected()).isEqualTo(4);
    }

    @Test
    void pausedPair_stillInactiveAfterTheThreshold_andAtRiskOnPoorFit() {
      Pair p = pair(ProgramSpec.builder("Pilot"), PairStatus.PAUSED);

      assertThat(health(p, days(90)).signals())
          .containsExactly(HealthSignal.NO_ACTIVITY, HealthSignal.PAUSED);
      assertThat(health(p, days(90)).status()).isEqualTo(HealthStatus.INACTIVE);
    }
  }

  @Test
  void endedPair_asOfWhileItRan_isRebuiltAsActive() {
    Pair p = pair(ProgramSpec.builder("Pilot"), PairStatus.COMPLETED);

    PairHealth h = health(p, days(10));

    assertThat(h.pairStatus()).isEqualTo(PairStatus.ACTIVE);
    assertThat(h.startedAt()).isEqualTo(S);
  }
}
