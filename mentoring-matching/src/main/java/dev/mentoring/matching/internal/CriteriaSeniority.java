package dev.mentoring.matching.internal;

import dev.mentoring.core.program.ProgramFormat;
import dev.mentoring.matching.scoring.Criterion;
import dev.mentoring.matching.scoring.PreparedCriterion;
import dev.mentoring.matching.scoring.RowScorer;
import dev.mentoring.matching.scoring.ScoringContext;

/**
 * Seniority gap: full credit when the mentor's level minus the mentee's lies in {@code [min, max]}
 * (another range in REVERSE programs), losing a quarter per level outside the range.
 */
public final class CriteriaSeniority implements Criterion {
  /** The criterion's id. */
  public static final String ID = "seniority";

  /** The sub-score by distance, in levels, to the range; 0 from 4 levels on. */
  private static final double[] DECAY = {1.0, 0.75, 0.5, 0.25};

  private final int min;
  private final int max;
  private final int reverseMin;
  private final int reverseMax;

  /**
   * Creates the criterion.
   *
   * @throws IllegalArgumentException if a range is empty or outside -20..20
   */
  public CriteriaSeniority(int min, int max, int reverseMin, int reverseMax) {
    check(min, max, "");
    check(reverseMin, reverseMax, "REVERSE ");
    this.min = min;
    this.max = max;
    this.reverseMin = reverseMin;
    this.reverseMax = reverseMax;
  }

  private static void check(int min, int max, String which) {
    if (min > max || min < -20 || max > 20) {
      throw new IllegalArgumentException(
          which
              + "seniority gap range must satisfy -20 <= min <= max <= 20, was "
              + min
              + ".."
              + max);
    }
  }

  @Override
  public String id() {
    return ID;
  }

  /** The highest seniority level; levels are clamped to 0..20, the range profiles allow. */
  static final int MAX_LEVEL = 20;

  static int clamp(int level) {
    return Math.max(0, Math.min(MAX_LEVEL, level));
  }

  /** The sub-score of a gap for a range. */
  static double score(int gap, int min, int max) {
    int d = gap < min ? min - gap : gap > max ? gap - max : 0;
    return d >= DECAY.length ? 0.0 : DECAY[d];
  }

  @Override
  public PreparedCriterion prepare(ScoringContext ctx) {
    boolean reverse = ctx.program().spec().format() == ProgramFormat.REVERSE;
    int lo = reverse ? reverseMin : min;
    int hi = reverse ? reverseMax : max;
    int[] mentee = new int[ctx.menteeCount()];
    int[] mentor = new int[ctx.mentorCount()];
    for (int i = 0; i < mentee.length; i++) {
      mentee[i] = clamp(ctx.menteeProfile(i).seniority());
    }
    for (int j = 0; j < mentor.length; j++) {
      mentor[j] = clamp(ctx.mentorProfile(j).seniority());
    }
    // By gap + 20: a lookup rather than branches on a gap that varies from pair to pair.
    double[] byGap = new double[2 * MAX_LEVEL + 1];
    for (int g = -MAX_LEVEL; g <= MAX_LEVEL; g++) {
      byGap[g + MAX_LEVEL] = score(g, lo, hi);
    }
    return new ScoringTrusted() {
      @Override
      public double score(int i, int j) {
        return byGap[mentor[j] - mentee[i] + MAX_LEVEL];
      }

      @Override
      public RowScorer rowScorer() {
        return (i, list, count, out) -> {
          int base = MAX_LEVEL - mentee[i];
          for (int k = 0; k < count; k++) {
            out[k] = byGap[mentor[list[k]] + base];
          }
        };
      }

      @Override
      public String describe(int i, int j) {
        int gap = mentor[j] - mentee[i];
        int d = gap < lo ? lo - gap : gap > hi ? gap - hi : 0;
        String range = lo + ".." + hi + (reverse ? " (REVERSE program)" : "");
        return "mentor level "
            + mentor[j]
            + ", mentee level "
            + mentee[i]
            + ": gap "
            + gap
            + (d == 0 ? " within " : ", " + d + " outside ")
            + range;
      }
    };
  }

  @Override
  public String toString() {
    return "Criteria.seniorityGap("
        + min
        + ", "
        + max
        + ", "
        + reverseMin
        + ", "
        + reverseMax
        + ")";
  }
}
