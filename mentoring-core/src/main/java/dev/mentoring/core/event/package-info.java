/**
 * Domain events: the sealed {@link dev.mentoring.core.event.MentoringEvent} family, published to
 * {@link dev.mentoring.core.event.MentoringListener}s after the transaction that caused them
 * commits.
 *
 * <p>Events are past tense and carry ids and states, never rendered text. A status change carries
 * the previous state.
 */
@NullMarked
package dev.mentoring.core.event;

import org.jspecify.annotations.NullMarked;
