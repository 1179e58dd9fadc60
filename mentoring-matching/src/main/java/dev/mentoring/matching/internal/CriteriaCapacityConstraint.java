package dev.mentoring.matching.internal;

import dev.mentoring.matching.scoring.HardConstraint;
import dev.mentoring.matching.scoring.PreparedConstraint;
import dev.mentoring.matching.scoring.ScoringContext;
import java.util.Arrays;

/**
 * Excludes every pair of a mentor without capacity: no places left in the problem, or an enrollment
 * capacity of 0.
 */
public final class CriteriaCapacityConstraint implements HardConstraint {
  /** The constraint's id. */
  public static final String ID = "mentor-capacity";

  /** Creates the constraint. */
  public CriteriaCapacityConstraint() {}

  @Override
  public String id() {
    return ID;
  }

  @Override
  public PreparedConstraint prepare(ScoringContext ctx) {
    int m = ctx.mentorCount();
    boolean[] full = new boolean[m];
    int[] list = new int[m];
    int n = 0;
    for (int j = 0; j < m; j++) {
      if (ctx.mentorPlaces(j) <= 0 || ctx.mentor(j).capacity() <= 0) {
        full[j] = true;
        list[n++] = j;
      }
    }
    int[] none = Arrays.copyOf(list, n);
    return new PreparedConstraint() {
      @Override
      public boolean allows(int mentee, int mentor) {
        return !full[mentor];
      }

      @Override
      public void restrictRow(int mentee, boolean[] allowed) {
        for (int j : none) {
          allowed[j] = false;
        }
      }

      @Override
      public String reason(int mentee, int mentor) {
        return "mentor "
            + ctx.mentorId(mentor)
            + " has no capacity (capacity "
            + ctx.mentor(mentor).capacity()
            + ", "
            + ctx.mentorPlaces(mentor)
            + " places left)";
      }
    };
  }

  @Override
  public String toString() {
    return "HardConstraints.mentorCapacity()";
  }
}
