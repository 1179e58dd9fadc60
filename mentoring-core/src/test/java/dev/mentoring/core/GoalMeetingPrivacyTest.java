package dev.mentoring.core;

import static dev.mentoring.core.testing.Fixture.SYSTEM;
import static dev.mentoring.core.testing.Fixture.as;
import static dev.mentoring.core.testing.Fixture.id;
import static org.assertj.core.api.Assertions.assertThat;

import dev.mentoring.core.goal.CheckIn;
import dev.mentoring.core.goal.Goal;
import dev.mentoring.core.goal.GoalDraft;
import dev.mentoring.core.meeting.Meeting;
import dev.mentoring.core.meeting.MeetingPlan;
import dev.mentoring.core.pairing.Pair;
import dev.mentoring.core.program.ProgramId;
import dev.mentoring.core.testing.Fixture;
import dev.mentoring.core.testing.Pairs;
import dev.mentoring.core.testing.StoreSnapshot;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Export and erasure cover the goals and meetings of a person's pairs. */
class GoalMeetingPrivacyTest {
  private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
  private static final Actor MIA = as("mia");
  private static final Actor NED = as("ned");

  private final Fixture f = new Fixture();
  private ProgramId pid;
  private Pair pair;
  private Goal nedsGoal;
  private Goal olasGoal;
  private Meeting byMia;
  private Meeting byNed;

  /**
   * mia mentors ned and ola. ned has a goal with check-ins by both; mia and ned met twice (one
   * meeting organised by each), wrote shared notes, private notes and ratings; ola has a goal too.
   */
  @BeforeEach
  void twoPairsWithGoalsAndMeetings() {
    pid = Pairs.running(f, "mia:ned", "mia:ola");
    pair = Pairs.pair(f, pid, "mia", "ned");
    Pair withOla = Pairs.pair(f, pid, "mia", "ola");
    tick();
    GoalDraft draft =
        GoalDraft.builder("Lead the guild", "two sessions run", LocalDate.of(2026, 6, 1))
            .milestone("First session", LocalDate.of(2026, 3, 1))
            .build();
    nedsGoal = f.mentoring.goals().create(NED, pair.id(), draft);
    f.mentoring.goals().activate(NED, nedsGoal.id());
    f.mentoring.goals().checkIn(NED, nedsGoal.id(), "ned's own words", 10);
    f.mentoring.goals().checkIn(MIA, nedsGoal.id(), "mia's own words", null);
    nedsGoal = f.mentoring.goals().get(SYSTEM, nedsGoal.id());
    olasGoal =
        f.mentoring
            .goals()
            .create(
                as("ola"),
                withOla.id(),
                GoalDraft.builder("Ola's goal", "done", LocalDate.of(2026, 6, 1)).build());

    byMia =
        f.mentoring
            .meetings()
            .schedule(
                MIA,
                pair.id(),
                MeetingPlan.builder("mia's title", now().plus(Duration.ofHours(1)), BERLIN)
                    .agenda("mia's agenda")
                    .location("mia's room")
                    .build());
    byNed =
        f.mentoring
            .meetings()
            .schedule(
                NED,
                pair.id(),
                MeetingPlan.builder("ned's title", now().plus(Duration.ofHours(2)), BERLIN)
                    .build());
    f.clock.advance(Duration.ofHours(4));
    for (Meeting m : new Meeting[] {byMia, byNed}) {
      f.mentoring.meetings().markHeld(MIA, m.id());
      f.mentoring.meetings().updateSharedNotes(NED, m.id(), "shared words");
      f.mentoring.meetings().writePrivateNote(NED, m.id(), "ned's secret");
      f.mentoring.meetings().writePrivateNote(MIA, m.id(), "mia's secret");
      f.mentoring.meetings().rate(NED, m.id(), 2);
      f.mentoring.meetings().rate(MIA, m.id(), 5);
    }
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

  @Test
  void export_mentee_goalsOfTheirPairsAndMeetingsWithOnlyTheirOwnNoteAndRating() {
    ParticipantData data = f.mentoring.privacy().export(NED, id("ned"));

    assertThat(data.goals()).containsExactly(nedsGoal);
    assertThat(data.meetings()).hasSize(2);
    assertThat(data.meetings())
        .allSatisfy(
            m -> {
              assertThat(m.privateNotes()).isEqualTo(Map.of(id("ned"), "ned's secret"));
              assertThat(m.ratings()).isEqualTo(Map.of(id("ned"), 2));
              assertThat(m.sharedNotes()).isEqualTo("shared words");
            });
    assertThat(data.toString()).doesNotContain("mia's secret");
    assertThat(f.recorder.events()).isEmpty();
  }

  @Test
  void export_mentor_coversBothPairsAndNeverTheMenteesPrivateNote() {
    ParticipantData data = f.mentoring.privacy().export(SYSTEM, id("mia"));

    // Both goals were created at the same instant, so their order follows their random ids.
    assertThat(data.goals()).containsExactlyInAnyOrder(nedsGoal, olasGoal);
    assertThat(data.meetings()).extracting(Meeting::id).containsExactly(byMia.id(), byNed.id());
    assertThat(data.toString()).contains("mia's secret").doesNotContain("ned's secret");
  }

  @Test
  void erase_mentee_pseudonymisesTheirGoalsAndMeetingsAndRemovesTheirText() {
    StoreSnapshot before = f.snapshot();
    assertThat(before.toString()).contains("ned's secret", "ned's own words", "Lead the guild");

    ErasureReport report = f.mentoring.privacy().erase(NED, id("ned"));

    ParticipantId pseudonym = report.pseudonym();
    assertThat(report.goals()).isEqualTo(1);
    assertThat(report.meetings()).isEqualTo(2);
    StoreSnapshot after = f.snapshot();
    assertThat(after.goals()).hasSameSizeAs(before.goals());
    assertThat(after.meetings()).hasSameSizeAs(before.meetings());
    assertThat(after.toString())
        .doesNotContain(
            "=ned,",
            "ned=",
            "ned's secret",
            "ned's own words",
            "ned's title",
            "shared words",
            "Lead the guild")
        .contains("mia's secret", "mia's title");

    Goal goal = f.mentoring.goals().get(SYSTEM, nedsGoal.id());
    assertThat(goal.ownerId()).isEqualTo(pseudonym);
    assertThat(goal.title()).isEmpty();
    assertThat(goal.progress()).isEqualTo(10);
    assertThat(goal.checkIns())
        .containsExactly(
            new CheckIn(nedsGoal.checkIns().get(0).at(), pseudonym, "", 10),
            new CheckIn(nedsGoal.checkIns().get(1).at(), id("mia"), "", 10));
    Meeting hers = f.mentoring.meetings().get(MIA, byMia.id());
    assertThat(hers.title()).isEqualTo("mia's title");
    assertThat(hers.privateNotes()).isEqualTo(Map.of(id("mia"), "mia's secret"));
    Meeting his = f.mentoring.meetings().get(SYSTEM, byNed.id());
    assertThat(his.organizerId()).isEqualTo(pseudonym);
    assertThat(his.title()).isEmpty();
    assertThat(his.sharedNotes()).isEmpty();
    assertThat(his.ratings()).isEqualTo(Map.of(pseudonym, 2, id("mia"), 5));
    assertThat(f.mentoring.privacy().export(SYSTEM, id("ned")).goals()).isEmpty();
    assertThat(f.mentoring.privacy().export(SYSTEM, id("ned")).meetings()).isEmpty();
  }

  @Test
  void erase_mentor_keepsTheMenteesGoalTextsAndPrivateNotes() {
    ErasureReport report = f.mentoring.privacy().erase(SYSTEM, id("mia"));

    assertThat(report.goals()).isEqualTo(1);
    assertThat(report.meetings()).isEqualTo(2);
    Goal goal = f.mentoring.goals().get(SYSTEM, nedsGoal.id());
    assertThat(goal.title()).isEqualTo("Lead the guild");
    assertThat(goal.checkIns())
        .extracting(CheckIn::author, CheckIn::note)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(id("ned"), "ned's own words"),
            org.assertj.core.groups.Tuple.tuple(report.pseudonym(), ""));
    Meeting m = f.mentoring.meetings().get(NED, byNed.id());
    assertThat(m.privateNotes()).isEqualTo(Map.of(id("ned"), "ned's secret"));
    assertThat(m.title()).isEqualTo("ned's title");
    assertThat(f.snapshot().toString()).doesNotContain("mia's", "mia=", "=mia,");
    assertThat(f.mentoring.goals().get(SYSTEM, olasGoal.id())).isEqualTo(olasGoal);
  }
}
