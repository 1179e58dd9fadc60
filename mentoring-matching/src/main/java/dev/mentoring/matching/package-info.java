/**
 * Matching strategies for the engine's {@link dev.mentoring.core.matching.MatchingStrategy} SPI:
 * the registry of built-in and researcher-supplied strategies, evaluation of results,
 * recommendations and feasibility reports.
 */
@NullMarked
package dev.mentoring.matching;

import org.jspecify.annotations.NullMarked;
