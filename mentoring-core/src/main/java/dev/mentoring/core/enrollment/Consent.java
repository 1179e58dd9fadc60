package dev.mentoring.core.enrollment;

import org.apiguardian.api.API;

/**
 * What an applicant agrees to. {@link #MATCHING} is required to enroll.
 *
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public enum Consent {
  /** Their profile may be used to find a partner. Required. */
  MATCHING,
  /** Their profile may be shown to proposed and actual partners. */
  PROFILE_SHARING,
  /** Their data may be counted in program reports. */
  REPORTING
}
