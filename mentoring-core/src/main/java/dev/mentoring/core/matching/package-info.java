/**
 * The matching SPI: a {@link dev.mentoring.core.matching.MatchingStrategy} takes a {@link
 * dev.mentoring.core.matching.MatchingProblem} (the program, its eligible mentors and mentees,
 * their remaining places, the pairs that must not be proposed and a seed) and returns a {@link
 * dev.mentoring.core.matching.MatchingResult} of scored, explained {@link
 * dev.mentoring.core.matching.Proposal proposals}.
 *
 * <p>The engine builds the problem from stored data, checks the strategy's answer against the hard
 * rules, and turns it into proposed pairs. Real strategies (optimal, stable, fair, ...) live in the
 * {@code mentoring-matching} module; this package ships {@link
 * dev.mentoring.core.matching.SimpleSkillMatching}, a small greedy default.
 */
@NullMarked
package dev.mentoring.core.matching;

import org.jspecify.annotations.NullMarked;
