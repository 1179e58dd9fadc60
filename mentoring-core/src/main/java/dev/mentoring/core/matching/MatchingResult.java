package dev.mentoring.core.matching;

import dev.mentoring.core.ParticipantId;
import java.util.List;
import java.util.Map;
import org.apiguardian.api.API;

/**
 * What a strategy returns.
 *
 * @param proposals the proposed pairs
 * @param unmatched mentees who received no proposal, each with a human-readable reason
 * @param diagnostics numbers about the run, such as {@code totalScore} or {@code millis}
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record MatchingResult(
    List<Proposal> proposals,
    Map<ParticipantId, String> unmatched,
    Map<String, Double> diagnostics) {

  /**
   * Copies the collections.
   *
   * @param proposals the proposed pairs
   * @param unmatched mentees who received no proposal, each with a human-readable reason
   * @param diagnostics numbers about the run, such as {@code totalScore} or {@code millis}
   * @throws NullPointerException if a component or an element is null
   */
  public MatchingResult {
    proposals = List.copyOf(proposals);
    unmatched = Map.copyOf(unmatched);
    diagnostics = Map.copyOf(diagnostics);
  }

  /**
   * Returns the sum of the proposals' scores.
   *
   * @return the total score
   */
  public long totalScore() {
    long total = 0;
    for (Proposal p : proposals) {
      total += p.score();
    }
    return total;
  }
}
