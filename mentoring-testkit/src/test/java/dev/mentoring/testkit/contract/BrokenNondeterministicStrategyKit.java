package dev.mentoring.testkit.contract;

import dev.mentoring.core.matching.MatchingProblem;
import dev.mentoring.core.matching.MatchingResult;
import dev.mentoring.core.matching.MatchingStrategy;
import dev.mentoring.matching.MatchingStrategies;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The kit run against a strategy that ignores the problem's seed: the random baseline, seeded by a
 * counter of calls. Its results are valid but change from call to call. Run only by {@link
 * MatchingStrategyContractSelfTest}; its name keeps Surefire from running it as a test.
 */
class BrokenNondeterministicStrategyKit extends MatchingStrategyContract {

  /** The random baseline with a fresh seed on every call. */
  static final class Forgetful implements MatchingStrategy {
    private final MatchingStrategy random =
        MatchingStrategies.builtIns().get(MatchingStrategies.RANDOM);
    private final AtomicLong calls = new AtomicLong();

    @Override
    public String id() {
      return "broken.nondeterministic";
    }

    @Override
    public MatchingResult match(MatchingProblem p) {
      return random.match(
          new MatchingProblem(
              p.program(),
              p.mentors(),
              p.mentees(),
              p.existingPairs(),
              p.mentorPlaces(),
              p.menteePlaces(),
              p.excluded(),
              calls.incrementAndGet()));
    }
  }

  private final Forgetful strategy = new Forgetful();

  @Override
  protected MatchingStrategy strategy() {
    return strategy;
  }
}
