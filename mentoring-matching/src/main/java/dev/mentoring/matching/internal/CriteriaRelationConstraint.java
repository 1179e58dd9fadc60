package dev.mentoring.matching.internal;

import dev.mentoring.core.ParticipantId;
import dev.mentoring.core.enrollment.Profile;
import dev.mentoring.matching.scoring.HardConstraint;
import dev.mentoring.matching.scoring.PreparedConstraint;
import dev.mentoring.matching.scoring.ScoringContext;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;

/**
 * Excludes a pair when either side's profile names the other in a relation: the manager chain or
 * the explicit exclusions.
 */
public final class CriteriaRelationConstraint implements HardConstraint {
  /** The id of the manager-chain constraint. */
  public static final String MANAGER_CHAIN = "manager-chain";

  /** The id of the explicit-exclusions constraint. */
  public static final String EXCLUSIONS = "exclusions";

  private final String id;
  private final Function<Profile, Collection<ParticipantId>> related;
  private final String menteeNamesMentor;
  private final String mentorNamesMentee;
  private final String description;

  private CriteriaRelationConstraint(
      String id,
      Function<Profile, Collection<ParticipantId>> related,
      String menteeNamesMentor,
      String mentorNamesMentee,
      String description) {
    this.id = id;
    this.related = related;
    this.menteeNamesMentor = menteeNamesMentor;
    this.mentorNamesMentee = mentorNamesMentee;
    this.description = description;
  }

  /**
   * Returns the constraint that keeps people out of their managers' and reports' pairs.
   *
   * @return the constraint
   */
  public static CriteriaRelationConstraint managerChain() {
    return new CriteriaRelationConstraint(
        MANAGER_CHAIN,
        Profile::managerChain,
        "mentor %2$s is in mentee %1$s's manager chain",
        "mentee %1$s is in mentor %2$s's manager chain",
        "HardConstraints.managerChain()");
  }

  /**
   * Returns the constraint that honours each side's explicit exclusions.
   *
   * @return the constraint
   */
  public static CriteriaRelationConstraint exclusions() {
    return new CriteriaRelationConstraint(
        EXCLUSIONS,
        Profile::exclusions,
        "mentee %1$s excluded mentor %2$s",
        "mentor %2$s excluded mentee %1$s",
        "HardConstraints.explicitExclusions()");
  }

  @Override
  public String id() {
    return id;
  }

  @Override
  public PreparedConstraint prepare(ScoringContext ctx) {
    ScoringPairIndex.Builder b = new ScoringPairIndex.Builder(ctx.menteeCount());
    for (int i = 0; i < ctx.menteeCount(); i++) {
      for (ParticipantId other : related.apply(ctx.menteeProfile(i))) {
        int j = ctx.mentorIndexOf(other);
        if (j >= 0) {
          b.add(i, j);
        }
      }
    }
    for (int j = 0; j < ctx.mentorCount(); j++) {
      for (ParticipantId other : related.apply(ctx.mentorProfile(j))) {
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
        if (related.apply(ctx.menteeProfile(mentee)).contains(r)) {
          why.add(String.format(menteeNamesMentor, e, r));
        }
        if (related.apply(ctx.mentorProfile(mentor)).contains(e)) {
          why.add(String.format(mentorNamesMentee, e, r));
        }
        return String.join("; ", why);
      }
    };
  }

  @Override
  public String toString() {
    return description;
  }
}
