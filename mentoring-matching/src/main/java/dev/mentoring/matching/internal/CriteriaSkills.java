package dev.mentoring.matching.internal;

import dev.mentoring.core.enrollment.Skill;
import dev.mentoring.matching.scoring.Criterion;
import dev.mentoring.matching.scoring.PreparedCriterion;
import dev.mentoring.matching.scoring.RowScorer;
import dev.mentoring.matching.scoring.ScoringContext;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Skill overlap: {@code Σ min(sought, offered) / Σ sought} over the mentee's sought skills, so each
 * sought skill weighs its sought level and earns full credit when the mentor's offered level
 * reaches it, {@code offered / sought} below. Rows are scored from inverted lists (skill → mentors
 * offering it), touching only the mentors who offer a sought skill.
 */
public final class CriteriaSkills implements Criterion {
  /** The sub-score of a mentee who seeks no skill. */
  static final double UNKNOWN = 0.5;

  /** The criterion's id. */
  public static final String ID = "skills";

  /** Creates the criterion. */
  public CriteriaSkills() {}

  @Override
  public String id() {
    return ID;
  }

  @Override
  public PreparedCriterion prepare(ScoringContext ctx) {
    return new Prepared(ctx);
  }

  @Override
  public String toString() {
    return "Criteria.skillOverlap()";
  }

  static int clampLevel(int level) {
    return Math.max(1, Math.min(5, level));
  }

  /**
   * The skills of a profile as sorted {@code (id << 8) | level} values, one per id at its highest
   * level; {@code intern} maps a raw name to an id, or -1 to skip it.
   */
  private static long[] encode(
      List<Skill> skills, java.util.function.ToIntFunction<String> intern) {
    long[] row = new long[skills.size()];
    int n = 0;
    for (Skill s : skills) {
      int id = intern.applyAsInt(s.name());
      if (id >= 0) {
        row[n++] = ((long) id << 8) | clampLevel(s.level());
      }
    }
    Arrays.sort(row, 0, n);
    // Sorted by id, then level: keep the last entry of each id, its highest level.
    int kept = 0;
    for (int k = 0; k < n; k++) {
      if (k + 1 < n && (row[k + 1] >>> 8) == (row[k] >>> 8)) {
        continue;
      }
      row[kept++] = row[k];
    }
    return Arrays.copyOf(row, kept);
  }

  private static final class Prepared implements ScoringTrusted {
    private final int mentors;
    private final List<String> names = new ArrayList<>();

    // Mentee i seeks skill menteeSkill[p] at level menteeLevel[p] for p in menteeStart[i]..,
    // skills ascending; menteeTotal[i] is the sum of the levels.
    private final int[] menteeStart;
    private final int[] menteeSkill;
    private final byte[] menteeLevel;
    private final int[] menteeTotal;
    private final int maxTotal;

    // Mentor j offers skill mentorSkill[p] at level mentorLevel[p], ascending, sought skills only.
    private final int[] mentorStart;
    private final int[] mentorSkill;
    private final byte[] mentorLevel;

    // Skill s is offered by postingMentor[p] at level postingLevel[p] for p in postingStart[s]..
    private final int[] postingStart;
    private final int[] postingMentor;
    private final byte[] postingLevel;

    Prepared(ScoringContext ctx) {
      int n = ctx.menteeCount();
      mentors = ctx.mentorCount();
      ScoringVocabulary vocabulary = new ScoringVocabulary();
      menteeStart = new int[n + 1];
      List<long[]> rows = new ArrayList<>(n);
      for (int i = 0; i < n; i++) {
        long[] row = encode(ctx.menteeProfile(i).skillsSought(), vocabulary::internRaw);
        rows.add(row);
        menteeStart[i + 1] = menteeStart[i] + row.length;
      }
      menteeSkill = new int[menteeStart[n]];
      menteeLevel = new byte[menteeStart[n]];
      menteeTotal = new int[n];
      for (int i = 0; i < n; i++) {
        long[] row = rows.get(i);
        for (int k = 0; k < row.length; k++) {
          menteeSkill[menteeStart[i] + k] = (int) (row[k] >>> 8);
          menteeLevel[menteeStart[i] + k] = (byte) (row[k] & 0xFF);
          menteeTotal[i] += (int) (row[k] & 0xFF);
        }
      }
      int max = 0;
      for (int total : menteeTotal) {
        max = Math.max(max, total);
      }
      maxTotal = max;
      for (int s = 0; s < vocabulary.size(); s++) {
        names.add(vocabulary.display(s));
      }
      // Mentors: only skills some mentee seeks matter.
      int skills = vocabulary.size();
      mentorStart = new int[mentors + 1];
      rows.clear();
      int[] postingCount = new int[skills];
      for (int j = 0; j < mentors; j++) {
        long[] row = encode(ctx.mentorProfile(j).skillsOffered(), vocabulary::findRaw);
        for (long v : row) {
          postingCount[(int) (v >>> 8)]++;
        }
        rows.add(row);
        mentorStart[j + 1] = mentorStart[j] + row.length;
      }
      mentorSkill = new int[mentorStart[mentors]];
      mentorLevel = new byte[mentorStart[mentors]];
      postingStart = new int[skills + 1];
      for (int s = 0; s < skills; s++) {
        postingStart[s + 1] = postingStart[s] + postingCount[s];
      }
      postingMentor = new int[postingStart[skills]];
      postingLevel = new byte[postingStart[skills]];
      int[] fill = Arrays.copyOf(postingStart, skills);
      for (int j = 0; j < mentors; j++) {
        long[] row = rows.get(j);
        for (int k = 0; k < row.length; k++) {
          int s = (int) (row[k] >>> 8);
          byte level = (byte) (row[k] & 0xFF);
          mentorSkill[mentorStart[j] + k] = s;
          mentorLevel[mentorStart[j] + k] = level;
          // Mentors ascending, so each posting list is ascending by mentor.
          postingMentor[fill[s]] = j;
          postingLevel[fill[s]++] = level;
        }
      }
    }

    private int offered(int mentor, int skill) {
      int p = Arrays.binarySearch(mentorSkill, mentorStart[mentor], mentorStart[mentor + 1], skill);
      return p < 0 ? 0 : mentorLevel[p];
    }

    @Override
    public double score(int mentee, int mentor) {
      int total = menteeTotal[mentee];
      if (total == 0) {
        return UNKNOWN;
      }
      int sum = 0;
      for (int p = menteeStart[mentee]; p < menteeStart[mentee + 1]; p++) {
        sum += Math.min(menteeLevel[p], offered(mentor, menteeSkill[p]));
      }
      return sum / (double) total;
    }

    @Override
    public RowScorer rowScorer() {
      int[] credit = new int[mentors];
      double[] byCredit = new double[maxTotal + 1];
      return (mentee, list, count, out) -> {
        int total = menteeTotal[mentee];
        if (total == 0) {
          Arrays.fill(out, 0, count, UNKNOWN);
          return;
        }
        int from = menteeStart[mentee];
        int to = menteeStart[mentee + 1];
        int touched = 0;
        for (int p = from; p < to; p++) {
          int s = menteeSkill[p];
          int level = menteeLevel[p];
          for (int q = postingStart[s]; q < postingStart[s + 1]; q++) {
            credit[postingMentor[q]] += Math.min(level, postingLevel[q]);
          }
          touched += postingStart[s + 1] - postingStart[s];
        }
        // credit / total for every possible credit: a lookup per pair, not a division.
        double t = total;
        for (int c = 0; c <= total; c++) {
          byCredit[c] = c / t;
        }
        for (int k = 0; k < count; k++) {
          out[k] = byCredit[credit[list[k]]];
        }
        if (touched > mentors >>> 3) {
          Arrays.fill(credit, 0);
        } else {
          for (int p = from; p < to; p++) {
            int s = menteeSkill[p];
            for (int q = postingStart[s]; q < postingStart[s + 1]; q++) {
              credit[postingMentor[q]] = 0;
            }
          }
        }
      };
    }

    @Override
    public String describe(int mentee, int mentor) {
      if (menteeTotal[mentee] == 0) {
        return "the mentee seeks no skill";
      }
      List<String> met = new ArrayList<>();
      List<String> partial = new ArrayList<>();
      List<String> lacking = new ArrayList<>();
      for (int p = menteeStart[mentee]; p < menteeStart[mentee + 1]; p++) {
        String name = names.get(menteeSkill[p]);
        int sought = menteeLevel[p];
        int offered = offered(mentor, menteeSkill[p]);
        if (offered == 0) {
          lacking.add(name);
        } else {
          String text = name + " " + offered + " for sought " + sought;
          (offered >= sought ? met : partial).add(text);
        }
      }
      List<String> parts = new ArrayList<>();
      if (!met.isEmpty()) {
        parts.add("offers " + String.join(", ", met));
      }
      if (!partial.isEmpty()) {
        parts.add("partly offers " + String.join(", ", partial));
      }
      if (!lacking.isEmpty()) {
        parts.add("lacks " + String.join(", ", lacking));
      }
      return String.join("; ", parts);
    }
  }
}
