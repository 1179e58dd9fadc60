/**
 * Pairs (mentorships): the {@link dev.mentoring.core.pairing.Pair} aggregate, its lifecycle ({@link
 * dev.mentoring.core.pairing.PairStatus}), where it came from ({@link
 * dev.mentoring.core.pairing.PairOrigin}), why it was made ({@link
 * dev.mentoring.core.pairing.Explanation}) and how it ended ({@link
 * dev.mentoring.core.pairing.PairExit}).
 *
 * <p>A pair is proposed, accepted by the sides the program's policy names, activated when the
 * program runs, may pause and resume, and completes; or it is declined, expires, is withdrawn, or
 * ends early for a no-fault {@link dev.mentoring.core.pairing.ExitReason reason}.
 */
@NullMarked
package dev.mentoring.core.pairing;

import org.jspecify.annotations.NullMarked;
