package dev.mentoring.core.program;

import static java.util.Objects.requireNonNull;

import dev.mentoring.core.internal.EnumSets;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Set;
import org.apiguardian.api.API;
import org.hibernate.validator.constraints.time.DurationMax;
import org.hibernate.validator.constraints.time.DurationMin;

/**
 * How pairs are made and confirmed in a program.
 *
 * <p>A proposed pair becomes accepted once every side in {@code approvals} has accepted it; the
 * side that proposes a pair (an administrator pairing by hand, a mentee sending a request) counts
 * as having accepted. With no approvals required a proposal is accepted at once. A proposal not
 * accepted within {@code requestExpiry} expires.
 *
 * @param mode who creates pairs
 * @param approvals the sides that must accept a proposal
 * @param requestExpiry how long a proposal stays open, 1 hour to 365 days
 * @param defaultMentorCapacity the capacity of a mentor who states none, 0 to 100
 * @param maxMentorsPerMentee how many committed pairs a mentee may have at once, 1 to 10
 * @param allowRepeatPairs whether a mentor and mentee whose earlier pair ended may be paired again
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public record MatchingPolicy(
    MatchingMode mode,
    Set<ApprovalSide> approvals,
    @DurationMin(hours = 1, message = "must be at least 1 hour")
        @DurationMax(days = 365, message = "must be at most 365 days")
        Duration requestExpiry,
    @Min(0) @Max(100) int defaultMentorCapacity,
    @Min(1) @Max(10) int maxMentorsPerMentee,
    boolean allowRepeatPairs) {

  /**
   * Checks nulls and copies the set.
   *
   * @param mode who creates pairs
   * @param approvals the sides that must accept a proposal
   * @param requestExpiry how long a proposal stays open, 1 hour to 365 days
   * @param defaultMentorCapacity the capacity of a mentor who states none, 0 to 100
   * @param maxMentorsPerMentee how many committed pairs a mentee may have at once, 1 to 10
   * @param allowRepeatPairs whether a mentor and mentee whose earlier pair ended may be paired
   *     again
   * @throws NullPointerException if a component is null
   */
  public MatchingPolicy {
    requireNonNull(mode, "mode");
    approvals = EnumSets.copyOf(approvals);
    requireNonNull(requestExpiry, "requestExpiry");
  }

  /**
   * Returns the defaults: automatic matching approved by mentor and mentee, proposals open for 7
   * days, mentor capacity 2, one mentor per mentee, no repeat pairs.
   *
   * @return the default policy
   */
  public static MatchingPolicy defaults() {
    return new MatchingPolicy(
        MatchingMode.AUTOMATIC_WITH_APPROVAL,
        EnumSet.of(ApprovalSide.MENTOR, ApprovalSide.MENTEE),
        Duration.ofDays(7),
        2,
        1,
        false);
  }

  /**
   * Returns this policy with another mode.
   *
   * @param newMode the mode
   * @return the changed policy
   */
  public MatchingPolicy withMode(MatchingMode newMode) {
    return new MatchingPolicy(
        newMode,
        approvals,
        requestExpiry,
        defaultMentorCapacity,
        maxMentorsPerMentee,
        allowRepeatPairs);
  }

  /**
   * Returns this policy with other required approvals.
   *
   * @param newApprovals the sides that must accept; empty for none
   * @return the changed policy
   */
  public MatchingPolicy withApprovals(Set<ApprovalSide> newApprovals) {
    return new MatchingPolicy(
        mode,
        newApprovals,
        requestExpiry,
        defaultMentorCapacity,
        maxMentorsPerMentee,
        allowRepeatPairs);
  }

  /**
   * Returns this policy with another request expiry.
   *
   * @param newExpiry how long proposals stay open
   * @return the changed policy
   */
  public MatchingPolicy withRequestExpiry(Duration newExpiry) {
    return new MatchingPolicy(
        mode, approvals, newExpiry, defaultMentorCapacity, maxMentorsPerMentee, allowRepeatPairs);
  }

  /**
   * Returns this policy with another default mentor capacity.
   *
   * @param capacity the capacity of a mentor who states none
   * @return the changed policy
   */
  public MatchingPolicy withDefaultMentorCapacity(int capacity) {
    return new MatchingPolicy(
        mode, approvals, requestExpiry, capacity, maxMentorsPerMentee, allowRepeatPairs);
  }

  /**
   * Returns this policy with another limit of mentors per mentee.
   *
   * @param max how many committed pairs a mentee may have
   * @return the changed policy
   */
  public MatchingPolicy withMaxMentorsPerMentee(int max) {
    return new MatchingPolicy(
        mode, approvals, requestExpiry, defaultMentorCapacity, max, allowRepeatPairs);
  }

  /**
   * Returns this policy with repeat pairs allowed or not.
   *
   * @param allow whether ended pairs may be formed again
   * @return the changed policy
   */
  public MatchingPolicy withRepeatPairs(boolean allow) {
    return new MatchingPolicy(
        mode, approvals, requestExpiry, defaultMentorCapacity, maxMentorsPerMentee, allow);
  }
}
