package dev.mentoring.core.feedback;

import org.apiguardian.api.API;

/**
 * The point in a mentorship at which a survey asks for feedback. The checkpoint decides what a
 * response must name: responses at {@link #AFTER_MEETING} and {@link #EARLY_FIT_CHECK} concern one
 * pair, and a response after a meeting also names the meeting as its subject.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum SurveyCheckpoint {
  /** After each meeting; a response names the pair and, as its subject key, the meeting. */
  AFTER_MEETING,
  /** After the first meetings: is this a good fit? A response names the pair. */
  EARLY_FIT_CHECK,
  /** Halfway through the program. */
  MIDPOINT,
  /** At the end of the program or of the pair. */
  FINAL,
  /** When a pair ends early, for a no-fault reason. */
  EXIT;

  /**
   * Tells whether a response at this checkpoint must name the pair it is about.
   *
   * @return true for AFTER_MEETING and EARLY_FIT_CHECK
   */
  public boolean requiresPair() {
    return this == AFTER_MEETING || this == EARLY_FIT_CHECK;
  }

  /**
   * Tells whether a response at this checkpoint must name its subject, such as the meeting.
   *
   * @return true for AFTER_MEETING
   */
  public boolean requiresSubject() {
    return this == AFTER_MEETING;
  }
}
