package dev.mentoring.core.matching;

import static java.util.Objects.requireNonNull;

import dev.mentoring.core.ParticipantId;
import dev.mentoring.core.enrollment.Enrollment;
import dev.mentoring.core.pairing.Pair;
import dev.mentoring.core.program.Program;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * The input of a {@link MatchingStrategy}: who may be paired and how many places each has left.
 *
 * <p>Mentors and mentees are approved enrollments with places left, ordered by participant id. A
 * participant enrolled as {@code MENTOR_AND_MENTEE} appears on both sides. {@code excluded} lists
 * the pairs the hard rules forbid (the same person, a manager-chain relation, an exclusion, an
 * earlier pair when repeats are not allowed, a pair already open or committed); a strategy must
 * propose none of them.
 *
 * @param program the program being matched
 * @param mentors eligible mentors, by participant id
 * @param mentees eligible mentees, by participant id
 * @param existingPairs the program's pairs that are proposed or committed
 * @param mentorPlaces how many more pairs each mentor may take in this run, at least 1
 * @param menteePlaces how many more pairs each mentee may take in this run, at least 1
 * @param excluded pairs that must not be proposed
 * @param seed the seed for any randomness, so equal problems give equal results
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record MatchingProblem(
    Program program,
    List<Enrollment> mentors,
    List<Enrollment> mentees,
    List<Pair> existingPairs,
    Map<ParticipantId, Integer> mentorPlaces,
    Map<ParticipantId, Integer> menteePlaces,
    Set<CandidatePair> excluded,
    long seed) {

  /**
   * Checks the components and copies the collections.
   *
   * @param program the program being matched
   * @param mentors eligible mentors, by participant id
   * @param mentees eligible mentees, by participant id
   * @param existingPairs the program's pairs that are proposed or committed
   * @param mentorPlaces how many more pairs each mentor may take in this run, at least 1
   * @param menteePlaces how many more pairs each mentee may take in this run, at least 1
   * @param excluded pairs that must not be proposed
   * @param seed the seed for any randomness, so equal problems give equal results
   * @throws NullPointerException if a component or an element is null
   * @throws IllegalArgumentException if a participant appears twice on one side, or the places do
   *     not cover exactly the participants of their side with positive numbers
   */
  public MatchingProblem {
    requireNonNull(program, "program");
    mentors = List.copyOf(mentors);
    mentees = List.copyOf(mentees);
    existingPairs = List.copyOf(existingPairs);
    mentorPlaces = Map.copyOf(mentorPlaces);
    menteePlaces = Map.copyOf(menteePlaces);
    excluded = Set.copyOf(excluded);
    checkSide("mentors", mentors, mentorPlaces);
    checkSide("mentees", mentees, menteePlaces);
  }

  private static void checkSide(
      String side, List<Enrollment> enrollments, Map<ParticipantId, Integer> places) {
    Set<ParticipantId> seen = new HashSet<>();
    for (Enrollment e : enrollments) {
      if (!seen.add(e.participantId())) {
        throw new IllegalArgumentException(side + " lists " + e.participantId() + " twice");
      }
      Integer left = places.get(e.participantId());
      if (left == null || left < 1) {
        throw new IllegalArgumentException(
            side + " places for " + e.participantId() + " must be at least 1, was " + left);
      }
    }
    if (places.size() != seen.size()) {
      throw new IllegalArgumentException(side + " places name participants not in " + side);
    }
  }

  /**
   * Tells whether the hard rules allow proposing a mentor to a mentee.
   *
   * @param mentorId the mentor
   * @param menteeId the mentee
   * @return whether the pair is not excluded
   */
  public boolean allows(ParticipantId mentorId, ParticipantId menteeId) {
    return !mentorId.equals(menteeId) && !excluded.contains(new CandidatePair(mentorId, menteeId));
  }
}
