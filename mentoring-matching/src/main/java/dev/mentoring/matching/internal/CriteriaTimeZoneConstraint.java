package dev.mentoring.matching.internal;

import dev.mentoring.matching.scoring.HardConstraint;
import dev.mentoring.matching.scoring.PreparedConstraint;
import dev.mentoring.matching.scoring.ScoringContext;

/**
 * Excludes a pair whose UTC offsets, at the reference instant, differ by more than a number of
 * hours on the 24-hour clock. A participant without a time zone is not excluded.
 */
public final class CriteriaTimeZoneConstraint implements HardConstraint {
  /** The constraint's id. */
  public static final String ID = "max-time-zone-difference";

  private final int hours;

  /**
   * Creates the constraint.
   *
   * @throws IllegalArgumentException if {@code hours} is outside 0..12
   */
  public CriteriaTimeZoneConstraint(int hours) {
    if (hours < 0 || hours > 12) {
      throw new IllegalArgumentException(
          "maximum time-zone difference must be 0 to 12 hours, was " + hours);
    }
    this.hours = hours;
  }

  @Override
  public String id() {
    return ID;
  }

  @Override
  public PreparedConstraint prepare(ScoringContext ctx) {
    ScoringOffsets offsets = ScoringOffsets.of(ctx);
    int[] mentee = offsets.mentee;
    int[] mentor = offsets.mentor;
    int[] mentorKey = offsets.mentorKey;
    int unknown = ScoringOffsets.UNKNOWN;
    int span = ScoringOffsets.SPAN;
    int max = hours * 60;
    // Allowed by a + SPAN - mentorKey[j] (see ScoringOffsets.UNKNOWN_KEY), so a row needs no
    // modulo and no branch; unknown mentor zones fall in the all-true region.
    boolean[] within = new boolean[ScoringOffsets.TABLE];
    java.util.Arrays.fill(within, true);
    for (int d = -span; d <= span; d++) {
      within[d + span] = ScoringOffsets.difference(d, 0) <= max;
    }
    return new PreparedConstraint() {
      @Override
      public boolean allows(int i, int j) {
        int a = mentee[i];
        return a == unknown || within[a + span - mentorKey[j]];
      }

      @Override
      public void restrictRow(int i, boolean[] allowed) {
        int a = mentee[i];
        if (a == unknown) {
          return;
        }
        int base = a + span;
        for (int j = 0; j < allowed.length; j++) {
          allowed[j] &= within[base - mentorKey[j]];
        }
      }

      @Override
      public String reason(int i, int j) {
        return "time zones differ by "
            + ScoringText.hours(ScoringOffsets.difference(mentee[i], mentor[j]))
            + " (mentee "
            + ScoringText.offset(mentee[i])
            + ", mentor "
            + ScoringText.offset(mentor[j])
            + "), more than "
            + hours
            + "h";
      }
    };
  }

  @Override
  public String toString() {
    return "HardConstraints.maxTimeZoneDifference(" + hours + ")";
  }
}
