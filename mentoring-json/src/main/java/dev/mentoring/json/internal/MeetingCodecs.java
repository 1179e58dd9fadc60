package dev.mentoring.json.internal;

import static dev.mentoring.json.internal.Containers.mapOf;
import static dev.mentoring.json.internal.Scalars.DURATION;
import static dev.mentoring.json.internal.Scalars.INSTANT;
import static dev.mentoring.json.internal.Scalars.INT;
import static dev.mentoring.json.internal.Scalars.PAIR_ID;
import static dev.mentoring.json.internal.Scalars.PARTICIPANT_ID;
import static dev.mentoring.json.internal.Scalars.PROGRAM_ID;
import static dev.mentoring.json.internal.Scalars.STRING;
import static dev.mentoring.json.internal.Scalars.ZONE_ID;

import dev.mentoring.core.ParticipantId;
import dev.mentoring.core.meeting.Meeting;
import dev.mentoring.core.meeting.MeetingId;
import dev.mentoring.core.meeting.MeetingMode;
import dev.mentoring.core.meeting.MeetingPlan;
import dev.mentoring.core.meeting.MeetingSeriesId;
import dev.mentoring.core.meeting.MeetingStatus;
import dev.mentoring.core.meeting.Recurrence;
import dev.mentoring.core.meeting.RecurrenceFrequency;
import java.util.Map;

/** Codecs of mentoring-core's meetings: the meeting, its plan and recurrence. */
public final class MeetingCodecs {
  private MeetingCodecs() {}

  // ---------------------------------------------------------------- ids and enums

  /** A meeting id, as its string. */
  public static final StringCodec<MeetingId> MEETING_ID =
      StringCodec.of("a meeting id", MeetingId::value, MeetingId::of, true);

  /** A meeting series id, as its string. */
  public static final StringCodec<MeetingSeriesId> MEETING_SERIES_ID =
      StringCodec.of("a meeting series id", MeetingSeriesId::value, MeetingSeriesId::of, true);

  /** {@link MeetingMode}. */
  public static final EnumCodec<MeetingMode> MEETING_MODE = EnumCodec.of(MeetingMode.class);

  /** {@link MeetingStatus}. */
  public static final EnumCodec<MeetingStatus> MEETING_STATUS = EnumCodec.of(MeetingStatus.class);

  /** {@link RecurrenceFrequency}. */
  public static final EnumCodec<RecurrenceFrequency> RECURRENCE_FREQUENCY =
      EnumCodec.of(RecurrenceFrequency.class);

  // ---------------------------------------------------------------- records

  /** {@link Recurrence}. */
  public static final RecordCodec<Recurrence> RECURRENCE =
      RecordCodec.of(
          (v, o) ->
              o.put("frequency", RECURRENCE_FREQUENCY, v.frequency()).putLong("count", v.count()),
          in -> new Recurrence(in.get("frequency", RECURRENCE_FREQUENCY), in.getInt("count")));

  /** {@link MeetingPlan}. */
  public static final RecordCodec<MeetingPlan> MEETING_PLAN =
      RecordCodec.of(
          (v, o) ->
              o.put("start", INSTANT, v.start())
                  .put("duration", DURATION, v.duration())
                  .put("timeZone", ZONE_ID, v.timeZone())
                  .put("mode", MEETING_MODE, v.mode())
                  .putString("title", v.title())
                  .putString("agenda", v.agenda())
                  .putOpt("location", STRING, v.location()),
          in ->
              new MeetingPlan(
                  in.get("start", INSTANT),
                  in.get("duration", DURATION),
                  in.get("timeZone", ZONE_ID),
                  in.get("mode", MEETING_MODE),
                  in.getString("title"),
                  in.getString("agenda"),
                  in.opt("location", STRING)));

  /** Private notes by author, sorted by author. */
  static final Codec<Map<ParticipantId, String>> NOTES_BY_AUTHOR = mapOf(PARTICIPANT_ID, STRING);

  /** Ratings by rater, sorted by rater. */
  static final Codec<Map<ParticipantId, Integer>> RATINGS = mapOf(PARTICIPANT_ID, INT);

  /** {@link Meeting}. */
  public static final RecordCodec<Meeting> MEETING =
      RecordCodec.of(
          (v, o) ->
              o.put("id", MEETING_ID, v.id())
                  .putLong("version", v.version())
                  .put("programId", PROGRAM_ID, v.programId())
                  .put("pairId", PAIR_ID, v.pairId())
                  .putOpt("seriesId", MEETING_SERIES_ID, v.seriesId())
                  .put("organizerId", PARTICIPANT_ID, v.organizerId())
                  .put("start", INSTANT, v.start())
                  .put("duration", DURATION, v.duration())
                  .put("timeZone", ZONE_ID, v.timeZone())
                  .put("mode", MEETING_MODE, v.mode())
                  .putString("title", v.title())
                  .putString("agenda", v.agenda())
                  .putOpt("location", STRING, v.location())
                  .putString("sharedNotes", v.sharedNotes())
                  .put("privateNotes", NOTES_BY_AUTHOR, v.privateNotes())
                  .put("ratings", RATINGS, v.ratings())
                  .put("status", MEETING_STATUS, v.status())
                  .putOpt("cancellationReason", STRING, v.cancellationReason())
                  .put("createdAt", INSTANT, v.createdAt())
                  .put("updatedAt", INSTANT, v.updatedAt()),
          in ->
              new Meeting(
                  in.get("id", MEETING_ID),
                  in.getLong("version"),
                  in.get("programId", PROGRAM_ID),
                  in.get("pairId", PAIR_ID),
                  in.opt("seriesId", MEETING_SERIES_ID),
                  in.get("organizerId", PARTICIPANT_ID),
                  in.get("start", INSTANT),
                  in.get("duration", DURATION),
                  in.get("timeZone", ZONE_ID),
                  in.get("mode", MEETING_MODE),
                  in.getString("title"),
                  in.getString("agenda"),
                  in.opt("location", STRING),
                  in.getString("sharedNotes"),
                  in.get("privateNotes", NOTES_BY_AUTHOR),
                  in.get("ratings", RATINGS),
                  in.get("status", MEETING_STATUS),
                  in.opt("cancellationReason", STRING),
                  in.get("createdAt", INSTANT),
                  in.get("updatedAt", INSTANT)));
}
