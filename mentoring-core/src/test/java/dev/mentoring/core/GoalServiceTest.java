package dev.mentoring.core;

import static dev.mentoring.core.testing.Fixture.ADMIN;
import static dev.mentoring.core.testing.Fixture.SYSTEM;
import static dev.mentoring.core.testing.Fixture.as;
import static dev.mentoring.core.testing.Fixture.id;
import static dev.mentoring.core.testing.Rejections.invalid;
import static dev.mentoring.core.testing.Rejections.refused;
import static dev.mentoring.core.testing.Rejections.violation;
import static org.assertj.core.api.Assertions.assertThat;

import dev.mentoring.core.event.GoalCreated;
import dev.mentoring.core.event.GoalStatusChanged;
import dev.mentoring.core.event.GoalUpdated;
import dev.mentoring.core.goal.CheckIn;
import dev.mentoring.core.goal.Goal;
import dev.mentoring.core.goal.GoalDraft;
import dev.mentoring.core.goal.GoalId;
import dev.mentoring.core.goal.GoalStatus;
import dev.mentoring.core.goal.GoalVisibility;
import dev.mentoring.core.goal.Milestone;
import dev.mentoring.core.goal.ProgressMode;
import dev.mentoring.core.pairing.ExitReason;
import dev.mentoring.core.pairing.Pair;
import dev.mentoring.core.pairing.PairId;
import dev.mentoring.core.pairing.PairStatus;
import dev.mentoring.core.program.ProgramId;
import dev.mentoring.core.testing.Fixture;
import dev.mentoring.core.testing.Pairs;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class GoalServiceTest {
  /** The fixture's clock starts on this day, at 09:00 UTC. */
  private static final LocalDate TODAY = LocalDate.of(2026, 1, 5);

  private static final Actor MIA = as("mia");
  private static final Actor NED = as("ned");
  private static final Actor OUTSIDER = as("oz");

  private final Fixture f = new Fixture();
  private final GoalService goals = f.mentoring.goals();
  private ProgramId pid;
  private Pair pair;

  @BeforeEach
  void activePairs() {
    pid = Pairs.running(f, "mia:ned", "max:ola");
    pair = Pairs.pair(f, pid, "mia", "ned");
    tick();
    f.recorder.clear();
  }

  private Instant tick() {
    f.clock.advance(Duration.ofMinutes(1));
    return f.clock.instant();
  }

  private static GoalDraft.Builder draft() {
    return GoalDraft.builder("Speak at a meetup", "one talk given", TODAY.plusMonths(3))
        .description("about our build")
        .milestone("Pick a topic", TODAY.plusWeeks(2))
        .milestone("Write the talk", TODAY.plusMonths(2));
  }

  private static GoalDraft milestones() {
    return draft().progressMode(ProgressMode.MILESTONES).build();
  }

  private Goal created(GoalDraft draft) {
    Goal g = goals.create(NED, pair.id(), draft);
    tick();
    return g;
  }

  private Goal active(GoalDraft draft) {
    Goal g = goals.activate(NED, created(draft).id());
    tick();
    f.recorder.clear();
    return g;
  }

  // ------------------------------------------------------------------------------------ create

  @Nested
  class Create {
    @Test
    void create_byMentee_storesDraftOwnedByMenteeAndPublishesCreation() {
      Instant t = f.clock.instant();

      Goal g = goals.create(NED, pair.id(), draft().build());

      assertThat(g.version()).isEqualTo(1);
      assertThat(g.programId()).isEqualTo(pid);
      assertThat(g.pairId()).isEqualTo(pair.id());
      assertThat(g.ownerId()).isEqualTo(id("ned"));
      assertThat(g.title()).isEqualTo("Speak at a meetup");
      assertThat(g.measure()).isEqualTo("one talk given");
      assertThat(g.description()).isEqualTo("about our build");
      assertThat(g.targetDate()).isEqualTo(TODAY.plusMonths(3));
      assertThat(g.milestones())
          .containsExactly(
              Milestone.open("Pick a topic", TODAY.plusWeeks(2)),
              Milestone.open("Write the talk", TODAY.plusMonths(2)));
      assertThat(g.progressMode()).isEqualTo(ProgressMode.MANUAL);
      assertThat(g.progress()).isZero();
      assertThat(g.visibility()).isEqualTo(GoalVisibility.PAIR);
      assertThat(g.status()).isEqualTo(GoalStatus.DRAFT);
      assertThat(g.checkIns()).isEmpty();
      assertThat(g.createdAt()).isEqualTo(t);
      assertThat(g.updatedAt()).isEqualTo(t);
      assertThat(g.closedAt()).isNull();
      assertThat(g.abandonReason()).isNull();
      assertThat(goals.get(NED, g.id())).isEqualTo(g);
      assertThat(f.recorder.events())
          .containsExactly(new GoalCreated(g.id(), pid, pair.id(), id("ned"), t));
      assertThat(f.recorder.notifications()).isEmpty();
    }

    @Test
    void create_byMentorOnTheMenteesBehalf_ownerIsTheMentee() {
      Goal g = goals.create(MIA, pair.id(), draft().build());

      assertThat(g.ownerId()).isEqualTo(id("ned"));
    }

    @Test
    void create_byMenteeSharedWithAdmins_keepsTheVisibility() {
      Goal g =
          goals.create(
              NED, pair.id(), draft().visibility(GoalVisibility.SHARED_WITH_ADMINS).build());

      assertThat(g.visibility()).isEqualTo(GoalVisibility.SHARED_WITH_ADMINS);
      assertThat(goals.get(ADMIN, g.id())).isEqualTo(g);
    }

    @Test
    void create_milestoneMode_startsAtZero() {
      Goal g = goals.create(NED, pair.id(), milestones());

      assertThat(g.progressMode()).isEqualTo(ProgressMode.MILESTONES);
      assertThat(g.progress()).isZero();
    }

    @Test
    void create_datesToday_accepted() {
      f.clock.set(Instant.parse("2026-01-05T23:59:59Z"));

      Goal g =
          goals.create(
              NED,
              pair.id(),
              GoalDraft.builder("Today", "done", TODAY).milestone("Now", TODAY).build());

      assertThat(g.targetDate()).isEqualTo(TODAY);
    }

    @Test
    void create_acceptedAndPausedPairs_accepted() {
      ProgramId matching = Pairs.matching(f, "amy:bob");
      Pair accepted = Pairs.pair(f, matching, "amy", "bob");
      f.mentoring.pairs().pause(MIA, pair.id());

      Goal forAccepted = goals.create(as("bob"), accepted.id(), draft().build());
      Goal forPaused = goals.create(NED, pair.id(), draft().build());

      assertThat(accepted.status()).isEqualTo(PairStatus.ACCEPTED);
      assertThat(forAccepted.ownerId()).isEqualTo(id("bob"));
      assertThat(forPaused.status()).isEqualTo(GoalStatus.DRAFT);
    }

    @Test
    void create_endedPair_invalidPairStatus() {
      f.mentoring.pairs().endEarly(MIA, pair.id(), ExitReason.PERSONAL, null);

      invalid(
          f,
          () -> goals.create(NED, pair.id(), draft().build()),
          violation("pairId", "PairStatus"));
    }

    @Test
    void create_everyRuleBroken_reportsEveryViolationTogether() {
      GoalDraft bad =
          GoalDraft.builder(" ", "m".repeat(1_001), TODAY.minusDays(1))
              .description("d".repeat(4_001))
              .milestone("Same", TODAY.minusDays(2))
              .milestone("Same", TODAY.plusDays(1))
              .milestone("", TODAY)
              .build();

      InvalidInputException ex =
          invalid(
              f,
              () -> goals.create(NED, pair.id(), bad),
              violation("description", "Size"),
              violation("measure", "Size"),
              violation("milestones[0].dueDate", "FutureOrPresent"),
              violation("milestones[1].dueDate", "DateOrder"),
              violation("milestones[1].title", "Unique"),
              violation("milestones[2].dueDate", "DateOrder"),
              violation("milestones[2].title", "NotBlank"),
              violation("targetDate", "FutureOrPresent"),
              violation("title", "NotBlank"));

      assertThat(ex.violations().get(7).invalidValue()).isEqualTo("2026-01-04");
      assertThat(ex.violations().get(7).message()).contains("2026-01-05 (UTC)");
    }

    @Test
    void create_milestoneModeWithoutMilestones_invalid() {
      invalid(
          f,
          () ->
              goals.create(
                  NED,
                  pair.id(),
                  draft().clearMilestones().progressMode(ProgressMode.MILESTONES).build()),
          violation("milestones", "NotEmpty"));
    }

    @Test
    void create_tooManyMilestones_invalid() {
      GoalDraft.Builder many = draft().clearMilestones();
      for (int i = 0; i < 51; i++) {
        many.milestone("Step " + i, TODAY.plusDays(i));
      }

      invalid(f, () -> goals.create(NED, pair.id(), many.build()), violation("milestones", "Size"));
    }

    @Test
    void create_byMentorSharedWithAdmins_accessDenied() {
      AccessDeniedException ex =
          refused(
              f,
              AccessDeniedException.class,
              () ->
                  goals.create(
                      MIA,
                      pair.id(),
                      draft().visibility(GoalVisibility.SHARED_WITH_ADMINS).build()));

      assertThat(ex.action()).contains("only the goal's owner can");
    }

    @Test
    void create_byOutsiderAdminSystemOrOtherPair_accessDenied() {
      for (Actor actor : List.of(OUTSIDER, ADMIN, SYSTEM, as("max"), as("ola"))) {
        AccessDeniedException ex =
            refused(
                f,
                AccessDeniedException.class,
                () -> goals.create(actor, pair.id(), draft().build()));
        assertThat(ex.action())
            .isEqualTo(
                "create a goal for pair " + pair.id() + ": only the pair's mentor and mentee can");
      }
    }

    @Test
    void create_accessIsCheckedBeforeInput() {
      refused(
          f,
          AccessDeniedException.class,
          () -> goals.create(OUTSIDER, pair.id(), draft().title("").build()));
    }

    @Test
    void create_unknownPair_notFound() {
      NotFoundException ex =
          refused(
              f,
              NotFoundException.class,
              () -> goals.create(NED, PairId.of("nope"), draft().build()));

      assertThat(ex.kind()).isEqualTo("pair");
    }

    @Test
    void create_nullArgument_nullPointer() {
      refused(f, NullPointerException.class, () -> goals.create(null, pair.id(), draft().build()));
      refused(f, NullPointerException.class, () -> goals.create(NED, null, draft().build()));
      refused(f, NullPointerException.class, () -> goals.create(NED, pair.id(), null));
    }
  }

  // ------------------------------------------------------------------------------------ revise

  @Nested
  class Revise {
    @Test
    void revise_keepsTheCompletionOfMilestonesThatKeepTheirTitle() {
      Goal g = active(milestones());
      goals.completeMilestone(NED, g.id(), 0);
      goals.completeMilestone(NED, g.id(), 1);
      Instant completedAt = goals.get(NED, g.id()).milestones().get(0).completedAt();
      Instant t = tick();
      f.recorder.clear();

      Goal revised =
          goals.revise(
              MIA,
              g.id(),
              draft()
                  .title("Speak at two meetups")
                  .clearMilestones()
                  .milestone("Pick a topic", TODAY.plusWeeks(3))
                  .milestone("Find a venue", TODAY.plusWeeks(4))
                  .progressMode(ProgressMode.MILESTONES)
                  .build());

      assertThat(revised.title()).isEqualTo("Speak at two meetups");
      assertThat(revised.milestones())
          .containsExactly(
              new Milestone("Pick a topic", TODAY.plusWeeks(3), completedAt),
              Milestone.open("Find a venue", TODAY.plusWeeks(4)));
      assertThat(revised.progress()).isEqualTo(50);
      assertThat(revised.status()).isEqualTo(GoalStatus.ACTIVE);
      assertThat(revised.updatedAt()).isEqualTo(t);
      assertThat(f.recorder.events())
          .containsExactly(new GoalUpdated(g.id(), pid, pair.id(), 50, t));
    }

    @Test
    void revise_toManual_keepsTheDerivedProgress() {
      Goal g = active(milestones());
      goals.completeMilestone(NED, g.id(), 0);

      Goal revised = goals.revise(NED, g.id(), draft().progressMode(ProgressMode.MANUAL).build());

      assertThat(revised.progressMode()).isEqualTo(ProgressMode.MANUAL);
      assertThat(revised.progress()).isEqualTo(50);
    }

    @Test
    void revise_unchangedPastDates_accepted_changedPastDate_invalid() {
      Goal g = active(draft().build());
      f.clock.set(Instant.parse("2026-02-01T09:00:00Z"));

      Goal revised =
          goals.revise(NED, g.id(), GoalDraft.from(g).description("first topic picked").build());

      assertThat(revised.description()).isEqualTo("first topic picked");
      invalid(
          f,
          () ->
              goals.revise(
                  NED,
                  g.id(),
                  GoalDraft.from(g)
                      .clearMilestones()
                      .milestone("Pick a topic", TODAY.plusWeeks(1))
                      .build()),
          violation("milestones[0].dueDate", "FutureOrPresent"));
    }

    @Test
    void revise_pastTargetDateStaysAfterTheTarget_accepted() {
      Goal g = active(GoalDraft.builder("Soon", "done", TODAY.plusDays(1)).build());
      f.clock.set(Instant.parse("2026-01-10T09:00:00Z"));

      Goal revised = goals.revise(MIA, g.id(), GoalDraft.from(g).measure("done twice").build());

      assertThat(revised.measure()).isEqualTo("done twice");
      invalid(
          f,
          () -> goals.revise(MIA, g.id(), GoalDraft.from(g).targetDate(TODAY.plusDays(2)).build()),
          violation("targetDate", "FutureOrPresent"));
    }

    @Test
    void revise_byMentorChangingTheVisibility_accessDenied_keepingIt_accepted() {
      Goal g = active(draft().visibility(GoalVisibility.SHARED_WITH_ADMINS).build());

      refused(
          f,
          AccessDeniedException.class,
          () ->
              goals.revise(MIA, g.id(), GoalDraft.from(g).visibility(GoalVisibility.PAIR).build()));
      Goal kept = goals.revise(MIA, g.id(), GoalDraft.from(g).title("Renamed").build());

      assertThat(kept.visibility()).isEqualTo(GoalVisibility.SHARED_WITH_ADMINS);
      assertThat(
              goals
                  .revise(NED, g.id(), GoalDraft.from(kept).visibility(GoalVisibility.PAIR).build())
                  .visibility())
          .isEqualTo(GoalVisibility.PAIR);
    }

    @Test
    void revise_closedGoal_illegalTransition() {
      Goal g = active(draft().build());
      goals.achieve(NED, g.id());

      IllegalTransitionException ex =
          refused(
              f,
              IllegalTransitionException.class,
              () -> goals.revise(NED, g.id(), GoalDraft.from(g).build()));

      assertThat(ex.from()).isEqualTo(GoalStatus.ACHIEVED);
      assertThat(ex.to()).isEqualTo(GoalStatus.ACTIVE);
      assertThat(ex.id()).isEqualTo(g.id().value());
    }

    @Test
    void revise_invalidDraft_invalid() {
      Goal g = created(draft().build());

      invalid(
          f,
          () -> goals.revise(NED, g.id(), GoalDraft.from(g).title("").build()),
          violation("title", "NotBlank"));
    }

    @Test
    void revise_outsiderOrAdmin_accessDenied_unknown_notFound() {
      Goal g = created(draft().build());

      refused(
          f,
          AccessDeniedException.class,
          () -> goals.revise(ADMIN, g.id(), GoalDraft.from(g).build()));
      refused(
          f,
          AccessDeniedException.class,
          () -> goals.revise(OUTSIDER, g.id(), GoalDraft.from(g).build()));
      NotFoundException ex =
          refused(
              f,
              NotFoundException.class,
              () -> goals.revise(NED, GoalId.of("nope"), GoalDraft.from(g).build()));
      assertThat(ex.kind()).isEqualTo("goal");
      refused(f, NullPointerException.class, () -> goals.revise(NED, g.id(), null));
    }
  }

  // --------------------------------------------------------------------------------- lifecycle

  @Nested
  class Lifecycle {
    @Test
    void activate_draft_movesToActiveAndPublishesTheChange() {
      Goal g = created(draft().build());
      Instant t = f.clock.instant();
      f.recorder.clear();

      Goal activated = goals.activate(MIA, g.id());

      assertThat(activated.status()).isEqualTo(GoalStatus.ACTIVE);
      assertThat(activated.version()).isEqualTo(2);
      assertThat(f.recorder.events())
          .containsExactly(
              new GoalStatusChanged(
                  g.id(), pid, pair.id(), GoalStatus.DRAFT, GoalStatus.ACTIVE, t));
      assertThat(f.recorder.notifications()).isEmpty();
    }

    @Test
    void activate_active_illegalTransition() {
      Goal g = active(draft().build());

      IllegalTransitionException ex =
          refused(f, IllegalTransitionException.class, () -> goals.activate(NED, g.id()));

      assertThat(ex.from()).isEqualTo(GoalStatus.ACTIVE);
      assertThat(ex.to()).isEqualTo(GoalStatus.ACTIVE);
    }

    @Test
    void achieve_manual_progressBecomes100AndGoalCloses() {
      Goal g = active(draft().build());
      goals.updateProgress(NED, g.id(), 70);
      Instant t = tick();
      f.recorder.clear();

      Goal achieved = goals.achieve(MIA, g.id());

      assertThat(achieved.status()).isEqualTo(GoalStatus.ACHIEVED);
      assertThat(achieved.progress()).isEqualTo(100);
      assertThat(achieved.closedAt()).isEqualTo(t);
      assertThat(f.recorder.events())
          .containsExactly(
              new GoalStatusChanged(
                  g.id(), pid, pair.id(), GoalStatus.ACTIVE, GoalStatus.ACHIEVED, t));
    }

    @Test
    void achieve_milestones_progressStaysWhatTheMilestonesGive() {
      Goal g = active(milestones());
      goals.completeMilestone(NED, g.id(), 1);

      Goal achieved = goals.achieve(NED, g.id());

      assertThat(achieved.progress()).isEqualTo(50);
      assertThat(achieved.milestones().get(0).isCompleted()).isFalse();
    }

    @Test
    void achieve_draft_illegalTransition() {
      Goal g = created(draft().build());

      IllegalTransitionException ex =
          refused(f, IllegalTransitionException.class, () -> goals.achieve(NED, g.id()));

      assertThat(ex.from()).isEqualTo(GoalStatus.DRAFT);
      assertThat(ex.to()).isEqualTo(GoalStatus.ACHIEVED);
    }

    @Test
    void abandon_draftOrActive_closesWithTheReason() {
      Goal draft = created(draft().build());
      Goal active = active(draft().build());
      Instant t = f.clock.instant();

      Goal a = goals.abandon(NED, draft.id(), null);
      Goal b = goals.abandon(MIA, active.id(), "changed teams");

      assertThat(a.status()).isEqualTo(GoalStatus.ABANDONED);
      assertThat(a.abandonReason()).isNull();
      assertThat(a.closedAt()).isEqualTo(t);
      assertThat(b.abandonReason()).isEqualTo("changed teams");
      assertThat(f.recorder.events(GoalStatusChanged.class))
          .extracting(GoalStatusChanged::from, GoalStatusChanged::to)
          .containsExactly(
              org.assertj.core.groups.Tuple.tuple(GoalStatus.DRAFT, GoalStatus.ABANDONED),
              org.assertj.core.groups.Tuple.tuple(GoalStatus.ACTIVE, GoalStatus.ABANDONED));
    }

    @Test
    void abandon_reasonTooLong_invalid_closed_illegalTransition() {
      Goal g = active(draft().build());

      invalid(f, () -> goals.abandon(NED, g.id(), "r".repeat(2_001)), violation("reason", "Size"));
      goals.abandon(NED, g.id(), null);
      IllegalTransitionException ex =
          refused(f, IllegalTransitionException.class, () -> goals.abandon(NED, g.id(), null));
      assertThat(ex.from()).isEqualTo(GoalStatus.ABANDONED);
    }

    @Test
    void lifecycleVerbs_outsiderOrAdmin_accessDenied() {
      Goal g = created(draft().visibility(GoalVisibility.SHARED_WITH_ADMINS).build());

      for (Actor actor : List.of(OUTSIDER, ADMIN, SYSTEM)) {
        refused(f, AccessDeniedException.class, () -> goals.activate(actor, g.id()));
        refused(f, AccessDeniedException.class, () -> goals.achieve(actor, g.id()));
        refused(f, AccessDeniedException.class, () -> goals.abandon(actor, g.id(), null));
      }
      refused(f, NotFoundException.class, () -> goals.activate(NED, GoalId.of("nope")));
      refused(f, NullPointerException.class, () -> goals.activate(NED, null));
      refused(f, NullPointerException.class, () -> goals.activate(null, g.id()));
    }
  }

  // ---------------------------------------------------------------------------------- progress

  @Nested
  class Progress {
    @Test
    void completeMilestone_milestoneMode_progressFollowsAndEventCarriesIt() {
      Goal g = active(milestones());
      Instant t = f.clock.instant();

      Goal one = goals.completeMilestone(MIA, g.id(), 1);

      assertThat(one.milestones().get(1).completedAt()).isEqualTo(t);
      assertThat(one.milestones().get(0).isCompleted()).isFalse();
      assertThat(one.progress()).isEqualTo(50);
      assertThat(f.recorder.events())
          .containsExactly(new GoalUpdated(g.id(), pid, pair.id(), 50, t));
      assertThat(goals.completeMilestone(NED, g.id(), 0).progress()).isEqualTo(100);
    }

    @Test
    void completeMilestone_manualMode_progressStays() {
      Goal g = active(draft().build());

      Goal changed = goals.completeMilestone(NED, g.id(), 0);

      assertThat(changed.milestones().get(0).isCompleted()).isTrue();
      assertThat(changed.progress()).isZero();
    }

    @Test
    void completeMilestone_onDraft_accepted() {
      Goal g = created(milestones());

      assertThat(goals.completeMilestone(NED, g.id(), 0).progress()).isEqualTo(50);
    }

    @Test
    void completeMilestone_twice_changesNothing() {
      Goal g = active(milestones());
      Goal once = goals.completeMilestone(NED, g.id(), 0);
      tick();
      f.recorder.clear();

      Goal twice = goals.completeMilestone(MIA, g.id(), 0);

      assertThat(twice).isEqualTo(once);
      assertThat(f.recorder.events()).isEmpty();
    }

    @Test
    void reopenMilestone_completed_progressFollows_open_changesNothing() {
      Goal g = active(milestones());
      goals.completeMilestone(NED, g.id(), 0);
      Goal completed = goals.completeMilestone(NED, g.id(), 1);
      Instant t = tick();
      f.recorder.clear();

      Goal reopened = goals.reopenMilestone(MIA, g.id(), 0);
      Goal again = goals.reopenMilestone(MIA, g.id(), 0);

      assertThat(completed.progress()).isEqualTo(100);
      assertThat(reopened.milestones().get(0).completedAt()).isNull();
      assertThat(reopened.progress()).isEqualTo(50);
      assertThat(again).isEqualTo(reopened);
      assertThat(f.recorder.events())
          .containsExactly(new GoalUpdated(g.id(), pid, pair.id(), 50, t));
    }

    @Test
    void milestoneVerbs_indexOutOfRange_invalid() {
      Goal g = active(milestones());
      Goal none = active(draft().clearMilestones().build());

      InvalidInputException ex =
          invalid(f, () -> goals.completeMilestone(NED, g.id(), 2), violation("index", "Range"));
      invalid(f, () -> goals.reopenMilestone(NED, g.id(), -1), violation("index", "Range"));
      InvalidInputException empty =
          invalid(f, () -> goals.completeMilestone(NED, none.id(), 0), violation("index", "Range"));

      assertThat(ex.violations().get(0).message()).contains("between 0 and 1");
      assertThat(ex.violations().get(0).invalidValue()).isEqualTo("2");
      assertThat(empty.violations().get(0).message()).isEqualTo("the goal has no milestones");
    }

    @Test
    void milestoneVerbs_closedGoal_illegalTransition() {
      Goal g = active(milestones());
      goals.abandon(NED, g.id(), null);

      refused(f, IllegalTransitionException.class, () -> goals.completeMilestone(NED, g.id(), 0));
      refused(f, IllegalTransitionException.class, () -> goals.reopenMilestone(NED, g.id(), 0));
    }

    @Test
    void updateProgress_manual_storesItAndPublishesIt_sameValue_changesNothing() {
      Goal g = active(draft().build());
      Instant t = f.clock.instant();

      Goal changed = goals.updateProgress(MIA, g.id(), 40);
      Goal same = goals.updateProgress(NED, g.id(), 40);

      assertThat(changed.progress()).isEqualTo(40);
      assertThat(changed.updatedAt()).isEqualTo(t);
      assertThat(same).isEqualTo(changed);
      assertThat(f.recorder.events())
          .containsExactly(new GoalUpdated(g.id(), pid, pair.id(), 40, t));
    }

    @Test
    void updateProgress_outOfRange_invalid() {
      Goal g = active(draft().build());

      invalid(f, () -> goals.updateProgress(NED, g.id(), -1), violation("progress", "Min"));
      invalid(f, () -> goals.updateProgress(NED, g.id(), 101), violation("progress", "Max"));
    }

    @Test
    void updateProgress_milestoneMode_invalidProgressMode() {
      Goal g = active(milestones());

      InvalidInputException ex =
          invalid(
              f,
              () -> goals.updateProgress(NED, g.id(), 50),
              violation("progress", "ProgressMode"));

      assertThat(ex.violations().get(0).message()).contains("follows its milestones");
    }

    @Test
    void updateProgress_closedGoal_illegalTransition_outsider_accessDenied() {
      Goal g = active(draft().build());
      goals.achieve(NED, g.id());

      refused(f, IllegalTransitionException.class, () -> goals.updateProgress(NED, g.id(), 50));
      refused(f, AccessDeniedException.class, () -> goals.updateProgress(ADMIN, g.id(), 50));
      refused(f, AccessDeniedException.class, () -> goals.completeMilestone(OUTSIDER, g.id(), 0));
    }

    @Test
    void checkIn_withAndWithoutProgress_recordsAuthorNoteAndProgress() {
      Goal g = active(draft().build());
      Instant t1 = f.clock.instant();

      goals.checkIn(NED, g.id(), "first draft of the abstract", 20);
      Instant t2 = tick();
      Goal after = goals.checkIn(MIA, g.id(), "looks good", null);

      assertThat(after.checkIns())
          .containsExactly(
              new CheckIn(t1, id("ned"), "first draft of the abstract", 20),
              new CheckIn(t2, id("mia"), "looks good", 20));
      assertThat(after.progress()).isEqualTo(20);
      assertThat(f.recorder.events())
          .containsExactly(
              new GoalUpdated(g.id(), pid, pair.id(), 20, t1),
              new GoalUpdated(g.id(), pid, pair.id(), 20, t2));
    }

    @Test
    void checkIn_milestoneModeWithoutProgress_accepted_withProgress_invalid() {
      Goal g = active(milestones());

      assertThat(goals.checkIn(NED, g.id(), "on it", null).checkIns()).hasSize(1);
      invalid(
          f, () -> goals.checkIn(NED, g.id(), "on it", 30), violation("progress", "ProgressMode"));
    }

    @Test
    void checkIn_badNoteAndProgress_reportsAllViolations() {
      Goal g = active(draft().build());

      invalid(
          f,
          () -> goals.checkIn(NED, g.id(), " ", 101),
          violation("note", "NotBlank"),
          violation("progress", "Max"));
      invalid(
          f, () -> goals.checkIn(NED, g.id(), "n".repeat(2_001), null), violation("note", "Size"));
    }

    @Test
    void checkIn_goalHolding500CheckIns_invalid() {
      Goal g = active(draft().build());
      for (int i = 0; i < 500; i++) {
        goals.checkIn(NED, g.id(), "week " + i, null);
      }

      invalid(f, () -> goals.checkIn(NED, g.id(), "one more", null), violation("checkIns", "Size"));
    }

    @Test
    void checkIn_closedGoal_illegalTransition_outsider_accessDenied() {
      Goal g = active(draft().build());
      goals.abandon(NED, g.id(), null);

      refused(f, IllegalTransitionException.class, () -> goals.checkIn(NED, g.id(), "x", null));
      refused(f, AccessDeniedException.class, () -> goals.checkIn(SYSTEM, g.id(), "x", null));
      refused(f, NullPointerException.class, () -> goals.checkIn(NED, g.id(), null, null));
    }
  }

  // ------------------------------------------------------------------------------------- share

  @Nested
  class Share {
    @Test
    void share_byOwner_changesVisibilityInAnyState() {
      Goal g = active(draft().build());
      goals.achieve(NED, g.id());
      Instant t = tick();
      f.recorder.clear();

      Goal shared = goals.share(NED, g.id(), GoalVisibility.SHARED_WITH_ADMINS);

      assertThat(shared.visibility()).isEqualTo(GoalVisibility.SHARED_WITH_ADMINS);
      assertThat(shared.status()).isEqualTo(GoalStatus.ACHIEVED);
      assertThat(f.recorder.events())
          .containsExactly(new GoalUpdated(g.id(), pid, pair.id(), 100, t));
    }

    @Test
    void share_currentVisibility_changesNothing() {
      Goal g = created(draft().build());
      f.recorder.clear();

      assertThat(goals.share(NED, g.id(), GoalVisibility.PAIR)).isEqualTo(g);
      assertThat(f.recorder.events()).isEmpty();
    }

    @Test
    void share_byMentorAdminOrOutsider_accessDenied() {
      Goal g = created(draft().build());

      AccessDeniedException mentor =
          refused(
              f,
              AccessDeniedException.class,
              () -> goals.share(MIA, g.id(), GoalVisibility.SHARED_WITH_ADMINS));
      refused(
          f,
          AccessDeniedException.class,
          () -> goals.share(ADMIN, g.id(), GoalVisibility.SHARED_WITH_ADMINS));
      refused(
          f,
          AccessDeniedException.class,
          () -> goals.share(SYSTEM, g.id(), GoalVisibility.SHARED_WITH_ADMINS));

      assertThat(mentor.action()).isEqualTo("share goal " + g.id() + ": only its owner can");
      refused(
          f,
          NotFoundException.class,
          () -> goals.share(NED, GoalId.of("nope"), GoalVisibility.PAIR));
      refused(f, NullPointerException.class, () -> goals.share(NED, g.id(), null));
    }
  }

  // ------------------------------------------------------------------------------------- reads

  @Nested
  class Reads {
    private Goal pairOnly;
    private Goal shared;
    private Goal otherPairs;

    @BeforeEach
    void goalsOfTwoPairs() {
      pairOnly = created(draft().title("Pair only").build());
      shared =
          created(draft().title("Shared").visibility(GoalVisibility.SHARED_WITH_ADMINS).build());
      otherPairs = goals.create(as("ola"), Pairs.pair(f, pid, "max", "ola").id(), draft().build());
      tick();
    }

    @Test
    void get_pairMembersAndSystem_readEveryGoal_adminSharedOnly() {
      assertThat(goals.get(NED, pairOnly.id())).isEqualTo(pairOnly);
      assertThat(goals.get(MIA, pairOnly.id())).isEqualTo(pairOnly);
      assertThat(goals.get(SYSTEM, pairOnly.id())).isEqualTo(pairOnly);
      assertThat(goals.get(ADMIN, shared.id())).isEqualTo(shared);
    }

    @Test
    void get_adminReadingAPairOnlyGoal_accessDenied() {
      AccessDeniedException ex =
          refused(f, AccessDeniedException.class, () -> goals.get(ADMIN, pairOnly.id()));

      assertThat(ex.action()).isEqualTo("read goal " + pairOnly.id());
    }

    @Test
    void get_otherPairOrOutsider_accessDenied_unknown_notFound() {
      refused(f, AccessDeniedException.class, () -> goals.get(as("ola"), pairOnly.id()));
      refused(f, AccessDeniedException.class, () -> goals.get(OUTSIDER, shared.id()));
      refused(f, AccessDeniedException.class, () -> goals.get(NED, otherPairs.id()));
      refused(f, NotFoundException.class, () -> goals.get(NED, GoalId.of("nope")));
      refused(f, NullPointerException.class, () -> goals.get(NED, null));
    }

    @Test
    void forPair_membersAndSystemAll_adminShared_othersDenied() {
      assertThat(goals.forPair(NED, pair.id())).containsExactly(pairOnly, shared);
      assertThat(goals.forPair(SYSTEM, pair.id())).containsExactly(pairOnly, shared);
      assertThat(goals.forPair(ADMIN, pair.id())).containsExactly(shared);
      refused(f, AccessDeniedException.class, () -> goals.forPair(as("ola"), pair.id()));
      refused(f, NotFoundException.class, () -> goals.forPair(NED, PairId.of("nope")));
      refused(f, NullPointerException.class, () -> goals.forPair(NED, null));
    }

    @Test
    void forProgram_systemAll_adminShared_participantsDenied() {
      assertThat(goals.forProgram(SYSTEM, pid)).containsExactly(pairOnly, shared, otherPairs);
      assertThat(goals.forProgram(ADMIN, pid)).containsExactly(shared);
      refused(f, AccessDeniedException.class, () -> goals.forProgram(NED, pid));
      refused(f, NotFoundException.class, () -> goals.forProgram(SYSTEM, ProgramId.of("nope")));
      refused(f, NullPointerException.class, () -> goals.forProgram(SYSTEM, null));
    }

    @Test
    void reads_deliverNothing() {
      f.recorder.clear();

      goals.get(NED, pairOnly.id());
      goals.forPair(ADMIN, pair.id());
      goals.forProgram(SYSTEM, pid);

      assertThat(f.recorder.events()).isEmpty();
      assertThat(f.recorder.notifications()).isEmpty();
    }
  }
}
