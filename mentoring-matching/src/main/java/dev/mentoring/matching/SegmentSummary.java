package dev.mentoring.matching;

import static java.util.Objects.requireNonNull;

import org.apiguardian.api.API;

/**
 * How one segment of mentees (a department, a seniority level, any profile attribute) fared.
 *
 * @param segment the segment's label
 * @param mentees the mentees in the segment
 * @param matched those who got at least one mentor
 * @param meanScore the mean score of the segment's pairs, 0 if none
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record SegmentSummary(String segment, int mentees, int matched, double meanScore) {

  /**
   * Checks the components.
   *
   * @param segment the segment's label
   * @param mentees the mentees in the segment
   * @param matched those who got at least one mentor
   * @param meanScore the mean score of the segment's pairs, 0 if none
   * @throws NullPointerException if {@code segment} is null
   * @throws IllegalArgumentException if the counts are negative or {@code matched > mentees}
   */
  public SegmentSummary {
    requireNonNull(segment, "segment");
    if (mentees < 0 || matched < 0 || matched > mentees) {
      throw new IllegalArgumentException(
          "counts must satisfy 0 <= matched <= mentees: " + matched + ", " + mentees);
    }
  }

  /**
   * Returns the share of the segment's mentees who were matched.
   *
   * @return matched / mentees, or 0 for an empty segment
   */
  public double matchRate() {
    return mentees == 0 ? 0 : (double) matched / mentees;
  }
}
