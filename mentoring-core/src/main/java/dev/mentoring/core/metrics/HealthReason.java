package dev.mentoring.core.metrics;

import static java.util.Objects.requireNonNull;

import org.apiguardian.api.API;

/**
 * A raised {@link HealthSignal} with a short English explanation of the figures behind it, such as
 * {@code "no meeting held for 23 days (threshold 21)"}. The explanation is for logs and simple
 * displays; a host that renders its own text reads the signal and the figures of the {@link
 * PairHealth}. Value-based and immutable.
 *
 * @param signal what was found
 * @param detail the figures behind it, in English, not blank
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record HealthReason(HealthSignal signal, String detail) {

  /**
   * Checks the components.
   *
   * @param signal what was found
   * @param detail the figures behind it, in English, not blank
   * @throws NullPointerException if a component is null
   * @throws IllegalArgumentException if {@code detail} is blank
   */
  public HealthReason {
    requireNonNull(signal, "signal");
    if (requireNonNull(detail, "detail").isBlank()) {
      throw new IllegalArgumentException("detail is blank");
    }
  }

  /**
   * Returns the status this reason raises a pair to.
   *
   * @return {@code signal().status()}
   */
  public HealthStatus status() {
    return signal.status();
  }
}
