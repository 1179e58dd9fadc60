/**
 * Fakes for tests of a host's integration: {@link dev.mentoring.testkit.fake.MutableClock}, a clock
 * that moves only when told; {@link dev.mentoring.testkit.fake.RecordingNotifier} and {@link
 * dev.mentoring.testkit.fake.RecordingListener}, which keep what the engine sends them. All are
 * thread-safe.
 */
@NullMarked
package dev.mentoring.testkit.fake;

import org.jspecify.annotations.NullMarked;
