package dev.mentoring.matching.solver;

/**
 * The candidate pairs of a problem in compressed rows, fixed pairs left out: row {@code r} holds
 * the columns {@code col[start[r] .. start[r + 1])}, ascending, with their scores. Rows are mentees
 * and columns mentors, or the reverse after {@link #transpose()}.
 *
 * <p>For a sparse problem without fixed pairs the arrays are the problem's own; nothing here ever
 * writes to them.
 */
final class Candidates {
  final int rows;
  final int cols;
  final int[] start;
  final int[] col;
  final short[] score;

  private Candidates(int rows, int cols, int[] start, int[] col, short[] score) {
    this.rows = rows;
    this.cols = cols;
    this.start = start;
    this.col = col;
    this.score = score;
  }

  /**
   * Returns the candidate pairs of a problem by mentee, fixed pairs left out. O(mentees × mentors)
   * for a dense problem, O(mentees + candidates) for a sparse one.
   */
  static Candidates of(AssignmentProblem p) {
    int n = p.mentees;
    int m = p.mentors;
    int[] fi = p.fixedMentee;
    int[] fj = p.fixedMentor;
    short[] dense = p.dense;
    if (dense == null && fi.length == 0) {
      return new Candidates(n, m, p.start, p.col, p.score);
    }
    int[] start = new int[n + 1];
    int total = 0;
    int f = 0;
    // First pass counts each row's candidates that are not fixed; fixed pairs are sorted by mentee
    // then mentor, so one pointer walks them alongside.
    for (int i = 0; i < n; i++) {
      start[i] = total;
      int fixedHere = 0;
      while (f < fi.length && fi[f] == i) {
        if (p.score(i, fj[f]) >= 0) {
          fixedHere++;
        }
        f++;
      }
      int rowSize;
      if (dense != null) {
        rowSize = 0;
        int base = i * m;
        for (int j = 0; j < m; j++) {
          if (dense[base + j] >= 0) {
            rowSize++;
          }
        }
      } else {
        rowSize = p.start[i + 1] - p.start[i];
      }
      total += rowSize - fixedHere;
    }
    start[n] = total;
    int[] col = new int[total];
    short[] score = new short[total];
    int k = 0;
    f = 0;
    for (int i = 0; i < n; i++) {
      if (dense != null) {
        int base = i * m;
        for (int j = 0; j < m; j++) {
          short s = dense[base + j];
          if (s < 0) {
            continue;
          }
          while (f < fi.length && (fi[f] < i || (fi[f] == i && fj[f] < j))) {
            f++;
          }
          if (f < fi.length && fi[f] == i && fj[f] == j) {
            continue;
          }
          col[k] = j;
          score[k++] = s;
        }
      } else {
        for (int e = p.start[i]; e < p.start[i + 1]; e++) {
          int j = p.col[e];
          while (f < fi.length && (fi[f] < i || (fi[f] == i && fj[f] < j))) {
            f++;
          }
          if (f < fi.length && fi[f] == i && fj[f] == j) {
            continue;
          }
          col[k] = j;
          score[k++] = p.score[e];
        }
      }
    }
    return new Candidates(n, m, start, col, score);
  }

  /**
   * Returns the pairs whose mentee and mentor both have capacity left, or this object if that is
   * every pair.
   */
  Candidates restrict(int[] menteeLeft, int[] mentorLeft) {
    int kept = 0;
    for (int i = 0; i < rows; i++) {
      if (menteeLeft[i] > 0) {
        for (int e = start[i]; e < start[i + 1]; e++) {
          kept += mentorLeft[col[e]] > 0 ? 1 : 0;
        }
      }
    }
    if (kept == size()) {
      return this;
    }
    int[] rStart = new int[rows + 1];
    int[] rCol = new int[kept];
    short[] rScore = new short[kept];
    int k = 0;
    for (int i = 0; i < rows; i++) {
      rStart[i] = k;
      if (menteeLeft[i] > 0) {
        for (int e = start[i]; e < start[i + 1]; e++) {
          if (mentorLeft[col[e]] > 0) {
            rCol[k] = col[e];
            rScore[k++] = score[e];
          }
        }
      }
    }
    rStart[rows] = k;
    return new Candidates(rows, cols, rStart, rCol, rScore);
  }

  /** Returns the number of pairs. */
  int size() {
    return start[rows];
  }

  /** Returns the same pairs by column: rows and columns swap, each new row ascending. O(E). */
  Candidates transpose() {
    int e = size();
    int[] tStart = new int[cols + 1];
    for (int k = 0; k < e; k++) {
      tStart[col[k] + 1]++;
    }
    for (int j = 0; j < cols; j++) {
      tStart[j + 1] += tStart[j];
    }
    int[] fill = new int[cols];
    System.arraycopy(tStart, 0, fill, 0, cols);
    int[] tCol = new int[e];
    short[] tScore = new short[e];
    for (int r = 0; r < rows; r++) {
      for (int k = start[r]; k < start[r + 1]; k++) {
        int at = fill[col[k]]++;
        tCol[at] = r;
        tScore[at] = score[k];
      }
    }
    return new Candidates(cols, rows, tStart, tCol, tScore);
  }

  /** Returns each mentee's capacity left after its fixed pairs. */
  static int[] menteeLeft(AssignmentProblem p) {
    int[] left = p.menteeCapacity.clone();
    for (int i : p.fixedMentee) {
      left[i]--;
    }
    return left;
  }

  /** Returns each mentor's capacity left after its fixed pairs. */
  static int[] mentorLeft(AssignmentProblem p) {
    int[] left = p.mentorCapacity.clone();
    for (int j : p.fixedMentor) {
      left[j]--;
    }
    return left;
  }
}
