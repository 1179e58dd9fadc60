package dev.mentoring.testkit.contract;

import dev.mentoring.core.ParticipantId;
import dev.mentoring.core.enrollment.Enrollment;
import dev.mentoring.core.matching.CandidatePair;
import dev.mentoring.core.matching.MatchingProblem;
import dev.mentoring.core.matching.MatchingResult;
import dev.mentoring.core.matching.Proposal;
import dev.mentoring.core.pairing.Pair;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The invariants {@link MatchingStrategyContract} checks on a strategy's result, each returning the
 * breaches it finds as sentences, empty if none.
 */
final class StrategyChecks {
  private StrategyChecks() {}

  /** One check of a result against its problem. */
  @FunctionalInterface
  interface Check {
    List<String> breaches(MatchingProblem problem, MatchingResult result);
  }

  static List<String> mentorPlaces(MatchingProblem problem, MatchingResult result) {
    return overPlaces("mentor", problem.mentorPlaces(), counts(result, true));
  }

  static List<String> menteePlaces(MatchingProblem problem, MatchingResult result) {
    return overPlaces("mentee", problem.menteePlaces(), counts(result, false));
  }

  static List<String> repeatedProposals(MatchingProblem problem, MatchingResult result) {
    List<String> out = new ArrayList<>();
    Set<CandidatePair> seen = new HashSet<>();
    for (Proposal p : result.proposals()) {
      if (!seen.add(new CandidatePair(p.mentorId(), p.menteeId()))) {
        out.add(p.mentorId() + " and " + p.menteeId() + " are proposed together more than once");
      }
    }
    return out;
  }

  static List<String> mentorCapacity(MatchingProblem problem, MatchingResult result) {
    Map<ParticipantId, Integer> load = counts(result, true);
    for (Pair p : problem.existingPairs()) {
      load.merge(p.mentorId(), 1, Integer::sum);
    }
    List<String> out = new ArrayList<>();
    for (Enrollment e : problem.mentors()) {
      int used = load.getOrDefault(e.participantId(), 0);
      if (used > e.capacity()) {
        out.add(
            "mentor "
                + e.participantId()
                + " has "
                + used
                + " existing and proposed pairs but capacity "
                + e.capacity());
      }
    }
    return out;
  }

  static List<String> menteeLimit(MatchingProblem problem, MatchingResult result) {
    Map<ParticipantId, Integer> load = counts(result, false);
    for (Pair p : problem.existingPairs()) {
      load.merge(p.menteeId(), 1, Integer::sum);
    }
    int limit = problem.program().matchingPolicy().maxMentorsPerMentee();
    List<String> out = new ArrayList<>();
    for (Enrollment e : problem.mentees()) {
      int used = load.getOrDefault(e.participantId(), 0);
      if (used > limit) {
        out.add(
            "mentee "
                + e.participantId()
                + " has "
                + used
                + " existing and proposed pairs but the program allows "
                + limit);
      }
    }
    return out;
  }

  static List<String> participants(MatchingProblem problem, MatchingResult result) {
    List<String> out = new ArrayList<>();
    for (Proposal p : result.proposals()) {
      if (!problem.mentorPlaces().containsKey(p.mentorId())) {
        out.add(p.mentorId() + " is proposed as a mentor but is not a mentor of the problem");
      }
      if (!problem.menteePlaces().containsKey(p.menteeId())) {
        out.add(p.menteeId() + " is proposed as a mentee but is not a mentee of the problem");
      }
    }
    return out;
  }

  static List<String> excluded(MatchingProblem problem, MatchingResult result) {
    List<String> out = new ArrayList<>();
    for (Proposal p : result.proposals()) {
      if (problem.excluded().contains(new CandidatePair(p.mentorId(), p.menteeId()))) {
        out.add(p.mentorId() + " and " + p.menteeId() + " are proposed but excluded");
      }
    }
    return out;
  }

  static List<String> selfPairs(MatchingProblem problem, MatchingResult result) {
    List<String> out = new ArrayList<>();
    for (Proposal p : result.proposals()) {
      if (p.mentorId().equals(p.menteeId())) {
        out.add(p.mentorId() + " is proposed as their own mentor");
      }
    }
    return out;
  }

  static List<String> existingPairs(MatchingProblem problem, MatchingResult result) {
    Set<CandidatePair> existing = new HashSet<>();
    for (Pair p : problem.existingPairs()) {
      existing.add(new CandidatePair(p.mentorId(), p.menteeId()));
    }
    List<String> out = new ArrayList<>();
    for (Proposal p : result.proposals()) {
      if (existing.contains(new CandidatePair(p.mentorId(), p.menteeId()))) {
        out.add(p.mentorId() + " and " + p.menteeId() + " are proposed but already paired");
      }
    }
    return out;
  }

  static List<String> unmatchedReported(MatchingProblem problem, MatchingResult result) {
    Set<ParticipantId> proposed = counts(result, false).keySet();
    List<String> out = new ArrayList<>();
    for (Enrollment e : problem.mentees()) {
      ParticipantId id = e.participantId();
      if (proposed.contains(id)) {
        continue;
      }
      String reason = result.unmatched().get(id);
      if (reason == null) {
        out.add("mentee " + id + " has no proposal but is not reported unmatched");
      } else if (reason.isBlank()) {
        out.add("mentee " + id + " is reported unmatched with a blank reason");
      }
    }
    return out;
  }

  static List<String> matchedNotUnmatched(MatchingProblem problem, MatchingResult result) {
    List<String> out = new ArrayList<>();
    for (ParticipantId id : counts(result, false).keySet()) {
      if (result.unmatched().containsKey(id)) {
        out.add("mentee " + id + " has a proposal but is reported unmatched");
      }
    }
    return out;
  }

  static List<String> unmatchedAreMentees(MatchingProblem problem, MatchingResult result) {
    List<String> out = new ArrayList<>();
    for (ParticipantId id : result.unmatched().keySet()) {
      if (!problem.menteePlaces().containsKey(id)) {
        out.add(id + " is reported unmatched but is not a mentee of the problem");
      }
    }
    return out;
  }

  /** Proposals per mentor (or per mentee), in a new mutable map. */
  private static Map<ParticipantId, Integer> counts(MatchingResult result, boolean mentors) {
    Map<ParticipantId, Integer> out = new HashMap<>();
    for (Proposal p : result.proposals()) {
      out.merge(mentors ? p.mentorId() : p.menteeId(), 1, Integer::sum);
    }
    return out;
  }

  private static List<String> overPlaces(
      String side, Map<ParticipantId, Integer> places, Map<ParticipantId, Integer> proposed) {
    List<String> out = new ArrayList<>();
    for (Map.Entry<ParticipantId, Integer> e : proposed.entrySet()) {
      Integer left = places.get(e.getKey());
      if (left != null && e.getValue() > left) {
        out.add(
            side
                + " "
                + e.getKey()
                + " is proposed "
                + e.getValue()
                + " times but has "
                + left
                + (left == 1 ? " place" : " places"));
      }
    }
    return out;
  }
}
