package dev.mentoring.core.pairing;

import java.util.EnumSet;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * Why a pair stopped before completion. The first group is what a participant or administrator
 * chooses when ending a pair early (no-fault reasons); the second is set by the engine.
 *
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public enum ExitReason {
  /** Schedules do not fit. */
  SCHEDULE_CONFLICT,
  /** A participant changed role or team. */
  ROLE_CHANGE,
  /** A participant left the organisation. */
  LEFT_ORGANIZATION,
  /** The pair is not a good fit. */
  NOT_A_GOOD_FIT,
  /** The goals were met before the planned end. */
  GOALS_MET,
  /** Personal circumstances. */
  PERSONAL,
  /** Another reason. */
  OTHER,
  /** A side declined the proposal. Set by the engine. */
  DECLINED,
  /** The proposal was not accepted before it expired. Set by the engine. */
  TIMED_OUT,
  /** The mentor or mentee accepted other pairs and has no place left. Set by the engine. */
  MATCHED_ELSEWHERE,
  /** An administrator retracted the proposal. Set by the engine. */
  RETRACTED,
  /** A participant withdrew from the program. Set by the engine. */
  PARTICIPANT_WITHDREW,
  /** The program closed. Set by the engine. */
  PROGRAM_CLOSED;

  private static final Set<ExitReason> CHOOSABLE = EnumSet.range(SCHEDULE_CONFLICT, OTHER);

  /**
   * Tells whether a person may give this reason when ending a pair early.
   *
   * @return true for the no-fault reasons, false for those the engine sets
   */
  public boolean isChoosable() {
    return CHOOSABLE.contains(this);
  }
}
