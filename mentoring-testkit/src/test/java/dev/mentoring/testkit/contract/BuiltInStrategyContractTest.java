package dev.mentoring.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mentoring.core.matching.MatchingStrategy;
import dev.mentoring.core.matching.SimpleSkillMatching;
import dev.mentoring.matching.MatchingStrategies;
import java.util.Arrays;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Certifies every built-in strategy of {@link MatchingStrategies#builtIns()} and the engine's
 * default, {@link SimpleSkillMatching}, with {@link MatchingStrategyContract}.
 */
class BuiltInStrategyContractTest {
  private static final MatchingStrategies BUILT_INS = MatchingStrategies.builtIns();

  @Test
  void everyBuiltIn_isCertifiedHere() {
    assertThat(
            Arrays.stream(BuiltInStrategyContractTest.class.getDeclaredClasses())
                .filter(c -> c.isAnnotationPresent(DisplayName.class))
                .map(c -> c.getAnnotation(DisplayName.class).value()))
        .containsExactlyInAnyOrderElementsOf(
            java.util.stream.Stream.concat(
                    BUILT_INS.ids().stream(), java.util.stream.Stream.of("core.simple-skill"))
                .toList());
  }

  @Nested
  @DisplayName(MatchingStrategies.OPTIMAL)
  class Optimal extends MatchingStrategyContract {
    @Override
    protected MatchingStrategy strategy() {
      return BUILT_INS.get(MatchingStrategies.OPTIMAL);
    }
  }

  @Nested
  @DisplayName(MatchingStrategies.OPTIMAL_MOST_MATCHED)
  class OptimalMostMatched extends MatchingStrategyContract {
    @Override
    protected MatchingStrategy strategy() {
      return BUILT_INS.get(MatchingStrategies.OPTIMAL_MOST_MATCHED);
    }
  }

  @Nested
  @DisplayName(MatchingStrategies.FAIR)
  class Fair extends MatchingStrategyContract {
    @Override
    protected MatchingStrategy strategy() {
      return BUILT_INS.get(MatchingStrategies.FAIR);
    }
  }

  @Nested
  @DisplayName(MatchingStrategies.STABLE_MENTEE_PROPOSING)
  class StableMenteeProposing extends MatchingStrategyContract {
    @Override
    protected MatchingStrategy strategy() {
      return BUILT_INS.get(MatchingStrategies.STABLE_MENTEE_PROPOSING);
    }
  }

  @Nested
  @DisplayName(MatchingStrategies.STABLE_MENTOR_PROPOSING)
  class StableMentorProposing extends MatchingStrategyContract {
    @Override
    protected MatchingStrategy strategy() {
      return BUILT_INS.get(MatchingStrategies.STABLE_MENTOR_PROPOSING);
    }
  }

  @Nested
  @DisplayName(MatchingStrategies.GREEDY)
  class Greedy extends MatchingStrategyContract {
    @Override
    protected MatchingStrategy strategy() {
      return BUILT_INS.get(MatchingStrategies.GREEDY);
    }
  }

  @Nested
  @DisplayName(MatchingStrategies.RANDOM)
  class Random extends MatchingStrategyContract {
    @Override
    protected MatchingStrategy strategy() {
      return BUILT_INS.get(MatchingStrategies.RANDOM);
    }
  }

  @Nested
  @DisplayName("core.simple-skill")
  class CoreSimpleSkill extends MatchingStrategyContract {
    @Override
    protected MatchingStrategy strategy() {
      return new SimpleSkillMatching();
    }
  }
}
