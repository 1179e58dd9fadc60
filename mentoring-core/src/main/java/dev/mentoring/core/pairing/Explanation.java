package dev.mentoring.core.pairing;

import static java.util.Objects.requireNonNull;

import java.util.List;
import org.apiguardian.api.API;

/**
 * Why a pair was made: each criterion's contribution to its score and a summary. The score is the
 * sum of the contributions.
 *
 * @param contributions the criteria's contributions, in the order the strategy reports them
 * @param summary a one-line account, such as the strategy that chose the pair
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public record Explanation(List<Contribution> contributions, String summary) {

  /**
   * Copies the list.
   *
   * @param contributions the criteria's contributions, in the order the strategy reports them
   * @param summary a one-line account, such as the strategy that chose the pair
   * @throws NullPointerException if a component or an element is null
   */
  public Explanation {
    contributions = List.copyOf(contributions);
    requireNonNull(summary, "summary");
  }

  /**
   * Returns an explanation without scored criteria, such as for a pair made by hand.
   *
   * @param summary the account
   * @return the explanation, with score 0
   */
  public static Explanation of(String summary) {
    return new Explanation(List.of(), summary);
  }

  /**
   * Returns the score: the sum of the contributions.
   *
   * @return the score
   */
  public int score() {
    int sum = 0;
    for (Contribution c : contributions) {
      sum += c.points();
    }
    return sum;
  }
}
