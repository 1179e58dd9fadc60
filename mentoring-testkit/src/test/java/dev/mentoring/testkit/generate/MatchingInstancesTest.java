package dev.mentoring.testkit.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import dev.mentoring.core.ParticipantId;
import dev.mentoring.core.enrollment.Enrollment;
import dev.mentoring.core.enrollment.EnrollmentStatus;
import dev.mentoring.core.matching.CandidatePair;
import dev.mentoring.core.matching.MatchingProblem;
import dev.mentoring.core.pairing.Pair;
import dev.mentoring.core.pairing.PairStatus;
import dev.mentoring.core.program.EnrollmentRole;
import dev.mentoring.core.program.ProgramFormat;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MatchingInstancesTest {
  private static final SyntheticOrganization ORG = SyntheticOrganization.generate(77L, 3_000);

  @Test
  void defaults() {
    MatchingInstances d = MatchingInstances.defaults();
    assertThat(d.mentees()).isEqualTo(200);
    assertThat(d.mentors()).isEqualTo(60);
    assertThat(d.minCapacity()).isEqualTo(1);
    assertThat(d.maxCapacity()).isEqualTo(3);
    assertThat(d.maxMentorsPerMentee()).isEqualTo(1);
    assertThat(d.existingPairs()).isZero();
    assertThat(d.exclusionsPerMentee()).isEqualTo(0.1);
    assertThat(d.toBuilder().build()).hasToString(d.toString());
    assertThat(d.program().spec().format()).isEqualTo(ProgramFormat.ONE_TO_ONE);
  }

  @Test
  void problem_isShapedAsTheEngineShapesIt() {
    MatchingProblem p = MatchingInstances.defaults().problem(ORG, 5L);
    assertThat(p.seed()).isEqualTo(5L);
    assertThat(p.mentees()).hasSize(200);
    assertThat(p.mentors()).hasSize(60);
    assertThat(p.mentees()).extracting(Enrollment::participantId).isSorted();
    assertThat(p.mentors()).extracting(Enrollment::participantId).isSorted();
    assertThat(p.mentees())
        .allSatisfy(
            e -> {
              assertThat(e.role()).isEqualTo(EnrollmentRole.MENTEE);
              assertThat(e.status()).isEqualTo(EnrollmentStatus.APPROVED);
              assertThat(e.capacity()).isZero();
              Employee person = ORG.find(e.participantId()).orElseThrow();
              assertThat(person.willingToBeMentored()).isTrue();
              assertThat(e.profile().seniority()).isEqualTo(person.level());
              assertThat(e.profile().department()).isEqualTo(person.department());
              assertThat(e.profile().timeZone()).isEqualTo(person.timeZone());
              assertThat(e.profile().skillsSought()).isEqualTo(person.skillsSought());
              assertThat(e.profile().managerChain()).startsWith(person.manager());
            });
    assertThat(p.mentors())
        .allSatisfy(
            e -> {
              assertThat(e.role()).isEqualTo(EnrollmentRole.MENTOR);
              assertThat(e.capacity()).isBetween(1, 3);
              assertThat(p.mentorPlaces().get(e.participantId())).isEqualTo(e.capacity());
              assertThat(ORG.find(e.participantId()).orElseThrow().willingToMentor()).isTrue();
            });
    Set<ParticipantId> mentees = p.menteePlaces().keySet();
    assertThat(p.mentorPlaces().keySet()).doesNotContainAnyElementsOf(mentees);
    assertThat(p.menteePlaces().values()).containsOnly(1);
    assertThat(p.existingPairs()).isEmpty();
  }

  @Test
  void problem_excludesRelationsAndExclusions() {
    MatchingProblem p =
        MatchingInstances.builder()
            .mentees(300)
            .mentors(150)
            .exclusionsPerMentee(2)
            .build()
            .problem(ORG, 6L);
    Set<CandidatePair> expected = new HashSet<>();
    for (Enrollment mentor : p.mentors()) {
      for (Enrollment mentee : p.mentees()) {
        ParticipantId a = mentor.participantId();
        ParticipantId b = mentee.participantId();
        if (mentor.profile().reportsTo(b)
            || mentee.profile().reportsTo(a)
            || mentee.profile().exclusions().contains(a)) {
          expected.add(new CandidatePair(a, b));
        }
      }
    }
    assertThat(p.excluded()).isEqualTo(expected);
    long relations =
        expected.stream()
            .filter(
                c ->
                    !p.mentees().stream()
                        .filter(e -> e.participantId().equals(c.menteeId()))
                        .findFirst()
                        .orElseThrow()
                        .profile()
                        .exclusions()
                        .contains(c.mentorId()))
            .count();
    assertThat(relations).as("manager-chain relations").isPositive();
    assertThat(expected.size() - relations).isGreaterThan(400);
  }

  @Test
  void problem_existingPairsTakePlacesAndAreExcluded() {
    MatchingInstances settings =
        MatchingInstances.builder()
            .mentees(100)
            .mentors(30)
            .capacity(2, 4)
            .maxMentorsPerMentee(2)
            .existingPairs(40)
            .build();
    MatchingProblem p = settings.problem(ORG, 8L);
    assertThat(p.existingPairs()).hasSize(40);
    assertThat(p.existingPairs())
        .extracting(Pair::status)
        .contains(PairStatus.PROPOSED, PairStatus.ACTIVE);
    Map<ParticipantId, Integer> mentorUsed = new HashMap<>();
    Map<ParticipantId, Integer> menteeUsed = new HashMap<>();
    for (Pair pair : p.existingPairs()) {
      mentorUsed.merge(pair.mentorId(), 1, Integer::sum);
      menteeUsed.merge(pair.menteeId(), 1, Integer::sum);
      if (p.mentorPlaces().containsKey(pair.mentorId())
          && p.menteePlaces().containsKey(pair.menteeId())) {
        assertThat(p.allows(pair.mentorId(), pair.menteeId())).isFalse();
      }
    }
    for (Enrollment e : p.mentors()) {
      assertThat(p.mentorPlaces().get(e.participantId()))
          .isEqualTo(e.capacity() - mentorUsed.getOrDefault(e.participantId(), 0));
    }
    for (Enrollment e : p.mentees()) {
      assertThat(p.menteePlaces().get(e.participantId()))
          .isEqualTo(2 - menteeUsed.getOrDefault(e.participantId(), 0));
    }
    // Mentees paired twice already have no place left and are left out.
    long full = menteeUsed.values().stream().filter(c -> c == 2).count();
    assertThat(p.mentees()).hasSize(100 - (int) full);
  }

  @Test
  void problem_isDeterministic() {
    MatchingInstances settings = MatchingInstances.builder().existingPairs(20).build();
    assertThat(settings.problem(ORG, 9L)).isEqualTo(settings.problem(ORG, 9L));
    assertThat(settings.problem(SyntheticOrganization.generate(77L, 3_000), 9L))
        .isEqualTo(settings.problem(ORG, 9L));
    assertThat(settings.problem(ORG, 10L)).isNotEqualTo(settings.problem(ORG, 9L));
  }

  @Test
  void problem_tooFewWillingPeople() {
    SyntheticOrganization small = SyntheticOrganization.generate(1L, 100);
    assertThatIllegalArgumentException()
        .isThrownBy(() -> MatchingInstances.builder().mentees(90).build().problem(small, 1L))
        .withMessageStartingWith("SyntheticOrganization[100 people, seed 1] has ")
        .withMessageEndingWith(
            " people willing to be mentored, fewer than the 90 mentees asked for");
    assertThatIllegalArgumentException()
        .isThrownBy(
            () -> MatchingInstances.builder().mentees(5).mentors(60).build().problem(small, 1L))
        .withMessageEndingWith(
            " other people willing to mentor, fewer than the 60 mentors asked for");
  }

  @Test
  void problem_withNobody() {
    MatchingProblem p =
        MatchingInstances.builder().mentees(0).mentors(0).existingPairs(5).build().problem(ORG, 1L);
    assertThat(p.mentees()).isEmpty();
    assertThat(p.mentors()).isEmpty();
    assertThat(p.existingPairs()).isEmpty();
    assertThat(p.excluded()).isEmpty();
  }

  @Test
  void builder_rejectsBadValues() {
    MatchingInstances.Builder b = MatchingInstances.builder();
    assertThatIllegalArgumentException()
        .isThrownBy(() -> b.mentees(-1))
        .withMessage("mentees must be at least 0, was -1");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> b.mentors(-2))
        .withMessage("mentors must be at least 0, was -2");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> b.capacity(0, 3))
        .withMessage("capacity must satisfy 1 <= min <= max <= 100, was 0..3");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> b.capacity(3, 2))
        .withMessage("capacity must satisfy 1 <= min <= max <= 100, was 3..2");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> b.maxMentorsPerMentee(11))
        .withMessage("maxMentorsPerMentee must be between 1 and 10, was 11");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> b.existingPairs(-1))
        .withMessage("existingPairs must be at least 0, was -1");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> b.exclusionsPerMentee(Double.NaN))
        .withMessage("exclusionsPerMentee must be between 0 and 100, was NaN");
  }
}
