package dev.mentoring.testkit.contract;

import dev.mentoring.core.pairing.Explanation;
import dev.mentoring.testkit.generate.DomainGenerators;
import java.util.List;

/**
 * Runs the JSON round-trip kit against {@link JsonRoundTripTestCodec}, a reflective codec that
 * really writes and parses JSON, with one host case added through {@link #additionalCases()}.
 */
class JsonRoundTripContractTest extends JsonRoundTripContract {

  @Override
  protected JsonCodec codec() {
    return new JsonRoundTripTestCodec();
  }

  @Override
  protected List<RoundTripCase<?>> additionalCases() {
    return List.of(
        new RoundTripCase<>(
            "explanations of at least one contribution",
            Explanation.class,
            DomainGenerators.explanations()
                .map(e -> e.contributions().isEmpty() ? Explanation.of("none") : e)));
  }
}
