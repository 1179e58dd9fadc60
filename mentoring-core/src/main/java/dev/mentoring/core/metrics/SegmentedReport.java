package dev.mentoring.core.metrics;

import static java.util.Objects.requireNonNull;

import dev.mentoring.core.program.ProgramId;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * A program report split by a {@link Segmentation}: the report of the whole program and one report
 * per segment value, for fairness reviews.
 *
 * <p>An enrollment falls in the segment of its own profile; a pair, and with it its meetings,
 * goals, ratings and health, in the segment of its mentee's profile; mentor places in the segment
 * of the mentor; a survey response in the segment of its respondent. So the segments' enrollments,
 * pairs, health, meetings, goals, ratings, mentor places and matched and waiting mentees add up to
 * the overall report's. Medians do not add up.
 *
 * <p>Anonymous surveys are left out of the segments, since a small segment would reveal its
 * members' answers: a segment's NPS and survey response rates cover non-anonymous surveys only,
 * while the overall report covers every survey. Value-based and immutable.
 *
 * @param programId the program
 * @param at the instant the reports are computed as of
 * @param segmentation the name of the segmentation, such as {@code department}
 * @param overall the report of the whole program
 * @param segments one report per segment value found among the enrollments applied by {@code at}
 *     and the pairs and responses counted ({@link Segmentation#NONE} for those of someone not
 *     enrolled), sorted by {@link Segmentation#valueOrder()}
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record SegmentedReport(
    ProgramId programId,
    Instant at,
    String segmentation,
    ProgramReport overall,
    List<SegmentedReport.Segment> segments) {

  /**
   * Checks the components and copies the segments.
   *
   * @param programId the program
   * @param at the instant the reports are computed as of
   * @param segmentation the name of the segmentation, such as {@code department}
   * @param overall the report of the whole program
   * @param segments one report per segment value found among the enrollments applied by {@code at}
   *     and the pairs and responses counted ({@link Segmentation#NONE} for those of someone not
   *     enrolled), sorted by {@link Segmentation#valueOrder()}
   * @throws NullPointerException if a component is null or {@code segments} holds null
   * @throws IllegalArgumentException if a report is of another program or instant, or two segments
   *     share a value
   */
  public SegmentedReport {
    requireNonNull(programId, "programId");
    requireNonNull(at, "at");
    requireNonNull(segmentation, "segmentation");
    requireNonNull(overall, "overall");
    requireSame(programId, at, overall, "overall");
    segments = List.copyOf(segments);
    Set<String> values = new HashSet<>();
    for (Segment s : segments) {
      if (!values.add(s.value())) {
        throw new IllegalArgumentException("segment '" + s.value() + "' appears twice");
      }
      requireSame(programId, at, s.report(), "segment '" + s.value() + "'");
    }
  }

  private static void requireSame(ProgramId programId, Instant at, ProgramReport r, String what) {
    if (!r.programId().equals(programId) || !r.at().equals(at)) {
      throw new IllegalArgumentException(
          "the report of "
              + what
              + " is of "
              + r.programId()
              + " at "
              + r.at()
              + ", not "
              + programId
              + " at "
              + at);
    }
  }

  /**
   * One segment's report.
   *
   * @param value the segment value; {@link Segmentation#NONE} for people without one
   * @param report the report of the enrollments, pairs and responses in the segment
   * @since 0.1
   */
  @API(status = API.Status.EXPERIMENTAL, since = "0.1")
  public record Segment(String value, ProgramReport report) {

    /**
     * Checks the components.
     *
     * @param value the segment value; {@link Segmentation#NONE} for people without one
     * @param report the report of the enrollments, pairs and responses in the segment
     * @throws NullPointerException if a component is null
     */
    public Segment {
      requireNonNull(value, "value");
      requireNonNull(report, "report");
    }
  }
}
