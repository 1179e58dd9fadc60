package dev.mentoring.matching.solver;

import java.util.Arrays;
import org.apiguardian.api.API;

/**
 * The pairs a solver chose, ordered by mentee, then mentor, with their scores. Immutable and
 * thread-safe.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class Assignment {
  private final int mentees;
  private final int mentors;
  private final int[] mentee;
  private final int[] mentor;
  private final int[] score;
  private final long total;

  private Assignment(int mentees, int mentors, int[] mentee, int[] mentor, int[] score) {
    this.mentees = mentees;
    this.mentors = mentors;
    this.mentee = mentee;
    this.mentor = mentor;
    this.score = score;
    long sum = 0;
    for (int s : score) {
      sum += s;
    }
    this.total = sum;
  }

  /**
   * Returns the assignment made of the given pairs, scored by the problem.
   *
   * @param problem the problem the pairs belong to
   * @param menteeOf the mentee of each pair
   * @param mentorOf the mentor of each pair, same length
   * @param count how many leading entries of the arrays are pairs
   * @return the assignment, pairs sorted by mentee then mentor
   * @throws IllegalArgumentException if a pair repeats, is out of range, is neither a candidate nor
   *     fixed, or a capacity is exceeded
   */
  public static Assignment of(
      AssignmentProblem problem, int[] menteeOf, int[] mentorOf, int count) {
    long[] packed = new long[count];
    for (int k = 0; k < count; k++) {
      int i = menteeOf[k];
      int j = mentorOf[k];
      if (i < 0 || i >= problem.mentees || j < 0 || j >= problem.mentors) {
        throw new IllegalArgumentException("pair (" + i + ", " + j + ") is out of range");
      }
      packed[k] = ((long) i << 32) | j;
    }
    Arrays.sort(packed);
    int[] mentee = new int[count];
    int[] mentor = new int[count];
    int[] score = new int[count];
    int[] mentorLoad = new int[problem.mentors];
    int[] menteeLoad = new int[problem.mentees];
    int f = 0;
    for (int k = 0; k < count; k++) {
      int i = (int) (packed[k] >>> 32);
      int j = (int) packed[k];
      if (k > 0 && packed[k] == packed[k - 1]) {
        throw new IllegalArgumentException("pair (" + i + ", " + j + ") is chosen twice");
      }
      int s = problem.score(i, j);
      // Fixed pairs are sorted the same way, so one pass finds them.
      while (f < problem.fixedMentee.length
          && (((long) problem.fixedMentee[f] << 32) | problem.fixedMentor[f]) < packed[k]) {
        f++;
      }
      boolean fixed =
          f < problem.fixedMentee.length
              && problem.fixedMentee[f] == i
              && problem.fixedMentor[f] == j;
      if (s < 0 && !fixed) {
        throw new IllegalArgumentException("pair (" + i + ", " + j + ") is not allowed");
      }
      if (++mentorLoad[j] > problem.mentorCapacity[j]) {
        throw new IllegalArgumentException("mentor " + j + " is over capacity");
      }
      if (++menteeLoad[i] > problem.menteeCapacity[i]) {
        throw new IllegalArgumentException("mentee " + i + " is over capacity");
      }
      mentee[k] = i;
      mentor[k] = j;
      score[k] = Math.max(0, s);
    }
    return new Assignment(problem.mentees, problem.mentors, mentee, mentor, score);
  }

  /**
   * Returns the number of pairs.
   *
   * @return the count
   */
  public int size() {
    return mentee.length;
  }

  /**
   * Returns the mentee of the k-th pair.
   *
   * @param k the index, 0 to {@code size() - 1}
   * @return the row
   */
  public int mentee(int k) {
    return mentee[k];
  }

  /**
   * Returns the mentor of the k-th pair.
   *
   * @param k the index
   * @return the column
   */
  public int mentor(int k) {
    return mentor[k];
  }

  /**
   * Returns the score of the k-th pair.
   *
   * @param k the index
   * @return the score; 0 for a fixed pair that is not a candidate
   */
  public int score(int k) {
    return score[k];
  }

  /**
   * Returns the sum of the pairs' scores.
   *
   * @return the total
   */
  public long totalScore() {
    return total;
  }

  /**
   * Returns the mentors of each mentee: {@code result[i]} lists mentee i's mentors, ascending.
   *
   * @return a new array of arrays
   */
  public int[][] mentorsByMentee() {
    int[] count = new int[mentees];
    for (int i : mentee) {
      count[i]++;
    }
    int[][] out = new int[mentees][];
    for (int i = 0; i < mentees; i++) {
      out[i] = new int[count[i]];
    }
    int[] fill = new int[mentees];
    for (int k = 0; k < mentee.length; k++) {
      out[mentee[k]][fill[mentee[k]]++] = mentor[k];
    }
    return out;
  }

  /**
   * Returns how many pairs each mentor has.
   *
   * @return a new array, one load per mentor
   */
  public int[] mentorLoads() {
    int[] load = new int[mentors];
    for (int j : mentor) {
      load[j]++;
    }
    return load;
  }

  /**
   * Returns the lowest score of any pair.
   *
   * @return the minimum, or 0 if there are no pairs
   */
  public int minScore() {
    int min = Integer.MAX_VALUE;
    for (int s : score) {
      min = Math.min(min, s);
    }
    return mentee.length == 0 ? 0 : min;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Assignment a
        && Arrays.equals(mentee, a.mentee)
        && Arrays.equals(mentor, a.mentor)
        && Arrays.equals(score, a.score);
  }

  @Override
  public int hashCode() {
    return 31 * Arrays.hashCode(mentee) + Arrays.hashCode(mentor);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("Assignment[total=").append(total).append(", pairs=");
    for (int k = 0; k < Math.min(mentee.length, 20); k++) {
      sb.append(k == 0 ? "" : " ").append(mentee[k]).append("->").append(mentor[k]);
    }
    return sb.append(mentee.length > 20 ? " ...]" : "]").toString();
  }
}
