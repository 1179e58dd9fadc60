package dev.mentoring.matching.scoring;

import static java.util.Objects.requireNonNull;

import org.apiguardian.api.API;

/**
 * One hard constraint that excludes a pair, with the reason: the answer to "why not this mentor?".
 *
 * @param constraint the constraint's stable id, such as {@code manager-chain}
 * @param reason a short human-readable reason, such as {@code "mentor m-7 is in mentee e-3's
 *     manager chain"}
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record Exclusion(String constraint, String reason) {

  /**
   * Checks nulls.
   *
   * @param constraint the constraint's stable id, such as {@code manager-chain}
   * @param reason a short human-readable reason, such as {@code "mentor m-7 is in mentee e-3's
   *     manager chain"}
   * @throws NullPointerException if a component is null
   */
  public Exclusion {
    requireNonNull(constraint, "constraint");
    requireNonNull(reason, "reason");
  }

  @Override
  public String toString() {
    return constraint + ": " + reason;
  }
}
