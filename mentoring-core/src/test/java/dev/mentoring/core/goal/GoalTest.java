package dev.mentoring.core.goal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mentoring.core.IllegalTransitionException;
import dev.mentoring.core.ParticipantId;
import dev.mentoring.core.pairing.PairId;
import dev.mentoring.core.program.ProgramId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class GoalTest {
  private static final Instant T0 = Instant.parse("2026-01-05T09:00:00Z");
  private static final Instant T1 = T0.plusSeconds(60);
  private static final LocalDate TODAY = LocalDate.of(2026, 1, 5);
  private static final ParticipantId MENTOR = ParticipantId.of("mia");
  private static final ParticipantId MENTEE = ParticipantId.of("ned");
  private static final ParticipantId PSEUDONYM = ParticipantId.of("erased-1");

  private static GoalDraft.Builder draft() {
    return GoalDraft.builder("Speak", "one talk", TODAY.plusMonths(3))
        .description("at a meetup")
        .milestone("Topic", TODAY.plusWeeks(1))
        .milestone("Slides", TODAY.plusWeeks(4))
        .milestone("Rehearse", TODAY.plusWeeks(6));
  }

  private static Goal goal(GoalDraft draft) {
    return Goal.draft(
        GoalId.of("g-1"), ProgramId.of("p-1"), PairId.of("pair-1"), MENTEE, draft, T0);
  }

  /** A goal with the given components changed from a valid ACTIVE MANUAL goal. */
  private static Goal with(
      ProgressMode mode, int progress, GoalStatus status, Instant closedAt, String reason) {
    Goal g = goal(draft().build());
    return new Goal(
        g.id(),
        0,
        g.programId(),
        g.pairId(),
        g.ownerId(),
        g.title(),
        g.measure(),
        g.description(),
        g.targetDate(),
        g.milestones(),
        mode,
        progress,
        g.visibility(),
        status,
        g.checkIns(),
        T0,
        T0,
        closedAt,
        reason);
  }

  // --------------------------------------------------------------------------- construction

  @Test
  void draft_copiesTheDraftWithOpenMilestonesAndZeroProgress() {
    Goal g = goal(draft().visibility(GoalVisibility.SHARED_WITH_ADMINS).build());

    assertThat(g.version()).isZero();
    assertThat(g.status()).isEqualTo(GoalStatus.DRAFT);
    assertThat(g.milestones())
        .containsExactly(
            Milestone.open("Topic", TODAY.plusWeeks(1)),
            Milestone.open("Slides", TODAY.plusWeeks(4)),
            Milestone.open("Rehearse", TODAY.plusWeeks(6)));
    assertThat(g.progress()).isZero();
    assertThat(g.isSharedWithAdmins()).isTrue();
    assertThat(g.createdAt()).isEqualTo(T0);
    assertThat(g.withVersion(4).version()).isEqualTo(4);
    assertThat(g.withVersion(4).withVersion(0)).isEqualTo(g);
  }

  @Test
  void constructor_rejectsInconsistentComponents() {
    assertThatThrownBy(() -> with(ProgressMode.MANUAL, 101, GoalStatus.ACTIVE, null, null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("progress is outside 0 to 100: 101");
    assertThatThrownBy(() -> with(ProgressMode.MANUAL, -1, GoalStatus.ACTIVE, null, null))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> with(ProgressMode.MILESTONES, 10, GoalStatus.ACTIVE, null, null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("progress is 10 but the milestones give 0");
    assertThatThrownBy(() -> with(ProgressMode.MANUAL, 0, GoalStatus.ACHIEVED, null, null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("closedAt");
    assertThatThrownBy(() -> with(ProgressMode.MANUAL, 0, GoalStatus.ACTIVE, T0, null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("closedAt");
    assertThatThrownBy(() -> with(ProgressMode.MANUAL, 0, GoalStatus.ACHIEVED, T0, "why"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("only an ABANDONED goal has a reason; status is ACHIEVED");
    assertThat(with(ProgressMode.MANUAL, 0, GoalStatus.ABANDONED, T0, "why").abandonReason())
        .isEqualTo("why");
    assertThatThrownBy(() -> goal(draft().build()).withVersion(-1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("version is negative: -1");
    assertThatThrownBy(() -> new CheckIn(T0, MENTEE, "x", 101))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new CheckIn(T0, null, "x", 1))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> new Milestone(null, TODAY, null))
        .isInstanceOf(NullPointerException.class);
  }

  @Test
  void milestoneProgress_isCompletedTimesHundredOverCountRoundedDown() {
    Milestone open = Milestone.open("a", TODAY);
    Milestone done = open.complete(T0);

    assertThat(Goal.milestoneProgress(List.of())).isZero();
    assertThat(Goal.milestoneProgress(List.of(open, open, open))).isZero();
    assertThat(Goal.milestoneProgress(List.of(done, open, open))).isEqualTo(33);
    assertThat(Goal.milestoneProgress(List.of(done, done, open))).isEqualTo(66);
    assertThat(Goal.milestoneProgress(List.of(done, done, done))).isEqualTo(100);
    assertThat(done.isCompleted()).isTrue();
    assertThat(done.reopen()).isEqualTo(open);
  }

  // ---------------------------------------------------------------------------------- verbs

  @Test
  void contentVerbs_closedGoal_refusedAsMoveToActive() {
    Goal closed = goal(draft().build()).abandon("no time", T1);

    for (Runnable verb :
        List.<Runnable>of(
            () -> closed.revise(draft().build(), T1),
            () -> closed.completeMilestone(0, T1),
            () -> closed.reopenMilestone(0, T1),
            () -> closed.withProgress(5, T1),
            () -> closed.checkIn(MENTEE, "x", null, T1))) {
      assertThatThrownBy(verb::run)
          .isInstanceOfSatisfying(
              IllegalTransitionException.class,
              e -> {
                assertThat(e.from()).isEqualTo(GoalStatus.ABANDONED);
                assertThat(e.to()).isEqualTo(GoalStatus.ACTIVE);
              });
    }
  }

  @Test
  void milestoneVerbs_badIndex_indexOutOfBounds() {
    Goal g = goal(draft().build());

    assertThatThrownBy(() -> g.completeMilestone(3, T1))
        .isInstanceOf(IndexOutOfBoundsException.class);
    assertThatThrownBy(() -> g.reopenMilestone(-1, T1))
        .isInstanceOf(IndexOutOfBoundsException.class);
  }

  @Test
  void manualProgressVerbs_milestoneMode_illegalState() {
    Goal g = goal(draft().progressMode(ProgressMode.MILESTONES).build());

    assertThatThrownBy(() -> g.withProgress(10, T1))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("the progress of goal g-1 follows its milestones");
    assertThatThrownBy(() -> g.checkIn(MENTEE, "x", 10, T1))
        .isInstanceOf(IllegalStateException.class);
    assertThat(g.checkIn(MENTEE, "x", null, T1).checkIns())
        .containsExactly(new CheckIn(T1, MENTEE, "x", 0));
    assertThatThrownBy(() -> goal(draft().build()).withProgress(101, T1))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void noOpVerbs_returnTheSameGoal() {
    Goal g = goal(draft().build());
    Goal completed = g.completeMilestone(0, T1);

    assertThat(completed.completeMilestone(0, T1)).isSameAs(completed);
    assertThat(g.reopenMilestone(0, T1)).isSameAs(g);
    assertThat(g.withProgress(0, T1)).isSameAs(g);
    assertThat(g.share(GoalVisibility.PAIR, T1)).isSameAs(g);
    assertThat(g.share(GoalVisibility.SHARED_WITH_ADMINS, T1).updatedAt()).isEqualTo(T1);
  }

  @Test
  void revise_keepsCompletionByTitleAndDerivesProgressInMilestoneMode() {
    Goal g = goal(draft().progressMode(ProgressMode.MILESTONES).build()).completeMilestone(1, T0);

    Goal revised =
        g.revise(
            draft()
                .clearMilestones()
                .milestone("Slides", TODAY.plusWeeks(5))
                .milestone("Venue", TODAY.plusWeeks(8))
                .progressMode(ProgressMode.MILESTONES)
                .build(),
            T1);

    assertThat(revised.milestones())
        .containsExactly(
            new Milestone("Slides", TODAY.plusWeeks(5), T0),
            Milestone.open("Venue", TODAY.plusWeeks(8)));
    assertThat(revised.progress()).isEqualTo(50);
    assertThat(revised.updatedAt()).isEqualTo(T1);
    assertThat(revised.createdAt()).isEqualTo(T0);
  }

  @Test
  void achieve_manualSetsHundred_milestonesKeepsDerived() {
    Goal manual = goal(draft().build()).activate(T0).withProgress(40, T0).achieve(T1);
    Goal derived =
        goal(draft().progressMode(ProgressMode.MILESTONES).build())
            .activate(T0)
            .completeMilestone(0, T0)
            .achieve(T1);

    assertThat(manual.progress()).isEqualTo(100);
    assertThat(manual.closedAt()).isEqualTo(T1);
    assertThat(derived.progress()).isEqualTo(33);
    assertThat(derived.status().isOpen()).isFalse();
  }

  // -------------------------------------------------------------------------------- privacy

  @Test
  void erase_owner_removesEveryTextAndReplacesTheOwner() {
    Goal g =
        goal(draft().build())
            .checkIn(MENTEE, "mine", 10, T0)
            .checkIn(MENTOR, "hers", null, T0)
            .abandon("moving on", T0);

    Goal erased = g.erase(MENTEE, PSEUDONYM, T1);

    assertThat(erased.ownerId()).isEqualTo(PSEUDONYM);
    assertThat(erased.title()).isEmpty();
    assertThat(erased.measure()).isEmpty();
    assertThat(erased.description()).isEmpty();
    assertThat(erased.abandonReason()).isNull();
    assertThat(erased.milestones()).extracting(Milestone::title).containsOnly("");
    assertThat(erased.milestones())
        .extracting(Milestone::dueDate)
        .isEqualTo(g.milestones().stream().map(Milestone::dueDate).toList());
    assertThat(erased.checkIns())
        .containsExactly(new CheckIn(T0, PSEUDONYM, "", 10), new CheckIn(T0, MENTOR, "", 10));
    assertThat(erased.status()).isEqualTo(GoalStatus.ABANDONED);
    assertThat(erased.progress()).isEqualTo(10);
    assertThat(erased.updatedAt()).isEqualTo(T1);
    assertThat(erased.toString()).doesNotContain("ned", "mine", "hers", "Speak", "Topic");
  }

  @Test
  void erase_checkInAuthor_removesOnlyTheirNotes() {
    Goal g =
        goal(draft().build()).checkIn(MENTEE, "mine", 10, T0).checkIn(MENTOR, "hers", null, T0);

    Goal erased = g.erase(MENTOR, PSEUDONYM, T1);

    assertThat(erased.ownerId()).isEqualTo(MENTEE);
    assertThat(erased.title()).isEqualTo("Speak");
    assertThat(erased.checkIns())
        .containsExactly(new CheckIn(T0, MENTEE, "mine", 10), new CheckIn(T0, PSEUDONYM, "", 10));
    assertThat(g.erase(ParticipantId.of("nobody"), PSEUDONYM, T1)).isSameAs(g);
  }

  // --------------------------------------------------------------------------------- drafts

  @Test
  void goalDraft_builderAndFrom_roundTrip() {
    Goal g = goal(draft().progressMode(ProgressMode.MILESTONES).build());

    GoalDraft again = GoalDraft.from(g).build();
    GoalDraft changed =
        GoalDraft.from(g)
            .title("t")
            .measure("m")
            .targetDate(TODAY)
            .visibility(GoalVisibility.SHARED_WITH_ADMINS)
            .build();

    assertThat(again).isEqualTo(draft().progressMode(ProgressMode.MILESTONES).build());
    assertThat(changed.title()).isEqualTo("t");
    assertThat(changed.measure()).isEqualTo("m");
    assertThat(changed.targetDate()).isEqualTo(TODAY);
    assertThat(changed.visibility()).isEqualTo(GoalVisibility.SHARED_WITH_ADMINS);
    List<MilestoneDraft> list = new ArrayList<>(again.milestones());
    list.add(null);
    assertThatThrownBy(
            () ->
                new GoalDraft("t", "m", "", TODAY, list, ProgressMode.MANUAL, GoalVisibility.PAIR))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> new MilestoneDraft("t", null))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> draft().visibility(null)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void goalId_checksAndOrders() {
    assertThat(GoalId.of("a")).isLessThan(GoalId.of("b"));
    assertThat(GoalId.of("a")).hasToString("a");
    assertThat(GoalId.random()).isNotEqualTo(GoalId.random());
    assertThatThrownBy(() -> GoalId.of(" ")).isInstanceOf(IllegalArgumentException.class);
  }
}
