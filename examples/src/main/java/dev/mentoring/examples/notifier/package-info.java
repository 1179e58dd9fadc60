/**
 * A custom notification channel: {@link dev.mentoring.examples.notifier.JsonLinesNotifier} writes
 * webhook-shaped JSON lines to an outbox, certified by the testkit's {@code NotifierContract};
 * {@link dev.mentoring.examples.notifier.NotifierExample} runs a short program with it and a host's
 * reminder loop.
 */
@NullMarked
package dev.mentoring.examples.notifier;

import org.jspecify.annotations.NullMarked;
