package dev.mentoring.core;

import static java.util.Objects.requireNonNull;

import dev.mentoring.core.pairing.Pair;
import java.util.List;
import java.util.Map;
import org.apiguardian.api.API;

/**
 * The outcome of running a matching strategy for a program: the pairs it proposed, as stored.
 *
 * @param strategyId the id of the strategy that ran
 * @param proposed the pairs created, in the strategy's order
 * @param unmatched mentees who received no proposal, with the strategy's reason
 * @param diagnostics the strategy's numbers about the run
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record MatchingRun(
    String strategyId,
    List<Pair> proposed,
    Map<ParticipantId, String> unmatched,
    Map<String, Double> diagnostics) {

  /**
   * Checks nulls and copies the collections.
   *
   * @param strategyId the id of the strategy that ran
   * @param proposed the pairs created, in the strategy's order
   * @param unmatched mentees who received no proposal, with the strategy's reason
   * @param diagnostics the strategy's numbers about the run
   * @throws NullPointerException if a component or an element is null
   */
  public MatchingRun {
    requireNonNull(strategyId, "strategyId");
    proposed = List.copyOf(proposed);
    unmatched = Map.copyOf(unmatched);
    diagnostics = Map.copyOf(diagnostics);
  }
}
