package dev.mentoring.matching;

import static java.util.stream.Collectors.counting;
import static java.util.stream.Collectors.groupingBy;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.mentoring.core.Actor;
import dev.mentoring.core.MatchingRun;
import dev.mentoring.core.Mentoring;
import dev.mentoring.core.ParticipantId;
import dev.mentoring.core.enrollment.Application;
import dev.mentoring.core.enrollment.Profile;
import dev.mentoring.core.matching.CandidatePair;
import dev.mentoring.core.matching.MatchingProblem;
import dev.mentoring.core.matching.MatchingResult;
import dev.mentoring.core.matching.MatchingStrategy;
import dev.mentoring.core.pairing.Contribution;
import dev.mentoring.core.pairing.Pair;
import dev.mentoring.core.pairing.PairOrigin;
import dev.mentoring.core.pairing.PairStatus;
import dev.mentoring.core.program.EnrollmentRole;
import dev.mentoring.core.program.MatchingPolicy;
import dev.mentoring.core.program.Program;
import dev.mentoring.core.program.ProgramFormat;
import dev.mentoring.core.program.ProgramId;
import dev.mentoring.core.program.ProgramSpec;
import dev.mentoring.matching.scoring.HardConstraints;
import dev.mentoring.matching.scoring.ScoredProblem;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The built-in strategies plugged into the core engine, from enrollment to stored proposals. */
class EngineIntegrationTest {
  private static final Actor HR = Actor.participant("hr-1");
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-01-05T09:00:00Z"), ZoneOffset.UTC);
  private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
  private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
  private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

  private final SolverStrategy optimal =
      (SolverStrategy) MatchingStrategies.builtIns().get(MatchingStrategies.OPTIMAL);
  private final Mentoring mentoring = Mentoring.builder().matching(optimal).clock(CLOCK).build();

  private static ParticipantId id(String who) {
    return ParticipantId.of(who);
  }

  private void enroll(ProgramId pid, String who, EnrollmentRole role, int capacity, Profile p) {
    Application.Builder b = Application.builder(id(who), role).profile(p);
    if (role.mentors()) {
      b.capacity(capacity);
    }
    mentoring.enrollments().apply(HR, pid, b.build());
  }

  /**
   * A cohort in MATCHING with 4 mentor places for 6 mentees.
   *
   * <ul>
   *   <li>ada (2 places): Java and Kotlin, English and German, Engineering, Berlin; dan's manager.
   *   <li>bea (1 place): negotiation and some Java, English, Sales, New York.
   *   <li>cyd (1 place): Go and SQL, French only, Engineering, Paris.
   *   <li>dan seeks Java, speaks English and reports to ada: only bea is left for him.
   *   <li>eve seeks Java and Kotlin, English and German; fin seeks negotiation; ivy seeks Java;
   *       both speak English.
   *   <li>hal seeks Go and SQL, French and English.
   *   <li>gil speaks only Japanese: no mentor shares a language.
   * </ul>
   */
  private ProgramId cohort(MatchingPolicy policy) {
    Program program =
        mentoring
            .programs()
            .create(
                HR,
                ProgramSpec.builder("Engineering mentoring")
                    .enrollmentApprovalRequired(false)
                    .matchingPolicy(policy)
                    .build());
    ProgramId pid = program.id();
    mentoring.programs().openEnrollment(HR, pid);
    enroll(
        pid,
        "ada",
        EnrollmentRole.MENTOR,
        2,
        Profile.builder()
            .offers("Java", 5)
            .offers("Kotlin", 4)
            .languages("en", "de")
            .seniority(8)
            .department("Engineering")
            .location("Berlin")
            .timeZone(BERLIN)
            .build());
    enroll(
        pid,
        "bea",
        EnrollmentRole.MENTOR,
        1,
        Profile.builder()
            .offers("Negotiation", 4)
            .offers("Java", 2)
            .languages("en")
            .seniority(6)
            .department("Sales")
            .timeZone(NEW_YORK)
            .build());
    enroll(
        pid,
        "cyd",
        EnrollmentRole.MENTOR,
        1,
        Profile.builder()
            .offers("Go", 4)
            .offers("SQL", 3)
            .languages("fr")
            .seniority(7)
            .department("Engineering")
            .timeZone(PARIS)
            .build());
    enroll(
        pid,
        "dan",
        EnrollmentRole.MENTEE,
        0,
        Profile.builder()
            .seeks("java", 3)
            .languages("en")
            .seniority(2)
            .department("Engineering")
            .timeZone(BERLIN)
            .managerChain(List.of(id("ada")))
            .build());
    enroll(
        pid,
        "eve",
        EnrollmentRole.MENTEE,
        0,
        Profile.builder()
            .seeks("Java", 4)
            .seeks("Kotlin", 2)
            .languages("en", "de")
            .seniority(3)
            .department("Engineering")
            .location("Berlin")
            .timeZone(BERLIN)
            .build());
    enroll(
        pid,
        "fin",
        EnrollmentRole.MENTEE,
        0,
        Profile.builder()
            .seeks("Negotiation", 3)
            .languages("en")
            .seniority(1)
            .department("Sales")
            .timeZone(NEW_YORK)
            .build());
    enroll(
        pid,
        "gil",
        EnrollmentRole.MENTEE,
        0,
        Profile.builder()
            .seeks("SQL", 2)
            .languages("ja")
            .seniority(2)
            .department("Finance")
            .timeZone(BERLIN)
            .build());
    enroll(
        pid,
        "hal",
        EnrollmentRole.MENTEE,
        0,
        Profile.builder()
            .seeks("Go", 3)
            .seeks("SQL", 1)
            .languages("fr", "en")
            .seniority(3)
            .department("Engineering")
            .timeZone(PARIS)
            .build());
    enroll(
        pid,
        "ivy",
        EnrollmentRole.MENTEE,
        0,
        Profile.builder()
            .seeks("Java", 2)
            .languages("en")
            .seniority(1)
            .department("Engineering")
            .timeZone(BERLIN)
            .build());
    mentoring.programs().startMatching(HR, pid);
    return pid;
  }

  @Test
  void propose_optimal_storesExplainedPairsAndReasons() {
    ProgramId pid = cohort(MatchingPolicy.defaults());
    MatchingProblem problem = mentoring.matching().problem(HR, pid);
    ScoredProblem scored = optimal.score(problem);
    assertThat(problem.excluded()).contains(new CandidatePair(id("ada"), id("dan")));

    MatchingRun run = mentoring.matching().propose(HR, pid);

    assertThat(run.strategyId()).isEqualTo("optimal");
    assertThat(mentoring.pairs().list(HR, pid)).containsExactlyInAnyOrderElementsOf(run.proposed());
    // Four places, four pairs: the mentees who can be matched fill every place.
    assertThat(run.proposed()).hasSize(4);
    for (Pair pair : run.proposed()) {
      assertThat(pair.origin()).isEqualTo(PairOrigin.ALGORITHM);
      assertThat(pair.status()).isEqualTo(PairStatus.PROPOSED);
      int sum = pair.explanation().contributions().stream().mapToInt(Contribution::points).sum();
      int i = scored.menteeIndexOf(pair.menteeId());
      int j = scored.mentorIndexOf(pair.mentorId());
      assertThat(sum).as("contributions of %s", pair).isEqualTo(pair.score());
      assertThat(pair.score()).isEqualTo(scored.score(i, j)).isPositive();
      assertThat(pair.explanation().contributions())
          .extracting(Contribution::criterion)
          .contains("skills", "language", "seniority");
      assertThat(pair.explanation().summary()).endsWith(", chosen by optimal");
    }
    assertThat(run.proposed())
        .noneMatch(p -> p.mentorId().equals(id("ada")) && p.menteeId().equals(id("dan")));
    assertThat(run.proposed()).noneMatch(p -> p.menteeId().equals(id("gil")));
    assertThat(run.proposed())
        .filteredOn(p -> p.mentorId().equals(id("cyd")))
        .extracting(Pair::menteeId)
        .containsExactly(id("hal"));

    // gil has no eligible mentor; one of the others lost out on places.
    assertThat(run.unmatched()).hasSize(2);
    assertThat(run.unmatched().get(id("gil")))
        .isEqualTo("no eligible mentor (excluded by " + HardConstraints.REQUIRED_LANGUAGE + ": 3)");
    assertThat(run.unmatched())
        .hasEntrySatisfying(
            run.unmatched().keySet().stream()
                .filter(e -> !e.equals(id("gil")))
                .findFirst()
                .orElseThrow(),
            reason ->
                assertThat(reason)
                    .isEqualTo("no place left with an eligible mentor in this assignment"));
    assertThat(run.diagnostics()).containsEntry("pairs", 4.0);
  }

  @Test
  void preview_equalsTheStrategyOnTheProblem_andStoresNothing() {
    ProgramId pid = cohort(MatchingPolicy.defaults());
    MatchingProblem problem = mentoring.matching().problem(HR, pid);

    MatchingResult preview = mentoring.matching().preview(HR, pid);

    assertThat(preview).isEqualTo(optimal.match(problem));
    assertThat(mentoring.pairs().list(HR, pid)).isEmpty();
    MatchingRun run = mentoring.matching().propose(HR, pid);
    assertThat(run.proposed())
        .extracting(Pair::mentorId, Pair::menteeId, Pair::explanation)
        .containsExactlyElementsOf(
            preview.proposals().stream()
                .map(p -> tuple(p.mentorId(), p.menteeId(), p.explanation()))
                .toList());
    assertThat(run.unmatched()).isEqualTo(preview.unmatched());
  }

  @Test
  void propose_everyBuiltIn_passesTheEnginesChecks() {
    for (MatchingStrategy strategy : MatchingStrategies.builtIns().strategies()) {
      ProgramId pid = cohort(MatchingPolicy.defaults());
      MatchingProblem problem = mentoring.matching().problem(HR, pid);

      MatchingRun run = mentoring.matching().propose(HR, pid, strategy);

      assertThat(run.strategyId()).isEqualTo(strategy.id());
      assertThat(run.proposed()).as(strategy.id()).isNotEmpty();
      assertThat(run.proposed())
          .as(strategy.id())
          .allSatisfy(p -> assertThat(problem.allows(p.mentorId(), p.menteeId())).isTrue());
      assertThat(run.unmatched()).as(strategy.id()).containsKey(id("gil"));
    }
  }

  @Test
  void propose_twice_secondRunFindsNoPlaceLeftAndRepeatsNothing() {
    ProgramId pid = cohort(MatchingPolicy.defaults());
    MatchingRun first = mentoring.matching().propose(HR, pid);

    MatchingRun second = mentoring.matching().propose(HR, pid);

    assertThat(second.proposed()).isEmpty();
    assertThat(second.unmatched().keySet()).isEqualTo(first.unmatched().keySet());
    assertThat(second.unmatched().values()).containsOnly("no mentor has places left");
    assertThat(mentoring.pairs().list(HR, pid)).hasSize(first.proposed().size());
  }

  @Test
  void propose_twoMentorsPerMentee_noMenteeOverItsPlaces() {
    ProgramId pid = cohort(MatchingPolicy.defaults().withMaxMentorsPerMentee(2));
    assertThat(mentoring.matching().problem(HR, pid).menteePlaces()).containsValue(2);

    MatchingRun run = mentoring.matching().propose(HR, pid);

    Map<ParticipantId, Long> perMentee =
        run.proposed().stream().collect(groupingBy(Pair::menteeId, counting()));
    assertThat(perMentee.values()).allSatisfy(n -> assertThat(n).isBetween(1L, 2L));
    assertThat(run.proposed()).hasSize(4).doesNotHaveDuplicates();
    assertThat(run.proposed())
        .noneMatch(p -> p.mentorId().equals(id("ada")) && p.menteeId().equals(id("dan")));
  }

  @Test
  void propose_peerProgram_everyBuiltIn_neverPairsSomeoneWithThemselves() {
    Program program =
        mentoring
            .programs()
            .create(
                HR,
                ProgramSpec.builder("Peer circle")
                    .format(ProgramFormat.PEER)
                    .enrollmentApprovalRequired(false)
                    .build());
    ProgramId pid = program.id();
    mentoring.programs().openEnrollment(HR, pid);
    // Each offers what they seek, so their own row would score best if it were allowed.
    for (String who : List.of("kim", "lea", "max")) {
      enroll(
          pid,
          who,
          EnrollmentRole.MENTOR_AND_MENTEE,
          1,
          Profile.builder()
              .offers(who + "-skill", 5)
              .seeks(who + "-skill", 5)
              .languages("en")
              .build());
    }
    mentoring.programs().startMatching(HR, pid);
    MatchingProblem problem = mentoring.matching().problem(HR, pid);
    assertThat(problem.mentors()).hasSize(3);
    assertThat(problem.mentees()).hasSize(3);

    for (MatchingStrategy strategy : MatchingStrategies.builtIns().strategies()) {
      MatchingResult result = strategy.match(problem);

      assertThat(result.proposals())
          .as(strategy.id())
          .isNotEmpty()
          .noneMatch(p -> p.mentorId().equals(p.menteeId()));
    }
    assertThat(mentoring.matching().propose(HR, pid).proposed())
        .hasSize(3)
        .noneMatch(p -> p.mentorId().equals(p.menteeId()));
  }
}
