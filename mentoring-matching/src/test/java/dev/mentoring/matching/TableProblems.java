package dev.mentoring.matching;

import dev.mentoring.core.ParticipantId;
import dev.mentoring.core.enrollment.Enrollment;
import dev.mentoring.core.enrollment.Profile;
import dev.mentoring.core.matching.CandidatePair;
import dev.mentoring.core.matching.MatchingProblem;
import dev.mentoring.core.matching.Proposal;
import dev.mentoring.core.pairing.Explanation;
import dev.mentoring.core.program.ProgramFormat;
import dev.mentoring.matching.scoring.CompatibilityModel;
import dev.mentoring.matching.scoring.Criterion;
import dev.mentoring.matching.scoring.ScoredProblem;
import dev.mentoring.matching.testing.ProfileGen;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.IntFunction;

/**
 * Hand-made problems whose scores are a table: mentee {@code e<i>} and mentor {@code m<j>} score
 * {@code scores[i][j]}; a cell of -1 is a pair the problem excludes. Ids sort in index order, so
 * row {@code i} of the scored problem is mentee {@code e<i>} (at most 10 per side).
 */
final class TableProblems {
  /** The id of the one criterion of {@link #model}. */
  static final String CRITERION = "table";

  private TableProblems() {}

  static ParticipantId mentee(int i) {
    return ParticipantId.of("e" + i);
  }

  static ParticipantId mentor(int j) {
    return ParticipantId.of("m" + j);
  }

  /** A problem of empty profiles; mentor {@code j} has {@code mentorPlaces[j]} places. */
  static MatchingProblem problem(int[][] scores, int[] mentorPlaces) {
    return problem(scores, mentorPlaces, i -> Profile.empty());
  }

  /** A problem whose mentee {@code i} has the given profile. */
  static MatchingProblem problem(
      int[][] scores, int[] mentorPlaces, IntFunction<Profile> menteeProfile) {
    int n = scores.length;
    int m = mentorPlaces.length;
    if (n > 10 || m > 10) {
      throw new IllegalArgumentException("at most 10 per side, so that ids sort by index");
    }
    List<Enrollment> mentees = new ArrayList<>();
    List<Enrollment> mentors = new ArrayList<>();
    Set<CandidatePair> excluded = new HashSet<>();
    for (int i = 0; i < n; i++) {
      mentees.add(ProfileGen.mentee(mentee(i).value(), menteeProfile.apply(i)));
      if (scores[i].length != m) {
        throw new IllegalArgumentException("row " + i + " has " + scores[i].length + " cells");
      }
      for (int j = 0; j < m; j++) {
        if (scores[i][j] < 0) {
          excluded.add(new CandidatePair(mentor(j), mentee(i)));
        }
      }
    }
    for (int j = 0; j < m; j++) {
      mentors.add(ProfileGen.mentor(mentor(j).value(), Profile.empty(), mentorPlaces[j]));
    }
    return ProfileGen.problem(
        ProfileGen.program(ProgramFormat.ONE_TO_ONE), mentees, mentors, List.of(), excluded, 7L);
  }

  /** A model with one criterion, weight 1, that gives each pair its table score. */
  static CompatibilityModel model(int[][] scores) {
    Criterion table =
        Criterion.of(
            CRITERION,
            ctx ->
                (i, j) -> {
                  int s = scores[index(ctx.menteeId(i))][index(ctx.mentorId(j))];
                  return Math.max(0, s) / 1000.0;
                });
    return CompatibilityModel.builder().criterion(table, 1).build();
  }

  /** The problem scored by the table model. */
  static ScoredProblem scored(int[][] scores, int[] mentorPlaces) {
    return model(scores).score(problem(scores, mentorPlaces));
  }

  /** A proposal as a hand-written result would make it. */
  static Proposal proposal(int mentee, int mentor) {
    return new Proposal(mentor(mentor), mentee(mentee), Explanation.of("by hand"));
  }

  private static int index(ParticipantId id) {
    return Integer.parseInt(id.value().substring(1));
  }
}
