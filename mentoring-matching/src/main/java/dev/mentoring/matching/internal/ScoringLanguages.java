package dev.mentoring.matching.internal;

import dev.mentoring.matching.scoring.ScoringContext;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The languages of every participant as bit sets over interned primary language subtags ({@code
 * pt-BR} and {@code pt} are both {@code pt}): a feature shared, through {@link
 * ScoringContext#shared}, by the language criterion and the language constraint. Immutable.
 */
final class ScoringLanguages {
  static final String KEY = "dev.mentoring.languages";

  private final ScoringVocabulary vocabulary;
  private final int words;
  private final long[] mentee;
  private final long[] mentor;
  private final boolean[] menteeKnown;
  private final boolean[] mentorKnown;

  private ScoringLanguages(ScoringContext ctx) {
    vocabulary = new ScoringVocabulary();
    int n = ctx.menteeCount();
    int m = ctx.mentorCount();
    int[][] menteeIds = new int[n][];
    int[][] mentorIds = new int[m][];
    for (int i = 0; i < n; i++) {
      menteeIds[i] = intern(ctx.menteeProfile(i).languages());
    }
    for (int j = 0; j < m; j++) {
      mentorIds[j] = intern(ctx.mentorProfile(j).languages());
    }
    words = Math.max(1, (vocabulary.size() + 63) >>> 6);
    mentee = new long[n * words];
    mentor = new long[m * words];
    menteeKnown = new boolean[n];
    mentorKnown = new boolean[m];
    for (int i = 0; i < n; i++) {
      menteeKnown[i] = fill(mentee, i * words, menteeIds[i]);
    }
    for (int j = 0; j < m; j++) {
      mentorKnown[j] = fill(mentor, j * words, mentorIds[j]);
    }
  }

  static ScoringLanguages of(ScoringContext ctx) {
    return ctx.shared(KEY, ScoringLanguages.class, ScoringLanguages::new);
  }

  /** The primary subtag of a BCP 47 tag, lower-cased: {@code pt-BR} gives {@code pt}. */
  static String primary(String tag) {
    String t = tag.strip();
    int cut = 0;
    while (cut < t.length() && t.charAt(cut) != '-' && t.charAt(cut) != '_') {
      cut++;
    }
    return t.substring(0, cut).toLowerCase(Locale.ROOT);
  }

  private int[] intern(Set<String> tags) {
    int[] out = new int[tags.size()];
    int n = 0;
    for (String tag : tags) {
      String p = primary(tag);
      if (!p.isEmpty()) {
        out[n++] = vocabulary.intern(p);
      }
    }
    return java.util.Arrays.copyOf(out, n);
  }

  private static boolean fill(long[] bits, int base, int[] ids) {
    for (int id : ids) {
      bits[base + (id >>> 6)] |= 1L << id;
    }
    return ids.length > 0;
  }

  /** The number of 64-bit words per participant; 1 unless more than 64 languages are stated. */
  int words() {
    return words;
  }

  /** The mentees' bit sets, {@link #words()} per mentee; do not modify. */
  long[] menteeBits() {
    return mentee;
  }

  /** The mentors' bit sets, {@link #words()} per mentor; do not modify. */
  long[] mentorBits() {
    return mentor;
  }

  boolean menteeKnown(int i) {
    return menteeKnown[i];
  }

  boolean mentorKnown(int j) {
    return mentorKnown[j];
  }

  /** Whether mentee i and mentor j share a language; false if either states none. */
  boolean share(int i, int j) {
    int a = i * words;
    int b = j * words;
    for (int w = 0; w < words; w++) {
      if ((mentee[a + w] & mentor[b + w]) != 0) {
        return true;
      }
    }
    return false;
  }

  /** The id of a primary subtag, or -1 if nobody states it. */
  int find(String primary) {
    return vocabulary.find(primary);
  }

  boolean menteeSpeaks(int i, int id) {
    return id >= 0 && (mentee[i * words + (id >>> 6)] & (1L << id)) != 0;
  }

  boolean mentorSpeaks(int j, int id) {
    return id >= 0 && (mentor[j * words + (id >>> 6)] & (1L << id)) != 0;
  }

  String menteeNames(int i) {
    return names(mentee, i * words);
  }

  String mentorNames(int j) {
    return names(mentor, j * words);
  }

  /** The languages both speak, sorted, comma-separated. */
  String common(int i, int j) {
    long[] both = new long[words];
    for (int w = 0; w < words; w++) {
      both[w] = mentee[i * words + w] & mentor[j * words + w];
    }
    return names(both, 0);
  }

  private String names(long[] bits, int base) {
    List<String> out = new ArrayList<>();
    for (int w = 0; w < words; w++) {
      long word = bits[base + w];
      while (word != 0) {
        int bit = Long.numberOfTrailingZeros(word);
        out.add(vocabulary.name((w << 6) + bit));
        word &= word - 1;
      }
    }
    Collections.sort(out);
    return out.isEmpty() ? "none stated" : String.join(", ", out);
  }
}
