package dev.mentoring.core;

import static dev.mentoring.core.testing.Fixture.ADMIN;
import static dev.mentoring.core.testing.Fixture.SYSTEM;
import static dev.mentoring.core.testing.Fixture.as;
import static dev.mentoring.core.testing.Fixture.id;
import static dev.mentoring.core.testing.Rejections.refused;
import static org.assertj.core.api.Assertions.assertThat;

import dev.mentoring.core.notification.Notification;
import dev.mentoring.core.notification.ProposalAwaitingAnswer;
import dev.mentoring.core.notification.ProposalExpiring;
import dev.mentoring.core.pairing.Pair;
import dev.mentoring.core.program.ApprovalSide;
import dev.mentoring.core.program.MatchingMode;
import dev.mentoring.core.program.MatchingPolicy;
import dev.mentoring.core.program.ProgramId;
import dev.mentoring.core.program.ReminderPolicy;
import dev.mentoring.core.spi.SentReminder;
import dev.mentoring.core.testing.Fixture;
import dev.mentoring.core.testing.StoreSnapshot;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ReminderServiceTest {
  private static final Duration REMIND_AFTER = ReminderPolicy.defaults().answerReminderAfter();
  private static final Duration WARN_BEFORE = ReminderPolicy.defaults().expiryWarningBefore();

  private final Fixture f = new Fixture();
  private final ReminderService reminders = f.mentoring.reminders();

  /** A MATCHING program with mentor mia (capacity 2) and mentees ned and ola. */
  private ProgramId cohort(MatchingPolicy policy) {
    ProgramId pid = f.matchingProgram(policy).id();
    f.mentor(pid, "mia", 2);
    f.mentee(pid, "ned");
    f.mentee(pid, "ola");
    f.clock.advance(Duration.ofHours(1));
    return pid;
  }

  private Pair proposal(ProgramId pid) {
    return f.mentoring.pairs().propose(ADMIN, pid, id("mia"), id("ned"));
  }

  private static ProposalAwaitingAnswer awaiting(String who, Pair p, Instant at) {
    return new ProposalAwaitingAnswer(id(who), p.programId(), p.id(), p.proposedAt(), at);
  }

  private static ProposalExpiring expiring(String who, Pair p, Instant at) {
    return new ProposalExpiring(id(who), p.programId(), p.id(), p.expiresAt(), at);
  }

  /** Calls {@link ReminderService#due} with the clock set to {@code at}, recorder cleared. */
  private List<Notification> dueAt(Instant at) {
    f.clock.set(at);
    f.recorder.clear();
    return reminders.due(SYSTEM, at);
  }

  @Test
  void due_beforeReminderPeriod_handsOutNothing() {
    Pair p = proposal(cohort(MatchingPolicy.defaults()));
    StoreSnapshot before = f.snapshot();

    List<Notification> due = dueAt(p.proposedAt().plus(REMIND_AFTER).minusMillis(1));

    assertThat(due).isEmpty();
    assertThat(f.recorder.notifications()).isEmpty();
    assertThat(f.snapshot()).isEqualTo(before);
  }

  @Test
  void due_afterReminderPeriod_remindsEachPendingSideOnceAndNotifies() {
    Pair p = proposal(cohort(MatchingPolicy.defaults()));
    Instant at = p.proposedAt().plus(REMIND_AFTER);

    List<Notification> due = dueAt(at);

    assertThat(due).containsExactly(awaiting("mia", p, at), awaiting("ned", p, at));
    assertThat(f.recorder.notifications()).containsExactlyElementsOf(due);
    assertThat(f.recorder.events()).isEmpty();
    assertThat(f.snapshot().reminders())
        .containsExactlyInAnyOrder(
            new SentReminder("proposal-awaiting:" + p.id() + ":mia", id("mia"), at),
            new SentReminder("proposal-awaiting:" + p.id() + ":ned", id("ned"), at));
  }

  @Test
  void due_calledAgainAtSameOrLaterInstant_neverRepeatsAReminder() {
    Pair p = proposal(cohort(MatchingPolicy.defaults()));
    Instant at = p.proposedAt().plus(REMIND_AFTER);
    dueAt(at);
    StoreSnapshot afterFirst = f.snapshot();

    List<Notification> same = dueAt(at);
    List<Notification> later = dueAt(at.plus(Duration.ofDays(1)));

    assertThat(same).isEmpty();
    assertThat(later).isEmpty();
    assertThat(f.recorder.notifications()).isEmpty();
    assertThat(f.snapshot()).isEqualTo(afterFirst);
  }

  @Test
  void due_insideWarningWindow_warnsEachPendingSideOnce() {
    Pair p = proposal(cohort(MatchingPolicy.defaults()));
    dueAt(p.proposedAt().plus(REMIND_AFTER));
    Instant at = p.expiresAt().minus(WARN_BEFORE);

    List<Notification> due = dueAt(at);
    List<Notification> again = dueAt(at.plus(Duration.ofHours(12)));

    assertThat(due).containsExactly(expiring("mia", p, at), expiring("ned", p, at));
    assertThat(again).isEmpty();
    assertThat(f.recorder.notifications()).isEmpty();
  }

  @Test
  void due_firstCallInsideWarningWindow_handsOutBothKindsPerRecipient() {
    Pair p = proposal(cohort(MatchingPolicy.defaults()));
    Instant at = p.expiresAt().minus(WARN_BEFORE).plus(Duration.ofHours(1));

    List<Notification> due = dueAt(at);

    assertThat(due)
        .containsExactly(
            awaiting("mia", p, at),
            expiring("mia", p, at),
            awaiting("ned", p, at),
            expiring("ned", p, at));
    assertThat(f.recorder.notifications()).containsExactlyElementsOf(due);
    assertThat(dueAt(at)).isEmpty();
  }

  @Test
  void due_sideThatAlreadyAccepted_isNotReminded() {
    ProgramId pid = cohort(MatchingPolicy.defaults());
    Pair p = proposal(pid);
    f.mentoring.pairs().accept(as("mia"), p.id());
    Instant at = p.proposedAt().plus(REMIND_AFTER);

    assertThat(dueAt(at)).containsExactly(awaiting("ned", p, at));
  }

  @Test
  void due_adminSidePending_remindsEveryAdministratorInIdOrder() {
    MatchingPolicy policy =
        MatchingPolicy.defaults()
            .withMode(MatchingMode.SELF_SERVICE)
            .withApprovals(Set.of(ApprovalSide.ADMIN));
    ProgramId pid =
        f.mentoring
            .programs()
            .create(
                ADMIN,
                Fixture.spec().admin(id("zoe")).admin(id("abe")).matchingPolicy(policy).build())
            .id();
    f.mentoring.programs().openEnrollment(ADMIN, pid);
    f.mentoring.programs().startMatching(ADMIN, pid);
    f.mentor(pid, "mia", 1);
    f.mentee(pid, "ned");
    Pair p = f.mentoring.pairs().request(as("ned"), pid, id("mia"));
    Instant at = p.proposedAt().plus(REMIND_AFTER);

    assertThat(dueAt(at))
        .containsExactly(awaiting("abe", p, at), awaiting("admin", p, at), awaiting("zoe", p, at));
  }

  @Test
  void due_atOrAfterExpiryOrOnceAnswered_handsOutNothing() {
    ProgramId pid = cohort(MatchingPolicy.defaults());
    Pair overdue = proposal(pid);
    Pair declined = f.mentoring.pairs().propose(ADMIN, pid, id("mia"), id("ola"));
    f.mentoring.pairs().decline(as("ola"), declined.id(), null);

    assertThat(dueAt(overdue.expiresAt())).isEmpty();
    assertThat(f.snapshot().reminders()).isEmpty();
  }

  @Test
  void due_severalPrograms_orderedByProgramThenPair() {
    ProgramId first = cohort(MatchingPolicy.defaults());
    ProgramId second = cohort(MatchingPolicy.defaults());
    f.clock.advance(Duration.ofMinutes(1));
    Pair inSecond = proposal(second);
    f.clock.advance(Duration.ofMinutes(1));
    Pair laterInFirst = f.mentoring.pairs().propose(ADMIN, first, id("mia"), id("ola"));
    f.clock.set(inSecond.proposedAt().minusSeconds(30));
    Pair earlierInFirst = proposal(first);
    Instant at = laterInFirst.proposedAt().plus(REMIND_AFTER);

    assertThat(dueAt(at))
        .containsExactly(
            awaiting("mia", earlierInFirst, at),
            awaiting("ned", earlierInFirst, at),
            awaiting("mia", laterInFirst, at),
            awaiting("ola", laterInFirst, at),
            awaiting("mia", inSecond, at),
            awaiting("ned", inSecond, at));
  }

  @Test
  void due_nonSystemActor_accessDenied() {
    Pair p = proposal(cohort(MatchingPolicy.defaults()));
    Instant at = p.proposedAt().plus(REMIND_AFTER);
    f.clock.set(at);

    AccessDeniedException ex =
        refused(f, AccessDeniedException.class, () -> reminders.due(ADMIN, at));
    refused(f, AccessDeniedException.class, () -> reminders.due(as("mia"), at));

    assertThat(ex.actor()).isEqualTo(ADMIN);
    assertThat(ex.action()).isEqualTo("compute reminders");
    assertThat(dueAt(at)).hasSize(2);
  }

  @Test
  void due_nullArgument_throwsNullPointerException() {
    refused(f, NullPointerException.class, () -> reminders.due(SYSTEM, null));
    refused(f, NullPointerException.class, () -> reminders.due(null, Instant.EPOCH));
  }
}
