package dev.mentoring.core.goal;

import static dev.mentoring.core.testing.Gens.listsOf;
import static dev.mentoring.core.testing.Gens.oneOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;

import dev.mentoring.core.IllegalTransitionException;
import dev.mentoring.core.ParticipantId;
import dev.mentoring.core.internal.Transitions;
import dev.mentoring.core.pairing.PairId;
import dev.mentoring.core.program.ProgramId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The goal lifecycle as a state machine, and the milestone progress formula. Random sequences of
 * verbs applied to a goal either move it along the transition table, change its content while it is
 * open, or are refused without a change; whatever happens, the goal's invariants hold.
 */
class GoalPropertyTest {
  private static final long SEED = 0x60A1_2026L;
  private static final Instant T0 = Instant.parse("2026-01-05T09:00:00Z");
  private static final LocalDate TODAY = LocalDate.of(2026, 1, 5);
  private static final ParticipantId MENTEE = ParticipantId.of("ned");

  /** GoalStatus Javadoc: DRAFT → ACTIVE → ACHIEVED / ABANDONED; DRAFT → ABANDONED. */
  private static final Map<GoalStatus, Set<GoalStatus>> DIAGRAM = new EnumMap<>(GoalStatus.class);

  static {
    DIAGRAM.put(GoalStatus.DRAFT, Set.of(GoalStatus.ACTIVE, GoalStatus.ABANDONED));
    DIAGRAM.put(GoalStatus.ACTIVE, Set.of(GoalStatus.ACHIEVED, GoalStatus.ABANDONED));
    DIAGRAM.put(GoalStatus.ACHIEVED, Set.of());
    DIAGRAM.put(GoalStatus.ABANDONED, Set.of());
  }

  @Test
  void goalStatus_agreesWithDocumentedDiagram() {
    for (GoalStatus from : GoalStatus.values()) {
      for (GoalStatus to : GoalStatus.values()) {
        boolean documented = DIAGRAM.get(from).contains(to);
        assertThat(from.canMoveTo(to)).as("%s → %s", from, to).isEqualTo(documented);
        assertThat(Transitions.GOAL.allows(from, to)).isEqualTo(documented);
      }
      assertThat(from.isTerminal()).isEqualTo(DIAGRAM.get(from).isEmpty());
      assertThat(from.isOpen()).isEqualTo(!from.isTerminal());
      assertThat(Transitions.GOAL.next(from)).isEqualTo(DIAGRAM.get(from));
    }
  }

  /** The goal verbs; {@code arg} picks a milestone index or a progress value. */
  enum Verb {
    ACTIVATE,
    ACHIEVE,
    ABANDON,
    REVISE,
    COMPLETE_MILESTONE,
    REOPEN_MILESTONE,
    SET_PROGRESS,
    CHECK_IN,
    CHECK_IN_WITH_PROGRESS,
    SHARE
  }

  record Step(Verb verb, int arg) {}

  record Run(ProgressMode mode, int milestones, List<Step> steps) {}

  private static Goal start(ProgressMode mode, int milestones) {
    GoalDraft.Builder draft =
        GoalDraft.builder("Goal", "measure", TODAY.plusYears(1)).progressMode(mode);
    for (int i = 0; i < milestones; i++) {
      draft.milestone("m" + i, TODAY.plusDays(i));
    }
    return Goal.draft(
        GoalId.of("g-1"), ProgramId.of("p-1"), PairId.of("pair-1"), MENTEE, draft.build(), T0);
  }

  private static Goal apply(Goal g, Step step, Instant at) {
    int arg = step.arg();
    return switch (step.verb()) {
      case ACTIVATE -> g.activate(at);
      case ACHIEVE -> g.achieve(at);
      case ABANDON -> g.abandon("reason " + arg, at);
      case REVISE ->
          g.revise(
              GoalDraft.from(g)
                  .description("revised " + arg)
                  .progressMode(
                      arg % 3 == 0 && !g.milestones().isEmpty()
                          ? ProgressMode.MILESTONES
                          : g.progressMode())
                  .build(),
              at);
      case COMPLETE_MILESTONE -> g.completeMilestone(arg % Math.max(1, g.milestones().size()), at);
      case REOPEN_MILESTONE -> g.reopenMilestone(arg % Math.max(1, g.milestones().size()), at);
      case SET_PROGRESS -> g.withProgress(arg, at);
      case CHECK_IN -> g.checkIn(MENTEE, "note " + arg, null, at);
      case CHECK_IN_WITH_PROGRESS -> g.checkIn(MENTEE, "note " + arg, arg, at);
      case SHARE ->
          g.share(arg % 2 == 0 ? GoalVisibility.PAIR : GoalVisibility.SHARED_WITH_ADMINS, at);
    };
  }

  /** What the Javadoc of each verb says it accepts. */
  private static boolean allowed(Goal g, Step step) {
    GoalStatus s = g.status();
    boolean manual = g.progressMode() == ProgressMode.MANUAL;
    return switch (step.verb()) {
      case ACTIVATE -> s == GoalStatus.DRAFT;
      case ACHIEVE -> s == GoalStatus.ACTIVE;
      case ABANDON, REVISE, CHECK_IN -> s.isOpen();
      case COMPLETE_MILESTONE, REOPEN_MILESTONE -> s.isOpen() && !g.milestones().isEmpty();
      case SET_PROGRESS, CHECK_IN_WITH_PROGRESS -> s.isOpen() && manual;
      case SHARE -> true;
    };
  }

  @Test
  void randomVerbs_moveAlongTheTableOrAreRefusedWithoutChange() {
    Set<List<GoalStatus>> seen = new HashSet<>();
    qt().withFixedSeed(SEED)
        .withExamples(400)
        .forAll(
            oneOf(ProgressMode.class)
                .zip(
                    integers().between(0, 4),
                    listsOf(oneOf(Verb.class).zip(integers().between(0, 100), Step::new), 0, 30),
                    (mode, n, steps) ->
                        new Run(
                            mode == ProgressMode.MILESTONES && n == 0 ? ProgressMode.MANUAL : mode,
                            n,
                            steps)))
        .checkAssert(run -> seen.addAll(walk(run)));
    Set<List<GoalStatus>> edges = new HashSet<>();
    DIAGRAM.forEach((from, tos) -> tos.forEach(to -> edges.add(List.of(from, to))));
    assertThat(seen).as("every table transition is exercised").isEqualTo(edges);
  }

  private static Set<List<GoalStatus>> walk(Run run) {
    Set<List<GoalStatus>> edges = new HashSet<>();
    Goal current = start(run.mode(), run.milestones());
    Instant at = T0;
    for (Step step : run.steps()) {
      at = at.plusSeconds(60);
      Goal before = current;
      GoalStatus from = before.status();
      Goal next;
      try {
        next = apply(current, step, at);
      } catch (IllegalTransitionException e) {
        assertThat(allowed(before, step)).as("%s refused on %s", step, before).isFalse();
        assertThat(e.from()).isEqualTo(from);
        assertThat(current).isSameAs(before);
        continue;
      } catch (IllegalStateException | IndexOutOfBoundsException e) {
        assertThat(allowed(before, step)).as("%s failed on %s: %s", step, before, e).isFalse();
        assertThat(before.status().isOpen()).isTrue();
        continue;
      }
      assertThat(allowed(before, step)).as("%s accepted on %s", step, before).isTrue();
      GoalStatus to = next.status();
      if (to != from) {
        assertThat(from.canMoveTo(to)).as("%s moved %s → %s", step, from, to).isTrue();
        edges.add(List.of(from, to));
      } else if (!from.isOpen()) {
        assertThat(step.verb()).as("only sharing touches a closed goal").isEqualTo(Verb.SHARE);
      }
      assertInvariants(before, next, at);
      current = next;
    }
    return edges;
  }

  private static void assertInvariants(Goal before, Goal after, Instant at) {
    assertThat(after.id()).isEqualTo(before.id());
    assertThat(after.ownerId()).isEqualTo(before.ownerId());
    assertThat(after.createdAt()).isEqualTo(before.createdAt());
    assertThat(after.closedAt() == null).isEqualTo(after.status().isOpen());
    if (after.progressMode() == ProgressMode.MILESTONES) {
      assertThat(after.progress()).isEqualTo(Goal.milestoneProgress(after.milestones()));
    }
    if (!after.equals(before)) {
      assertThat(after.updatedAt()).isEqualTo(at);
    }
    assertThat(after.checkIns().size())
        .isBetween(before.checkIns().size(), before.checkIns().size() + 1);
    assertThat(after.milestones()).hasSameSizeAs(before.milestones());
  }

  @Test
  void milestoneProgress_isTheFlooredShareOfCompletedMilestones() {
    qt().withFixedSeed(SEED)
        .withExamples(500)
        .forAll(listsOf(booleans().all(), 1, 50))
        .checkAssert(
            done -> {
              List<Milestone> milestones = new ArrayList<>();
              int completed = 0;
              for (int i = 0; i < done.size(); i++) {
                Milestone m = Milestone.open("m" + i, TODAY);
                if (done.get(i)) {
                  m = m.complete(T0);
                  completed++;
                }
                milestones.add(m);
              }
              int progress = Goal.milestoneProgress(milestones);
              assertThat(progress).isEqualTo(Math.floorDiv(completed * 100, done.size()));
              assertThat(progress).isBetween(0, 100);
              assertThat(progress == 100).isEqualTo(completed == done.size());
              assertThat(progress == 0).isEqualTo(completed == 0);
              // One more completed milestone always raises the progress (at most 100 milestones).
              if (completed < done.size()) {
                int i = done.indexOf(false);
                List<Milestone> more = new ArrayList<>(milestones);
                more.set(i, more.get(i).complete(T0));
                assertThat(Goal.milestoneProgress(more)).isGreaterThan(progress);
              }
            });
  }
}
