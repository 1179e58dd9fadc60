package dev.mentoring.matching.internal;

import dev.mentoring.core.pairing.Contribution;
import dev.mentoring.matching.scoring.Criterion;
import dev.mentoring.matching.scoring.Exclusion;
import dev.mentoring.matching.scoring.HardConstraint;
import dev.mentoring.matching.scoring.PreparedConstraint;
import dev.mentoring.matching.scoring.PreparedCriterion;
import dev.mentoring.matching.scoring.ScoringContext;
import dev.mentoring.matching.solver.AssignmentProblem;
import java.util.ArrayList;
import java.util.List;

/**
 * A compatibility model prepared for one problem: the prepared criteria with positive weight, in
 * the model's order, and the prepared constraints. Scores pairs one at a time (explanations) and
 * hands out {@link ScoringRowWorker}s for the bulk path; both compute a pair's score with the same
 * floating-point operations in the same order, so they agree exactly.
 *
 * <p>Immutable once built; thread-safe if the prepared criteria and constraints are.
 */
public final class ScoringEvaluator {
  private final ScoringContext context;
  private final String[] criterionIds;
  private final PreparedCriterion[] criteria;
  private final int[] weights;
  private final double scale;
  private final boolean[] trusted;
  private final String[] constraintIds;
  private final PreparedConstraint[] constraints;

  private ScoringEvaluator(
      ScoringContext context,
      String[] criterionIds,
      PreparedCriterion[] criteria,
      int[] weights,
      String[] constraintIds,
      PreparedConstraint[] constraints) {
    this.context = context;
    this.criterionIds = criterionIds;
    this.criteria = criteria;
    this.weights = weights;
    long sum = 0;
    for (int w : weights) {
      sum += w;
    }
    this.scale = (double) AssignmentProblem.MAX_SCORE / sum;
    this.trusted = new boolean[criteria.length];
    for (int c = 0; c < criteria.length; c++) {
      trusted[c] = criteria[c] instanceof ScoringTrusted;
    }
    this.constraintIds = constraintIds;
    this.constraints = constraints;
  }

  /**
   * Prepares every criterion with a positive weight and every constraint, in order.
   *
   * @throws IllegalStateException if a criterion or constraint prepares to null
   */
  public static ScoringEvaluator prepare(
      ScoringContext context,
      List<Criterion> criteria,
      List<Integer> weights,
      List<HardConstraint> constraints) {
    List<String> ids = new ArrayList<>();
    List<PreparedCriterion> prepared = new ArrayList<>();
    List<Integer> kept = new ArrayList<>();
    for (int c = 0; c < criteria.size(); c++) {
      int w = weights.get(c);
      if (w == 0) {
        continue;
      }
      Criterion criterion = criteria.get(c);
      PreparedCriterion p = criterion.prepare(context);
      if (p == null) {
        throw new IllegalStateException("criterion '" + criterion.id() + "' prepared to null");
      }
      ids.add(criterion.id());
      prepared.add(p);
      kept.add(w);
    }
    String[] constraintIds = new String[constraints.size()];
    PreparedConstraint[] preparedConstraints = new PreparedConstraint[constraints.size()];
    for (int k = 0; k < constraints.size(); k++) {
      HardConstraint constraint = constraints.get(k);
      PreparedConstraint p = constraint.prepare(context);
      if (p == null) {
        throw new IllegalStateException("constraint '" + constraint.id() + "' prepared to null");
      }
      constraintIds[k] = constraint.id();
      preparedConstraints[k] = p;
    }
    int[] w = new int[kept.size()];
    for (int c = 0; c < w.length; c++) {
      w[c] = kept.get(c);
    }
    return new ScoringEvaluator(
        context,
        ids.toArray(new String[0]),
        prepared.toArray(new PreparedCriterion[0]),
        w,
        constraintIds,
        preparedConstraints);
  }

  /**
   * The pair's score from its weighted sum {@code Σ wᵢ·sᵢ} (accumulated from 0.0 in criterion
   * order) and {@code scale = 1000 / Σ wᵢ}: {@code Σ wᵢ·sᵢ · scale} rounded half up. The one
   * formula both scoring paths use, so they agree to the bit; a multiplication and a truncation
   * rather than a division and {@link Math#round}, as it runs once per pair.
   */
  static int scoreOf(double weightedSum, double scale) {
    return Math.min(AssignmentProblem.MAX_SCORE, (int) (weightedSum * scale + 0.5));
  }

  public ScoringContext context() {
    return context;
  }

  int criterionCount() {
    return criteria.length;
  }

  PreparedCriterion criterion(int c) {
    return criteria[c];
  }

  int weight(int c) {
    return weights[c];
  }

  /** {@code 1000 / Σ wᵢ}. */
  double scale() {
    return scale;
  }

  /** Whether a criterion is a built-in whose sub-scores need no range check on the bulk path. */
  boolean trusted(int c) {
    return trusted[c];
  }

  int constraintCount() {
    return constraints.length;
  }

  PreparedConstraint constraint(int k) {
    return constraints[k];
  }

  /** Fails on a sub-score outside [0, 1] or NaN. */
  IllegalStateException badSubScore(int c, int mentee, int mentor, double value) {
    return new IllegalStateException(
        "criterion '"
            + criterionIds[c]
            + "' gave sub-score "
            + value
            + " for mentee "
            + context.menteeId(mentee)
            + " (index "
            + mentee
            + ") and mentor "
            + context.mentorId(mentor)
            + " (index "
            + mentor
            + "); sub-scores must be in [0, 1]");
  }

  private double subScore(int c, int mentee, int mentor) {
    double v = criteria[c].score(mentee, mentor);
    if (!(v >= 0.0 && v <= 1.0)) {
      throw badSubScore(c, mentee, mentor, v);
    }
    return v;
  }

  /** Tells whether every constraint allows the pair. */
  public boolean allows(int mentee, int mentor) {
    for (PreparedConstraint p : constraints) {
      if (!p.allows(mentee, mentor)) {
        return false;
      }
    }
    return true;
  }

  /** Returns every constraint that excludes the pair, with its reason, in order. */
  public List<Exclusion> exclusions(int mentee, int mentor) {
    List<Exclusion> out = new ArrayList<>();
    for (int k = 0; k < constraints.length; k++) {
      if (!constraints[k].allows(mentee, mentor)) {
        out.add(new Exclusion(constraintIds[k], constraints[k].reason(mentee, mentor)));
      }
    }
    return out;
  }

  /** Returns the ids of the constraints, in order. */
  public List<String> constraintIds() {
    return List.of(constraintIds);
  }

  /** Counts, per constraint, the mentors it excludes for a mentee. */
  public int[] exclusionCounts(int mentee) {
    int m = context.mentorCount();
    boolean[] allowed = new boolean[m];
    int[] counts = new int[constraints.length];
    for (int k = 0; k < constraints.length; k++) {
      java.util.Arrays.fill(allowed, true);
      constraints[k].restrictRow(mentee, allowed);
      int n = 0;
      for (boolean a : allowed) {
        if (!a) {
          n++;
        }
      }
      counts[k] = n;
    }
    return counts;
  }

  /** Returns the pair's score, computed pair by pair; equal to the bulk path's. */
  public int score(int mentee, int mentor) {
    double acc = 0.0;
    for (int c = 0; c < criteria.length; c++) {
      acc += weights[c] * subScore(c, mentee, mentor);
    }
    return scoreOf(acc, scale);
  }

  /**
   * Returns each criterion's contribution to the pair's score, summing exactly to {@link
   * #score(int, int)}: the exact shares {@code 1000·wᵢ·sᵢ/Σw} rounded by largest remainder, ties
   * going to the earlier criterion.
   */
  public List<Contribution> contributions(int mentee, int mentor) {
    int n = criteria.length;
    double[] sub = new double[n];
    double acc = 0.0;
    for (int c = 0; c < n; c++) {
      sub[c] = subScore(c, mentee, mentor);
      acc += weights[c] * sub[c];
    }
    int score = scoreOf(acc, scale);
    int[] points = new int[n];
    double[] fraction = new double[n];
    int assigned = 0;
    for (int c = 0; c < n; c++) {
      double share = weights[c] * sub[c] * scale;
      int floor = (int) Math.floor(share);
      points[c] = floor;
      fraction[c] = share - floor;
      assigned += floor;
    }
    apportion(points, fraction, score - assigned);
    List<Contribution> out = new ArrayList<>(n);
    for (int c = 0; c < n; c++) {
      out.add(
          new Contribution(
              criterionIds[c],
              points[c],
              ScoringText.detail(criteria[c].describe(mentee, mentor), sub[c], weights[c])));
    }
    return out;
  }

  /**
   * Adds {@code remainder} points one at a time, largest fractional part first, ties going to the
   * earlier criterion; takes points if {@code remainder} is negative (only floating-point error can
   * cause that), smallest fractional part first, never below zero.
   */
  static void apportion(int[] points, double[] fraction, int remainder) {
    int n = points.length;
    boolean[] used = new boolean[n];
    int usedCount = 0;
    for (int r = 0; r < Math.abs(remainder); r++) {
      int best = pick(points, fraction, used, remainder > 0);
      if (best < 0 && usedCount > 0) {
        java.util.Arrays.fill(used, false);
        usedCount = 0;
        best = pick(points, fraction, used, remainder > 0);
      }
      if (best < 0) {
        return;
      }
      points[best] += remainder > 0 ? 1 : -1;
      used[best] = true;
      usedCount++;
    }
  }

  private static int pick(int[] points, double[] fraction, boolean[] used, boolean add) {
    int best = -1;
    for (int c = 0; c < points.length; c++) {
      if (used[c] || (!add && points[c] == 0)) {
        continue;
      }
      if (best < 0 || (add ? fraction[c] > fraction[best] : fraction[c] < fraction[best])) {
        best = c;
      }
    }
    return best;
  }
}
