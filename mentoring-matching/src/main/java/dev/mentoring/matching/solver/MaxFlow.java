package dev.mentoring.matching.solver;

import java.util.Arrays;

/**
 * Maximum flow by Dinic's algorithm (blocking flows on BFS level graphs) on a network of int
 * capacities. Edges are added first, then {@link #run} is called once; afterwards {@link #flow}
 * reads the flow on any edge.
 *
 * <p>O(V² E) in general (Dinic 1970); on unit-capacity bipartite networks the number of phases is
 * O(√V), as in Hopcroft–Karp. The depth-first search is iterative, so long augmenting paths cannot
 * overflow the stack. Not thread-safe.
 *
 * <p>Reference: E. A. Dinic, "Algorithm for solution of a problem of maximum flow in networks with
 * power estimation", Soviet Mathematics Doklady 11 (1970) 1277–1280; S. Even and R. E. Tarjan,
 * "Network flow and testing graph connectivity", SIAM J. Computing 4 (1975) 507–518.
 */
final class MaxFlow {
  private final int nodes;
  private int[] from;
  private int[] to;
  private int[] cap;
  private int edges;
  private int[] original = new int[0];

  /** Creates an empty network of {@code nodes} nodes with room for {@code edgeHint} edges. */
  MaxFlow(int nodes, int edgeHint) {
    this.nodes = nodes;
    int room = 2 * Math.max(4, edgeHint);
    this.from = new int[room];
    this.to = new int[room];
    this.cap = new int[room];
  }

  /** Adds an edge and returns its id; capacities must be non-negative. */
  int addEdge(int u, int v, int capacity) {
    if (edges + 2 > to.length) {
      int grown = to.length * 2;
      from = Arrays.copyOf(from, grown);
      to = Arrays.copyOf(to, grown);
      cap = Arrays.copyOf(cap, grown);
    }
    int id = edges;
    from[id] = u;
    to[id] = v;
    cap[id] = Math.max(0, capacity);
    from[id + 1] = v;
    to[id + 1] = u;
    cap[id + 1] = 0;
    edges += 2;
    return id;
  }

  /** Returns the flow on edge {@code id} after {@link #run}. */
  int flow(int id) {
    return original[id] - cap[id];
  }

  /** Computes a maximum flow from {@code s} to {@code t} and returns its value. */
  long run(int s, int t) {
    original = Arrays.copyOf(cap, edges);
    // Adjacency in compressed rows: edge ids of each node's outgoing (and reverse) arcs.
    int[] head = new int[nodes + 1];
    for (int e = 0; e < edges; e++) {
      head[from[e] + 1]++;
    }
    for (int v = 0; v < nodes; v++) {
      head[v + 1] += head[v];
    }
    int[] adj = new int[edges];
    int[] fill = Arrays.copyOf(head, nodes);
    for (int e = 0; e < edges; e++) {
      adj[fill[from[e]]++] = e;
    }
    int[] level = new int[nodes];
    int[] queue = new int[nodes];
    int[] it = new int[nodes];
    int[] path = new int[nodes];
    long total = 0;
    if (s == t) {
      return 0;
    }
    while (true) {
      Arrays.fill(level, -1);
      level[s] = 0;
      int qh = 0;
      int qt = 0;
      queue[qt++] = s;
      while (qh < qt && level[t] < 0) {
        int u = queue[qh++];
        for (int a = head[u]; a < head[u + 1]; a++) {
          int e = adj[a];
          int v = to[e];
          if (cap[e] > 0 && level[v] < 0) {
            level[v] = level[u] + 1;
            queue[qt++] = v;
          }
        }
      }
      if (level[t] < 0) {
        return total;
      }
      System.arraycopy(head, 0, it, 0, nodes);
      // Iterative DFS over the level graph: path[0 .. depth) are the edges from s.
      int depth = 0;
      int u = s;
      while (true) {
        if (u == t) {
          int push = Integer.MAX_VALUE;
          for (int d = 0; d < depth; d++) {
            push = Math.min(push, cap[path[d]]);
          }
          int back = depth;
          for (int d = depth - 1; d >= 0; d--) {
            int e = path[d];
            cap[e] -= push;
            cap[e ^ 1] += push;
            if (cap[e] == 0) {
              back = d;
            }
          }
          total += push;
          depth = back;
          u = depth == 0 ? s : to[path[depth - 1]];
          continue;
        }
        boolean advanced = false;
        for (; it[u] < head[u + 1]; it[u]++) {
          int e = adj[it[u]];
          int v = to[e];
          if (cap[e] > 0 && level[v] == level[u] + 1) {
            path[depth++] = e;
            u = v;
            advanced = true;
            break;
          }
        }
        if (advanced) {
          continue;
        }
        if (u == s) {
          break;
        }
        // Dead end: no more use for u in this phase; retreat and skip the arc that led here.
        level[u] = -1;
        depth--;
        u = from[path[depth]];
        it[u]++;
      }
    }
  }
}
