package dev.mentoring.core.internal;

import static java.util.Objects.requireNonNull;

import dev.mentoring.core.ParticipantId;
import dev.mentoring.core.enrollment.Answer;
import dev.mentoring.core.feedback.Survey;
import dev.mentoring.core.feedback.SurveyId;
import dev.mentoring.core.feedback.SurveyQuestion;
import dev.mentoring.core.feedback.SurveyResponse;
import dev.mentoring.core.goal.Goal;
import dev.mentoring.core.goal.GoalStatus;
import dev.mentoring.core.meeting.Meeting;
import dev.mentoring.core.meeting.MeetingStatus;
import dev.mentoring.core.metrics.HealthReason;
import dev.mentoring.core.metrics.HealthSignal;
import dev.mentoring.core.metrics.HealthStatus;
import dev.mentoring.core.metrics.PairHealth;
import dev.mentoring.core.pairing.Pair;
import dev.mentoring.core.pairing.PairStatus;
import dev.mentoring.core.program.HealthPolicy;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Computes a pair's health: a pure function of the pair, its meetings, goals and survey responses,
 * the program's surveys, policy and cadence, and the instant. The order of the collections does not
 * matter. See {@link PairHealth} for the rules.
 */
final class Health {
  private static final Comparator<Meeting> LATEST_FIRST =
      Comparator.comparing(Meeting::start).thenComparing(Meeting::id).reversed();

  private Health() {}

  /**
   * Computes the health of a pair that is ACTIVE or PAUSED at {@code at}.
   *
   * @param status the pair's status at {@code at}, from {@link AsOf#pairStatus}
   */
  static PairHealth of(
      Pair pair,
      PairStatus status,
      Collection<Meeting> meetings,
      Collection<Goal> goals,
      Collection<SurveyResponse> responses,
      Map<SurveyId, Survey> surveys,
      HealthPolicy policy,
      Duration cadence,
      Instant at) {
    Instant startedAt = requireNonNull(pair.startedAt(), "an ACTIVE or PAUSED pair has started");
    Instant lastActivity = startedAt;

    // Meetings: held ones by their start, scheduling as activity, the last rated ones.
    int held = 0;
    Instant lastHeld = null;
    List<Meeting> rated = new ArrayList<>();
    for (Meeting m : meetings) {
      if (!m.createdAt().isAfter(at)) {
        lastActivity = AsOf.latest(lastActivity, m.createdAt());
      }
      if (m.status() == MeetingStatus.HELD && !m.start().isAfter(at)) {
        held++;
        lastHeld = lastHeld == null ? m.start() : AsOf.latest(lastHeld, m.start());
        lastActivity = AsOf.latest(lastActivity, m.start());
        if (!m.ratings().isEmpty()) {
          rated.add(m);
        }
      }
    }
    rated.sort(LATEST_FIRST);
    int ratingCount = 0;
    int ratingSum = 0;
    for (Meeting m : rated.subList(0, Math.min(PairHealth.RATED_MEETINGS, rated.size()))) {
      for (int r : m.ratings().values()) {
        ratingCount++;
        ratingSum += r;
      }
    }
    double recentRating = ratingCount == 0 ? 0 : (double) ratingSum / ratingCount;

    // Goals: agreed and achieved ones count towards progress, active ones may stall.
    int counted = 0;
    long progressSum = 0;
    int stalled = 0;
    for (Goal g : goals) {
      if (g.createdAt().isAfter(at)) {
        continue;
      }
      lastActivity = AsOf.latest(lastActivity, AsOf.lastGoalStep(g, at));
      Instant closedAt = g.closedAt();
      if (closedAt != null && !closedAt.isAfter(at)) {
        lastActivity = AsOf.latest(lastActivity, closedAt);
      }
      boolean active = AsOf.active(g, at);
      if (active || (AsOf.closed(g, at) && g.status() == GoalStatus.ACHIEVED)) {
        counted++;
        progressSum += AsOf.goalProgress(g, at);
      }
      if (active && reached(AsOf.lastGoalStep(g, at), at, policy.goalStalledAfter())) {
        stalled++;
      }
    }
    double goalProgress = counted == 0 ? 0 : (double) progressSum / counted;

    // Survey responses about the pair: activity, and each side's latest fit answer. Anonymous
    // surveys never reach a single pair's health.
    Map<ParticipantId, SurveyResponse> latestFit = new HashMap<>();
    Map<ParticipantId, Boolean> poorFitOf = new HashMap<>();
    for (SurveyResponse r : responses) {
      Survey survey = surveys.get(r.surveyId());
      if (r.submittedAt().isAfter(at) || survey == null || survey.anonymous()) {
        continue;
      }
      lastActivity = AsOf.latest(lastActivity, r.submittedAt());
      SurveyQuestion fit = survey.fitQuestion().orElse(null);
      Answer answer = fit == null ? null : r.answers().get(fit.key());
      if (fit == null || answer == null) {
        continue;
      }
      SurveyResponse previous = latestFit.get(r.respondentId());
      if (previous == null || later(r, previous)) {
        latestFit.put(r.respondentId(), r);
        poorFitOf.put(r.respondentId(), fit.signalsPoorFit(answer));
      }
    }
    boolean poorFit = poorFitOf.containsValue(true);

    Duration sinceMeeting = Duration.between(lastHeld == null ? startedAt : lastHeld, at);
    long daysSinceMeeting = sinceMeeting.toDays();
    long expectedLong = Duration.between(startedAt, at).dividedBy(cadence);
    int expected = (int) Math.min(Integer.MAX_VALUE, expectedLong);

    Map<HealthSignal, String> raised = new EnumMap<>(HealthSignal.class);
    Duration idle = Duration.between(lastActivity, at);
    if (reached(lastActivity, at, policy.inactiveAfter())) {
      raised.put(
          HealthSignal.NO_ACTIVITY,
          "no activity for " + elapsed(idle) + " (threshold " + days(policy.inactiveAfter()) + ")");
    }
    if (poorFit) {
      raised.put(HealthSignal.POOR_FIT, "a side's latest fit answer says not a good fit");
    }
    if (status == PairStatus.ACTIVE) {
      String since = lastHeld == null ? " since the pair started" : "";
      if (sinceMeeting.compareTo(policy.atRiskAfter()) >= 0) {
        raised.put(
            HealthSignal.MEETING_LONG_OVERDUE,
            "no meeting held for "
                + elapsed(sinceMeeting)
                + since
                + " (threshold "
                + days(policy.atRiskAfter())
                + ")");
      } else if (sinceMeeting.compareTo(policy.attentionAfter()) >= 0) {
        raised.put(
            HealthSignal.MEETING_OVERDUE,
            "no meeting held for "
                + elapsed(sinceMeeting)
                + since
                + " (threshold "
                + days(policy.attentionAfter())
                + ")");
      }
      if (expected > 0) {
        double share = (double) held / expected;
        if (share < policy.atRiskMeetingRatio()) {
          raised.put(
              HealthSignal.FAR_TOO_FEW_MEETINGS,
              meetingShare(held, expected, policy.atRiskMeetingRatio()));
        } else if (share < policy.attentionMeetingRatio()) {
          raised.put(
              HealthSignal.TOO_FEW_MEETINGS,
              meetingShare(held, expected, policy.attentionMeetingRatio()));
        }
      }
      if (stalled > 0) {
        raised.put(
            HealthSignal.GOAL_STALLED,
            stalled
                + (stalled == 1 ? " active goal has" : " active goals have")
                + " had no check-in or completed milestone for "
                + days(policy.goalStalledAfter()));
      }
    }
    if (ratingCount > 0 && recentRating <= policy.lowRating()) {
      raised.put(
          HealthSignal.LOW_RATINGS,
          String.format(
              Locale.ROOT,
              "the last %d ratings average %.2f (threshold %d)",
              ratingCount,
              recentRating,
              policy.lowRating()));
    }
    if (status == PairStatus.PAUSED) {
      raised.put(
          HealthSignal.PAUSED, "the pair is on hold; meeting and goal signals are not raised");
    }

    List<HealthReason> reasons = new ArrayList<>();
    HealthStatus worst = HealthStatus.HEALTHY;
    for (Map.Entry<HealthSignal, String> e : raised.entrySet()) {
      reasons.add(new HealthReason(e.getKey(), e.getValue()));
      worst = e.getKey().status().isWorseThan(worst) ? e.getKey().status() : worst;
    }
    return new PairHealth(
        pair.id(),
        pair.programId(),
        pair.mentorId(),
        pair.menteeId(),
        at,
        status,
        worst,
        reasons,
        startedAt,
        held,
        expected,
        lastHeld,
        daysSinceMeeting,
        lastActivity,
        counted,
        goalProgress,
        ratingCount,
        recentRating,
        poorFit);
  }

  /**
   * Whether {@code threshold} has passed from {@code since} to {@code at}: reached at its value.
   */
  private static boolean reached(Instant since, Instant at, Duration threshold) {
    return Duration.between(since, at).compareTo(threshold) >= 0;
  }

  private static boolean later(SurveyResponse a, SurveyResponse b) {
    int byTime = a.submittedAt().compareTo(b.submittedAt());
    return byTime != 0 ? byTime > 0 : a.id().compareTo(b.id()) > 0;
  }

  private static String meetingShare(int held, int expected, double threshold) {
    return String.format(
        Locale.ROOT,
        "%d of %d expected meetings held (below %.0f%%)",
        held,
        expected,
        threshold * 100);
  }

  /** An elapsed time in whole days, rounded down. */
  private static String elapsed(Duration d) {
    long n = d.toDays();
    return n == 1 ? "1 day" : n + " days";
  }

  /** A threshold in days, or in ISO-8601 if it is not a whole number of days. */
  private static String days(Duration d) {
    if (d.equals(Duration.ofDays(d.toDays()))) {
      return d.toDays() == 1 ? "1 day" : d.toDays() + " days";
    }
    return d.toString();
  }

  static @Nullable PairStatus runningStatus(Pair pair, Instant at) {
    PairStatus s = AsOf.pairStatus(pair, at);
    return s == PairStatus.ACTIVE || s == PairStatus.PAUSED ? s : null;
  }
}
