/**
 * Metrics of programs and pairs, computed from stored data as of an instant: {@link
 * dev.mentoring.core.metrics.PairHealth pair health} and {@link
 * dev.mentoring.core.metrics.ProgramReport program reports}, optionally {@linkplain
 * dev.mentoring.core.metrics.SegmentedReport segmented} by a {@link
 * dev.mentoring.core.metrics.Segmentation profile attribute} for fairness reviews. Obtain them from
 * {@code Mentoring.reports()}.
 *
 * <p>Every value here is an immutable record, a pure function of the stored data and the instant it
 * is computed as of. Health is {@link dev.mentoring.core.metrics.HealthStatus HEALTHY,
 * NEEDS_ATTENTION, AT_RISK or INACTIVE} with the {@link dev.mentoring.core.metrics.HealthReason
 * reasons} (one {@link dev.mentoring.core.metrics.HealthSignal signal} each) that made it so,
 * judged against the program's {@link dev.mentoring.core.program.HealthPolicy}. Reports hold
 * counts; shares and means are {@link dev.mentoring.core.metrics.Ratio ratios} that keep their
 * numerator and denominator, so that blocks can be compared and added up.
 */
@NullMarked
package dev.mentoring.core.metrics;

import org.jspecify.annotations.NullMarked;
