/**
 * Fakes for tests of a host's integration: a clock that moves only when told, and a notifier and a
 * listener that record what they receive.
 */
@NullMarked
package dev.mentoring.testkit.fake;

import org.jspecify.annotations.NullMarked;
