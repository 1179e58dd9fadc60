package dev.mentoring.json.internal;

import static dev.mentoring.json.internal.Containers.listOf;
import static dev.mentoring.json.internal.Scalars.INSTANT;
import static dev.mentoring.json.internal.Scalars.LOCAL_DATE;
import static dev.mentoring.json.internal.Scalars.PAIR_ID;
import static dev.mentoring.json.internal.Scalars.PARTICIPANT_ID;
import static dev.mentoring.json.internal.Scalars.PROGRAM_ID;
import static dev.mentoring.json.internal.Scalars.STRING;

import dev.mentoring.core.goal.CheckIn;
import dev.mentoring.core.goal.Goal;
import dev.mentoring.core.goal.GoalDraft;
import dev.mentoring.core.goal.GoalId;
import dev.mentoring.core.goal.GoalStatus;
import dev.mentoring.core.goal.GoalVisibility;
import dev.mentoring.core.goal.Milestone;
import dev.mentoring.core.goal.MilestoneDraft;
import dev.mentoring.core.goal.ProgressMode;
import java.util.List;

/** Codecs of mentoring-core's goals: the goal, its milestones and check-ins, and the drafts. */
public final class GoalCodecs {
  private GoalCodecs() {}

  // ---------------------------------------------------------------- ids and enums

  /** A goal id, as its string. */
  public static final StringCodec<GoalId> GOAL_ID =
      StringCodec.of("a goal id", GoalId::value, GoalId::of, true);

  /** {@link GoalStatus}. */
  public static final EnumCodec<GoalStatus> GOAL_STATUS = EnumCodec.of(GoalStatus.class);

  /** {@link GoalVisibility}. */
  public static final EnumCodec<GoalVisibility> GOAL_VISIBILITY =
      EnumCodec.of(GoalVisibility.class);

  /** {@link ProgressMode}. */
  public static final EnumCodec<ProgressMode> PROGRESS_MODE = EnumCodec.of(ProgressMode.class);

  // ---------------------------------------------------------------- records

  /** {@link Milestone}. */
  public static final RecordCodec<Milestone> MILESTONE =
      RecordCodec.of(
          (v, o) ->
              o.putString("title", v.title())
                  .put("dueDate", LOCAL_DATE, v.dueDate())
                  .putOpt("completedAt", INSTANT, v.completedAt()),
          in ->
              new Milestone(
                  in.getString("title"),
                  in.get("dueDate", LOCAL_DATE),
                  in.opt("completedAt", INSTANT)));

  /** {@link CheckIn}. */
  public static final RecordCodec<CheckIn> CHECK_IN =
      RecordCodec.of(
          (v, o) ->
              o.put("at", INSTANT, v.at())
                  .put("author", PARTICIPANT_ID, v.author())
                  .putString("note", v.note())
                  .putLong("progress", v.progress()),
          in ->
              new CheckIn(
                  in.get("at", INSTANT),
                  in.get("author", PARTICIPANT_ID),
                  in.getString("note"),
                  in.getInt("progress")));

  /** {@link MilestoneDraft}. */
  public static final RecordCodec<MilestoneDraft> MILESTONE_DRAFT =
      RecordCodec.of(
          (v, o) -> o.putString("title", v.title()).put("dueDate", LOCAL_DATE, v.dueDate()),
          in -> new MilestoneDraft(in.getString("title"), in.get("dueDate", LOCAL_DATE)));

  /** Milestones, in order. */
  static final Codec<List<Milestone>> MILESTONES = listOf(MILESTONE);

  /** {@link GoalDraft}. */
  public static final RecordCodec<GoalDraft> GOAL_DRAFT =
      RecordCodec.of(
          (v, o) ->
              o.putString("title", v.title())
                  .putString("measure", v.measure())
                  .putString("description", v.description())
                  .put("targetDate", LOCAL_DATE, v.targetDate())
                  .put("milestones", listOf(MILESTONE_DRAFT), v.milestones())
                  .put("progressMode", PROGRESS_MODE, v.progressMode())
                  .put("visibility", GOAL_VISIBILITY, v.visibility()),
          in ->
              new GoalDraft(
                  in.getString("title"),
                  in.getString("measure"),
                  in.getString("description"),
                  in.get("targetDate", LOCAL_DATE),
                  in.get("milestones", listOf(MILESTONE_DRAFT)),
                  in.get("progressMode", PROGRESS_MODE),
                  in.get("visibility", GOAL_VISIBILITY)));

  /** {@link Goal}. */
  public static final RecordCodec<Goal> GOAL =
      RecordCodec.of(
          (v, o) ->
              o.put("id", GOAL_ID, v.id())
                  .putLong("version", v.version())
                  .put("programId", PROGRAM_ID, v.programId())
                  .put("pairId", PAIR_ID, v.pairId())
                  .put("ownerId", PARTICIPANT_ID, v.ownerId())
                  .putString("title", v.title())
                  .putString("measure", v.measure())
                  .putString("description", v.description())
                  .put("targetDate", LOCAL_DATE, v.targetDate())
                  .put("milestones", MILESTONES, v.milestones())
                  .put("progressMode", PROGRESS_MODE, v.progressMode())
                  .putLong("progress", v.progress())
                  .put("visibility", GOAL_VISIBILITY, v.visibility())
                  .put("status", GOAL_STATUS, v.status())
                  .put("checkIns", listOf(CHECK_IN), v.checkIns())
                  .put("createdAt", INSTANT, v.createdAt())
                  .put("updatedAt", INSTANT, v.updatedAt())
                  .putOpt("closedAt", INSTANT, v.closedAt())
                  .putOpt("abandonReason", STRING, v.abandonReason()),
          in ->
              new Goal(
                  in.get("id", GOAL_ID),
                  in.getLong("version"),
                  in.get("programId", PROGRAM_ID),
                  in.get("pairId", PAIR_ID),
                  in.get("ownerId", PARTICIPANT_ID),
                  in.getString("title"),
                  in.getString("measure"),
                  in.getString("description"),
                  in.get("targetDate", LOCAL_DATE),
                  in.get("milestones", MILESTONES),
                  in.get("progressMode", PROGRESS_MODE),
                  in.getInt("progress"),
                  in.get("visibility", GOAL_VISIBILITY),
                  in.get("status", GOAL_STATUS),
                  in.get("checkIns", listOf(CHECK_IN)),
                  in.get("createdAt", INSTANT),
                  in.get("updatedAt", INSTANT),
                  in.opt("closedAt", INSTANT),
                  in.opt("abandonReason", STRING)));
}
