package dev.mentoring.core.pairing;

import static java.util.Objects.requireNonNull;

import org.apiguardian.api.API;

/**
 * One criterion's share of a pair's score.
 *
 * @param criterion the criterion's stable id, such as {@code skills} or {@code language}
 * @param points its contribution to the score; contributions sum to the score
 * @param detail a short human-readable account, such as {@code "offers Java (4) sought (3)"}
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public record Contribution(String criterion, int points, String detail) {

  /**
   * Checks nulls.
   *
   * @param criterion the criterion's stable id, such as {@code skills} or {@code language}
   * @param points its contribution to the score; contributions sum to the score
   * @param detail a short human-readable account, such as {@code "offers Java (4) sought (3)"}
   * @throws NullPointerException if {@code criterion} or {@code detail} is null
   */
  public Contribution {
    requireNonNull(criterion, "criterion");
    requireNonNull(detail, "detail");
  }
}
