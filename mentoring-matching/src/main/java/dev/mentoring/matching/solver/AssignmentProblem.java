package dev.mentoring.matching.solver;

import dev.mentoring.core.InfeasibleMatchingException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * A capacitated bipartite assignment problem: {@code mentees} rows, {@code mentors} columns, an
 * integer score in {@code [0, 1000]} on each allowed (candidate) pair, how many pairs each mentor
 * and each mentee may take, and pairs fixed in advance.
 *
 * <p>Two representations share this class: <em>dense</em> (a score or "not allowed" for every cell,
 * from {@link #denseBuilder}) for typical programs, and <em>sparse</em> (candidate lists per
 * mentee, from {@link #sparseBuilder}) for very large ones. Solvers give the same answers on both.
 *
 * <p>Fixed pairs are part of every solution and use up capacity; they need not be candidates (their
 * score is then 0). A problem whose fixed pairs exceed a capacity cannot be built.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class AssignmentProblem {

  /** The highest score a pair can have. */
  public static final int MAX_SCORE = 1000;

  /** Returned by {@link #score(int, int)} for a pair that is not a candidate. */
  public static final int NOT_ALLOWED = -1;

  final int mentees;
  final int mentors;
  final int[] mentorCapacity;
  final int[] menteeCapacity;

  /** Dense scores, row-major, {@code NOT_ALLOWED} where forbidden; null when sparse. */
  final short @Nullable [] dense;

  /** Sparse rows: candidates of mentee i are {@code col[start[i] .. start[i+1])}, ascending. */
  final int[] start;

  final int[] col;
  final short[] score;
  final int[] fixedMentee;
  final int[] fixedMentor;
  private final long edges;

  private AssignmentProblem(Builder b) {
    this.mentees = b.mentees;
    this.mentors = b.mentors;
    this.mentorCapacity = b.mentorCapacity.clone();
    this.menteeCapacity = b.menteeCapacity.clone();
    if (b.dense != null) {
      this.dense = b.dense.clone();
      this.start = new int[0];
      this.col = new int[0];
      this.score = new short[0];
      long n = 0;
      for (short s : dense) {
        if (s >= 0) {
          n++;
        }
      }
      this.edges = n;
    } else {
      this.dense = null;
      this.start = new int[mentees + 1];
      int total = 0;
      for (int i = 0; i < mentees; i++) {
        start[i] = total;
        total += b.rowSize[i];
      }
      start[mentees] = total;
      this.col = new int[total];
      this.score = new short[total];
      for (int i = 0; i < mentees; i++) {
        int n = b.rowSize[i];
        long[] packed = new long[n];
        for (int k = 0; k < n; k++) {
          packed[k] = ((long) b.rowCol[i][k] << 16) | (b.rowScore[i][k] & 0xFFFF);
        }
        Arrays.sort(packed);
        for (int k = 0; k < n; k++) {
          int j = (int) (packed[k] >>> 16);
          if (k > 0 && col[start[i] + k - 1] == j) {
            throw new IllegalArgumentException(
                "pair (mentee " + i + ", mentor " + j + ") is given twice");
          }
          col[start[i] + k] = j;
          score[start[i] + k] = (short) (packed[k] & 0xFFFF);
        }
      }
      this.edges = total;
    }
    int f = b.fixed.size();
    long[] fixed = new long[f];
    for (int k = 0; k < f; k++) {
      fixed[k] = b.fixed.get(k);
    }
    Arrays.sort(fixed);
    this.fixedMentee = new int[f];
    this.fixedMentor = new int[f];
    int[] mentorUse = new int[mentors];
    int[] menteeUse = new int[mentees];
    List<String> problems = new ArrayList<>();
    for (int k = 0; k < f; k++) {
      int i = (int) (fixed[k] >>> 32);
      int j = (int) fixed[k];
      if (k > 0 && fixed[k] == fixed[k - 1]) {
        throw new IllegalArgumentException(
            "fixed pair (mentee " + i + ", mentor " + j + ") is given twice");
      }
      fixedMentee[k] = i;
      fixedMentor[k] = j;
      if (++mentorUse[j] == mentorCapacity[j] + 1) {
        problems.add(
            "mentor " + j + " has more fixed pairs than its capacity " + mentorCapacity[j]);
      }
      if (++menteeUse[i] == menteeCapacity[i] + 1) {
        problems.add(
            "mentee " + i + " has more fixed pairs than its capacity " + menteeCapacity[i]);
      }
    }
    if (!problems.isEmpty()) {
      throw new InfeasibleMatchingException(problems);
    }
  }

  /**
   * Returns a builder for a dense problem: every cell starts "not allowed" until given a score.
   * Memory is two bytes per cell. Mentor capacities start at 1, mentee capacities at 1.
   *
   * @param mentees the number of rows, at least 0
   * @param mentors the number of columns, at least 0
   * @return a new builder
   * @throws IllegalArgumentException if a count is negative or the cells exceed {@link
   *     Integer#MAX_VALUE}
   */
  public static Builder denseBuilder(int mentees, int mentors) {
    return new Builder(mentees, mentors, true);
  }

  /**
   * Returns a builder for a sparse problem: only the pairs given a score are candidates. Memory is
   * six bytes per candidate. Mentor capacities start at 1, mentee capacities at 1.
   *
   * @param mentees the number of rows, at least 0
   * @param mentors the number of columns, at least 0
   * @return a new builder
   * @throws IllegalArgumentException if a count is negative
   */
  public static Builder sparseBuilder(int mentees, int mentors) {
    return new Builder(mentees, mentors, false);
  }

  /**
   * Returns a dense problem from a score matrix: a negative entry means "not allowed". Mentee
   * capacities are 1.
   *
   * @param scores {@code scores[mentee][mentor]}, every row of the same length
   * @param mentorCapacity the capacity of each mentor
   * @return the problem
   * @throws IllegalArgumentException if rows differ in length, a score exceeds {@link #MAX_SCORE},
   *     or {@code mentorCapacity} does not have one non-negative entry per mentor
   */
  public static AssignmentProblem of(int[][] scores, int[] mentorCapacity) {
    int mentors = mentorCapacity.length;
    Builder b = denseBuilder(scores.length, mentors).mentorCapacities(mentorCapacity);
    for (int i = 0; i < scores.length; i++) {
      if (scores[i].length != mentors) {
        throw new IllegalArgumentException(
            "row "
                + i
                + " has "
                + scores[i].length
                + " scores but there are "
                + mentors
                + " mentors");
      }
      for (int j = 0; j < mentors; j++) {
        if (scores[i][j] >= 0) {
          b.score(i, j, scores[i][j]);
        }
      }
    }
    return b.build();
  }

  /**
   * Returns the number of mentees (rows).
   *
   * @return the count
   */
  public int mentees() {
    return mentees;
  }

  /**
   * Returns the number of mentors (columns).
   *
   * @return the count
   */
  public int mentors() {
    return mentors;
  }

  /**
   * Tells whether this problem stores every cell.
   *
   * @return true for a dense problem
   */
  public boolean isDense() {
    return dense != null;
  }

  /**
   * Returns how many pairs a mentor may take, fixed pairs included.
   *
   * @param mentor the column
   * @return the capacity
   */
  public int mentorCapacity(int mentor) {
    return mentorCapacity[mentor];
  }

  /**
   * Returns how many pairs a mentee may take, fixed pairs included.
   *
   * @param mentee the row
   * @return the capacity
   */
  public int menteeCapacity(int mentee) {
    return menteeCapacity[mentee];
  }

  /**
   * Returns the number of candidate pairs.
   *
   * @return the count of allowed cells
   */
  public long candidateCount() {
    return edges;
  }

  /**
   * Returns the score of a pair.
   *
   * @param mentee the row
   * @param mentor the column
   * @return the score, or {@link #NOT_ALLOWED} if the pair is not a candidate
   * @throws IndexOutOfBoundsException if an index is out of range
   */
  public int score(int mentee, int mentor) {
    java.util.Objects.checkIndex(mentee, mentees);
    java.util.Objects.checkIndex(mentor, mentors);
    if (dense != null) {
      return dense[mentee * mentors + mentor];
    }
    int k = Arrays.binarySearch(col, start[mentee], start[mentee + 1], mentor);
    return k < 0 ? NOT_ALLOWED : score[k];
  }

  /**
   * Returns the candidate mentors of a mentee, ascending.
   *
   * @param mentee the row
   * @return a new array of columns
   */
  public int[] candidates(int mentee) {
    java.util.Objects.checkIndex(mentee, mentees);
    if (dense != null) {
      int n = 0;
      int[] out = new int[mentors];
      for (int j = 0; j < mentors; j++) {
        if (dense[mentee * mentors + j] >= 0) {
          out[n++] = j;
        }
      }
      return Arrays.copyOf(out, n);
    }
    return Arrays.copyOfRange(col, start[mentee], start[mentee + 1]);
  }

  /**
   * Returns the scores as a row-major matrix, {@link #NOT_ALLOWED} where forbidden: the dense array
   * itself (never to be written), or for a sparse problem a new copy of {@code mentees × mentors}
   * cells, which must fit an array.
   */
  short[] scoreMatrix() {
    if (dense != null) {
      return dense;
    }
    short[] matrix = new short[Math.multiplyExact(mentees, mentors)];
    Arrays.fill(matrix, (short) NOT_ALLOWED);
    for (int i = 0; i < mentees; i++) {
      int off = i * mentors;
      for (int e = start[i]; e < start[i + 1]; e++) {
        matrix[off + col[e]] = score[e];
      }
    }
    return matrix;
  }

  /**
   * Returns the number of fixed pairs.
   *
   * @return the count
   */
  public int fixedCount() {
    return fixedMentee.length;
  }

  /**
   * Returns the mentee of the k-th fixed pair (fixed pairs are ordered by mentee, then mentor).
   *
   * @param k the index
   * @return the row
   */
  public int fixedMentee(int k) {
    return fixedMentee[k];
  }

  /**
   * Returns the mentor of the k-th fixed pair.
   *
   * @param k the index
   * @return the column
   */
  public int fixedMentor(int k) {
    return fixedMentor[k];
  }

  /**
   * Returns the score a pair contributes to a solution: its candidate score, or 0 for a fixed pair
   * that is not a candidate.
   *
   * @param mentee the row
   * @param mentor the column
   * @return the score, never negative
   */
  public int value(int mentee, int mentor) {
    return Math.max(0, score(mentee, mentor));
  }

  /**
   * Builds an {@link AssignmentProblem}. Not thread-safe.
   *
   * @since 0.1
   */
  public static final class Builder {
    private final int mentees;
    private final int mentors;
    private final int[] mentorCapacity;
    private final int[] menteeCapacity;
    private final short @Nullable [] dense;
    private final int[][] rowCol;
    private final short[][] rowScore;
    private final int[] rowSize;
    private final List<Long> fixed = new ArrayList<>();

    private Builder(int mentees, int mentors, boolean dense) {
      if (mentees < 0 || mentors < 0) {
        throw new IllegalArgumentException(
            "mentees and mentors must be non-negative: " + mentees + ", " + mentors);
      }
      this.mentees = mentees;
      this.mentors = mentors;
      this.mentorCapacity = new int[mentors];
      this.menteeCapacity = new int[mentees];
      Arrays.fill(mentorCapacity, 1);
      Arrays.fill(menteeCapacity, 1);
      if (dense) {
        long cells = (long) mentees * mentors;
        if (cells > Integer.MAX_VALUE - 8) {
          throw new IllegalArgumentException(
              cells + " cells are too many for a dense problem; use sparseBuilder");
        }
        this.dense = new short[(int) cells];
        Arrays.fill(this.dense, (short) NOT_ALLOWED);
        this.rowCol = new int[0][];
        this.rowScore = new short[0][];
        this.rowSize = new int[0];
      } else {
        this.dense = null;
        this.rowCol = new int[mentees][];
        this.rowScore = new short[mentees][];
        this.rowSize = new int[mentees];
      }
    }

    private void checkPair(int mentee, int mentor) {
      if (mentee < 0 || mentee >= mentees) {
        throw new IllegalArgumentException("mentee " + mentee + " is outside 0.." + (mentees - 1));
      }
      if (mentor < 0 || mentor >= mentors) {
        throw new IllegalArgumentException("mentor " + mentor + " is outside 0.." + (mentors - 1));
      }
    }

    /**
     * Makes a pair a candidate with a score. In a dense builder a later call for the same pair
     * replaces the score; in a sparse builder it makes {@link #build()} fail.
     *
     * @param mentee the row
     * @param mentor the column
     * @param value the score, 0 to {@link #MAX_SCORE}
     * @return this builder
     * @throws IllegalArgumentException if an index or the score is out of range
     */
    public Builder score(int mentee, int mentor, int value) {
      checkPair(mentee, mentor);
      if (value < 0 || value > MAX_SCORE) {
        throw new IllegalArgumentException(
            "score "
                + value
                + " of (mentee "
                + mentee
                + ", mentor "
                + mentor
                + ") is outside 0.."
                + MAX_SCORE);
      }
      if (dense != null) {
        dense[mentee * mentors + mentor] = (short) value;
      } else {
        int n = rowSize[mentee];
        if (rowCol[mentee] == null) {
          rowCol[mentee] = new int[4];
          rowScore[mentee] = new short[4];
        } else if (n == rowCol[mentee].length) {
          rowCol[mentee] = Arrays.copyOf(rowCol[mentee], n * 2);
          rowScore[mentee] = Arrays.copyOf(rowScore[mentee], n * 2);
        }
        rowCol[mentee][n] = mentor;
        rowScore[mentee][n] = (short) value;
        rowSize[mentee] = n + 1;
      }
      return this;
    }

    /**
     * Sets a mentor's capacity.
     *
     * @param mentor the column
     * @param capacity how many pairs, at least 0
     * @return this builder
     * @throws IllegalArgumentException if out of range
     */
    public Builder mentorCapacity(int mentor, int capacity) {
      if (mentor < 0 || mentor >= mentors) {
        throw new IllegalArgumentException("mentor " + mentor + " is outside 0.." + (mentors - 1));
      }
      if (capacity < 0) {
        throw new IllegalArgumentException(
            "capacity of mentor " + mentor + " is negative: " + capacity);
      }
      mentorCapacity[mentor] = capacity;
      return this;
    }

    /**
     * Sets every mentor's capacity.
     *
     * @param capacities one capacity per mentor, each at least 0
     * @return this builder
     * @throws IllegalArgumentException if the length is wrong or a capacity is negative
     */
    public Builder mentorCapacities(int[] capacities) {
      if (capacities.length != mentors) {
        throw new IllegalArgumentException(
            capacities.length + " capacities given for " + mentors + " mentors");
      }
      for (int j = 0; j < mentors; j++) {
        mentorCapacity(j, capacities[j]);
      }
      return this;
    }

    /**
     * Sets a mentee's capacity (how many mentors they may have).
     *
     * @param mentee the row
     * @param capacity how many pairs, at least 0
     * @return this builder
     * @throws IllegalArgumentException if out of range
     */
    public Builder menteeCapacity(int mentee, int capacity) {
      if (mentee < 0 || mentee >= mentees) {
        throw new IllegalArgumentException("mentee " + mentee + " is outside 0.." + (mentees - 1));
      }
      if (capacity < 0) {
        throw new IllegalArgumentException(
            "capacity of mentee " + mentee + " is negative: " + capacity);
      }
      menteeCapacity[mentee] = capacity;
      return this;
    }

    /**
     * Fixes a pair: every solution contains it.
     *
     * @param mentee the row
     * @param mentor the column
     * @return this builder
     * @throws IllegalArgumentException if an index is out of range
     */
    public Builder fix(int mentee, int mentor) {
      checkPair(mentee, mentor);
      fixed.add(((long) mentee << 32) | mentor);
      return this;
    }

    /**
     * Builds the problem. The builder may be reused.
     *
     * @return the problem
     * @throws IllegalArgumentException if a pair or fixed pair was given twice (sparse)
     * @throws InfeasibleMatchingException if fixed pairs exceed a capacity
     */
    public AssignmentProblem build() {
      return new AssignmentProblem(this);
    }
  }
}
