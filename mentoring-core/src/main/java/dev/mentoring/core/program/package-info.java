/**
 * Programs: the {@link dev.mentoring.core.program.Program} aggregate, its lifecycle ({@link
 * dev.mentoring.core.program.ProgramStatus}) and its settings.
 *
 * <p>A host describes a program with a {@link dev.mentoring.core.program.ProgramSpec}: name,
 * objectives, {@link dev.mentoring.core.program.ProgramFormat format}, {@link
 * dev.mentoring.core.program.Schedule schedule}, expected {@link
 * dev.mentoring.core.program.MeetingCadence cadence}, an {@link
 * dev.mentoring.core.program.EnrollmentForm enrollment form} of typed {@link
 * dev.mentoring.core.program.Question questions}, a {@link
 * dev.mentoring.core.program.MatchingPolicy matching policy}, a {@link
 * dev.mentoring.core.program.ReminderPolicy reminder policy} and a {@link
 * dev.mentoring.core.program.HealthPolicy health policy}. Input rules are Jakarta Validation
 * constraints on these records; the engine checks them and reports every violation at once.
 */
@NullMarked
package dev.mentoring.core.program;

import org.jspecify.annotations.NullMarked;
