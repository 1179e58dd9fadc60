package dev.mentoring.testkit.generate;

import static dev.mentoring.testkit.generate.Draws.absent;
import static dev.mentoring.testkit.generate.Draws.between;
import static dev.mentoring.testkit.generate.Draws.length;
import static dev.mentoring.testkit.generate.Draws.pick;
import static dev.mentoring.testkit.generate.Draws.rarely;

import dev.mentoring.core.ParticipantId;
import dev.mentoring.core.enrollment.EnrollmentStatus;
import dev.mentoring.core.feedback.NetPromoterScore;
import dev.mentoring.core.feedback.SurveyCheckpoint;
import dev.mentoring.core.feedback.SurveyId;
import dev.mentoring.core.feedback.SurveyStatus;
import dev.mentoring.core.meeting.MeetingStatus;
import dev.mentoring.core.metrics.HealthReason;
import dev.mentoring.core.metrics.HealthSignal;
import dev.mentoring.core.metrics.HealthStatus;
import dev.mentoring.core.metrics.PairHealth;
import dev.mentoring.core.metrics.ProgramReport;
import dev.mentoring.core.metrics.Ratio;
import dev.mentoring.core.metrics.Segmentation;
import dev.mentoring.core.metrics.SegmentedReport;
import dev.mentoring.core.metrics.SurveyResponseRate;
import dev.mentoring.core.pairing.PairStatus;
import dev.mentoring.core.program.EnrollmentRole;
import dev.mentoring.core.program.ProgramId;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.random.RandomGenerator;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * Seeded generators for the public value types of {@code dev.mentoring.core.metrics}: ratios,
 * health reasons, pair health, survey response rates, program reports and segmented reports. The
 * program's {@link dev.mentoring.core.program.HealthPolicy} is in {@link
 * DomainGenerators#healthPolicies()}.
 *
 * <pre>{@code
 * PairHealth health = MetricsGenerators.pairHealths().generate(seed, 8);
 * assertThat(health.status()).isEqualTo(worstOf(health.reasons()));
 * }</pre>
 *
 * <p>Every value passes its record's constructor and keeps the invariants the engine's values keep
 * beyond it: a pair health's status is its worst reason's, its reasons are distinct and in {@link
 * HealthSignal} order, it has a {@link HealthSignal#PAUSED} reason exactly when the pair is PAUSED
 * (and then no meeting or stalled-goal signal), {@code poorFit} exactly with a {@link
 * HealthSignal#POOR_FIT} reason, and its instants and day counts agree; a report's shares do not
 * exceed 1 and its health counts add up to its ACTIVE and PAUSED pairs; a segmented report's
 * segments are distinct, sorted by {@link Segmentation#valueOrder()}, and their counts and ratios
 * add up to the overall report's. Edge cases come as in {@link DomainGenerators}: empty ratios and
 * reports at size 0, absent medians, bounds of ranges. The generators are stateless and
 * thread-safe.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class MetricsGenerators {

  /** The largest count a report's figure gets, so that sums over segments stay small ints. */
  private static final int COUNT_MAX = 1_000;

  private MetricsGenerators() {}

  /**
   * Returns ratios: {@link Ratio#none()} now and then, shares of at most 1, and ratios above 1
   * (such as a sum of ratings over their number).
   *
   * @return the generator
   */
  public static Generator<Ratio> ratios() {
    return Draws.generator(
        (r, size) -> r.nextBoolean() ? share(r, size) : mean(r, size, between(r, 1, 10)));
  }

  /**
   * Returns health reasons for every signal, with an English detail of the figures.
   *
   * @return the generator
   */
  public static Generator<HealthReason> healthReasons() {
    return Draws.generator((r, size) -> reason(r, size, pick(r, HealthSignal.class)));
  }

  /**
   * Returns the health of ACTIVE and PAUSED pairs, with any set of reasons the engine can raise
   * together and figures that agree with the instants.
   *
   * @return the generator
   */
  public static Generator<PairHealth> pairHealths() {
    return Draws.generator(MetricsGenerators::pairHealth);
  }

  /**
   * Returns the response rates of OPEN and CLOSED surveys, anonymous or not.
   *
   * @return the generator
   */
  public static Generator<SurveyResponseRate> surveyResponseRates() {
    return Draws.generator(MetricsGenerators::surveyResponseRate);
  }

  /**
   * Returns program reports: counts for some or all constants, shares of at most 1, medians present
   * only with something to take the median of, and up to {@code size} survey response rates.
   *
   * @return the generator
   */
  public static Generator<ProgramReport> programReports() {
    return Draws.generator(
        (r, size) -> programReport(r, size, DomainGenerators.programId(r, size), Draws.instant(r)));
  }

  /**
   * Returns segmented reports of up to {@code size} segments, the segment {@link Segmentation#NONE}
   * among them now and then, whose overall report adds up their counts and ratios.
   *
   * @return the generator
   */
  public static Generator<SegmentedReport> segmentedReports() {
    return Draws.generator(MetricsGenerators::segmentedReport);
  }

  // ============================================================================== construction

  static Ratio share(RandomGenerator r, int size) {
    if (absent(r)) {
      return Ratio.none();
    }
    int denominator = between(r, 1, cap(size));
    return Ratio.of(between(r, 0, denominator), denominator);
  }

  /** A ratio whose numerator is up to {@code most} times its denominator. */
  private static Ratio mean(RandomGenerator r, int size, int most) {
    if (absent(r)) {
      return Ratio.none();
    }
    int denominator = between(r, 1, cap(size));
    return Ratio.of(between(r, 0, most * denominator), denominator);
  }

  private static int cap(int size) {
    return Math.min(COUNT_MAX, 1 + 10 * size);
  }

  static HealthReason reason(RandomGenerator r, int size, HealthSignal signal) {
    return new HealthReason(signal, Draws.text(r, size, 200));
  }

  static PairHealth pairHealth(RandomGenerator r, int size) {
    PairStatus pairStatus = r.nextBoolean() ? PairStatus.ACTIVE : PairStatus.PAUSED;
    boolean paused = pairStatus == PairStatus.PAUSED;
    List<HealthReason> reasons = new ArrayList<>();
    HealthStatus status = HealthStatus.HEALTHY;
    for (HealthSignal s : HealthSignal.values()) {
      boolean raised = s == HealthSignal.PAUSED ? paused : !(paused && onHold(s)) && rarely(r, 3);
      if (raised) {
        reasons.add(reason(r, size, s));
        status = s.status().isWorseThan(status) ? s.status() : status;
      }
    }
    Instant startedAt = Draws.instant(r);
    Instant at =
        r.nextBoolean()
            ? Draws.after(r, startedAt)
            : startedAt.plus(Duration.ofDays(between(r, 0, 400)));
    Instant lastMeetingAt = absent(r) ? null : Draws.within(r, startedAt, at);
    long daysSince =
        Duration.between(lastMeetingAt == null ? startedAt : lastMeetingAt, at).toDays();
    Instant lastActivityAt =
        lastMeetingAt != null && r.nextBoolean()
            ? Draws.within(r, lastMeetingAt, at)
            : Draws.within(r, startedAt, at);
    int goals = between(r, 0, 10);
    double goalProgress = goals == 0 ? 0 : Draws.decimal(r, 0, 100);
    int recentRatings = between(r, 0, 2 * PairHealth.RATED_MEETINGS);
    double recentRating = recentRatings == 0 ? 0 : Draws.decimal(r, 1, 5);
    ParticipantIdPair people = people(r, size);
    return new PairHealth(
        DomainGenerators.pairId(r, size),
        DomainGenerators.programId(r, size),
        people.mentor(),
        people.mentee(),
        at,
        pairStatus,
        status,
        reasons,
        startedAt,
        between(r, 0, 60),
        between(r, 0, 60),
        lastMeetingAt,
        daysSince,
        lastActivityAt,
        goals,
        goalProgress,
        recentRatings,
        recentRating,
        reasons.stream().anyMatch(x -> x.signal() == HealthSignal.POOR_FIT));
  }

  /** The signals a PAUSED pair does not raise. */
  private static boolean onHold(HealthSignal s) {
    return switch (s) {
      case MEETING_LONG_OVERDUE,
          FAR_TOO_FEW_MEETINGS,
          MEETING_OVERDUE,
          TOO_FEW_MEETINGS,
          GOAL_STALLED ->
          true;
      default -> false;
    };
  }

  private record ParticipantIdPair(ParticipantId mentor, ParticipantId mentee) {}

  private static ParticipantIdPair people(RandomGenerator r, int size) {
    ParticipantId mentor = DomainGenerators.participantId(r, size);
    ParticipantId mentee = DomainGenerators.participantId(r, size);
    while (mentee.equals(mentor)) {
      mentee = DomainGenerators.participantId(r, size);
    }
    return new ParticipantIdPair(mentor, mentee);
  }

  static SurveyResponseRate surveyResponseRate(RandomGenerator r, int size) {
    Ratio rate = share(r, size);
    return new SurveyResponseRate(
        SurveyId.of(Draws.idValue(r, "survey", size)),
        pick(r, SurveyCheckpoint.class),
        r.nextBoolean(),
        r.nextBoolean() ? SurveyStatus.OPEN : SurveyStatus.CLOSED,
        Math.toIntExact(rate.numerator()) + between(r, 0, 3 * size),
        rate);
  }

  static ProgramReport programReport(RandomGenerator r, int size, ProgramId programId, Instant at) {
    Map<EnrollmentRole, Map<EnrollmentStatus, Integer>> enrollments =
        new EnumMap<>(EnrollmentRole.class);
    for (EnrollmentRole role : EnrollmentRole.values()) {
      if (!absent(r)) {
        enrollments.put(role, counts(r, size, EnrollmentStatus.class));
      }
    }
    Ratio matchRate = share(r, size);
    Map<PairStatus, Integer> pairs = counts(r, size, PairStatus.class);
    int running =
        pairs.getOrDefault(PairStatus.ACTIVE, 0) + pairs.getOrDefault(PairStatus.PAUSED, 0);
    Ratio meetingsPerPair = mean(r, size, 20);
    return new ProgramReport(
        programId,
        at,
        enrollments,
        matchRate,
        matchRate.numerator() == 0 ? null : Draws.duration(r, Duration.ZERO, Duration.ofDays(365)),
        share(r, size),
        pairs,
        spread(r, running),
        counts(r, size, MeetingStatus.class),
        meetingsPerPair,
        median(r, meetingsPerPair),
        share(r, size),
        mean(r, size, 5),
        ActivityGenerators.netPromoterScore(r, size),
        Draws.list(length(r, size, 20), () -> surveyResponseRate(r, size)));
  }

  /** A median of per-pair counts: 0 without pairs, else a whole or half number. */
  private static double median(RandomGenerator r, Ratio perPair) {
    return perPair.denominator() == 0 ? 0 : between(r, 0, 40) / 2.0;
  }

  /** Counts for some constants of an enum; the absent ones count 0. */
  private static <E extends Enum<E>> Map<E, Integer> counts(
      RandomGenerator r, int size, Class<E> type) {
    Map<E, Integer> counts = new EnumMap<>(type);
    for (E e : type.getEnumConstants()) {
      if (!absent(r)) {
        counts.put(e, between(r, 0, cap(size)));
      }
    }
    return counts;
  }

  /** Health counts that add up to {@code total}. */
  private static Map<HealthStatus, Integer> spread(RandomGenerator r, int total) {
    Map<HealthStatus, Integer> counts = new EnumMap<>(HealthStatus.class);
    int left = total;
    HealthStatus[] all = HealthStatus.values();
    for (int i = 0; i < all.length - 1; i++) {
      int c = between(r, 0, left);
      counts.put(all[i], c);
      left -= c;
    }
    counts.put(all[all.length - 1], left);
    return counts;
  }

  static SegmentedReport segmentedReport(RandomGenerator r, int size) {
    ProgramId programId = DomainGenerators.programId(r, size);
    Instant at = Draws.instant(r);
    Set<String> values = new LinkedHashSet<>();
    int n = length(r, size, 12);
    for (int i = 0; i < n; i++) {
      values.add(segmentValue(r, size));
    }
    List<String> sorted = new ArrayList<>(values);
    sorted.sort(Segmentation.valueOrder());
    List<SegmentedReport.Segment> segments = new ArrayList<>();
    for (String v : sorted) {
      segments.add(new SegmentedReport.Segment(v, programReport(r, size, programId, at)));
    }
    String name =
        switch (r.nextInt(4)) {
          case 0 -> Segmentation.department().name();
          case 1 -> Segmentation.seniority().name();
          case 2 -> Segmentation.location().name();
          default -> Draws.text(r, size, Segmentation.MAX_NAME);
        };
    return new SegmentedReport(
        programId, at, name, overall(r, size, programId, at, segments), segments);
  }

  private static String segmentValue(RandomGenerator r, int size) {
    return switch (r.nextInt(4)) {
      case 0 -> Segmentation.NONE;
      case 1 -> Integer.toString(between(r, 0, 12));
      case 2 -> Draws.department(r);
      default -> Draws.text(r, size, 100);
    };
  }

  /**
   * The overall report of some segments: their counts and ratios added up; the medians, the NPS
   * (which also covers anonymous surveys) and the surveys drawn.
   */
  private static ProgramReport overall(
      RandomGenerator r,
      int size,
      ProgramId programId,
      Instant at,
      List<SegmentedReport.Segment> segments) {
    if (segments.isEmpty()) {
      return programReport(r, size, programId, at);
    }
    Map<EnrollmentRole, Map<EnrollmentStatus, Integer>> enrollments =
        new EnumMap<>(EnrollmentRole.class);
    Map<PairStatus, Integer> pairs = new EnumMap<>(PairStatus.class);
    Map<HealthStatus, Integer> health = new EnumMap<>(HealthStatus.class);
    Map<MeetingStatus, Integer> meetings = new EnumMap<>(MeetingStatus.class);
    Ratio matchRate = Ratio.none();
    Ratio utilisation = Ratio.none();
    Ratio perPair = Ratio.none();
    Ratio goals = Ratio.none();
    Ratio rating = Ratio.none();
    @Nullable Duration medianTimeToMatch = null;
    for (SegmentedReport.Segment s : segments) {
      ProgramReport p = s.report();
      p.enrollments()
          .forEach(
              (role, byStatus) ->
                  byStatus.forEach(
                      (st, c) ->
                          enrollments
                              .computeIfAbsent(role, k -> new EnumMap<>(EnrollmentStatus.class))
                              .merge(st, c, Integer::sum)));
      p.pairs().forEach((k, c) -> pairs.merge(k, c, Integer::sum));
      p.health().forEach((k, c) -> health.merge(k, c, Integer::sum));
      p.meetings().forEach((k, c) -> meetings.merge(k, c, Integer::sum));
      matchRate = matchRate.plus(p.matchRate());
      utilisation = utilisation.plus(p.mentorUtilisation());
      perPair = perPair.plus(p.meetingsPerPair());
      goals = goals.plus(p.goalCompletion());
      rating = rating.plus(p.averageRating());
      if (medianTimeToMatch == null || r.nextBoolean()) {
        medianTimeToMatch =
            p.medianTimeToMatch() == null ? medianTimeToMatch : p.medianTimeToMatch();
      }
    }
    NetPromoterScore nps = ActivityGenerators.netPromoterScore(r, size);
    return new ProgramReport(
        programId,
        at,
        enrollments,
        matchRate,
        matchRate.numerator() == 0 ? null : medianTimeToMatch,
        utilisation,
        pairs,
        health,
        meetings,
        perPair,
        median(r, perPair),
        goals,
        rating,
        nps,
        Draws.list(length(r, size, 20), () -> surveyResponseRate(r, size)));
  }
}
