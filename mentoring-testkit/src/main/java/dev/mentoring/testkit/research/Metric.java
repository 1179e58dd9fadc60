package dev.mentoring.testkit.research;

import org.apiguardian.api.API;

/**
 * A measure the {@link ResearchHarness} reports for each run: every quantity of a {@link
 * dev.mentoring.matching.MatchingEvaluation}, a few derived from it, and the time the strategy
 * took. In a {@link Comparison}, each is summarised over the seeds by a {@link MetricSummary}.
 * Immutable and thread-safe.
 *
 * <pre>{@code
 * Comparison comparison = ResearchHarness.builder().seeds(1, 2, 3).build().run();
 * MetricSummary rate = comparison.rows().get(0).metric(Metric.MATCH_RATE);
 * System.out.println(Metric.MATCH_RATE.key() + " " + rate.mean());
 * }</pre>
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum Metric {
  /** The mentees in the problem. */
  MENTEES("mentees", 1),
  /** The mentees who got at least one mentor. */
  MATCHED("matched", 1),
  /** The mentees who got no mentor. */
  UNMATCHED("unmatched", 1),
  /** Matched mentees as a share of all mentees, 0 to 1; 0 for a problem without mentees. */
  MATCH_RATE("matchRate", 3),
  /** The proposals. */
  PAIRS("pairs", 1),
  /** The sum of the proposals' scores under the evaluation model. */
  TOTAL_SCORE("totalScore", 1),
  /** The mean proposal score, 0 without proposals. */
  MEAN_SCORE("meanScore", 1),
  /** The median proposal score, 0 without proposals. */
  MEDIAN_SCORE("medianScore", 1),
  /** The lowest proposal score, 0 without proposals. */
  MIN_SCORE("minScore", 1),
  /** The allowed pairs whose mentee and mentor would both rather be together. */
  BLOCKING_PAIRS("blockingPairs", 1),
  /** The mean rank of each pair's mentor in its mentee's preferences, 1 being the best. */
  MEAN_MENTEE_RANK("meanMenteeRank", 2),
  /** The mean rank of each pair's mentee in its mentor's preferences, 1 being the best. */
  MEAN_MENTOR_RANK("meanMentorRank", 2),
  /** The mentors who got no mentee. */
  IDLE_MENTORS("idleMentors", 1),
  /** The most mentees any mentor got. */
  MAX_MENTOR_LOAD("maxMentorLoad", 1),
  /**
   * The gap between the best and the worst department's mean pair score, over departments with a
   * pair.
   */
  SEGMENT_SCORE_GAP("departmentScoreGap", 1),
  /** The wall-clock milliseconds of the strategy's {@code match}, JIT warm-up included. */
  MILLIS("millis", 2);

  private final String key;
  private final int decimals;

  Metric(String key, int decimals) {
    this.key = key;
    this.decimals = decimals;
  }

  /**
   * Returns the metric's name in tables and CSV headers, such as {@code matchRate}.
   *
   * @return the key
   */
  public String key() {
    return key;
  }

  /** The decimals the Markdown table shows. */
  int decimals() {
    return decimals;
  }
}
