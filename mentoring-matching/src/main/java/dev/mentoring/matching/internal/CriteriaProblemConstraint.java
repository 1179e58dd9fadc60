package dev.mentoring.matching.internal;

import dev.mentoring.core.matching.CandidatePair;
import dev.mentoring.matching.scoring.HardConstraint;
import dev.mentoring.matching.scoring.PreparedConstraint;
import dev.mentoring.matching.scoring.ScoringContext;

/**
 * The rules the engine already applied: the pairs in {@link
 * dev.mentoring.core.matching.MatchingProblem#excluded()} and a participant paired with themselves
 * (possible in PEER programs). Every model applies it first; it cannot be removed.
 */
public final class CriteriaProblemConstraint implements HardConstraint {
  /** The constraint's id. */
  public static final String ID = "problem-excluded";

  /** Creates the constraint. */
  public CriteriaProblemConstraint() {}

  @Override
  public String id() {
    return ID;
  }

  @Override
  public PreparedConstraint prepare(ScoringContext ctx) {
    ScoringPairIndex.Builder b = new ScoringPairIndex.Builder(ctx.menteeCount());
    for (CandidatePair pair : ctx.problem().excluded()) {
      int i = ctx.menteeIndexOf(pair.menteeId());
      int j = ctx.mentorIndexOf(pair.mentorId());
      if (i >= 0 && j >= 0) {
        b.add(i, j);
      }
    }
    for (int j = 0; j < ctx.mentorCount(); j++) {
      int i = ctx.menteeIndexOf(ctx.mentorId(j));
      if (i >= 0) {
        b.add(i, j);
      }
    }
    return new ScoringIndexedConstraint(b.build()) {
      @Override
      public String reason(int mentee, int mentor) {
        if (ctx.menteeId(mentee).equals(ctx.mentorId(mentor))) {
          return ctx.menteeId(mentee) + " cannot mentor themselves";
        }
        return "the matching problem excludes the pair (an open or earlier pair, a manager-chain"
            + " relation or an exclusion found by the engine)";
      }
    };
  }

  @Override
  public String toString() {
    return "problem exclusions";
  }
}
