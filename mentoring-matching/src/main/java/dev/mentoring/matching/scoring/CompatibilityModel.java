package dev.mentoring.matching.scoring;

import static java.util.Objects.requireNonNull;

import dev.mentoring.core.enrollment.DepartmentPreference;
import dev.mentoring.core.matching.MatchingProblem;
import dev.mentoring.matching.internal.CriteriaProblemConstraint;
import dev.mentoring.matching.internal.ScoringEngine;
import dev.mentoring.matching.internal.ScoringEvaluator;
import dev.mentoring.matching.solver.AssignmentProblem;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apiguardian.api.API;

/**
 * How compatible a mentee and a mentor are: weighted {@link Criterion criteria} and {@link
 * HardConstraint hard constraints}, turning a {@link MatchingProblem} into a {@link ScoredProblem}
 * whose {@link AssignmentProblem} the solvers work on.
 *
 * <p>A pair that every constraint allows scores {@code round(1000 · Σ wᵢ·sᵢ / Σ wᵢ)}, an integer
 * from 0 to 1000, where {@code sᵢ} in {@code [0, 1]} is criterion i's sub-score and {@code wᵢ} its
 * non-negative integer weight; the rounding is half up, computed in floating point as {@code Σ
 * wᵢ·sᵢ · (1000 / Σ wᵢ) + 0.5} truncated, the sum taken in criterion order. A pair that any
 * constraint excludes is not a candidate. Criteria of weight 0 are not evaluated. Each pair's
 * {@link ScoredProblem#explain explanation} splits the score into per-criterion integer
 * contributions that sum to it exactly: the exact shares {@code 1000·wᵢ·sᵢ / Σ wᵢ} rounded down,
 * the points left over going one each to the largest fractional parts (ties to the earlier
 * criterion).
 *
 * <p>Every model also applies {@value HardConstraints#PROBLEM_EXCLUDED} before its own constraints:
 * the problem's {@link MatchingProblem#excluded() excluded} pairs and self-pairs are never
 * candidates.
 *
 * <pre>{@code
 * CompatibilityModel model = CompatibilityModel.defaults().toBuilder()
 *     .weight(Criteria.LOCATION, 0)
 *     .removeConstraint(HardConstraints.REQUIRED_LANGUAGE)
 *     .constraint(HardConstraints.requiredLanguage("de"))
 *     .build();
 * ScoredProblem scored = model.score(problem);
 * }</pre>
 *
 * <p>Immutable and thread-safe; one model may score many problems concurrently.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class CompatibilityModel {
  private final List<Criterion> criteria;
  private final List<Integer> weights;
  private final List<HardConstraint> constraints;

  private CompatibilityModel(Builder b) {
    this.criteria = List.copyOf(b.criteria.values());
    this.weights = List.copyOf(b.weights.values());
    this.constraints = List.copyOf(b.constraints.values());
  }

  /**
   * Returns a builder with no criteria and no constraints.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the default model: every built-in criterion and constraint.
   *
   * <table>
   *   <caption>Default criteria</caption>
   *   <tr><th>criterion</th><th>weight</th></tr>
   *   <tr><td>{@link Criteria#skillOverlap()}</td><td>30</td></tr>
   *   <tr><td>{@link Criteria#topicOverlap()}</td><td>15</td></tr>
   *   <tr><td>{@link Criteria#seniorityGap(int, int, int, int) seniorityGap(1, 4, -20, -1)}</td>
   *       <td>10</td></tr>
   *   <tr><td>{@link Criteria#sharedLanguage()}</td><td>10</td></tr>
   *   <tr><td>{@link Criteria#timeZoneOverlap()} (09:00 to 17:00)</td><td>10</td></tr>
   *   <tr><td>{@link Criteria#statedPreferences()}</td><td>10</td></tr>
   *   <tr><td>{@link Criteria#departmentPolicy departmentPolicy(ANY)}</td><td>10</td></tr>
   *   <tr><td>{@link Criteria#sameLocation()}</td><td>5</td></tr>
   * </table>
   *
   * <p>Constraints: {@link HardConstraints#managerChain()}, {@link
   * HardConstraints#explicitExclusions()}, {@link HardConstraints#noRepeatPairing()}, {@link
   * HardConstraints#mentorCapacity()}, {@link HardConstraints#requiredCommonLanguage()} and {@link
   * HardConstraints#maxTimeZoneDifference(int) maxTimeZoneDifference(10)}.
   *
   * @return the default model
   */
  public static CompatibilityModel defaults() {
    return DEFAULTS;
  }

  private static final CompatibilityModel DEFAULTS =
      builder()
          .criterion(Criteria.skillOverlap(), 30)
          .criterion(Criteria.topicOverlap(), 15)
          .criterion(Criteria.seniorityGap(1, 4, -20, -1), 10)
          .criterion(Criteria.sharedLanguage(), 10)
          .criterion(Criteria.timeZoneOverlap(), 10)
          .criterion(Criteria.statedPreferences(), 10)
          .criterion(Criteria.departmentPolicy(DepartmentPreference.ANY), 10)
          .criterion(Criteria.sameLocation(), 5)
          .constraint(HardConstraints.managerChain())
          .constraint(HardConstraints.explicitExclusions())
          .constraint(HardConstraints.noRepeatPairing())
          .constraint(HardConstraints.mentorCapacity())
          .constraint(HardConstraints.requiredCommonLanguage())
          .constraint(HardConstraints.maxTimeZoneDifference(10))
          .build();

  /**
   * Returns a builder holding this model's criteria, weights and constraints, to derive another
   * model.
   *
   * @return a new builder
   */
  public Builder toBuilder() {
    Builder b = new Builder();
    for (int c = 0; c < criteria.size(); c++) {
      b.criterion(criteria.get(c), weights.get(c));
    }
    for (HardConstraint k : constraints) {
      b.constraint(k);
    }
    return b;
  }

  /**
   * Returns the criteria, in order (the order of explanations and of rounding ties).
   *
   * @return an unmodifiable list, including criteria of weight 0
   */
  public List<Criterion> criteria() {
    return criteria;
  }

  /**
   * Returns each criterion's weight by id, in criterion order.
   *
   * @return an unmodifiable, ordered map
   */
  public Map<String, Integer> weights() {
    Map<String, Integer> out = new LinkedHashMap<>();
    for (int c = 0; c < criteria.size(); c++) {
      out.put(criteria.get(c).id(), weights.get(c));
    }
    return Collections.unmodifiableMap(out);
  }

  /**
   * Returns a criterion's weight.
   *
   * @param criterionId the criterion's id
   * @return the weight
   * @throws IllegalArgumentException if the model has no such criterion
   */
  public int weight(String criterionId) {
    for (int c = 0; c < criteria.size(); c++) {
      if (criteria.get(c).id().equals(criterionId)) {
        return weights.get(c);
      }
    }
    throw new IllegalArgumentException(
        "no criterion '" + criterionId + "'; the model has " + weights().keySet());
  }

  /**
   * Returns the hard constraints, in order, without the always-applied {@value
   * HardConstraints#PROBLEM_EXCLUDED}.
   *
   * @return an unmodifiable list
   */
  public List<HardConstraint> constraints() {
    return constraints;
  }

  /**
   * Scores a problem into a dense matrix with the {@link ScoringOptions#defaults() default
   * options}.
   *
   * @param problem the problem
   * @return the scored problem
   * @throws NullPointerException if {@code problem} is null
   * @throws IllegalArgumentException if the problem has too many pairs for a dense matrix
   * @throws IllegalStateException if a criterion gives a sub-score outside {@code [0, 1]} or NaN
   */
  public ScoredProblem score(MatchingProblem problem) {
    return score(problem, ScoringOptions.defaults());
  }

  /**
   * Scores a problem in top-K mode: each mentee keeps its {@code k} best allowed mentors (ties to
   * the lower mentor index), without the dense matrix ever being built.
   *
   * @param problem the problem
   * @param k how many mentors to keep per mentee, at least 1
   * @return the scored problem, sparse
   * @throws NullPointerException if {@code problem} is null
   * @throws IllegalArgumentException if {@code k < 1}
   * @throws IllegalStateException if a criterion gives a sub-score outside {@code [0, 1]} or NaN
   */
  public ScoredProblem scoreTopK(MatchingProblem problem, int k) {
    return score(problem, ScoringOptions.topK(k));
  }

  /**
   * Scores a problem. Cost: O(n + m) to prepare every criterion and constraint, then O(n·m·c) to
   * score all pairs with c criteria (less for the built-ins that use inverted lists), on several
   * threads if the options allow; memory O(n·m) for a dense matrix, O(n·K + m) in top-K mode. Equal
   * problems and options give identical results, however many threads run.
   *
   * @param problem the problem
   * @param options dense or top-K, threads, reference instant
   * @return the scored problem
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if the problem has too many pairs for a dense matrix
   * @throws IllegalStateException if a criterion gives a sub-score outside {@code [0, 1]} or NaN,
   *     naming the criterion and the pair (the lowest failing mentee row)
   */
  public ScoredProblem score(MatchingProblem problem, ScoringOptions options) {
    requireNonNull(problem, "problem");
    requireNonNull(options, "options");
    Instant at = options.referenceInstant();
    ScoringContext context =
        at == null ? ScoringContext.of(problem) : ScoringContext.of(problem, at);
    List<HardConstraint> all = new ArrayList<>(constraints.size() + 1);
    all.add(new CriteriaProblemConstraint());
    all.addAll(constraints);
    ScoringEvaluator evaluator = ScoringEvaluator.prepare(context, criteria, weights, all);
    AssignmentProblem assignment = ScoringEngine.build(evaluator, options);
    return new ScoredProblem(evaluator, assignment, options.candidatesPerMentee());
  }

  @Override
  public String toString() {
    return "CompatibilityModel[criteria=" + weights() + ", constraints=" + constraintIds() + "]";
  }

  private List<String> constraintIds() {
    List<String> ids = new ArrayList<>();
    for (HardConstraint k : constraints) {
      ids.add(k.id());
    }
    return ids;
  }

  /**
   * Builds a {@link CompatibilityModel}. Not thread-safe. Criteria and constraints keep the order
   * in which they are added.
   *
   * @since 0.1
   */
  @API(status = API.Status.EXPERIMENTAL, since = "0.1")
  public static final class Builder {
    private final Map<String, Criterion> criteria = new LinkedHashMap<>();
    private final Map<String, Integer> weights = new LinkedHashMap<>();
    private final Map<String, HardConstraint> constraints = new LinkedHashMap<>();

    private Builder() {}

    private static String idOf(String kind, String id) {
      if (id == null || id.isBlank()) {
        throw new IllegalArgumentException(kind + " id is null or blank: '" + id + "'");
      }
      return id;
    }

    private static int checkWeight(String id, int weight) {
      if (weight < 0) {
        throw new IllegalArgumentException(
            "weight of criterion '" + id + "' must be non-negative, was " + weight);
      }
      return weight;
    }

    /**
     * Adds a criterion.
     *
     * @param criterion the criterion
     * @param weight its weight, at least 0; 0 keeps it in the model without evaluating it
     * @return this builder
     * @throws NullPointerException if {@code criterion} is null
     * @throws IllegalArgumentException if the weight is negative, the id blank, or a criterion with
     *     the same id was added
     */
    public Builder criterion(Criterion criterion, int weight) {
      requireNonNull(criterion, "criterion");
      String id = idOf("criterion", criterion.id());
      checkWeight(id, weight);
      if (criteria.containsKey(id)) {
        throw new IllegalArgumentException("criterion '" + id + "' is already in the model");
      }
      criteria.put(id, criterion);
      weights.put(id, weight);
      return this;
    }

    /**
     * Changes the weight of a criterion already added.
     *
     * @param criterionId the criterion's id
     * @param weight the new weight, at least 0
     * @return this builder
     * @throws IllegalArgumentException if the weight is negative or there is no such criterion
     */
    public Builder weight(String criterionId, int weight) {
      if (!criteria.containsKey(criterionId)) {
        throw new IllegalArgumentException(
            "no criterion '" + criterionId + "'; the builder has " + criteria.keySet());
      }
      weights.put(criterionId, checkWeight(criterionId, weight));
      return this;
    }

    /**
     * Removes a criterion.
     *
     * @param criterionId the criterion's id
     * @return this builder
     * @throws IllegalArgumentException if there is no such criterion
     */
    public Builder removeCriterion(String criterionId) {
      if (criteria.remove(criterionId) == null) {
        throw new IllegalArgumentException(
            "no criterion '" + criterionId + "'; the builder has " + criteria.keySet());
      }
      weights.remove(criterionId);
      return this;
    }

    /**
     * Adds a hard constraint.
     *
     * @param constraint the constraint
     * @return this builder
     * @throws NullPointerException if {@code constraint} is null
     * @throws IllegalArgumentException if the id is blank, is {@value
     *     HardConstraints#PROBLEM_EXCLUDED}, or a constraint with the same id was added
     */
    public Builder constraint(HardConstraint constraint) {
      requireNonNull(constraint, "constraint");
      String id = idOf("constraint", constraint.id());
      if (id.equals(HardConstraints.PROBLEM_EXCLUDED)) {
        throw new IllegalArgumentException(
            "constraint id '" + id + "' is reserved for the problem's own exclusions");
      }
      if (constraints.containsKey(id)) {
        throw new IllegalArgumentException("constraint '" + id + "' is already in the model");
      }
      constraints.put(id, constraint);
      return this;
    }

    /**
     * Removes a hard constraint.
     *
     * @param constraintId the constraint's id
     * @return this builder
     * @throws IllegalArgumentException if there is no such constraint
     */
    public Builder removeConstraint(String constraintId) {
      if (constraints.remove(constraintId) == null) {
        throw new IllegalArgumentException(
            "no constraint '" + constraintId + "'; the builder has " + constraints.keySet());
      }
      return this;
    }

    /**
     * Returns the model. The builder may be reused.
     *
     * @return the model
     * @throws IllegalArgumentException if no criterion has a positive weight, or the weights sum
     *     beyond {@link Integer#MAX_VALUE}
     */
    public CompatibilityModel build() {
      long total = 0;
      for (int w : weights.values()) {
        total += w;
      }
      if (total == 0) {
        throw new IllegalArgumentException(
            "at least one criterion needs a positive weight; weights are " + weights);
      }
      if (total > Integer.MAX_VALUE) {
        throw new IllegalArgumentException("weights sum to " + total + ", beyond 2^31 - 1");
      }
      return new CompatibilityModel(this);
    }
  }
}
