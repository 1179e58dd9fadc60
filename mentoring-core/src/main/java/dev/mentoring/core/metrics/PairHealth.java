package dev.mentoring.core.metrics;

import static java.util.Objects.requireNonNull;

import dev.mentoring.core.ParticipantId;
import dev.mentoring.core.pairing.PairId;
import dev.mentoring.core.pairing.PairStatus;
import dev.mentoring.core.program.ProgramId;
import java.time.Instant;
import java.util.List;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * How a pair is doing as of an instant: its {@link HealthStatus}, the {@linkplain HealthReason
 * reasons} for it, and the figures they were judged on. Only a pair that is ACTIVE or PAUSED at
 * that instant has a health.
 *
 * <p>Health is a pure function of the stored data and the instant {@code at}: activity dated after
 * {@code at} (meetings starting later, later check-ins, milestones and survey responses, goals
 * created later) is ignored, so the health of a past instant can be computed again and comes out
 * the same. It reads:
 *
 * <ul>
 *   <li>meetings by their start: a meeting counts once it has started, in its stored status; HELD
 *       meetings are the ones that took place;
 *   <li>the expected meetings: one per interval of the program's {@link
 *       dev.mentoring.core.program.MeetingCadence} since the pair started, whole intervals only;
 *       the share held is judged once at least one interval has passed;
 *   <li>recent ratings: every rating given to the last {@value #RATED_MEETINGS} held meetings that
 *       have one;
 *   <li>goals created by {@code at} that were agreed on (not DRAFT) and not abandoned by then;
 *       their progress as of {@code at} is the one stored if it has not changed since, otherwise it
 *       is rebuilt from the dated history: milestones completed by {@code at}, or the progress of
 *       the last check-in by {@code at}. A progress set by hand without a check-in carries no date;
 *   <li>"not a good fit" answers to the fit questions of non-anonymous surveys; answers to
 *       anonymous surveys never reach a single pair's health.
 * </ul>
 *
 * <p>A PAUSED pair is on hold by agreement: its meeting signals and stalled goals are not raised
 * (the pause is reported as {@link HealthSignal#PAUSED}), while low ratings, a poor fit and
 * inactivity still are. Only the current pause is dated ({@code Pair.pausedAt()}): a pair counts as
 * PAUSED from the moment that pause began, and the expected meetings include paused time. Stored
 * states without a date (a goal's activation) are read as they are now.
 *
 * @param pairId the pair
 * @param programId the pair's program
 * @param mentorId the mentor
 * @param menteeId the mentee
 * @param at the instant the health is computed as of
 * @param pairStatus the pair's status at {@code at}: ACTIVE or PAUSED
 * @param status the worst status of the reasons; HEALTHY without reasons
 * @param reasons the raised signals, one reason each, in {@link HealthSignal} order
 * @param startedAt when the pair became active, not after {@code at}
 * @param meetingsHeld meetings held that started by {@code at}
 * @param meetingsExpected whole cadence intervals from {@code startedAt} to {@code at}
 * @param lastMeetingAt the start of the last held meeting by {@code at}, or {@code null} if none
 * @param daysSinceLastMeeting whole days from {@code lastMeetingAt}, or from {@code startedAt} if
 *     none, to {@code at}
 * @param lastActivityAt the latest activity by {@code at}, or {@code startedAt} if none came later
 * @param goals how many goals count towards {@code goalProgress}
 * @param goalProgress the mean progress of those goals, 0 to 100; 0 when {@code goals} is 0
 * @param recentRatings how many ratings {@code recentRating} averages
 * @param recentRating the mean of the recent ratings, 1 to 5; 0 when {@code recentRatings} is 0
 * @param poorFit whether a side's latest answer to a fit question says "not a good fit"
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record PairHealth(
    PairId pairId,
    ProgramId programId,
    ParticipantId mentorId,
    ParticipantId menteeId,
    Instant at,
    PairStatus pairStatus,
    HealthStatus status,
    List<HealthReason> reasons,
    Instant startedAt,
    int meetingsHeld,
    int meetingsExpected,
    @Nullable Instant lastMeetingAt,
    long daysSinceLastMeeting,
    Instant lastActivityAt,
    int goals,
    double goalProgress,
    int recentRatings,
    double recentRating,
    boolean poorFit) {

  /** How many of the last rated meetings the recent rating averages. */
  public static final int RATED_MEETINGS = 3;

  /**
   * Checks the components and copies the reasons.
   *
   * @param pairId the pair
   * @param programId the pair's program
   * @param mentorId the mentor
   * @param menteeId the mentee
   * @param at the instant the health is computed as of
   * @param pairStatus the pair's status at {@code at}: ACTIVE or PAUSED
   * @param status the worst status of the reasons; HEALTHY without reasons
   * @param reasons the raised signals, one reason each, in {@link HealthSignal} order
   * @param startedAt when the pair became active, not after {@code at}
   * @param meetingsHeld meetings held that started by {@code at}
   * @param meetingsExpected whole cadence intervals from {@code startedAt} to {@code at}
   * @param lastMeetingAt the start of the last held meeting by {@code at}, or {@code null} if none
   * @param daysSinceLastMeeting whole days from {@code lastMeetingAt}, or from {@code startedAt} if
   *     none, to {@code at}
   * @param lastActivityAt the latest activity by {@code at}, or {@code startedAt} if none came
   *     later
   * @param goals how many goals count towards {@code goalProgress}
   * @param goalProgress the mean progress of those goals, 0 to 100; 0 when {@code goals} is 0
   * @param recentRatings how many ratings {@code recentRating} averages
   * @param recentRating the mean of the recent ratings, 1 to 5; 0 when {@code recentRatings} is 0
   * @param poorFit whether a side's latest answer to a fit question says "not a good fit"
   * @throws NullPointerException if a non-nullable component is null or {@code reasons} holds null
   * @throws IllegalArgumentException if {@code pairStatus} is neither ACTIVE nor PAUSED, {@code
   *     status} is not the worst of the reasons, the reasons repeat a signal or are out of order, a
   *     count is negative, a mean is out of its range, or an instant lies after {@code at} or
   *     before {@code startedAt}
   */
  public PairHealth {
    requireNonNull(pairId, "pairId");
    requireNonNull(programId, "programId");
    requireNonNull(mentorId, "mentorId");
    requireNonNull(menteeId, "menteeId");
    requireNonNull(at, "at");
    requireNonNull(pairStatus, "pairStatus");
    if (pairStatus != PairStatus.ACTIVE && pairStatus != PairStatus.PAUSED) {
      throw new IllegalArgumentException(
          "only an ACTIVE or PAUSED pair has a health: " + pairStatus);
    }
    requireNonNull(status, "status");
    reasons = List.copyOf(reasons);
    HealthStatus worst = HealthStatus.HEALTHY;
    HealthSignal previous = null;
    for (HealthReason r : reasons) {
      if (previous != null && r.signal().compareTo(previous) <= 0) {
        throw new IllegalArgumentException(
            "reasons must name distinct signals in HealthSignal order: " + reasons);
      }
      previous = r.signal();
      worst = r.status().isWorseThan(worst) ? r.status() : worst;
    }
    if (status != worst) {
      throw new IllegalArgumentException(
          "status is " + status + " but the worst reason gives " + worst);
    }
    requireNonNull(startedAt, "startedAt");
    requireNonNull(lastActivityAt, "lastActivityAt");
    requireWithin("startedAt", startedAt, startedAt, at);
    requireWithin("lastActivityAt", lastActivityAt, startedAt, at);
    if (lastMeetingAt != null && lastMeetingAt.isAfter(at)) {
      throw new IllegalArgumentException("lastMeetingAt " + lastMeetingAt + " is after at " + at);
    }
    if (meetingsHeld < 0 || meetingsExpected < 0 || daysSinceLastMeeting < 0 || goals < 0) {
      throw new IllegalArgumentException(
          "counts must not be negative: meetingsHeld "
              + meetingsHeld
              + ", meetingsExpected "
              + meetingsExpected
              + ", daysSinceLastMeeting "
              + daysSinceLastMeeting
              + ", goals "
              + goals);
    }
    if (!(goalProgress >= 0 && goalProgress <= 100) || (goals == 0 && goalProgress != 0)) {
      throw new IllegalArgumentException(
          "goalProgress must be 0 to 100, and 0 without goals: " + goalProgress);
    }
    if (recentRatings < 0) {
      throw new IllegalArgumentException("recentRatings is negative: " + recentRatings);
    }
    boolean ratingFits =
        recentRatings == 0 ? recentRating == 0 : recentRating >= 1 && recentRating <= 5;
    if (!ratingFits) {
      throw new IllegalArgumentException(
          "recentRating must be 1 to 5, and 0 without ratings: " + recentRating);
    }
  }

  private static void requireWithin(String name, Instant value, Instant from, Instant to) {
    if (value.isBefore(from) || value.isAfter(to)) {
      throw new IllegalArgumentException(name + " " + value + " is outside " + from + " to " + to);
    }
  }

  /**
   * Tells whether a signal was raised.
   *
   * @param signal the signal
   * @return whether a reason names it
   */
  public boolean has(HealthSignal signal) {
    requireNonNull(signal, "signal");
    for (HealthReason r : reasons) {
      if (r.signal() == signal) {
        return true;
      }
    }
    return false;
  }

  /**
   * Returns the raised signals.
   *
   * @return the signals of the reasons, in order
   */
  public List<HealthSignal> signals() {
    return reasons.stream().map(HealthReason::signal).toList();
  }
}
