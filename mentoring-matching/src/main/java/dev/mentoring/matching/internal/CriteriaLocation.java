package dev.mentoring.matching.internal;

import dev.mentoring.matching.scoring.Criterion;
import dev.mentoring.matching.scoring.PreparedCriterion;
import dev.mentoring.matching.scoring.RowScorer;
import dev.mentoring.matching.scoring.ScoringContext;
import org.jspecify.annotations.Nullable;

/**
 * Same location: 1 if both state the same location (compared trimmed and case-insensitively), 0 if
 * they differ, 0.5 if either states none.
 */
public final class CriteriaLocation implements Criterion {
  /** The criterion's id. */
  public static final String ID = "location";

  static final double UNKNOWN = 0.5;

  /** Different, same, unknown, unknown. */
  private static final double[] BY_RELATION = {0.0, 1.0, UNKNOWN, UNKNOWN};

  /** Creates the criterion. */
  public CriteriaLocation() {}

  @Override
  public String id() {
    return ID;
  }

  /** Interns a nullable free-text value; -1 if null or blank. */
  static int intern(ScoringVocabulary vocabulary, @Nullable String value) {
    if (value == null) {
      return -1;
    }
    return vocabulary.internRaw(value);
  }

  @Override
  public PreparedCriterion prepare(ScoringContext ctx) {
    ScoringVocabulary vocabulary = new ScoringVocabulary();
    int[] mentee = new int[ctx.menteeCount()];
    int[] mentor = new int[ctx.mentorCount()];
    for (int i = 0; i < mentee.length; i++) {
      mentee[i] = intern(vocabulary, ctx.menteeProfile(i).location());
    }
    for (int j = 0; j < mentor.length; j++) {
      mentor[j] = intern(vocabulary, ctx.mentorProfile(j).location());
    }
    return new ScoringTrusted() {
      @Override
      public double score(int i, int j) {
        int a = mentee[i];
        int b = mentor[j];
        return a < 0 || b < 0 ? UNKNOWN : a == b ? 1.0 : 0.0;
      }

      @Override
      public RowScorer rowScorer() {
        return (i, list, count, out) -> {
          int a = mentee[i];
          if (a < 0) {
            java.util.Arrays.fill(out, 0, count, UNKNOWN);
            return;
          }
          for (int k = 0; k < count; k++) {
            int b = mentor[list[k]];
            // Branch-free: bit 1 is "unknown" (b < 0), bit 0 "same"; see BY_RELATION.
            out[k] = BY_RELATION[((b >>> 31) << 1) | (a == b ? 1 : 0)];
          }
        };
      }

      @Override
      public String describe(int i, int j) {
        String a = ctx.menteeProfile(i).location();
        String b = ctx.mentorProfile(j).location();
        if (mentee[i] < 0 || mentor[j] < 0) {
          return (mentee[i] < 0 ? "the mentee" : "the mentor") + " states no location";
        }
        return mentee[i] == mentor[j] ? "both in " + b : "mentee in " + a + ", mentor in " + b;
      }
    };
  }

  @Override
  public String toString() {
    return "Criteria.sameLocation()";
  }
}
