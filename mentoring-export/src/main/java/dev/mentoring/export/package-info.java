/**
 * Exports of Mentoring SDK values to standard formats: {@code ICalendarExport} for meetings and
 * {@code ReportCsv} for program reports and pair health.
 */
@NullMarked
package dev.mentoring.export;

import org.jspecify.annotations.NullMarked;
