/**
 * Meetings: when a pair meets, how, about what, and how it went.
 *
 * <p>{@link dev.mentoring.core.meeting.Meeting} is the aggregate, moving through {@link
 * dev.mentoring.core.meeting.MeetingStatus} (SCHEDULED → HELD / CANCELLED / NO_SHOW; a meeting
 * logged after the fact starts HELD). It holds the time ({@code start}, {@code duration} and the
 * organiser's time zone), the {@link dev.mentoring.core.meeting.MeetingMode}, title, agenda and
 * location, shared notes, private notes (per author, for the author alone) and a rating per side.
 * {@link dev.mentoring.core.meeting.MeetingPlan} and {@link dev.mentoring.core.meeting.Recurrence}
 * (with {@link dev.mentoring.core.meeting.RecurrenceFrequency}) are the input records, checked by
 * the engine; {@link dev.mentoring.core.meeting.MeetingId} and {@link
 * dev.mentoring.core.meeting.MeetingSeriesId} identify a meeting and a series of recurring ones.
 *
 * <p>Every type here is an immutable value; {@code Mentoring.meetings()} runs the operations.
 */
@NullMarked
package dev.mentoring.core.meeting;

import org.jspecify.annotations.NullMarked;
