package dev.mentoring.core.meeting;

import static dev.mentoring.core.testing.Gens.listsOf;
import static dev.mentoring.core.testing.Gens.oneOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.mentoring.core.IllegalTransitionException;
import dev.mentoring.core.ParticipantId;
import dev.mentoring.core.internal.Transitions;
import dev.mentoring.core.pairing.PairId;
import dev.mentoring.core.program.ProgramId;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.Generate;

/**
 * The meeting lifecycle as a state machine, and the dates of recurring series: how many, how far
 * apart in local time, and how daylight-saving changes move them.
 */
class MeetingPropertyTest {
  private static final long SEED = 0x3EE7_2026L;
  private static final Instant T0 = Instant.parse("2026-01-05T09:00:00Z");
  private static final ParticipantId MENTOR = ParticipantId.of("mia");
  private static final ParticipantId MENTEE = ParticipantId.of("ned");

  /** MeetingStatus Javadoc: SCHEDULED → HELD / CANCELLED / NO_SHOW. */
  private static final Map<MeetingStatus, Set<MeetingStatus>> DIAGRAM =
      new EnumMap<>(MeetingStatus.class);

  static {
    DIAGRAM.put(
        MeetingStatus.SCHEDULED,
        Set.of(MeetingStatus.HELD, MeetingStatus.CANCELLED, MeetingStatus.NO_SHOW));
    DIAGRAM.put(MeetingStatus.HELD, Set.of());
    DIAGRAM.put(MeetingStatus.CANCELLED, Set.of());
    DIAGRAM.put(MeetingStatus.NO_SHOW, Set.of());
  }

  @Test
  void meetingStatus_agreesWithDocumentedDiagram() {
    for (MeetingStatus from : MeetingStatus.values()) {
      for (MeetingStatus to : MeetingStatus.values()) {
        boolean documented = DIAGRAM.get(from).contains(to);
        assertThat(from.canMoveTo(to)).as("%s → %s", from, to).isEqualTo(documented);
        assertThat(Transitions.MEETING.allows(from, to)).isEqualTo(documented);
      }
      assertThat(from.isTerminal()).isEqualTo(DIAGRAM.get(from).isEmpty());
      assertThat(Transitions.MEETING.next(from)).isEqualTo(DIAGRAM.get(from));
    }
  }

  // ------------------------------------------------------------------ state machine

  enum Verb {
    HOLD,
    NO_SHOW,
    CANCEL,
    RESCHEDULE,
    SHARED_NOTES,
    PRIVATE_NOTE,
    RATE
  }

  record Step(Verb verb, int arg) {}

  private static Meeting apply(Meeting m, Step step, Instant at) {
    int arg = step.arg();
    ParticipantId who = arg % 2 == 0 ? MENTOR : MENTEE;
    return switch (step.verb()) {
      case HOLD -> m.markHeld(at);
      case NO_SHOW -> m.markNoShow(at);
      case CANCEL -> m.cancel(arg % 3 == 0 ? null : "reason " + arg, at);
      case RESCHEDULE -> m.reschedule(m.start().plus(Duration.ofHours(arg % 5)), at);
      case SHARED_NOTES -> m.withSharedNotes("notes " + arg % 4, at);
      case PRIVATE_NOTE -> m.withPrivateNote(who, arg % 4 == 0 ? "" : "note " + arg % 3, at);
      case RATE -> m.rate(who, 1 + arg % 5, at);
    };
  }

  private static boolean allowed(Meeting m, Step step) {
    MeetingStatus s = m.status();
    return switch (step.verb()) {
      case HOLD, NO_SHOW, CANCEL, RESCHEDULE -> s == MeetingStatus.SCHEDULED;
      case SHARED_NOTES, PRIVATE_NOTE -> true;
      case RATE -> s == MeetingStatus.HELD;
    };
  }

  @Test
  void randomVerbs_moveAlongTheTableOrAreRefusedWithoutChange() {
    Set<List<MeetingStatus>> seen = new HashSet<>();
    qt().withFixedSeed(SEED)
        .withExamples(400)
        .forAll(
            booleans().all(),
            listsOf(oneOf(Verb.class).zip(integers().between(0, 60), Step::new), 0, 20))
        .checkAssert((logged, steps) -> seen.addAll(walk(logged, steps)));
    Set<List<MeetingStatus>> edges = new HashSet<>();
    DIAGRAM.forEach((from, tos) -> tos.forEach(to -> edges.add(List.of(from, to))));
    assertThat(seen).as("every table transition is exercised").isEqualTo(edges);
  }

  private static Set<List<MeetingStatus>> walk(boolean logged, List<Step> steps) {
    MeetingPlan plan = MeetingPlan.builder("M", T0, ZoneId.of("UTC")).build();
    MeetingId id = MeetingId.of("m-1");
    ProgramId program = ProgramId.of("p-1");
    PairId pair = PairId.of("pair-1");
    Meeting current =
        logged
            ? Meeting.logged(id, program, pair, MENTEE, plan, T0)
            : Meeting.schedule(id, program, pair, null, MENTOR, plan, T0);
    Set<List<MeetingStatus>> edges = new HashSet<>();
    Instant at = T0;
    for (Step step : steps) {
      at = at.plusSeconds(60);
      Meeting before = current;
      MeetingStatus from = before.status();
      Meeting next;
      try {
        next = apply(before, step, at);
      } catch (IllegalTransitionException e) {
        assertThat(allowed(before, step)).as("%s refused on %s", step, before).isFalse();
        assertThat(e.from()).isEqualTo(from);
        assertThat(e.id()).isEqualTo("m-1");
        continue;
      }
      assertThat(allowed(before, step)).as("%s accepted on %s", step, before).isTrue();
      MeetingStatus to = next.status();
      if (to != from) {
        assertThat(from.canMoveTo(to)).as("%s moved %s → %s", step, from, to).isTrue();
        edges.add(List.of(from, to));
      }
      assertThat(next.id()).isEqualTo(before.id());
      assertThat(next.duration()).isEqualTo(before.duration());
      assertThat(next.organizerId()).isEqualTo(before.organizerId());
      assertThat(next.cancellationReason() == null || to == MeetingStatus.CANCELLED).isTrue();
      assertThat(next.ratings().isEmpty() || to == MeetingStatus.HELD).isTrue();
      if (!next.equals(before)) {
        assertThat(next.updatedAt()).isEqualTo(at);
      }
      current = next;
    }
    return edges;
  }

  // --------------------------------------------------------------------- recurrence

  private static final List<ZoneId> ZONES =
      List.of(
              "UTC",
              "Europe/Berlin",
              "America/New_York",
              "America/Sao_Paulo",
              "Australia/Sydney",
              "Australia/Lord_Howe",
              "Asia/Kolkata",
              "Pacific/Chatham")
          .stream()
          .map(ZoneId::of)
          .toList();

  record Series(Instant first, ZoneId zone, RecurrenceFrequency frequency, int count) {}

  private static final Instant FROM = Instant.parse("2020-01-01T00:00:00Z");

  @Test
  void occurrences_countOrderAndLocalSpacing() {
    qt().withFixedSeed(SEED)
        .withExamples(1_000)
        .forAll(
            longs().between(0, Duration.ofDays(3_650).toMinutes()),
            Generate.pick(ZONES),
            oneOf(RecurrenceFrequency.class),
            integers().between(2, 52))
        .as(
            (minutes, zone, freq, count) ->
                new Series(FROM.plus(minutes, ChronoUnit.MINUTES), zone, freq, count))
        .checkAssert(MeetingPropertyTest::checkSeries);
  }

  private static void checkSeries(Series s) {
    List<Instant> starts =
        new Recurrence(s.frequency(), s.count()).occurrences(s.first(), s.zone());
    assertThat(starts).hasSize(s.count());
    assertThat(starts.get(0)).isEqualTo(s.first());
    for (int k = 1; k < starts.size(); k++) {
      assertThat(starts.get(k)).isAfter(starts.get(k - 1));
    }
    LocalDateTime firstLocal = LocalDateTime.ofInstant(s.first(), s.zone());
    for (int k = 0; k < starts.size(); k++) {
      LocalDateTime wanted =
          switch (s.frequency()) {
            case WEEKLY -> firstLocal.plusWeeks(k);
            case BIWEEKLY -> firstLocal.plusWeeks(2L * k);
            case MONTHLY -> firstLocal.plusMonths(k);
          };
      LocalDateTime actual = LocalDateTime.ofInstant(starts.get(k), s.zone());
      if (s.zone().getRules().getValidOffsets(wanted).isEmpty()) {
        // A local time skipped by a daylight-saving gap moves later by the gap's length.
        Duration gap = s.zone().getRules().getTransition(wanted).getDuration();
        assertThat(actual).as("occurrence %d of %s", k, s).isEqualTo(wanted.plus(gap));
      } else {
        assertThat(actual).as("occurrence %d of %s", k, s).isEqualTo(wanted);
      }
    }
    if (s.zone().getRules().isFixedOffset() && s.frequency() != RecurrenceFrequency.MONTHLY) {
      long days = s.frequency() == RecurrenceFrequency.WEEKLY ? 7 : 14;
      for (int k = 1; k < starts.size(); k++) {
        assertThat(Duration.between(starts.get(k - 1), starts.get(k)))
            .isEqualTo(Duration.ofDays(days));
      }
    }
  }

  @Test
  void occurrences_weeklyInBerlin_keepNineOClockAcrossBothChanges() {
    ZoneId berlin = ZoneId.of("Europe/Berlin");
    Instant first = ZonedDateTime.of(2026, 3, 23, 9, 0, 0, 0, berlin).toInstant();

    List<Instant> spring = Recurrence.weekly(2).occurrences(first, berlin);
    List<Instant> autumn =
        Recurrence.weekly(2)
            .occurrences(ZonedDateTime.of(2026, 10, 19, 9, 0, 0, 0, berlin).toInstant(), berlin);

    assertThat(spring)
        .containsExactly(
            Instant.parse("2026-03-23T08:00:00Z"), Instant.parse("2026-03-30T07:00:00Z"));
    assertThat(autumn)
        .containsExactly(
            Instant.parse("2026-10-19T07:00:00Z"), Instant.parse("2026-10-26T08:00:00Z"));
  }

  @Test
  void occurrences_monthlyFromThe31st_fallOnTheLastDayOfShorterMonths() {
    ZoneId ny = ZoneId.of("America/New_York");
    Instant first = ZonedDateTime.of(2026, 1, 31, 17, 30, 0, 0, ny).toInstant();

    List<Instant> starts = new Recurrence(RecurrenceFrequency.MONTHLY, 4).occurrences(first, ny);

    assertThat(starts.stream().map(i -> LocalDateTime.ofInstant(i, ny)).toList())
        .containsExactly(
            LocalDateTime.parse("2026-01-31T17:30"),
            LocalDateTime.parse("2026-02-28T17:30"),
            LocalDateTime.parse("2026-03-31T17:30"),
            LocalDateTime.parse("2026-04-30T17:30"));
  }

  @Test
  void occurrences_localTimeInAGap_movesLaterByTheGap() {
    ZoneId berlin = ZoneId.of("Europe/Berlin");
    Instant first = ZonedDateTime.of(2026, 3, 22, 2, 30, 0, 0, berlin).toInstant();

    List<Instant> starts = Recurrence.weekly(3).occurrences(first, berlin);

    assertThat(starts.stream().map(i -> LocalDateTime.ofInstant(i, berlin)).toList())
        .containsExactly(
            LocalDateTime.parse("2026-03-22T02:30"),
            LocalDateTime.parse("2026-03-29T03:30"),
            LocalDateTime.parse("2026-04-05T02:30"));
  }
}
