package dev.mentoring.testkit.assertions;

import static java.util.Objects.requireNonNull;

import dev.mentoring.core.ParticipantId;
import dev.mentoring.core.enrollment.Enrollment;
import dev.mentoring.core.matching.CandidatePair;
import dev.mentoring.core.matching.MatchingProblem;
import dev.mentoring.core.matching.MatchingResult;
import dev.mentoring.core.matching.Proposal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import org.apiguardian.api.API;
import org.assertj.core.api.AbstractAssert;
import org.jspecify.annotations.Nullable;

/**
 * Assertions on a {@link MatchingResult}, mostly about the rules a result must obey for the {@link
 * MatchingProblem} it answers. A failure names every mentor, mentee or proposal that broke the
 * rule.
 *
 * <pre>{@code
 * MatchingResult result = strategy.match(problem);
 * assertThat(result).isFeasibleFor(problem);
 * assertThat(result).proposes(amy, dan).hasProposalCount(3);
 * }</pre>
 *
 * <p>Obtain one from {@link MentoringAssertions#assertThat(MatchingResult)}. Like every AssertJ
 * assertion object, an instance is meant for one thread.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class MatchingResultAssert
    extends AbstractAssert<MatchingResultAssert, MatchingResult> {

  /**
   * Creates the assertion; prefer {@link MentoringAssertions#assertThat(MatchingResult)}.
   *
   * @param actual the result under test, may be null (every assertion then fails)
   */
  public MatchingResultAssert(@Nullable MatchingResult actual) {
    super(actual, MatchingResultAssert.class);
  }

  /**
   * Verifies that no mentor receives more proposals than the places {@link
   * MatchingProblem#mentorPlaces()} gives them, and no mentee more than {@link
   * MatchingProblem#menteePlaces()} gives them; someone without places has none.
   *
   * @param problem the problem the result answers
   * @return this assertion
   * @throws NullPointerException if {@code problem} is null
   */
  public MatchingResultAssert respectsCapacities(MatchingProblem problem) {
    requireNonNull(problem, "problem");
    isNotNull();
    List<String> broken = new ArrayList<>();
    overfilled("mentor", byPerson(Proposal::mentorId), problem.mentorPlaces(), broken);
    overfilled("mentee", byPerson(Proposal::menteeId), problem.menteePlaces(), broken);
    failIfAny("to respect the problem's places", broken);
    return this;
  }

  /**
   * Verifies that every proposal pairs a mentor from {@link MatchingProblem#mentors()} with a
   * mentee from {@link MatchingProblem#mentees()}.
   *
   * @param problem the problem the result answers
   * @return this assertion
   * @throws NullPointerException if {@code problem} is null
   */
  public MatchingResultAssert proposesOnlyEligibleParticipants(MatchingProblem problem) {
    requireNonNull(problem, "problem");
    isNotNull();
    Set<ParticipantId> mentors = participants(problem.mentors());
    Set<ParticipantId> mentees = participants(problem.mentees());
    List<String> broken = new ArrayList<>();
    for (Proposal p : actual.proposals()) {
      if (!mentors.contains(p.mentorId())) {
        broken.add(describe(p) + ": " + p.mentorId() + " is not an eligible mentor");
      }
      if (!mentees.contains(p.menteeId())) {
        broken.add(describe(p) + ": " + p.menteeId() + " is not an eligible mentee");
      }
    }
    failIfAny("to propose only eligible mentors and mentees", broken);
    return this;
  }

  /**
   * Verifies that no proposal is one the hard rules forbid: {@link
   * MatchingProblem#allows(ParticipantId, ParticipantId)} holds for each.
   *
   * @param problem the problem the result answers
   * @return this assertion
   * @throws NullPointerException if {@code problem} is null
   */
  public MatchingResultAssert hasNoExcludedPair(MatchingProblem problem) {
    requireNonNull(problem, "problem");
    isNotNull();
    List<String> broken = new ArrayList<>();
    for (Proposal p : actual.proposals()) {
      if (p.mentorId().equals(p.menteeId())) {
        broken.add(describe(p) + " pairs a person with themselves");
      } else if (!problem.allows(p.mentorId(), p.menteeId())) {
        broken.add(describe(p) + " is excluded by the problem");
      }
    }
    failIfAny("to propose no excluded pair", broken);
    return this;
  }

  /**
   * Verifies that no mentor and mentee are proposed to each other more than once.
   *
   * @return this assertion
   */
  public MatchingResultAssert hasNoDuplicateProposals() {
    isNotNull();
    Map<CandidatePair, Integer> counts = new LinkedHashMap<>();
    for (Proposal p : actual.proposals()) {
      counts.merge(new CandidatePair(p.mentorId(), p.menteeId()), 1, Integer::sum);
    }
    List<String> broken = new ArrayList<>();
    counts.forEach(
        (pair, n) -> {
          if (n > 1) {
            broken.add(pair.mentorId() + " -> " + pair.menteeId() + " is proposed " + n + " times");
          }
        });
    failIfAny("to propose each pair at most once", broken);
    return this;
  }

  /**
   * Verifies that no mentee receives more than one proposal, whatever places the problem gives.
   *
   * @return this assertion
   */
  public MatchingResultAssert matchesAtMostOneMentorPerMentee() {
    isNotNull();
    List<String> broken = new ArrayList<>();
    byPerson(Proposal::menteeId)
        .forEach(
            (mentee, proposals) -> {
              if (proposals.size() > 1) {
                broken.add(
                    "mentee "
                        + mentee
                        + " is proposed "
                        + proposals.size()
                        + " mentors: "
                        + describe(proposals));
              }
            });
    failIfAny("to propose at most one mentor per mentee", broken);
    return this;
  }

  /**
   * Verifies that {@link MatchingResult#unmatched()} names exactly the problem's mentees who
   * received no proposal.
   *
   * @param problem the problem the result answers
   * @return this assertion
   * @throws NullPointerException if {@code problem} is null
   */
  public MatchingResultAssert accountsForEveryMentee(MatchingProblem problem) {
    requireNonNull(problem, "problem");
    isNotNull();
    Set<ParticipantId> proposed = byPerson(Proposal::menteeId).keySet();
    List<String> broken = new ArrayList<>();
    for (ParticipantId mentee : new TreeSet<>(participants(problem.mentees()))) {
      boolean listed = actual.unmatched().containsKey(mentee);
      if (proposed.contains(mentee) && listed) {
        broken.add("mentee " + mentee + " has a proposal but is listed as unmatched");
      } else if (!proposed.contains(mentee) && !listed) {
        broken.add("mentee " + mentee + " has no proposal and is not listed as unmatched");
      }
    }
    Set<ParticipantId> mentees = participants(problem.mentees());
    for (ParticipantId listed : new TreeSet<>(actual.unmatched().keySet())) {
      if (!mentees.contains(listed)) {
        broken.add(listed + " is listed as unmatched but is not a mentee of the problem");
      }
    }
    failIfAny("to account for every mentee", broken);
    return this;
  }

  /**
   * Verifies every rule a result must obey for its problem: {@link
   * #proposesOnlyEligibleParticipants}, {@link #hasNoExcludedPair}, {@link
   * #hasNoDuplicateProposals}, {@link #respectsCapacities} and {@link #accountsForEveryMentee}, in
   * that order.
   *
   * @param problem the problem the result answers
   * @return this assertion
   * @throws NullPointerException if {@code problem} is null
   */
  public MatchingResultAssert isFeasibleFor(MatchingProblem problem) {
    return proposesOnlyEligibleParticipants(problem)
        .hasNoExcludedPair(problem)
        .hasNoDuplicateProposals()
        .respectsCapacities(problem)
        .accountsForEveryMentee(problem);
  }

  /**
   * Verifies the number of proposals.
   *
   * @param expected the expected number
   * @return this assertion
   */
  public MatchingResultAssert hasProposalCount(int expected) {
    isNotNull();
    int count = actual.proposals().size();
    if (count != expected) {
      failWithMessage(
          "Expecting %s proposals but the result has %s: %s",
          expected, count, describe(actual.proposals()));
    }
    return this;
  }

  /**
   * Verifies that the result proposes a mentor to a mentee.
   *
   * @param mentor the mentor
   * @param mentee the mentee
   * @return this assertion
   * @throws NullPointerException if an argument is null
   */
  public MatchingResultAssert proposes(ParticipantId mentor, ParticipantId mentee) {
    requireNonNull(mentor, "mentor");
    requireNonNull(mentee, "mentee");
    isNotNull();
    if (!contains(mentor, mentee)) {
      failWithMessage(
          "Expecting a proposal %s -> %s but the result proposes %s",
          mentor, mentee, describe(actual.proposals()));
    }
    return this;
  }

  /**
   * Verifies that the result does not propose a mentor to a mentee.
   *
   * @param mentor the mentor
   * @param mentee the mentee
   * @return this assertion
   * @throws NullPointerException if an argument is null
   */
  public MatchingResultAssert doesNotPropose(ParticipantId mentor, ParticipantId mentee) {
    requireNonNull(mentor, "mentor");
    requireNonNull(mentee, "mentee");
    isNotNull();
    if (contains(mentor, mentee)) {
      failWithMessage("Expecting no proposal %s -> %s but the result has one", mentor, mentee);
    }
    return this;
  }

  private boolean contains(ParticipantId mentor, ParticipantId mentee) {
    return actual.proposals().stream()
        .anyMatch(p -> p.mentorId().equals(mentor) && p.menteeId().equals(mentee));
  }

  /** The proposals of each person on one side, by participant id. */
  private Map<ParticipantId, List<Proposal>> byPerson(Function<Proposal, ParticipantId> side) {
    Map<ParticipantId, List<Proposal>> result = new TreeMap<>();
    for (Proposal p : actual.proposals()) {
      result.computeIfAbsent(side.apply(p), k -> new ArrayList<>()).add(p);
    }
    return result;
  }

  private static void overfilled(
      String role,
      Map<ParticipantId, List<Proposal>> proposalsByPerson,
      Map<ParticipantId, Integer> places,
      List<String> broken) {
    proposalsByPerson.forEach(
        (person, proposals) -> {
          int allowed = places.getOrDefault(person, 0);
          if (proposals.size() > allowed) {
            broken.add(
                role
                    + " "
                    + person
                    + " has "
                    + allowed
                    + (allowed == 1 ? " place" : " places")
                    + " but is proposed "
                    + proposals.size()
                    + " times: "
                    + describe(proposals));
          }
        });
  }

  private static Set<ParticipantId> participants(List<Enrollment> enrollments) {
    Set<ParticipantId> result = new LinkedHashSet<>();
    for (Enrollment e : enrollments) {
      result.add(e.participantId());
    }
    return result;
  }

  private void failIfAny(String rule, List<String> broken) {
    if (!broken.isEmpty()) {
      String indent = System.lineSeparator() + "  ";
      failWithMessage(
          "%s",
          "Expecting the matching result "
              + rule
              + ", but:"
              + indent
              + String.join(indent, broken));
    }
  }

  static String describe(Proposal p) {
    return p.mentorId() + " -> " + p.menteeId();
  }

  static String describe(List<Proposal> proposals) {
    List<String> parts = new ArrayList<>(proposals.size());
    for (Proposal p : proposals) {
      parts.add(describe(p));
    }
    return "[" + String.join(", ", parts) + "]";
  }
}
