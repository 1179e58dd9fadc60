package dev.mentoring.matching.solver;

import java.util.ArrayDeque;
import java.util.Arrays;

/**
 * An independent, deliberately plain optimum for tests: successive shortest paths with Bellman-Ford
 * (queue-based) on an explicit network, source → mentee (capacity left after fixed pairs), mentee →
 * mentor (capacity 1, cost minus the pair's weight, fixed pairs left out), mentor → sink (capacity
 * left). Paths are added while the cheapest one has negative cost, which gives a minimum-cost flow
 * of any value. {@code O(F·V·E)}: for instances of up to a few hundred nodes.
 */
final class ReferenceFlow {
  private ReferenceFlow() {}

  /** The optimum: its total score and its number of pairs, fixed pairs included. */
  record Optimum(long total, int pairs) {}

  /**
   * Returns the lexicographic optimum: most total then most pairs, or (with {@code mostMatched})
   * most pairs then most total.
   */
  static Optimum solve(AssignmentProblem p, boolean mostMatched) {
    int n = p.mentees();
    int m = p.mentors();
    int[] menteeLeft = Candidates.menteeLeft(p);
    int[] mentorLeft = Candidates.mentorLeft(p);
    long fixedTotal = 0;
    for (int k = 0; k < p.fixedCount(); k++) {
      fixedTotal += p.value(p.fixedMentee(k), p.fixedMentor(k));
    }
    long pairsBound = 0;
    for (int i = 0; i < n; i++) {
      pairsBound += Math.max(0, Math.min(menteeLeft[i], m));
    }
    long slots = pairsBound + 1;
    long scale = mostMatched ? 1 : slots;
    long bonus = mostMatched ? slots * (AssignmentProblem.MAX_SCORE + 1L) : 1;

    int source = n + m;
    int sink = n + m + 1;
    Network g = new Network(n + m + 2);
    for (int i = 0; i < n; i++) {
      if (menteeLeft[i] > 0) {
        g.add(source, i, menteeLeft[i], 0);
      }
      for (int j = 0; j < m; j++) {
        int s = p.score(i, j);
        if (s >= 0 && !isFixed(p, i, j)) {
          g.add(i, n + j, 1, -(scale * s + bonus));
        }
      }
    }
    for (int j = 0; j < m; j++) {
      if (mentorLeft[j] > 0) {
        g.add(n + j, sink, mentorLeft[j], 0);
      }
    }
    long total = fixedTotal;
    int pairs = p.fixedCount();
    while (true) {
      long[] dist = new long[g.nodes];
      int[] via = new int[g.nodes];
      Arrays.fill(dist, Long.MAX_VALUE);
      Arrays.fill(via, -1);
      boolean[] inQueue = new boolean[g.nodes];
      ArrayDeque<Integer> queue = new ArrayDeque<>();
      dist[source] = 0;
      queue.add(source);
      while (!queue.isEmpty()) {
        int v = queue.poll();
        inQueue[v] = false;
        for (int a = g.first[v]; a >= 0; a = g.next[a]) {
          if (g.cap[a] > 0 && dist[v] + g.cost[a] < dist[g.to[a]]) {
            dist[g.to[a]] = dist[v] + g.cost[a];
            via[g.to[a]] = a;
            if (!inQueue[g.to[a]]) {
              inQueue[g.to[a]] = true;
              queue.add(g.to[a]);
            }
          }
        }
      }
      if (dist[sink] == Long.MAX_VALUE || dist[sink] >= 0) {
        break;
      }
      for (int v = sink; v != source; v = g.to[via[v] ^ 1]) {
        g.cap[via[v]]--;
        g.cap[via[v] ^ 1]++;
      }
    }
    for (int a = 0; a < g.arcs; a += 2) {
      int i = g.to[a ^ 1];
      int j = g.to[a] - n;
      if (i < n && j >= 0 && j < m && g.cap[a] == 0) {
        total += p.score(i, j);
        pairs++;
      }
    }
    return new Optimum(total, pairs);
  }

  private static boolean isFixed(AssignmentProblem p, int i, int j) {
    for (int k = 0; k < p.fixedCount(); k++) {
      if (p.fixedMentee(k) == i && p.fixedMentor(k) == j) {
        return true;
      }
    }
    return false;
  }

  /** Arcs in pairs: arc {@code a} and its reverse {@code a ^ 1}. */
  private static final class Network {
    final int nodes;
    int arcs;
    int[] first;
    int[] next = new int[16];
    int[] to = new int[16];
    int[] cap = new int[16];
    long[] cost = new long[16];

    Network(int nodes) {
      this.nodes = nodes;
      this.first = new int[nodes];
      Arrays.fill(first, -1);
    }

    void add(int from, int into, int capacity, long unitCost) {
      link(from, into, capacity, unitCost);
      link(into, from, 0, -unitCost);
    }

    private void link(int from, int into, int capacity, long unitCost) {
      if (arcs == to.length) {
        next = Arrays.copyOf(next, 2 * arcs);
        to = Arrays.copyOf(to, 2 * arcs);
        cap = Arrays.copyOf(cap, 2 * arcs);
        cost = Arrays.copyOf(cost, 2 * arcs);
      }
      to[arcs] = into;
      cap[arcs] = capacity;
      cost[arcs] = unitCost;
      next[arcs] = first[from];
      first[from] = arcs++;
    }
  }
}
