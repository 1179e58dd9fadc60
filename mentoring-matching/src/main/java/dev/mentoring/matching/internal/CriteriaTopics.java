package dev.mentoring.matching.internal;

import dev.mentoring.matching.scoring.Criterion;
import dev.mentoring.matching.scoring.PreparedCriterion;
import dev.mentoring.matching.scoring.RowScorer;
import dev.mentoring.matching.scoring.ScoringContext;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * Topics and interests overlap: the Jaccard index {@code |A ∩ B| / |A ∪ B|} of the two sides'
 * topics, compared case-insensitively; {@link #UNKNOWN} when either side states none. Rows are
 * scored from inverted lists (topic → mentors), touching only mentors who share a topic.
 */
public final class CriteriaTopics implements Criterion {
  /** The sub-score when either side states no topic. */
  static final double UNKNOWN = 0.5;

  /** The criterion's id. */
  public static final String ID = "topics";

  /** Creates the criterion. */
  public CriteriaTopics() {}

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
    return "Criteria.topicOverlap()";
  }

  private static final class Prepared implements ScoringTrusted {
    private final int mentors;
    private final List<String> names = new ArrayList<>();
    private final int[] menteeStart;
    private final int[] menteeTopic;
    private final int[] mentorStart;
    private final int[] mentorTopic;
    private final int[] mentorSize;
    private final int[] postingStart;
    private final int[] postingMentor;

    Prepared(ScoringContext ctx) {
      int n = ctx.menteeCount();
      mentors = ctx.mentorCount();
      ScoringVocabulary vocabulary = new ScoringVocabulary();
      int[][] rows = new int[n][];
      menteeStart = new int[n + 1];
      for (int i = 0; i < n; i++) {
        Set<String> topics = ctx.menteeProfile(i).topics();
        int[] row = new int[topics.size()];
        int k = 0;
        for (String t : topics) {
          int id = vocabulary.internRaw(t);
          if (id >= 0) {
            row[k++] = id;
          }
        }
        rows[i] = distinct(row, k);
        menteeStart[i + 1] = menteeStart[i] + rows[i].length;
      }
      menteeTopic = concat(rows, menteeStart);
      for (int s = 0; s < vocabulary.size(); s++) {
        names.add(vocabulary.display(s));
      }
      int topics = vocabulary.size();
      int[][] mentorRows = new int[mentors][];
      mentorStart = new int[mentors + 1];
      mentorSize = new int[mentors];
      int[] postingCount = new int[topics];
      // Topics no mentee states count towards a mentor's union but are never shared; they get
      // ids of their own, past the mentees' vocabulary, only to be counted once each.
      ScoringVocabulary others = new ScoringVocabulary();
      for (int j = 0; j < mentors; j++) {
        Set<String> stated = ctx.mentorProfile(j).topics();
        int[] row = new int[stated.size()];
        int[] extra = new int[stated.size()];
        int k = 0;
        int x = 0;
        for (String t : stated) {
          int s = vocabulary.findRaw(t);
          if (s >= 0) {
            row[k++] = s;
          } else {
            int o = others.internRaw(t);
            if (o >= 0) {
              extra[x++] = o;
            }
          }
        }
        mentorRows[j] = distinct(row, k);
        mentorSize[j] = mentorRows[j].length + distinct(extra, x).length;
        for (int s : mentorRows[j]) {
          postingCount[s]++;
        }
        mentorStart[j + 1] = mentorStart[j] + mentorRows[j].length;
      }
      mentorTopic = concat(mentorRows, mentorStart);
      postingStart = new int[topics + 1];
      for (int s = 0; s < topics; s++) {
        postingStart[s + 1] = postingStart[s] + postingCount[s];
      }
      postingMentor = new int[postingStart[topics]];
      int[] fill = Arrays.copyOf(postingStart, topics);
      for (int j = 0; j < mentors; j++) {
        for (int s : mentorRows[j]) {
          postingMentor[fill[s]++] = j;
        }
      }
    }

    private static int[] distinct(int[] row, int size) {
      int[] sorted = Arrays.copyOf(row, size);
      Arrays.sort(sorted);
      int n = 0;
      for (int k = 0; k < sorted.length; k++) {
        if (k == 0 || sorted[k] != sorted[k - 1]) {
          sorted[n++] = sorted[k];
        }
      }
      return Arrays.copyOf(sorted, n);
    }

    private static int[] concat(int[][] rows, int[] start) {
      int[] out = new int[start[rows.length]];
      for (int r = 0; r < rows.length; r++) {
        System.arraycopy(rows[r], 0, out, start[r], rows[r].length);
      }
      return out;
    }

    private int shared(int mentee, int mentor) {
      int a = menteeStart[mentee];
      int aEnd = menteeStart[mentee + 1];
      int b = mentorStart[mentor];
      int bEnd = mentorStart[mentor + 1];
      int shared = 0;
      while (a < aEnd && b < bEnd) {
        int x = menteeTopic[a];
        int y = mentorTopic[b];
        if (x == y) {
          shared++;
          a++;
          b++;
        } else if (x < y) {
          a++;
        } else {
          b++;
        }
      }
      return shared;
    }

    @Override
    public double score(int mentee, int mentor) {
      int a = menteeStart[mentee + 1] - menteeStart[mentee];
      int b = mentorSize[mentor];
      if (a == 0 || b == 0) {
        return UNKNOWN;
      }
      int shared = shared(mentee, mentor);
      return shared / (double) (a + b - shared);
    }

    @Override
    public RowScorer rowScorer() {
      int[] shared = new int[mentors];
      return (mentee, list, count, out) -> {
        int from = menteeStart[mentee];
        int to = menteeStart[mentee + 1];
        int a = to - from;
        if (a == 0) {
          Arrays.fill(out, 0, count, UNKNOWN);
          return;
        }
        int touched = 0;
        for (int p = from; p < to; p++) {
          int s = menteeTopic[p];
          for (int q = postingStart[s]; q < postingStart[s + 1]; q++) {
            shared[postingMentor[q]]++;
          }
          touched += postingStart[s + 1] - postingStart[s];
        }
        for (int k = 0; k < count; k++) {
          int j = list[k];
          int b = mentorSize[j];
          int both = shared[j];
          // Most mentors share no topic: skip the division (0 / x is 0.0).
          out[k] = b == 0 ? UNKNOWN : both == 0 ? 0.0 : both / (double) (a + b - both);
        }
        if (touched > mentors >>> 3) {
          Arrays.fill(shared, 0);
        } else {
          for (int p = from; p < to; p++) {
            int s = menteeTopic[p];
            for (int q = postingStart[s]; q < postingStart[s + 1]; q++) {
              shared[postingMentor[q]] = 0;
            }
          }
        }
      };
    }

    @Override
    public String describe(int mentee, int mentor) {
      int a = menteeStart[mentee + 1] - menteeStart[mentee];
      int b = mentorSize[mentor];
      if (a == 0 || b == 0) {
        return a == 0 && b == 0
            ? "neither side states topics"
            : (a == 0 ? "the mentee" : "the mentor") + " states no topic";
      }
      List<String> both = new ArrayList<>();
      for (int p = menteeStart[mentee]; p < menteeStart[mentee + 1]; p++) {
        int s = menteeTopic[p];
        if (Arrays.binarySearch(mentorTopic, mentorStart[mentor], mentorStart[mentor + 1], s)
            >= 0) {
          both.add(names.get(s));
        }
      }
      int union = a + b - both.size();
      return both.isEmpty()
          ? "no shared topic among " + union
          : both.size() + " shared of " + union + " topics: " + String.join(", ", both);
    }
  }
}
