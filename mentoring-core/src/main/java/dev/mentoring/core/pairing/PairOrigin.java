package dev.mentoring.core.pairing;

import org.apiguardian.api.API;

/**
 * Who proposed a pair.
 *
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public enum PairOrigin {
  /** A matching strategy. */
  ALGORITHM,
  /** An administrator, by hand. */
  ADMIN,
  /** The mentee, by requesting a mentor. */
  SELF_SERVICE
}
