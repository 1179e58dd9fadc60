package dev.mentoring.matching.internal;

import dev.mentoring.matching.scoring.PreparedConstraint;

/**
 * A prepared constraint that forbids a precomputed, typically small, set of pairs: checks by binary
 * search in the mentee's row and clears a row in time proportional to the pairs it forbids there.
 */
abstract class ScoringIndexedConstraint implements PreparedConstraint {
  private final ScoringPairIndex forbidden;

  ScoringIndexedConstraint(ScoringPairIndex forbidden) {
    this.forbidden = forbidden;
  }

  @Override
  public final boolean allows(int mentee, int mentor) {
    return !forbidden.contains(mentee, mentor);
  }

  @Override
  public final void restrictRow(int mentee, boolean[] allowed) {
    forbidden.clear(mentee, allowed);
  }

  @Override
  public abstract String reason(int mentee, int mentor);
}
