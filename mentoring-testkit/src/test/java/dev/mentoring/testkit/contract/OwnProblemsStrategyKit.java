package dev.mentoring.testkit.contract;

import dev.mentoring.core.matching.MatchingProblem;
import dev.mentoring.core.matching.MatchingStrategy;
import dev.mentoring.core.matching.SimpleSkillMatching;
import dev.mentoring.testkit.generate.MatchingInstances;
import dev.mentoring.testkit.generate.SyntheticOrganization;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The kit run on problems of one's own: the kit's first and one drawn here. Records the seeds of
 * the problems it sees. Run only by {@link MatchingStrategyContractSelfTest}; its name keeps
 * Surefire from running it as a test.
 */
class OwnProblemsStrategyKit extends MatchingStrategyContract {
  /** The seed of the problem drawn here. */
  static final long OWN_SEED = 4_242L;

  /** The seeds of the problems matched so far. */
  static final Set<Long> SEEDS = ConcurrentHashMap.newKeySet();

  @Override
  protected MatchingStrategy strategy() {
    return p -> {
      SEEDS.add(p.seed());
      return new SimpleSkillMatching().match(p);
    };
  }

  @Override
  protected List<MatchingProblem> problems() {
    List<MatchingProblem> problems = new ArrayList<>(super.problems().subList(0, 1));
    problems.add(
        MatchingInstances.builder()
            .mentees(10)
            .mentors(4)
            .build()
            .problem(SyntheticOrganization.generate(1L, 500), OWN_SEED));
    return problems;
  }
}
