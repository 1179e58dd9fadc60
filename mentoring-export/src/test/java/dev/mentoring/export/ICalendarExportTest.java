package dev.mentoring.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mentoring.core.ParticipantId;
import dev.mentoring.core.meeting.Meeting;
import dev.mentoring.core.meeting.MeetingId;
import dev.mentoring.core.meeting.MeetingMode;
import dev.mentoring.core.meeting.MeetingPlan;
import dev.mentoring.core.meeting.MeetingSeriesId;
import dev.mentoring.core.meeting.Recurrence;
import dev.mentoring.core.pairing.PairId;
import dev.mentoring.core.program.ProgramId;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Parameter;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.property.DtStart;
import org.junit.jupiter.api.Test;

/**
 * Writes meetings and reads the text back with iCal4j's {@link CalendarBuilder}, checking every
 * property of the calendar and its events.
 */
class ICalendarExportTest {
  private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
  private static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");
  private static final Instant CREATED = Instant.parse("2026-02-20T10:15:30Z");
  private static final ProgramId PROGRAM = ProgramId.of("program-1");
  private static final PairId PAIR = PairId.of("pair-1");
  private static final ParticipantId MIA = ParticipantId.of("mia");
  private static final ParticipantId NED = ParticipantId.of("ned");

  private final ICalendarExport export =
      ICalendarExport.builder("mentoring.example.org")
          .prodId("-//Acme//HR Portal//EN")
          .clock(Clock.fixed(NOW, ZoneOffset.UTC))
          .build();

  private static Meeting meeting(String id, MeetingPlan plan) {
    return Meeting.schedule(MeetingId.of(id), PROGRAM, PAIR, null, MIA, plan, CREATED)
        .withVersion(1);
  }

  private static MeetingPlan.Builder plan(ZonedDateTime start) {
    return MeetingPlan.builder("Career talk", start.toInstant(), start.getZone())
        .duration(Duration.ofMinutes(90))
        .mode(MeetingMode.IN_PERSON)
        .agenda("Goals for Q2")
        .location("Room 4.12");
  }

  private static Calendar parse(String text) throws IOException, ParserException {
    return new CalendarBuilder().build(new StringReader(text));
  }

  private static String value(Component c, String name) {
    return c.getProperty(name).map(Property::getValue).orElse(null);
  }

  private static String value(Calendar c, String name) {
    return c.getProperty(name).map(Property::getValue).orElse(null);
  }

  private static List<VEvent> events(Calendar c) {
    return c.getComponents(Component.VEVENT);
  }

  private static Temporal start(VEvent e) {
    DtStart<?> start = e.<DtStart<?>>getProperty(Property.DTSTART).orElseThrow();
    return start.getDate();
  }

  private static String tzid(VEvent e) {
    DtStart<?> start = e.<DtStart<?>>getProperty(Property.DTSTART).orElseThrow();
    return start.<Parameter>getParameter(Parameter.TZID).map(Parameter::getValue).orElse(null);
  }

  // ----------------------------------------------------------------------------------- one

  @Test
  void toICalendar_oneMeeting_writesEveryPropertyAndReadsBack() throws Exception {
    ZonedDateTime local = ZonedDateTime.of(2026, 3, 10, 9, 0, 0, 0, BERLIN);
    Meeting m =
        meeting("m-1", plan(local).build())
            .withSharedNotes("shared: salary numbers", CREATED.plusSeconds(60))
            .withPrivateNote(MIA, "private: worried about ned", CREATED.plusSeconds(120))
            .withVersion(3);

    String text = export.toICalendar(m);
    Calendar cal = parse(text);

    assertThat(value(cal, Property.PRODID)).isEqualTo("-//Acme//HR Portal//EN");
    assertThat(value(cal, Property.VERSION)).isEqualTo("2.0");
    assertThat(value(cal, Property.CALSCALE)).isEqualTo("GREGORIAN");
    assertThat(value(cal, Property.METHOD)).isEqualTo("PUBLISH");
    List<VTimeZone> zones = cal.getComponents(Component.VTIMEZONE);
    assertThat(zones).hasSize(1);
    assertThat(value(zones.get(0), Property.TZID)).isEqualTo("Europe/Berlin");

    assertThat(events(cal)).hasSize(1);
    VEvent e = events(cal).get(0);
    assertThat(value(e, Property.UID)).isEqualTo("m-1@mentoring.example.org");
    assertThat(value(e, Property.DTSTAMP)).isEqualTo("20260301T120000Z");
    assertThat(value(e, Property.CREATED)).isEqualTo("20260220T101530Z");
    assertThat(value(e, Property.LAST_MODIFIED)).isEqualTo("20260220T101730Z");
    assertThat(tzid(e)).isEqualTo("Europe/Berlin");
    assertThat(value(e, Property.DTSTART)).isEqualTo("20260310T090000");
    assertThat(Instant.from(start(e))).isEqualTo(m.start());
    assertThat(value(e, Property.DURATION)).isEqualTo("PT1H30M");
    assertThat(value(e, Property.SUMMARY)).isEqualTo("Career talk");
    assertThat(value(e, Property.DESCRIPTION)).isEqualTo("Goals for Q2");
    assertThat(value(e, Property.LOCATION)).isEqualTo("Room 4.12");
    assertThat(value(e, Property.STATUS)).isEqualTo("CONFIRMED");
    assertThat(value(e, Property.SEQUENCE)).isEqualTo("3");
    assertThat(text).doesNotContain("salary", "worried", "private", "shared");
    assertThat(text).startsWith("BEGIN:VCALENDAR\r\n").endsWith("END:VCALENDAR\r\n");
  }

  @Test
  void toICalendar_sameMeetingTwice_sameUidAndTextForTheSameClock() {
    Meeting m = meeting("m-1", plan(ZonedDateTime.of(2026, 3, 10, 9, 0, 0, 0, BERLIN)).build());

    assertThat(export.toICalendar(m)).isEqualTo(export.toICalendar(m));
    assertThat(export.uid(m.id())).isEqualTo("m-1@mentoring.example.org");
  }

  // -------------------------------------------------------------------------------- series

  @Test
  void toICalendar_weeklySeriesAcrossDaylightSaving_keepsLocalTimeAndInstants() throws Exception {
    // Clocks go forward in Berlin on 2026-03-29: 09:00 is 08:00Z before, 07:00Z after.
    ZonedDateTime first = ZonedDateTime.of(2026, 3, 16, 9, 0, 0, 0, BERLIN);
    MeetingSeriesId series = MeetingSeriesId.of("series-1");
    List<Meeting> meetings = new ArrayList<>();
    int n = 0;
    for (Instant start : Recurrence.weekly(4).occurrences(first.toInstant(), BERLIN)) {
      MeetingPlan p = plan(first).build().withStart(start);
      meetings.add(
          Meeting.schedule(MeetingId.of("s-" + n++), PROGRAM, PAIR, series, NED, p, CREATED)
              .withVersion(1));
    }

    Calendar cal = parse(export.toICalendar(meetings));

    assertThat(cal.<VTimeZone>getComponents(Component.VTIMEZONE)).hasSize(1);
    List<VEvent> events = events(cal);
    assertThat(events).hasSize(4);
    assertThat(events)
        .extracting(e -> value(e, Property.UID))
        .containsExactly(
            "s-0@mentoring.example.org",
            "s-1@mentoring.example.org",
            "s-2@mentoring.example.org",
            "s-3@mentoring.example.org");
    assertThat(events)
        .extracting(e -> value(e, Property.DTSTART))
        .containsExactly(
            "20260316T090000", "20260323T090000", "20260330T090000", "20260406T090000");
    assertThat(events).extracting(ICalendarExportTest::tzid).containsOnly("Europe/Berlin");
    assertThat(events)
        .extracting(e -> Instant.from(start(e)))
        .containsExactly(
            Instant.parse("2026-03-16T08:00:00Z"),
            Instant.parse("2026-03-23T08:00:00Z"),
            Instant.parse("2026-03-30T07:00:00Z"),
            Instant.parse("2026-04-06T07:00:00Z"));
    assertThat(events)
        .extracting(e -> LocalDateTime.from(start(e)).toLocalTime().toString())
        .containsOnly("09:00");
    assertThat(events).allSatisfy(e -> assertThat(e.getProperty(Property.RRULE)).isEmpty());
  }

  // ------------------------------------------------------------------------------ escaping

  @Test
  void toICalendar_commasSemicolonsBackslashesAndNewlines_escapedAndReadBackUnchanged()
      throws Exception {
    String agenda = "1. Review goals, milestones; blockers\n2. Path: C:\\temp\\notes\n3. Next";
    String title = "Check-in; mia, ned";
    String location = "Room 1, Floor 2; Building \"A\"";
    Meeting m =
        meeting(
            "m-esc",
            plan(ZonedDateTime.of(2026, 3, 10, 9, 0, 0, 0, BERLIN))
                .title(title)
                .agenda(agenda)
                .location(location)
                .build());

    String text = export.toICalendar(m);
    VEvent e = events(parse(text)).get(0);

    assertThat(text.replace("\r\n ", ""))
        .contains("SUMMARY:Check-in\\; mia\\, ned\r\n")
        .contains("DESCRIPTION:1. Review goals\\, milestones\\; blockers\\n2. Path: C:\\\\temp");
    assertThat(value(e, Property.SUMMARY)).isEqualTo(title);
    assertThat(value(e, Property.DESCRIPTION))
        .isEqualTo("1. Review goals, milestones; blockers\n2. Path: C:\\temp\\notes\n3. Next");
    assertThat(value(e, Property.LOCATION)).isEqualTo(location);
  }

  @Test
  void toICalendar_longAgendaOfWideCharacters_foldsLinesAt75OctetsWithCrlf() throws Exception {
    String agenda =
        ("Über Ziele sprechen. ".repeat(40) + "日本語の議題。".repeat(20) + "🙂".repeat(30)).strip();
    Meeting m =
        meeting(
            "m-long",
            plan(ZonedDateTime.of(2026, 3, 10, 9, 0, 0, 0, BERLIN)).agenda(agenda).build());

    String text = export.toICalendar(m);

    assertThat(text.split("\r\n"))
        .allSatisfy(
            line ->
                assertThat(line.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75));
    assertThat(text.replace("\r\n", "")).doesNotContain("\n");
    assertThat(text.split("\r\n")).anySatisfy(line -> assertThat(line).startsWith(" "));
    assertThat(value(events(parse(text)).get(0), Property.DESCRIPTION)).isEqualTo(agenda);
  }

  // ------------------------------------------------------------------------ status, zones

  @Test
  void toICalendar_longAsciiAgenda_foldsAt73Characters() throws Exception {
    String agenda = "Review the plan and agree on next steps. ".repeat(10).strip();
    Meeting m =
        meeting(
            "m-ascii",
            plan(ZonedDateTime.of(2026, 3, 10, 9, 0, 0, 0, BERLIN)).agenda(agenda).build());

    String text = export.toICalendar(m);

    assertThat(text.split("\r\n"))
        .allSatisfy(line -> assertThat(line).hasSizeLessThanOrEqualTo(73));
    assertThat(text.split("\r\n")).anySatisfy(line -> assertThat(line).hasSize(73));
    assertThat(value(events(parse(text)).get(0), Property.DESCRIPTION)).isEqualTo(agenda);
  }

  @Test
  void toICalendar_status_cancelledOnlyForCancelledMeetings() throws Exception {
    MeetingPlan p = plan(ZonedDateTime.of(2026, 3, 10, 9, 0, 0, 0, BERLIN)).build();
    Instant later = p.end().plusSeconds(60);
    List<Meeting> meetings =
        List.of(
            meeting("scheduled", p),
            meeting("held", p).markHeld(later),
            meeting("missed", p).markNoShow(later),
            meeting("cancelled", p).cancel("ill", later));

    String text = export.toICalendar(meetings);

    assertThat(events(parse(text)))
        .extracting(e -> value(e, Property.STATUS))
        .containsExactly("CONFIRMED", "CONFIRMED", "CONFIRMED", "CANCELLED");
    assertThat(text).doesNotContain("ill");
  }

  @Test
  void toICalendar_utcFixedOffsetAndSeveralZones_oneVTimeZonePerRegionInOrderOfUse()
      throws Exception {
    Instant at = Instant.parse("2026-03-10T08:00:00Z");
    ZoneId tokyo = ZoneId.of("Asia/Tokyo");
    List<Meeting> meetings =
        List.of(
            meeting("utc", plan(at.atZone(ZoneOffset.UTC)).build()),
            meeting("offset", plan(at.atZone(ZoneOffset.ofHours(2))).build()),
            meeting("utc-name", plan(at.atZone(ZoneId.of("UTC"))).build()),
            meeting("tokyo", plan(at.atZone(tokyo)).build()),
            meeting("berlin", plan(at.atZone(BERLIN)).build()),
            meeting("tokyo-2", plan(at.plusSeconds(3600).atZone(tokyo)).build()));

    Calendar cal = parse(export.toICalendar(meetings));

    assertThat(cal.<VTimeZone>getComponents(Component.VTIMEZONE))
        .extracting(z -> value(z, Property.TZID))
        .containsExactly("Asia/Tokyo", "Europe/Berlin");
    List<VEvent> events = events(cal);
    assertThat(events)
        .extracting(e -> value(e, Property.DTSTART))
        .containsExactly(
            "20260310T080000Z",
            "20260310T080000Z",
            "20260310T080000Z",
            "20260310T170000",
            "20260310T090000",
            "20260310T180000");
    assertThat(events)
        .extracting(ICalendarExportTest::tzid)
        .containsExactly(null, null, null, "Asia/Tokyo", "Europe/Berlin", "Asia/Tokyo");
    assertThat(events)
        .extracting(e -> Instant.from(start(e)))
        .containsExactly(at, at, at, at, at, at.plusSeconds(3600));
  }

  @Test
  void toICalendar_erasedTitleNoAgendaNoLocation_leavesThePropertiesOut() throws Exception {
    MeetingPlan p =
        MeetingPlan.builder("Erased soon", Instant.parse("2026-03-10T08:00:00.750Z"), BERLIN)
            .build();
    Meeting m =
        Meeting.schedule(MeetingId.of("m-erased"), PROGRAM, PAIR, null, MIA, p, CREATED)
            .withVersion(1)
            .erase(MIA, ParticipantId.of("erased-1"), CREATED.plusSeconds(5));

    VEvent e = events(parse(export.toICalendar(m))).get(0);

    assertThat(e.getProperty(Property.SUMMARY)).isEmpty();
    assertThat(e.getProperty(Property.DESCRIPTION)).isEmpty();
    assertThat(e.getProperty(Property.LOCATION)).isEmpty();
    assertThat(value(e, Property.DTSTART)).isEqualTo("20260310T090000");
    assertThat(value(e, Property.DURATION)).isEqualTo("PT1H");
  }

  // ----------------------------------------------------------------------- arguments

  @Test
  void toICalendar_badArguments_throw() {
    Meeting m = meeting("m-1", plan(ZonedDateTime.of(2026, 3, 10, 9, 0, 0, 0, BERLIN)).build());

    assertThatThrownBy(() -> export.toICalendar(List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("meetings is empty");
    assertThatThrownBy(() -> export.toICalendar(List.of(m, m)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("meeting m-1 is listed twice");
    assertThatThrownBy(() -> export.toICalendar((Meeting) null))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> export.toICalendar((List<Meeting>) null))
        .isInstanceOf(NullPointerException.class);
  }

  @Test
  void builder_validatesAndRefusesSettingTwice() {
    assertThatThrownBy(() -> ICalendarExport.builder(null))
        .isInstanceOf(NullPointerException.class);
    for (String bad : List.of("", "a b", "me@example.org", "x\u0001y", "a".repeat(254))) {
      assertThatThrownBy(() -> ICalendarExport.builder(bad))
          .as(bad)
          .isInstanceOf(IllegalArgumentException.class);
    }
    ICalendarExport.Builder b = ICalendarExport.builder("example.org");
    assertThatThrownBy(() -> b.prodId(" ")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> b.prodId("a\nb")).isInstanceOf(IllegalArgumentException.class);
    b.prodId("-//X//Y//EN").clock(Clock.systemUTC());
    assertThatThrownBy(() -> b.prodId("-//X//Z//EN")).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> b.clock(Clock.systemUTC())).isInstanceOf(IllegalStateException.class);

    ICalendarExport defaults = ICalendarExport.builder("example.org").build();
    assertThat(defaults.prodId()).isEqualTo(ICalendarExport.DEFAULT_PRODID);
    assertThat(defaults.uidDomain()).isEqualTo("example.org");
    assertThat(b.build().prodId()).isEqualTo("-//X//Y//EN");
  }

  @Test
  void toICalendar_concurrentCalls_sameOutput() throws Exception {
    Meeting m = meeting("m-1", plan(ZonedDateTime.of(2026, 3, 10, 9, 0, 0, 0, BERLIN)).build());
    String expected = export.toICalendar(m);
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<String>> results = new ArrayList<>();
      for (int i = 0; i < 16; i++) {
        results.add(pool.submit(() -> export.toICalendar(m)));
      }
      for (Future<String> r : results) {
        assertThat(r.get()).isEqualTo(expected);
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
