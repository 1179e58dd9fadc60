package dev.mentoring.matching.scoring;

import static dev.mentoring.matching.scoring.ScoringFixtures.profile;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mentoring.core.ParticipantId;
import dev.mentoring.core.enrollment.Profile;
import dev.mentoring.core.matching.CandidatePair;
import dev.mentoring.core.matching.MatchingProblem;
import dev.mentoring.core.pairing.Contribution;
import dev.mentoring.core.pairing.Explanation;
import dev.mentoring.core.program.ProgramFormat;
import dev.mentoring.matching.solver.AssignmentProblem;
import dev.mentoring.matching.testing.ProfileGen;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;

/** Scored problems: index maps, capacities, explanations, dense and top-K, determinism. */
class ScoredProblemTest {
  private static final CompatibilityModel MODEL = CompatibilityModel.defaults();

  /** A small organisation: three mentees, four mentors, one relation of each kind. */
  private static MatchingProblem org() {
    Profile alice =
        profile()
            .seeks("Java", 3)
            .seeks("Leadership", 2)
            .topics("ai", "cloud")
            .languages("en")
            .timeZone(ZoneId.of("Europe/Berlin"))
            .location("Berlin")
            .department("Engineering")
            .seniority(2)
            .managerChain(List.of(ParticipantId.of("m1")))
            .build();
    Profile bob =
        profile().seeks("Sales", 4).languages("de").timeZone(ZoneId.of("UTC")).seniority(1).build();
    Profile carol = profile().seeks("Java", 1).languages("en").seniority(5).build();
    Profile mentor0 =
        profile()
            .offers("java", 5)
            .offers("leadership", 1)
            .topics("AI")
            .languages("en", "de")
            .timeZone(ZoneId.of("Europe/Paris"))
            .location("berlin")
            .department("Engineering")
            .seniority(5)
            .build();
    Profile mentor1 = profile().offers("Java", 5).languages("en").seniority(9).build();
    Profile mentor2 =
        profile().offers("Sales", 3).languages("de").timeZone(ZoneId.of("Asia/Tokyo")).build();
    Profile mentor3 = profile().offers("Sales", 5).languages("de", "en").seniority(4).build();
    return ProfileGen.problem(
        ProfileGen.program(ProgramFormat.ONE_TO_ONE),
        List.of(
            ProfileGen.mentee("alice", alice),
            ProfileGen.mentee("bob", bob),
            ProfileGen.mentee("carol", carol)),
        List.of(
            ProfileGen.mentor("m0", mentor0, 2),
            ProfileGen.mentor("m1", mentor1, 1),
            ProfileGen.mentor("m2", mentor2, 3),
            ProfileGen.mentor("m3", mentor3, 1)),
        List.of(),
        java.util.Set.of(new CandidatePair(ParticipantId.of("m3"), ParticipantId.of("carol"))),
        5);
  }

  @Test
  void indexes_followTheProblemsOrder() {
    ScoredProblem scored = MODEL.score(org());
    assertThat(scored.menteeIds())
        .extracting(ParticipantId::value)
        .containsExactly("alice", "bob", "carol");
    assertThat(scored.mentorIds())
        .extracting(ParticipantId::value)
        .containsExactly("m0", "m1", "m2", "m3");
    assertThat(scored.menteeIndexOf(ParticipantId.of("bob"))).isEqualTo(1);
    assertThat(scored.mentorIndexOf(ParticipantId.of("m2"))).isEqualTo(2);
    assertThat(scored.menteeIndexOf(ParticipantId.of("m2"))).isEqualTo(-1);
    assertThat(scored.menteeId(2)).isEqualTo(ParticipantId.of("carol"));
    assertThat(scored.mentorId(3)).isEqualTo(ParticipantId.of("m3"));
    assertThat(scored.isDense()).isTrue();
    assertThat(scored.topK()).isZero();
  }

  @Test
  void assignmentProblem_takesCapacitiesFromPlaces() {
    AssignmentProblem a = MODEL.score(org()).assignmentProblem();
    assertThat(a.isDense()).isTrue();
    assertThat(a.mentees()).isEqualTo(3);
    assertThat(a.mentors()).isEqualTo(4);
    assertThat(
            new int[] {
              a.mentorCapacity(0), a.mentorCapacity(1), a.mentorCapacity(2), a.mentorCapacity(3)
            })
        .containsExactly(2, 1, 3, 1);
    assertThat(a.menteeCapacity(0)).isEqualTo(1);
    assertThat(a.fixedCount()).isZero();
  }

  @Test
  void candidates_areTheAllowedPairs() {
    ScoredProblem scored = MODEL.score(org());
    AssignmentProblem a = scored.assignmentProblem();
    // alice (en): m1 is her manager, m2 speaks only de. bob (de): m1 speaks only en; Tokyo is 9
    // hours from UTC, within 10. carol (en): m2 speaks only de, the problem excludes m3.
    assertThat(a.candidates(0)).containsExactly(0, 3);
    assertThat(a.candidates(1)).containsExactly(0, 2, 3);
    assertThat(a.candidates(2)).containsExactly(0, 1);
    for (int i = 0; i < 3; i++) {
      for (int j = 0; j < 4; j++) {
        assertThat(scored.allows(i, j)).isEqualTo(a.score(i, j) >= 0);
      }
    }
  }

  @Test
  void explain_candidate_contributionsSumToScore() {
    ScoredProblem scored = MODEL.score(org());
    PairExplanation e = scored.explain(ParticipantId.of("alice"), ParticipantId.of("m0"));
    assertThat(e.allowed()).isTrue();
    assertThat(e.candidate()).isTrue();
    assertThat(e.score()).isEqualTo(scored.score(0, 0));
    assertThat(e.explanation().contributions().stream().mapToInt(Contribution::points).sum())
        .isEqualTo(e.score());
    assertThat(e.explanation().summary()).isEqualTo("compatibility " + e.score() + " of 1000");
    assertThat(e.explanation().contributions())
        .extracting(Contribution::criterion)
        .containsExactlyElementsOf(MODEL.weights().keySet());
    Contribution skills = e.explanation().contributions().get(0);
    // (3 + 1) / (3 + 2) = 0.8 × 30 / 100 × 1000 = 240
    assertThat(skills.points()).isEqualTo(240);
    assertThat(skills.detail())
        .isEqualTo(
            "offers Java 5 for sought 3; partly offers Leadership 1 for sought 2"
                + " (sub-score 0.8 × weight 30)");
  }

  @Test
  void explain_excludedPair_namesConstraintAndWouldBeScore() {
    ScoredProblem scored = MODEL.score(org());
    PairExplanation e = scored.explain(0, 1);
    assertThat(e.allowed()).isFalse();
    assertThat(e.candidate()).isFalse();
    assertThat(scored.score(0, 1)).isEqualTo(AssignmentProblem.NOT_ALLOWED);
    assertThat(e.excludedBy())
        .containsExactly(
            new Exclusion(
                HardConstraints.MANAGER_CHAIN, "mentor m1 is in mentee alice's manager chain"));
    assertThat(e.explanation().summary())
        .isEqualTo("excluded by manager-chain; compatibility would be " + e.score() + " of 1000");
    assertThatThrownBy(() -> scored.explanation(0, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("manager-chain");
  }

  @Test
  void explain_severalConstraints_listsEach() {
    ScoredProblem scored =
        MODEL.toBuilder()
            .removeConstraint(HardConstraints.MAX_TIME_ZONE_DIFFERENCE)
            .constraint(HardConstraints.maxTimeZoneDifference(2))
            .build()
            .score(org());
    // alice (en, Berlin) with m2 (de, Tokyo): no common language and 8 hours apart.
    assertThat(scored.explain(0, 2).excludedBy())
        .extracting(Exclusion::constraint)
        .containsExactly(
            HardConstraints.REQUIRED_LANGUAGE, HardConstraints.MAX_TIME_ZONE_DIFFERENCE);
  }

  @Test
  void explain_unknownParticipant_isRejected() {
    ScoredProblem scored = MODEL.score(org());
    assertThatThrownBy(() -> scored.explain(ParticipantId.of("m0"), ParticipantId.of("m0")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("m0 is not a mentee of the problem");
    assertThatThrownBy(() -> scored.explain(5, 0)).isInstanceOf(IndexOutOfBoundsException.class);
  }

  @Test
  void explanation_readyForProposals() {
    ScoredProblem scored = MODEL.score(org());
    Explanation e = scored.explanation(1, 3);
    assertThat(e.score()).isEqualTo(scored.score(1, 3));
    assertThat(e.summary()).startsWith("compatibility ");
  }

  @Test
  void topK_keepsEachMenteesBestMentors_tiesToLowerIndex() {
    List<Profile> mentors =
        List.of(
            profile().offers("Java", 1).build(),
            profile().offers("Java", 5).build(),
            profile().offers("Java", 2).build(),
            profile().offers("Java", 5).build(),
            profile().offers("Java", 2).build());
    MatchingProblem p =
        ScoringFixtures.problem(
            ProgramFormat.ONE_TO_ONE, List.of(profile().seeks("Java", 4).build()), mentors);
    CompatibilityModel skills =
        CompatibilityModel.builder().criterion(Criteria.skillOverlap(), 1).build();
    ScoredProblem top3 = skills.scoreTopK(p, 3);
    assertThat(top3.isDense()).isFalse();
    assertThat(top3.topK()).isEqualTo(3);
    assertThat(top3.assignmentProblem().isDense()).isFalse();
    // Scores 250, 1000, 500, 1000, 500: keep 1 and 3, then 2 before 4.
    assertThat(top3.assignmentProblem().candidates(0)).containsExactly(1, 2, 3);
    assertThat(top3.score(0, 4)).isEqualTo(AssignmentProblem.NOT_ALLOWED);
    PairExplanation dropped = top3.explain(0, 4);
    assertThat(dropped.allowed()).isTrue();
    assertThat(dropped.candidate()).isFalse();
    assertThat(dropped.score()).isEqualTo(500);
    assertThat(dropped.explanation().summary())
        .isEqualTo("compatibility 500 of 1000; not among the mentee's 3 best mentors");
    assertThat(skills.scoreTopK(p, 10).assignmentProblem().candidates(0))
        .containsExactly(0, 1, 2, 3, 4);
  }

  @Test
  void denseAndTopK_agreeOnKeptPairs() {
    MatchingProblem p = ProfileGen.randomProblem(11, 120, 60);
    ScoredProblem dense = MODEL.score(p);
    for (int k : new int[] {1, 5, 17, 60, 100}) {
      ScoredProblem top = MODEL.scoreTopK(p, k);
      ScoringAssertions.assertTopKOf(dense, top, k);
    }
  }

  @Test
  void dense_spanningSeveralRowBlocks_equalsTopKOfAllMentors() {
    // 2,100 × 2,000 cells exceed one block of rows (2^22 cells), so rows are scored in two rounds.
    MatchingProblem p = ProfileGen.randomProblem(21, 2_100, 2_000);
    AssignmentProblem dense = MODEL.score(p).assignmentProblem();
    AssignmentProblem all = MODEL.scoreTopK(p, 2_000).assignmentProblem();
    assertThat(dense.candidateCount()).isEqualTo(all.candidateCount());
    long mismatches = 0;
    for (int i = 0; i < dense.mentees(); i++) {
      for (int j = 0; j < dense.mentors(); j++) {
        if (dense.score(i, j) != all.score(i, j)) {
          mismatches++;
        }
      }
    }
    assertThat(mismatches).isZero();
  }

  @Test
  void scoring_isDeterministic_acrossRunsAndThreads() throws Exception {
    MatchingProblem p = ProfileGen.randomProblem(3, 400, 200);
    ScoredProblem sequential = MODEL.score(p, ScoringOptions.builder().sequential().build());
    ScoredProblem common = MODEL.score(p);
    ExecutorService pool = Executors.newFixedThreadPool(3);
    try {
      ScoredProblem pooled =
          MODEL.score(p, ScoringOptions.builder().executor(pool).parallelism(7).build());
      ScoredProblem again = MODEL.score(ProfileGen.randomProblem(3, 400, 200));
      ScoringAssertions.assertSameMatrix(sequential, common);
      ScoringAssertions.assertSameMatrix(sequential, pooled);
      ScoringAssertions.assertSameMatrix(sequential, again);
      ScoredProblem topSequential =
          MODEL.score(p, ScoringOptions.builder().topK(9).sequential().build());
      ScoredProblem topPooled =
          MODEL.score(p, ScoringOptions.builder().topK(9).executor(pool).parallelism(5).build());
      ScoringAssertions.assertSameMatrix(topSequential, topPooled);
    } finally {
      pool.shutdown();
    }
  }

  @Test
  void executorThatRejects_scoresOnCallingThread() {
    MatchingProblem p = ProfileGen.randomProblem(4, 50, 30);
    ScoredProblem rejected =
        MODEL.score(
            p,
            ScoringOptions.builder()
                .executor(
                    task -> {
                      throw new java.util.concurrent.RejectedExecutionException("full");
                    })
                .parallelism(4)
                .build());
    ScoringAssertions.assertSameMatrix(MODEL.score(p), rejected);
  }

  @Test
  void executorThatNeverRuns_doesNotHang() {
    MatchingProblem p = ProfileGen.randomProblem(4, 50, 30);
    List<Runnable> parked = new java.util.ArrayList<>();
    ScoredProblem scored =
        MODEL.score(p, ScoringOptions.builder().executor(parked::add).parallelism(4).build());
    ScoringAssertions.assertSameMatrix(MODEL.score(p), scored);
    assertThat(parked).hasSize(3);
    parked.forEach(Runnable::run);
  }

  @Test
  void referenceInstant_changesOffsets() {
    Profile berlin = profile().timeZone(ZoneId.of("Europe/Berlin")).build();
    Profile utc = profile().timeZone(ZoneId.of("UTC")).build();
    MatchingProblem p = ScoringFixtures.pair(berlin, utc);
    CompatibilityModel zone =
        CompatibilityModel.builder().criterion(Criteria.timeZoneOverlap(), 1).build();
    assertThat(
            zone.score(p, ScoringOptions.builder().referenceInstant(ScoringFixtures.WINTER).build())
                .score(0, 0))
        .isEqualTo(875);
    assertThat(
            zone.score(p, ScoringOptions.builder().referenceInstant(ScoringFixtures.SUMMER).build())
                .score(0, 0))
        .isEqualTo(750);
    // By default offsets are taken at the program's creation (2026-01-05, winter).
    assertThat(zone.score(p).score(0, 0)).isEqualTo(875);
    assertThat(zone.score(p).context().referenceInstant()).isEqualTo(ProfileGen.T0);
  }

  @Test
  void emptySides_giveEmptyProblems() {
    MatchingProblem none =
        ScoringFixtures.problem(ProgramFormat.ONE_TO_ONE, List.of(), List.of(Profile.empty()));
    assertThat(MODEL.score(none).assignmentProblem().mentees()).isZero();
    MatchingProblem noMentors =
        ScoringFixtures.problem(ProgramFormat.ONE_TO_ONE, List.of(Profile.empty()), List.of());
    assertThat(MODEL.score(noMentors).assignmentProblem().candidateCount()).isZero();
    assertThat(MODEL.scoreTopK(noMentors, 4).assignmentProblem().candidates(0)).isEmpty();
  }

  @Test
  void toString_summarises() {
    assertThat(MODEL.score(org()).toString())
        .isEqualTo("ScoredProblem[3 mentees × 4 mentors, dense, 7 candidates]");
  }
}
