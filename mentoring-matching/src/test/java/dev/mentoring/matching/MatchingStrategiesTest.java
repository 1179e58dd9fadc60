package dev.mentoring.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import dev.mentoring.core.MentoringException;
import dev.mentoring.core.matching.MatchingProblem;
import dev.mentoring.core.matching.MatchingResult;
import dev.mentoring.core.matching.MatchingStrategy;
import dev.mentoring.matching.scoring.CompatibilityModel;
import dev.mentoring.matching.scoring.Criteria;
import dev.mentoring.matching.solver.FairSolver;
import dev.mentoring.matching.solver.GreedySolver;
import dev.mentoring.matching.solver.MaxScoreSolver;
import dev.mentoring.matching.solver.RandomSolver;
import dev.mentoring.matching.solver.StableSolver;
import dev.mentoring.matching.testing.ProfileGen;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MatchingStrategiesTest {
  private static final List<String> BUILT_IN_IDS =
      List.of(
          "optimal",
          "optimal.most-matched",
          "fair",
          "stable.mentee-proposing",
          "stable.mentor-proposing",
          "greedy",
          "random");

  /** A researcher's own strategy: proposes nothing, under a lab id. */
  private static final class LabStrategy implements MatchingStrategy {
    @Override
    public MatchingResult match(MatchingProblem problem) {
      return new MatchingResult(List.of(), Map.of(), Map.of("lab", 1.0));
    }

    @Override
    public String id() {
      return "lab.my-algo";
    }
  }

  private static MatchingStrategy named(String id) {
    return SolverStrategy.of(id, CompatibilityModel.defaults(), new GreedySolver());
  }

  // ------------------------------------------------------------------------------- built-ins

  @Test
  void builtIns_idsInOrder() {
    MatchingStrategies builtIns = MatchingStrategies.builtIns();

    assertThat(builtIns.ids()).containsExactlyElementsOf(BUILT_IN_IDS);
    assertThat(builtIns.strategies())
        .extracting(MatchingStrategy::id)
        .containsExactlyElementsOf(BUILT_IN_IDS);
    assertThat(
            List.of(
                MatchingStrategies.OPTIMAL,
                MatchingStrategies.OPTIMAL_MOST_MATCHED,
                MatchingStrategies.FAIR,
                MatchingStrategies.STABLE_MENTEE_PROPOSING,
                MatchingStrategies.STABLE_MENTOR_PROPOSING,
                MatchingStrategies.GREEDY,
                MatchingStrategies.RANDOM))
        .containsExactlyElementsOf(BUILT_IN_IDS);
  }

  @Test
  void builtIns_eachIdRunsItsSolver() {
    MatchingStrategies builtIns = MatchingStrategies.builtIns();

    assertThat(solverOf(builtIns, "optimal")).hasToString(MaxScoreSolver.maxScore().toString());
    assertThat(solverOf(builtIns, "optimal.most-matched"))
        .hasToString(MaxScoreSolver.mostMatched().toString());
    assertThat(solverOf(builtIns, "fair")).isInstanceOf(FairSolver.class);
    assertThat(solverOf(builtIns, "stable.mentee-proposing"))
        .isInstanceOfSatisfying(
            StableSolver.class, s -> assertThat(s.isMenteeProposing()).isTrue());
    assertThat(solverOf(builtIns, "stable.mentor-proposing"))
        .isInstanceOfSatisfying(
            StableSolver.class, s -> assertThat(s.isMenteeProposing()).isFalse());
    assertThat(solverOf(builtIns, "greedy")).isInstanceOf(GreedySolver.class);
    assertThat(solverOf(builtIns, "random")).isInstanceOf(RandomSolver.class);
  }

  private static Object solverOf(MatchingStrategies registry, String id) {
    MatchingStrategy s = registry.get(id);
    assertThat(s).isInstanceOf(SolverStrategy.class);
    return ((SolverStrategy) s).solver();
  }

  @Test
  void builtIns_withModel_everyStrategyScoresWithIt() {
    CompatibilityModel model =
        CompatibilityModel.defaults().toBuilder().weight(Criteria.LOCATION, 0).build();

    MatchingStrategies builtIns = MatchingStrategies.builtIns(model);

    assertThat(builtIns.ids()).containsExactlyElementsOf(BUILT_IN_IDS);
    assertThat(builtIns.strategies())
        .allSatisfy(s -> assertThat(((SolverStrategy) s).model()).isSameAs(model));
    assertThat(MatchingStrategies.builtIns().strategies())
        .allSatisfy(
            s -> assertThat(((SolverStrategy) s).model()).isSameAs(CompatibilityModel.defaults()));
  }

  @Test
  void builtIns_nullModel_throwsNpe() {
    assertThatThrownBy(() -> MatchingStrategies.builtIns(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessageContaining("model");
  }

  // ------------------------------------------------------------------------------ get, contains

  @Test
  void get_unknown_throwsWithIdAndKnownIds() {
    MatchingStrategies builtIns = MatchingStrategies.builtIns();

    UnknownStrategyException ex =
        catchThrowableOfType(UnknownStrategyException.class, () -> builtIns.get("stable"));

    assertThat(ex).isInstanceOf(MentoringException.class);
    assertThat(ex.id()).isEqualTo("stable");
    assertThat(ex.known()).containsExactlyElementsOf(BUILT_IN_IDS);
    assertThat(ex).hasMessageContaining("'stable'").hasMessageContaining("stable.mentee-proposing");
  }

  @Test
  void get_emptyRegistry_throwsWithNoKnownIds() {
    UnknownStrategyException ex =
        catchThrowableOfType(
            UnknownStrategyException.class,
            () -> MatchingStrategies.builder().build().get("optimal"));

    assertThat(ex.id()).isEqualTo("optimal");
    assertThat(ex.known()).isEmpty();
  }

  @Test
  void get_null_throwsNpe() {
    assertThatThrownBy(() -> MatchingStrategies.builtIns().get(null))
        .isInstanceOf(NullPointerException.class);
  }

  @Test
  void contains_registeredAndNot() {
    MatchingStrategies builtIns = MatchingStrategies.builtIns();

    assertThat(builtIns.contains("fair")).isTrue();
    assertThat(builtIns.contains("Fair")).isFalse();
    assertThat(builtIns.contains("lab.my-algo")).isFalse();
  }

  @Test
  void idsAndStrategies_unmodifiable() {
    MatchingStrategies builtIns = MatchingStrategies.builtIns();

    assertThatThrownBy(() -> builtIns.ids().add("lab.x"))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> builtIns.strategies().clear())
        .isInstanceOf(UnsupportedOperationException.class);
  }

  // ---------------------------------------------------------------------------------- builder

  @Test
  void add_duplicateId_throwsIae() {
    MatchingStrategies.Builder b = MatchingStrategies.builder().add(named("lab.a"));

    assertThatThrownBy(() -> b.add(named("lab.a")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'lab.a'")
        .hasMessageContaining("already registered");
    assertThat(b.build().ids()).containsExactly("lab.a");
  }

  @Test
  void add_builtInIdAgain_throwsIae() {
    MatchingStrategies.Builder b =
        MatchingStrategies.builder().addAll(MatchingStrategies.builtIns());

    assertThatThrownBy(() -> b.add(named("optimal")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'optimal'");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Lab_Algo",
        "",
        "a..b",
        "lab.",
        ".lab",
        "-lab",
        "lab--algo",
        "lab algo",
        "Optimal",
        "lab.my_algo",
        "lab/algo"
      })
  void add_malformedId_throwsIae(String id) {
    assertThatThrownBy(() -> MatchingStrategies.builder().add(named(id)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'" + id + "'");
  }

  @ParameterizedTest
  @ValueSource(strings = {"a", "lab.my-algo", "x1.y2-z3", "2024.v1", "greedy.max-score"})
  void add_wellFormedId_registers(String id) {
    assertThat(MatchingStrategies.builder().add(named(id)).build().ids()).containsExactly(id);
  }

  @Test
  void add_lambdaWithDefaultId_throwsIae() {
    MatchingStrategy lambda = p -> new MatchingResult(List.of(), Map.of(), Map.of());

    // The default id is the class name, which is not a registry id.
    assertThatThrownBy(() -> MatchingStrategies.builder().add(lambda))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(lambda.getClass().getName());
  }

  @Test
  void add_nullStrategyOrId_throwsNpe() {
    assertThatThrownBy(() -> MatchingStrategies.builder().add(null))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(
            () ->
                MatchingStrategies.builder()
                    .add(
                        SolverStrategy.of(
                                "lab.x", CompatibilityModel.defaults(), new GreedySolver())
                            .withId(null)))
        .isInstanceOf(NullPointerException.class);
  }

  @Test
  void addAll_keepsOrderAndInstances() {
    MatchingStrategies builtIns = MatchingStrategies.builtIns();
    MatchingStrategy first = named("lab.first");

    MatchingStrategies registry = MatchingStrategies.builder().add(first).addAll(builtIns).build();

    assertThat(registry.ids()).first().isEqualTo("lab.first");
    assertThat(registry.ids()).hasSize(8).endsWith(BUILT_IN_IDS.toArray(String[]::new));
    for (String id : BUILT_IN_IDS) {
      assertThat(registry.get(id)).isSameAs(builtIns.get(id));
    }
    assertThat(registry.get("lab.first")).isSameAs(first);
  }

  @Test
  void addAll_twice_throwsIaeOnFirstDuplicate() {
    MatchingStrategies.Builder b =
        MatchingStrategies.builder().addAll(MatchingStrategies.builtIns());

    assertThatThrownBy(() -> b.addAll(MatchingStrategies.builtIns()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'optimal'");
  }

  @Test
  void researcherStrategy_registeredNextToBuiltIns() {
    LabStrategy lab = new LabStrategy();

    MatchingStrategies registry =
        MatchingStrategies.builder().addAll(MatchingStrategies.builtIns()).add(lab).build();

    assertThat(registry.ids())
        .containsExactlyElementsOf(
            Stream.concat(BUILT_IN_IDS.stream(), Stream.of("lab.my-algo")).toList());
    assertThat(registry.get("lab.my-algo")).isSameAs(lab);
    MatchingProblem problem = ProfileGen.randomProblem(3, 4, 2);
    assertThat(registry.get("lab.my-algo").match(problem).diagnostics()).containsEntry("lab", 1.0);
    assertThat(registry.get("optimal").match(problem).proposals()).isNotEmpty();
  }

  @Test
  void build_builderReusable_earlierRegistryUnchanged() {
    MatchingStrategies.Builder b = MatchingStrategies.builder().add(named("lab.a"));
    MatchingStrategies first = b.build();

    MatchingStrategies second = b.add(named("lab.b")).build();

    assertThat(first.ids()).containsExactly("lab.a");
    assertThat(second.ids()).containsExactly("lab.a", "lab.b");
  }

  // --------------------------------------------------------------------------------- discover

  @Test
  void discover_testProvider_registersItsStrategiesInOrder() {
    MatchingStrategies found = MatchingStrategies.discover(getClass().getClassLoader());

    assertThat(found.ids())
        .containsExactly(TestStrategyProvider.GREEDY, TestStrategyProvider.NOTHING);
    assertThat(found.get(TestStrategyProvider.NOTHING))
        .isInstanceOf(TestStrategyProvider.NothingStrategy.class);
    // The lab id runs the same solver as the built-in greedy: same pairs, same scores.
    MatchingProblem problem = ProfileGen.randomProblem(5, 6, 3);
    MatchingResult lab = found.get(TestStrategyProvider.GREEDY).match(problem);
    MatchingResult builtIn = MatchingStrategies.builtIns().get("greedy").match(problem);
    assertThat(lab.proposals())
        .extracting(p -> p.menteeId(), p -> p.mentorId(), p -> p.score())
        .containsExactlyElementsOf(
            builtIn.proposals().stream()
                .map(p -> tuple(p.menteeId(), p.mentorId(), p.score()))
                .toList());
    assertThat(lab.proposals())
        .allSatisfy(p -> assertThat(p.explanation().summary()).endsWith("chosen by test.greedy"));
  }

  @Test
  void discover_addedNextToBuiltIns() {
    MatchingStrategies registry =
        MatchingStrategies.builder()
            .addAll(MatchingStrategies.builtIns())
            .addAll(MatchingStrategies.discover(getClass().getClassLoader()))
            .build();

    assertThat(registry.ids()).hasSize(9).contains("optimal", TestStrategyProvider.GREEDY);
  }

  @Test
  void discover_loaderWithoutProvider_returnsEmptyRegistry() throws IOException {
    try (URLClassLoader bare =
        new URLClassLoader(new URL[0], ClassLoader.getPlatformClassLoader())) {
      MatchingStrategies found = MatchingStrategies.discover(bare);

      assertThat(found.ids()).isEmpty();
      assertThat(found.strategies()).isEmpty();
    }
  }

  @Test
  void discover_twoProvidersWithOneId_throwsIae(@TempDir Path dir) throws IOException {
    Path services = dir.resolve("META-INF/services");
    Files.createDirectories(services);
    Files.writeString(
        services.resolve("dev.mentoring.matching.spi.MatchingStrategyProvider"),
        TestStrategyProvider.Duplicate.class.getName() + "\n",
        StandardCharsets.UTF_8);
    try (URLClassLoader loader =
        new URLClassLoader(new URL[] {dir.toUri().toURL()}, getClass().getClassLoader())) {
      assertThatThrownBy(() -> MatchingStrategies.discover(loader))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("'" + TestStrategyProvider.GREEDY + "'");
    }
  }

  @Test
  void discover_nullLoader_throwsNpe() {
    assertThatThrownBy(() -> MatchingStrategies.discover(null))
        .isInstanceOf(NullPointerException.class);
  }
}
