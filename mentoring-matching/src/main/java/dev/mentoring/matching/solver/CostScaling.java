package dev.mentoring.matching.solver;

import java.util.Arrays;

/**
 * Exact minimum-cost flow on the transportation network of an {@link AssignmentProblem}, by cost
 * scaling with push-relabel (A. V. Goldberg and R. E. Tarjan, "Finding minimum-cost circulations by
 * successive approximation", Mathematics of Operations Research 15 (1990) 430–466), with the
 * heuristics of A. V. Goldberg, "An efficient implementation of a scaling minimum-cost flow
 * algorithm", Journal of Algorithms 22 (1997) 1–29: global price updates and, as in Goldberg and
 * Kennedy's assignment code ("An efficient cost scaling algorithm for the assignment problem",
 * Mathematical Programming 71 (1995) 153–177), double pushes through the mentors.
 *
 * <p><b>Network.</b> Each mentee {@code i} supplies {@code b(i)} units (its capacity left after
 * fixed pairs, at most its number of candidates); each candidate pair that is not fixed is an arc
 * mentee → mentor of capacity 1 and cost {@code -w(i,j)}; each mentor has an arc to the sink {@code
 * T} with its capacity left, and each mentee an arc to {@code T} ("unmatched") with capacity {@code
 * b(i)}, both of cost 0. A minimum-cost flow is a maximum-weight assignment. The caller chooses the
 * weights {@code w = scale·score + bonus}, which makes the objective lexicographic.
 *
 * <p><b>Exactness.</b> Costs are multiplied by {@code α = K + 1}, where {@code K = 2·min(n', m') +
 * 2} bounds the length of a simple cycle for {@code n'} mentees and {@code m'} mentors with arcs
 * (in a cycle, mentees and mentors alternate except through {@code T}). A flow that is 1-optimal
 * for the scaled costs (every residual arc has reduced cost at least -1) leaves every residual
 * cycle an original cost above -1, hence at least 0: it is optimal. Refinements divide ε by {@value
 * #BETA} down to 1. The empty flow, with each mentee priced at its best arc, is 0-optimal, so the
 * first ε may be anything: it is the spread of the scaled weights, the scale on which mentors
 * compete, rather than the largest weight (for {@code mostMatched}, whose bonus makes every weight
 * large, that halves the time on the top-64 benchmark).
 *
 * <p><b>Refine.</b> Arcs whose reduced cost falls below -ε are saturated; then active nodes (with
 * excess) are discharged in FIFO order. A mentee pushes a unit along its cheapest residual arc (to
 * a mentor or {@code T}); the mentor at once pushes its excess on, to {@code T} if it has a free
 * place and the arc is admissible, else back to the holder with the cheapest reverse arc (auction
 * terms: the bid with the least margin is evicted). A node left without admissible arcs is
 * relabelled to the largest price keeping ε-optimality, and a node that has just pushed its last
 * unit is relabelled the same way (the bid increment of an auction). After every {@code V}
 * relabels, a global price update (a Dijkstra search backwards from the deficit nodes, arc lengths
 * {@code ⌊rc/ε⌋ + 1}, uncapped) lowers prices so that every active node gets an admissible path;
 * measured on the top-64 benchmark, an update at the start of each refinement as well costs more
 * than it saves. The sink, the one node with many arcs, keeps a current-arc pointer.
 *
 * <p><b>Complexity.</b> {@code O(V²·E·log(V·C))} in the worst case for {@code V} nodes, {@code E}
 * arcs and largest weight {@code C}; memory {@code O(V + E)}: about 15 bytes per candidate pair
 * beyond the problem (the by-mentor lists, their positions, flow flags), and a copy of the
 * candidate lists (6 bytes per pair) when fixed pairs or full agents must be left out.
 *
 * <p><b>Overflow.</b> The largest scaled weight must stay below 2<sup>59</sup> (it is about {@code
 * 2000·min(n, m)·pairs}: true up to some ten million mentees and mentors), and prices are kept
 * within ±2<sup>61</sup>, so that no reduced cost overflows a long. Prices are shifted so that
 * {@code T} has price 0 at the start of every refinement; on the top-64 benchmark they then stay
 * within 1.5 times the largest scaled weight. A price that would still leave the range throws
 * {@link ArithmeticException} rather than giving a wrong answer.
 *
 * <p>Deterministic: no randomness, no hashing, a fixed order of nodes and arcs. Not thread-safe;
 * one instance per solve.
 */
final class CostScaling {

  /** The factor by which ε shrinks from one refinement to the next. */
  static final int BETA = 8;

  private static final long INF = Long.MAX_VALUE;

  /** Prices stay within ±2^61, so that a price difference plus a cost fits a long. */
  private static final long PRICE_LIMIT = 1L << 61;

  /** The largest scaled arc cost accepted. */
  private static final long COST_LIMIT = 1L << 59;

  private final AssignmentProblem problem;
  private final int n;
  private final int m;

  /**
   * The sink's node index; mentee {@code i} is node {@code i}, mentor {@code j} is {@code n + j}.
   */
  private final int sink;

  private final int nodes;

  // The arcs mentee -> mentor, by mentee (ascending mentors), without fixed pairs and unusable
  // ends.
  private final int[] start;
  private final int[] col;
  private final short[] score;

  /** The same arcs by mentor: slots {@code tStart[j] .. tStart[j+1]}, holders first. */
  private final int[] tStart;

  private final int[] tArc;
  private final int[] tRow;
  private final short[] tScore;

  /** The slot of each arc in the by-mentor lists. */
  private final int[] slot;

  /** How many of a mentor's first slots hold arcs with flow. */
  private final int[] holders;

  private final boolean[] flow;

  private final int[] supply;
  private final int[] room;
  private final int[] unmatched;
  private final int[] toSink;

  /** Scaled cost of a mentee -> mentor arc, by score; always negative. */
  private final long[] arcCost;

  private final long[] price;
  private final int[] excess;
  private long eps;

  // Active nodes, FIFO.
  private final int[] queue;
  private final boolean[] queued;
  private int head;
  private int size;

  private long relabels;

  /** The sink's current arc: mentors {@code 0..m-1}, then mentees. */
  private int sinkArc;

  // Global update scratch.
  private final long[] dist;
  private final int[] bucket;
  private int[] heapNode = new int[0];
  private long[] heapKey = new long[0];
  private int heapSize;
  private int[] entryNode;
  private int[] entryNext;
  private int entries;

  /**
   * Prepares a solve.
   *
   * @param p the problem
   * @param mostMatched whether the number of pairs comes before the total score
   * @throws ArithmeticException if the scaled costs would not fit a long (far beyond any problem
   *     that fits in memory)
   */
  CostScaling(AssignmentProblem p, boolean mostMatched) {
    this.problem = p;
    this.n = p.mentees;
    this.m = p.mentors;
    this.sink = n + m;
    this.nodes = n + m + 1;
    int[] menteeLeft = Candidates.menteeLeft(p);
    int[] mentorLeft = Candidates.mentorLeft(p);
    Candidates c = Candidates.of(p).restrict(menteeLeft, mentorLeft);
    this.start = c.start;
    this.col = c.col;
    this.score = c.score;
    int arcs = c.size();

    // By-mentor lists.
    tStart = new int[m + 1];
    for (int e = 0; e < arcs; e++) {
      tStart[col[e] + 1]++;
    }
    for (int j = 0; j < m; j++) {
      tStart[j + 1] += tStart[j];
    }
    tArc = new int[arcs];
    tRow = new int[arcs];
    tScore = new short[arcs];
    slot = new int[arcs];
    int[] fill = Arrays.copyOf(tStart, m);
    for (int i = 0; i < n; i++) {
      for (int e = start[i]; e < start[i + 1]; e++) {
        int q = fill[col[e]]++;
        tArc[q] = e;
        tRow[q] = i;
        tScore[q] = score[e];
        slot[e] = q;
      }
    }
    holders = new int[m];
    flow = new boolean[arcs];

    supply = new int[n];
    room = new int[m];
    int activeMentees = 0;
    int activeMentors = 0;
    long units = 0;
    long places = 0;
    for (int i = 0; i < n; i++) {
      supply[i] = Math.min(Math.max(0, menteeLeft[i]), start[i + 1] - start[i]);
      activeMentees += supply[i] > 0 ? 1 : 0;
      units += supply[i];
    }
    for (int j = 0; j < m; j++) {
      room[j] = Math.min(Math.max(0, mentorLeft[j]), tStart[j + 1] - tStart[j]);
      activeMentors += room[j] > 0 ? 1 : 0;
      places += room[j];
    }
    unmatched = new int[n];
    toSink = new int[m];

    // A pair is worth scale·score + bonus; more slots than pairs make the objective lexicographic.
    long slots = Math.min(units, places) + 1;
    long scale = mostMatched ? 1 : slots;
    long bonus = mostMatched ? slots * (AssignmentProblem.MAX_SCORE + 1L) : 1;
    long alpha = 2L * Math.min(activeMentees, activeMentors) + 3;
    long maxWeight = scale * AssignmentProblem.MAX_SCORE + bonus;
    if (maxWeight > COST_LIMIT / alpha) {
      throw new ArithmeticException(
          "scaled costs exceed " + COST_LIMIT + ": weight " + maxWeight + " times " + alpha);
    }
    arcCost = new long[AssignmentProblem.MAX_SCORE + 1];
    for (int s = 0; s <= AssignmentProblem.MAX_SCORE; s++) {
      arcCost[s] = -alpha * (scale * s + bonus);
    }

    price = new long[nodes];
    excess = new int[nodes];
    queue = new int[nodes];
    queued = new boolean[nodes];
    dist = new long[nodes];
    bucket = new int[nodes + 1];
    entryNode = new int[2 * nodes];
    entryNext = new int[2 * nodes];
  }

  /** Solves and returns the assignment, fixed pairs included. */
  Assignment solve() {
    // Start from the empty flow. Raising each mentee's price to its best arc makes it 0-optimal
    // (no arc enters a mentee yet, so no reduced cost can fall below 0). Mentors then compete on
    // the spread of the weights, not on their size, so ε starts from the spread: with a large
    // bonus per pair (mostMatched) that saves several refinements.
    long highest = 0;
    long lowest = Long.MAX_VALUE;
    for (int i = 0; i < n; i++) {
      long best = 0;
      for (int e = start[i]; e < start[i + 1]; e++) {
        long w = -arcCost[score[e]];
        best = Math.max(best, w);
        lowest = Math.min(lowest, w);
      }
      price[i] = best;
      highest = Math.max(highest, best);
      excess[i] = supply[i];
      excess[sink] -= supply[i];
    }
    eps = Math.max(1, highest - Math.min(lowest, highest));
    do {
      eps = Math.max(1, eps / BETA);
      refine();
    } while (eps > 1);
    return assignment();
  }

  private Assignment assignment() {
    int fixed = problem.fixedMentee.length;
    int total = fixed;
    for (int j = 0; j < m; j++) {
      total += holders[j];
    }
    int[] mentee = new int[total];
    int[] mentor = new int[total];
    int k = 0;
    for (int f = 0; f < fixed; f++) {
      mentee[k] = problem.fixedMentee[f];
      mentor[k++] = problem.fixedMentor[f];
    }
    for (int i = 0; i < n; i++) {
      for (int e = start[i]; e < start[i + 1]; e++) {
        if (flow[e]) {
          mentee[k] = i;
          mentor[k++] = col[e];
        }
      }
    }
    return Assignment.of(problem, mentee, mentor, total);
  }

  // ------------------------------------------------------------------ refine

  private void refine() {
    normalize();
    saturate();
    sinkArc = 0;
    for (int v = 0; v < nodes; v++) {
      if (excess[v] > 0) {
        enqueue(v);
      }
    }
    long lastUpdate = relabels;
    while (size > 0) {
      if (relabels - lastUpdate > nodes) {
        globalUpdate();
        lastUpdate = relabels;
      }
      int v = queue[head];
      head = head + 1 == nodes ? 0 : head + 1;
      size--;
      queued[v] = false;
      if (excess[v] <= 0) {
        continue;
      }
      if (v < n) {
        dischargeMentee(v);
      } else if (v < sink) {
        dischargeMentor(v - n);
      } else {
        dischargeSink();
      }
    }
  }

  /** Shifts every price so that the sink's is 0; reduced costs do not change. */
  private void normalize() {
    long shift = price[sink];
    for (int v = 0; v < nodes; v++) {
      price[v] = checked(Math.subtractExact(price[v], shift));
    }
  }

  /** Saturates every residual arc whose reduced cost is below -ε. */
  private void saturate() {
    long pT = price[sink];
    for (int i = 0; i < n; i++) {
      long pi = price[i];
      for (int e = start[i]; e < start[i + 1]; e++) {
        if (!flow[e]) {
          int j = col[e];
          if (arcCost[score[e]] + pi - price[n + j] < -eps) {
            take(j, e);
            excess[i]--;
            excess[n + j]++;
          }
        }
      }
      if (supply[i] > 0) {
        long rc = pi - pT;
        if (rc < -eps && unmatched[i] < supply[i]) {
          int d = supply[i] - unmatched[i];
          unmatched[i] += d;
          excess[i] -= d;
          excess[sink] += d;
        } else if (rc > eps && unmatched[i] > 0) {
          int d = unmatched[i];
          unmatched[i] = 0;
          excess[i] += d;
          excess[sink] -= d;
        }
      }
    }
    for (int j = 0; j < m; j++) {
      int v = n + j;
      long pj = price[v];
      int base = tStart[j];
      for (int q = base; q < base + holders[j]; ) {
        int e = tArc[q];
        int i = tRow[q];
        if (-arcCost[tScore[q]] + pj - price[i] < -eps) {
          release(j, e); // moves another holder into slot q
          excess[v]--;
          excess[i]++;
        } else {
          q++;
        }
      }
      if (room[j] > 0) {
        long rc = pj - pT;
        if (rc < -eps && toSink[j] < room[j]) {
          int d = room[j] - toSink[j];
          toSink[j] += d;
          excess[v] -= d;
          excess[sink] += d;
        } else if (rc > eps && toSink[j] > 0) {
          int d = toSink[j];
          toSink[j] = 0;
          excess[v] += d;
          excess[sink] -= d;
        }
      }
    }
  }

  // ------------------------------------------------------------------ discharge

  private void dischargeMentee(int i) {
    while (excess[i] > 0) {
      long pi = price[i];
      long pT = price[sink];
      int bestArc = -1;
      long best = pi - pT; // the arc to the sink is residual: the mentee has a unit not yet placed
      long second = INF;
      for (int e = start[i], end = start[i + 1]; e < end; e++) {
        if (!flow[e]) {
          long rc = arcCost[score[e]] + pi - price[n + col[e]];
          if (rc < best) {
            second = best;
            best = rc;
            bestArc = e;
          } else if (rc < second) {
            second = rc;
          }
        }
      }
      if (best >= 0) {
        long d = best + eps;
        pi = checked(pi - d);
        price[i] = pi;
        relabels++;
        best = -eps;
        if (second != INF) {
          second -= d;
        }
      }
      if (bestArc < 0) {
        int d = Math.min(excess[i], supply[i] - unmatched[i]);
        unmatched[i] += d;
        excess[i] -= d;
        addExcess(sink, d);
        if (excess[i] == 0 && unmatched[i] == supply[i]) {
          lowerAfterPush(i, pi, second);
        }
        continue;
      }
      int j = col[bestArc];
      take(j, bestArc);
      excess[i]--;
      if (excess[i] == 0) {
        lowerAfterPush(i, pi, second);
      }
      if (++excess[n + j] > 0) {
        dischargeMentor(j);
      }
    }
  }

  /**
   * Lowers the price of a node that has just pushed its last unit as far as ε-optimality allows:
   * its cheapest remaining residual arc then has reduced cost -ε.
   */
  private void lowerAfterPush(int v, long pv, long cheapest) {
    if (cheapest != INF && cheapest > -eps) {
      price[v] = checked(pv - cheapest - eps);
    }
  }

  private void dischargeMentor(int j) {
    int v = n + j;
    while (excess[v] > 0) {
      long pj = price[v];
      long pT = price[sink];
      boolean free = toSink[j] < room[j];
      if (free && pj - pT < 0) {
        int d = Math.min(excess[v], room[j] - toSink[j]);
        toSink[j] += d;
        excess[v] -= d;
        addExcess(sink, d);
        continue;
      }
      int bestSlot = -1; // -1: the arc to the sink
      long best = free ? pj - pT : INF;
      long second = INF;
      int base = tStart[j];
      for (int q = base, end = base + holders[j]; q < end; q++) {
        long rc = -arcCost[tScore[q]] + pj - price[tRow[q]];
        if (rc < best) {
          second = best;
          best = rc;
          bestSlot = q;
        } else if (rc < second) {
          second = rc;
        }
      }
      if (best >= 0) {
        long d = best + eps;
        pj = checked(pj - d);
        price[v] = pj;
        relabels++;
        if (second != INF) {
          second -= d;
        }
      }
      if (bestSlot < 0) {
        int d = Math.min(excess[v], room[j] - toSink[j]);
        toSink[j] += d;
        excess[v] -= d;
        addExcess(sink, d);
        continue;
      }
      int e = tArc[bestSlot];
      int i = tRow[bestSlot];
      release(j, e);
      excess[v]--;
      if (excess[v] == 0) {
        lowerAfterPush(v, pj, second);
      }
      addExcess(i, 1);
    }
  }

  private void dischargeSink() {
    while (excess[sink] > 0) {
      long pT = price[sink];
      // Arcs before the current one were not admissible at this price, and an arc into the sink
      // that regains capacity is not admissible either (its reverse was): only a relabel or a
      // global update can make them admissible.
      for (; sinkArc < n + m && excess[sink] > 0; sinkArc++) {
        int v = sinkArc < m ? n + sinkArc : sinkArc - m;
        int units = v < n ? unmatched[v] : toSink[v - n];
        if (units > 0 && pT - price[v] < 0) {
          int d = Math.min(excess[sink], units);
          if (v < n) {
            unmatched[v] -= d;
          } else {
            toSink[v - n] -= d;
          }
          excess[sink] -= d;
          addExcess(v, d);
          if (excess[sink] == 0) {
            return;
          }
        }
      }
      long best = INF;
      for (int j = 0; j < m; j++) {
        if (toSink[j] > 0) {
          best = Math.min(best, pT - price[n + j]);
        }
      }
      for (int i = 0; i < n; i++) {
        if (unmatched[i] > 0) {
          best = Math.min(best, pT - price[i]);
        }
      }
      price[sink] = checked(pT - best - eps);
      relabels++;
      sinkArc = 0;
    }
  }

  private void addExcess(int v, int d) {
    excess[v] += d;
    if (excess[v] > 0 && !queued[v]) {
      enqueue(v);
    }
  }

  private void enqueue(int v) {
    int tail = head + size;
    queue[tail >= nodes ? tail - nodes : tail] = v;
    size++;
    queued[v] = true;
  }

  /** Puts flow on arc {@code e} (mentee i to mentor j): i becomes one of j's holders. */
  private void take(int j, int e) {
    flow[e] = true;
    int q = slot[e];
    int first = tStart[j] + holders[j]++;
    swapSlots(q, first);
  }

  /** Removes the flow on arc {@code e}: the last holder of j takes its slot. */
  private void release(int j, int e) {
    flow[e] = false;
    int q = slot[e];
    int last = tStart[j] + --holders[j];
    swapSlots(q, last);
  }

  private void swapSlots(int a, int b) {
    if (a == b) {
      return;
    }
    int ea = tArc[a];
    int eb = tArc[b];
    int ra = tRow[a];
    short sa = tScore[a];
    tArc[a] = eb;
    tRow[a] = tRow[b];
    tScore[a] = tScore[b];
    tArc[b] = ea;
    tRow[b] = ra;
    tScore[b] = sa;
    slot[eb] = a;
    slot[ea] = b;
  }

  private static long checked(long p) {
    if (p < -PRICE_LIMIT || p > PRICE_LIMIT) {
      throw new ArithmeticException("price out of range: " + p);
    }
    return p;
  }

  // ------------------------------------------------------------------ global price update

  /**
   * Lowers prices by ε times each node's distance to the deficit nodes, arc lengths {@code ⌊rc/ε⌋ +
   * 1} (0 for admissible arcs), found by a Dijkstra search backwards from the deficits: Dial's
   * buckets for distances up to {@code V}, a binary heap beyond (a price war among tied pairs can
   * leave a node far more than {@code V·ε} above its way out, and a capped update would then take
   * many rounds to bring it down). The search stops once every active node is scanned; every
   * unscanned node gets the distance reached, which keeps ε-optimality: an arc from an unscanned
   * node to a scanned one was relaxed, so its length covers the difference.
   */
  private void globalUpdate() {
    int pending = 0;
    for (int v = 0; v < nodes; v++) {
      if (excess[v] > 0) {
        pending++;
      }
    }
    if (pending == 0) {
      return;
    }
    Arrays.fill(dist, -1);
    Arrays.fill(bucket, -1);
    entries = 0;
    heapSize = 0;
    for (int v = 0; v < nodes; v++) {
      if (excess[v] < 0) {
        dist[v] = 0;
        push(v, 0);
      }
    }
    boolean[] scanned = scanned();
    long reached = 0;
    int level = 0;
    while (pending > 0) {
      int w;
      if (level < bucket.length) {
        int entry = bucket[level];
        if (entry < 0) {
          level++;
          continue;
        }
        bucket[level] = entryNext[entry];
        w = entryNode[entry];
        if (scanned[w] || dist[w] != level) {
          continue; // a stale entry: w was reached more cheaply later
        }
      } else if (heapSize > 0) {
        w = heapNode[0];
        long key = heapKey[0];
        popHeap();
        if (scanned[w] || dist[w] != key) {
          continue;
        }
      } else {
        break; // cannot happen: every active node has a path to a deficit node
      }
      scanned[w] = true;
      reached = dist[w];
      if (excess[w] > 0) {
        pending--;
      }
      if (pending > 0) {
        scanIntoNode(w, reached, scanned);
      }
    }
    sinkArc = 0;
    for (int v = 0; v < nodes; v++) {
      long d = scanned[v] ? dist[v] : reached;
      if (d > 0) {
        price[v] = checked(Math.subtractExact(price[v], Math.multiplyExact(eps, d)));
      }
      scanned[v] = false;
    }
  }

  private boolean[] scanScratch = new boolean[0];

  private boolean[] scanned() {
    if (scanScratch.length != nodes) {
      scanScratch = new boolean[nodes];
    }
    return scanScratch;
  }

  /** Relaxes every residual arc that enters node {@code w}, scanned at distance {@code d}. */
  private void scanIntoNode(int w, long d, boolean[] scanned) {
    long pw = price[w];
    if (w < n) {
      // Mentor j -> mentee w where w holds j; sink -> w where w has unmatched units.
      for (int e = start[w], end = start[w + 1]; e < end; e++) {
        if (flow[e]) {
          int v = n + col[e];
          relaxInto(v, -arcCost[score[e]] + price[v] - pw, d, scanned);
        }
      }
      if (unmatched[w] > 0) {
        relaxInto(sink, price[sink] - pw, d, scanned);
      }
    } else if (w < sink) {
      int j = w - n;
      // Mentee i -> mentor j where i does not hold j; sink -> j where j sends to the sink.
      for (int q = tStart[j] + holders[j], end = tStart[j + 1]; q < end; q++) {
        int i = tRow[q];
        relaxInto(i, arcCost[tScore[q]] + price[i] - pw, d, scanned);
      }
      if (toSink[j] > 0) {
        relaxInto(sink, price[sink] - pw, d, scanned);
      }
    } else {
      for (int i = 0; i < n; i++) {
        if (unmatched[i] < supply[i]) {
          relaxInto(i, price[i] - pw, d, scanned);
        }
      }
      for (int j = 0; j < m; j++) {
        if (toSink[j] < room[j]) {
          relaxInto(n + j, price[n + j] - pw, d, scanned);
        }
      }
    }
  }

  private void relaxInto(int v, long rc, long d, boolean[] scanned) {
    if (scanned[v]) {
      return;
    }
    long nd = d + (rc < 0 ? 0 : rc / eps + 1);
    long old = dist[v];
    if (old >= 0 && old <= nd) {
      return;
    }
    dist[v] = nd;
    if (nd < bucket.length) {
      push(v, (int) nd);
    } else {
      pushHeap(v, nd);
    }
  }

  /** Adds node {@code v} to bucket {@code d}; an older entry for v stays behind, stale. */
  private void push(int v, int d) {
    if (entries == entryNode.length) {
      entryNode = Arrays.copyOf(entryNode, 2 * entries);
      entryNext = Arrays.copyOf(entryNext, 2 * entries);
    }
    entryNode[entries] = v;
    entryNext[entries] = bucket[d];
    bucket[d] = entries++;
  }

  /** Adds node {@code v} at distance {@code d} to the heap; stale entries are skipped on pop. */
  private void pushHeap(int v, long d) {
    if (heapSize == heapNode.length) {
      heapNode = Arrays.copyOf(heapNode, Math.max(16, 2 * heapSize));
      heapKey = Arrays.copyOf(heapKey, heapNode.length);
    }
    int k = heapSize++;
    while (k > 0) {
      int parent = (k - 1) >>> 1;
      if (heapKey[parent] <= d) {
        break;
      }
      heapNode[k] = heapNode[parent];
      heapKey[k] = heapKey[parent];
      k = parent;
    }
    heapNode[k] = v;
    heapKey[k] = d;
  }

  private void popHeap() {
    int size = --heapSize;
    if (size == 0) {
      return;
    }
    int v = heapNode[size];
    long d = heapKey[size];
    int k = 0;
    while (true) {
      int child = 2 * k + 1;
      if (child >= size) {
        break;
      }
      if (child + 1 < size && heapKey[child + 1] < heapKey[child]) {
        child++;
      }
      if (heapKey[child] >= d) {
        break;
      }
      heapNode[k] = heapNode[child];
      heapKey[k] = heapKey[child];
      k = child;
    }
    heapNode[k] = v;
    heapKey[k] = d;
  }
}
