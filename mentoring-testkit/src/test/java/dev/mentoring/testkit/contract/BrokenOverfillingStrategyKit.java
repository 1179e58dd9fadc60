package dev.mentoring.testkit.contract;

import dev.mentoring.core.ParticipantId;
import dev.mentoring.core.enrollment.Enrollment;
import dev.mentoring.core.matching.CandidatePair;
import dev.mentoring.core.matching.MatchingProblem;
import dev.mentoring.core.matching.MatchingResult;
import dev.mentoring.core.matching.MatchingStrategy;
import dev.mentoring.core.matching.Proposal;
import dev.mentoring.core.pairing.Explanation;
import dev.mentoring.matching.MatchingStrategies;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The kit run against a strategy that gives one mentor a pair more than its places: greedy, plus
 * one allowed pair for the first full mentor. Run only by {@link MatchingStrategyContractSelfTest};
 * its name keeps Surefire from running it as a test.
 */
class BrokenOverfillingStrategyKit extends MatchingStrategyContract {

  /** Greedy, then one more mentee for the first mentor whose places are all taken. */
  static final class Overfilling implements MatchingStrategy {
    private final MatchingStrategy greedy =
        MatchingStrategies.builtIns().get(MatchingStrategies.GREEDY);

    @Override
    public String id() {
      return "broken.overfilling";
    }

    @Override
    public MatchingResult match(MatchingProblem problem) {
      MatchingResult r = greedy.match(problem);
      Map<ParticipantId, Integer> mentorLoad = new HashMap<>();
      Map<ParticipantId, Integer> menteeLoad = new HashMap<>();
      Set<CandidatePair> pairs = new HashSet<>();
      for (Proposal p : r.proposals()) {
        mentorLoad.merge(p.mentorId(), 1, Integer::sum);
        menteeLoad.merge(p.menteeId(), 1, Integer::sum);
        pairs.add(new CandidatePair(p.mentorId(), p.menteeId()));
      }
      for (Enrollment mentor : problem.mentors()) {
        ParticipantId m = mentor.participantId();
        if (mentorLoad.getOrDefault(m, 0) < problem.mentorPlaces().get(m)) {
          continue;
        }
        for (Enrollment mentee : problem.mentees()) {
          ParticipantId e = mentee.participantId();
          if (problem.allows(m, e)
              && !pairs.contains(new CandidatePair(m, e))
              && menteeLoad.getOrDefault(e, 0) < problem.menteePlaces().get(e)) {
            List<Proposal> proposals = new ArrayList<>(r.proposals());
            proposals.add(new Proposal(m, e, Explanation.of("one too many")));
            Map<ParticipantId, String> unmatched = new LinkedHashMap<>(r.unmatched());
            unmatched.remove(e);
            return new MatchingResult(proposals, unmatched, r.diagnostics());
          }
        }
      }
      return r;
    }
  }

  @Override
  protected MatchingStrategy strategy() {
    return new Overfilling();
  }
}
