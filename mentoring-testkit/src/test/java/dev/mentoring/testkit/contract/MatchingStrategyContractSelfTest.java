package dev.mentoring.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Event;
import org.junit.platform.testkit.engine.Events;

/**
 * Proves that {@link MatchingStrategyContract} can fail: run on deliberately broken strategies, it
 * fails exactly the cases for the rules they break, and passes the others.
 */
class MatchingStrategyContractSelfTest {

  private static Events run(Class<?> kit) {
    return EngineTestKit.engine("junit-jupiter").selectors(selectClass(kit)).execute().testEvents();
  }

  private static Set<String> names(Events events) {
    return Set.copyOf(
        events.stream().map(Event::getTestDescriptor).map(d -> d.getDisplayName()).toList());
  }

  @Test
  void overfillingStrategy_failsTheCapacityCases() {
    Events events = run(BrokenOverfillingStrategyKit.class);
    assertThat(names(events.failed()))
        .containsExactlyInAnyOrder(
            "no mentor is proposed more often than it has places",
            "a mentor's existing pairs and proposals fit its capacity");
    assertThat(events.succeeded().count()).isEqualTo(events.started().count() - 2);
    assertThat(events.failed().stream().map(e -> e.getPayload().orElseThrow().toString()))
        .allMatch(s -> s.contains("is proposed") || s.contains("capacity"));
  }

  @Test
  void nondeterministicStrategy_failsTheDeterminismCases() {
    Events events = run(BrokenNondeterministicStrategyKit.class);
    assertThat(names(events.failed()))
        .containsExactlyInAnyOrder(
            "the same problem gives an equal result",
            "an equal copy of the problem gives an equal result",
            "earlier calls do not change the result",
            "concurrent calls give the results of sequential calls");
    assertThat(events.succeeded().count()).isEqualTo(events.started().count() - 4);
  }

  @Test
  void strategyThatThrows_failsEveryCaseNamingTheProblem() {
    Events events = run(BrokenThrowingStrategyKit.class);
    assertThat(events.succeeded().count()).isZero();
    assertThat(events.failed().count()).isEqualTo(events.started().count()).isPositive();
    assertThat(
            events.failed().stream()
                .map(e -> e.getPayload(org.junit.platform.engine.TestExecutionResult.class))
                .map(r -> r.orElseThrow().getThrowable().orElseThrow().getMessage()))
        .allMatch(m -> m.contains("strategy throwing threw on ") && m.contains("seed"));
  }

  @Test
  void strategyThatDoesNotClaimDeterminism_skipsTheDeterminismCases() {
    Events events = run(UndeterminedStrategyKit.class);
    assertThat(names(events.aborted()))
        .containsExactlyInAnyOrder(
            "the same problem gives an equal result",
            "an equal copy of the problem gives an equal result",
            "earlier calls do not change the result",
            "concurrent calls give the results of sequential calls");
    assertThat(events.failed().count()).isZero();
  }

  @Test
  void ownProblems_areMatched() {
    Events events = run(OwnProblemsStrategyKit.class);
    assertThat(events.failed().count()).isZero();
    assertThat(events.succeeded().count()).isEqualTo(events.started().count());
    assertThat(OwnProblemsStrategyKit.SEEDS).contains(OwnProblemsStrategyKit.OWN_SEED);
  }
}
