package dev.mentoring.benchmarks;

import com.google.ortools.Loader;
import com.google.ortools.graph.LinearSumAssignment;
import com.google.ortools.graph.MinCostFlow;
import com.google.ortools.graph.MinCostFlowBase;
import dev.mentoring.matching.solver.AssignmentProblem;
import java.util.LinkedHashSet;
import java.util.Set;
import org.jgrapht.Graph;
import org.jgrapht.alg.matching.KuhnMunkresMinimalWeightBipartitePerfectMatching;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.SimpleWeightedGraph;

/**
 * The comparison baselines: each takes a score matrix ({@code scores[mentee][mentor]}, a negative
 * entry meaning "not allowed") and one capacity for every mentor, builds its own graph from it, and
 * returns the maximum total score. Building the graph is part of each baseline's cost, as it would
 * be for a caller holding a score matrix.
 */
public final class Baselines {

  private static volatile boolean loaded;

  private Baselines() {}

  /** Loads OR-tools' native library (extracted from its platform jar), once. */
  public static synchronized void loadOrTools() {
    if (!loaded) {
      Loader.loadNativeLibraries();
      loaded = true;
    }
  }

  /**
   * OR-tools {@code SimpleMinCostFlow} (Java class {@code MinCostFlow}) on the capacitated network:
   * source → each mentee (capacity 1, cost 0), mentee → mentor (capacity 1, cost −score), mentor →
   * sink (capacity = the mentor's capacity, cost 0), and one bypass arc source → sink (capacity n,
   * cost 0) so that a mentee may stay unmatched; supply n at the source, −n at the sink. Includes
   * building the network through JNI, solving, and freeing the native object.
   *
   * @param scores the score matrix
   * @param capacity every mentor's capacity
   * @return the maximum total score, {@code -getOptimalCost()}
   * @throws IllegalStateException if OR-tools does not report an optimum
   */
  public static long minCostFlow(int[][] scores, int capacity) {
    int n = scores.length;
    int m = n == 0 ? 0 : scores[0].length;
    int source = n + m;
    int sink = n + m + 1;
    MinCostFlow flow = new MinCostFlow(n + m + 2, n + n * m + m + 1);
    try {
      for (int i = 0; i < n; i++) {
        flow.addArcWithCapacityAndUnitCost(source, i, 1, 0);
      }
      for (int i = 0; i < n; i++) {
        int[] row = scores[i];
        for (int j = 0; j < m; j++) {
          if (row[j] >= 0) {
            flow.addArcWithCapacityAndUnitCost(i, n + j, 1, -row[j]);
          }
        }
      }
      for (int j = 0; j < m; j++) {
        flow.addArcWithCapacityAndUnitCost(n + j, sink, capacity, 0);
      }
      flow.addArcWithCapacityAndUnitCost(source, sink, n, 0);
      flow.setNodeSupply(source, n);
      flow.setNodeSupply(sink, -n);
      MinCostFlowBase.Status status = flow.solve();
      if (status != MinCostFlowBase.Status.OPTIMAL) {
        throw new IllegalStateException("OR-tools MinCostFlow returned " + status);
      }
      return -flow.getOptimalCost();
    } finally {
      flow.delete();
    }
  }

  /**
   * OR-tools {@code MinCostFlow} on the candidate graph of a (sparse or dense) problem, built as in
   * {@link #minCostFlow(int[][], int)} from the problem's candidate lists. Fixed pairs are not
   * supported.
   *
   * @param problem the problem, without fixed pairs
   * @return the maximum total score
   * @throws IllegalStateException if OR-tools does not report an optimum
   */
  public static long minCostFlow(AssignmentProblem problem) {
    if (problem.fixedCount() > 0) {
      throw new IllegalArgumentException("fixed pairs are not supported by this baseline");
    }
    int n = problem.mentees();
    int m = problem.mentors();
    int source = n + m;
    int sink = n + m + 1;
    long arcs = problem.candidateCount() + n + m + 1;
    MinCostFlow flow = new MinCostFlow(n + m + 2, (int) Math.min(Integer.MAX_VALUE, arcs));
    try {
      long supply = 0;
      for (int i = 0; i < n; i++) {
        flow.addArcWithCapacityAndUnitCost(source, i, problem.menteeCapacity(i), 0);
        supply += problem.menteeCapacity(i);
      }
      for (int i = 0; i < n; i++) {
        for (int j : problem.candidates(i)) {
          flow.addArcWithCapacityAndUnitCost(i, n + j, 1, -problem.score(i, j));
        }
      }
      for (int j = 0; j < m; j++) {
        flow.addArcWithCapacityAndUnitCost(n + j, sink, problem.mentorCapacity(j), 0);
      }
      flow.addArcWithCapacityAndUnitCost(source, sink, supply, 0);
      flow.setNodeSupply(source, supply);
      flow.setNodeSupply(sink, -supply);
      MinCostFlowBase.Status status = flow.solve();
      if (status != MinCostFlowBase.Status.OPTIMAL) {
        throw new IllegalStateException("OR-tools MinCostFlow returned " + status);
      }
      return -flow.getOptimalCost();
    } finally {
      flow.delete();
    }
  }

  /**
   * OR-tools {@code LinearSumAssignment} (SimpleLinearSumAssignment) on the capacity-expanded
   * matrix: mentor {@code j} becomes {@code capacity} columns {@code j·capacity .. j·capacity +
   * capacity − 1}, each joined to every mentee by an arc of cost −score. LinearSumAssignment needs
   * a perfect matching on equal sides, so when there are fewer mentees than columns, dummy mentees
   * are added with cost-0 arcs to every column, and when there are fewer columns than mentees,
   * dummy columns ("unmatched") are added with cost-0 arcs from every mentee. Includes building the
   * arcs through JNI, solving, and freeing the native object.
   *
   * @param scores the score matrix
   * @param capacity every mentor's capacity
   * @return the maximum total score, {@code -getOptimalCost()}
   * @throws IllegalStateException if OR-tools does not report an optimum
   */
  public static long linearSumAssignment(int[][] scores, int capacity) {
    int n = scores.length;
    int m = n == 0 ? 0 : scores[0].length;
    int slots = m * capacity;
    int size = Math.max(n, slots);
    LinearSumAssignment lsa = new LinearSumAssignment();
    try {
      for (int i = 0; i < n; i++) {
        int[] row = scores[i];
        for (int j = 0; j < m; j++) {
          if (row[j] >= 0) {
            long cost = -row[j];
            int base = j * capacity;
            for (int k = 0; k < capacity; k++) {
              lsa.addArcWithCost(i, base + k, cost);
            }
          }
        }
        for (int t = slots; t < size; t++) {
          lsa.addArcWithCost(i, t, 0); // dummy column: mentee i unmatched
        }
      }
      for (int i = n; i < size; i++) {
        for (int t = 0; t < slots; t++) {
          lsa.addArcWithCost(i, t, 0); // dummy mentee: column t unused
        }
      }
      LinearSumAssignment.Status status = lsa.solve();
      if (status != LinearSumAssignment.Status.OPTIMAL) {
        throw new IllegalStateException("OR-tools LinearSumAssignment returned " + status);
      }
      return -lsa.getOptimalCost();
    } finally {
      lsa.delete();
    }
  }

  /**
   * JGraphT's {@code KuhnMunkresMinimalWeightBipartitePerfectMatching} on the capacity-expanded
   * graph. It requires a complete bipartite graph with sides of equal size, so the sides are padded
   * to {@code N = max(n, m·capacity)} vertices each: real mentee to real column has weight {@code
   * 1000 − score}; a dummy mentee has weight-0 edges to every column; a dummy column ("unmatched")
   * has weight-1000 edges (score 0) from every real mentee. The minimum weight {@code W} then gives
   * the maximum total score {@code 1000·n − W}. Includes building the JGraphT graph (boxed
   * vertices, edge objects) and solving. Needs a complete score matrix.
   *
   * @param scores the score matrix, no negative entry
   * @param capacity every mentor's capacity
   * @return the maximum total score
   * @throws IllegalArgumentException if the matrix has a forbidden pair
   */
  public static long kuhnMunkres(int[][] scores, int capacity) {
    int n = scores.length;
    int m = n == 0 ? 0 : scores[0].length;
    int slots = m * capacity;
    int size = Math.max(n, slots);
    int max = AssignmentProblem.MAX_SCORE;
    Graph<Integer, DefaultWeightedEdge> g = new SimpleWeightedGraph<>(DefaultWeightedEdge.class);
    Set<Integer> left = new LinkedHashSet<>();
    Set<Integer> right = new LinkedHashSet<>();
    for (int v = 0; v < size; v++) {
      g.addVertex(v);
      left.add(v);
    }
    for (int v = size; v < 2 * size; v++) {
      g.addVertex(v);
      right.add(v);
    }
    for (int i = 0; i < size; i++) {
      for (int t = 0; t < size; t++) {
        double weight;
        if (i >= n) {
          weight = 0;
        } else if (t >= slots) {
          weight = max;
        } else {
          int s = scores[i][t / capacity];
          if (s < 0) {
            throw new IllegalArgumentException("the JGraphT baseline needs a complete matrix");
          }
          weight = max - s;
        }
        DefaultWeightedEdge e = g.addEdge(i, size + t);
        g.setEdgeWeight(e, weight);
      }
    }
    double w =
        new KuhnMunkresMinimalWeightBipartitePerfectMatching<>(g, left, right)
            .getMatching()
            .getWeight();
    return (long) max * n - Math.round(w);
  }
}
