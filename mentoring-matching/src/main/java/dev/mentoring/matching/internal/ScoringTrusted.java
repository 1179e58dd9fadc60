package dev.mentoring.matching.internal;

import dev.mentoring.matching.scoring.PreparedCriterion;

/**
 * A built-in prepared criterion whose sub-scores are in {@code [0, 1]} by construction, so the bulk
 * scoring path skips their range check (explanations still check).
 */
interface ScoringTrusted extends PreparedCriterion {}
