package dev.mentoring.testkit.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import dev.mentoring.core.ParticipantData;
import dev.mentoring.core.enrollment.Answer;
import dev.mentoring.core.enrollment.Consent;
import dev.mentoring.core.enrollment.Enrollment;
import dev.mentoring.core.enrollment.Profile;
import dev.mentoring.core.enrollment.Skill;
import dev.mentoring.core.event.EnrollmentStatusChanged;
import dev.mentoring.core.event.MentoringEvent;
import dev.mentoring.core.event.PairStatusChanged;
import dev.mentoring.core.event.ProgramStatusChanged;
import dev.mentoring.core.feedback.SurveyResponse;
import dev.mentoring.core.matching.CandidatePair;
import dev.mentoring.core.matching.MatchingProblem;
import dev.mentoring.core.notification.Notification;
import dev.mentoring.core.notification.ProgramPhaseChanged;
import dev.mentoring.core.notification.ProposalAwaitingAnswer;
import dev.mentoring.core.notification.ProposalExpiring;
import dev.mentoring.core.pairing.ExitReason;
import dev.mentoring.core.pairing.Pair;
import dev.mentoring.core.pairing.PairId;
import dev.mentoring.core.pairing.PairStatus;
import dev.mentoring.core.program.EnrollmentRole;
import dev.mentoring.core.program.ProgramSpec;
import dev.mentoring.core.program.Question;
import dev.mentoring.core.program.QuestionType;
import dev.mentoring.matching.MatchingEvaluation;
import dev.mentoring.matching.Recommendation;
import dev.mentoring.matching.scoring.PairExplanation;
import dev.mentoring.testkit.quicktheories.TestkitGens;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * Generated values hold the invariants their types document, beyond what their constructors check,
 * for every draw QuickTheories makes (and shrinks) through {@link TestkitGens}.
 */
class DomainGeneratorsPropertyTest {
  private static final long SEED = 0x7E57_C0DEL;

  @Test
  void pairs_areConsistentWithTheirStatus() {
    qt().withFixedSeed(SEED)
        .withExamples(400)
        .forAll(TestkitGens.of(DomainGenerators.pairs(), 6))
        .checkAssert(DomainGeneratorsPropertyTest::checkPair);
  }

  static void checkPair(Pair p) {
    assertThat(p.mentorId()).isNotEqualTo(p.menteeId());
    assertThat(p.acceptedAt() == null || p.acceptedAt().isBefore(p.expiresAt())).isTrue();
    assertOrdered(p.proposedAt(), p.acceptedAt(), p.startedAt(), p.endedAt());
    assertThat(p.updatedAt()).isAfterOrEqualTo(p.proposedAt());
    boolean closedProposal =
        Set.of(PairStatus.DECLINED, PairStatus.EXPIRED, PairStatus.WITHDRAWN).contains(p.status());
    assertThat(p.exit() != null)
        .as("exit of %s", p.status())
        .isEqualTo(closedProposal || p.status() == PairStatus.ENDED_EARLY);
    assertThat(p.endedAt() != null)
        .as("endedAt of %s", p.status())
        .isEqualTo(p.status().isTerminal());
    assertThat(p.acceptedAt() == null)
        .as("acceptedAt of %s", p.status())
        .isEqualTo(p.status() == PairStatus.PROPOSED || closedProposal);
    if (p.status() == PairStatus.PROPOSED) {
      assertThat(p.pendingApprovals()).isNotEmpty();
    }
    if (p.status().isCommitted() || p.status() == PairStatus.COMPLETED) {
      assertThat(p.approvals()).containsAll(p.requiredApprovals());
    }
    if (p.status() == PairStatus.ACTIVE
        || p.status() == PairStatus.PAUSED
        || p.status() == PairStatus.COMPLETED) {
      assertThat(p.startedAt()).isNotNull();
    }
    if (p.exit() != null) {
      assertThat(p.exit().at()).isEqualTo(p.endedAt());
      if (p.exit().note() != null) {
        assertThat(p.exit().initiatedBy()).isNotNull();
      }
      if (p.status() == PairStatus.ENDED_EARLY) {
        assertThat(
                p.exit().reason().isChoosable()
                    || p.exit().reason() == ExitReason.PARTICIPANT_WITHDREW
                    || p.exit().reason() == ExitReason.PROGRAM_CLOSED)
            .isTrue();
      }
    }
    assertThat(p.score()).isBetween(0, 1_000);
  }

  private static void assertOrdered(Instant first, @Nullable Instant... later) {
    Instant last = first;
    for (Instant t : later) {
      if (t != null) {
        assertThat(t).isAfterOrEqualTo(last);
        last = t;
      }
    }
  }

  @Test
  void enrollments_neverNameTheirOwnParticipantAndMenteesHaveNoCapacity() {
    qt().withFixedSeed(SEED)
        .withExamples(300)
        .forAll(TestkitGens.of(DomainGenerators.enrollments(), 8))
        .checkAssert(DomainGeneratorsPropertyTest::checkEnrollment);
  }

  static void checkEnrollment(Enrollment e) {
    assertThat(e.profile().managerChain()).doesNotContain(e.participantId());
    assertThat(e.profile().exclusions()).doesNotContain(e.participantId());
    assertThat(e.profile().preferences().preferredPartners()).doesNotContain(e.participantId());
    assertThat(e.consents()).contains(Consent.MATCHING);
    assertThat(e.updatedAt()).isAfterOrEqualTo(e.appliedAt());
    if (e.role() == EnrollmentRole.MENTEE) {
      assertThat(e.capacity()).isZero();
    } else {
      assertThat(e.capacity()).isBetween(0, 100);
    }
    checkProfile(e.profile());
  }

  @Test
  void profiles_stayWithinTheDocumentedLimits() {
    qt().withFixedSeed(SEED)
        .withExamples(300)
        .forAll(TestkitGens.of(DomainGenerators.profiles(), 150))
        .checkAssert(DomainGeneratorsPropertyTest::checkProfile);
  }

  static void checkProfile(Profile p) {
    assertThat(p.skillsOffered()).hasSizeLessThanOrEqualTo(100);
    assertThat(p.skillsSought()).hasSizeLessThanOrEqualTo(100);
    assertDistinctIgnoringCase(p.skillsOffered());
    assertDistinctIgnoringCase(p.skillsSought());
    assertThat(p.topics())
        .hasSizeLessThanOrEqualTo(100)
        .allSatisfy(t -> assertThat(t).isNotBlank().hasSizeLessThanOrEqualTo(100));
    assertThat(p.languages())
        .hasSizeLessThanOrEqualTo(20)
        .allSatisfy(l -> assertThat(l).matches("[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*"));
    assertThat(p.seniority()).isBetween(0, 20);
    if (p.location() != null) {
      assertThat(p.location()).hasSizeLessThanOrEqualTo(200);
    }
    if (p.department() != null) {
      assertThat(p.department()).hasSizeLessThanOrEqualTo(200);
    }
    assertThat(p.managerChain()).hasSizeLessThanOrEqualTo(20);
    assertThat(p.exclusions()).hasSizeLessThanOrEqualTo(1_000);
    assertThat(p.preferences().preferredPartners()).hasSizeLessThanOrEqualTo(20);
    assertThat(p.availability().hoursPerMonth()).isBetween(0, 200);
  }

  private static void assertDistinctIgnoringCase(java.util.List<Skill> skills) {
    Set<String> names = new HashSet<>();
    for (Skill s : skills) {
      assertThat(names.add(s.name().toLowerCase(Locale.ROOT))).as("distinct %s", s.name()).isTrue();
      assertThat(s.name()).isNotBlank().hasSizeLessThanOrEqualTo(100);
      assertThat(s.level()).isBetween(1, 5);
    }
  }

  @Test
  void programSpecs_haveOrderedDatesDistinctKeysAndWellFormedQuestions() {
    qt().withFixedSeed(SEED)
        .withExamples(200)
        .forAll(TestkitGens.of(DomainGenerators.programSpecs(), 10))
        .checkAssert(
            spec -> {
              assertThat(spec.name()).isNotBlank().hasSizeLessThanOrEqualTo(200);
              assertThat(spec.objectives()).hasSizeLessThanOrEqualTo(20);
              if (spec.schedule().start() != null && spec.schedule().end() != null) {
                assertThat(spec.schedule().end()).isAfterOrEqualTo(spec.schedule().start());
              }
              Set<String> keys = new HashSet<>();
              for (Question q : spec.form().questions()) {
                assertThat(keys.add(q.key())).as("distinct key %s", q.key()).isTrue();
                assertThat(q.key()).matches("[a-z0-9][a-z0-9_.-]*").hasSizeLessThanOrEqualTo(64);
                boolean choice =
                    q.type() == QuestionType.SINGLE_CHOICE
                        || q.type() == QuestionType.MULTIPLE_CHOICE;
                assertThat(q.options().isEmpty()).isEqualTo(!choice);
                assertThat(new HashSet<>(q.options())).hasSameSizeAs(q.options());
                if (q.min() != null && q.max() != null) {
                  assertThat(q.min()).isLessThanOrEqualTo(q.max());
                }
                if (q.type() != QuestionType.NUMBER) {
                  assertThat(q.min()).isNull();
                  assertThat(q.max()).isNull();
                }
              }
              assertThat(spec.admins()).hasSizeLessThanOrEqualTo(50);
            });
  }

  @Test
  void reminderPolicies_keepEveryComponentInRangeAndEscalateAfterTheNudge() {
    qt().withFixedSeed(SEED)
        .withExamples(400)
        .forAll(TestkitGens.of(DomainGenerators.reminderPolicies(), 0))
        .checkAssert(
            p -> {
              Duration hour = Duration.ofHours(1);
              Duration day = Duration.ofDays(1);
              Duration ninetyDays = Duration.ofDays(90);
              assertThat(p.answerReminderAfter()).isBetween(hour, ninetyDays);
              assertThat(p.expiryWarningBefore()).isBetween(hour, ninetyDays);
              assertThat(p.meetingReminderBefore())
                  .isBetween(Duration.ofMinutes(15), Duration.ofDays(7));
              assertThat(p.logFollowUpAfter()).isBetween(Duration.ZERO, Duration.ofDays(14));
              assertThat(p.inactivityNudgeAfter()).isBetween(day, Duration.ofDays(366));
              assertThat(p.inactivityEscalationAfter())
                  .isBetween(day, Duration.ofDays(366))
                  .isGreaterThan(p.inactivityNudgeAfter());
              assertThat(p.goalDueWarning()).isBetween(hour, ninetyDays);
              assertThat(p.fitCheckAfterMeetings()).isBetween(1, 20);
              assertThat(p.surveyReminderAfter()).isBetween(hour, ninetyDays);
            });
  }

  @Test
  void applicationsForASpec_answerEveryRequiredQuestionOfTheirRole() {
    ProgramSpec spec = DomainGenerators.programSpecs().generate(11L, 12);
    qt().withFixedSeed(SEED)
        .withExamples(200)
        .forAll(TestkitGens.of(DomainGenerators.applications(spec), 6))
        .checkAssert(
            a -> {
              for (Question q : spec.form().questions()) {
                Answer answer = a.answers().get(q.key());
                if (!q.appliesTo(a.role())) {
                  assertThat(answer).isNull();
                } else if (q.required()) {
                  assertThat(answer).as("answer to %s", q.key()).isNotNull();
                }
              }
              assertThat(a.consents()).contains(Consent.MATCHING);
              if (!a.role().mentors()) {
                assertThat(a.capacity()).isNull();
              }
            });
  }

  @Test
  void events_moveAlongTheirLifecycle() {
    qt().withFixedSeed(SEED)
        .withExamples(300)
        .forAll(TestkitGens.of(EventGenerators.events(), 4))
        .checkAssert(DomainGeneratorsPropertyTest::checkEvent);
  }

  private static void checkEvent(MentoringEvent e) {
    if (e instanceof ProgramStatusChanged c) {
      assertThat(c.from().canMoveTo(c.to())).isTrue();
    } else if (e instanceof EnrollmentStatusChanged c) {
      assertThat(c.from().canMoveTo(c.to())).isTrue();
    } else if (e instanceof PairStatusChanged c) {
      assertThat(c.from().canMoveTo(c.to())).isTrue();
    }
  }

  @Test
  void notifications_haveTimesInOrder() {
    qt().withFixedSeed(SEED)
        .withExamples(300)
        .forAll(TestkitGens.of(EventGenerators.notifications(), 4))
        .checkAssert(DomainGeneratorsPropertyTest::checkNotification);
  }

  private static void checkNotification(Notification n) {
    if (n instanceof ProposalAwaitingAnswer a) {
      assertThat(a.at()).isAfterOrEqualTo(a.proposedAt());
    } else if (n instanceof ProposalExpiring x) {
      assertThat(x.at()).isBeforeOrEqualTo(x.expiresAt());
    } else if (n instanceof ProgramPhaseChanged c) {
      assertThat(c.from().canMoveTo(c.to())).isTrue();
    }
  }

  @Test
  void matchingProblems_areShapedAsTheEngineBuildsThem() {
    qt().withFixedSeed(SEED)
        .withExamples(150)
        .forAll(TestkitGens.of(MatchingGenerators.matchingProblems(), 20))
        .checkAssert(DomainGeneratorsPropertyTest::checkProblem);
  }

  static void checkProblem(MatchingProblem p) {
    assertThat(p.program().status().acceptsPairs()).isTrue();
    assertThat(p.mentors())
        .isSortedAccordingTo((a, b) -> a.participantId().compareTo(b.participantId()));
    assertThat(p.mentees())
        .isSortedAccordingTo((a, b) -> a.participantId().compareTo(b.participantId()));
    Map<dev.mentoring.core.ParticipantId, Integer> committed = new java.util.HashMap<>();
    for (Pair existing : p.existingPairs()) {
      assertThat(existing.status().isCommitted()).isTrue();
      committed.merge(existing.mentorId(), 1, Integer::sum);
    }
    for (Enrollment mentor : p.mentors()) {
      assertThat(mentor.isActive()).isTrue();
      assertThat(p.mentorPlaces().get(mentor.participantId()))
          .isEqualTo(mentor.capacity() - committed.getOrDefault(mentor.participantId(), 0));
    }
    for (Enrollment mentee : p.mentees()) {
      assertThat(mentee.isActive()).isTrue();
      assertThat(p.menteePlaces().get(mentee.participantId()))
          .isBetween(1, p.program().matchingPolicy().maxMentorsPerMentee());
      for (Enrollment mentor : p.mentors()) {
        boolean related =
            mentee.profile().reportsTo(mentor.participantId())
                || mentor.profile().reportsTo(mentee.participantId())
                || mentee.profile().exclusions().contains(mentor.participantId())
                || mentor.profile().exclusions().contains(mentee.participantId());
        if (related) {
          assertThat(p.excluded())
              .contains(new CandidatePair(mentor.participantId(), mentee.participantId()));
        }
      }
    }
  }

  @Test
  void matchingValues_areInternallyConsistent() {
    qt().withFixedSeed(SEED)
        .withExamples(200)
        .forAll(
            TestkitGens.of(MatchingGenerators.recommendations(), 6),
            TestkitGens.of(MatchingGenerators.pairExplanations(), 6),
            TestkitGens.of(MatchingGenerators.matchingEvaluations(), 30))
        .checkAssert(
            (Recommendation r, PairExplanation x, MatchingEvaluation e) -> {
              assertThat(r.score()).isEqualTo(r.explanation().score()).isBetween(0, 1_000);
              assertThat(r.rank()).isPositive();
              assertThat(x.score()).isBetween(0, 1_000);
              assertThat(x.candidate() && !x.allowed()).isFalse();
              assertThat(e.matched() + e.unmatched()).isEqualTo(e.mentees());
              assertThat(e.pairs()).isGreaterThanOrEqualTo(e.matched());
              assertThat(
                      e.mentorLoads().entrySet().stream()
                          .mapToInt(l -> l.getKey() * l.getValue())
                          .sum())
                  .isEqualTo(e.pairs());
              e.segments().forEach((label, s) -> assertThat(s.segment()).isEqualTo(label));
              if (e.pairs() > 0) {
                assertThat(e.meanScore()).isBetween((double) e.minScore(), 1_000.0);
              }
            });
  }

  @Test
  void participantData_isAboutOnePerson() {
    qt().withFixedSeed(SEED)
        .withExamples(100)
        .forAll(TestkitGens.of(DomainGenerators.participantData(), 8))
        .checkAssert(
            (ParticipantData d) -> {
              assertThat(d.enrollments())
                  .allSatisfy(e -> assertThat(e.participantId()).isEqualTo(d.participantId()));
              assertThat(d.pairs())
                  .allSatisfy(p -> assertThat(p.involves(d.participantId())).isTrue());
              assertThat(d.reminders())
                  .allSatisfy(r -> assertThat(r.recipient()).isEqualTo(d.participantId()));
              d.pairs().forEach(DomainGeneratorsPropertyTest::checkPair);
              Set<PairId> pairs = new HashSet<>();
              d.pairs().forEach(p -> pairs.add(p.id()));
              assertThat(d.goals()).allSatisfy(g -> assertThat(pairs).contains(g.pairId()));
              assertThat(d.meetings())
                  .allSatisfy(
                      m -> {
                        assertThat(pairs).contains(m.pairId());
                        assertThat(m.privateNotes().keySet()).isSubsetOf(d.participantId());
                        assertThat(m.ratings().keySet()).isSubsetOf(d.participantId());
                      });
              assertThat(d.responses())
                  .allSatisfy(r -> assertThat(r.respondentId()).isEqualTo(d.participantId()))
                  .isSortedAccordingTo(
                      Comparator.comparing(SurveyResponse::submittedAt)
                          .thenComparing(SurveyResponse::id));
            });
  }

  @Test
  void sizeZero_emptiesTheCollectionsTheSizeBounds() {
    for (long seed = 0; seed < 50; seed++) {
      Profile p = DomainGenerators.profiles().generate(seed, 0);
      assertThat(p.skillsOffered()).isEmpty();
      assertThat(p.skillsSought()).isEmpty();
      assertThat(p.topics()).isEmpty();
      assertThat(p.languages()).isEmpty();
      assertThat(p.managerChain()).isEmpty();
      assertThat(p.exclusions()).isEmpty();
      ProgramSpec spec = DomainGenerators.programSpecs().generate(seed, 0);
      assertThat(spec.objectives()).isEmpty();
      assertThat(spec.form().questions()).isEmpty();
      assertThat(spec.admins()).isEmpty();
      assertThat(DomainGenerators.matchingRuns().generate(seed, 0).proposed()).isEmpty();
      assertThat(MatchingGenerators.matchingResults().generate(seed, 0).proposals()).isEmpty();
      assertThat(MatchingGenerators.matchingProblems().generate(seed, 0).mentees()).isEmpty();
      assertThat(DomainGenerators.explanations().generate(seed, 0).contributions()).isEmpty();
    }
  }

  @Test
  void edgeCases_turnUpWithinAFewHundredValues() {
    var pairs = DomainGenerators.pairs().generate(5L, 6, 500);
    assertThat(pairs).extracting(Pair::status).contains(PairStatus.values());
    assertThat(pairs).anySatisfy(p -> assertThat(p.version()).isZero());
    assertThat(pairs).anySatisfy(p -> assertThat(p.version()).isEqualTo(Long.MAX_VALUE));
    // Nanosecond precision, which a module that writes milliseconds loses.
    assertThat(pairs)
        .anySatisfy(
            p ->
                assertThat(Instant.ofEpochMilli(p.proposedAt().toEpochMilli()))
                    .isNotEqualTo(p.proposedAt()));
    assertThat(pairs).anySatisfy(p -> assertThat(p.id().value()).hasSize(200));
    assertThat(pairs)
        .anySatisfy(p -> assertThat(p.exit()).isNotNull().extracting(x -> x.note()).isNull());
    var profiles = DomainGenerators.profiles().generate(5L, 8, 300);
    assertThat(profiles).anySatisfy(p -> assertThat(p.timeZone()).isNull());
    assertThat(profiles).anySatisfy(p -> assertThat(p.location()).isEmpty());
    assertThat(profiles)
        .anySatisfy(
            p ->
                assertThat(p.topics())
                    .anySatisfy(
                        t -> assertThat(t).containsAnyOf("\"", "\\", "\n", "\uD83D\uDE00")));
  }
}
