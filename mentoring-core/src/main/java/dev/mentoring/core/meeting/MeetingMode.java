package dev.mentoring.core.meeting;

import org.apiguardian.api.API;

/**
 * How a pair meets.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public enum MeetingMode {
  /** Face to face, at a place. */
  IN_PERSON,
  /** A video call, usually at a link. */
  VIDEO,
  /** A written conversation, such as a chat thread. */
  CHAT
}
