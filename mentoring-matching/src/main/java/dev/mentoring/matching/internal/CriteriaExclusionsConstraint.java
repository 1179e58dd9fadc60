package dev.mentoring.matching.internal;

import dev.mentoring.core.ParticipantId;
import dev.mentoring.matching.scoring.HardConstraint;
import dev.mentoring.matching.scoring.PreparedConstraint;
import dev.mentoring.matching.scoring.ScoringContext;
import java.util.ArrayList;
import java.util.List;

/** Excludes a pair when either side lists the other in its profile's exclusions. */
public final class CriteriaExclusionsConstraint implements HardConstraint {
  /** The constraint's id. */
  public static final String ID = "exclusions";

  /** Creates the constraint. */
  public CriteriaExclusionsConstraint() {}

  @Override
  public String id() {
    return ID;
  }

  @Override
  public PreparedConstraint prepare(ScoringContext ctx) {
    ScoringPairIndex.Builder b = new ScoringPairIndex.Builder(ctx.menteeCount());
    for (int i = 0; i < ctx.menteeCount(); i++) {
      for (ParticipantId other : ctx.menteeProfile(i).exclusions()) {
        int j = ctx.mentorIndexOf(other);
        if (j >= 0) {
          b.add(i, j);
        }
      }
    }
    for (int j = 0; j < ctx.mentorCount(); j++) {
      for (ParticipantId other : ctx.mentorProfile(j).exclusions()) {
        int i = ctx.menteeIndexOf(other);
        if (i >= 0) {
          b.add(i, j);
        }
      }
    }
    return new ScoringIndexedConstraint(b.build()) {
      @Override
      public String reason(int mentee, int mentor) {
        ParticipantId e = ctx.menteeId(mentee);
        ParticipantId r = ctx.mentorId(mentor);
        List<String> why = new ArrayList<>();
        if (ctx.menteeProfile(mentee).exclusions().contains(r)) {
          why.add("mentee " + e + " excluded mentor " + r);
        }
        if (ctx.mentorProfile(mentor).exclusions().contains(e)) {
          why.add("mentor " + r + " excluded mentee " + e);
        }
        return String.join("; ", why);
      }
    };
  }

  @Override
  public String toString() {
    return "HardConstraints.explicitExclusions()";
  }
}
