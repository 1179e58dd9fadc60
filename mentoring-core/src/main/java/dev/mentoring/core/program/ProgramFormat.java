package dev.mentoring.core.program;

import org.apiguardian.api.API;

/**
 * How mentors and mentees meet in a program.
 *
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public enum ProgramFormat {
  /** One mentor, one mentee per pair; the classic format. */
  ONE_TO_ONE,
  /** One mentor with several mentees, who meet together; capacity bounds the group size. */
  GROUP,
  /** Colleagues mentor each other; a participant may enroll as both mentor and mentee. */
  PEER,
  /** Junior colleagues mentor senior ones, typically on new skills. */
  REVERSE
}
