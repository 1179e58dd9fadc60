/**
 * AssertJ assertions for Mentoring SDK values. {@link
 * dev.mentoring.testkit.assertions.MentoringAssertions} holds the entry points; {@link
 * dev.mentoring.testkit.assertions.MatchingResultAssert} checks a strategy's result against the
 * rules of its problem (places, eligibility, exclusions), {@link
 * dev.mentoring.testkit.assertions.PairAssert} a pair, and {@link
 * dev.mentoring.testkit.assertions.RecordingNotifierAssert} what a {@link
 * dev.mentoring.testkit.fake.RecordingNotifier} received. Failure messages name the mentor, mentee
 * or pair that broke the rule.
 */
@NullMarked
package dev.mentoring.testkit.assertions;

import org.jspecify.annotations.NullMarked;
