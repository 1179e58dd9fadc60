package dev.mentoring.matching.internal;

import dev.mentoring.matching.scoring.Criterion;
import dev.mentoring.matching.scoring.PreparedCriterion;
import dev.mentoring.matching.scoring.RowScorer;
import dev.mentoring.matching.scoring.ScoringContext;
import java.time.LocalTime;

/**
 * Time-zone overlap: the share of a working day ({@code start} to {@code end}, local time on both
 * sides) that both sides spend at work, from their UTC offsets at the reference instant, on the
 * 24-hour clock; 0.5 if either time zone is unknown.
 */
public final class CriteriaTimeZone implements Criterion {
  /** The criterion's id. */
  public static final String ID = "time-zone";

  static final double UNKNOWN = 0.5;

  private final LocalTime start;
  private final LocalTime end;
  private final int length;

  /**
   * Creates the criterion.
   *
   * @throws IllegalArgumentException if {@code end} is not after {@code start}
   */
  public CriteriaTimeZone(LocalTime start, LocalTime end) {
    if (!end.isAfter(start)) {
      throw new IllegalArgumentException(
          "working hours must end after they start, were " + start + " to " + end);
    }
    this.start = start;
    this.end = end;
    this.length = (end.toSecondOfDay() - start.toSecondOfDay()) / 60;
  }

  @Override
  public String id() {
    return ID;
  }

  /** Minutes that two equal working windows, {@code difference} minutes apart, share. */
  static int overlap(int length, int difference) {
    int d = ScoringOffsets.difference(difference, 0);
    // Two arcs of the same length on a 1440-minute circle, d apart one way, 1440 - d the other.
    int shared = Math.max(0, length - d) + Math.max(0, length - (ScoringOffsets.DAY - d));
    return Math.min(length, shared);
  }

  @Override
  public PreparedCriterion prepare(ScoringContext ctx) {
    ScoringOffsets offsets = ScoringOffsets.of(ctx);
    int span = ScoringOffsets.SPAN;
    // By a + SPAN - mentorKey[j]: known differences first, then the unknown region.
    double[] table = new double[ScoringOffsets.TABLE];
    java.util.Arrays.fill(table, UNKNOWN);
    for (int d = -span; d <= span; d++) {
      table[d + span] = overlap(length, d) / (double) length;
    }
    int[] mentee = offsets.mentee;
    int[] mentor = offsets.mentor;
    int[] mentorKey = offsets.mentorKey;
    int unknown = ScoringOffsets.UNKNOWN;
    return new ScoringTrusted() {
      @Override
      public double score(int i, int j) {
        int a = mentee[i];
        return a == unknown ? UNKNOWN : table[a + span - mentorKey[j]];
      }

      @Override
      public RowScorer rowScorer() {
        return (i, list, count, out) -> {
          int a = mentee[i];
          if (a == unknown) {
            java.util.Arrays.fill(out, 0, count, UNKNOWN);
            return;
          }
          int base = a + span;
          for (int k = 0; k < count; k++) {
            out[k] = table[base - mentorKey[list[k]]];
          }
        };
      }

      @Override
      public String describe(int i, int j) {
        int a = mentee[i];
        int b = mentor[j];
        if (a == unknown || b == unknown) {
          return (a == unknown ? "the mentee" : "the mentor") + " states no time zone";
        }
        return "working hours "
            + start
            + "-"
            + end
            + " overlap "
            + ScoringText.hours(overlap(length, a - b))
            + " of "
            + ScoringText.hours(length)
            + " (mentee "
            + ScoringText.offset(a)
            + ", mentor "
            + ScoringText.offset(b)
            + ")";
      }
    };
  }

  @Override
  public String toString() {
    return "Criteria.timeZoneOverlap(" + start + ", " + end + ")";
  }
}
