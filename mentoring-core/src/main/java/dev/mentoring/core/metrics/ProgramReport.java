package dev.mentoring.core.metrics;

import static java.util.Objects.requireNonNull;

import dev.mentoring.core.enrollment.EnrollmentStatus;
import dev.mentoring.core.feedback.NetPromoterScore;
import dev.mentoring.core.meeting.MeetingStatus;
import dev.mentoring.core.pairing.PairStatus;
import dev.mentoring.core.program.EnrollmentRole;
import dev.mentoring.core.program.ProgramId;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * How a program is doing as of an instant {@code at}, computed from the stored data alone. Plain
 * values: counts, {@linkplain Ratio ratios} that keep both counts, a median or two, and the {@link
 * NetPromoterScore}. Each count map holds every constant of its enum, in declaration order, zeros
 * included.
 *
 * <p>What is counted, and as of when:
 *
 * <ul>
 *   <li><b>enrollments</b>: those applied by {@code at}, by role and by their stored status
 *       (enrollment decisions carry no date);
 *   <li><b>match rate</b>: mentees (role MENTEE, or MENTOR_AND_MENTEE) with a pair accepted by
 *       {@code at}, whatever became of it, over those plus the <em>waiting</em> mentees: approved
 *       ones with no pair accepted by then;
 *   <li><b>median time to match</b>: from a matched mentee's application to the acceptance of their
 *       first pair; {@code null} when nobody is matched;
 *   <li><b>mentor utilisation</b>: places used over places offered by approved mentors (role MENTOR
 *       or MENTOR_AND_MENTEE): the capacities they offer, and the pairs each holds that are
 *       ACCEPTED, ACTIVE or PAUSED at {@code at}, up to their capacity;
 *   <li><b>pairs</b>: those proposed by {@code at}, by their status at {@code at}, rebuilt from the
 *       pair's dates (a pair that ended later counts as it was then; a pair paused later counts as
 *       ACTIVE; earlier pauses that ended are not recorded); <b>health</b>: the {@link PairHealth}
 *       of every ACTIVE and PAUSED one among them, so the health counts add up to those two;
 *   <li><b>meetings</b>: those started by {@code at}, by stored status (SCHEDULED means not yet
 *       recorded as held, missed or cancelled); <b>meetings per pair</b>: held meetings of pairs
 *       that had started by {@code at} over those pairs, and the median of the same counts;
 *   <li><b>goal completion</b>: goals created and achieved by {@code at}, over the goals created by
 *       then that were <em>due</em>: closed (achieved or abandoned) by {@code at}, or still open
 *       with their target date before {@code at}'s date in UTC;
 *   <li><b>average rating</b>: the sum of the ratings of held meetings started by {@code at} over
 *       their number;
 *   <li><b>NPS</b>: every answer to an NPS question submitted by {@code at}; the answers of an
 *       anonymous survey count only once it has {@value
 *       dev.mentoring.core.feedback.SurveySummary#MIN_ANONYMOUS_GROUP} responses, as its summary
 *       shows nothing before;
 *   <li><b>surveys</b>: a {@link SurveyResponseRate} for each survey opened by {@code at}, in
 *       creation order.
 * </ul>
 *
 * <p>Private meeting notes and free-text answers are never read, and anonymous answers reach a
 * report only in aggregate. Value-based and immutable.
 *
 * @param programId the program
 * @param at the instant the report is computed as of
 * @param enrollments enrollments by role, then by status
 * @param matchRate matched mentees over matched plus waiting mentees
 * @param medianTimeToMatch the median time from application to first accepted pair of matched
 *     mentees, or {@code null} if nobody is matched
 * @param mentorUtilisation places used over places offered by approved mentors
 * @param pairs pairs by their status at {@code at}
 * @param health ACTIVE and PAUSED pairs by health status
 * @param meetings meetings started by {@code at}, by status
 * @param meetingsPerPair held meetings of started pairs over started pairs
 * @param medianMeetingsPerPair the median of held meetings per started pair; 0 without started
 *     pairs
 * @param goalCompletion achieved goals over due goals
 * @param averageRating the sum of meeting ratings over their number
 * @param nps the Net Promoter Score of the NPS answers
 * @param surveys the response rate of each survey opened by {@code at}
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record ProgramReport(
    ProgramId programId,
    Instant at,
    Map<EnrollmentRole, Map<EnrollmentStatus, Integer>> enrollments,
    Ratio matchRate,
    @Nullable Duration medianTimeToMatch,
    Ratio mentorUtilisation,
    Map<PairStatus, Integer> pairs,
    Map<HealthStatus, Integer> health,
    Map<MeetingStatus, Integer> meetings,
    Ratio meetingsPerPair,
    double medianMeetingsPerPair,
    Ratio goalCompletion,
    Ratio averageRating,
    NetPromoterScore nps,
    List<SurveyResponseRate> surveys) {

  /**
   * Checks the components and copies the maps and the list.
   *
   * @param programId the program
   * @param at the instant the report is computed as of
   * @param enrollments enrollments by role, then by status
   * @param matchRate matched mentees over matched plus waiting mentees
   * @param medianTimeToMatch the median time from application to first accepted pair of matched
   *     mentees, or {@code null} if nobody is matched
   * @param mentorUtilisation places used over places offered by approved mentors
   * @param pairs pairs by their status at {@code at}
   * @param health ACTIVE and PAUSED pairs by health status
   * @param meetings meetings started by {@code at}, by status
   * @param meetingsPerPair held meetings of started pairs over started pairs
   * @param medianMeetingsPerPair the median of held meetings per started pair; 0 without started
   *     pairs
   * @param goalCompletion achieved goals over due goals
   * @param averageRating the sum of meeting ratings over their number
   * @param nps the Net Promoter Score of the NPS answers
   * @param surveys the response rate of each survey opened by {@code at}
   * @throws NullPointerException if a non-nullable component, a map key or count, or a list element
   *     is null
   * @throws IllegalArgumentException if a count is negative, the health counts do not add up to the
   *     ACTIVE and PAUSED pairs, a share exceeds 1 (match rate, mentor utilisation, goal
   *     completion), the median time to match is negative or set without matched mentees, or the
   *     median of meetings per pair is negative or set without started pairs
   */
  public ProgramReport {
    requireNonNull(programId, "programId");
    requireNonNull(at, "at");
    enrollments = enrollmentCounts(enrollments);
    requireNonNull(matchRate, "matchRate");
    requireShare("matchRate", matchRate);
    if (medianTimeToMatch != null
        && (medianTimeToMatch.isNegative() || matchRate.numerator() == 0)) {
      throw new IllegalArgumentException(
          "medianTimeToMatch must not be negative, and is null without matched mentees: "
              + medianTimeToMatch);
    }
    requireNonNull(mentorUtilisation, "mentorUtilisation");
    requireShare("mentorUtilisation", mentorUtilisation);
    pairs = Counts.of(PairStatus.class, pairs, "pairs");
    health = Counts.of(HealthStatus.class, health, "health");
    int running = Counts.get(pairs, PairStatus.ACTIVE) + Counts.get(pairs, PairStatus.PAUSED);
    if (Counts.sum(health) != running) {
      throw new IllegalArgumentException(
          "health counts "
              + health
              + " do not add up to the "
              + running
              + " ACTIVE and PAUSED pairs");
    }
    meetings = Counts.of(MeetingStatus.class, meetings, "meetings");
    requireNonNull(meetingsPerPair, "meetingsPerPair");
    if (!(medianMeetingsPerPair >= 0)
        || (meetingsPerPair.denominator() == 0 && medianMeetingsPerPair != 0)) {
      throw new IllegalArgumentException(
          "medianMeetingsPerPair must not be negative, and is 0 without started pairs: "
              + medianMeetingsPerPair);
    }
    requireNonNull(goalCompletion, "goalCompletion");
    requireShare("goalCompletion", goalCompletion);
    requireNonNull(averageRating, "averageRating");
    requireNonNull(nps, "nps");
    surveys = List.copyOf(surveys);
  }

  private static Map<EnrollmentRole, Map<EnrollmentStatus, Integer>> enrollmentCounts(
      Map<EnrollmentRole, Map<EnrollmentStatus, Integer>> counts) {
    requireNonNull(counts, "enrollments");
    Map<EnrollmentRole, Map<EnrollmentStatus, Integer>> copy = new EnumMap<>(EnrollmentRole.class);
    for (EnrollmentRole role : EnrollmentRole.values()) {
      Map<EnrollmentStatus, Integer> byStatus = counts.get(role);
      copy.put(
          role,
          Counts.of(EnrollmentStatus.class, byStatus == null ? Map.of() : byStatus, "enrollments"));
    }
    counts.keySet().forEach(role -> requireNonNull(role, "enrollments key"));
    return Collections.unmodifiableMap(copy);
  }

  private static void requireShare(String name, Ratio ratio) {
    if (ratio.numerator() > ratio.denominator()) {
      throw new IllegalArgumentException(name + " exceeds 1: " + ratio);
    }
  }

  /**
   * Returns the number of enrollments.
   *
   * @return enrollments applied by {@code at}
   */
  public int totalEnrollments() {
    int sum = 0;
    for (Map<EnrollmentStatus, Integer> byStatus : enrollments.values()) {
      sum += Counts.sum(byStatus);
    }
    return sum;
  }

  /**
   * Returns the number of enrollments in a role.
   *
   * @param role the role
   * @return enrollments in that role, in any status
   */
  public int enrollments(EnrollmentRole role) {
    requireNonNull(role, "role");
    Map<EnrollmentStatus, Integer> byStatus = enrollments.get(role);
    return byStatus == null ? 0 : Counts.sum(byStatus);
  }

  /**
   * Returns the number of enrollments in a role and a status.
   *
   * @param role the role
   * @param status the status
   * @return {@code enrollments().get(role).get(status)}
   */
  public int enrollments(EnrollmentRole role, EnrollmentStatus status) {
    requireNonNull(role, "role");
    requireNonNull(status, "status");
    Map<EnrollmentStatus, Integer> byStatus = enrollments.get(role);
    return byStatus == null ? 0 : Counts.get(byStatus, status);
  }

  /**
   * Returns the number of enrollments in a status.
   *
   * @param status the status
   * @return enrollments in that status, in any role
   */
  public int enrollments(EnrollmentStatus status) {
    requireNonNull(status, "status");
    int sum = 0;
    for (Map<EnrollmentStatus, Integer> byStatus : enrollments.values()) {
      sum += Counts.get(byStatus, status);
    }
    return sum;
  }

  /**
   * Returns the number of mentees with a pair accepted by {@code at}.
   *
   * @return {@code matchRate().numerator()}
   */
  public int matchedMentees() {
    return Math.toIntExact(matchRate.numerator());
  }

  /**
   * Returns the number of approved mentees without a pair accepted by {@code at}.
   *
   * @return {@code matchRate().denominator() - matchRate().numerator()}
   */
  public int waitingMentees() {
    return Math.toIntExact(matchRate.denominator() - matchRate.numerator());
  }

  /**
   * Returns the number of pairs.
   *
   * @return pairs proposed by {@code at}, in any status
   */
  public int totalPairs() {
    return Counts.sum(pairs);
  }

  /**
   * Returns the number of pairs in a status at {@code at}.
   *
   * @param status the status
   * @return {@code pairs().get(status)}
   */
  public int pairs(PairStatus status) {
    return Counts.get(pairs, requireNonNull(status, "status"));
  }

  /**
   * Returns the number of ACTIVE and PAUSED pairs in a health status.
   *
   * @param status the health status
   * @return {@code health().get(status)}
   */
  public int health(HealthStatus status) {
    return Counts.get(health, requireNonNull(status, "status"));
  }

  /**
   * Returns the number of pairs at risk.
   *
   * @return {@code health(HealthStatus.AT_RISK)}
   */
  public int atRiskPairs() {
    return health(HealthStatus.AT_RISK);
  }

  /**
   * Returns the number of meetings started by {@code at} in a status.
   *
   * @param status the status
   * @return {@code meetings().get(status)}
   */
  public int meetings(MeetingStatus status) {
    return Counts.get(meetings, requireNonNull(status, "status"));
  }
}
