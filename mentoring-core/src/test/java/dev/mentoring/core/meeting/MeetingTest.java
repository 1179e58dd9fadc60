package dev.mentoring.core.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mentoring.core.IllegalTransitionException;
import dev.mentoring.core.ParticipantId;
import dev.mentoring.core.pairing.PairId;
import dev.mentoring.core.program.ProgramId;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MeetingTest {
  private static final Instant T0 = Instant.parse("2026-01-05T09:00:00Z");
  private static final Instant T1 = T0.plusSeconds(60);
  private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
  private static final ParticipantId MENTOR = ParticipantId.of("mia");
  private static final ParticipantId MENTEE = ParticipantId.of("ned");
  private static final ParticipantId PSEUDONYM = ParticipantId.of("erased-1");

  private static MeetingPlan plan() {
    return MeetingPlan.builder("Kick-off", T0.plus(Duration.ofDays(1)), BERLIN)
        .agenda("goals")
        .location("https://meet.example/abc")
        .build();
  }

  private static Meeting scheduled() {
    return Meeting.schedule(
        MeetingId.of("m-1"), ProgramId.of("p-1"), PairId.of("pair-1"), null, MENTOR, plan(), T0);
  }

  private static Meeting withMaps(
      MeetingStatus status, Map<ParticipantId, String> notes, Map<ParticipantId, Integer> ratings) {
    Meeting m = scheduled();
    return new Meeting(
        m.id(),
        0,
        m.programId(),
        m.pairId(),
        null,
        m.organizerId(),
        m.start(),
        m.duration(),
        m.timeZone(),
        m.mode(),
        m.title(),
        m.agenda(),
        m.location(),
        "",
        notes,
        ratings,
        status,
        null,
        T0,
        T0);
  }

  @Test
  void schedule_copiesThePlan() {
    Meeting m = scheduled();

    assertThat(m.version()).isZero();
    assertThat(m.status()).isEqualTo(MeetingStatus.SCHEDULED);
    assertThat(m.start()).isEqualTo(plan().start());
    assertThat(m.end()).isEqualTo(plan().end());
    assertThat(m.duration()).isEqualTo(Duration.ofHours(1));
    assertThat(m.mode()).isEqualTo(MeetingMode.VIDEO);
    assertThat(m.location()).isEqualTo("https://meet.example/abc");
    assertThat(m.withVersion(3).version()).isEqualTo(3);
    Meeting logged =
        Meeting.logged(
            MeetingId.of("m-2"), ProgramId.of("p-1"), PairId.of("pair-1"), MENTEE, plan(), T1);
    assertThat(logged.status()).isEqualTo(MeetingStatus.HELD);
    assertThat(logged.seriesId()).isNull();
    assertThat(logged.createdAt()).isEqualTo(T1);
  }

  @Test
  void constructor_rejectsInconsistentComponents() {
    assertThatThrownBy(() -> withMaps(MeetingStatus.HELD, Map.of(MENTOR, ""), Map.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the private note of mia is empty");
    assertThatThrownBy(() -> withMaps(MeetingStatus.HELD, Map.of(), Map.of(MENTOR, 6)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("rating is outside 1 to 5: 6");
    assertThatThrownBy(() -> withMaps(MeetingStatus.HELD, Map.of(), Map.of(MENTOR, 0)))
        .isInstanceOf(IllegalArgumentException.class);
    Map<ParticipantId, String> withNull = new HashMap<>();
    withNull.put(MENTOR, null);
    assertThatThrownBy(() -> withMaps(MeetingStatus.HELD, withNull, Map.of()))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> scheduled().withVersion(-1))
        .isInstanceOf(IllegalArgumentException.class);
    Meeting m = scheduled();
    assertThatThrownBy(
            () ->
                new Meeting(
                    m.id(),
                    0,
                    m.programId(),
                    m.pairId(),
                    null,
                    MENTOR,
                    T0,
                    Duration.ZERO,
                    BERLIN,
                    MeetingMode.CHAT,
                    "t",
                    "",
                    null,
                    "",
                    Map.of(),
                    Map.of(),
                    MeetingStatus.SCHEDULED,
                    null,
                    T0,
                    T0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("duration is not positive: PT0S");
    assertThatThrownBy(
            () ->
                new Meeting(
                    m.id(),
                    0,
                    m.programId(),
                    m.pairId(),
                    null,
                    MENTOR,
                    T0,
                    Duration.ofMinutes(-5),
                    BERLIN,
                    MeetingMode.CHAT,
                    "t",
                    "",
                    null,
                    "",
                    Map.of(),
                    Map.of(),
                    MeetingStatus.SCHEDULED,
                    null,
                    T0,
                    T0))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () ->
                new Meeting(
                    m.id(),
                    0,
                    m.programId(),
                    m.pairId(),
                    null,
                    MENTOR,
                    T0,
                    Duration.ofHours(1),
                    BERLIN,
                    MeetingMode.CHAT,
                    "t",
                    "",
                    null,
                    "",
                    Map.of(),
                    Map.of(),
                    MeetingStatus.HELD,
                    "why",
                    T0,
                    T0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("only a CANCELLED meeting has a reason; status is HELD");
  }

  @Test
  void verbs_moveAlongTheTable() {
    Meeting m = scheduled();

    assertThat(m.markHeld(T1).status()).isEqualTo(MeetingStatus.HELD);
    assertThat(m.markNoShow(T1).status()).isEqualTo(MeetingStatus.NO_SHOW);
    Meeting c = m.cancel("ill", T1);
    assertThat(c.status()).isEqualTo(MeetingStatus.CANCELLED);
    assertThat(c.cancellationReason()).isEqualTo("ill");
    assertThat(c.updatedAt()).isEqualTo(T1);
    assertThatThrownBy(() -> c.markHeld(T1))
        .isInstanceOfSatisfying(
            IllegalTransitionException.class,
            e -> {
              assertThat(e.from()).isEqualTo(MeetingStatus.CANCELLED);
              assertThat(e.to()).isEqualTo(MeetingStatus.HELD);
            });
  }

  @Test
  void reschedule_scheduledOnly_sameStartChangesNothing() {
    Meeting m = scheduled();
    Instant later = m.start().plus(Duration.ofDays(1));

    assertThat(m.reschedule(later, T1).start()).isEqualTo(later);
    assertThat(m.reschedule(later, T1).end()).isEqualTo(later.plus(Duration.ofHours(1)));
    assertThat(m.reschedule(m.start(), T1)).isSameAs(m);
    assertThatThrownBy(() -> m.markHeld(T1).reschedule(later, T1))
        .isInstanceOfSatisfying(
            IllegalTransitionException.class,
            e -> assertThat(e.to()).isEqualTo(MeetingStatus.SCHEDULED));
  }

  @Test
  void notesAndRatings() {
    Meeting h = scheduled().markHeld(T0);

    Meeting noted =
        h.withSharedNotes("shared", T1)
            .withPrivateNote(MENTOR, "hers", T1)
            .withPrivateNote(MENTEE, "his", T1)
            .rate(MENTOR, 4, T1)
            .rate(MENTEE, 2, T1);

    assertThat(noted.sharedNotes()).isEqualTo("shared");
    assertThat(noted.privateNotes()).isEqualTo(Map.of(MENTOR, "hers", MENTEE, "his"));
    assertThat(noted.ratings()).isEqualTo(Map.of(MENTOR, 4, MENTEE, 2));
    assertThat(noted.withSharedNotes("shared", T1)).isSameAs(noted);
    assertThat(noted.withPrivateNote(MENTOR, "hers", T1)).isSameAs(noted);
    assertThat(noted.withPrivateNote(MENTOR, "", T1).privateNotes())
        .isEqualTo(Map.of(MENTEE, "his"));
    assertThat(noted.rate(MENTOR, 4, T1)).isSameAs(noted);
    assertThat(noted.rate(MENTOR, 5, T1).ratings()).containsEntry(MENTOR, 5);
    assertThatThrownBy(() -> noted.rate(MENTOR, 0, T1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> scheduled().rate(MENTOR, 3, T1))
        .isInstanceOfSatisfying(
            IllegalTransitionException.class,
            e -> {
              assertThat(e.from()).isEqualTo(MeetingStatus.SCHEDULED);
              assertThat(e.to()).isEqualTo(MeetingStatus.HELD);
            });
  }

  @Test
  void views_hideWhatEachReaderMayNotSee() {
    Meeting noted =
        scheduled()
            .markHeld(T0)
            .withSharedNotes("shared", T1)
            .withPrivateNote(MENTOR, "hers", T1)
            .withPrivateNote(MENTEE, "his", T1)
            .rate(MENTOR, 4, T1);

    Meeting mentee = noted.visibleTo(MENTEE);
    Meeting mentor = noted.visibleTo(MENTOR);
    Meeting system = noted.withoutPrivateNotes();
    Meeting admin = noted.withoutNotes();

    assertThat(mentee.privateNotes()).isEqualTo(Map.of(MENTEE, "his"));
    assertThat(mentee.ratings()).isEmpty();
    assertThat(mentee.sharedNotes()).isEqualTo("shared");
    assertThat(mentor.privateNotes()).isEqualTo(Map.of(MENTOR, "hers"));
    assertThat(mentor.ratings()).isEqualTo(Map.of(MENTOR, 4));
    assertThat(system.privateNotes()).isEmpty();
    assertThat(system.sharedNotes()).isEqualTo("shared");
    assertThat(system.ratings()).isEqualTo(noted.ratings());
    assertThat(admin.privateNotes()).isEmpty();
    assertThat(admin.sharedNotes()).isEmpty();
    assertThat(admin.ratings()).isEqualTo(noted.ratings());
    for (Meeting view : List.of(mentee, mentor, system, admin)) {
      assertThat(view.updatedAt()).isEqualTo(noted.updatedAt());
      assertThat(view.version()).isEqualTo(noted.version());
    }
    Meeting plain = scheduled();
    assertThat(plain.visibleTo(MENTEE)).isSameAs(plain);
    assertThat(plain.withoutNotes()).isSameAs(plain);
  }

  @Test
  void erase_organizer_removesTheirTextsAndKeepsTheirRatingUnderThePseudonym() {
    Meeting noted =
        scheduled()
            .markHeld(T0)
            .withSharedNotes("shared", T1)
            .withPrivateNote(MENTOR, "hers", T1)
            .withPrivateNote(MENTEE, "his", T1)
            .rate(MENTOR, 4, T1)
            .rate(MENTEE, 2, T1);

    Meeting erased = noted.erase(MENTOR, PSEUDONYM, T1);

    assertThat(erased.organizerId()).isEqualTo(PSEUDONYM);
    assertThat(erased.title()).isEmpty();
    assertThat(erased.agenda()).isEmpty();
    assertThat(erased.location()).isNull();
    assertThat(erased.sharedNotes()).isEmpty();
    assertThat(erased.privateNotes()).isEqualTo(Map.of(MENTEE, "his"));
    assertThat(erased.ratings()).isEqualTo(Map.of(PSEUDONYM, 4, MENTEE, 2));
    assertThat(erased.start()).isEqualTo(noted.start());
    assertThat(erased.status()).isEqualTo(MeetingStatus.HELD);
    assertThat(erased.toString()).doesNotContain("mia", "hers", "Kick-off", "meet.example");
  }

  @Test
  void erase_otherSide_keepsTheOrganisersTexts() {
    Meeting noted = scheduled().cancel("travel", T0).withPrivateNote(MENTEE, "his", T1);

    Meeting erased = noted.erase(MENTEE, PSEUDONYM, T1);

    assertThat(erased.organizerId()).isEqualTo(MENTOR);
    assertThat(erased.title()).isEqualTo("Kick-off");
    assertThat(erased.privateNotes()).isEmpty();
    assertThat(erased.ratings()).isEmpty();
    assertThat(erased.cancellationReason()).isNull();
  }

  @Test
  void planAndIds() {
    MeetingPlan p =
        MeetingPlan.builder("a", T0, BERLIN)
            .title("b")
            .start(T1)
            .timeZone(ZoneId.of("UTC"))
            .duration(Duration.ofMinutes(30))
            .mode(MeetingMode.CHAT)
            .agenda("c")
            .location(null)
            .build();

    assertThat(p)
        .isEqualTo(
            new MeetingPlan(
                T1, Duration.ofMinutes(30), ZoneId.of("UTC"), MeetingMode.CHAT, "b", "c", null));
    assertThat(p.withStart(T0).start()).isEqualTo(T0);
    assertThat(p.end()).isEqualTo(T1.plus(Duration.ofMinutes(30)));
    assertThatThrownBy(() -> MeetingPlan.builder("a", T0, null))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> new Recurrence(null, 2)).isInstanceOf(NullPointerException.class);
    assertThat(new Recurrence(RecurrenceFrequency.WEEKLY, 0).occurrences(T0, BERLIN)).isEmpty();
    assertThat(MeetingId.of("a")).isLessThan(MeetingId.of("b")).hasToString("a");
    assertThat(MeetingSeriesId.of("a")).isLessThan(MeetingSeriesId.of("b")).hasToString("a");
    assertThat(MeetingId.random()).isNotEqualTo(MeetingId.random());
    assertThat(MeetingSeriesId.random()).isNotEqualTo(MeetingSeriesId.random());
    assertThatThrownBy(() -> MeetingSeriesId.of("")).isInstanceOf(IllegalArgumentException.class);
  }
}
