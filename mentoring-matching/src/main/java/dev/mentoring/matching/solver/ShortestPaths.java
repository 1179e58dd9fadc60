package dev.mentoring.matching.solver;

import static java.util.Objects.requireNonNull;

import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * Exact maximum-weight assignment on a score matrix, by successive shortest augmenting paths with
 * node potentials (the Hungarian method generalised to a transportation network, as in Ahuja,
 * Magnanti and Orlin, <i>Network Flows</i>, 1993, §9.7, and Jonker and Volgenant, "A shortest
 * augmenting path algorithm for dense and sparse linear assignment problems", Computing 38, 1987):
 * the algorithm of {@link MaxScoreSolver} for dense candidate graphs.
 *
 * <p>Capacities are handled natively: a mentor with capacity {@code c} is one node holding up to
 * {@code c} mentees, not {@code c} copies. Fixed pairs are placed first and never moved. The solver
 * then works in two phases, both keeping exact node potentials:
 *
 * <ol>
 *   <li>Bidding (Jonker and Volgenant's augmenting row reduction, generalised to capacities): each
 *       single-place mentee bids for its best mentor under the current prices; a full mentor's
 *       price rises by at most the bidder's margin and its holders' slack, and the holder with the
 *       least slack is evicted and bids again, within a budget of four bids per mentee.
 *   <li>Successive shortest paths: every unit of mentee capacity still unplaced is added, in mentee
 *       order, by a shortest path in the residual network to a mentor with a free place or to
 *       "unmatched"; Dijkstra's algorithm runs on reduced costs, which the potentials keep
 *       non-negative.
 * </ol>
 *
 * <p>Complexity: bidding scans each mentee's row up to four times. A search settles mentors in
 * order of distance and stops at the first with a free place. When mentees take one mentor each
 * (and there are at most 4,096 mentors), a settled mentor is left through its holders' cached score
 * gaps (the best {@code s(k,j) - s(k,t)} over its holders {@code k} for each mentor {@code t} they
 * may move to; the row potential cancels out of the path length), a table of six bytes per pair of
 * mentors recomputed for a mentor only when its holders change. A search then costs {@code O(s·m)}
 * for {@code s} settled mentors and {@code m} mentors, plus the recomputation for the mentors whose
 * holders the augmentation changed; otherwise each settled holder's row is scanned. The worst case
 * is {@code O(n·m²)} for {@code n} mentees; instances with diverse scores settle few mentors per
 * search.
 *
 * <p>Ties are broken by index (lower mentor first). Not thread-safe; one instance per solve.
 */
final class ShortestPaths {

  private static final long INF = Long.MAX_VALUE / 4;

  /** The largest mentors × mentors table of score gaps kept (two and four bytes per cell). */
  private static final long MAX_GAP_CELLS = 1L << 24;

  /** No nearest column is known; {@code nextColumn} must search. */
  private static final int UNKNOWN = -2;

  /** A gap cell with no holder able to move to that column. */
  private static final short NO_GAP = Short.MAX_VALUE;

  /** Bids per single-place mentee, on average, before the rest is left to shortest paths. */
  private static final int BID_ROUNDS = 4;

  private final AssignmentProblem p;

  /** The scores, row-major, {@code NOT_ALLOWED} where forbidden: the problem's or a copy. */
  private final short[] dense;

  private final int n;
  private final int m;

  /** The value of one pair in the lexicographic objective is {@code scale·score + bonus}. */
  private final long scale;

  private final long bonus;

  /** Cost of a pair is {@code top - value}, of leaving a unit unmatched {@code top}: both >= 0. */
  private final long top;

  // Residual capacities and current (non-fixed) assignment.
  private final int[] colFree;
  private final int[] colStart;
  private final int[] colRows;
  private final int[] colLoad;
  private final int[] rowStart;
  private final int[] rowCols;
  private final int[] rowLoad;
  private final int[] rowFree;

  // Potentials.
  private final long[] potCol;
  private final long[] potRow;
  private final long[] slack;

  // Per-search state, reset through the touched lists.
  private final long[] distCol;
  private final long[] distRow;
  private final int[] predRowOfCol;
  private final int[] predColOfRow;
  private final boolean[] settledCol;
  private final boolean[] settledRow;
  private final int[] touchedCols;
  private int touchedColCount;
  private final int[] settledRows;
  private int settledRowCount;
  private final int[] touchedRows;
  private int touchedRowCount;
  private final int[] waiting;
  private int waitingCount;
  private final int[] settledCols;
  private int settledColCount;

  /**
   * For dense problems whose mentees take one mentor each: {@code gap[j·m + t]} is the smallest
   * {@code s(k,j) - s(k,t)} over the mentees {@code k} held by mentor {@code j} (or {@link
   * #NO_GAP}), and {@code gapHolder} the mentee attaining it. Valid while {@code j}'s holders are
   * unchanged; it replaces a scan of every holder's row by one scan of the column's gaps.
   */
  private final short @Nullable [] gap;

  private final int @Nullable [] gapHolder;
  private final boolean[] gapValid;

  /** The nearest unsettled column found by the last gap scan, or {@link #UNKNOWN}. */
  private int nearest = UNKNOWN;

  /** Marks of the columns the scanned row already holds (rows with capacity above 1). */
  private final int[] holdMark;

  private int stamp;

  // Fixed pairs: a row that holds a mentor through a fixed pair must not be offered it again.
  private final long[] fixedPairs;

  /**
   * Prepares a solve.
   *
   * @param p the problem
   * @param dense its scores, row-major, {@code NOT_ALLOWED} where forbidden
   * @param mostMatched whether the number of pairs comes before the total score
   */
  ShortestPaths(AssignmentProblem p, short[] dense, boolean mostMatched) {
    this.p = p;
    this.dense = dense;
    this.n = p.mentees;
    this.m = p.mentors;
    long pairs = 0;
    for (int i = 0; i < n; i++) {
      pairs += p.menteeCapacity[i];
    }
    // Any number of pairs fits below one unit of the leading term.
    long slots = pairs + 1;
    if (mostMatched) {
      this.scale = 1;
      this.bonus = slots * (AssignmentProblem.MAX_SCORE + 1L);
    } else {
      this.scale = slots;
      this.bonus = 1;
    }
    this.top = scale * AssignmentProblem.MAX_SCORE + bonus;

    colFree = p.mentorCapacity.clone();
    rowFree = p.menteeCapacity.clone();
    int f = p.fixedMentee.length;
    fixedPairs = new long[f];
    for (int k = 0; k < f; k++) {
      colFree[p.fixedMentor[k]]--;
      rowFree[p.fixedMentee[k]]--;
      fixedPairs[k] = ((long) p.fixedMentee[k] << 32) | p.fixedMentor[k];
    }
    // fixedPairs is sorted: the problem keeps fixed pairs ordered by mentee, then mentor.
    // A mentor holds each mentee at most once and a mentee each mentor at most once, so no
    // more slots than the other side's size are ever needed, however large the capacity.
    for (int j = 0; j < m; j++) {
      colFree[j] = Math.min(colFree[j], n);
    }
    for (int i = 0; i < n; i++) {
      rowFree[i] = Math.min(rowFree[i], m);
    }
    colStart = new int[m + 1];
    for (int j = 0; j < m; j++) {
      colStart[j + 1] = colStart[j] + Math.max(0, colFree[j]);
    }
    colRows = new int[colStart[m]];
    colLoad = new int[m];
    rowStart = new int[n + 1];
    for (int i = 0; i < n; i++) {
      rowStart[i + 1] = rowStart[i] + Math.max(0, rowFree[i]);
    }
    rowCols = new int[rowStart[n]];
    rowLoad = new int[n];

    potCol = new long[m];
    potRow = new long[n];
    slack = new long[n];
    distCol = new long[m];
    distRow = new long[n];
    Arrays.fill(distCol, INF);
    for (int j = 0; j < m; j++) {
      if (colFree[j] <= 0) {
        distCol[j] = -INF; // never relaxed, never touched
      }
    }
    Arrays.fill(distRow, INF);
    predRowOfCol = new int[m];
    predColOfRow = new int[n];
    settledCol = new boolean[m];
    settledRow = new boolean[n];
    touchedCols = new int[m];
    settledRows = new int[n];
    touchedRows = new int[n];
    waiting = new int[n];
    settledCols = new int[m];
    holdMark = new int[m];
    boolean singlePlace = true;
    for (int i = 0; i < n; i++) {
      singlePlace &= p.menteeCapacity[i] <= 1;
    }
    boolean cache = singlePlace && (long) m * m <= MAX_GAP_CELLS;
    gap = cache ? new short[m * m] : null;
    gapHolder = cache ? new int[m * m] : null;
    gapValid = new boolean[m];
  }

  /** Solves and returns the assignment, fixed pairs included. */
  Assignment solve() {
    // Phase 1: bids by single-place mentees (Jonker-Volgenant's augmenting row reduction,
    // generalised to mentor capacities), which place most mentees cheaply while keeping the
    // potentials exact. Mentees still evicted when the budget runs out, and multi-place
    // mentees, wait for phase 2.
    int[] pending = new int[n];
    int pendingCount = 0;
    // A ring of mentees waiting to bid: evicted mentees bid again, within a budget, since bids
    // with a zero margin can evict each other in turn.
    int[] ring = new int[Math.max(1, n)];
    int head = 0;
    int waitingBids = 0;
    for (int i = 0; i < n; i++) {
      if (rowFree[i] == 1 && p.menteeCapacity[i] == 1) {
        ring[waitingBids++] = i;
      } else if (rowFree[i] > 0) {
        pending[pendingCount++] = i;
      }
    }
    long budget = (long) BID_ROUNDS * waitingBids;
    while (waitingBids > 0) {
      int i = ring[head];
      head = (head + 1) % ring.length;
      waitingBids--;
      if (budget-- <= 0) {
        pending[pendingCount++] = i;
        continue;
      }
      int evicted = bid(i);
      if (evicted >= 0) {
        ring[(head + waitingBids) % ring.length] = evicted;
        waitingBids++;
      }
    }
    // Phase 2: shortest augmenting paths for the rest.
    Arrays.sort(pending, 0, pendingCount);
    for (int t = 0; t < pendingCount; t++) {
      int i = pending[t];
      for (int unit = rowLoad[i]; unit < rowFree[i]; unit++) {
        if (!search(i)) {
          break; // the best place for another unit of this mentee is "unmatched"
        }
      }
    }
    int total = p.fixedMentee.length;
    for (int i = 0; i < n; i++) {
      total += rowLoad[i];
    }
    int[] mentee = new int[total];
    int[] mentor = new int[total];
    int k = 0;
    for (int f = 0; f < p.fixedMentee.length; f++) {
      mentee[k] = p.fixedMentee[f];
      mentor[k++] = p.fixedMentor[f];
    }
    for (int i = 0; i < n; i++) {
      for (int r = 0; r < rowLoad[i]; r++) {
        mentee[k] = i;
        mentor[k++] = rowCols[rowStart[i] + r];
      }
    }
    return Assignment.of(p, mentee, mentor, total);
  }

  /**
   * Places mentee {@code i} at its best mentor under the current potentials, raising that mentor's
   * price as far as the bid and its holders' slack allow, and evicting the holder with the least
   * slack if the mentor is full.
   *
   * @return the evicted mentee, or -1
   */
  private int bid(int i) {
    long b1 = top; // "unmatched" costs top and has potential 0
    long b2 = INF;
    int j1 = -1;
    int off = i * m;
    for (int j = 0; j < m; j++) {
      int s = dense[off + j];
      if (s < 0 || colFree[j] <= 0) {
        continue;
      }
      long r = top - value(s) - potCol[j];
      if (r < b1) {
        b2 = b1;
        b1 = r;
        j1 = j;
      } else if (r < b2) {
        b2 = r;
      }
    }
    if (j1 < 0) {
      return -1; // unmatched is best: this unit stays unplaced
    }
    b2 = Math.min(b2, top); // the second best may be "unmatched"
    if (colLoad[j1] < colFree[j1]) {
      potRow[i] = -b1;
      slack[i] = b2 - b1;
      addHolding(i, j1);
      return -1;
    }
    int base = colStart[j1];
    int victim = -1;
    for (int r = 0; r < colLoad[j1]; r++) {
      int k = colRows[base + r];
      if (victim < 0 || slack[k] < slack[victim] || (slack[k] == slack[victim] && k > victim)) {
        victim = k;
      }
    }
    long delta = Math.min(b2 - b1, slack[victim]);
    potCol[j1] -= delta;
    for (int r = 0; r < colLoad[j1]; r++) {
      int k = colRows[base + r];
      potRow[k] -= delta;
      slack[k] -= delta;
    }
    removeHolding(victim, j1);
    potRow[i] = -(b1 + delta);
    slack[i] = b2 - b1 - delta;
    addHolding(i, j1);
    return victim;
  }

  private long value(int score) {
    return scale * score + bonus;
  }

  private boolean isFixed(int row, int col) {
    return fixedPairs.length > 0 && Arrays.binarySearch(fixedPairs, ((long) row << 32) | col) >= 0;
  }

  /**
   * Adds one unit of mentee {@code source} along a shortest path.
   *
   * @return true if the unit was placed with a mentor, false if its best place is unmatched
   */
  private boolean search(int source) {
    touchedColCount = 0;
    settledRowCount = 0;
    settledColCount = 0;
    nearest = UNKNOWN;
    waitingCount = 0;
    touchedRowCount = 0;

    touchRow(source);
    distRow[source] = 0;
    predColOfRow[source] = -1;
    settleRow(source);
    // Leaving the source unmatched costs `top` (its reduced cost adds the row's potential).
    long distUnmatched = top + potRow[source];
    int predRowOfUnmatched = source;
    scanRow(source, 0);

    int terminal; // a column, or -1 for "unmatched"
    long length;
    while (true) {
      int j = nextColumn();
      // A mentee holding several mentors is reached through whichever is nearest; it waits
      // until no closer node remains (every other row has one incoming edge, so its distance is
      // final as soon as its mentor is settled).
      int w = nearestWaiting();
      if (w >= 0
          && distRow[waiting[w]] <= distUnmatched
          && (j < 0 || distRow[waiting[w]] < distCol[j])) {
        int k = waiting[w];
        waiting[w] = waiting[--waitingCount];
        long dk = distRow[k];
        settleRow(k);
        long viaUnmatched = dk + top + potRow[k];
        if (viaUnmatched < distUnmatched) {
          distUnmatched = viaUnmatched;
          predRowOfUnmatched = k;
        }
        scanRow(k, dk);
        continue;
      }
      if (j < 0 || distCol[j] > distUnmatched) {
        terminal = -1;
        length = distUnmatched;
        break;
      }
      settledCol[j] = true;
      settledCols[settledColCount++] = j;
      long dj = distCol[j];
      if (colLoad[j] < colFree[j]) {
        terminal = j;
        length = dj;
        break;
      }
      int base = colStart[j];
      for (int r = 0; r < colLoad[j]; r++) {
        int k = colRows[base + r];
        if (settledRow[k]) {
          continue;
        }
        // Backward edge column -> row it holds: cost -(top - value), reduced by potentials.
        int s = dense[k * m + j];
        long dk = dj - (top - value(s)) + potCol[j] - potRow[k];
        if (p.menteeCapacity[k] > 1) {
          if (distRow[k] == INF) {
            touchRow(k);
            waiting[waitingCount++] = k;
          }
          if (dk < distRow[k]) {
            distRow[k] = dk;
            predColOfRow[k] = j;
          }
          continue;
        }
        touchRow(k);
        distRow[k] = dk;
        predColOfRow[k] = j;
        settleRow(k);
        long viaUnmatched = dk + top + potRow[k];
        if (viaUnmatched < distUnmatched) {
          distUnmatched = viaUnmatched;
          predRowOfUnmatched = k;
        }
        if (gap == null) {
          scanRow(k, dk);
        }
      }
      if (gap != null) {
        relaxThroughHolders(j, dj);
      }
    }

    // Update potentials of settled nodes so reduced costs stay non-negative.
    for (int t = 0; t < settledColCount; t++) {
      int j = settledCols[t];
      potCol[j] += distCol[j] - length;
    }
    for (int t = 0; t < settledRowCount; t++) {
      int k = settledRows[t];
      potRow[k] += distRow[k] - length;
    }

    boolean placed;
    if (terminal >= 0) {
      placed = true;
      augmentTo(terminal);
    } else {
      int k = predRowOfUnmatched;
      placed = k != source;
      if (placed) {
        // k gives up the column it was reached through; the path behind it shifts along.
        int j = predColOfRow[k];
        removeHolding(k, j);
        augmentTo(j);
      }
    }

    // Reset the search state.
    for (int t = 0; t < touchedColCount; t++) {
      int j = touchedCols[t];
      distCol[j] = INF;
      settledCol[j] = false;
    }
    for (int t = 0; t < touchedRowCount; t++) {
      int k = touchedRows[t];
      distRow[k] = INF;
      settledRow[k] = false;
    }
    return placed;
  }

  /** Walks the predecessor chain back from column {@code j}, reassigning along the path. */
  private void augmentTo(int j) {
    int col = j;
    while (true) {
      int row = predRowOfCol[col];
      int prev = predColOfRow[row];
      // Release before taking, so that no row or column ever exceeds its slots.
      if (prev >= 0) {
        removeHolding(row, prev);
      }
      addHolding(row, col);
      if (prev < 0) {
        return; // reached the source
      }
      col = prev;
    }
  }

  /**
   * Relaxes, from settled column {@code j}, every column reachable through one of its holders,
   * using the cached score gaps. Through holder {@code k} the distance to {@code j'} is {@code dj +
   * rc(j→k) + rc(k→j')}; the row potential cancels, leaving {@code dj + potCol[j] - potCol[j'] +
   * scale·(s(k,j) - s(k,j'))}, so only the smallest score gap over the holders matters and it
   * depends on nothing but who the holders are.
   */
  private void relaxThroughHolders(int j, long dj) {
    short[] g = requireNonNull(gap);
    int[] arg = requireNonNull(gapHolder);
    int off = j * m;
    if (!gapValid[j]) {
      computeGaps(j, g, arg, off);
    }
    long base = dj + potCol[j];
    // The loop visits every column, so it also finds the nearest unsettled one for the next
    // step of the search, sparing a separate scan.
    int best = -1;
    long bestDist = INF;
    for (int t = 0; t < m; t++) {
      if (settledCol[t] || colFree[t] <= 0) {
        continue;
      }
      int d = g[off + t];
      if (d != NO_GAP) {
        long nd = base - potCol[t] + scale * d;
        if (nd < distCol[t]) {
          relax(t, nd, arg[off + t]);
        }
      }
      if (distCol[t] < bestDist) {
        best = t;
        bestDist = distCol[t];
      }
    }
    nearest = best;
  }

  /** Recomputes column {@code j}'s smallest score gap to every other column over its holders. */
  private void computeGaps(int j, short[] g, int[] arg, int off) {
    Arrays.fill(g, off, off + m, NO_GAP);
    int base = colStart[j];
    for (int r = 0; r < colLoad[j]; r++) {
      int k = colRows[base + r];
      int rowOff = k * m;
      int sj = dense[rowOff + j];
      for (int t = 0; t < m; t++) {
        int st = dense[rowOff + t];
        if (st < 0 || t == j) {
          continue;
        }
        int d = sj - st;
        if (d < g[off + t] || (d == g[off + t] && k < arg[off + t])) {
          g[off + t] = (short) d;
          arg[off + t] = k;
        }
      }
    }
    gapValid[j] = true;
  }

  private void addHolding(int row, int col) {
    gapValid[col] = false;
    colRows[colStart[col] + colLoad[col]++] = row;
    rowCols[rowStart[row] + rowLoad[row]++] = col;
  }

  private void removeHolding(int row, int col) {
    gapValid[col] = false;
    int base = colStart[col];
    int last = --colLoad[col];
    for (int r = 0; r <= last; r++) {
      if (colRows[base + r] == row) {
        colRows[base + r] = colRows[base + last];
        break;
      }
    }
    base = rowStart[row];
    last = --rowLoad[row];
    for (int r = 0; r <= last; r++) {
      if (rowCols[base + r] == col) {
        rowCols[base + r] = rowCols[base + last];
        break;
      }
    }
  }

  private void touchRow(int k) {
    touchedRows[touchedRowCount++] = k;
  }

  /** The index in {@code waiting} of the waiting row at the smallest distance, or -1. */
  private int nearestWaiting() {
    int best = -1;
    for (int t = 0; t < waitingCount; t++) {
      if (best < 0
          || distRow[waiting[t]] < distRow[waiting[best]]
          || (distRow[waiting[t]] == distRow[waiting[best]] && waiting[t] < waiting[best])) {
        best = t;
      }
    }
    return best;
  }

  private void settleRow(int k) {
    settledRow[k] = true;
    settledRows[settledRowCount++] = k;
  }

  /** Relaxes every residual edge from row {@code k}, at distance {@code dk}. */
  private void scanRow(int k, long dk) {
    nearest = UNKNOWN;
    boolean multi = rowFree[k] > 1 || p.menteeCapacity[k] > 1;
    if (multi) {
      stamp++;
      for (int r = 0; r < rowLoad[k]; r++) {
        holdMark[rowCols[rowStart[k] + r]] = stamp;
      }
    }
    int off = k * m;
    // A settled column never improves (reduced costs are non-negative) and a column without
    // places has distance -INF, so one comparison filters both.
    long c0 = dk + potRow[k] + top - bonus;
    for (int j = 0; j < m; j++) {
      int s = dense[off + j];
      if (s < 0) {
        continue;
      }
      long nd = c0 - scale * s - potCol[j];
      if (nd < distCol[j] && (!multi || (holdMark[j] != stamp && !isFixed(k, j)))) {
        relax(j, nd, k);
      }
    }
  }

  private void relax(int j, long nd, int k) {
    if (distCol[j] == INF) {
      touchedCols[touchedColCount++] = j;
    }
    distCol[j] = nd;
    predRowOfCol[j] = k;
  }

  /**
   * The unsettled column at the smallest distance (lowest index on ties), or -1; it stays queued
   * until settled.
   */
  private int nextColumn() {
    if (nearest != UNKNOWN) {
      int j = nearest;
      nearest = UNKNOWN;
      return j;
    }
    int best = -1;
    long bestDist = INF;
    for (int t = 0; t < touchedColCount; t++) {
      int j = touchedCols[t];
      if (!settledCol[j]) {
        long d = distCol[j];
        if (d < bestDist || (d == bestDist && j < best)) {
          best = j;
          bestDist = d;
        }
      }
    }
    return best;
  }
}
