/**
 * Entry point of the Mentoring SDK: the {@link dev.mentoring.core.Mentoring} engine, the acting
 * user ({@link dev.mentoring.core.Actor}), the participant key and the exception family.
 *
 * <p>A host builds one {@code Mentoring} instance and calls its task-shaped services ({@code
 * programs()}, {@code enrollments()}, {@code pairs()}, {@code matching()}, {@code reminders()},
 * {@code privacy()}, {@code goals()}, {@code meetings()}, {@code surveys()}, {@code resources()},
 * {@code reports()}). Every operation takes the acting user, validates its input, runs in one store
 * transaction and publishes events and notifications after commit. All failures are unchecked
 * subtypes of {@link dev.mentoring.core.MentoringException}; programming errors (a {@code null}
 * argument) remain JDK exceptions.
 */
@NullMarked
package dev.mentoring.core;

import org.jspecify.annotations.NullMarked;
