package dev.mentoring.matching.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mentoring.core.enrollment.Enrollment;
import dev.mentoring.core.enrollment.Profile;
import dev.mentoring.core.matching.MatchingProblem;
import dev.mentoring.core.program.ProgramFormat;
import dev.mentoring.matching.testing.ProfileGen;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Small helpers for hand-made scoring problems. */
final class ScoringFixtures {
  /** A winter instant: Europe/Berlin is UTC+1. */
  static final Instant WINTER = Instant.parse("2026-01-15T12:00:00Z");

  /** A summer instant: Europe/Berlin is UTC+2. */
  static final Instant SUMMER = Instant.parse("2026-07-15T12:00:00Z");

  private ScoringFixtures() {}

  /** A problem with mentees e0, e1, ... and mentors m0, m1, ... (capacity 2) in that order. */
  static MatchingProblem problem(
      ProgramFormat format, List<Profile> mentees, List<Profile> mentors) {
    List<Enrollment> e = new ArrayList<>();
    List<Enrollment> r = new ArrayList<>();
    for (int i = 0; i < mentees.size(); i++) {
      e.add(ProfileGen.mentee("e" + i, mentees.get(i)));
    }
    for (int j = 0; j < mentors.size(); j++) {
      r.add(ProfileGen.mentor("m" + j, mentors.get(j), 2));
    }
    return ProfileGen.problem(ProfileGen.program(format), e, r);
  }

  /** One mentee e0 and one mentor m0. */
  static MatchingProblem pair(Profile mentee, Profile mentor) {
    return problem(ProgramFormat.ONE_TO_ONE, List.of(mentee), List.of(mentor));
  }

  /**
   * The sub-score of (e0, m0), checked to be equal through {@link PreparedCriterion#score} and a
   * row scorer.
   */
  static double sub(Criterion criterion, MatchingProblem problem, Instant at) {
    PreparedCriterion p = criterion.prepare(ScoringContext.of(problem, at));
    double pair = p.score(0, 0);
    double[] out = {Double.NaN, -7};
    p.rowScorer().scoreRow(0, new int[] {0}, 1, out);
    assertThat(out[0]).as("row scorer of %s", criterion.id()).isEqualTo(pair);
    assertThat(out[1]).as("entries past count are left alone").isEqualTo(-7);
    return pair;
  }

  static double sub(Criterion criterion, Profile mentee, Profile mentor) {
    return sub(criterion, pair(mentee, mentor), WINTER);
  }

  /** The reason the constraint gives for (e0, m0), or null if it allows the pair. */
  static @Nullable String reason(HardConstraint constraint, MatchingProblem problem) {
    PreparedConstraint p = constraint.prepare(ScoringContext.of(problem, WINTER));
    boolean[] row = new boolean[problem.mentors().size()];
    java.util.Arrays.fill(row, true);
    p.restrictRow(0, row);
    assertThat(row[0]).as("restrictRow agrees with allows").isEqualTo(p.allows(0, 0));
    return p.allows(0, 0) ? null : p.reason(0, 0);
  }

  static @Nullable String reason(HardConstraint constraint, Profile mentee, Profile mentor) {
    return reason(constraint, pair(mentee, mentor));
  }

  static Profile.Builder profile() {
    return Profile.builder();
  }
}
