/**
 * Goals: what a mentee sets out to reach within a pair, written down the SMART way.
 *
 * <p>{@link dev.mentoring.core.goal.Goal} is the aggregate, owned by the pair's mentee and moving
 * through {@link dev.mentoring.core.goal.GoalStatus} (DRAFT → ACTIVE → ACHIEVED / ABANDONED). It
 * holds {@link dev.mentoring.core.goal.Milestone}s, a progress of 0 to 100 set by hand or derived
 * from the milestones ({@link dev.mentoring.core.goal.ProgressMode}), and {@link
 * dev.mentoring.core.goal.CheckIn}s. {@link dev.mentoring.core.goal.GoalVisibility} says whether
 * the program's administrators may read it. {@link dev.mentoring.core.goal.GoalDraft} and {@link
 * dev.mentoring.core.goal.MilestoneDraft} are the input records, checked by the engine; {@link
 * dev.mentoring.core.goal.GoalId} identifies a goal.
 *
 * <p>Every type here is an immutable value; {@code Mentoring.goals()} runs the operations.
 */
@NullMarked
package dev.mentoring.core.goal;

import org.jspecify.annotations.NullMarked;
