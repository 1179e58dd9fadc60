package dev.mentoring.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
import dev.mentoring.core.metrics.SegmentedReport;
import dev.mentoring.core.metrics.SurveyResponseRate;
import dev.mentoring.core.pairing.PairId;
import dev.mentoring.core.pairing.PairStatus;
import dev.mentoring.core.program.EnrollmentRole;
import dev.mentoring.core.program.ProgramId;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

class ReportCsvTest {
  private static final ProgramId P = ProgramId.of("program-1");
  private static final Instant AT = Instant.parse("2026-07-01T12:00:00Z");

  /** Rows per block without surveys: see the list in the Javadoc of {@link ReportCsv}. */
  private static final int ROWS_PER_BLOCK = 15 + 4 + 3 + 9 + 4 + 4 + 4 + 3 + 3 + 6;

  private static ProgramReport report(int scale, List<SurveyResponseRate> surveys) {
    Map<EnrollmentRole, Map<EnrollmentStatus, Integer>> enrollments =
        new EnumMap<>(EnrollmentRole.class);
    enrollments.put(
        EnrollmentRole.MENTOR,
        Map.of(EnrollmentStatus.APPROVED, 2 * scale, EnrollmentStatus.REJECTED, scale));
    enrollments.put(EnrollmentRole.MENTEE, Map.of(EnrollmentStatus.APPROVED, 3 * scale));
    return new ProgramReport(
        P,
        AT,
        enrollments,
        Ratio.of(2L * scale, 3L * scale),
        Duration.ofHours(36),
        Ratio.of(2L * scale, 5L * scale),
        Map.of(PairStatus.ACTIVE, 2 * scale, PairStatus.ENDED_EARLY, scale),
        Map.of(HealthStatus.HEALTHY, scale, HealthStatus.AT_RISK, scale),
        Map.of(MeetingStatus.HELD, 7 * scale, MeetingStatus.NO_SHOW, scale),
        Ratio.of(7L * scale, 3L * scale),
        2.5,
        Ratio.of(1, 3),
        Ratio.of(25, 7),
        new NetPromoterScore(3, 1, 1),
        surveys);
  }

  private static List<CSVRecord> parse(String csv) throws IOException {
    try (CSVParser parser =
        CSVParser.parse(
            new StringReader(csv),
            CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get())) {
      assertThat(parser.getHeaderNames()).isNotEmpty();
      return parser.getRecords();
    }
  }

  private static List<String> header(String csv) throws IOException {
    try (CSVParser parser =
        CSVParser.parse(
            new StringReader(csv),
            CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get())) {
      return parser.getHeaderNames();
    }
  }

  /** The value of a metric (and key) among records. */
  private static String value(List<CSVRecord> records, String metric, String key) {
    return records.stream()
        .filter(r -> r.get("metric").equals(metric) && r.get("key").equals(key))
        .map(r -> r.get("value"))
        .reduce(
            (a, b) -> {
              throw new AssertionError(metric + " " + key + " appears twice");
            })
        .orElseThrow(() -> new AssertionError(metric + " " + key + " is missing"));
  }

  @Test
  void write_report_headerThenEveryFigureInItsFixedOrder() throws IOException {
    SurveyResponseRate pulse =
        new SurveyResponseRate(
            SurveyId.of("s-1"),
            SurveyCheckpoint.MIDPOINT,
            false,
            SurveyStatus.CLOSED,
            4,
            Ratio.of(3, 8));
    StringBuilder out = new StringBuilder();

    ReportCsv.write(report(1, List.of(pulse)), out);

    String csv = out.toString();
    assertThat(csv).startsWith("program,at,segmentation,scope,segment,metric,key,value\r\n");
    assertThat(csv).endsWith("\r\n").doesNotContain("\n\n");
    assertThat(header(csv)).isEqualTo(ReportCsv.REPORT_HEADER);
    List<CSVRecord> rows = parse(csv);
    assertThat(rows).hasSize(ROWS_PER_BLOCK + 4);
    assertThat(rows)
        .allSatisfy(
            r -> {
              assertThat(r.get("program")).isEqualTo("program-1");
              assertThat(r.get("at")).isEqualTo("2026-07-01T12:00:00Z");
              assertThat(r.get("segmentation")).isEmpty();
              assertThat(r.get("scope")).isEqualTo("overall");
              assertThat(r.get("segment")).isEmpty();
            });
    assertThat(rows.get(0).get("metric")).isEqualTo("enrollments");
    assertThat(rows.get(0).get("key")).isEqualTo("MENTOR/APPLIED");
    assertThat(value(rows, "enrollments", "MENTOR/APPROVED")).isEqualTo("2");
    assertThat(value(rows, "enrollments", "MENTEE/WITHDRAWN")).isEqualTo("0");
    assertThat(value(rows, "matched_mentees", "")).isEqualTo("2");
    assertThat(value(rows, "waiting_mentees", "")).isEqualTo("1");
    assertThat(value(rows, "match_rate", "")).isEqualTo("0.666667");
    assertThat(value(rows, "median_days_to_match", "")).isEqualTo("1.5");
    assertThat(value(rows, "mentor_places_used", "")).isEqualTo("2");
    assertThat(value(rows, "mentor_places_offered", "")).isEqualTo("5");
    assertThat(value(rows, "mentor_utilisation", "")).isEqualTo("0.4");
    assertThat(value(rows, "pairs", "ACTIVE")).isEqualTo("2");
    assertThat(value(rows, "pairs", "COMPLETED")).isEqualTo("0");
    assertThat(value(rows, "health", "AT_RISK")).isEqualTo("1");
    assertThat(value(rows, "meetings", "HELD")).isEqualTo("7");
    assertThat(value(rows, "meetings_in_started_pairs", "")).isEqualTo("7");
    assertThat(value(rows, "started_pairs", "")).isEqualTo("3");
    assertThat(value(rows, "meetings_per_pair_mean", "")).isEqualTo("2.333333");
    assertThat(value(rows, "meetings_per_pair_median", "")).isEqualTo("2.5");
    assertThat(value(rows, "goal_completion", "")).isEqualTo("0.333333");
    assertThat(value(rows, "average_rating", "")).isEqualTo("3.571429");
    assertThat(value(rows, "nps_promoters", "")).isEqualTo("3");
    assertThat(value(rows, "nps_score", "")).isEqualTo("40");
    assertThat(Double.parseDouble(value(rows, "nps_lower", "")))
        .isCloseTo(
            new NetPromoterScore(3, 1, 1).lowerBound(), org.assertj.core.data.Offset.offset(1e-6));
    assertThat(value(rows, "survey_responses", "s-1")).isEqualTo("4");
    assertThat(value(rows, "survey_respondents", "s-1")).isEqualTo("3");
    assertThat(value(rows, "survey_asked", "s-1")).isEqualTo("8");
    assertThat(value(rows, "survey_response_rate", "s-1")).isEqualTo("0.375");
  }

  @Test
  void write_medianUnknown_leavesTheValueEmpty() throws IOException {
    ProgramReport r = report(1, List.of());
    ProgramReport none =
        new ProgramReport(
            P,
            AT,
            r.enrollments(),
            Ratio.of(0, 1),
            null,
            r.mentorUtilisation(),
            r.pairs(),
            r.health(),
            r.meetings(),
            r.meetingsPerPair(),
            r.medianMeetingsPerPair(),
            r.goalCompletion(),
            r.averageRating(),
            NetPromoterScore.none(),
            List.of());
    StringBuilder out = new StringBuilder();

    ReportCsv.write(none, out);

    List<CSVRecord> rows = parse(out.toString());
    assertThat(value(rows, "median_days_to_match", "")).isEmpty();
    assertThat(value(rows, "nps_lower", "")).isEqualTo("-100");
    assertThat(value(rows, "nps_upper", "")).isEqualTo("100");
  }

  @Test
  void write_numbersIgnoreTheDefaultLocale() {
    Locale before = Locale.getDefault();
    StringBuilder german = new StringBuilder();
    try {
      Locale.setDefault(Locale.GERMANY);
      ReportCsv.write(report(1, List.of()), german);
    } finally {
      Locale.setDefault(before);
    }
    StringBuilder root = new StringBuilder();
    ReportCsv.write(report(1, List.of()), root);

    assertThat(german.toString()).isEqualTo(root.toString()).contains(",0.666667\r\n");
  }

  @Test
  void decimal_plainWithAtMostSixPlaces() {
    assertThat(ReportCsv.decimal(0)).isEqualTo("0");
    assertThat(ReportCsv.decimal(-0.0)).isEqualTo("0");
    assertThat(ReportCsv.decimal(1e-7)).isEqualTo("0");
    assertThat(ReportCsv.decimal(100)).isEqualTo("100");
    assertThat(ReportCsv.decimal(-12.5)).isEqualTo("-12.5");
    assertThat(ReportCsv.decimal(12345678.9)).isEqualTo("12345678.9");
    assertThat(ReportCsv.decimal(2.0 / 3)).isEqualTo("0.666667");
  }

  @Test
  void write_segmented_overallThenSegmentsWithQuotedUtf8Values() throws IOException {
    String awkward = "Zürich, \"HQ\" 東京";
    SegmentedReport segmented =
        new SegmentedReport(
            P,
            AT,
            "location",
            report(2, List.of()),
            List.of(
                new SegmentedReport.Segment("", report(1, List.of())),
                new SegmentedReport.Segment(awkward, report(1, List.of()))));
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (Writer w = new OutputStreamWriter(bytes, StandardCharsets.UTF_8)) {
      ReportCsv.write(segmented, w);
    }

    String csv = bytes.toString(StandardCharsets.UTF_8);
    assertThat(csv).contains("\"Zürich, \"\"HQ\"\" 東京\"");
    List<CSVRecord> rows = parse(csv);
    assertThat(rows).hasSize(3 * ROWS_PER_BLOCK);
    List<String> scopes = new ArrayList<>();
    rows.forEach(r -> scopes.add(r.get("scope") + ":" + r.get("segment")));
    assertThat(scopes.subList(0, ROWS_PER_BLOCK)).containsOnly("overall:");
    assertThat(scopes.subList(ROWS_PER_BLOCK, 2 * ROWS_PER_BLOCK)).containsOnly("segment:");
    assertThat(scopes.subList(2 * ROWS_PER_BLOCK, 3 * ROWS_PER_BLOCK))
        .containsOnly("segment:" + awkward);
    assertThat(rows).allSatisfy(r -> assertThat(r.get("segmentation")).isEqualTo("location"));
    assertThat(rows.get(0).get("value")).isEqualTo("0");
    assertThat(value(rows.subList(0, ROWS_PER_BLOCK), "enrollments", "MENTOR/APPROVED"))
        .isEqualTo("4");
    assertThat(
            value(rows.subList(2 * ROWS_PER_BLOCK, rows.size()), "enrollments", "MENTOR/APPROVED"))
        .isEqualTo("2");
    // Every block lists the same metrics and keys in the same order.
    for (int i = 0; i < ROWS_PER_BLOCK; i++) {
      assertThat(rows.get(ROWS_PER_BLOCK + i).get("metric")).isEqualTo(rows.get(i).get("metric"));
      assertThat(rows.get(2 * ROWS_PER_BLOCK + i).get("key")).isEqualTo(rows.get(i).get("key"));
    }
  }

  @Test
  void writeHealth_onePairPerRecord() throws IOException {
    Instant started = AT.minus(Duration.ofDays(50));
    PairHealth atRisk =
        new PairHealth(
            PairId.of("pair-1"),
            P,
            ParticipantId.of("mia"),
            ParticipantId.of("ned"),
            AT,
            PairStatus.ACTIVE,
            HealthStatus.AT_RISK,
            List.of(
                new HealthReason(HealthSignal.POOR_FIT, "poor"),
                new HealthReason(HealthSignal.MEETING_LONG_OVERDUE, "long")),
            started,
            2,
            3,
            null,
            50,
            started,
            1,
            37.5,
            2,
            1.5,
            true);
    PairHealth healthy =
        new PairHealth(
            PairId.of("pair-2"),
            P,
            ParticipantId.of("max"),
            ParticipantId.of("ola"),
            AT,
            PairStatus.PAUSED,
            HealthStatus.HEALTHY,
            List.of(new HealthReason(HealthSignal.PAUSED, "paused")),
            started,
            4,
            3,
            AT.minus(Duration.ofDays(2)),
            2,
            AT.minus(Duration.ofDays(2)),
            0,
            0,
            0,
            0,
            false);
    StringBuilder out = new StringBuilder();

    ReportCsv.writeHealth(List.of(atRisk, healthy), out);

    String csv = out.toString();
    assertThat(header(csv)).isEqualTo(ReportCsv.HEALTH_HEADER);
    List<CSVRecord> rows = parse(csv);
    assertThat(rows).hasSize(2);
    CSVRecord first = rows.get(0);
    assertThat(first.get("pair")).isEqualTo("pair-1");
    assertThat(first.get("program")).isEqualTo("program-1");
    assertThat(first.get("mentor")).isEqualTo("mia");
    assertThat(first.get("mentee")).isEqualTo("ned");
    assertThat(first.get("at")).isEqualTo("2026-07-01T12:00:00Z");
    assertThat(first.get("pair_status")).isEqualTo("ACTIVE");
    assertThat(first.get("status")).isEqualTo("AT_RISK");
    assertThat(first.get("signals")).isEqualTo("POOR_FIT;MEETING_LONG_OVERDUE");
    assertThat(first.get("started_at")).isEqualTo("2026-05-12T12:00:00Z");
    assertThat(first.get("meetings_held")).isEqualTo("2");
    assertThat(first.get("meetings_expected")).isEqualTo("3");
    assertThat(first.get("last_meeting_at")).isEmpty();
    assertThat(first.get("days_since_last_meeting")).isEqualTo("50");
    assertThat(first.get("goals")).isEqualTo("1");
    assertThat(first.get("goal_progress")).isEqualTo("37.5");
    assertThat(first.get("recent_ratings")).isEqualTo("2");
    assertThat(first.get("recent_rating")).isEqualTo("1.5");
    assertThat(first.get("poor_fit")).isEqualTo("true");
    CSVRecord second = rows.get(1);
    assertThat(second.get("signals")).isEqualTo("PAUSED");
    assertThat(second.get("last_meeting_at")).isEqualTo("2026-06-29T12:00:00Z");
    assertThat(second.get("poor_fit")).isEqualTo("false");
  }

  @Test
  void writeHealth_noPairs_writesTheHeaderOnly() {
    StringBuilder out = new StringBuilder();

    ReportCsv.writeHealth(List.of(), out);

    assertThat(out.toString()).isEqualTo(String.join(",", ReportCsv.HEALTH_HEADER) + "\r\n");
  }

  @Test
  void write_failingOutput_throwsUncheckedWithTheCause() {
    IOException boom = new IOException("disk full");
    Appendable failing =
        new Appendable() {
          @Override
          public Appendable append(CharSequence csq) throws IOException {
            throw boom;
          }

          @Override
          public Appendable append(CharSequence csq, int start, int end) throws IOException {
            throw boom;
          }

          @Override
          public Appendable append(char c) throws IOException {
            throw boom;
          }
        };

    assertThatThrownBy(() -> ReportCsv.write(report(1, List.of()), failing))
        .isInstanceOf(UncheckedIOException.class)
        .hasCause(boom);
    assertThatThrownBy(() -> ReportCsv.writeHealth(List.of(), failing))
        .isInstanceOf(UncheckedIOException.class);
  }

  @Test
  void write_nullArgument_throwsNullPointerNamingIt() {
    StringBuilder out = new StringBuilder();
    assertThatThrownBy(() -> ReportCsv.write((ProgramReport) null, out)).hasMessage("report");
    assertThatThrownBy(() -> ReportCsv.write((SegmentedReport) null, out)).hasMessage("report");
    assertThatThrownBy(() -> ReportCsv.write(report(1, List.of()), null)).hasMessage("out");
    assertThatThrownBy(() -> ReportCsv.writeHealth(List.of(), null)).hasMessage("out");
    assertThatThrownBy(() -> ReportCsv.writeHealth(null, out))
        .isInstanceOf(NullPointerException.class);
  }
}
