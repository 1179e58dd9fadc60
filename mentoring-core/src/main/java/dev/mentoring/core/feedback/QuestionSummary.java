package dev.mentoring.core.feedback;

import static java.util.Objects.requireNonNull;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.apiguardian.api.API;

/**
 * What the responses to one survey question add up to. Sealed: one kind per question type. Part of
 * a {@link SurveySummary}.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public sealed interface QuestionSummary
    permits QuestionSummary.RatingSummary,
        QuestionSummary.NpsSummary,
        QuestionSummary.ChoiceSummary,
        QuestionSummary.TextSummary {

  /**
   * Returns the question's key.
   *
   * @return the key
   */
  String key();

  /**
   * Returns how many responses answered the question.
   *
   * @return the number of answers
   */
  int answered();

  private static String checkKey(String key) {
    return requireNonNull(key, "key");
  }

  private static void checkCount(int count, String name) {
    if (count < 0) {
      throw new IllegalArgumentException(name + " is negative: " + count);
    }
  }

  /**
   * The answers to a RATING question.
   *
   * @param key the question's key
   * @param answered how many responses answered
   * @param counts how many answered 1, 2, 3, 4 and 5: five counts adding up to {@code answered}
   */
  record RatingSummary(String key, int answered, List<Integer> counts) implements QuestionSummary {
    /**
     * Checks the counts and copies them.
     *
     * @param key the question's key
     * @param answered how many responses answered
     * @param counts how many answered 1, 2, 3, 4 and 5: five counts adding up to {@code answered}
     * @throws NullPointerException if {@code key} or {@code counts} is null or holds null
     * @throws IllegalArgumentException if there are not five counts, a count is negative, or they
     *     do not add up to {@code answered}
     */
    public RatingSummary {
      checkKey(key);
      counts = List.copyOf(counts);
      if (counts.size() != 5) {
        throw new IllegalArgumentException("expected 5 counts (ratings 1 to 5), got " + counts);
      }
      long sum = 0;
      for (int c : counts) {
        checkCount(c, "a count");
        sum += c;
      }
      if (sum != answered) {
        throw new IllegalArgumentException("counts " + counts + " do not add up to " + answered);
      }
    }

    /**
     * Returns the mean rating.
     *
     * @return the mean from 1 to 5, or empty if nobody answered
     */
    public OptionalDouble mean() {
      if (answered == 0) {
        return OptionalDouble.empty();
      }
      long total = 0;
      for (int r = 0; r < 5; r++) {
        total += (long) (r + 1) * counts.get(r);
      }
      return OptionalDouble.of((double) total / answered);
    }
  }

  /**
   * The answers to an NPS question.
   *
   * @param key the question's key
   * @param score the Net Promoter Score of the answers
   */
  record NpsSummary(String key, NetPromoterScore score) implements QuestionSummary {
    /**
     * Checks nulls.
     *
     * @param key the question's key
     * @param score the Net Promoter Score of the answers
     * @throws NullPointerException if a component is null
     */
    public NpsSummary {
      checkKey(key);
      requireNonNull(score, "score");
    }

    /**
     * Returns how many responses answered.
     *
     * @return {@code score().responses()}
     */
    @Override
    public int answered() {
      return score.responses();
    }
  }

  /**
   * The answers to a SINGLE_CHOICE or MULTIPLE_CHOICE question.
   *
   * @param key the question's key
   * @param answered how many responses answered
   * @param counts how often each option was chosen, by option, in the question's order
   */
  record ChoiceSummary(String key, int answered, Map<String, Integer> counts)
      implements QuestionSummary {
    /**
     * Checks the counts and copies them, keeping their order.
     *
     * @param key the question's key
     * @param answered how many responses answered
     * @param counts how often each option was chosen, by option, in the question's order
     * @throws NullPointerException if {@code key} or {@code counts} is null or holds null
     * @throws IllegalArgumentException if {@code answered} or a count is negative
     */
    public ChoiceSummary {
      checkKey(key);
      checkCount(answered, "answered");
      Map<String, Integer> copy = new LinkedHashMap<>();
      counts.forEach(
          (option, count) -> {
            checkCount(requireNonNull(count, "count"), "count of " + option);
            copy.put(requireNonNull(option, "option"), count);
          });
      counts = Collections.unmodifiableMap(copy);
    }
  }

  /**
   * The answers to a FREE_TEXT question.
   *
   * @param key the question's key
   * @param answered how many responses answered
   * @param texts the answers in submission order; empty for an anonymous survey, whose texts are
   *     counted, not shown
   */
  record TextSummary(String key, int answered, List<String> texts) implements QuestionSummary {
    /**
     * Checks the count and copies the texts.
     *
     * @param key the question's key
     * @param answered how many responses answered
     * @param texts the answers in submission order; empty for an anonymous survey, whose texts are
     *     counted, not shown
     * @throws NullPointerException if {@code key} or {@code texts} is null or holds null
     * @throws IllegalArgumentException if {@code answered} is negative or less than the number of
     *     texts
     */
    public TextSummary {
      checkKey(key);
      checkCount(answered, "answered");
      texts = List.copyOf(texts);
      if (texts.size() > answered) {
        throw new IllegalArgumentException(texts.size() + " texts but " + answered + " answers");
      }
    }
  }
}
