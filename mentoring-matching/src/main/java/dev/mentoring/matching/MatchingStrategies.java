package dev.mentoring.matching;

import static java.util.Objects.requireNonNull;

import dev.mentoring.core.matching.MatchingStrategy;
import dev.mentoring.matching.scoring.CompatibilityModel;
import dev.mentoring.matching.solver.FairSolver;
import dev.mentoring.matching.solver.GreedySolver;
import dev.mentoring.matching.solver.MaxScoreSolver;
import dev.mentoring.matching.solver.RandomSolver;
import dev.mentoring.matching.solver.StableSolver;
import dev.mentoring.matching.spi.MatchingStrategyProvider;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.regex.Pattern;
import org.apiguardian.api.API;

/**
 * A registry of matching strategies by stable id, such as {@code optimal} or {@code
 * stable.mentee-proposing}. Researchers register their own strategies next to the built-ins:
 *
 * <pre>{@code
 * MatchingStrategies registry = MatchingStrategies.builder()
 *     .addAll(MatchingStrategies.builtIns())
 *     .add(new MyAlgorithm())          // its id(), e.g. "lab.my-algo"
 *     .build();
 * MatchingStrategy strategy = registry.get("lab.my-algo");
 * }</pre>
 *
 * <p>Registration is explicit. {@link #discover(ClassLoader)} adds the strategies of {@link
 * MatchingStrategyProvider}s found by {@link ServiceLoader}, only when called. Immutable and
 * thread-safe.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class MatchingStrategies {
  private static final Pattern ID = Pattern.compile("[a-z0-9]+([.-][a-z0-9]+)*");

  private final Map<String, MatchingStrategy> byId;

  private MatchingStrategies(Map<String, MatchingStrategy> byId) {
    this.byId = byId;
  }

  /** Id of the exact maximum-total-score strategy. */
  public static final String OPTIMAL = "optimal";

  /** Id of the strategy that matches the most mentees, then maximises the total. */
  public static final String OPTIMAL_MOST_MATCHED = "optimal.most-matched";

  /** Id of the strategy that maximises the worst matched score among maximum matchings. */
  public static final String FAIR = "fair";

  /** Id of deferred acceptance with mentees proposing (mentee-optimal stable matching). */
  public static final String STABLE_MENTEE_PROPOSING = "stable.mentee-proposing";

  /** Id of deferred acceptance with mentors proposing (mentor-optimal stable matching). */
  public static final String STABLE_MENTOR_PROPOSING = "stable.mentor-proposing";

  /** Id of the greedy baseline: best remaining pair first. */
  public static final String GREEDY = "greedy";

  /** Id of the seeded random baseline. */
  public static final String RANDOM = "random";

  /**
   * Returns the built-in strategies scored with {@link CompatibilityModel#defaults()}.
   *
   * @return the registry of built-ins
   * @see #builtIns(CompatibilityModel)
   */
  public static MatchingStrategies builtIns() {
    return builtIns(CompatibilityModel.defaults());
  }

  /**
   * Returns the built-in strategies, all scored with the given model: {@value #OPTIMAL} ({@link
   * MaxScoreSolver#maxScore()}), {@value #OPTIMAL_MOST_MATCHED} ({@link
   * MaxScoreSolver#mostMatched()}), {@value #FAIR} ({@link FairSolver}), {@value
   * #STABLE_MENTEE_PROPOSING} and {@value #STABLE_MENTOR_PROPOSING} ({@link StableSolver}), {@value
   * #GREEDY} ({@link GreedySolver}) and {@value #RANDOM} ({@link RandomSolver}).
   *
   * @param model the scoring
   * @return the registry of built-ins
   */
  public static MatchingStrategies builtIns(CompatibilityModel model) {
    requireNonNull(model, "model");
    return builder()
        .add(SolverStrategy.of(OPTIMAL, model, MaxScoreSolver.maxScore()))
        .add(SolverStrategy.of(OPTIMAL_MOST_MATCHED, model, MaxScoreSolver.mostMatched()))
        .add(SolverStrategy.of(FAIR, model, new FairSolver()))
        .add(SolverStrategy.of(STABLE_MENTEE_PROPOSING, model, StableSolver.menteeProposing()))
        .add(SolverStrategy.of(STABLE_MENTOR_PROPOSING, model, StableSolver.mentorProposing()))
        .add(SolverStrategy.of(GREEDY, model, new GreedySolver()))
        .add(SolverStrategy.of(RANDOM, model, new RandomSolver()))
        .build();
  }

  /**
   * Returns a builder for a registry with nothing registered.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a registry of the strategies found by {@link ServiceLoader} through the given class
   * loader's {@link MatchingStrategyProvider}s.
   *
   * @param loader where to look
   * @return the registry, in provider order
   * @throws IllegalArgumentException if two strategies share an id or an id is malformed
   */
  public static MatchingStrategies discover(ClassLoader loader) {
    Builder b = builder();
    for (MatchingStrategyProvider provider :
        ServiceLoader.load(MatchingStrategyProvider.class, requireNonNull(loader, "loader"))) {
      for (MatchingStrategy strategy : provider.strategies()) {
        b.add(strategy);
      }
    }
    return b.build();
  }

  /**
   * Returns the strategy registered under an id.
   *
   * @param id the id
   * @return the strategy
   * @throws UnknownStrategyException if none is registered under it
   */
  public MatchingStrategy get(String id) {
    MatchingStrategy strategy = byId.get(requireNonNull(id, "id"));
    if (strategy == null) {
      throw new UnknownStrategyException(id, ids());
    }
    return strategy;
  }

  /**
   * Tells whether a strategy is registered under an id.
   *
   * @param id the id
   * @return whether {@link #get} would find it
   */
  public boolean contains(String id) {
    return byId.containsKey(requireNonNull(id, "id"));
  }

  /**
   * Returns the registered ids, in registration order.
   *
   * @return the ids
   */
  public List<String> ids() {
    return List.copyOf(byId.keySet());
  }

  /**
   * Returns the registered strategies, in registration order.
   *
   * @return the strategies
   */
  public List<MatchingStrategy> strategies() {
    return List.copyOf(byId.values());
  }

  /**
   * Builds a {@link MatchingStrategies} registry. Not thread-safe.
   *
   * @since 0.1
   */
  public static final class Builder {
    private final Map<String, MatchingStrategy> byId = new LinkedHashMap<>();

    private Builder() {}

    /**
     * Registers a strategy under its own {@link MatchingStrategy#id() id}.
     *
     * @param strategy the strategy
     * @return this builder
     * @throws IllegalArgumentException if the id is malformed or already registered
     */
    public Builder add(MatchingStrategy strategy) {
      requireNonNull(strategy, "strategy");
      String id = requireNonNull(strategy.id(), "strategy.id()");
      if (!ID.matcher(id).matches()) {
        throw new IllegalArgumentException(
            "strategy id '"
                + id
                + "' must be lower-case words of letters and digits separated by '.' or '-'");
      }
      if (byId.putIfAbsent(id, strategy) != null) {
        throw new IllegalArgumentException("strategy id '" + id + "' is already registered");
      }
      return this;
    }

    /**
     * Registers every strategy of another registry, in its order.
     *
     * @param other the registry
     * @return this builder
     * @throws IllegalArgumentException if an id is already registered
     */
    public Builder addAll(MatchingStrategies other) {
      for (MatchingStrategy strategy : new ArrayList<>(other.byId.values())) {
        add(strategy);
      }
      return this;
    }

    /**
     * Returns the registry. The builder may be reused.
     *
     * @return a new registry
     */
    public MatchingStrategies build() {
      return new MatchingStrategies(new LinkedHashMap<>(byId));
    }
  }
}
