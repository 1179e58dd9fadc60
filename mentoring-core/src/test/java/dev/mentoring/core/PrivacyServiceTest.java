package dev.mentoring.core;

import static dev.mentoring.core.testing.Fixture.ADMIN;
import static dev.mentoring.core.testing.Fixture.SYSTEM;
import static dev.mentoring.core.testing.Fixture.as;
import static dev.mentoring.core.testing.Fixture.id;
import static dev.mentoring.core.testing.Rejections.refused;
import static org.assertj.core.api.Assertions.assertThat;

import dev.mentoring.core.enrollment.DepartmentPreference;
import dev.mentoring.core.enrollment.Enrollment;
import dev.mentoring.core.enrollment.EnrollmentStatus;
import dev.mentoring.core.enrollment.Preferences;
import dev.mentoring.core.enrollment.Profile;
import dev.mentoring.core.event.MentoringEvent;
import dev.mentoring.core.event.ParticipantErased;
import dev.mentoring.core.pairing.ExitReason;
import dev.mentoring.core.pairing.Pair;
import dev.mentoring.core.pairing.PairExit;
import dev.mentoring.core.pairing.PairStatus;
import dev.mentoring.core.program.MatchingPolicy;
import dev.mentoring.core.program.Program;
import dev.mentoring.core.program.ProgramId;
import dev.mentoring.core.program.ReminderPolicy;
import dev.mentoring.core.spi.SentReminder;
import dev.mentoring.core.testing.Fixture;
import dev.mentoring.core.testing.StoreSnapshot;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class PrivacyServiceTest {
  private static final ParticipantId ERIN = id("erin");

  private final Fixture f = new Fixture();
  private final PrivacyService privacy = f.mentoring.privacy();

  private Instant tick() {
    f.clock.advance(Duration.ofMinutes(1));
    return f.clock.instant();
  }

  private Pair propose(ProgramId pid, String mentor, String mentee) {
    tick();
    return f.mentoring.pairs().propose(ADMIN, pid, id(mentor), id(mentee));
  }

  private Pair accepted(ProgramId pid, String mentor, String mentee) {
    Pair p = propose(pid, mentor, mentee);
    f.mentoring.pairs().accept(as(mentor), p.id());
    return f.mentoring.pairs().accept(as(mentee), p.id());
  }

  private Enrollment enrollmentOf(ProgramId pid, ParticipantId who) {
    return f.mentoring.enrollments().list(SYSTEM, pid).stream()
        .filter(e -> e.participantId().equals(who))
        .findFirst()
        .orElseThrow();
  }

  /** Every participant id a snapshot mentions, in any field that names a person. */
  private static Set<ParticipantId> people(StoreSnapshot snapshot) {
    Set<ParticipantId> ids = new HashSet<>();
    for (Program p : snapshot.programs()) {
      ids.addAll(p.admins());
    }
    for (Enrollment e : snapshot.enrollments()) {
      ids.add(e.participantId());
      ids.addAll(e.profile().managerChain());
      ids.addAll(e.profile().exclusions());
      ids.addAll(e.profile().preferences().preferredPartners());
    }
    for (Pair p : snapshot.pairs()) {
      ids.add(p.mentorId());
      ids.add(p.menteeId());
      if (p.exit() != null && p.exit().initiatedBy() != null) {
        ids.add(p.exit().initiatedBy());
      }
    }
    for (SentReminder r : snapshot.reminders()) {
      ids.add(r.recipient());
    }
    return ids;
  }

  private List<SentReminder> remindersOf(ParticipantId who) {
    return f.store.inTransaction(tx -> tx.reminders().findByRecipient(who));
  }

  // ------------------------------------------------------------------------------------ export

  @Nested
  class Export {
    @Test
    void export_self_returnsEnrollmentsPairsWithOwnNotesProgramsAndReminders() {
      Program administered = f.mentoring.programs().create(as("erin"), Fixture.spec().build());
      f.mentoring.programs().create(ADMIN, Fixture.spec().build());
      ProgramId b = f.matchingProgram(MatchingPolicy.defaults().withMaxMentorsPerMentee(2)).id();
      f.mentor(b, "mia", 2);
      f.mentor(b, "max", 1);
      f.mentee(b, "erin", Profile.builder().seeks("Java", 3).build());
      ProgramId c = f.matchingProgram(MatchingPolicy.defaults()).id();
      tick();
      f.mentor(c, "erin", 1);
      f.mentee(c, "ned");
      Pair endedByMia = accepted(b, "mia", "erin");
      endedByMia =
          f.mentoring.pairs().endEarly(as("mia"), endedByMia.id(), ExitReason.PERSONAL, "mia only");
      Pair open = propose(b, "max", "erin");
      Pair declinedByErin = propose(c, "erin", "ned");
      declinedByErin = f.mentoring.pairs().decline(as("erin"), declinedByErin.id(), "erin only");
      Instant remindedAt = open.proposedAt().plus(ReminderPolicy.defaults().answerReminderAfter());
      f.clock.set(remindedAt);
      f.mentoring.reminders().due(SYSTEM, remindedAt);
      f.recorder.clear();
      StoreSnapshot before = f.snapshot();

      ParticipantData data = privacy.export(as("erin"), ERIN);

      assertThat(data.participantId()).isEqualTo(ERIN);
      assertThat(data.enrollments()).containsExactly(enrollmentOf(b, ERIN), enrollmentOf(c, ERIN));
      assertThat(data.enrollments().get(0).profile())
          .isEqualTo(Profile.builder().seeks("Java", 3).build());
      assertThat(data.pairs()).containsExactly(endedByMia.visibleTo(ERIN), open, declinedByErin);
      assertThat(data.pairs().get(0).exit().note()).isNull();
      assertThat(data.pairs().get(2).exit().note()).isEqualTo("erin only");
      assertThat(data.administers()).containsExactly(administered.id());
      assertThat(data.reminders())
          .containsExactly(
              new SentReminder("proposal-awaiting:" + open.id() + ":erin", ERIN, remindedAt));
      assertThat(privacy.export(SYSTEM, ERIN)).isEqualTo(data);
      assertThat(f.snapshot()).isEqualTo(before);
      assertThat(f.recorder.events()).isEmpty();
      assertThat(f.recorder.notifications()).isEmpty();
    }

    @Test
    void export_unknownPerson_returnsNothing() {
      ParticipantData data = privacy.export(SYSTEM, id("nobody"));

      assertThat(data.enrollments()).isEmpty();
      assertThat(data.pairs()).isEmpty();
      assertThat(data.administers()).isEmpty();
      assertThat(data.reminders()).isEmpty();
    }

    @Test
    void export_someoneElsesData_accessDeniedEvenForTheirAdmin() {
      ProgramId pid = f.enrollingProgram(MatchingPolicy.defaults()).id();
      f.mentee(pid, "erin");
      f.mentee(pid, "ned");

      AccessDeniedException byPeer =
          refused(f, AccessDeniedException.class, () -> privacy.export(as("ned"), ERIN));
      AccessDeniedException byAdmin =
          refused(f, AccessDeniedException.class, () -> privacy.export(ADMIN, ERIN));

      assertThat(byPeer.action()).isEqualTo("export the data of erin");
      assertThat(byAdmin.actor()).isEqualTo(ADMIN);
    }
  }

  // ------------------------------------------------------------------------------------- erase

  @Nested
  class Erase {
    private ProgramId adminProgram;
    private ProgramId running;
    private ProgramId finished;
    private Pair activeWithErin;
    private Pair openWithErin;
    private Pair completedByErin;
    private Pair declinedByErin;
    private Instant remindedAt;

    /**
     * erin administers one program; in a running one she is a mentee with an active pair and an
     * open proposal (and a reminder about it), and two colleagues name her in their profiles; in a
     * third she mentored a completed pair and declined a proposal with a note.
     */
    private void erinEverywhere() {
      adminProgram = f.mentoring.programs().create(ADMIN, Fixture.spec().admin(ERIN).build()).id();

      finished = f.matchingProgram(MatchingPolicy.defaults()).id();
      f.mentor(finished, "erin", 2);
      f.mentee(finished, "ned");
      f.mentee(finished, "pia");
      completedByErin = accepted(finished, "erin", "ned");
      f.mentoring.programs().launch(ADMIN, finished);
      completedByErin = f.mentoring.pairs().complete(as("erin"), completedByErin.id());
      declinedByErin = propose(finished, "erin", "pia");
      declinedByErin = f.mentoring.pairs().decline(as("erin"), declinedByErin.id(), "erin's note");

      running = f.matchingProgram(MatchingPolicy.defaults().withMaxMentorsPerMentee(2)).id();
      f.mentor(running, "mia", 2);
      f.mentor(running, "max", 1);
      f.mentee(running, "erin", Profile.builder().seeks("Java", 4).department("R&D").build());
      f.mentee(running, "ned", Profile.builder().managerChain(List.of(id("boss"), ERIN)).build());
      f.mentee(
          running,
          "ola",
          Profile.builder()
              .exclude(ERIN)
              .preferences(new Preferences(Set.of(ERIN, id("mia")), DepartmentPreference.SAME))
              .build());
      activeWithErin = accepted(running, "mia", "erin");
      f.mentoring.programs().launch(ADMIN, running);
      openWithErin = propose(running, "max", "erin");
      remindedAt = openWithErin.proposedAt().plus(ReminderPolicy.defaults().answerReminderAfter());
      f.clock.set(remindedAt);
      f.mentoring.reminders().due(SYSTEM, remindedAt);
      tick();
    }

    @Test
    void erase_self_replacesTheIdEverywhereKeepsCountsAndPublishesErasure() {
      erinEverywhere();
      StoreSnapshot before = f.snapshot();
      assertThat(people(before)).contains(ERIN);
      Instant t1 = tick();
      f.recorder.clear();

      ErasureReport report = privacy.erase(as("erin"), ERIN);

      ParticipantId pseudonym = report.pseudonym();
      assertThat(pseudonym.value()).startsWith("erased-");
      assertThat(report.enrollments()).isEqualTo(2);
      assertThat(report.pairs()).isEqualTo(4);
      assertThat(report.references()).isEqualTo(3);
      assertThat(report.reminders()).isEqualTo(1);

      StoreSnapshot after = f.snapshot();
      assertThat(people(after)).doesNotContain(ERIN).contains(pseudonym);
      assertThat(after.toString()).doesNotContain("erin");
      assertThat(after.enrollments()).hasSameSizeAs(before.enrollments());
      assertThat(after.pairs()).hasSameSizeAs(before.pairs());
      assertThat(after.programs()).hasSameSizeAs(before.programs());
      assertThat(remindersOf(ERIN)).isEmpty();
      assertThat(remindersOf(id("max"))).hasSize(1);

      List<MentoringEvent> events = f.recorder.events();
      assertThat(events).last().isEqualTo(new ParticipantErased(ERIN, pseudonym, t1));
      assertThat(privacy.export(SYSTEM, ERIN).enrollments()).isEmpty();
    }

    @Test
    void erase_self_withdrawsOpenEnrollmentsAndStripsTheirPersonalData() {
      erinEverywhere();
      Instant t1 = tick();

      ErasureReport report = privacy.erase(as("erin"), ERIN);

      List<Enrollment> erased =
          f.store.inTransaction(tx -> tx.enrollments().findByParticipant(report.pseudonym()));
      assertThat(erased)
          .hasSize(2)
          .allSatisfy(
              e -> {
                assertThat(e.status()).isEqualTo(EnrollmentStatus.WITHDRAWN);
                assertThat(e.profile()).isEqualTo(Profile.empty());
                assertThat(e.answers()).isEmpty();
                assertThat(e.consents()).isEmpty();
              });
      assertThat(erased)
          .extracting(Enrollment::programId)
          .containsExactlyInAnyOrder(finished, running);
      assertThat(enrollmentOf(running, id("ned")).profile().managerChain())
          .containsExactly(id("boss"));
      Profile ola = enrollmentOf(running, id("ola")).profile();
      assertThat(ola.exclusions()).isEmpty();
      assertThat(ola.preferences())
          .isEqualTo(new Preferences(Set.of(id("mia")), DepartmentPreference.SAME));
      assertThat(f.mentoring.programs().get(SYSTEM, adminProgram).admins())
          .containsExactly(id("admin"));

      Pair active = f.mentoring.pairs().get(SYSTEM, activeWithErin.id());
      assertThat(active.status()).isEqualTo(PairStatus.ENDED_EARLY);
      assertThat(active.exit()).isEqualTo(PairExit.automatic(ExitReason.PARTICIPANT_WITHDREW, t1));
      assertThat(active.menteeId()).isEqualTo(report.pseudonym());
      assertThat(active.mentorId()).isEqualTo(id("mia"));
      Pair open = f.mentoring.pairs().get(SYSTEM, openWithErin.id());
      assertThat(open.status()).isEqualTo(PairStatus.WITHDRAWN);
      assertThat(open.exit().reason()).isEqualTo(ExitReason.PARTICIPANT_WITHDREW);
      Pair completed = f.mentoring.pairs().get(SYSTEM, completedByErin.id());
      assertThat(completed.status()).isEqualTo(PairStatus.COMPLETED);
      assertThat(completed.mentorId()).isEqualTo(report.pseudonym());
      Pair declined = f.mentoring.pairs().get(SYSTEM, declinedByErin.id());
      assertThat(declined.status()).isEqualTo(PairStatus.DECLINED);
      assertThat(declined.exit())
          .isEqualTo(
              new PairExit(
                  ExitReason.DECLINED, declinedByErin.exit().at(), report.pseudonym(), null));
    }

    @Test
    void erase_adminWhoStoppedOtherPeoplesPairs_isReplacedAsTheirInitiator() {
      ProgramId pid = f.mentoring.programs().create(ADMIN, Fixture.spec().admin(ERIN).build()).id();
      f.mentoring.programs().openEnrollment(ADMIN, pid);
      f.mentoring.programs().startMatching(ADMIN, pid);
      f.mentor(pid, "mia", 2);
      f.mentee(pid, "ned");
      f.mentee(pid, "ola");
      Pair declined = propose(pid, "mia", "ned");
      f.mentoring.pairs().decline(as("erin"), declined.id(), "declined for them");
      Pair retracted = propose(pid, "mia", "ola");
      f.mentoring.pairs().retract(as("erin"), retracted.id());
      StoreSnapshot before = f.snapshot();
      assertThat(people(before)).contains(ERIN);

      ErasureReport report = privacy.erase(SYSTEM, ERIN);

      StoreSnapshot after = f.snapshot();
      assertThat(people(after)).doesNotContain(ERIN);
      assertThat(after.toString()).doesNotContain("erin");
      assertThat(f.mentoring.pairs().get(SYSTEM, declined.id()).exit())
          .satisfies(
              exit -> {
                assertThat(exit.initiatedBy()).isEqualTo(report.pseudonym());
                assertThat(exit.note()).isNull();
              });
      assertThat(f.mentoring.pairs().get(SYSTEM, retracted.id()).exit().initiatedBy())
          .isEqualTo(report.pseudonym());
      assertThat(report.pairs()).isZero();
      assertThat(report.references()).isEqualTo(1);
      assertThat(after.pairs()).hasSameSizeAs(before.pairs());
    }

    @Test
    void erase_adminWhoPairedByHand_leavesNoTraceInExplanations() {
      ProgramId pid = f.mentoring.programs().create(ADMIN, Fixture.spec().admin(ERIN).build()).id();
      f.mentoring.programs().openEnrollment(ADMIN, pid);
      f.mentoring.programs().startMatching(ADMIN, pid);
      f.mentor(pid, "mia", 1);
      f.mentee(pid, "ned");
      Pair pair = f.mentoring.pairs().propose(as("erin"), pid, id("mia"), id("ned"));

      privacy.erase(SYSTEM, ERIN);

      assertThat(f.mentoring.pairs().get(SYSTEM, pair.id()).explanation().summary())
          .doesNotContain("erin");
      assertThat(f.snapshot().toString()).doesNotContain("erin");
    }

    @Test
    void erase_personWithoutRecords_reportsNothingChangedButPublishesErasure() {
      ErasureReport report = privacy.erase(SYSTEM, id("nobody"));

      assertThat(report.enrollments()).isZero();
      assertThat(report.pairs()).isZero();
      assertThat(report.references()).isZero();
      assertThat(report.reminders()).isZero();
      assertThat(f.recorder.events(ParticipantErased.class))
          .containsExactly(
              new ParticipantErased(id("nobody"), report.pseudonym(), f.clock.instant()));
    }

    @Test
    void erase_someoneElsesData_accessDeniedEvenForTheirAdmin() {
      erinEverywhere();

      AccessDeniedException byPeer =
          refused(f, AccessDeniedException.class, () -> privacy.erase(as("ned"), ERIN));
      AccessDeniedException byAdmin =
          refused(f, AccessDeniedException.class, () -> privacy.erase(ADMIN, ERIN));

      assertThat(byPeer.action()).isEqualTo("erase the data of erin");
      assertThat(byAdmin.actor()).isEqualTo(ADMIN);
    }

    @Test
    void erase_nullArgument_throwsNullPointerException() {
      refused(f, NullPointerException.class, () -> privacy.erase(SYSTEM, null));
      refused(f, NullPointerException.class, () -> privacy.erase(null, ERIN));
    }
  }
}
