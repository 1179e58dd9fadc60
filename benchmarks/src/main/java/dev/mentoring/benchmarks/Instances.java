package dev.mentoring.benchmarks;

import dev.mentoring.matching.solver.AssignmentProblem;
import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

/**
 * Seeded generators of structured mentoring instances, deterministic for a seed.
 *
 * <p>Every person has skills drawn from a vocabulary of {@value #SKILLS} skills with Zipf-like
 * popularity (probability of the skill of rank {@code r} proportional to {@code 1/r}, exponent
 * {@value #ZIPF_EXPONENT}), one of {@value #DEPARTMENTS} departments, a seniority level {@code 0}
 * to {@value #MAX_SENIORITY} and one or two of {@value #LANGUAGES} languages with skewed
 * frequencies. A mentee seeks 3 to 8 skills; a mentor offers 4 to 12, about a third of them at
 * expert level. Mentors are more senior on average than mentees.
 *
 * <p>The score of a pair is an integer in {@code 0..1000}:
 *
 * <ul>
 *   <li>skill overlap, up to 600: {@code 600 · (2·|sought ∩ expert| + |sought ∩ competent|) /
 *       (2·|sought|)};
 *   <li>seniority gap {@code mentor − mentee}, up to 200: 200 for a gap of 2 to 5, 120 for 1, 6 or
 *       7, 40 for 0 or 8 and more, 0 when the mentor is junior to the mentee;
 *   <li>a shared language, 100;
 *   <li>different departments (cross-department mentoring), 100.
 * </ul>
 *
 * <p>So the scores are structured rather than uniform noise: mentors offering popular skills at
 * expert level are attractive to many mentees, and the coarse parts make many ties.
 *
 * <p>Scores are computed pair by pair from the attributes, so the dense matrix never has to exist:
 * {@link Instance#sparseTopK} keeps each mentee's best {@code k} mentors row by row.
 */
public final class Instances {

  /** The size of the skill vocabulary. */
  public static final int SKILLS = 200;

  /** The Zipf exponent of skill popularity. */
  public static final double ZIPF_EXPONENT = 1.0;

  /** The number of departments. */
  public static final int DEPARTMENTS = 20;

  /** The highest seniority level; levels are {@code 0..MAX_SENIORITY}. */
  public static final int MAX_SENIORITY = 10;

  /** The number of languages. */
  public static final int LANGUAGES = 6;

  /** Relative frequencies of the languages as first language. */
  private static final double[] LANGUAGE_WEIGHTS = {0.55, 0.18, 0.10, 0.08, 0.05, 0.04};

  /** Probability that a person speaks a second language. */
  private static final double SECOND_LANGUAGE = 0.35;

  /** Words of 64 bits per skill set. */
  static final int WORDS = (SKILLS + 63) / 64;

  /**
   * Score for the seniority gap {@code mentor − mentee}, indexed by {@code gap + MAX_SENIORITY}.
   */
  private static final int[] GAP_SCORE = new int[2 * MAX_SENIORITY + 1];

  private static final double[] SKILL_CDF = zipfCdf(SKILLS, ZIPF_EXPONENT);
  private static final double[] LANGUAGE_CDF = cdf(LANGUAGE_WEIGHTS);

  static {
    for (int gap = -MAX_SENIORITY; gap <= MAX_SENIORITY; gap++) {
      int s;
      if (gap < 0) {
        s = 0;
      } else if (gap >= 2 && gap <= 5) {
        s = 200;
      } else if (gap == 1 || gap == 6 || gap == 7) {
        s = 120;
      } else {
        s = 40;
      }
      GAP_SCORE[gap + MAX_SENIORITY] = s;
    }
  }

  private Instances() {}

  /**
   * Generates an instance.
   *
   * @param mentees the number of mentees
   * @param mentors the number of mentors
   * @param capacity every mentor's capacity
   * @param seed the seed; the same arguments give the same instance
   * @return the instance
   */
  public static Instance generate(int mentees, int mentors, int capacity, long seed) {
    SplittableRandom root = new SplittableRandom(seed);
    SplittableRandom menteeRandom = root.split();
    SplittableRandom mentorRandom = root.split();
    return new Instance(
        people(mentees, false, menteeRandom), people(mentors, true, mentorRandom), capacity);
  }

  /**
   * Parses a size written {@code MENTEESxMENTORSxCAPACITY}, such as {@code 2000x500x4}.
   *
   * @param size the text
   * @return the three numbers
   * @throws IllegalArgumentException if the text is not of that form
   */
  public static int[] parseSize(String size) {
    String[] parts = size.split("x", -1);
    if (parts.length != 3) {
      throw new IllegalArgumentException("size must be MENTEESxMENTORSxCAPACITY: " + size);
    }
    int[] out = new int[3];
    for (int k = 0; k < 3; k++) {
      out[k] = Integer.parseInt(parts[k].trim());
    }
    return out;
  }

  /** The attributes of one side, one entry (or {@code WORDS} entries) per person. */
  static final class People {
    final int count;

    /** Sought skills (mentees) or all offered skills (mentors), {@code WORDS} words per person. */
    final long[] skills;

    /** Skills offered at expert level (mentors only; empty for mentees). */
    final long[] expert;

    /** The number of sought skills (mentees only). */
    final int[] skillCount;

    final int[] department;
    final int[] seniority;

    /** Bit {@code l} set when the person speaks language {@code l}. */
    final int[] languages;

    People(int count, boolean mentors) {
      this.count = count;
      this.skills = new long[count * WORDS];
      this.expert = new long[mentors ? count * WORDS : 0];
      this.skillCount = new int[count];
      this.department = new int[count];
      this.seniority = new int[count];
      this.languages = new int[count];
    }
  }

  private static People people(int count, boolean mentors, SplittableRandom random) {
    People p = new People(count, mentors);
    for (int x = 0; x < count; x++) {
      int skills = mentors ? 4 + random.nextInt(9) : 3 + random.nextInt(6);
      int drawn = 0;
      while (drawn < skills) {
        int s = sample(SKILL_CDF, random);
        int w = x * WORDS + (s >>> 6);
        long bit = 1L << (s & 63);
        if ((p.skills[w] & bit) != 0) {
          continue;
        }
        p.skills[w] |= bit;
        if (mentors && random.nextInt(3) == 0) {
          p.expert[w] |= bit;
        }
        drawn++;
      }
      p.skillCount[x] = skills;
      p.department[x] = random.nextInt(DEPARTMENTS);
      // Mentees are mostly junior (0..6), mentors mostly senior (3..10).
      p.seniority[x] =
          mentors
              ? Math.min(MAX_SENIORITY, 3 + random.nextInt(6) + random.nextInt(3))
              : random.nextInt(5) + random.nextInt(3);
      int languages = 1 << sample(LANGUAGE_CDF, random);
      if (random.nextDouble() < SECOND_LANGUAGE) {
        languages |= 1 << sample(LANGUAGE_CDF, random);
      }
      p.languages[x] = languages;
    }
    return p;
  }

  private static int sample(double[] cdf, SplittableRandom random) {
    double u = random.nextDouble();
    int k = Arrays.binarySearch(cdf, u);
    int index = k >= 0 ? k + 1 : -k - 1;
    return Math.min(index, cdf.length - 1);
  }

  private static double[] zipfCdf(int n, double exponent) {
    double[] w = new double[n];
    for (int r = 0; r < n; r++) {
      w[r] = 1.0 / Math.pow(r + 1, exponent);
    }
    return cdf(w);
  }

  private static double[] cdf(double[] weights) {
    double total = 0;
    for (double w : weights) {
      total += w;
    }
    double[] out = new double[weights.length];
    double sum = 0;
    for (int k = 0; k < weights.length; k++) {
      sum += weights[k];
      out[k] = sum / total;
    }
    return out;
  }

  /** A generated instance: mentees, mentors, one capacity for every mentor. */
  public static final class Instance {
    private final People mentees;
    private final People mentors;
    private final int capacity;

    Instance(People mentees, People mentors, int capacity) {
      this.mentees = mentees;
      this.mentors = mentors;
      this.capacity = capacity;
    }

    People menteePeople() {
      return mentees;
    }

    People mentorPeople() {
      return mentors;
    }

    /**
     * Returns the number of mentees.
     *
     * @return the count
     */
    public int mentees() {
      return mentees.count;
    }

    /**
     * Returns the number of mentors.
     *
     * @return the count
     */
    public int mentors() {
      return mentors.count;
    }

    /**
     * Returns every mentor's capacity.
     *
     * @return the capacity
     */
    public int capacity() {
      return capacity;
    }

    /**
     * Returns a new array with every mentor's capacity.
     *
     * @return one capacity per mentor
     */
    public int[] capacities() {
      int[] c = new int[mentors.count];
      Arrays.fill(c, capacity);
      return c;
    }

    /**
     * Computes the score of a pair from the attributes.
     *
     * @param i the mentee
     * @param j the mentor
     * @return the score, 0 to 1000
     */
    public int score(int i, int j) {
      int ib = i * WORDS;
      int jb = j * WORDS;
      int expert = 0;
      int any = 0;
      for (int w = 0; w < WORDS; w++) {
        long sought = mentees.skills[ib + w];
        expert += Long.bitCount(sought & mentors.expert[jb + w]);
        any += Long.bitCount(sought & mentors.skills[jb + w]);
      }
      int skill = 600 * (expert + any) / (2 * mentees.skillCount[i]);
      int gap = GAP_SCORE[mentors.seniority[j] - mentees.seniority[i] + MAX_SENIORITY];
      int language = (mentees.languages[i] & mentors.languages[j]) != 0 ? 100 : 0;
      int department = mentees.department[i] != mentors.department[j] ? 100 : 0;
      return skill + gap + language + department;
    }

    /**
     * Computes one mentee's scores against every mentor.
     *
     * @param i the mentee
     * @param out receives {@code out[j]} for every mentor {@code j}
     */
    public void row(int i, int[] out) {
      for (int j = 0; j < mentors.count; j++) {
        out[j] = score(i, j);
      }
    }

    /**
     * Returns the dense score matrix, for baselines that take one.
     *
     * @return {@code matrix[mentee][mentor]}
     */
    public int[][] matrix() {
      int[][] m = new int[mentees.count][mentors.count];
      for (int i = 0; i < mentees.count; i++) {
        row(i, m[i]);
      }
      return m;
    }

    /**
     * Returns the dense problem, built cell by cell without an intermediate matrix.
     *
     * @return the problem, every pair a candidate, every mentor of capacity {@link #capacity()}
     */
    public AssignmentProblem denseProblem() {
      AssignmentProblem.Builder b =
          AssignmentProblem.denseBuilder(mentees.count, mentors.count)
              .mentorCapacities(capacities());
      for (int i = 0; i < mentees.count; i++) {
        for (int j = 0; j < mentors.count; j++) {
          b.score(i, j, score(i, j));
        }
      }
      return b.build();
    }

    /**
     * Returns the sparse problem of each mentee's {@code k} best mentors (ties broken by the lower
     * mentor index), computed row by row: the dense matrix is never materialised. Rows are computed
     * in parallel; the result does not depend on the number of threads.
     *
     * @param k the candidates kept per mentee
     * @return the problem, every mentor of capacity {@link #capacity()}
     */
    public AssignmentProblem sparseTopK(int k) {
      int[][] cols = topK(k);
      AssignmentProblem.Builder b =
          AssignmentProblem.sparseBuilder(mentees.count, mentors.count)
              .mentorCapacities(capacities());
      for (int i = 0; i < mentees.count; i++) {
        for (int j : cols[i]) {
          b.score(i, j, score(i, j));
        }
        cols[i] = null; // let the rows go as they are copied
      }
      return b.build();
    }

    /**
     * Returns each mentee's {@code k} best mentors, best first (ties by the lower mentor index).
     *
     * @param k the list length
     * @return {@code lists[mentee]}, each of length {@code min(k, mentors)}
     */
    public int[][] topK(int k) {
      int keep = Math.min(k, mentors.count);
      int[][] out = new int[mentees.count][];
      IntStream.range(0, mentees.count)
          .parallel()
          .forEach(
              i -> {
                int[] row = new int[mentors.count];
                row(i, row);
                out[i] = best(row, keep);
              });
      return out;
    }

    /** The {@code keep} best columns of a row, best first, ties by lower index: O(m + 1001). */
    private static int[] best(int[] row, int keep) {
      int[] histogram = new int[AssignmentProblem.MAX_SCORE + 1];
      for (int s : row) {
        histogram[s]++;
      }
      int threshold = AssignmentProblem.MAX_SCORE;
      int above = 0; // entries with a score > threshold
      while (threshold > 0 && above + histogram[threshold] < keep) {
        above += histogram[threshold];
        threshold--;
      }
      int tiesTaken = keep - above; // entries equal to threshold, lowest index first
      long[] packed = new long[keep];
      int n = 0;
      for (int j = 0; j < row.length && n < keep; j++) {
        int s = row[j];
        if (s > threshold || (s == threshold && tiesTaken-- > 0)) {
          // Sort key: higher score first, then lower index.
          packed[n++] = ((long) (AssignmentProblem.MAX_SCORE - s) << 32) | j;
        }
      }
      Arrays.sort(packed, 0, n);
      int[] cols = new int[n];
      for (int t = 0; t < n; t++) {
        cols[t] = (int) packed[t];
      }
      return cols;
    }
  }
}
