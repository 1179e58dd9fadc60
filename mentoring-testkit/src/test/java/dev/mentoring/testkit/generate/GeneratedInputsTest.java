package dev.mentoring.testkit.generate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mentoring.core.Actor;
import dev.mentoring.core.Mentoring;
import dev.mentoring.core.ParticipantId;
import dev.mentoring.core.enrollment.Application;
import dev.mentoring.core.enrollment.Enrollment;
import dev.mentoring.core.enrollment.EnrollmentStatus;
import dev.mentoring.core.feedback.Survey;
import dev.mentoring.core.feedback.SurveyAudience;
import dev.mentoring.core.feedback.SurveyDraft;
import dev.mentoring.core.feedback.SurveyResponse;
import dev.mentoring.core.goal.Goal;
import dev.mentoring.core.goal.GoalDraft;
import dev.mentoring.core.meeting.Meeting;
import dev.mentoring.core.meeting.MeetingPlan;
import dev.mentoring.core.meeting.Recurrence;
import dev.mentoring.core.memory.InMemoryMentoringStore;
import dev.mentoring.core.pairing.Pair;
import dev.mentoring.core.pairing.PairStatus;
import dev.mentoring.core.program.ApprovalSide;
import dev.mentoring.core.program.EnrollmentRole;
import dev.mentoring.core.program.MatchingPolicy;
import dev.mentoring.core.program.Program;
import dev.mentoring.core.program.ProgramId;
import dev.mentoring.core.program.ProgramSpec;
import dev.mentoring.core.program.ProgramStatus;
import dev.mentoring.core.program.ReminderPolicy;
import dev.mentoring.core.resource.Resource;
import dev.mentoring.core.resource.ResourceDraft;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Generated input records pass the engine's own checks (Jakarta constraints and the rules that span
 * components), so a test that feeds them to the engine tests the engine, not the generator.
 */
class GeneratedInputsTest {
  private static final Actor SYSTEM = Actor.system();
  private static final Instant NOW = Instant.parse("2026-03-02T10:00:00Z");
  private static final ParticipantId MENTOR = ParticipantId.of("mentor");
  private static final ParticipantId MENTEE = ParticipantId.of("mentee");

  private final Mentoring mentoring =
      Mentoring.builder()
          .store(new InMemoryMentoringStore())
          .clock(Clock.fixed(NOW, ZoneOffset.UTC))
          .build();

  @Test
  void programSpecsAndApplicationsForThem_areAccepted() {
    int enrolled = 0;
    for (long seed = 0; seed < 150; seed++) {
      int size = (int) (seed % 13);
      ProgramSpec spec = DomainGenerators.programSpecs().generate(seed, size);
      Program program = mentoring.programs().create(SYSTEM, spec);
      assertThat(program.spec()).isEqualTo(spec);
      mentoring.programs().openEnrollment(SYSTEM, program.id());

      Application application = DomainGenerators.applications(spec).generate(seed, size);
      Enrollment e = mentoring.enrollments().apply(SYSTEM, program.id(), application);

      assertThat(e.participantId()).isEqualTo(application.participantId());
      assertThat(e.status())
          .isEqualTo(
              spec.enrollmentApprovalRequired()
                  ? EnrollmentStatus.APPLIED
                  : EnrollmentStatus.APPROVED);
      enrolled++;
    }
    assertThat(enrolled).isEqualTo(150);
  }

  @Test
  void reminderPolicies_areAcceptedInProgramSettings() {
    List<ReminderPolicy> policies = DomainGenerators.reminderPolicies().generate(23L, 0, 300);
    assertThat(policies)
        .as("the tightest escalation turns up")
        .anySatisfy(
            p ->
                assertThat(p.inactivityEscalationAfter())
                    .isEqualTo(Duration.ofSeconds(p.inactivityNudgeAfter().toSeconds() + 1)));

    for (ReminderPolicy policy : policies) {
      ProgramSpec spec = ProgramSpec.builder("Reminders").reminderPolicy(policy).build();
      assertThat(mentoring.programs().create(SYSTEM, spec).spec().reminderPolicy())
          .isEqualTo(policy);
    }
  }

  @Test
  void profiles_areAcceptedAsProfileUpdates() {
    Program program = mentoring.programs().create(SYSTEM, ProgramSpec.builder("Profiles").build());
    mentoring.programs().openEnrollment(SYSTEM, program.id());
    Enrollment e =
        mentoring
            .enrollments()
            .apply(
                SYSTEM,
                program.id(),
                Application.builder(ParticipantId.of("applicant"), EnrollmentRole.MENTOR).build());

    for (long seed = 0; seed < 150; seed++) {
      var profile = DomainGenerators.profiles().generate(seed, (int) (seed % 40));
      assertThat(mentoring.enrollments().updateProfile(SYSTEM, e.id(), profile).profile())
          .isEqualTo(profile);
    }
  }

  /** An active pair of a running program, made through the engine. */
  private Pair activePair() {
    ProgramSpec spec =
        ProgramSpec.builder("Activity")
            .enrollmentApprovalRequired(false)
            .matchingPolicy(MatchingPolicy.defaults().withApprovals(Set.of(ApprovalSide.MENTOR)))
            .build();
    ProgramId id = mentoring.programs().create(SYSTEM, spec).id();
    mentoring.programs().openEnrollment(SYSTEM, id);
    mentoring
        .enrollments()
        .apply(SYSTEM, id, Application.builder(MENTOR, EnrollmentRole.MENTOR).capacity(1).build());
    mentoring
        .enrollments()
        .apply(SYSTEM, id, Application.builder(MENTEE, EnrollmentRole.MENTEE).build());
    mentoring.programs().startMatching(SYSTEM, id);
    Pair proposed = mentoring.pairs().propose(SYSTEM, id, MENTOR, MENTEE);
    mentoring.pairs().accept(Actor.participant(MENTOR), proposed.id());
    mentoring.programs().launch(SYSTEM, id);
    Pair pair = mentoring.pairs().get(SYSTEM, proposed.id());
    assertThat(pair.status()).isEqualTo(PairStatus.ACTIVE);
    return pair;
  }

  @Test
  void goalDraftsForToday_areAcceptedAndStoredAsWritten() {
    Pair pair = activePair();
    LocalDate today = LocalDate.ofInstant(NOW, ZoneOffset.UTC);

    for (long seed = 0; seed < 100; seed++) {
      GoalDraft draft = ActivityGenerators.goalDrafts(today).generate(seed, (int) (seed % 13));
      Goal goal = mentoring.goals().create(Actor.participant(MENTEE), pair.id(), draft);

      assertThat(GoalDraft.from(goal).build()).isEqualTo(draft);
    }
  }

  @Test
  void meetingPlansAfterNowAndRecurrences_areScheduled() {
    Pair pair = activePair();

    for (long seed = 0; seed < 100; seed++) {
      MeetingPlan plan = ActivityGenerators.meetingPlans(NOW).generate(seed, (int) (seed % 13));
      Meeting meeting = mentoring.meetings().schedule(Actor.participant(MENTOR), pair.id(), plan);

      assertThat(meeting.start()).isEqualTo(plan.start());
      assertThat(meeting.title()).isEqualTo(plan.title());
    }
    for (long seed = 0; seed < 20; seed++) {
      MeetingPlan plan = ActivityGenerators.meetingPlans(NOW).generate(seed, 3);
      Recurrence recurrence = ActivityGenerators.recurrences().generate(seed, 3);
      assertThat(
              mentoring
                  .meetings()
                  .scheduleSeries(Actor.participant(MENTEE), pair.id(), plan, recurrence))
          .hasSize(recurrence.count());
    }
  }

  @Test
  void surveyDraftsAndResponsesToThem_areAccepted() {
    Pair pair = activePair();

    for (long seed = 0; seed < 100; seed++) {
      int size = (int) (seed % 13);
      SurveyDraft draft = ActivityGenerators.surveyDrafts().generate(seed, size);
      Survey survey = mentoring.surveys().create(SYSTEM, pair.programId(), draft);
      survey = mentoring.surveys().open(SYSTEM, survey.id());
      assertThat(survey.draft()).isEqualTo(draft);

      SurveyResponse drawn = ActivityGenerators.surveyResponses(survey).generate(seed, size);
      ParticipantId respondent = draft.audience() == SurveyAudience.MENTORS ? MENTOR : MENTEE;
      SurveyResponse stored =
          mentoring
              .surveys()
              .respond(
                  Actor.participant(respondent),
                  survey.id(),
                  drawn.pairId() == null ? null : pair.id(),
                  drawn.subjectKey(),
                  drawn.answers());
      assertThat(stored.answers()).isEqualTo(drawn.answers());
    }
  }

  @Test
  void resourceDrafts_areAcceptedAndStoredAsWritten() {
    Pair pair = activePair();

    for (long seed = 0; seed < 150; seed++) {
      ResourceDraft draft = ActivityGenerators.resourceDrafts().generate(seed, (int) (seed % 40));
      Resource resource = mentoring.resources().add(SYSTEM, pair.programId(), draft);

      assertThat(resource.draft()).isEqualTo(draft);
    }
  }

  @Test
  void programs_reachEveryStatusWithTimesInOrder() {
    var statuses = java.util.EnumSet.noneOf(ProgramStatus.class);
    for (Program p : DomainGenerators.programs().generate(1L, 4, 200)) {
      assertThat(p.updatedAt()).isAfterOrEqualTo(p.createdAt());
      statuses.add(p.status());
    }
    assertThat(statuses).containsExactlyInAnyOrder(ProgramStatus.values());
  }
}
