package dev.mentoring.testkit.assertions;

import static dev.mentoring.testkit.assertions.MentoringAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mentoring.core.ParticipantId;
import dev.mentoring.core.enrollment.Consent;
import dev.mentoring.core.enrollment.Enrollment;
import dev.mentoring.core.enrollment.EnrollmentId;
import dev.mentoring.core.enrollment.EnrollmentStatus;
import dev.mentoring.core.enrollment.Profile;
import dev.mentoring.core.matching.CandidatePair;
import dev.mentoring.core.matching.MatchingProblem;
import dev.mentoring.core.matching.MatchingResult;
import dev.mentoring.core.matching.Proposal;
import dev.mentoring.core.pairing.Explanation;
import dev.mentoring.core.program.EnrollmentRole;
import dev.mentoring.core.program.Program;
import dev.mentoring.core.program.ProgramId;
import dev.mentoring.core.program.ProgramSpec;
import dev.mentoring.core.program.ProgramStatus;
import dev.mentoring.matching.MatchingStrategies;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MatchingResultAssertTest {
  private static final Instant T0 = Instant.parse("2026-01-05T09:00:00Z");
  private static final ProgramId PROGRAM = ProgramId.of("p1");
  private static final ParticipantId AMY = ParticipantId.of("amy");
  private static final ParticipantId BOB = ParticipantId.of("bob");
  private static final ParticipantId DAN = ParticipantId.of("dan");
  private static final ParticipantId ELI = ParticipantId.of("eli");
  private static final ParticipantId GUS = ParticipantId.of("gus");
  private static final ParticipantId ZED = ParticipantId.of("zed");

  /** Mentors amy (1 place) and bob (2 places); mentees dan, eli, gus; bob may not mentor gus. */
  private static final MatchingProblem PROBLEM =
      problem(Map.of(AMY, 1, BOB, 2), List.of(DAN, ELI, GUS), Set.of(new CandidatePair(BOB, GUS)));

  private static Enrollment enrollment(ParticipantId who, EnrollmentRole role) {
    return new Enrollment(
        EnrollmentId.of("e-" + who),
        1,
        PROGRAM,
        who,
        role,
        Profile.builder().offers("Java", 3).seeks("Java", 3).build(),
        Map.of(),
        role.mentors() ? 2 : 0,
        Set.of(Consent.MATCHING),
        EnrollmentStatus.APPROVED,
        T0,
        T0);
  }

  private static MatchingProblem problem(
      Map<ParticipantId, Integer> mentorPlaces,
      List<ParticipantId> mentees,
      Set<CandidatePair> excluded) {
    Program program =
        new Program(
            PROGRAM, 1, ProgramSpec.builder("Pilot").build(), ProgramStatus.MATCHING, T0, T0);
    List<Enrollment> mentors = new ArrayList<>();
    mentorPlaces.keySet().stream()
        .sorted()
        .forEach(m -> mentors.add(enrollment(m, EnrollmentRole.MENTOR)));
    Map<ParticipantId, Integer> menteePlaces = new HashMap<>();
    List<Enrollment> menteeEnrollments = new ArrayList<>();
    for (ParticipantId m : mentees) {
      menteeEnrollments.add(enrollment(m, EnrollmentRole.MENTEE));
      menteePlaces.put(m, 1);
    }
    return new MatchingProblem(
        program, mentors, menteeEnrollments, List.of(), mentorPlaces, menteePlaces, excluded, 42);
  }

  private static Proposal proposal(ParticipantId mentor, ParticipantId mentee) {
    return new Proposal(mentor, mentee, Explanation.of("test"));
  }

  private static MatchingResult result(
      Map<ParticipantId, String> unmatched, Proposal... proposals) {
    return new MatchingResult(List.of(proposals), unmatched, Map.of());
  }

  private static final MatchingResult FEASIBLE =
      result(Map.of(GUS, "no place left"), proposal(AMY, DAN), proposal(BOB, ELI));

  @Test
  void feasibleResult_passesEveryRule() {
    assertThat(FEASIBLE)
        .isFeasibleFor(PROBLEM)
        .matchesAtMostOneMentorPerMentee()
        .hasProposalCount(2)
        .proposes(AMY, DAN)
        .proposes(BOB, ELI)
        .doesNotPropose(BOB, DAN);
  }

  @Test
  void builtInStrategies_produceFeasibleResults() {
    for (var strategy : MatchingStrategies.builtIns().strategies()) {
      assertThat(strategy.match(PROBLEM)).as(strategy.id()).isFeasibleFor(PROBLEM);
    }
  }

  @Test
  void respectsCapacities_overfilledMentorAndMentee_namesEach() {
    MatchingResult overfilled =
        result(Map.of(), proposal(AMY, DAN), proposal(AMY, ELI), proposal(BOB, DAN));

    assertThatThrownBy(() -> assertThat(overfilled).respectsCapacities(PROBLEM))
        .isInstanceOf(AssertionError.class)
        .hasMessage(
            String.format(
                "Expecting the matching result to respect the problem's places, but:%n"
                    + "  mentor amy has 1 place but is proposed 2 times: [amy -> dan, amy -> eli]%n"
                    + "  mentee dan has 1 place but is proposed 2 times: [amy -> dan, bob -> dan]"));
  }

  @Test
  void respectsCapacities_mentorWithoutPlaces_hasNone() {
    MatchingResult stranger = result(Map.of(), proposal(ZED, DAN));

    assertThatThrownBy(() -> assertThat(stranger).respectsCapacities(PROBLEM))
        .hasMessageContaining("mentor zed has 0 places but is proposed 1 times: [zed -> dan]");
  }

  @Test
  void proposesOnlyEligibleParticipants_namesTheIneligible() {
    MatchingResult wrong = result(Map.of(), proposal(ZED, DAN), proposal(AMY, BOB));

    assertThatThrownBy(() -> assertThat(wrong).proposesOnlyEligibleParticipants(PROBLEM))
        .hasMessage(
            String.format(
                "Expecting the matching result to propose only eligible mentors and mentees, but:%n"
                    + "  zed -> dan: zed is not an eligible mentor%n"
                    + "  amy -> bob: bob is not an eligible mentee"));
  }

  @Test
  void hasNoExcludedPair_namesExcludedAndSelfPairs() {
    MatchingResult excluded = result(Map.of(), proposal(BOB, GUS), proposal(AMY, AMY));

    assertThatThrownBy(() -> assertThat(excluded).hasNoExcludedPair(PROBLEM))
        .hasMessage(
            String.format(
                "Expecting the matching result to propose no excluded pair, but:%n"
                    + "  bob -> gus is excluded by the problem%n"
                    + "  amy -> amy pairs a person with themselves"));
  }

  @Test
  void hasNoDuplicateProposals_namesTheRepeatedPair() {
    MatchingResult twice = result(Map.of(), proposal(BOB, DAN), proposal(BOB, DAN));

    assertThatThrownBy(() -> assertThat(twice).hasNoDuplicateProposals())
        .hasMessageContaining("bob -> dan is proposed 2 times");
    assertThatThrownBy(() -> assertThat(twice).isFeasibleFor(PROBLEM))
        .hasMessageContaining("to propose each pair at most once");
  }

  @Test
  void matchesAtMostOneMentorPerMentee_namesTheMentee() {
    MatchingResult shared = result(Map.of(), proposal(AMY, DAN), proposal(BOB, DAN));

    assertThatThrownBy(() -> assertThat(shared).matchesAtMostOneMentorPerMentee())
        .hasMessageContaining("mentee dan is proposed 2 mentors: [amy -> dan, bob -> dan]");
  }

  @Test
  void accountsForEveryMentee_namesMissingWrongAndForeignEntries() {
    MatchingResult sloppy =
        result(Map.of(DAN, "listed by mistake", ZED, "not in the problem"), proposal(AMY, DAN));

    assertThatThrownBy(() -> assertThat(sloppy).accountsForEveryMentee(PROBLEM))
        .hasMessage(
            String.format(
                "Expecting the matching result to account for every mentee, but:%n"
                    + "  mentee dan has a proposal but is listed as unmatched%n"
                    + "  mentee eli has no proposal and is not listed as unmatched%n"
                    + "  mentee gus has no proposal and is not listed as unmatched%n"
                    + "  zed is listed as unmatched but is not a mentee of the problem"));
  }

  @Test
  void simpleAssertions_failWithWhatTheResultHolds() {
    assertThatThrownBy(() -> assertThat(FEASIBLE).hasProposalCount(3))
        .hasMessage("Expecting 3 proposals but the result has 2: [amy -> dan, bob -> eli]");
    assertThatThrownBy(() -> assertThat(FEASIBLE).proposes(AMY, ELI))
        .hasMessage(
            "Expecting a proposal amy -> eli but the result proposes [amy -> dan, bob -> eli]");
    assertThatThrownBy(() -> assertThat(FEASIBLE).doesNotPropose(AMY, DAN))
        .hasMessage("Expecting no proposal amy -> dan but the result has one");
  }

  @Test
  void description_prefixesTheMessage() {
    assertThatThrownBy(() -> assertThat(FEASIBLE).as("greedy").hasProposalCount(0))
        .hasMessageStartingWith("[greedy] Expecting 0 proposals");
  }

  @Test
  void nullActualOrArguments_fail() {
    assertThatThrownBy(() -> assertThat((MatchingResult) null).hasProposalCount(0))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("Expecting actual not to be null");
    assertThatThrownBy(() -> assertThat(FEASIBLE).isFeasibleFor(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("problem");
    assertThatThrownBy(() -> assertThat(FEASIBLE).proposes(null, DAN)).hasMessage("mentor");
  }
}
