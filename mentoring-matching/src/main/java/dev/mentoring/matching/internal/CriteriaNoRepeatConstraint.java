package dev.mentoring.matching.internal;

import dev.mentoring.core.matching.CandidatePair;
import dev.mentoring.core.pairing.Pair;
import dev.mentoring.matching.scoring.HardConstraint;
import dev.mentoring.matching.scoring.PreparedConstraint;
import dev.mentoring.matching.scoring.ScoringContext;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Excludes a mentor and mentee who are already paired in the problem's {@link
 * dev.mentoring.core.matching.MatchingProblem#existingPairs() existing pairs}, or who were paired
 * before according to a set of past pairs given to the model.
 */
public final class CriteriaNoRepeatConstraint implements HardConstraint {
  /** The constraint's id. */
  public static final String ID = "no-repeat";

  private final Set<CandidatePair> past;

  /** Creates the constraint with past pairs, copied. */
  public CriteriaNoRepeatConstraint(Set<CandidatePair> past) {
    this.past = Set.copyOf(past);
  }

  @Override
  public String id() {
    return ID;
  }

  @Override
  public PreparedConstraint prepare(ScoringContext ctx) {
    ScoringPairIndex.Builder b = new ScoringPairIndex.Builder(ctx.menteeCount());
    Map<CandidatePair, Pair> existing = new HashMap<>();
    for (Pair p : ctx.problem().existingPairs()) {
      existing.putIfAbsent(new CandidatePair(p.mentorId(), p.menteeId()), p);
      add(ctx, b, p.mentorId(), p.menteeId());
    }
    for (CandidatePair p : past) {
      add(ctx, b, p.mentorId(), p.menteeId());
    }
    return new ScoringIndexedConstraint(b.build()) {
      @Override
      public String reason(int mentee, int mentor) {
        Pair open = existing.get(new CandidatePair(ctx.mentorId(mentor), ctx.menteeId(mentee)));
        if (open != null) {
          return "already paired in this program (pair " + open.id() + ", " + open.status() + ")";
        }
        return "paired before";
      }
    };
  }

  private static void add(
      ScoringContext ctx,
      ScoringPairIndex.Builder b,
      dev.mentoring.core.ParticipantId mentor,
      dev.mentoring.core.ParticipantId mentee) {
    int i = ctx.menteeIndexOf(mentee);
    int j = ctx.mentorIndexOf(mentor);
    if (i >= 0 && j >= 0) {
      b.add(i, j);
    }
  }

  @Override
  public String toString() {
    return "HardConstraints.noRepeatPairing(" + past.size() + " past pairs)";
  }
}
