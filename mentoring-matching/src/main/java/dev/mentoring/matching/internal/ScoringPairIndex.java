package dev.mentoring.matching.internal;

import java.util.Arrays;

/**
 * A set of (mentee, mentor) index pairs in compressed rows: mentee {@code i}'s mentors are {@code
 * col[start[i] .. start[i + 1])}, ascending. Immutable once built; thread-safe.
 */
final class ScoringPairIndex {
  private final int[] start;
  private final int[] col;

  private ScoringPairIndex(int[] start, int[] col) {
    this.start = start;
    this.col = col;
  }

  /** Collects pairs, in any order and with repeats. Not thread-safe. */
  static final class Builder {
    private final int mentees;
    private long[] packed = new long[16];
    private int size;

    Builder(int mentees) {
      this.mentees = mentees;
    }

    void add(int mentee, int mentor) {
      if (size == packed.length) {
        packed = Arrays.copyOf(packed, size * 2);
      }
      packed[size++] = ((long) mentee << 32) | mentor;
    }

    ScoringPairIndex build() {
      long[] pairs = Arrays.copyOf(packed, size);
      Arrays.sort(pairs);
      int[] start = new int[mentees + 1];
      int[] col = new int[size];
      int n = 0;
      for (int k = 0; k < size; k++) {
        if (k > 0 && pairs[k] == pairs[k - 1]) {
          continue;
        }
        start[(int) (pairs[k] >>> 32) + 1]++;
        col[n++] = (int) pairs[k];
      }
      for (int i = 0; i < mentees; i++) {
        start[i + 1] += start[i];
      }
      return new ScoringPairIndex(start, Arrays.copyOf(col, n));
    }
  }

  boolean contains(int mentee, int mentor) {
    return Arrays.binarySearch(col, start[mentee], start[mentee + 1], mentor) >= 0;
  }

  /** Clears the flags of the mentee's mentors. */
  void clear(int mentee, boolean[] allowed) {
    for (int p = start[mentee]; p < start[mentee + 1]; p++) {
      allowed[col[p]] = false;
    }
  }

  /** The first position of a mentee's row. */
  int from(int mentee) {
    return start[mentee];
  }

  /** The position after a mentee's row. */
  int to(int mentee) {
    return start[mentee + 1];
  }

  /** The mentor at a position. */
  int mentor(int position) {
    return col[position];
  }

  int size() {
    return col.length;
  }
}
