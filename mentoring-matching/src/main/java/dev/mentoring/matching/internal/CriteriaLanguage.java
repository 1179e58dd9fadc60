package dev.mentoring.matching.internal;

import dev.mentoring.matching.scoring.Criterion;
import dev.mentoring.matching.scoring.PreparedCriterion;
import dev.mentoring.matching.scoring.RowScorer;
import dev.mentoring.matching.scoring.ScoringContext;

/** Shared language: 1 if the sides share a language, 0 if not, 0.5 if either states none. */
public final class CriteriaLanguage implements Criterion {
  /** The criterion's id. */
  public static final String ID = "language";

  static final double UNKNOWN = 0.5;

  /** Not shared, shared, unknown, unknown. */
  private static final double[] BY_RELATION = {0.0, 1.0, UNKNOWN, UNKNOWN};

  /** Creates the criterion. */
  public CriteriaLanguage() {}

  @Override
  public String id() {
    return ID;
  }

  @Override
  public PreparedCriterion prepare(ScoringContext ctx) {
    ScoringLanguages languages = ScoringLanguages.of(ctx);
    return new ScoringTrusted() {
      @Override
      public double score(int i, int j) {
        if (!languages.menteeKnown(i) || !languages.mentorKnown(j)) {
          return UNKNOWN;
        }
        return languages.share(i, j) ? 1.0 : 0.0;
      }

      @Override
      public RowScorer rowScorer() {
        long[] menteeBits = languages.menteeBits();
        long[] mentorBits = languages.mentorBits();
        boolean oneWord = languages.words() == 1;
        return (i, list, count, out) -> {
          if (!languages.menteeKnown(i)) {
            java.util.Arrays.fill(out, 0, count, UNKNOWN);
            return;
          }
          if (oneWord) {
            // The common case, at most 64 languages: branch-free. Bit 1 "mentor states none",
            // bit 0 "shared"; see BY_RELATION.
            long a = menteeBits[i];
            for (int k = 0; k < count; k++) {
              long b = mentorBits[list[k]];
              out[k] = BY_RELATION[(b == 0 ? 2 : 0) | ((a & b) != 0 ? 1 : 0)];
            }
            return;
          }
          for (int k = 0; k < count; k++) {
            int j = list[k];
            out[k] = !languages.mentorKnown(j) ? UNKNOWN : languages.share(i, j) ? 1.0 : 0.0;
          }
        };
      }

      @Override
      public String describe(int i, int j) {
        if (!languages.menteeKnown(i) || !languages.mentorKnown(j)) {
          return (languages.menteeKnown(i) ? "the mentor" : "the mentee") + " states no language";
        }
        return languages.share(i, j)
            ? "both speak " + languages.common(i, j)
            : "no common language (mentee: "
                + languages.menteeNames(i)
                + "; mentor: "
                + languages.mentorNames(j)
                + ")";
      }
    };
  }

  @Override
  public String toString() {
    return "Criteria.sharedLanguage()";
  }
}
