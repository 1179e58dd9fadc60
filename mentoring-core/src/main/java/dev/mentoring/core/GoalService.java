package dev.mentoring.core;

import dev.mentoring.core.goal.Goal;
import dev.mentoring.core.goal.GoalDraft;
import dev.mentoring.core.goal.GoalId;
import dev.mentoring.core.goal.GoalVisibility;
import dev.mentoring.core.goal.ProgressMode;
import dev.mentoring.core.pairing.PairId;
import dev.mentoring.core.program.ProgramId;
import java.util.List;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * Goals of pairs: written down, agreed on, tracked, and closed. Obtain it from {@link
 * Mentoring#goals()}. Thread-safe.
 *
 * <p>A goal belongs to a pair and is owned by the pair's mentee. The mentor and the mentee read and
 * change it; only the owner changes who else may read it ({@link GoalVisibility}). The program's
 * administrators read goals shared with them and nothing else; the system reads every goal. Other
 * actors are refused.
 *
 * <p>Content changes (revising, milestones, progress, check-ins) need an open goal, DRAFT or
 * ACTIVE; on an ACHIEVED or ABANDONED goal they throw {@link IllegalTransitionException} with
 * {@code to} ACTIVE. Setting a progress by hand on a goal whose progress follows its milestones is
 * reported as an {@link InvalidInputException} with the rule {@code ProgressMode} on {@code
 * progress}. Changes that change nothing (completing a completed milestone, sharing with the
 * current visibility) store and publish nothing.
 *
 * <p>Every method throws {@link NullPointerException} for a null argument (unless documented as
 * nullable), {@link NotFoundException} for an unknown pair, goal or program and {@link
 * AccessDeniedException} for an actor without the right. Checks run in this order: existence,
 * access, input, state. A refused call changes nothing and delivers nothing.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public interface GoalService {

  /**
   * Writes down a goal for a pair, as a DRAFT with progress 0. The owner is always the pair's
   * mentee, also when the mentor writes it on their behalf.
   *
   * @param actor the pair's mentee or mentor
   * @param pairId the pair
   * @param draft the goal; see {@link GoalDraft} for the rules
   * @return the stored goal
   * @throws InvalidInputException if the draft breaks a rule, or the pair is not ACCEPTED, ACTIVE
   *     or PAUSED (rule {@code PairStatus} on {@code pairId})
   * @throws AccessDeniedException if the actor is not in the pair, or the mentor asks for a
   *     visibility other than {@link GoalVisibility#PAIR}
   */
  Goal create(Actor actor, PairId pairId, GoalDraft draft);

  /**
   * Replaces an open goal's SMART fields, milestones, progress mode and visibility. Milestones
   * whose title stays keep their completion; dates the revision leaves unchanged may lie in the
   * past.
   *
   * @param actor the pair's mentee or mentor
   * @param id the goal
   * @param draft the revision; see {@link GoalDraft} for the rules
   * @return the stored goal
   * @throws InvalidInputException if the draft breaks a rule
   * @throws AccessDeniedException if the actor is not in the pair, or the mentor changes the
   *     visibility
   * @throws IllegalTransitionException if the goal is ACHIEVED or ABANDONED
   */
  Goal revise(Actor actor, GoalId id, GoalDraft draft);

  /**
   * Agrees on a draft goal: DRAFT → ACTIVE.
   *
   * @param actor the pair's mentee or mentor
   * @param id the goal
   * @return the stored goal
   * @throws IllegalTransitionException if the goal is not DRAFT
   */
  Goal activate(Actor actor, GoalId id);

  /**
   * Completes a milestone of an open goal. In {@link ProgressMode#MILESTONES} the progress follows.
   *
   * @param actor the pair's mentee or mentor
   * @param id the goal
   * @param index the milestone's position, from 0
   * @return the stored goal
   * @throws InvalidInputException if the goal has no milestone at {@code index} (rule {@code
   *     Range})
   * @throws IllegalTransitionException if the goal is ACHIEVED or ABANDONED
   */
  Goal completeMilestone(Actor actor, GoalId id, int index);

  /**
   * Reopens a completed milestone of an open goal. In {@link ProgressMode#MILESTONES} the progress
   * follows.
   *
   * @param actor the pair's mentee or mentor
   * @param id the goal
   * @param index the milestone's position, from 0
   * @return the stored goal
   * @throws InvalidInputException if the goal has no milestone at {@code index} (rule {@code
   *     Range})
   * @throws IllegalTransitionException if the goal is ACHIEVED or ABANDONED
   */
  Goal reopenMilestone(Actor actor, GoalId id, int index);

  /**
   * Sets the progress of an open goal in {@link ProgressMode#MANUAL}.
   *
   * @param actor the pair's mentee or mentor
   * @param id the goal
   * @param progress the progress, 0 to 100
   * @return the stored goal
   * @throws InvalidInputException if {@code progress} is outside 0 to 100 (rules {@code Min},
   *     {@code Max}) or the progress follows the milestones (rule {@code ProgressMode})
   * @throws IllegalTransitionException if the goal is ACHIEVED or ABANDONED
   */
  Goal updateProgress(Actor actor, GoalId id, int progress);

  /**
   * Adds a check-in to an open goal, optionally setting the progress. A goal holds at most 500
   * check-ins.
   *
   * @param actor the pair's mentee or mentor, recorded as the author
   * @param id the goal
   * @param note how it is going, not blank, at most 2,000 characters
   * @param progress the progress to set, 0 to 100, or {@code null} to keep it; only in {@link
   *     ProgressMode#MANUAL}
   * @return the stored goal
   * @throws InvalidInputException if the note or progress breaks a rule, or the goal holds 500
   *     check-ins (rule {@code Size} on {@code checkIns})
   * @throws IllegalTransitionException if the goal is ACHIEVED or ABANDONED
   */
  Goal checkIn(Actor actor, GoalId id, String note, @Nullable Integer progress);

  /**
   * Marks an active goal reached: ACTIVE → ACHIEVED. In {@link ProgressMode#MANUAL} the progress
   * becomes 100; in {@link ProgressMode#MILESTONES} it stays what the milestones give.
   *
   * @param actor the pair's mentee or mentor
   * @param id the goal
   * @return the stored goal
   * @throws IllegalTransitionException if the goal is not ACTIVE
   */
  Goal achieve(Actor actor, GoalId id);

  /**
   * Gives a goal up: DRAFT or ACTIVE → ABANDONED.
   *
   * @param actor the pair's mentee or mentor
   * @param id the goal
   * @param reason why, at most 2,000 characters, or {@code null}
   * @return the stored goal
   * @throws InvalidInputException if the reason is too long
   * @throws IllegalTransitionException if the goal is ACHIEVED or ABANDONED
   */
  Goal abandon(Actor actor, GoalId id, @Nullable String reason);

  /**
   * Changes who besides the pair may read a goal, in any state.
   *
   * @param actor the goal's owner
   * @param id the goal
   * @param visibility the visibility
   * @return the stored goal
   * @throws AccessDeniedException if the actor is not the owner
   */
  Goal share(Actor actor, GoalId id, GoalVisibility visibility);

  /**
   * Returns a goal.
   *
   * @param actor the pair's mentee or mentor, an administrator of the program if the goal is shared
   *     with administrators, or the system
   * @param id the goal
   * @return the goal
   * @throws AccessDeniedException for another actor, including an administrator reading a goal that
   *     is not shared
   */
  Goal get(Actor actor, GoalId id);

  /**
   * Returns a pair's goals, ordered by creation time: all of them for the pair and the system, the
   * shared ones for an administrator of the program.
   *
   * @param actor the pair's mentee or mentor, an administrator of the program, or the system
   * @param pairId the pair
   * @return the goals
   */
  List<Goal> forPair(Actor actor, PairId pairId);

  /**
   * Returns a program's goals, ordered by creation time: the shared ones for an administrator, all
   * of them for the system.
   *
   * @param actor an administrator of the program or the system
   * @param programId the program
   * @return the goals
   */
  List<Goal> forProgram(Actor actor, ProgramId programId);
}
