package dev.mentoring.matching.internal;

import dev.mentoring.core.ParticipantId;
import dev.mentoring.matching.scoring.Criterion;
import dev.mentoring.matching.scoring.PreparedCriterion;
import dev.mentoring.matching.scoring.RowScorer;
import dev.mentoring.matching.scoring.ScoringContext;
import java.util.Arrays;

/**
 * Stated preferences: half a point if the mentee names the mentor among their {@link
 * dev.mentoring.core.enrollment.Preferences#preferredPartners() preferred partners}, half a point
 * if the mentor names the mentee.
 */
public final class CriteriaPreferences implements Criterion {
  /** The criterion's id. */
  public static final String ID = "preferences";

  /** Creates the criterion. */
  public CriteriaPreferences() {}

  @Override
  public String id() {
    return ID;
  }

  @Override
  public PreparedCriterion prepare(ScoringContext ctx) {
    int n = ctx.menteeCount();
    int m = ctx.mentorCount();
    ScoringPairIndex.Builder byMentee = new ScoringPairIndex.Builder(n);
    ScoringPairIndex.Builder byMentor = new ScoringPairIndex.Builder(n);
    for (int i = 0; i < n; i++) {
      for (ParticipantId p : ctx.menteeProfile(i).preferences().preferredPartners()) {
        int j = ctx.mentorIndexOf(p);
        if (j >= 0) {
          byMentee.add(i, j);
        }
      }
    }
    for (int j = 0; j < m; j++) {
      for (ParticipantId p : ctx.mentorProfile(j).preferences().preferredPartners()) {
        int i = ctx.menteeIndexOf(p);
        if (i >= 0) {
          byMentor.add(i, j);
        }
      }
    }
    ScoringPairIndex menteeNames = byMentee.build();
    ScoringPairIndex mentorNames = byMentor.build();
    return new ScoringTrusted() {
      @Override
      public double score(int i, int j) {
        return (menteeNames.contains(i, j) ? 0.5 : 0.0) + (mentorNames.contains(i, j) ? 0.5 : 0.0);
      }

      @Override
      public RowScorer rowScorer() {
        return (i, list, count, out) -> {
          Arrays.fill(out, 0, count, 0.0);
          for (int p = menteeNames.from(i); p < menteeNames.to(i); p++) {
            add(list, count, out, menteeNames.mentor(p));
          }
          for (int p = mentorNames.from(i); p < mentorNames.to(i); p++) {
            add(list, count, out, mentorNames.mentor(p));
          }
        };
      }

      @Override
      public String describe(int i, int j) {
        boolean a = menteeNames.contains(i, j);
        boolean b = mentorNames.contains(i, j);
        if (a && b) {
          return "each named the other as a preferred partner";
        }
        if (a || b) {
          return (a ? "the mentee named the mentor" : "the mentor named the mentee")
              + " as a preferred partner";
        }
        return "neither named the other as a preferred partner";
      }
    };
  }

  private static void add(int[] list, int count, double[] out, int mentor) {
    int k = Arrays.binarySearch(list, 0, count, mentor);
    if (k >= 0) {
      out[k] += 0.5;
    }
  }

  @Override
  public String toString() {
    return "Criteria.statedPreferences()";
  }
}
