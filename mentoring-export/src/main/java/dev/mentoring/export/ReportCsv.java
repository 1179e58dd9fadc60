package dev.mentoring.export;

import static java.util.Objects.requireNonNull;

import dev.mentoring.core.enrollment.EnrollmentStatus;
import dev.mentoring.core.feedback.NetPromoterScore;
import dev.mentoring.core.meeting.MeetingStatus;
import dev.mentoring.core.metrics.HealthSignal;
import dev.mentoring.core.metrics.HealthStatus;
import dev.mentoring.core.metrics.PairHealth;
import dev.mentoring.core.metrics.ProgramReport;
import dev.mentoring.core.metrics.Ratio;
import dev.mentoring.core.metrics.SegmentedReport;
import dev.mentoring.core.metrics.SurveyResponseRate;
import dev.mentoring.core.pairing.PairStatus;
import dev.mentoring.core.program.EnrollmentRole;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * Writes program reports and pair health as CSV (RFC 4180: comma-separated, fields quoted with
 * {@code "} when needed, records ending in CRLF), with a header row and a fixed column order.
 * Written with Apache Commons CSV.
 *
 * <p><b>Reports</b> come out in long form, one figure per record, under {@link #REPORT_HEADER}:
 * {@code program, at, segmentation, scope, segment, metric, key, value}. {@code scope} is {@code
 * overall} for the whole program and {@code segment} for one segment of a {@link SegmentedReport},
 * whose value is in {@code segment} (empty for people without one); {@code segmentation} names the
 * attribute, empty for a plain report. The metrics follow in this order, the same for every block,
 * so files of different programs and instants line up:
 *
 * <ul>
 *   <li>{@code enrollments} with key {@code ROLE/STATUS}, for every role and status;
 *   <li>{@code matched_mentees}, {@code waiting_mentees}, {@code match_rate}, {@code
 *       median_days_to_match} (empty when nobody is matched);
 *   <li>{@code mentor_places_used}, {@code mentor_places_offered}, {@code mentor_utilisation};
 *   <li>{@code pairs} with key {@code STATUS}, for every pair status, then {@code health} with key
 *       {@code STATUS}, for every health status;
 *   <li>{@code meetings} with key {@code STATUS}, for every meeting status, then {@code
 *       meetings_in_started_pairs}, {@code started_pairs}, {@code meetings_per_pair_mean}, {@code
 *       meetings_per_pair_median};
 *   <li>{@code goals_achieved}, {@code goals_due}, {@code goal_completion};
 *   <li>{@code rating_sum}, {@code ratings}, {@code average_rating};
 *   <li>{@code nps_promoters}, {@code nps_passives}, {@code nps_detractors}, {@code nps_score},
 *       {@code nps_lower}, {@code nps_upper};
 *   <li>for each survey, with the survey's id as key: {@code survey_responses}, {@code
 *       survey_respondents}, {@code survey_asked}, {@code survey_response_rate}.
 * </ul>
 *
 * <p><b>Pair health</b> comes out one pair per record, under {@link #HEALTH_HEADER}; {@code
 * signals} lists the raised signals, separated by {@code ;}.
 *
 * <p>Numbers do not depend on the default locale: whole numbers as digits, others with a {@code .}
 * and at most six decimals, no exponent; instants in ISO-8601 (UTC). Text is written as characters
 * to the {@link Appendable}; to produce a UTF-8 file, as RFC 4180 with non-ASCII segment names
 * needs, give it a writer that encodes UTF-8, such as {@link
 * java.nio.file.Files#newBufferedWriter(java.nio.file.Path, java.nio.file.OpenOption...)}. The
 * output is not flushed or closed.
 *
 * <p>This class is thread-safe; it holds no state.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class ReportCsv {

  /** The columns of a report, in order. */
  public static final List<String> REPORT_HEADER =
      List.of("program", "at", "segmentation", "scope", "segment", "metric", "key", "value");

  /** The columns of pair health, in order. */
  public static final List<String> HEALTH_HEADER =
      List.of(
          "pair",
          "program",
          "mentor",
          "mentee",
          "at",
          "pair_status",
          "status",
          "signals",
          "started_at",
          "meetings_held",
          "meetings_expected",
          "last_meeting_at",
          "days_since_last_meeting",
          "last_activity_at",
          "goals",
          "goal_progress",
          "recent_ratings",
          "recent_rating",
          "poor_fit");

  private static final CSVFormat FORMAT = CSVFormat.RFC4180;
  private static final int DECIMALS = 6;
  private static final double SECONDS_PER_DAY = 86_400;

  private ReportCsv() {}

  /**
   * Writes a program report: a header row, then its figures as the whole program's.
   *
   * @param report the report
   * @param out where to write
   * @throws UncheckedIOException if {@code out} fails
   */
  public static void write(ProgramReport report, Appendable out) {
    requireNonNull(report, "report");
    requireNonNull(out, "out");
    print(
        out,
        p -> {
          p.printRecord(REPORT_HEADER);
          block(p, report, "", "overall", "");
        });
  }

  /**
   * Writes a segmented report: a header row, the whole program's figures, then each segment's, in
   * the report's order.
   *
   * @param report the report
   * @param out where to write
   * @throws UncheckedIOException if {@code out} fails
   */
  public static void write(SegmentedReport report, Appendable out) {
    requireNonNull(report, "report");
    requireNonNull(out, "out");
    print(
        out,
        p -> {
          p.printRecord(REPORT_HEADER);
          block(p, report.overall(), report.segmentation(), "overall", "");
          for (SegmentedReport.Segment s : report.segments()) {
            block(p, s.report(), report.segmentation(), "segment", s.value());
          }
        });
  }

  /**
   * Writes pair health: a header row, then one record per pair, in the list's order.
   *
   * @param health the health of some pairs
   * @param out where to write
   * @throws UncheckedIOException if {@code out} fails
   * @throws NullPointerException if {@code health} holds null
   */
  public static void writeHealth(List<PairHealth> health, Appendable out) {
    List<PairHealth> rows = List.copyOf(health);
    requireNonNull(out, "out");
    print(
        out,
        p -> {
          p.printRecord(HEALTH_HEADER);
          for (PairHealth h : rows) {
            p.printRecord(
                h.pairId().value(),
                h.programId().value(),
                h.mentorId().value(),
                h.menteeId().value(),
                instant(h.at()),
                h.pairStatus().name(),
                h.status().name(),
                h.signals().stream().map(HealthSignal::name).collect(Collectors.joining(";")),
                instant(h.startedAt()),
                h.meetingsHeld(),
                h.meetingsExpected(),
                h.lastMeetingAt() == null ? null : instant(h.lastMeetingAt()),
                h.daysSinceLastMeeting(),
                instant(h.lastActivityAt()),
                h.goals(),
                decimal(h.goalProgress()),
                h.recentRatings(),
                decimal(h.recentRating()),
                h.poorFit());
          }
        });
  }

  /** Printing that may fail with an {@link IOException}. */
  @FunctionalInterface
  private interface Printing {
    void accept(CSVPrinter printer) throws IOException;
  }

  private static void print(Appendable out, Printing printing) {
    try {
      // Not closed: closing the printer would close the caller's Appendable.
      @SuppressWarnings("resource")
      CSVPrinter printer = new CSVPrinter(out, FORMAT);
      printing.accept(printer);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The records of one block of figures. */
  private static final class Block {
    private final CSVPrinter printer;
    private final String[] prefix;

    Block(CSVPrinter printer, String... prefix) {
      this.printer = printer;
      this.prefix = prefix;
    }

    void row(String metric, String key, @Nullable Object value) throws IOException {
      Object[] record = new Object[prefix.length + 3];
      System.arraycopy(prefix, 0, record, 0, prefix.length);
      record[prefix.length] = metric;
      record[prefix.length + 1] = key;
      record[prefix.length + 2] = value;
      printer.printRecord(record);
    }

    void row(String metric, @Nullable Object value) throws IOException {
      row(metric, "", value);
    }

    void ratio(String numerator, String denominator, String value, Ratio ratio) throws IOException {
      row(numerator, ratio.numerator());
      row(denominator, ratio.denominator());
      row(value, decimal(ratio.value()));
    }
  }

  private static void block(
      CSVPrinter printer, ProgramReport r, String segmentation, String scope, String segment)
      throws IOException {
    Block b =
        new Block(printer, r.programId().value(), instant(r.at()), segmentation, scope, segment);
    for (EnrollmentRole role : EnrollmentRole.values()) {
      for (EnrollmentStatus status : EnrollmentStatus.values()) {
        b.row("enrollments", role.name() + "/" + status.name(), r.enrollments(role, status));
      }
    }
    b.row("matched_mentees", r.matchedMentees());
    b.row("waiting_mentees", r.waitingMentees());
    b.row("match_rate", decimal(r.matchRate().value()));
    Duration median = r.medianTimeToMatch();
    b.row("median_days_to_match", median == null ? null : days(median));
    b.ratio(
        "mentor_places_used", "mentor_places_offered", "mentor_utilisation", r.mentorUtilisation());
    for (PairStatus status : PairStatus.values()) {
      b.row("pairs", status.name(), r.pairs(status));
    }
    for (HealthStatus status : HealthStatus.values()) {
      b.row("health", status.name(), r.health(status));
    }
    for (MeetingStatus status : MeetingStatus.values()) {
      b.row("meetings", status.name(), r.meetings(status));
    }
    b.ratio(
        "meetings_in_started_pairs",
        "started_pairs",
        "meetings_per_pair_mean",
        r.meetingsPerPair());
    b.row("meetings_per_pair_median", decimal(r.medianMeetingsPerPair()));
    b.ratio("goals_achieved", "goals_due", "goal_completion", r.goalCompletion());
    b.ratio("rating_sum", "ratings", "average_rating", r.averageRating());
    NetPromoterScore nps = r.nps();
    b.row("nps_promoters", nps.promoters());
    b.row("nps_passives", nps.passives());
    b.row("nps_detractors", nps.detractors());
    b.row("nps_score", decimal(nps.score()));
    b.row("nps_lower", decimal(nps.lowerBound()));
    b.row("nps_upper", decimal(nps.upperBound()));
    for (SurveyResponseRate s : r.surveys()) {
      String key = s.surveyId().value();
      b.row("survey_responses", key, s.responses());
      b.row("survey_respondents", key, s.responseRate().numerator());
      b.row("survey_asked", key, s.responseRate().denominator());
      b.row("survey_response_rate", key, decimal(s.responseRate().value()));
    }
  }

  private static String instant(Instant at) {
    return at.toString();
  }

  private static String days(Duration d) {
    return decimal(d.getSeconds() / SECONDS_PER_DAY + d.getNano() / 1e9 / SECONDS_PER_DAY);
  }

  /** A decimal with at most six places, no exponent, whatever the default locale. */
  static String decimal(double value) {
    return BigDecimal.valueOf(value)
        .setScale(DECIMALS, RoundingMode.HALF_EVEN)
        .stripTrailingZeros()
        .toPlainString();
  }
}
