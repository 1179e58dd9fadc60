package dev.mentoring.matching.solver;

import static java.util.Objects.requireNonNull;

import java.util.Arrays;
import org.apiguardian.api.API;

/**
 * Finds a stable assignment by deferred acceptance (Gale and Shapley), with capacities on both
 * sides, incomplete lists and ties broken deterministically.
 *
 * <p><b>Preferences.</b> By default they are derived from the scores: each side prefers a higher
 * score; a mentee breaks a tie by the lower mentor index, a mentor by the lower mentee index.
 * Exactly the candidate pairs are acceptable. With {@link #withPreferences} the two sides' strict
 * preference lists are given instead, and a pair is acceptable when it is a candidate of the
 * problem and appears in both lists.
 *
 * <p><b>Fixed pairs</b> are kept, use up capacity first and are never proposed again; stability is
 * then that of the rest of the problem, where each agent's capacity is what its fixed pairs leave.
 * A pair (mentee, mentor) blocks an assignment when it is acceptable, not assigned, and each side
 * either has capacity left or has a partner that is not fixed and that it likes less than the
 * other; {@link Stability#blockingPairs(AssignmentProblem, Assignment)} counts such pairs.
 *
 * <p><b>Guarantee.</b> The result is stable (pairwise stable in the many-to-many case). The
 * mentee-proposing solver returns the mentee-optimal stable assignment: in every other stable
 * assignment each mentee has the same number of partners and, comparing best with best, second with
 * second and so on, none it likes more; and each mentor none it likes less. The mentor-proposing
 * solver is the mirror image. Each agent is matched the same number of times in every stable
 * assignment (the "rural hospitals" theorem), so the two solvers differ only in who gets whom. The
 * result does not depend on the seed or on the order in which proposals are made.
 *
 * <p><b>Complexity.</b> E is the number of acceptable pairs, L the longest list, C the largest
 * capacity that binds. Score-derived lists are ordered lazily: a proposer of capacity 1 first scans
 * its row once for its best two entries; a proposer that needs more sorts the rest of its row with
 * a radix sort on the score, O(L). Ordering thus costs O(E) at worst and usually much less.
 * Explicit lists are checked and indexed in O(S log S) for S entries in all. Every pair is proposed
 * at most once and each receiving agent keeps the proposals it holds in a binary heap with the
 * worst at the root, so the proposals cost O(E log C). Memory: one int per entry of the rows that
 * needed sorting, a compressed copy of the candidates when mentors propose or the problem is dense
 * or has fixed pairs, and O(mentees + mentors) besides; nothing is allocated per proposal.
 *
 * <p><b>References.</b> D. Gale and L. S. Shapley, "College Admissions and the Stability of
 * Marriage", American Mathematical Monthly 69 (1962) 9–15; A. E. Roth, "Stability and Polarization
 * of Interests in Job Matching", Econometrica 52 (1984) 47–57 (many-to-many, optimality of the
 * proposing side); A. E. Roth and M. Sotomayor, <i>Two-Sided Matching</i>, Cambridge University
 * Press, 1990 (many-to-one, rural hospitals theorem); D. Gusfield and R. W. Irving, <i>The Stable
 * Marriage Problem: Structure and Algorithms</i>, MIT Press, 1989; R. W. Irving, "Stable marriage
 * and indifference", Discrete Applied Mathematics 48 (1994) 261–272 (ties; breaking them
 * arbitrarily, as here, gives a weakly stable assignment).
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class StableSolver implements AssignmentSolver {
  private static final int[][] NONE = new int[0][];

  private final boolean menteeProposing;
  private final boolean explicit;
  private final int[][] menteePrefs;
  private final int[][] mentorPrefs;

  private StableSolver(
      boolean menteeProposing, boolean explicit, int[][] menteePrefs, int[][] mentorPrefs) {
    this.menteeProposing = menteeProposing;
    this.explicit = explicit;
    this.menteePrefs = menteePrefs;
    this.mentorPrefs = mentorPrefs;
  }

  /**
   * Returns the mentee-proposing solver on score-derived preferences: the stable assignment best
   * for every mentee.
   *
   * @return the solver
   */
  public static StableSolver menteeProposing() {
    return new StableSolver(true, false, NONE, NONE);
  }

  /**
   * Returns the mentor-proposing solver on score-derived preferences: the stable assignment best
   * for every mentor.
   *
   * @return the solver
   */
  public static StableSolver mentorProposing() {
    return new StableSolver(false, false, NONE, NONE);
  }

  /**
   * Returns a solver on explicit strict preference lists, most preferred first. The lists are
   * copied. A pair is acceptable when it is a candidate of the problem and each side lists the
   * other; the scores play no part in who is preferred.
   *
   * @param menteePrefs {@code menteePrefs[i]} lists the mentors mentee i accepts, best first; one
   *     list per mentee of the problems this solver will solve
   * @param mentorPrefs {@code mentorPrefs[j]} lists the mentees mentor j accepts, best first; one
   *     list per mentor
   * @param menteeProposing true for the mentee-optimal stable assignment, false for the
   *     mentor-optimal one
   * @return the solver
   * @throws NullPointerException if an array or a list is null
   * @throws IllegalArgumentException if a list names an agent out of range (mentors are {@code 0}
   *     to {@code mentorPrefs.length - 1}, mentees {@code 0} to {@code menteePrefs.length - 1}) or
   *     names the same agent twice
   */
  public static StableSolver withPreferences(
      int[][] menteePrefs, int[][] mentorPrefs, boolean menteeProposing) {
    requireNonNull(menteePrefs, "menteePrefs");
    requireNonNull(mentorPrefs, "mentorPrefs");
    int[][] a = copyChecked(menteePrefs, "menteePrefs", "mentee", "mentor", mentorPrefs.length);
    int[][] b = copyChecked(mentorPrefs, "mentorPrefs", "mentor", "mentee", menteePrefs.length);
    return new StableSolver(menteeProposing, true, a, b);
  }

  private static int[][] copyChecked(
      int[][] prefs, String name, String owner, String other, int others) {
    int[][] copy = new int[prefs.length][];
    boolean[] seen = new boolean[others];
    for (int a = 0; a < prefs.length; a++) {
      int[] row = prefs[a];
      if (row == null) {
        throw new NullPointerException(name + "[" + a + "]");
      }
      int[] list = row.clone();
      for (int x : list) {
        if (x < 0 || x >= others) {
          throw new IllegalArgumentException(
              owner + " " + a + " lists " + other + " " + x + ", outside 0.." + (others - 1));
        }
        if (seen[x]) {
          throw new IllegalArgumentException(
              owner + " " + a + " lists " + other + " " + x + " twice");
        }
        seen[x] = true;
      }
      for (int x : list) {
        seen[x] = false;
      }
      copy[a] = list;
    }
    return copy;
  }

  @Override
  public String toString() {
    String side = menteeProposing ? "menteeProposing" : "mentorProposing";
    return explicit ? "StableSolver.withPreferences(" + side + ")" : "StableSolver." + side + "()";
  }

  /**
   * Tells which side proposes.
   *
   * @return true if mentees propose, so the result is mentee-optimal
   */
  public boolean isMenteeProposing() {
    return menteeProposing;
  }

  /**
   * Tells whether this solver uses explicit preference lists rather than the scores.
   *
   * @return true if built by {@link #withPreferences}
   */
  public boolean hasExplicitPreferences() {
    return explicit;
  }

  /**
   * Returns the proposing side's optimal stable assignment. The seed is not used: the result is
   * unique.
   *
   * @param problem the problem
   * @param seed ignored
   * @return the stable assignment, fixed pairs included
   * @throws IllegalArgumentException if explicit preference lists do not have one list per mentee
   *     and one per mentor of the problem
   */
  @Override
  public Assignment solve(AssignmentProblem problem, long seed) {
    int[] menteeLeft = Candidates.menteeLeft(problem);
    int[] mentorLeft = Candidates.mentorLeft(problem);
    Source source;
    if (explicit) {
      source = explicitLists(problem);
    } else {
      Candidates c = Candidates.of(problem);
      source =
          new ScoreSource(
              menteeProposing ? c : c.transpose(), menteeProposing ? menteeLeft : mentorLeft);
    }
    int[] proposerCap = menteeProposing ? menteeLeft : mentorLeft;
    int[] receiverCap = menteeProposing ? mentorLeft : menteeLeft;
    return propose(problem, source, proposerCap, receiverCap, menteeProposing);
  }

  /**
   * The proposers' preference lists, read one entry at a time. An entry names a receiver and how
   * much that receiver values the proposer: higher is better, and a tie goes to the lower proposer
   * index.
   */
  private abstract static class Source {
    final int proposers;
    final int receivers;

    Source(int proposers, int receivers) {
      this.proposers = proposers;
      this.receivers = receivers;
    }

    /** Returns proposer p's next entry, best first, or -1 when its list is exhausted. */
    abstract int next(int p);

    abstract int receiver(int entry);

    abstract int value(int entry);

    /** Returns how many entries name each receiver, an upper bound on what it can hold. */
    abstract int[] inDegree();
  }

  /** Explicit lists, filtered to the acceptable pairs and in preference order. */
  private static final class ListSource extends Source {
    private final int[] start;
    private final int[] recv;
    private final int[] value;
    private final int[] cursor;

    ListSource(int proposers, int receivers, int[] start, int[] recv, int[] value) {
      super(proposers, receivers);
      this.start = start;
      this.recv = recv;
      this.value = value;
      this.cursor = Arrays.copyOf(start, proposers);
    }

    @Override
    int next(int p) {
      return cursor[p] < start[p + 1] ? cursor[p]++ : -1;
    }

    @Override
    int receiver(int entry) {
      return recv[entry];
    }

    @Override
    int value(int entry) {
      return value[entry];
    }

    @Override
    int[] inDegree() {
      int[] d = new int[receivers];
      for (int k = 0; k < start[proposers]; k++) {
        d[recv[k]]++;
      }
      return d;
    }
  }

  /**
   * Score-derived lists, ordered lazily. In deferred acceptance many proposers make only one or two
   * proposals, so a proposer of capacity 1 first scans its row once for its best two entries, O(L).
   * If it needs a third, or at once if its capacity is larger (it will propose at least that
   * often), it sorts what remains of its row by a two-pass radix sort on the score, O(L + 64), and
   * reads it in order. Each row thus costs O(L) time and the whole ordering O(E); sorted rows take
   * one int per entry.
   */
  private static final class ScoreSource extends Source {
    private static final int BITS = 5;
    private static final int RADIX = 1 << BITS;
    private static final byte SCAN = 0;
    private static final byte SECOND = 1;
    private static final byte SORT = 2;
    private static final byte SORTED = 3;

    private final Candidates c;

    /** Where proposer p is: to scan its row, to take the second best found, to sort, sorted. */
    private final byte[] stage;

    /** Row offset of the second-best entry a scan found, -1 if none. */
    private final int[] last;

    /** Proposer p's sorted remaining entries are {@code pool[cursor[p] .. end[p])}. */
    private final int[] cursor;

    private final int[] end;
    private int[] pool;
    private int poolUsed;
    private int[] scratch = new int[0];
    private final int[] count = new int[RADIX + 1];

    ScoreSource(Candidates c, int[] proposerCap) {
      super(c.rows, c.cols);
      this.c = c;
      this.stage = new byte[c.rows];
      long eager = 0;
      for (int p = 0; p < c.rows; p++) {
        stage[p] = proposerCap[p] > 1 ? SORT : SCAN;
        if (stage[p] == SORT) {
          eager += c.start[p + 1] - c.start[p];
        }
      }
      // Proposers that sort on their first proposal are known: room for them up front, so the pool
      // grows (by doubling) only for the few capacity-1 proposers that get that far.
      this.pool = new int[(int) Math.min(Integer.MAX_VALUE - 8, eager + 16)];
      this.last = new int[c.rows];
      Arrays.fill(last, -1);
      this.cursor = new int[c.rows];
      this.end = new int[c.rows];
    }

    /**
     * The order of entries in a row: {@code (MAX_SCORE - score) << 32 | offset}, smaller first.
     * Rows are ascending by column, so the offset breaks a score tie towards the lower column.
     */
    private long key(int from, int offset) {
      return ((long) (AssignmentProblem.MAX_SCORE - c.score[from + offset]) << 32) | offset;
    }

    @Override
    int next(int p) {
      int s = stage[p];
      if (s == SORTED) {
        return cursor[p] < end[p] ? pool[cursor[p]++] : -1;
      }
      int from = c.start[p];
      if (s == SECOND) {
        // The scan found the second best too; hand it out unless the row had only one entry.
        stage[p] = SORT;
        int second = last[p];
        if (second >= 0) {
          return from + second;
        }
        stage[p] = SORTED;
        return -1;
      }
      int to = c.start[p + 1];
      if (s == SORT) {
        stage[p] = SORTED;
        sortRest(p, from, to, last[p] < 0 ? -1L : key(from, last[p]));
        return cursor[p] < end[p] ? pool[cursor[p]++] : -1;
      }
      // SCAN: one pass finds the best two entries.
      long best = Long.MAX_VALUE;
      long next = Long.MAX_VALUE;
      for (int k = 0; k < to - from; k++) {
        long key = key(from, k);
        if (key < next) {
          if (key < best) {
            next = best;
            best = key;
          } else {
            next = key;
          }
        }
      }
      if (best == Long.MAX_VALUE) {
        stage[p] = SORTED;
        return -1;
      }
      stage[p] = SECOND;
      last[p] = next == Long.MAX_VALUE ? -1 : (int) next;
      return from + (int) best;
    }

    /** Sorts the entries of row p after key {@code after} into the pool, best first. */
    private void sortRest(int p, int from, int to, long after) {
      int n = to - from;
      if (poolUsed + n > pool.length) {
        pool = Arrays.copyOf(pool, Math.max(poolUsed + n, 2 * pool.length));
      }
      if (scratch.length < n) {
        scratch = new int[Math.max(n, 2 * scratch.length)];
      }
      short[] score = c.score;
      int max = AssignmentProblem.MAX_SCORE;
      // LSD radix sort on (MAX_SCORE - score), 5 bits a pass; stable, so ties stay by column.
      Arrays.fill(count, 0);
      int kept = 0;
      for (int k = from; k < to; k++) {
        if (after < 0 || key(from, k - from) > after) {
          count[((max - score[k]) & (RADIX - 1)) + 1]++;
          kept++;
        }
      }
      for (int d = 0; d < RADIX; d++) {
        count[d + 1] += count[d];
      }
      for (int k = from; k < to; k++) {
        if (after < 0 || key(from, k - from) > after) {
          scratch[count[(max - score[k]) & (RADIX - 1)]++] = k;
        }
      }
      Arrays.fill(count, 0);
      for (int t = 0; t < kept; t++) {
        count[((max - score[scratch[t]]) >>> BITS) + 1]++;
      }
      for (int d = 0; d < RADIX; d++) {
        count[d + 1] += count[d];
      }
      int b = poolUsed;
      for (int t = 0; t < kept; t++) {
        int k = scratch[t];
        pool[b + count[(max - score[k]) >>> BITS]++] = k;
      }
      cursor[p] = b;
      end[p] = b + kept;
      poolUsed = b + kept;
    }

    @Override
    int receiver(int entry) {
      return c.col[entry];
    }

    @Override
    int value(int entry) {
      return c.score[entry];
    }

    @Override
    int[] inDegree() {
      int[] d = new int[receivers];
      for (int k = 0, e = c.size(); k < e; k++) {
        d[c.col[k]]++;
      }
      return d;
    }
  }

  /** Fails unless there is one preference list per mentee and per mentor of the problem. */
  static void checkListCounts(AssignmentProblem problem, int[][] menteePrefs, int[][] mentorPrefs) {
    if (menteePrefs.length != problem.mentees || mentorPrefs.length != problem.mentors) {
      throw new IllegalArgumentException(
          "preference lists are for "
              + menteePrefs.length
              + " mentees and "
              + mentorPrefs.length
              + " mentors but the problem has "
              + problem.mentees
              + " and "
              + problem.mentors);
    }
  }

  private ListSource explicitLists(AssignmentProblem problem) {
    checkListCounts(problem, menteePrefs, mentorPrefs);
    int[][] own = menteeProposing ? menteePrefs : mentorPrefs;
    int[][] other = menteeProposing ? mentorPrefs : menteePrefs;
    // Each receiver's list as sorted (proposer << 32 | rank), to find a proposer's rank quickly.
    int[] rankStart = new int[other.length + 1];
    for (int r = 0; r < other.length; r++) {
      rankStart[r + 1] = rankStart[r] + other[r].length;
    }
    long[] rank = new long[rankStart[other.length]];
    for (int r = 0; r < other.length; r++) {
      int[] list = other[r];
      for (int k = 0; k < list.length; k++) {
        rank[rankStart[r] + k] = ((long) list[k] << 32) | k;
      }
      Arrays.sort(rank, rankStart[r], rankStart[r + 1]);
    }
    long[] fixed = new long[problem.fixedMentee.length];
    for (int k = 0; k < fixed.length; k++) {
      fixed[k] = ((long) problem.fixedMentee[k] << 32) | problem.fixedMentor[k];
    }
    int total = 0;
    for (int[] list : own) {
      total += list.length;
    }
    int[] start = new int[own.length + 1];
    int[] recv = new int[total];
    int[] value = new int[total];
    int n = 0;
    for (int p = 0; p < own.length; p++) {
      start[p] = n;
      for (int r : own[p]) {
        int i = menteeProposing ? p : r;
        int j = menteeProposing ? r : p;
        if (problem.score(i, j) < 0 || Arrays.binarySearch(fixed, ((long) i << 32) | j) >= 0) {
          continue;
        }
        int at = rankOf(rank, rankStart[r], rankStart[r + 1], p);
        if (at < 0) {
          continue;
        }
        recv[n] = r;
        value[n++] = other[r].length - at;
      }
    }
    start[own.length] = n;
    return new ListSource(own.length, other.length, start, recv, value);
  }

  private static int rankOf(long[] rank, int from, int to, int proposer) {
    int lo = from;
    int hi = to - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      int q = (int) (rank[mid] >>> 32);
      if (q < proposer) {
        lo = mid + 1;
      } else if (q > proposer) {
        hi = mid - 1;
      } else {
        return (int) rank[mid];
      }
    }
    return -1;
  }

  /**
   * Deferred acceptance. Each receiver holds its best proposals so far in a min-heap (worst at the
   * root) of at most its capacity; a proposer below capacity proposes down its list; a proposer a
   * receiver lets go resumes where it stopped. Returns the pairs held at the end with the fixed
   * ones.
   */
  private static Assignment propose(
      AssignmentProblem problem,
      Source src,
      int[] proposerCap,
      int[] receiverCap,
      boolean proposerIsMentee) {
    int np = src.proposers;
    int nr = src.receivers;
    // A receiver never holds more proposals than it receives, so its heap needs at most
    // min(capacity, in-degree) slots; this also bounds memory for huge capacities.
    int[] degree = src.inDegree();
    int[] base = new int[nr + 1];
    for (int r = 0; r < nr; r++) {
      base[r + 1] = base[r] + Math.min(degree[r], Math.max(0, receiverCap[r]));
    }
    int slotCount = base[nr];
    int[] heapP = new int[slotCount];
    int[] heapV = new int[slotCount];
    int[] heapSize = new int[nr];
    int[] held = new int[np];
    int[] stack = new int[np];
    boolean[] queued = new boolean[np];
    int top = 0;
    for (int p = np - 1; p >= 0; p--) {
      if (proposerCap[p] > 0) {
        stack[top++] = p;
        queued[p] = true;
      }
    }
    while (top > 0) {
      int p = stack[--top];
      queued[p] = false;
      int cap = proposerCap[p];
      int h = held[p];
      while (h < cap) {
        int k = src.next(p);
        if (k < 0) {
          break;
        }
        int r = src.receiver(k);
        int v = src.value(k);
        int b = base[r];
        int slots = base[r + 1] - b;
        int size = heapSize[r];
        if (size < slots) {
          siftUp(heapP, heapV, b, size, p, v);
          heapSize[r] = size + 1;
          h++;
        } else if (slots > 0 && better(v, p, heapV[b], heapP[b])) {
          int q = heapP[b];
          siftDown(heapP, heapV, b, slots, p, v);
          h++;
          held[q]--;
          if (!queued[q]) {
            queued[q] = true;
            stack[top++] = q;
          }
        }
      }
      held[p] = h;
    }
    return collect(problem, base, heapP, heapSize, np, proposerIsMentee);
  }

  /**
   * Lists the held pairs by mentee, then mentor, the order Assignment sorts into, so it is fast.
   */
  private static Assignment collect(
      AssignmentProblem problem,
      int[] base,
      int[] heapP,
      int[] heapSize,
      int proposers,
      boolean proposerIsMentee) {
    int nr = heapSize.length;
    Pairs out = new Pairs(problem, base[nr]);
    if (proposerIsMentee) {
      // Counting sort by mentee; receivers are visited in order, so mentors come out ascending.
      int[] first = new int[proposers + 1];
      for (int r = 0; r < nr; r++) {
        for (int s = base[r], e = base[r] + heapSize[r]; s < e; s++) {
          first[heapP[s] + 1]++;
        }
      }
      for (int p = 0; p < proposers; p++) {
        first[p + 1] += first[p];
      }
      int[] mentorOf = new int[first[proposers]];
      int[] fill = Arrays.copyOf(first, proposers);
      for (int r = 0; r < nr; r++) {
        for (int s = base[r], e = base[r] + heapSize[r]; s < e; s++) {
          mentorOf[fill[heapP[s]]++] = r;
        }
      }
      for (int p = 0; p < proposers; p++) {
        for (int k = first[p]; k < first[p + 1]; k++) {
          out.add(p, mentorOf[k]);
        }
      }
    } else {
      for (int r = 0; r < nr; r++) {
        int b = base[r];
        int e = b + heapSize[r];
        Arrays.sort(heapP, b, e);
        for (int s = b; s < e; s++) {
          out.add(r, heapP[s]);
        }
      }
    }
    return out.toAssignment(problem);
  }

  /** Tells whether the receiver prefers proposer p1 (valued v1) to p2 (valued v2). */
  private static boolean better(int v1, int p1, int v2, int p2) {
    return v1 > v2 || (v1 == v2 && p1 < p2);
  }

  /** Inserts (p, v) at position {@code size} of the heap at {@code b} and restores order. */
  private static void siftUp(int[] hp, int[] hv, int b, int size, int p, int v) {
    int at = size;
    while (at > 0) {
      int parent = (at - 1) >>> 1;
      if (!better(hv[b + parent], hp[b + parent], v, p)) {
        break;
      }
      hp[b + at] = hp[b + parent];
      hv[b + at] = hv[b + parent];
      at = parent;
    }
    hp[b + at] = p;
    hv[b + at] = v;
  }

  /** Replaces the root of the full heap at {@code b} by (p, v) and restores order. */
  private static void siftDown(int[] hp, int[] hv, int b, int size, int p, int v) {
    int at = 0;
    while (true) {
      int child = 2 * at + 1;
      if (child >= size) {
        break;
      }
      if (child + 1 < size
          && better(hv[b + child], hp[b + child], hv[b + child + 1], hp[b + child + 1])) {
        child++;
      }
      if (!better(v, p, hv[b + child], hp[b + child])) {
        break;
      }
      hp[b + at] = hp[b + child];
      hv[b + at] = hv[b + child];
      at = child;
    }
    hp[b + at] = p;
    hv[b + at] = v;
  }
}
