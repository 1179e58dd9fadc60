package dev.mentoring.matching.internal;

import dev.mentoring.core.ParticipantId;
import dev.mentoring.matching.scoring.HardConstraint;
import dev.mentoring.matching.scoring.PreparedConstraint;
import dev.mentoring.matching.scoring.ScoringContext;
import java.util.ArrayList;
import java.util.List;

/** Excludes a pair when either side is in the other's manager chain. */
public final class CriteriaManagerChainConstraint implements HardConstraint {
  /** The constraint's id. */
  public static final String ID = "manager-chain";

  /** Creates the constraint. */
  public CriteriaManagerChainConstraint() {}

  @Override
  public String id() {
    return ID;
  }

  @Override
  public PreparedConstraint prepare(ScoringContext ctx) {
    ScoringPairIndex.Builder b = new ScoringPairIndex.Builder(ctx.menteeCount());
    for (int i = 0; i < ctx.menteeCount(); i++) {
      for (ParticipantId manager : ctx.menteeProfile(i).managerChain()) {
        int j = ctx.mentorIndexOf(manager);
        if (j >= 0) {
          b.add(i, j);
        }
      }
    }
    for (int j = 0; j < ctx.mentorCount(); j++) {
      for (ParticipantId manager : ctx.mentorProfile(j).managerChain()) {
        int i = ctx.menteeIndexOf(manager);
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
        if (ctx.menteeProfile(mentee).reportsTo(r)) {
          why.add("mentor " + r + " is in mentee " + e + "'s manager chain");
        }
        if (ctx.mentorProfile(mentor).reportsTo(e)) {
          why.add("mentee " + e + " is in mentor " + r + "'s manager chain");
        }
        return String.join("; ", why);
      }
    };
  }

  @Override
  public String toString() {
    return "HardConstraints.managerChain()";
  }
}
