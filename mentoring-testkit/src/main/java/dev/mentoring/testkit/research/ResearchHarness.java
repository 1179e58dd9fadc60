package dev.mentoring.testkit.research;

import static java.util.Objects.requireNonNull;

import dev.mentoring.core.matching.MatchingProblem;
import dev.mentoring.core.matching.MatchingResult;
import dev.mentoring.core.matching.MatchingStrategy;
import dev.mentoring.matching.MatchingEvaluation;
import dev.mentoring.matching.MatchingStrategies;
import dev.mentoring.matching.scoring.CompatibilityModel;
import dev.mentoring.matching.scoring.ScoredProblem;
import dev.mentoring.testkit.generate.MatchingInstances;
import dev.mentoring.testkit.generate.OrganizationSpec;
import dev.mentoring.testkit.generate.SyntheticOrganization;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * Compares matching strategies fairly: each strategy runs on the same problems, drawn from
 * generated organisations for several seeds, and every result is scored by one evaluation model.
 * From a test or a notebook:
 *
 * <pre>{@code
 * ResearchHarness harness = ResearchHarness.builder().strategies("optimal", "stable.mentee-proposing")
 *     .strategy(new MyAlgorithm()).organization(5_000).seeds(1, 2, 3, 4, 5).build();
 * System.out.println(harness.run().toMarkdown());
 * }</pre>
 *
 * <p>For each scenario (an organisation spec and size) and each seed, the harness generates the
 * {@link SyntheticOrganization} for that seed, draws a problem from it with the {@link
 * MatchingInstances} settings and the same seed, scores the problem once with the evaluation model,
 * runs every strategy on it, timing {@link MatchingStrategy#match}, and evaluates each result with
 * {@link MatchingEvaluation}, grouping mentees by department. Each {@link ComparisonRow} then
 * summarises a strategy's {@link Metric metrics} over the seeds. Runs are sequential, on the
 * calling thread; times include JIT warm-up, so use JMH for precise timing.
 *
 * <p>The evaluation model defaults to {@link CompatibilityModel#defaults()}, the model of the
 * built-in strategies. A strategy that proposes a pair this model's hard constraints exclude cannot
 * be evaluated under it: choose a model whose constraints every compared strategy respects.
 *
 * <p>Immutable and thread-safe; each {@link #run()} starts afresh.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class ResearchHarness {

  private final List<MatchingStrategy> strategies;
  private final List<Scenario> scenarios;
  private final List<Long> seeds;
  private final MatchingInstances instances;
  private final CompatibilityModel model;

  private ResearchHarness(
      List<MatchingStrategy> strategies,
      List<Scenario> scenarios,
      List<Long> seeds,
      MatchingInstances instances,
      CompatibilityModel model) {
    this.strategies = strategies;
    this.scenarios = scenarios;
    this.seeds = seeds;
    this.instances = instances;
    this.model = model;
  }

  /**
   * Returns a builder. Without further settings it compares every built-in strategy on
   * organisations of 2,000 people for seeds 1 to 5, with {@link MatchingInstances#defaults()}.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Prints the default comparison (every built-in strategy, organisations of 2,000 people, seeds 1
   * to 5) to standard output, as a Markdown table, or as CSV if the only argument is {@code --csv}.
   *
   * @param args nothing, or {@code --csv}
   * @throws IllegalArgumentException if any other argument is given
   */
  public static void main(String[] args) {
    boolean csv = args.length == 1 && args[0].equals("--csv");
    if (args.length > 0 && !csv) {
      throw new IllegalArgumentException(
          "expected no argument or --csv, got " + String.join(" ", args));
    }
    Comparison comparison = builder().build().run();
    System.out.print(csv ? comparison.toCsv() : comparison.toMarkdown());
    System.out.flush();
  }

  /**
   * Returns the ids of the compared strategies, in order.
   *
   * @return the ids
   */
  public List<String> strategyIds() {
    return strategies.stream().map(MatchingStrategy::id).toList();
  }

  /**
   * Returns the scenarios' labels, in order.
   *
   * @return the labels
   */
  public List<String> scenarioLabels() {
    return scenarios.stream().map(Scenario::label).toList();
  }

  /**
   * Returns the seeds, in order.
   *
   * @return the seeds
   */
  public List<Long> seeds() {
    return seeds;
  }

  /**
   * Runs every strategy on every scenario and seed.
   *
   * @return the comparison
   * @throws IllegalArgumentException if an organisation has too few willing people for the instance
   *     settings
   * @throws IllegalStateException if a strategy proposes a pair that the evaluation model excludes
   *     or that breaks a place, naming the strategy, the scenario and the seed
   */
  public Comparison run() {
    List<ComparisonRow> rows = new ArrayList<>();
    for (Scenario scenario : scenarios) {
      List<List<Map<Metric, Double>>> values = new ArrayList<>();
      for (int k = 0; k < strategies.size(); k++) {
        values.add(new ArrayList<>());
      }
      for (long seed : seeds) {
        SyntheticOrganization org =
            SyntheticOrganization.generate(scenario.spec(), seed, scenario.size());
        MatchingProblem problem = instances.problem(org, seed);
        ScoredProblem scored = model.score(problem);
        for (int k = 0; k < strategies.size(); k++) {
          MatchingStrategy s = strategies.get(k);
          long start = System.nanoTime();
          MatchingResult result = s.match(problem);
          long nanos = System.nanoTime() - start;
          MatchingEvaluation e;
          try {
            e = MatchingEvaluation.of(scored, result, x -> x.profile().department());
          } catch (IllegalArgumentException ex) {
            throw new IllegalStateException(
                "strategy "
                    + s.id()
                    + " cannot be evaluated on "
                    + scenario.label()
                    + ", seed "
                    + seed
                    + ": "
                    + ex.getMessage()
                    + "; compare it under an evaluation model whose constraints it respects",
                ex);
          }
          values.get(k).add(measure(e, problem.mentors().size(), nanos));
        }
      }
      for (int k = 0; k < strategies.size(); k++) {
        rows.add(summarise(scenario.label(), strategies.get(k).id(), values.get(k)));
      }
    }
    return new Comparison(seeds, rows);
  }

  @Override
  public String toString() {
    return "ResearchHarness[strategies "
        + strategyIds()
        + ", scenarios "
        + scenarioLabels()
        + ", seeds "
        + seeds
        + ", "
        + instances
        + "]";
  }

  /** Every metric of one run. */
  static Map<Metric, Double> measure(MatchingEvaluation e, int mentors, long nanos) {
    Map<Metric, Double> out = new EnumMap<>(Metric.class);
    for (Metric m : Metric.values()) {
      double value =
          switch (m) {
            case MENTEES -> e.mentees();
            case MATCHED -> e.matched();
            case UNMATCHED -> e.unmatched();
            case MATCH_RATE -> e.mentees() == 0 ? 0 : (double) e.matched() / e.mentees();
            case PAIRS -> e.pairs();
            case TOTAL_SCORE -> e.totalScore();
            case MEAN_SCORE -> e.meanScore();
            case MEDIAN_SCORE -> e.medianScore();
            case MIN_SCORE -> e.minScore();
            case BLOCKING_PAIRS -> e.blockingPairs();
            case MEAN_MENTEE_RANK -> e.meanMenteeRank();
            case MEAN_MENTOR_RANK -> e.meanMentorRank();
            case IDLE_MENTORS -> mentors == 0 ? 0 : e.mentorLoads().getOrDefault(0, 0);
            case MAX_MENTOR_LOAD ->
                e.mentorLoads().keySet().stream().mapToInt(Integer::intValue).max().orElse(0);
            case SEGMENT_SCORE_GAP -> e.segmentScoreGap();
            case MILLIS -> nanos / 1e6;
          };
      out.put(m, value);
    }
    return out;
  }

  private static ComparisonRow summarise(
      String scenario, String strategy, List<Map<Metric, Double>> runs) {
    Map<Metric, MetricSummary> metrics = new EnumMap<>(Metric.class);
    for (Metric m : Metric.values()) {
      double[] column = new double[runs.size()];
      for (int k = 0; k < column.length; k++) {
        column[k] = runs.get(k).getOrDefault(m, 0.0);
      }
      metrics.put(m, MetricSummary.of(column));
    }
    return new ComparisonRow(scenario, strategy, runs.size(), metrics);
  }

  /** An organisation to draw problems from. */
  private record Scenario(String label, OrganizationSpec spec, int size) {}

  /**
   * Builds a {@link ResearchHarness}. Not thread-safe. Strategies and organisations accumulate in
   * the order added; the other settings replace earlier values.
   *
   * <pre>{@code
   * ResearchHarness harness = ResearchHarness.builder().registry(myRegistry).strategies("lab.my-algo", "optimal")
   *     .organization("large", OrganizationSpec.defaults(), 50_000).seeds(1, 2, 3).build();
   * }</pre>
   *
   * @since 0.1
   */
  @API(status = API.Status.EXPERIMENTAL, since = "0.1")
  public static final class Builder {
    private MatchingStrategies registry = MatchingStrategies.builtIns();
    private final List<Object> strategies = new ArrayList<>();
    private final List<Scenario> scenarios = new ArrayList<>();
    private List<Long> seeds = List.of(1L, 2L, 3L, 4L, 5L);
    private MatchingInstances instances = MatchingInstances.defaults();
    private CompatibilityModel model = CompatibilityModel.defaults();

    private Builder() {}

    /**
     * Sets the registry in which {@link #strategies(String...)} looks ids up; by default {@link
     * MatchingStrategies#builtIns()}. Without strategies added, all of the registry's are compared.
     *
     * @param value the registry
     * @return this builder
     */
    public Builder registry(MatchingStrategies value) {
      this.registry = requireNonNull(value, "registry");
      return this;
    }

    /**
     * Adds strategies of the registry by id. The ids are looked up when {@link #build()} runs.
     *
     * @param ids the ids, such as {@code optimal}
     * @return this builder
     */
    public Builder strategies(String... ids) {
      for (String id : ids) {
        strategies.add(requireNonNull(id, "id"));
      }
      return this;
    }

    /**
     * Adds a strategy.
     *
     * @param strategy the strategy; its {@link MatchingStrategy#id() id} labels its rows
     * @return this builder
     */
    public Builder strategy(MatchingStrategy strategy) {
      strategies.add(requireNonNull(strategy, "strategy"));
      return this;
    }

    /**
     * Adds organisations of the default spec, labelled with their size, such as {@code 2,000
     * people}.
     *
     * @param size the number of people
     * @return this builder
     * @throws IllegalArgumentException if the size is outside what {@link
     *     SyntheticOrganization#generate(long, int)} accepts
     */
    public Builder organization(int size) {
      return organization(
          String.format(Locale.ROOT, "%,d people", size), OrganizationSpec.defaults(), size);
    }

    /**
     * Adds organisations of a spec.
     *
     * @param label the scenario's label in the comparison
     * @param spec the spec
     * @param size the number of people
     * @return this builder
     * @throws IllegalArgumentException if the label is blank or the size is outside what {@link
     *     SyntheticOrganization#generate(long, int)} accepts
     */
    public Builder organization(String label, OrganizationSpec spec, int size) {
      requireNonNull(label, "label");
      requireNonNull(spec, "spec");
      if (label.isBlank()) {
        throw new IllegalArgumentException("label must not be blank");
      }
      if (size < SyntheticOrganization.MIN_SIZE || size > SyntheticOrganization.MAX_SIZE) {
        throw new IllegalArgumentException(
            "size must be between "
                + SyntheticOrganization.MIN_SIZE
                + " and "
                + SyntheticOrganization.MAX_SIZE
                + ", was "
                + size);
      }
      scenarios.add(new Scenario(label, spec, size));
      return this;
    }

    /**
     * Sets the seeds; by default 1 to 5.
     *
     * @param values the seeds, at least one, distinct
     * @return this builder
     * @throws IllegalArgumentException if there is no seed or one repeats
     */
    public Builder seeds(long... values) {
      if (values.length == 0) {
        throw new IllegalArgumentException("seeds must not be empty");
      }
      List<Long> list = new ArrayList<>();
      Set<Long> seen = new HashSet<>();
      for (long v : values) {
        if (!seen.add(v)) {
          throw new IllegalArgumentException("seeds name " + v + " twice");
        }
        list.add(v);
      }
      this.seeds = List.copyOf(list);
      return this;
    }

    /**
     * Sets how problems are drawn from the organisations; by default {@link
     * MatchingInstances#defaults()}.
     *
     * @param value the settings
     * @return this builder
     */
    public Builder instances(MatchingInstances value) {
      this.instances = requireNonNull(value, "instances");
      return this;
    }

    /**
     * Sets the model that scores every result; by default {@link CompatibilityModel#defaults()}.
     *
     * @param value the model
     * @return this builder
     */
    public Builder evaluationModel(CompatibilityModel value) {
      this.model = requireNonNull(value, "evaluationModel");
      return this;
    }

    /**
     * Returns the harness. The builder may be reused.
     *
     * @return the harness
     * @throws dev.mentoring.matching.UnknownStrategyException if an id is not in the registry
     * @throws IllegalArgumentException if two strategies share an id or two organisations a label
     */
    public ResearchHarness build() {
      List<MatchingStrategy> resolved = new ArrayList<>();
      if (strategies.isEmpty()) {
        resolved.addAll(registry.strategies());
      }
      for (Object s : strategies) {
        resolved.add(s instanceof String id ? registry.get(id) : (MatchingStrategy) s);
      }
      Set<String> ids = new HashSet<>();
      for (MatchingStrategy s : resolved) {
        if (!ids.add(s.id())) {
          throw new IllegalArgumentException("strategy id '" + s.id() + "' is added twice");
        }
      }
      List<Scenario> chosen = new ArrayList<>(scenarios);
      if (chosen.isEmpty()) {
        chosen.add(new Scenario("2,000 people", OrganizationSpec.defaults(), 2_000));
      }
      Set<String> labels = new HashSet<>();
      for (Scenario s : chosen) {
        if (!labels.add(s.label())) {
          throw new IllegalArgumentException(
              "organisation label '" + s.label() + "' is added twice");
        }
      }
      return new ResearchHarness(
          List.copyOf(resolved), List.copyOf(chosen), seeds, instances, model);
    }
  }
}
