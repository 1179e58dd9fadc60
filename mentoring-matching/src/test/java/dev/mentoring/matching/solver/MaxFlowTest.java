package dev.mentoring.matching.solver;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Dinic's maximum flow on known networks. */
class MaxFlowTest {

  /**
   * The flow network of Cormen, Leiserson, Rivest and Stein, <i>Introduction to Algorithms</i>, 3rd
   * edition, Figure 26.1: its maximum flow from s to t is 23.
   */
  @Test
  void cormenFigure26Network() {
    int s = 0;
    int v1 = 1;
    int v2 = 2;
    int v3 = 3;
    int v4 = 4;
    int t = 5;
    MaxFlow f = new MaxFlow(6, 9);
    int[] ids = {
      f.addEdge(s, v1, 16),
      f.addEdge(s, v2, 13),
      f.addEdge(v1, v3, 12),
      f.addEdge(v2, v1, 4),
      f.addEdge(v2, v4, 14),
      f.addEdge(v3, v2, 9),
      f.addEdge(v3, t, 20),
      f.addEdge(v4, v3, 7),
      f.addEdge(v4, t, 4)
    };
    assertThat(f.run(s, t)).isEqualTo(23);
    // Conservation at every inner node, and no edge over capacity.
    int[][] ends = {
      {s, v1}, {s, v2}, {v1, v3}, {v2, v1}, {v2, v4}, {v3, v2}, {v3, t}, {v4, v3}, {v4, t}
    };
    int[] caps = {16, 13, 12, 4, 14, 9, 20, 7, 4};
    int[] net = new int[6];
    for (int k = 0; k < ids.length; k++) {
      int flow = f.flow(ids[k]);
      assertThat(flow).isBetween(0, caps[k]);
      net[ends[k][0]] -= flow;
      net[ends[k][1]] += flow;
    }
    assertThat(net).containsExactly(-23, 0, 0, 0, 0, 23);
  }

  @Test
  void aLongPathDoesNotOverflowTheStack() {
    int n = 200_000;
    MaxFlow f = new MaxFlow(n, n);
    for (int v = 0; v + 1 < n; v++) {
      f.addEdge(v, v + 1, 3);
    }
    assertThat(f.run(0, n - 1)).isEqualTo(3);
  }

  @Test
  void disconnectedOrTrivialNetworksCarryNothing() {
    MaxFlow f = new MaxFlow(3, 1);
    f.addEdge(0, 1, 5);
    assertThat(f.run(0, 2)).isZero();
    assertThat(new MaxFlow(1, 0).run(0, 0)).isZero();
  }
}
