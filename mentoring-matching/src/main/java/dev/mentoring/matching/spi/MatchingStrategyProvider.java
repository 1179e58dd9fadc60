package dev.mentoring.matching.spi;

import dev.mentoring.core.matching.MatchingStrategy;
import java.util.List;
import org.apiguardian.api.API;

/**
 * Supplies matching strategies to {@code MatchingStrategies.discover(ClassLoader)}. Implementations
 * need a public no-argument constructor and must return strategies whose {@link
 * MatchingStrategy#id() ids} are unique across all providers on the class path.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public interface MatchingStrategyProvider {

  /**
   * Returns the strategies this provider contributes.
   *
   * @return the strategies, each with a stable id such as {@code lab.my-algo}
   */
  List<MatchingStrategy> strategies();
}
