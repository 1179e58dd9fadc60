/**
 * The test support of the JSON modules, shared by mentoring-jackson and mentoring-jackson2: the
 * {@link dev.mentoring.json.testing.Samples} and their {@link dev.mentoring.json.testing.Golden}
 * files, QuickTheories generators of every covered type ({@link
 * dev.mentoring.json.testing.JsonGens}), and the contract tests that each module runs against its
 * own {@link dev.mentoring.json.testing.JsonUnderTest} ({@link
 * dev.mentoring.json.testing.MentoringJsonContract}, {@link
 * dev.mentoring.json.testing.HostileInputContract}). Not published; test code only. The classes
 * hold no mutable state and are safe to use from any thread.
 */
@NullMarked
package dev.mentoring.json.testing;

import org.jspecify.annotations.NullMarked;
