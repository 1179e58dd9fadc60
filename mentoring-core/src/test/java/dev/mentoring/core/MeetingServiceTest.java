package dev.mentoring.core;

import static dev.mentoring.core.testing.Fixture.ADMIN;
import static dev.mentoring.core.testing.Fixture.SYSTEM;
import static dev.mentoring.core.testing.Fixture.as;
import static dev.mentoring.core.testing.Fixture.id;
import static dev.mentoring.core.testing.Rejections.invalid;
import static dev.mentoring.core.testing.Rejections.refused;
import static dev.mentoring.core.testing.Rejections.violation;
import static org.assertj.core.api.Assertions.assertThat;

import dev.mentoring.core.event.MeetingLogged;
import dev.mentoring.core.event.MeetingNotesUpdated;
import dev.mentoring.core.event.MeetingRated;
import dev.mentoring.core.event.MeetingRescheduled;
import dev.mentoring.core.event.MeetingScheduled;
import dev.mentoring.core.event.MeetingStatusChanged;
import dev.mentoring.core.meeting.Meeting;
import dev.mentoring.core.meeting.MeetingId;
import dev.mentoring.core.meeting.MeetingMode;
import dev.mentoring.core.meeting.MeetingPlan;
import dev.mentoring.core.meeting.MeetingSeriesId;
import dev.mentoring.core.meeting.MeetingStatus;
import dev.mentoring.core.meeting.Recurrence;
import dev.mentoring.core.meeting.RecurrenceFrequency;
import dev.mentoring.core.notification.MeetingCancelled;
import dev.mentoring.core.notification.MeetingInvitation;
import dev.mentoring.core.notification.MeetingMoved;
import dev.mentoring.core.pairing.ExitReason;
import dev.mentoring.core.pairing.Pair;
import dev.mentoring.core.pairing.PairId;
import dev.mentoring.core.program.ProgramId;
import dev.mentoring.core.testing.Fixture;
import dev.mentoring.core.testing.Pairs;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class MeetingServiceTest {
  private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
  private static final Actor MIA = as("mia");
  private static final Actor NED = as("ned");
  private static final Actor OUTSIDER = as("oz");

  private final Fixture f = new Fixture();
  private final MeetingService meetings = f.mentoring.meetings();
  private ProgramId pid;
  private Pair pair;
  private Pair other;

  @BeforeEach
  void activePairs() {
    pid = Pairs.running(f, "mia:ned", "max:ola");
    pair = Pairs.pair(f, pid, "mia", "ned");
    other = Pairs.pair(f, pid, "max", "ola");
    tick();
    f.recorder.clear();
  }

  private Instant tick() {
    f.clock.advance(Duration.ofMinutes(1));
    return f.clock.instant();
  }

  private Instant now() {
    return f.clock.instant();
  }

  /** A one-hour video call starting {@code in} from now. */
  private MeetingPlan.Builder plan(Duration in) {
    return MeetingPlan.builder("Kick-off", now().plus(in), BERLIN).agenda("goals for the year");
  }

  private Meeting scheduled(Actor actor, Duration in) {
    Meeting m = meetings.schedule(actor, pair.id(), plan(in).build());
    tick();
    f.recorder.clear();
    return m;
  }

  /** A meeting scheduled an hour from now and marked held two hours later. */
  private Meeting held() {
    Meeting m = scheduled(MIA, Duration.ofHours(1));
    f.clock.advance(Duration.ofHours(2));
    Meeting h = meetings.markHeld(NED, m.id());
    tick();
    f.recorder.clear();
    return h;
  }

  // ---------------------------------------------------------------------------------- schedule

  @Nested
  class Schedule {
    @Test
    void schedule_byMentor_storesMeetingPublishesItAndInvitesTheMentee() {
      Instant t = now();
      MeetingPlan p =
          plan(Duration.ofDays(2))
              .duration(Duration.ofMinutes(45))
              .mode(MeetingMode.IN_PERSON)
              .location("Room 4.12")
              .build();

      Meeting m = meetings.schedule(MIA, pair.id(), p);

      assertThat(m.version()).isEqualTo(1);
      assertThat(m.programId()).isEqualTo(pid);
      assertThat(m.pairId()).isEqualTo(pair.id());
      assertThat(m.seriesId()).isNull();
      assertThat(m.organizerId()).isEqualTo(id("mia"));
      assertThat(m.start()).isEqualTo(p.start());
      assertThat(m.end()).isEqualTo(p.start().plus(Duration.ofMinutes(45)));
      assertThat(m.duration()).isEqualTo(Duration.ofMinutes(45));
      assertThat(m.timeZone()).isEqualTo(BERLIN);
      assertThat(m.mode()).isEqualTo(MeetingMode.IN_PERSON);
      assertThat(m.title()).isEqualTo("Kick-off");
      assertThat(m.agenda()).isEqualTo("goals for the year");
      assertThat(m.location()).isEqualTo("Room 4.12");
      assertThat(m.sharedNotes()).isEmpty();
      assertThat(m.privateNotes()).isEmpty();
      assertThat(m.ratings()).isEmpty();
      assertThat(m.status()).isEqualTo(MeetingStatus.SCHEDULED);
      assertThat(m.cancellationReason()).isNull();
      assertThat(m.createdAt()).isEqualTo(t);
      assertThat(m.updatedAt()).isEqualTo(t);
      assertThat(meetings.get(MIA, m.id())).isEqualTo(m);
      assertThat(f.recorder.events())
          .containsExactly(new MeetingScheduled(m.id(), pid, pair.id(), null, p.start(), t));
      assertThat(f.recorder.notifications())
          .containsExactly(
              new MeetingInvitation(id("ned"), pid, pair.id(), m.id(), null, p.start(), t));
    }

    @Test
    void schedule_byMentee_invitesTheMentor() {
      Meeting m = meetings.schedule(NED, pair.id(), plan(Duration.ofDays(1)).build());

      assertThat(m.organizerId()).isEqualTo(id("ned"));
      assertThat(f.recorder.notifications(MeetingInvitation.class))
          .extracting(MeetingInvitation::recipient)
          .containsExactly(id("mia"));
    }

    @Test
    void schedule_everyRuleBroken_reportsEveryViolationTogether() {
      MeetingPlan bad =
          plan(Duration.ZERO)
              .title(" ")
              .duration(Duration.ofMinutes(14))
              .agenda("a".repeat(4_001))
              .location("l".repeat(501))
              .build();

      InvalidInputException ex =
          invalid(
              f,
              () -> meetings.schedule(MIA, pair.id(), bad),
              violation("agenda", "Size"),
              violation("duration", "DurationMin"),
              violation("location", "Size"),
              violation("start", "Future"),
              violation("title", "NotBlank"));

      assertThat(ex.violations().get(1).message()).isEqualTo("must be at least 15 minutes");
      assertThat(ex.violations().get(3).invalidValue()).isEqualTo(now().toString());
    }

    @Test
    void schedule_longerThanEightHours_invalid_exactlyEight_accepted() {
      invalid(
          f,
          () ->
              meetings.schedule(
                  MIA, pair.id(), plan(Duration.ofDays(1)).duration(Duration.ofHours(9)).build()),
          violation("duration", "DurationMax"));

      Meeting m =
          meetings.schedule(
              MIA, pair.id(), plan(Duration.ofDays(1)).duration(Duration.ofHours(8)).build());
      assertThat(m.duration()).isEqualTo(Duration.ofHours(8));
    }

    @Test
    void schedule_pausedOrAcceptedPair_invalidPairStatus() {
      f.mentoring.pairs().pause(MIA, pair.id());
      ProgramId matching = Pairs.matching(f, "amy:bob");
      Pair accepted = Pairs.pair(f, matching, "amy", "bob");

      InvalidInputException paused =
          invalid(
              f,
              () -> meetings.schedule(MIA, pair.id(), plan(Duration.ofDays(1)).build()),
              violation("pairId", "PairStatus"));
      invalid(
          f,
          () -> meetings.schedule(as("amy"), accepted.id(), plan(Duration.ofDays(1)).build()),
          violation("pairId", "PairStatus"));

      assertThat(paused.violations().get(0).message()).isEqualTo("must be ACTIVE (is PAUSED)");
    }

    @Test
    void schedule_outsiderAdminSystemOrOtherPair_accessDenied() {
      for (Actor actor : List.of(OUTSIDER, ADMIN, SYSTEM, as("max"))) {
        AccessDeniedException ex =
            refused(
                f,
                AccessDeniedException.class,
                () -> meetings.schedule(actor, pair.id(), plan(Duration.ofDays(1)).build()));
        assertThat(ex.action())
            .isEqualTo(
                "schedule a meeting for pair "
                    + pair.id()
                    + ": only the pair's mentor and mentee can");
      }
    }

    @Test
    void schedule_unknownPair_notFound_nulls_nullPointer() {
      refused(
          f,
          NotFoundException.class,
          () -> meetings.schedule(MIA, PairId.of("nope"), plan(Duration.ofDays(1)).build()));
      refused(
          f,
          NullPointerException.class,
          () -> meetings.schedule(null, pair.id(), plan(Duration.ofDays(1)).build()));
      refused(
          f,
          NullPointerException.class,
          () -> meetings.schedule(MIA, null, plan(Duration.ofDays(1)).build()));
      refused(f, NullPointerException.class, () -> meetings.schedule(MIA, pair.id(), null));
    }
  }

  // ------------------------------------------------------------------------------------ series

  @Nested
  class Series {
    @Test
    void scheduleSeries_weeklyAcrossDaylightSaving_keepsTheLocalTime() {
      f.clock.set(Instant.parse("2026-03-10T09:00:00Z"));
      Instant t = now();
      MeetingPlan p =
          MeetingPlan.builder("Weekly", Instant.parse("2026-03-16T08:00:00Z"), BERLIN).build();

      List<Meeting> series =
          meetings.scheduleSeries(NED, pair.id(), p, new Recurrence(RecurrenceFrequency.WEEKLY, 3));

      assertThat(series)
          .extracting(Meeting::start)
          .containsExactly(
              Instant.parse("2026-03-16T08:00:00Z"),
              Instant.parse("2026-03-23T08:00:00Z"),
              Instant.parse("2026-03-30T07:00:00Z"));
      MeetingSeriesId seriesId = series.get(0).seriesId();
      assertThat(seriesId).isNotNull();
      assertThat(series).allSatisfy(m -> assertThat(m.seriesId()).isEqualTo(seriesId));
      assertThat(series).extracting(Meeting::id).doesNotHaveDuplicates();
      assertThat(meetings.forPair(NED, pair.id())).isEqualTo(series);
      assertThat(f.recorder.events())
          .containsExactly(
              new MeetingScheduled(
                  series.get(0).id(), pid, pair.id(), seriesId, series.get(0).start(), t),
              new MeetingScheduled(
                  series.get(1).id(), pid, pair.id(), seriesId, series.get(1).start(), t),
              new MeetingScheduled(
                  series.get(2).id(), pid, pair.id(), seriesId, series.get(2).start(), t));
      assertThat(f.recorder.notifications(MeetingInvitation.class))
          .hasSize(3)
          .allSatisfy(
              n -> {
                assertThat(n.recipient()).isEqualTo(id("mia"));
                assertThat(n.seriesId()).isEqualTo(seriesId);
              });
    }

    @Test
    void scheduleSeries_countOutOfRangeAndBadPlan_reportsEveryViolation() {
      invalid(
          f,
          () ->
              meetings.scheduleSeries(
                  MIA, pair.id(), plan(Duration.ofDays(-1)).build(), Recurrence.weekly(1)),
          violation("recurrence.count", "Min"),
          violation("start", "Future"));
      invalid(
          f,
          () ->
              meetings.scheduleSeries(
                  MIA,
                  pair.id(),
                  plan(Duration.ofDays(1)).build(),
                  new Recurrence(RecurrenceFrequency.MONTHLY, 53)),
          violation("recurrence.count", "Max"));
    }

    @Test
    void scheduleSeries_pausedPair_invalid_outsider_accessDenied() {
      refused(
          f,
          AccessDeniedException.class,
          () ->
              meetings.scheduleSeries(
                  ADMIN, pair.id(), plan(Duration.ofDays(1)).build(), Recurrence.weekly(2)));
      f.mentoring.pairs().pause(NED, pair.id());
      invalid(
          f,
          () ->
              meetings.scheduleSeries(
                  MIA, pair.id(), plan(Duration.ofDays(1)).build(), Recurrence.weekly(2)),
          violation("pairId", "PairStatus"));
      refused(
          f,
          NullPointerException.class,
          () -> meetings.scheduleSeries(MIA, pair.id(), plan(Duration.ofDays(1)).build(), null));
    }

    @Test
    void cancelSeries_cancelsFutureScheduledMeetingsOnly() {
      List<Meeting> series =
          meetings.scheduleSeries(
              MIA,
              pair.id(),
              plan(Duration.ofHours(1)).build(),
              new Recurrence(RecurrenceFrequency.BIWEEKLY, 4));
      MeetingSeriesId seriesId = series.get(0).seriesId();
      f.clock.advance(Duration.ofHours(2));
      meetings.markHeld(NED, series.get(0).id());
      meetings.cancel(NED, series.get(1).id(), null);
      Instant t = tick();
      f.recorder.clear();

      List<Meeting> cancelled = meetings.cancelSeries(NED, seriesId, "moving abroad");

      assertThat(cancelled)
          .extracting(Meeting::id)
          .containsExactly(series.get(2).id(), series.get(3).id());
      assertThat(cancelled)
          .allSatisfy(
              m -> {
                assertThat(m.status()).isEqualTo(MeetingStatus.CANCELLED);
                assertThat(m.cancellationReason()).isEqualTo("moving abroad");
              });
      assertThat(meetings.get(MIA, series.get(0).id()).status()).isEqualTo(MeetingStatus.HELD);
      assertThat(f.recorder.events())
          .containsExactly(
              new MeetingStatusChanged(
                  series.get(2).id(),
                  pid,
                  pair.id(),
                  MeetingStatus.SCHEDULED,
                  MeetingStatus.CANCELLED,
                  t),
              new MeetingStatusChanged(
                  series.get(3).id(),
                  pid,
                  pair.id(),
                  MeetingStatus.SCHEDULED,
                  MeetingStatus.CANCELLED,
                  t));
      assertThat(f.recorder.notifications())
          .containsExactly(
              new MeetingCancelled(
                  id("mia"), pid, pair.id(), series.get(2).id(), series.get(2).start(), t),
              new MeetingCancelled(
                  id("mia"), pid, pair.id(), series.get(3).id(), series.get(3).start(), t));
      assertThat(meetings.cancelSeries(MIA, seriesId, null)).isEmpty();
    }

    @Test
    void cancelSeries_startedMeeting_staysScheduled() {
      List<Meeting> series =
          meetings.scheduleSeries(
              MIA, pair.id(), plan(Duration.ofHours(1)).build(), Recurrence.weekly(2));
      f.clock.advance(Duration.ofHours(1));

      List<Meeting> cancelled = meetings.cancelSeries(MIA, series.get(0).seriesId(), null);

      assertThat(cancelled).extracting(Meeting::id).containsExactly(series.get(1).id());
      assertThat(meetings.get(MIA, series.get(0).id()).status()).isEqualTo(MeetingStatus.SCHEDULED);
    }

    @Test
    void cancelSeries_rejections() {
      List<Meeting> series =
          meetings.scheduleSeries(
              MIA, pair.id(), plan(Duration.ofDays(1)).build(), Recurrence.weekly(2));
      MeetingSeriesId seriesId = series.get(0).seriesId();

      NotFoundException unknown =
          refused(
              f,
              NotFoundException.class,
              () -> meetings.cancelSeries(MIA, MeetingSeriesId.of("nope"), null));
      refused(f, AccessDeniedException.class, () -> meetings.cancelSeries(ADMIN, seriesId, null));
      refused(
          f, AccessDeniedException.class, () -> meetings.cancelSeries(as("ola"), seriesId, null));
      invalid(
          f,
          () -> meetings.cancelSeries(MIA, seriesId, "r".repeat(2_001)),
          violation("reason", "Size"));
      refused(f, NullPointerException.class, () -> meetings.cancelSeries(MIA, null, null));

      assertThat(unknown.kind()).isEqualTo("meeting series");
    }
  }

  // --------------------------------------------------------------------------------------- log

  @Nested
  class Log {
    @Test
    void log_pastMeeting_storedAsHeldWithoutInvitation() {
      f.clock.advance(Duration.ofDays(3));
      Instant t = now();
      MeetingPlan p =
          MeetingPlan.builder("Coffee chat", t.minus(Duration.ofDays(1)), BERLIN)
              .mode(MeetingMode.CHAT)
              .build();

      Meeting m = meetings.log(NED, pair.id(), p);

      assertThat(m.status()).isEqualTo(MeetingStatus.HELD);
      assertThat(m.organizerId()).isEqualTo(id("ned"));
      assertThat(m.mode()).isEqualTo(MeetingMode.CHAT);
      assertThat(f.recorder.events())
          .containsExactly(new MeetingLogged(m.id(), pid, pair.id(), p.start(), t));
      assertThat(f.recorder.notifications()).isEmpty();
    }

    @Test
    void log_endingNow_accepted_notYetEnded_invalid() {
      f.clock.advance(Duration.ofDays(1));
      Instant start = now().minus(Duration.ofHours(1));

      assertThat(
              meetings
                  .log(MIA, pair.id(), MeetingPlan.builder("Done", start, BERLIN).build())
                  .end())
          .isEqualTo(now());
      InvalidInputException ex =
          invalid(
              f,
              () ->
                  meetings.log(
                      MIA,
                      pair.id(),
                      MeetingPlan.builder("Running", start.plusSeconds(1), BERLIN).build()),
              violation("start", "Ended"));
      assertThat(ex.violations().get(0).message()).contains("must have ended by now");
    }

    @Test
    void log_beforeThePairStarted_invalid() {
      f.clock.advance(Duration.ofDays(1));

      invalid(
          f,
          () ->
              meetings.log(
                  MIA,
                  pair.id(),
                  MeetingPlan.builder("Before", pair.startedAt().minusSeconds(60), BERLIN)
                      .duration(Duration.ofMinutes(15))
                      .build()),
          violation("start", "DuringPair"));
    }

    @Test
    void log_endedPair_duringItsLife_accepted_afterItsEnd_invalid() {
      f.clock.advance(Duration.ofDays(2));
      Instant during = now().minus(Duration.ofDays(1));
      f.mentoring.pairs().complete(MIA, pair.id());
      f.clock.advance(Duration.ofDays(1));

      Meeting m = meetings.log(NED, pair.id(), MeetingPlan.builder("Last", during, BERLIN).build());

      assertThat(m.status()).isEqualTo(MeetingStatus.HELD);
      invalid(
          f,
          () ->
              meetings.log(
                  NED,
                  pair.id(),
                  MeetingPlan.builder("After", now().minus(Duration.ofHours(2)), BERLIN).build()),
          violation("start", "DuringPair"));
    }

    @Test
    void log_pairThatNeverStarted_invalidPairStatus() {
      ProgramId matching = Pairs.matching(f, "amy:bob");
      Pair accepted = Pairs.pair(f, matching, "amy", "bob");
      f.clock.advance(Duration.ofDays(1));

      invalid(
          f,
          () ->
              meetings.log(
                  as("bob"),
                  accepted.id(),
                  MeetingPlan.builder("Early", now().minus(Duration.ofHours(3)), BERLIN).build()),
          violation("pairId", "PairStatus"));
    }

    @Test
    void log_outsider_accessDenied_nulls() {
      MeetingPlan p = MeetingPlan.builder("x", now().minus(Duration.ofHours(2)), BERLIN).build();

      refused(f, AccessDeniedException.class, () -> meetings.log(SYSTEM, pair.id(), p));
      refused(f, NullPointerException.class, () -> meetings.log(MIA, pair.id(), null));
      refused(f, NullPointerException.class, () -> meetings.log(MIA, null, p));
      refused(f, NullPointerException.class, () -> meetings.log(null, pair.id(), p));
    }
  }

  // ---------------------------------------------------------------------------- reschedule

  @Nested
  class Reschedule {
    @Test
    void reschedule_byMentee_movesTheMeetingAndTellsTheMentor() {
      Meeting m = scheduled(MIA, Duration.ofDays(1));
      Instant t = now();
      Instant later = m.start().plus(Duration.ofDays(2));

      Meeting moved = meetings.reschedule(NED, m.id(), later);

      assertThat(moved.start()).isEqualTo(later);
      assertThat(moved.duration()).isEqualTo(m.duration());
      assertThat(moved.version()).isEqualTo(2);
      assertThat(moved.updatedAt()).isEqualTo(t);
      assertThat(f.recorder.events())
          .containsExactly(new MeetingRescheduled(m.id(), pid, pair.id(), m.start(), later, t));
      assertThat(f.recorder.notifications())
          .containsExactly(
              new MeetingMoved(id("mia"), pid, pair.id(), m.id(), m.start(), later, t));
    }

    @Test
    void reschedule_toTheSameStart_changesNothing() {
      Meeting m = scheduled(MIA, Duration.ofDays(1));

      assertThat(meetings.reschedule(MIA, m.id(), m.start())).isEqualTo(m);
      assertThat(f.recorder.events()).isEmpty();
      assertThat(f.recorder.notifications()).isEmpty();
    }

    @Test
    void reschedule_intoThePastOrForAPausedPair_invalid() {
      Meeting m = scheduled(MIA, Duration.ofDays(1));

      invalid(f, () -> meetings.reschedule(MIA, m.id(), now()), violation("start", "Future"));
      f.mentoring.pairs().pause(MIA, pair.id());
      invalid(
          f,
          () -> meetings.reschedule(MIA, m.id(), m.start().plusSeconds(60)),
          violation("pairId", "PairStatus"));
    }

    @Test
    void reschedule_heldMeeting_illegalTransition() {
      Meeting h = held();

      IllegalTransitionException ex =
          refused(
              f,
              IllegalTransitionException.class,
              () -> meetings.reschedule(MIA, h.id(), now().plus(Duration.ofDays(1))));

      assertThat(ex.from()).isEqualTo(MeetingStatus.HELD);
      assertThat(ex.to()).isEqualTo(MeetingStatus.SCHEDULED);
    }

    @Test
    void reschedule_rejections() {
      Meeting m = scheduled(MIA, Duration.ofDays(1));

      AccessDeniedException ex =
          refused(
              f,
              AccessDeniedException.class,
              () -> meetings.reschedule(ADMIN, m.id(), m.start().plusSeconds(60)));
      NotFoundException unknown =
          refused(
              f,
              NotFoundException.class,
              () -> meetings.reschedule(MIA, MeetingId.of("nope"), m.start()));
      refused(f, NullPointerException.class, () -> meetings.reschedule(MIA, m.id(), null));
      refused(f, NullPointerException.class, () -> meetings.reschedule(MIA, null, m.start()));
      refused(f, NullPointerException.class, () -> meetings.reschedule(null, m.id(), m.start()));

      assertThat(ex.action())
          .isEqualTo("reschedule meeting " + m.id() + ": only the pair's mentor and mentee can");
      assertThat(unknown.kind()).isEqualTo("meeting");
    }
  }

  // --------------------------------------------------------------------------------- lifecycle

  @Nested
  class Lifecycle {
    @Test
    void markHeld_fromTheStartOn_movesToHeldAndPublishesTheChange() {
      Meeting m = scheduled(MIA, Duration.ofHours(1));
      f.clock.set(m.start());

      Meeting h = meetings.markHeld(NED, m.id());

      assertThat(h.status()).isEqualTo(MeetingStatus.HELD);
      assertThat(h.updatedAt()).isEqualTo(m.start());
      assertThat(f.recorder.events())
          .containsExactly(
              new MeetingStatusChanged(
                  m.id(), pid, pair.id(), MeetingStatus.SCHEDULED, MeetingStatus.HELD, m.start()));
      assertThat(f.recorder.notifications()).isEmpty();
    }

    @Test
    void markNoShow_afterTheStart_movesToNoShow() {
      Meeting m = scheduled(MIA, Duration.ofHours(1));
      f.clock.advance(Duration.ofHours(3));

      assertThat(meetings.markNoShow(MIA, m.id()).status()).isEqualTo(MeetingStatus.NO_SHOW);
    }

    @Test
    void markHeldOrNoShow_beforeTheStart_invalid() {
      Meeting m = scheduled(MIA, Duration.ofHours(1));

      InvalidInputException ex =
          invalid(f, () -> meetings.markHeld(MIA, m.id()), violation("start", "Started"));
      invalid(f, () -> meetings.markNoShow(MIA, m.id()), violation("start", "Started"));

      assertThat(ex.violations().get(0).invalidValue()).isEqualTo(m.start().toString());
    }

    @Test
    void markHeld_pairPausedSinceTheMeeting_accepted() {
      Meeting m = scheduled(MIA, Duration.ofHours(1));
      f.clock.advance(Duration.ofHours(2));
      f.mentoring.pairs().pause(MIA, pair.id());

      assertThat(meetings.markHeld(MIA, m.id()).status()).isEqualTo(MeetingStatus.HELD);
    }

    @Test
    void markHeldOrNoShow_terminalMeeting_illegalTransition() {
      Meeting h = held();

      IllegalTransitionException again =
          refused(f, IllegalTransitionException.class, () -> meetings.markHeld(MIA, h.id()));
      IllegalTransitionException noShow =
          refused(f, IllegalTransitionException.class, () -> meetings.markNoShow(MIA, h.id()));

      assertThat(again.from()).isEqualTo(MeetingStatus.HELD);
      assertThat(again.to()).isEqualTo(MeetingStatus.HELD);
      assertThat(noShow.to()).isEqualTo(MeetingStatus.NO_SHOW);
    }

    @Test
    void cancel_byMentor_storesTheReasonAndTellsTheMentee() {
      Meeting m = scheduled(NED, Duration.ofDays(1));
      Instant t = now();

      Meeting c = meetings.cancel(MIA, m.id(), "sick");

      assertThat(c.status()).isEqualTo(MeetingStatus.CANCELLED);
      assertThat(c.cancellationReason()).isEqualTo("sick");
      assertThat(meetings.get(NED, m.id()).cancellationReason()).isEqualTo("sick");
      assertThat(f.recorder.events())
          .containsExactly(
              new MeetingStatusChanged(
                  m.id(), pid, pair.id(), MeetingStatus.SCHEDULED, MeetingStatus.CANCELLED, t));
      assertThat(f.recorder.notifications())
          .containsExactly(new MeetingCancelled(id("ned"), pid, pair.id(), m.id(), m.start(), t));
    }

    @Test
    void cancel_withoutReasonAfterThePairEnded_accepted() {
      Meeting m = scheduled(NED, Duration.ofHours(1));
      f.clock.advance(Duration.ofHours(2)); // past, never logged: ending the pair leaves it
      f.mentoring.pairs().endEarly(MIA, pair.id(), ExitReason.PERSONAL, null);

      Meeting c = meetings.cancel(NED, m.id(), null);

      assertThat(c.status()).isEqualTo(MeetingStatus.CANCELLED);
      assertThat(c.cancellationReason()).isNull();
    }

    @Test
    void endingThePair_cancelsItsComingMeetingsAndTellsBothPeople() {
      Meeting past = scheduled(NED, Duration.ofHours(1));
      f.clock.advance(Duration.ofHours(2));
      Meeting coming = scheduled(NED, Duration.ofDays(1));
      Meeting later = scheduled(MIA, Duration.ofDays(8));
      Meeting done = held();
      Instant endedAt = now();

      f.mentoring.pairs().endEarly(MIA, pair.id(), ExitReason.PERSONAL, null);

      for (Meeting m : List.of(coming, later)) {
        Meeting stored = meetings.get(NED, m.id());
        assertThat(stored.status()).isEqualTo(MeetingStatus.CANCELLED);
        assertThat(stored.cancellationReason()).isEqualTo("the mentoring relationship ended");
      }
      assertThat(meetings.get(NED, past.id()).status()).isEqualTo(MeetingStatus.SCHEDULED);
      assertThat(meetings.get(NED, done.id()).status()).isEqualTo(MeetingStatus.HELD);
      assertThat(f.recorder.notifications())
          .filteredOn(n -> n instanceof MeetingCancelled)
          .map(n -> (MeetingCancelled) n)
          .extracting(n -> n.meetingId() + " " + n.recipient() + " " + n.at())
          .containsExactlyInAnyOrder(
              coming.id() + " " + ParticipantId.of("mia") + " " + endedAt,
              coming.id() + " " + ParticipantId.of("ned") + " " + endedAt,
              later.id() + " " + ParticipantId.of("mia") + " " + endedAt,
              later.id() + " " + ParticipantId.of("ned") + " " + endedAt);
    }

    @Test
    void cancel_rejections() {
      Meeting m = scheduled(NED, Duration.ofDays(1));

      invalid(
          f, () -> meetings.cancel(MIA, m.id(), "r".repeat(2_001)), violation("reason", "Size"));
      refused(f, AccessDeniedException.class, () -> meetings.cancel(OUTSIDER, m.id(), null));
      meetings.cancel(MIA, m.id(), null);
      IllegalTransitionException ex =
          refused(f, IllegalTransitionException.class, () -> meetings.cancel(MIA, m.id(), null));
      assertThat(ex.from()).isEqualTo(MeetingStatus.CANCELLED);
    }
  }

  // ------------------------------------------------------------------------------------- notes

  @Nested
  class Notes {
    @Test
    void updateSharedNotes_storesThemForBothSidesAndPublishesTheChange() {
      Meeting m = scheduled(MIA, Duration.ofDays(1));
      Instant t = now();

      Meeting changed = meetings.updateSharedNotes(NED, m.id(), "bring the roadmap");
      Meeting same = meetings.updateSharedNotes(MIA, m.id(), "bring the roadmap");

      assertThat(changed.sharedNotes()).isEqualTo("bring the roadmap");
      assertThat(same).isEqualTo(changed);
      assertThat(meetings.get(MIA, m.id()).sharedNotes()).isEqualTo("bring the roadmap");
      assertThat(f.recorder.events())
          .containsExactly(new MeetingNotesUpdated(m.id(), pid, pair.id(), t));
      assertThat(f.recorder.notifications()).isEmpty();
    }

    @Test
    void updateSharedNotes_tooLong_invalid_outsider_accessDenied() {
      Meeting m = scheduled(MIA, Duration.ofDays(1));

      assertThat(meetings.updateSharedNotes(MIA, m.id(), "n".repeat(20_000)).sharedNotes())
          .hasSize(20_000);
      invalid(
          f,
          () -> meetings.updateSharedNotes(MIA, m.id(), "n".repeat(20_001)),
          violation("text", "Size"));
      refused(f, AccessDeniedException.class, () -> meetings.updateSharedNotes(ADMIN, m.id(), "x"));
      refused(f, NullPointerException.class, () -> meetings.updateSharedNotes(MIA, m.id(), null));
    }

    @Test
    void writePrivateNote_isForItsAuthorOnly_andPublishesNothing() {
      Meeting m = scheduled(MIA, Duration.ofDays(1));
      Instant t = now();

      Meeting mine = meetings.writePrivateNote(NED, m.id(), "ask about the promotion");
      Meeting hers = meetings.writePrivateNote(MIA, m.id(), "ned seems stuck");

      assertThat(mine.privateNotes()).isEqualTo(Map.of(id("ned"), "ask about the promotion"));
      assertThat(mine.updatedAt()).isEqualTo(t);
      assertThat(hers.privateNotes()).isEqualTo(Map.of(id("mia"), "ned seems stuck"));
      assertThat(meetings.get(NED, m.id()).privateNotes())
          .isEqualTo(Map.of(id("ned"), "ask about the promotion"));
      assertThat(meetings.forPair(MIA, pair.id()))
          .singleElement()
          .satisfies(
              v -> assertThat(v.privateNotes()).isEqualTo(Map.of(id("mia"), "ned seems stuck")));
      assertThat(f.recorder.events()).isEmpty();
      assertThat(f.recorder.notifications()).isEmpty();
    }

    @Test
    void writePrivateNote_mentorReadingTheMenteesNote_getsNothingOfIt() {
      Meeting m = scheduled(MIA, Duration.ofDays(1));
      meetings.writePrivateNote(NED, m.id(), "ask about the promotion");

      Meeting seenByMentor = meetings.get(MIA, m.id());
      Meeting seenByAdmin = meetings.get(ADMIN, m.id());
      Meeting seenBySystem = meetings.get(SYSTEM, m.id());

      assertThat(seenByMentor.privateNotes()).isEmpty();
      assertThat(seenByAdmin.privateNotes()).isEmpty();
      assertThat(seenBySystem.privateNotes()).isEmpty();
      assertThat(List.of(seenByMentor, seenByAdmin, seenBySystem).toString())
          .doesNotContain("promotion");
      assertThat(meetings.forProgram(SYSTEM, pid).toString()).doesNotContain("promotion");
      assertThat(meetings.forPair(ADMIN, pair.id()).toString()).doesNotContain("promotion");
      assertThat(f.recorder.events().toString()).doesNotContain("promotion");
    }

    @Test
    void writePrivateNote_emptyTextDeletesIt_sameTextChangesNothing() {
      Meeting m = scheduled(MIA, Duration.ofDays(1));
      Meeting written = meetings.writePrivateNote(NED, m.id(), "draft");
      tick();

      Meeting same = meetings.writePrivateNote(NED, m.id(), "draft");
      Meeting deleted = meetings.writePrivateNote(NED, m.id(), "");
      Meeting none = meetings.writePrivateNote(NED, m.id(), "");

      assertThat(same).isEqualTo(written);
      assertThat(deleted.privateNotes()).isEmpty();
      assertThat(deleted.version()).isEqualTo(written.version() + 1);
      assertThat(none).isEqualTo(deleted);
    }

    @Test
    void writePrivateNote_tooLong_invalid_admin_accessDenied() {
      Meeting m = scheduled(MIA, Duration.ofDays(1));

      invalid(
          f,
          () -> meetings.writePrivateNote(MIA, m.id(), "n".repeat(20_001)),
          violation("text", "Size"));
      refused(f, AccessDeniedException.class, () -> meetings.writePrivateNote(ADMIN, m.id(), "x"));
      refused(f, AccessDeniedException.class, () -> meetings.writePrivateNote(SYSTEM, m.id(), "x"));
      refused(f, NullPointerException.class, () -> meetings.writePrivateNote(MIA, m.id(), null));
    }
  }

  // ------------------------------------------------------------------------------------- rate

  @Nested
  class Rate {
    @Test
    void rate_heldMeeting_eachSideOnce_mayChange() {
      Meeting h = held();
      Instant t = now();

      meetings.rate(MIA, h.id(), 4);
      Meeting ned = meetings.rate(NED, h.id(), 2);
      Meeting changed = meetings.rate(NED, h.id(), 3);
      Meeting same = meetings.rate(NED, h.id(), 3);

      assertThat(ned.ratings()).isEqualTo(Map.of(id("ned"), 2));
      assertThat(changed.ratings()).isEqualTo(Map.of(id("ned"), 3));
      assertThat(same).isEqualTo(changed);
      assertThat(meetings.get(ADMIN, h.id()).ratings())
          .isEqualTo(Map.of(id("mia"), 4, id("ned"), 3));
      assertThat(meetings.get(SYSTEM, h.id()).ratings())
          .isEqualTo(Map.of(id("mia"), 4, id("ned"), 3));
      assertThat(meetings.get(MIA, h.id()).ratings()).isEqualTo(Map.of(id("mia"), 4));
      assertThat(f.recorder.events())
          .containsExactly(
              new MeetingRated(h.id(), pid, pair.id(), id("mia"), 4, t),
              new MeetingRated(h.id(), pid, pair.id(), id("ned"), 2, t),
              new MeetingRated(h.id(), pid, pair.id(), id("ned"), 3, t));
    }

    @Test
    void rate_outOfRange_invalid() {
      Meeting h = held();

      invalid(f, () -> meetings.rate(MIA, h.id(), 0), violation("rating", "Min"));
      invalid(f, () -> meetings.rate(MIA, h.id(), 6), violation("rating", "Max"));
    }

    @Test
    void rate_scheduledOrCancelledMeeting_illegalTransitionToHeld() {
      Meeting m = scheduled(MIA, Duration.ofDays(1));

      IllegalTransitionException scheduled =
          refused(f, IllegalTransitionException.class, () -> meetings.rate(MIA, m.id(), 5));
      meetings.cancel(MIA, m.id(), null);
      IllegalTransitionException cancelled =
          refused(f, IllegalTransitionException.class, () -> meetings.rate(MIA, m.id(), 5));

      assertThat(scheduled.from()).isEqualTo(MeetingStatus.SCHEDULED);
      assertThat(scheduled.to()).isEqualTo(MeetingStatus.HELD);
      assertThat(cancelled.from()).isEqualTo(MeetingStatus.CANCELLED);
    }

    @Test
    void rate_adminOrOtherPair_accessDenied() {
      Meeting h = held();

      refused(f, AccessDeniedException.class, () -> meetings.rate(ADMIN, h.id(), 5));
      refused(f, AccessDeniedException.class, () -> meetings.rate(as("max"), h.id(), 5));
      refused(f, NotFoundException.class, () -> meetings.rate(MIA, MeetingId.of("nope"), 5));
    }
  }

  // ------------------------------------------------------------------------------------- reads

  @Nested
  class Reads {
    private Meeting later;
    private Meeting sooner;
    private Meeting others;

    @BeforeEach
    void meetingsOfTwoPairs() {
      later = scheduled(MIA, Duration.ofDays(7));
      sooner = scheduled(NED, Duration.ofDays(1));
      others = meetings.schedule(as("ola"), other.id(), plan(Duration.ofDays(3)).build());
      meetings.updateSharedNotes(NED, sooner.id(), "shared");
      meetings.writePrivateNote(NED, sooner.id(), "private");
      sooner = meetings.get(SYSTEM, sooner.id());
      f.recorder.clear();
    }

    @Test
    void get_viewsByReader() {
      Meeting member = meetings.get(NED, sooner.id());
      Meeting admin = meetings.get(ADMIN, sooner.id());
      Meeting system = meetings.get(SYSTEM, sooner.id());

      assertThat(member.privateNotes()).isEqualTo(Map.of(id("ned"), "private"));
      assertThat(member.sharedNotes()).isEqualTo("shared");
      assertThat(admin.privateNotes()).isEmpty();
      assertThat(admin.sharedNotes()).isEmpty();
      assertThat(admin.agenda()).isEqualTo("goals for the year");
      assertThat(system.privateNotes()).isEmpty();
      assertThat(system.sharedNotes()).isEqualTo("shared");
      assertThat(system.version()).isEqualTo(member.version());
    }

    @Test
    void get_outsiderOrOtherPair_accessDenied_unknown_notFound() {
      AccessDeniedException ex =
          refused(f, AccessDeniedException.class, () -> meetings.get(OUTSIDER, sooner.id()));
      refused(f, AccessDeniedException.class, () -> meetings.get(as("max"), sooner.id()));
      refused(f, AccessDeniedException.class, () -> meetings.get(NED, others.id()));
      refused(f, NotFoundException.class, () -> meetings.get(NED, MeetingId.of("nope")));
      refused(f, NullPointerException.class, () -> meetings.get(NED, null));

      assertThat(ex.action()).isEqualTo("read meeting " + sooner.id());
    }

    @Test
    void forPair_orderedByStart_viewsByReader() {
      assertThat(meetings.forPair(MIA, pair.id()))
          .containsExactly(sooner.visibleTo(id("mia")), later.visibleTo(id("mia")));
      assertThat(meetings.forPair(ADMIN, pair.id()))
          .containsExactly(sooner.withoutNotes(), later.withoutNotes());
      assertThat(meetings.forPair(SYSTEM, pair.id()))
          .containsExactly(sooner.withoutPrivateNotes(), later.withoutPrivateNotes());
      refused(f, AccessDeniedException.class, () -> meetings.forPair(as("ola"), pair.id()));
      refused(f, NotFoundException.class, () -> meetings.forPair(MIA, PairId.of("nope")));
      refused(f, NullPointerException.class, () -> meetings.forPair(MIA, null));
    }

    @Test
    void forProgram_adminsAndSystem_orderedByStart_participantsDenied() {
      assertThat(meetings.forProgram(ADMIN, pid))
          .extracting(Meeting::id)
          .containsExactly(sooner.id(), others.id(), later.id());
      assertThat(meetings.forProgram(ADMIN, pid))
          .allSatisfy(m -> assertThat(m.sharedNotes()).isEmpty());
      assertThat(meetings.forProgram(SYSTEM, pid).get(0).sharedNotes()).isEqualTo("shared");
      refused(f, AccessDeniedException.class, () -> meetings.forProgram(MIA, pid));
      refused(f, NotFoundException.class, () -> meetings.forProgram(SYSTEM, ProgramId.of("nope")));
      refused(f, NullPointerException.class, () -> meetings.forProgram(SYSTEM, null));
      assertThat(f.recorder.events()).isEmpty();
    }
  }
}
