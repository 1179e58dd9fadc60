package dev.mentoring.matching.internal;

import dev.mentoring.core.enrollment.DepartmentPreference;
import dev.mentoring.matching.scoring.Criterion;
import dev.mentoring.matching.scoring.PreparedCriterion;
import dev.mentoring.matching.scoring.RowScorer;
import dev.mentoring.matching.scoring.ScoringContext;
import java.util.ArrayList;
import java.util.List;

/**
 * Department policy: the share of department wishes a pair meets. The wishes are the program's
 * policy and each side's {@link dev.mentoring.core.enrollment.Preferences#department()}, each
 * counted unless ANY; SAME is met by the same department, DIFFERENT by another. 1 when nobody
 * wishes anything; 0.5 when someone does but either department is unknown.
 */
public final class CriteriaDepartment implements Criterion {
  /** The criterion's id. */
  public static final String ID = "department";

  static final double UNKNOWN = 0.5;

  /** The wishes in table order; {@link #code} maps back. */
  private static final DepartmentPreference[] WISHES = {
    DepartmentPreference.ANY, DepartmentPreference.SAME, DepartmentPreference.DIFFERENT
  };

  private final DepartmentPreference policy;

  /** Creates the criterion with the program's policy. */
  public CriteriaDepartment(DepartmentPreference policy) {
    this.policy = policy;
  }

  @Override
  public String id() {
    return ID;
  }

  /** 0 same, 1 different, 2 or 3 unknown, for department ids that are -1 when unknown. */
  static int relation(int mentee, int mentor) {
    return mentee < 0 ? 2 : ((mentor >>> 31) << 1) | (mentee != mentor ? 1 : 0);
  }

  /** The sub-score for the wishes, the departments (-1 unknown) of both sides. */
  static double score(
      DepartmentPreference policy,
      DepartmentPreference menteeWish,
      DepartmentPreference mentorWish,
      int menteeDepartment,
      int mentorDepartment) {
    int wishes = 0;
    int met = 0;
    boolean same = menteeDepartment == mentorDepartment;
    for (DepartmentPreference wish : new DepartmentPreference[] {policy, menteeWish, mentorWish}) {
      if (wish != DepartmentPreference.ANY) {
        wishes++;
        if ((wish == DepartmentPreference.SAME) == same) {
          met++;
        }
      }
    }
    if (wishes == 0) {
      return 1.0;
    }
    if (menteeDepartment < 0 || mentorDepartment < 0) {
      return UNKNOWN;
    }
    return met / (double) wishes;
  }

  private static byte code(DepartmentPreference wish) {
    return switch (wish) {
      case ANY -> 0;
      case SAME -> 1;
      case DIFFERENT -> 2;
    };
  }

  @Override
  public PreparedCriterion prepare(ScoringContext ctx) {
    ScoringVocabulary vocabulary = new ScoringVocabulary();
    int n = ctx.menteeCount();
    int m = ctx.mentorCount();
    int[] menteeDepartment = new int[n];
    int[] mentorDepartment = new int[m];
    DepartmentPreference[] menteeWish = new DepartmentPreference[n];
    DepartmentPreference[] mentorWish = new DepartmentPreference[m];
    for (int i = 0; i < n; i++) {
      menteeDepartment[i] = CriteriaLocation.intern(vocabulary, ctx.menteeProfile(i).department());
      menteeWish[i] = ctx.menteeProfile(i).preferences().department();
    }
    for (int j = 0; j < m; j++) {
      mentorDepartment[j] = CriteriaLocation.intern(vocabulary, ctx.mentorProfile(j).department());
      mentorWish[j] = ctx.mentorProfile(j).preferences().department();
    }
    // Precomputed by (mentee wish, mentor wish, relation), four relations: same, different,
    // unknown, unknown; see relation(). Lookups rather than branches on each pair.
    double[] table = new double[WISHES.length * WISHES.length * 4];
    for (int a = 0; a < WISHES.length; a++) {
      for (int b = 0; b < WISHES.length; b++) {
        int base = (a * WISHES.length + b) * 4;
        table[base] = score(policy, WISHES[a], WISHES[b], 0, 0);
        table[base + 1] = score(policy, WISHES[a], WISHES[b], 0, 1);
        table[base + 2] = score(policy, WISHES[a], WISHES[b], -1, 0);
        table[base + 3] = table[base + 2];
      }
    }
    int[] menteeBase = new int[n];
    int[] mentorBase = new int[m];
    for (int i = 0; i < n; i++) {
      menteeBase[i] = code(menteeWish[i]) * WISHES.length * 4;
    }
    for (int j = 0; j < m; j++) {
      mentorBase[j] = code(mentorWish[j]) * 4;
    }
    return new ScoringTrusted() {
      @Override
      public double score(int i, int j) {
        return table[
            menteeBase[i] + mentorBase[j] + relation(menteeDepartment[i], mentorDepartment[j])];
      }

      @Override
      public RowScorer rowScorer() {
        return (i, list, count, out) -> {
          int base = menteeBase[i];
          int a = menteeDepartment[i];
          if (a < 0) {
            for (int k = 0; k < count; k++) {
              out[k] = table[base + mentorBase[list[k]] + 2];
            }
            return;
          }
          for (int k = 0; k < count; k++) {
            int j = list[k];
            int b = mentorDepartment[j];
            out[k] = table[base + mentorBase[j] + (((b >>> 31) << 1) | (a != b ? 1 : 0))];
          }
        };
      }

      @Override
      public String describe(int i, int j) {
        List<String> wishesStated = new ArrayList<>();
        if (policy != DepartmentPreference.ANY) {
          wishesStated.add("program prefers " + policy);
        }
        if (menteeWish[i] != DepartmentPreference.ANY) {
          wishesStated.add("mentee prefers " + menteeWish[i]);
        }
        if (mentorWish[j] != DepartmentPreference.ANY) {
          wishesStated.add("mentor prefers " + mentorWish[j]);
        }
        if (wishesStated.isEmpty()) {
          return "no department wishes";
        }
        String wishes = String.join(", ", wishesStated);
        if (menteeDepartment[i] < 0 || mentorDepartment[j] < 0) {
          return (menteeDepartment[i] < 0 ? "the mentee" : "the mentor")
              + " states no department; "
              + wishes;
        }
        String relation =
            menteeDepartment[i] == mentorDepartment[j]
                ? "same department (" + ctx.mentorProfile(j).department() + ")"
                : "different departments ("
                    + ctx.menteeProfile(i).department()
                    + ", "
                    + ctx.mentorProfile(j).department()
                    + ")";
        return relation + "; " + wishes;
      }
    };
  }

  @Override
  public String toString() {
    return "Criteria.departmentPolicy(" + policy + ")";
  }
}
