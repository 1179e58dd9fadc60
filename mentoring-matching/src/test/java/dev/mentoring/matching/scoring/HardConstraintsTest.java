package dev.mentoring.matching.scoring;

import static dev.mentoring.matching.scoring.ScoringFixtures.pair;
import static dev.mentoring.matching.scoring.ScoringFixtures.profile;
import static dev.mentoring.matching.scoring.ScoringFixtures.reason;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mentoring.core.ParticipantId;
import dev.mentoring.core.enrollment.Enrollment;
import dev.mentoring.core.enrollment.Profile;
import dev.mentoring.core.matching.CandidatePair;
import dev.mentoring.core.matching.MatchingProblem;
import dev.mentoring.core.program.EnrollmentRole;
import dev.mentoring.core.program.ProgramFormat;
import dev.mentoring.matching.solver.AssignmentProblem;
import dev.mentoring.matching.testing.ProfileGen;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Each built-in hard constraint on hand-made profiles, with its reasons. */
class HardConstraintsTest {
  private static final Profile NOTHING = Profile.empty();
  private static final ParticipantId E0 = ParticipantId.of("e0");
  private static final ParticipantId M0 = ParticipantId.of("m0");

  @Nested
  class ManagerChain {
    private final HardConstraint chain = HardConstraints.managerChain();

    @Test
    void excludes_mentorInMenteesChain() {
      Profile mentee = profile().managerChain(List.of(ParticipantId.of("x"), M0)).build();
      assertThat(reason(chain, mentee, NOTHING))
          .isEqualTo("mentor m0 is in mentee e0's manager chain");
    }

    @Test
    void excludes_menteeInMentorsChain() {
      Profile mentor = profile().managerChain(List.of(E0)).build();
      assertThat(reason(chain, NOTHING, mentor))
          .isEqualTo("mentee e0 is in mentor m0's manager chain");
    }

    @Test
    void allows_unrelated() {
      Profile mentee = profile().managerChain(List.of(ParticipantId.of("boss"))).build();
      assertThat(reason(chain, mentee, NOTHING)).isNull();
    }
  }

  @Nested
  class RequiredLanguage {
    @Test
    void common_excludesOnlyWhenBothStateAndShareNone() {
      HardConstraint common = HardConstraints.requiredCommonLanguage();
      assertThat(
              reason(
                  common,
                  profile().languages("en", "de").build(),
                  profile().languages("fr").build()))
          .isEqualTo("no common language (mentee e0 speaks de, en; mentor m0 speaks fr)");
      assertThat(
              reason(
                  common, profile().languages("en-GB").build(), profile().languages("en").build()))
          .isNull();
      assertThat(reason(common, NOTHING, profile().languages("fr").build())).isNull();
    }

    @Test
    void specific_requiresBothToSpeakIt() {
      HardConstraint german = HardConstraints.requiredLanguage("de");
      assertThat(
              reason(
                  german, profile().languages("de-AT").build(), profile().languages("de").build()))
          .isNull();
      assertThat(
              reason(german, profile().languages("de").build(), profile().languages("en").build()))
          .isEqualTo("mentor m0 does not speak de (speaks en)");
      assertThat(
              reason(german, profile().languages("fr").build(), profile().languages("en").build()))
          .isEqualTo(
              "mentee e0 does not speak de (speaks fr); mentor m0 does not speak de (speaks en)");
      assertThat(reason(german, profile().languages("de").build(), NOTHING)).isNull();
    }

    @Test
    void specific_languageNobodySpeaks_excludesEveryoneWhoStatesLanguages() {
      HardConstraint klingon = HardConstraints.requiredLanguage("tlh");
      assertThat(reason(klingon, profile().languages("en").build(), NOTHING))
          .startsWith("mentee e0 does not speak tlh");
      assertThat(reason(klingon, NOTHING, NOTHING)).isNull();
    }

    @Test
    void specific_blankTag_isRejected() {
      assertThatThrownBy(() -> HardConstraints.requiredLanguage(" "))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("blank");
    }
  }

  @Nested
  class MaxTimeZoneDifference {
    private final HardConstraint three = HardConstraints.maxTimeZoneDifference(3);

    private Profile in(String zone) {
      return profile().timeZone(ZoneId.of(zone)).build();
    }

    @Test
    void excludes_beyondMaximum() {
      assertThat(reason(three, in("UTC"), in("Asia/Tokyo")))
          .isEqualTo("time zones differ by 9h (mentee UTC+00:00, mentor UTC+09:00), more than 3h");
    }

    @Test
    void allows_atMaximum_onThe24HourClock_andUnknown() {
      assertThat(reason(three, in("UTC"), in("Europe/Moscow"))).isNull();
      assertThat(reason(three, in("Pacific/Kiritimati"), in("Pacific/Honolulu"))).isNull();
      assertThat(reason(three, NOTHING, in("Asia/Tokyo"))).isNull();
    }

    @Test
    void create_outOfRange_isRejected() {
      assertThatThrownBy(() -> HardConstraints.maxTimeZoneDifference(13))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("0 to 12");
      assertThatThrownBy(() -> HardConstraints.maxTimeZoneDifference(-1))
          .isInstanceOf(IllegalArgumentException.class);
    }
  }

  @Nested
  class ExplicitExclusions {
    private final HardConstraint exclusions = HardConstraints.explicitExclusions();

    @Test
    void excludes_eitherSide() {
      assertThat(reason(exclusions, profile().exclude(M0).build(), NOTHING))
          .isEqualTo("mentee e0 excluded mentor m0");
      assertThat(reason(exclusions, NOTHING, profile().exclude(E0).build()))
          .isEqualTo("mentor m0 excluded mentee e0");
      assertThat(reason(exclusions, profile().exclude(ParticipantId.of("m7")).build(), NOTHING))
          .isNull();
    }
  }

  @Nested
  class NoRepeatPairing {
    @Test
    void excludes_existingPairOfTheProblem() {
      MatchingProblem p =
          ProfileGen.problem(
              ProfileGen.program(ProgramFormat.ONE_TO_ONE),
              List.of(ProfileGen.mentee("e0", NOTHING)),
              List.of(ProfileGen.mentor("m0", NOTHING, 2)),
              List.of(ProfileGen.proposed("m0", "e0")),
              Set.of(),
              1);
      assertThat(reason(HardConstraints.noRepeatPairing(), p))
          .isEqualTo("already paired in this program (pair pair-m0-e0, PROPOSED)");
    }

    @Test
    void excludes_pastPairs() {
      HardConstraint past = HardConstraints.noRepeatPairing(List.of(new CandidatePair(M0, E0)));
      assertThat(reason(past, pair(NOTHING, NOTHING))).isEqualTo("paired before");
      assertThat(reason(HardConstraints.noRepeatPairing(), pair(NOTHING, NOTHING))).isNull();
    }
  }

  @Nested
  class MentorCapacity {
    @Test
    void excludes_mentorWithCapacityZero() {
      MatchingProblem p =
          ProfileGen.problem(
              ProfileGen.program(ProgramFormat.ONE_TO_ONE),
              List.of(ProfileGen.mentee("e0", NOTHING)),
              List.of(ProfileGen.mentor("m0", NOTHING, 0), ProfileGen.mentor("m1", NOTHING, 1)));
      assertThat(reason(HardConstraints.mentorCapacity(), p))
          .isEqualTo("mentor m0 has no capacity (capacity 0, 1 places left)");
      ScoredProblem scored =
          CompatibilityModel.builder()
              .criterion(Criteria.sameLocation(), 1)
              .constraint(HardConstraints.mentorCapacity())
              .build()
              .score(p);
      assertThat(scored.score(0, 0)).isEqualTo(AssignmentProblem.NOT_ALLOWED);
      assertThat(scored.score(0, 1)).isEqualTo(500);
    }
  }

  @Nested
  class ProblemExclusions {
    private final CompatibilityModel bare =
        CompatibilityModel.builder().criterion(Criteria.sameLocation(), 1).build();

    @Test
    void alwaysHonoured_evenWithoutConstraints() {
      MatchingProblem p =
          ProfileGen.problem(
              ProfileGen.program(ProgramFormat.ONE_TO_ONE),
              List.of(ProfileGen.mentee("e0", NOTHING), ProfileGen.mentee("e1", NOTHING)),
              List.of(ProfileGen.mentor("m0", NOTHING, 2)),
              List.of(),
              Set.of(new CandidatePair(M0, E0)),
              1);
      ScoredProblem scored = bare.score(p);
      assertThat(scored.score(0, 0)).isEqualTo(AssignmentProblem.NOT_ALLOWED);
      assertThat(scored.score(1, 0)).isEqualTo(500);
      PairExplanation why = scored.explain(E0, M0);
      assertThat(why.allowed()).isFalse();
      assertThat(why.excludedBy())
          .singleElement()
          .satisfies(e -> assertThat(e.constraint()).isEqualTo(HardConstraints.PROBLEM_EXCLUDED));
    }

    @Test
    void excludes_selfPairsInPeerPrograms() {
      Enrollment both = ProfileGen.enrollment("p0", EnrollmentRole.MENTOR_AND_MENTEE, NOTHING, 1);
      Enrollment other = ProfileGen.enrollment("p1", EnrollmentRole.MENTOR_AND_MENTEE, NOTHING, 1);
      MatchingProblem p =
          ProfileGen.problem(
              ProfileGen.program(ProgramFormat.PEER), List.of(both, other), List.of(both, other));
      ScoredProblem scored = bare.score(p);
      assertThat(scored.score(0, 0)).isEqualTo(AssignmentProblem.NOT_ALLOWED);
      assertThat(scored.score(1, 1)).isEqualTo(AssignmentProblem.NOT_ALLOWED);
      assertThat(scored.score(0, 1)).isEqualTo(500);
      assertThat(scored.explain(0, 0).excludedBy().get(0).reason())
          .isEqualTo("p0 cannot mentor themselves");
    }

    @Test
    void reservedId_cannotBeAdded() {
      assertThatThrownBy(
              () ->
                  CompatibilityModel.builder()
                      .constraint(
                          HardConstraint.of(HardConstraints.PROBLEM_EXCLUDED, c -> (i, j) -> true)))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("reserved");
    }
  }

  @Test
  void exclusionCounts_tellWhyAMenteeHasFewMentors() {
    Profile mentee =
        profile().languages("de").timeZone(ZoneId.of("UTC")).managerChain(List.of(M0)).build();
    MatchingProblem p =
        ScoringFixtures.problem(
            ProgramFormat.ONE_TO_ONE,
            List.of(mentee),
            List.of(
                profile().languages("de").build(),
                profile().languages("fr").timeZone(ZoneId.of("Asia/Tokyo")).build(),
                profile().languages("de").build()));
    ScoredProblem scored = CompatibilityModel.defaults().score(p);
    Map<String, Integer> counts = scored.exclusionCounts(0);
    assertThat(counts)
        .containsEntry(HardConstraints.PROBLEM_EXCLUDED, 0)
        .containsEntry(HardConstraints.MANAGER_CHAIN, 1)
        .containsEntry(HardConstraints.REQUIRED_LANGUAGE, 1)
        .containsEntry(HardConstraints.MAX_TIME_ZONE_DIFFERENCE, 0)
        .containsEntry(HardConstraints.EXCLUSIONS, 0);
    assertThat(counts.keySet()).startsWith(HardConstraints.PROBLEM_EXCLUDED);
    assertThat(scored.assignmentProblem().candidates(0)).containsExactly(2);
  }
}
