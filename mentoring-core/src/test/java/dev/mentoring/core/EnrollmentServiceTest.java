package dev.mentoring.core;

import static dev.mentoring.core.testing.Fixture.ADMIN;
import static dev.mentoring.core.testing.Fixture.SYSTEM;
import static dev.mentoring.core.testing.Fixture.as;
import static dev.mentoring.core.testing.Fixture.id;
import static dev.mentoring.core.testing.Rejections.invalid;
import static dev.mentoring.core.testing.Rejections.refused;
import static dev.mentoring.core.testing.Rejections.violation;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import dev.mentoring.core.enrollment.Answer;
import dev.mentoring.core.enrollment.Application;
import dev.mentoring.core.enrollment.Consent;
import dev.mentoring.core.enrollment.Enrollment;
import dev.mentoring.core.enrollment.EnrollmentId;
import dev.mentoring.core.enrollment.EnrollmentStatus;
import dev.mentoring.core.enrollment.Profile;
import dev.mentoring.core.event.EnrollmentStatusChanged;
import dev.mentoring.core.event.EnrollmentSubmitted;
import dev.mentoring.core.event.EnrollmentUpdated;
import dev.mentoring.core.event.PairStatusChanged;
import dev.mentoring.core.notification.EnrollmentDecided;
import dev.mentoring.core.pairing.ExitReason;
import dev.mentoring.core.pairing.Pair;
import dev.mentoring.core.pairing.PairExit;
import dev.mentoring.core.pairing.PairStatus;
import dev.mentoring.core.program.EnrollmentForm;
import dev.mentoring.core.program.EnrollmentRole;
import dev.mentoring.core.program.MatchingPolicy;
import dev.mentoring.core.program.Program;
import dev.mentoring.core.program.ProgramFormat;
import dev.mentoring.core.program.ProgramId;
import dev.mentoring.core.program.ProgramSpec;
import dev.mentoring.core.program.ProgramStatus;
import dev.mentoring.core.program.Question;
import dev.mentoring.core.testing.Fixture;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

class EnrollmentServiceTest {
  private final Fixture f = new Fixture();
  private final EnrollmentService enrollments = f.mentoring.enrollments();
  private final Instant t0 = f.clock.instant();

  private Program enrolling(ProgramSpec spec) {
    Program p = f.mentoring.programs().create(ADMIN, spec);
    return f.mentoring.programs().openEnrollment(ADMIN, p.id());
  }

  private Program approvalRequired() {
    return enrolling(Fixture.spec().enrollmentApprovalRequired(true).build());
  }

  private static Application.Builder application(String who, EnrollmentRole role) {
    return Application.builder(id(who), role);
  }

  private static Application mentee(String who) {
    return application(who, EnrollmentRole.MENTEE).build();
  }

  private Instant tick() {
    f.clock.advance(Duration.ofMinutes(1));
    return f.clock.instant();
  }

  private Enrollment inStatus(EnrollmentStatus status) {
    Program program = approvalRequired();
    Enrollment e = enrollments.apply(as("ned"), program.id(), mentee("ned"));
    return switch (status) {
      case APPLIED -> e;
      case APPROVED -> enrollments.approve(ADMIN, e.id());
      case WAITLISTED -> enrollments.waitlist(ADMIN, e.id());
      case REJECTED -> enrollments.reject(ADMIN, e.id());
      case WITHDRAWN -> enrollments.withdraw(ADMIN, e.id());
    };
  }

  // ------------------------------------------------------------------------------------- apply

  @Nested
  class Apply {
    @Test
    void apply_approvalNotRequired_storesApprovedAndNotifiesApplicant() {
      Program program = f.enrollingProgram(MatchingPolicy.defaults());
      Profile profile = Profile.builder().seeks("Java", 3).languages("en").build();
      f.recorder.clear();

      Enrollment e =
          enrollments.apply(
              as("ned"),
              program.id(),
              application("ned", EnrollmentRole.MENTEE).profile(profile).build());

      assertThat(e.status()).isEqualTo(EnrollmentStatus.APPROVED);
      assertThat(e.programId()).isEqualTo(program.id());
      assertThat(e.participantId()).isEqualTo(id("ned"));
      assertThat(e.role()).isEqualTo(EnrollmentRole.MENTEE);
      assertThat(e.profile()).isEqualTo(profile);
      assertThat(e.capacity()).isZero();
      assertThat(e.consents()).containsExactly(Consent.MATCHING);
      assertThat(e.appliedAt()).isEqualTo(t0);
      assertThat(e.updatedAt()).isEqualTo(t0);
      assertThat(enrollments.get(SYSTEM, e.id())).isEqualTo(e);
      assertThat(f.recorder.events())
          .containsExactly(
              new EnrollmentSubmitted(e.id(), program.id(), id("ned"), EnrollmentRole.MENTEE, t0),
              new EnrollmentStatusChanged(
                  e.id(),
                  program.id(),
                  id("ned"),
                  EnrollmentStatus.APPLIED,
                  EnrollmentStatus.APPROVED,
                  t0));
      assertThat(f.recorder.notifications())
          .containsExactly(
              new EnrollmentDecided(
                  id("ned"), program.id(), e.id(), EnrollmentStatus.APPROVED, t0));
    }

    @Test
    void apply_draftByParticipant_notFoundLikeAnyHiddenProgram() {
      Program draft = f.mentoring.programs().create(ADMIN, Fixture.spec().build());

      NotFoundException ex =
          refused(
              f,
              NotFoundException.class,
              () -> enrollments.apply(as("ned"), draft.id(), mentee("ned")));

      assertThat(ex.kind()).isEqualTo("program");
      assertThat(ex.id()).isEqualTo(draft.id().toString());
    }

    @Test
    void apply_approvalRequired_storesAppliedWithoutNotification() {
      Program program = approvalRequired();
      f.recorder.clear();

      Enrollment e = enrollments.apply(as("ned"), program.id(), mentee("ned"));

      assertThat(e.status()).isEqualTo(EnrollmentStatus.APPLIED);
      assertThat(e.version()).isEqualTo(1);
      assertThat(enrollments.get(ADMIN, e.id())).isEqualTo(e);
      assertThat(f.recorder.events())
          .containsExactly(
              new EnrollmentSubmitted(e.id(), program.id(), id("ned"), EnrollmentRole.MENTEE, t0));
      assertThat(f.recorder.notifications()).isEmpty();
    }

    @Test
    void apply_mentorWithoutCapacity_getsProgramDefault() {
      Program program = f.enrollingProgram(MatchingPolicy.defaults().withDefaultMentorCapacity(3));

      Enrollment defaulted =
          enrollments.apply(
              SYSTEM, program.id(), application("mia", EnrollmentRole.MENTOR).build());
      Enrollment stated =
          enrollments.apply(
              SYSTEM, program.id(), application("max", EnrollmentRole.MENTOR).capacity(5).build());

      assertThat(defaulted.capacity()).isEqualTo(3);
      assertThat(stated.capacity()).isEqualTo(5);
    }

    @Test
    void apply_inMatchingOrRunningProgram_accepted() {
      Program matching = f.matchingProgram(MatchingPolicy.defaults());
      Program running = f.matchingProgram(MatchingPolicy.defaults());
      f.mentoring.programs().launch(ADMIN, running.id());

      assertThat(enrollments.apply(as("ned"), matching.id(), mentee("ned")).status())
          .isEqualTo(EnrollmentStatus.APPROVED);
      assertThat(enrollments.apply(as("ned"), running.id(), mentee("ned")).status())
          .isEqualTo(EnrollmentStatus.APPROVED);
    }

    @Test
    void apply_forSomeoneElse_accessDenied() {
      Program program = f.enrollingProgram(MatchingPolicy.defaults());

      AccessDeniedException ex =
          refused(
              f,
              AccessDeniedException.class,
              () -> enrollments.apply(as("ivo"), program.id(), mentee("ned")));

      assertThat(ex.actor()).isEqualTo(as("ivo"));
      assertThat(ex.action()).contains("apply for ned");
    }

    @Test
    void apply_programNotTakingApplications_illegalTransition() {
      Program draft = f.mentoring.programs().create(ADMIN, Fixture.spec().build());
      Program closed = f.enrollingProgram(MatchingPolicy.defaults());
      f.mentoring.programs().close(ADMIN, closed.id());

      IllegalTransitionException ex =
          refused(
              f,
              IllegalTransitionException.class,
              () -> enrollments.apply(ADMIN, draft.id(), mentee("ned")));
      IllegalTransitionException ex2 =
          refused(
              f,
              IllegalTransitionException.class,
              () -> enrollments.apply(ADMIN, closed.id(), mentee("ned")));

      assertThat(ex.id()).isEqualTo(draft.id().value());
      assertThat(ex.from()).isEqualTo(ProgramStatus.DRAFT);
      assertThat(ex.to()).isEqualTo(ProgramStatus.ENROLLING);
      assertThat(ex2.from()).isEqualTo(ProgramStatus.CLOSED);
      assertThat(ex2.to()).isEqualTo(ProgramStatus.ENROLLING);
    }

    @Test
    void apply_secondTime_rejectedAsDuplicate() {
      Program program = f.enrollingProgram(MatchingPolicy.defaults());
      Enrollment first = enrollments.apply(as("ned"), program.id(), mentee("ned"));

      invalid(
          f,
          () ->
              enrollments.apply(
                  as("ned"), program.id(), application("ned", EnrollmentRole.MENTOR).build()),
          violation("participantId", "Unique"));

      enrollments.withdraw(as("ned"), first.id());
      invalid(
          f,
          () -> enrollments.apply(as("ned"), program.id(), mentee("ned")),
          violation("participantId", "Unique"));
    }

    @Test
    void apply_unknownProgram_notFound() {
      NotFoundException ex =
          refused(
              f,
              NotFoundException.class,
              () -> enrollments.apply(ADMIN, ProgramId.of("nope"), mentee("ned")));

      assertThat(ex.kind()).isEqualTo("program");
      assertThat(ex.id()).isEqualTo("nope");
    }

    @Test
    void apply_everyRuleBroken_reportsAllViolationsTogether() {
      Program program =
          enrolling(Fixture.spec().form(EnrollmentForm.of(Question.text("goal", "Goal?"))).build());
      Profile profile =
          Profile.builder()
              .offers("Java", 6)
              .offers("java", 2)
              .seeks(" ", 0)
              .topics(" ")
              .languages("english!")
              .seniority(21)
              .managerChain(List.of(id("xia")))
              .exclude(id("xia"))
              .build();
      Application app =
          application("xia", EnrollmentRole.MENTOR_AND_MENTEE)
              .profile(profile)
              .capacity(101)
              .consents(Set.of())
              .answer("zzz", Answer.text("?"))
              .build();

      invalid(
          f,
          () -> enrollments.apply(as("xia"), program.id(), app),
          violation("answers[goal]", "Required"),
          violation("answers[zzz]", "FormAnswer"),
          violation("capacity", "Max"),
          violation("consents", "Required"),
          violation("profile.exclusions", "NotSelf"),
          violation("profile.languages[].<iterable element>", "Pattern"),
          violation("profile.managerChain", "NotSelf"),
          violation("profile.seniority", "Max"),
          violation("profile.skillsOffered[0].level", "Max"),
          violation("profile.skillsOffered[1].name", "Unique"),
          violation("profile.skillsSought[0].level", "Min"),
          violation("profile.skillsSought[0].name", "NotBlank"),
          violation("profile.topics[].<iterable element>", "NotBlank"),
          violation("role", "PeerOnly"));
    }

    @Test
    void apply_withoutMatchingConsent_rejected() {
      Program program = f.enrollingProgram(MatchingPolicy.defaults());
      Application app =
          application("ned", EnrollmentRole.MENTEE)
              .consents(Set.of(Consent.PROFILE_SHARING, Consent.REPORTING))
              .build();

      invalid(
          f,
          () -> enrollments.apply(as("ned"), program.id(), app),
          violation("consents", "Required"));
    }

    @Test
    void apply_mentorAndMenteeOutsidePeerProgram_rejected() {
      Program program = f.enrollingProgram(MatchingPolicy.defaults());
      Application app = application("ned", EnrollmentRole.MENTOR_AND_MENTEE).build();

      InvalidInputException ex =
          invalid(
              f,
              () -> enrollments.apply(as("ned"), program.id(), app),
              violation("role", "PeerOnly"));

      assertThat(ex.violations().get(0).invalidValue()).isEqualTo("MENTOR_AND_MENTEE");
    }

    @Test
    void apply_mentorAndMenteeInPeerProgram_acceptedWithMentorCapacity() {
      Program program = enrolling(Fixture.spec().format(ProgramFormat.PEER).build());

      Enrollment e =
          enrollments.apply(
              as("ned"),
              program.id(),
              application("ned", EnrollmentRole.MENTOR_AND_MENTEE).build());

      assertThat(e.role()).isEqualTo(EnrollmentRole.MENTOR_AND_MENTEE);
      assertThat(e.capacity()).isEqualTo(MatchingPolicy.defaults().defaultMentorCapacity());
    }

    @Test
    void apply_menteeStatingCapacity_rejected() {
      Program program = f.enrollingProgram(MatchingPolicy.defaults());
      Application app = application("ned", EnrollmentRole.MENTEE).capacity(1).build();

      InvalidInputException ex =
          invalid(
              f,
              () -> enrollments.apply(as("ned"), program.id(), app),
              violation("capacity", "MentorOnly"));

      assertThat(ex.violations().get(0).invalidValue()).isEqualTo("1");
    }

    @Test
    void apply_nullArgument_throwsNullPointerException() {
      Program program = f.enrollingProgram(MatchingPolicy.defaults());

      refused(
          f, NullPointerException.class, () -> enrollments.apply(null, program.id(), mentee("a")));
      refused(f, NullPointerException.class, () -> enrollments.apply(ADMIN, null, mentee("a")));
      refused(f, NullPointerException.class, () -> enrollments.apply(ADMIN, program.id(), null));
    }
  }

  // ------------------------------------------------------------------------------ form answers

  @Nested
  class FormAnswers {
    private final Program program =
        enrolling(
            Fixture.spec()
                .form(
                    EnrollmentForm.of(
                        Question.text("goal", "Your goal?"),
                        Question.number("years", "Years of experience?", 0, 40),
                        Question.singleChoice("track", "Track?", List.of("backend", "frontend")),
                        Question.multipleChoice("langs", "Languages?", List.of("go", "java"))
                            .optional(),
                        Question.yesNo("lead", "Led a team?").forRoles(EnrollmentRole.MENTOR),
                        Question.text("hopes", "Hopes?")
                            .optional()
                            .forRoles(EnrollmentRole.MENTEE)))
                .build());

    private Application.Builder valid(String who, EnrollmentRole role) {
      Application.Builder b =
          application(who, role)
              .answer("goal", Answer.text("grow"))
              .answer("years", Answer.number(4))
              .answer("track", Answer.choice("backend"));
      if (role.mentors()) {
        b.answer("lead", Answer.yesNo(true));
      }
      return b;
    }

    private void refusedWith(Application app, String path, String rule) {
      invalid(
          f,
          () -> enrollments.apply(as(app.participantId().value()), program.id(), app),
          violation(path, rule));
    }

    @Test
    void apply_answersFittingTheForm_storesThem() {
      Application app =
          valid("ned", EnrollmentRole.MENTEE)
              .answer("langs", Answer.choice("go", "java"))
              .answer("hopes", Answer.text("a mentor"))
              .build();

      Enrollment e = enrollments.apply(as("ned"), program.id(), app);

      assertThat(e.answers())
          .isEqualTo(
              Map.of(
                  "goal", Answer.text("grow"),
                  "years", Answer.number(4),
                  "track", Answer.choice("backend"),
                  "langs", Answer.choice("go", "java"),
                  "hopes", Answer.text("a mentor")));
      assertThat(enrollments.get(as("ned"), e.id()).answers()).isEqualTo(e.answers());
    }

    @Test
    void apply_unknownKey_rejected() {
      refusedWith(
          valid("ned", EnrollmentRole.MENTEE).answer("shoe_size", Answer.number(42)).build(),
          "answers[shoe_size]",
          "FormAnswer");
    }

    @Test
    void apply_missingRequiredAnswers_reportsEach() {
      Application app = application("ned", EnrollmentRole.MENTEE).build();

      invalid(
          f,
          () -> enrollments.apply(as("ned"), program.id(), app),
          violation("answers[goal]", "Required"),
          violation("answers[track]", "Required"),
          violation("answers[years]", "Required"));
    }

    @Test
    void apply_wrongAnswerType_rejected() {
      refusedWith(
          valid("ned", EnrollmentRole.MENTEE).answer("years", Answer.text("four")).build(),
          "answers[years]",
          "FormAnswer");
    }

    @Test
    void apply_numberOutOfBounds_rejectedWithBound() {
      InvalidInputException below =
          invalid(
              f,
              () ->
                  enrollments.apply(
                      as("ned"),
                      program.id(),
                      valid("ned", EnrollmentRole.MENTEE)
                          .answer("years", Answer.number(-1))
                          .build()),
              violation("answers[years]", "Min"));
      InvalidInputException above =
          invalid(
              f,
              () ->
                  enrollments.apply(
                      as("ned"),
                      program.id(),
                      valid("ned", EnrollmentRole.MENTEE)
                          .answer("years", Answer.number(41))
                          .build()),
              violation("answers[years]", "Max"));

      assertThat(below.violations().get(0).invalidValue()).isEqualTo("-1");
      assertThat(above.violations().get(0).invalidValue()).isEqualTo("41");
    }

    @Test
    void apply_singleChoiceWithTwoOptions_rejected() {
      refusedWith(
          valid("ned", EnrollmentRole.MENTEE)
              .answer("track", Answer.choice("backend", "frontend"))
              .build(),
          "answers[track]",
          "Size");
    }

    @Test
    void apply_optionNotInList_rejectedWithTheOption() {
      InvalidInputException ex =
          invalid(
              f,
              () ->
                  enrollments.apply(
                      as("ned"),
                      program.id(),
                      valid("ned", EnrollmentRole.MENTEE)
                          .answer("track", Answer.choice("ops"))
                          .answer("langs", Answer.choice("java", "rust"))
                          .build()),
              violation("answers[langs]", "FormAnswer"),
              violation("answers[track]", "FormAnswer"));

      assertThat(ex.violations())
          .extracting(Violation::invalidValue)
          .containsExactly("rust", "ops");
    }

    @Test
    void apply_optionChosenTwice_rejected() {
      refusedWith(
          valid("ned", EnrollmentRole.MENTEE).answer("langs", Answer.choice("go", "go")).build(),
          "answers[langs]",
          "Unique");
    }

    @Test
    void apply_blankRequiredText_rejected() {
      refusedWith(
          valid("ned", EnrollmentRole.MENTEE).answer("goal", Answer.text("  ")).build(),
          "answers[goal]",
          "NotBlank");
    }

    @Test
    void apply_questionNotAskedOfRole_rejected() {
      InvalidInputException ex =
          invalid(
              f,
              () ->
                  enrollments.apply(
                      as("ned"),
                      program.id(),
                      valid("ned", EnrollmentRole.MENTEE)
                          .answer("lead", Answer.yesNo(false))
                          .build()),
              violation("answers[lead]", "FormAnswer"));
      refusedWith(
          valid("mia", EnrollmentRole.MENTOR).answer("hopes", Answer.text("none")).build(),
          "answers[hopes]",
          "FormAnswer");

      assertThat(ex.violations().get(0).invalidValue()).isEqualTo("MENTEE");
    }

    @Test
    void apply_mentorWithoutRoleSpecificAnswer_rejectedAsRequired() {
      refusedWith(
          application("mia", EnrollmentRole.MENTOR)
              .answer("goal", Answer.text("give back"))
              .answer("years", Answer.number(12))
              .answer("track", Answer.choice("frontend"))
              .build(),
          "answers[lead]",
          "Required");
    }
  }

  // --------------------------------------------------------------------------------- decisions

  @Nested
  class Decisions {
    private record Verb(String name, BiFunction<Actor, EnrollmentId, Enrollment> call) {}

    private List<Verb> verbs() {
      return List.of(
          new Verb("approve", enrollments::approve),
          new Verb("waitlist", enrollments::waitlist),
          new Verb("reject", enrollments::reject));
    }

    private Verb verb(String name) {
      return verbs().stream().filter(v -> v.name().equals(name)).findFirst().orElseThrow();
    }

    @TestFactory
    Stream<DynamicTest> decision_allowedState_movesAndNotifiesApplicant() {
      record Case(String verb, EnrollmentStatus from, EnrollmentStatus to) {}
      return Stream.of(
              new Case("approve", EnrollmentStatus.APPLIED, EnrollmentStatus.APPROVED),
              new Case("approve", EnrollmentStatus.WAITLISTED, EnrollmentStatus.APPROVED),
              new Case("waitlist", EnrollmentStatus.APPLIED, EnrollmentStatus.WAITLISTED),
              new Case("reject", EnrollmentStatus.APPLIED, EnrollmentStatus.REJECTED),
              new Case("reject", EnrollmentStatus.WAITLISTED, EnrollmentStatus.REJECTED))
          .map(
              c ->
                  dynamicTest(
                      c.verb() + "_" + c.from(),
                      () -> {
                        Enrollment before = inStatus(c.from());
                        Instant t1 = tick();
                        f.recorder.clear();

                        Enrollment after = verb(c.verb()).call().apply(ADMIN, before.id());

                        assertThat(after.status()).isEqualTo(c.to());
                        assertThat(after.version()).isEqualTo(before.version() + 1);
                        assertThat(after.updatedAt()).isEqualTo(t1);
                        assertThat(enrollments.get(SYSTEM, before.id())).isEqualTo(after);
                        assertThat(f.recorder.events())
                            .containsExactly(
                                new EnrollmentStatusChanged(
                                    before.id(),
                                    before.programId(),
                                    id("ned"),
                                    c.from(),
                                    c.to(),
                                    t1));
                        assertThat(f.recorder.notifications())
                            .containsExactly(
                                new EnrollmentDecided(
                                    id("ned"), before.programId(), before.id(), c.to(), t1));
                      }));
    }

    @TestFactory
    Stream<DynamicTest> decision_otherState_illegalTransition() {
      record Case(String verb, EnrollmentStatus from, EnrollmentStatus to) {}
      return Stream.of(
              new Case("approve", EnrollmentStatus.APPROVED, EnrollmentStatus.APPROVED),
              new Case("approve", EnrollmentStatus.REJECTED, EnrollmentStatus.APPROVED),
              new Case("approve", EnrollmentStatus.WITHDRAWN, EnrollmentStatus.APPROVED),
              new Case("waitlist", EnrollmentStatus.WAITLISTED, EnrollmentStatus.WAITLISTED),
              new Case("waitlist", EnrollmentStatus.APPROVED, EnrollmentStatus.WAITLISTED),
              new Case("reject", EnrollmentStatus.APPROVED, EnrollmentStatus.REJECTED),
              new Case("reject", EnrollmentStatus.WITHDRAWN, EnrollmentStatus.REJECTED))
          .map(
              c ->
                  dynamicTest(
                      c.verb() + "_" + c.from(),
                      () -> {
                        Enrollment e = inStatus(c.from());

                        IllegalTransitionException ex =
                            refused(
                                f,
                                IllegalTransitionException.class,
                                () -> verb(c.verb()).call().apply(ADMIN, e.id()));

                        assertThat(ex.id()).isEqualTo(e.id().toString());
                        assertThat(ex.from()).isEqualTo(c.from());
                        assertThat(ex.to()).isEqualTo(c.to());
                      }));
    }

    @TestFactory
    Stream<DynamicTest> decision_byApplicantOrOtherProgramsAdmin_accessDenied() {
      return verbs().stream()
          .map(
              v ->
                  dynamicTest(
                      v.name(),
                      () -> {
                        Enrollment e = inStatus(EnrollmentStatus.APPLIED);
                        f.mentoring.programs().create(as("ivo"), Fixture.spec().build());

                        AccessDeniedException self =
                            refused(
                                f,
                                AccessDeniedException.class,
                                () -> v.call().apply(as("ned"), e.id()));
                        refused(
                            f,
                            AccessDeniedException.class,
                            () -> v.call().apply(as("ivo"), e.id()));

                        assertThat(self.action()).contains(v.name() + " enrollment " + e.id());
                      }));
    }

    @TestFactory
    Stream<DynamicTest> decision_unknownEnrollment_notFound() {
      return verbs().stream()
          .map(
              v ->
                  dynamicTest(
                      v.name(),
                      () -> {
                        inStatus(EnrollmentStatus.APPLIED);
                        EnrollmentId unknown = EnrollmentId.of("nope");

                        NotFoundException ex =
                            refused(
                                f, NotFoundException.class, () -> v.call().apply(ADMIN, unknown));

                        assertThat(ex.kind()).isEqualTo("enrollment");
                        assertThat(ex.id()).isEqualTo("nope");
                      }));
    }
  }

  // ---------------------------------------------------------------------------------- withdraw

  @Nested
  class Withdraw {
    @Test
    void withdraw_approvedBySelf_movesToWithdrawnWithoutNotification() {
      Enrollment e = inStatus(EnrollmentStatus.APPROVED);
      Instant t1 = tick();
      f.recorder.clear();

      Enrollment withdrawn = enrollments.withdraw(as("ned"), e.id());

      assertThat(withdrawn.status()).isEqualTo(EnrollmentStatus.WITHDRAWN);
      assertThat(withdrawn.updatedAt()).isEqualTo(t1);
      assertThat(enrollments.get(as("ned"), e.id())).isEqualTo(withdrawn);
      assertThat(f.recorder.events())
          .containsExactly(
              new EnrollmentStatusChanged(
                  e.id(),
                  e.programId(),
                  id("ned"),
                  EnrollmentStatus.APPROVED,
                  EnrollmentStatus.WITHDRAWN,
                  t1));
      assertThat(f.recorder.notifications()).isEmpty();
    }

    @Test
    void withdraw_appliedOrWaitlistedByAdmin_movesToWithdrawn() {
      Enrollment applied = inStatus(EnrollmentStatus.APPLIED);
      Enrollment waitlisted = inStatus(EnrollmentStatus.WAITLISTED);

      assertThat(enrollments.withdraw(ADMIN, applied.id()).status())
          .isEqualTo(EnrollmentStatus.WITHDRAWN);
      assertThat(enrollments.withdraw(SYSTEM, waitlisted.id()).status())
          .isEqualTo(EnrollmentStatus.WITHDRAWN);
    }

    @Test
    void withdraw_mentorInRunningProgram_withdrawsProposalsAndEndsCommittedPairsEarly() {
      Program program = f.matchingProgram(MatchingPolicy.defaults().withMaxMentorsPerMentee(2));
      ProgramId pid = program.id();
      Enrollment mia = f.mentor(pid, "mia", 3);
      tick();
      f.mentor(pid, "max", 1);
      tick();
      f.mentee(pid, "ned");
      tick();
      f.mentee(pid, "ola");
      tick();
      f.mentee(pid, "pia");
      tick();
      Pair active = accepted(pid, "mia", "ned");
      tick();
      Pair paused = accepted(pid, "mia", "ola");
      tick();
      f.mentoring.programs().launch(ADMIN, pid);
      f.mentoring.pairs().pause(as("mia"), paused.id());
      tick();
      Pair proposed = f.mentoring.pairs().propose(ADMIN, pid, id("mia"), id("pia"));
      tick();
      Pair unrelated = f.mentoring.pairs().propose(ADMIN, pid, id("max"), id("ola"));
      Instant t1 = tick();
      f.recorder.clear();

      enrollments.withdraw(as("mia"), mia.id());

      PairExit exit = PairExit.automatic(ExitReason.PARTICIPANT_WITHDREW, t1);
      Pair endedActive = f.mentoring.pairs().get(SYSTEM, active.id());
      assertThat(endedActive.status()).isEqualTo(PairStatus.ENDED_EARLY);
      assertThat(endedActive.exit()).isEqualTo(exit);
      assertThat(endedActive.endedAt()).isEqualTo(t1);
      assertThat(f.mentoring.pairs().get(SYSTEM, paused.id()).status())
          .isEqualTo(PairStatus.ENDED_EARLY);
      Pair withdrawnProposal = f.mentoring.pairs().get(SYSTEM, proposed.id());
      assertThat(withdrawnProposal.status()).isEqualTo(PairStatus.WITHDRAWN);
      assertThat(withdrawnProposal.exit()).isEqualTo(exit);
      assertThat(f.mentoring.pairs().get(SYSTEM, unrelated.id())).isEqualTo(unrelated);
      assertThat(f.recorder.events())
          .containsExactly(
              new PairStatusChanged(
                  active.id(), pid, PairStatus.ACTIVE, PairStatus.ENDED_EARLY, t1),
              new PairStatusChanged(
                  paused.id(), pid, PairStatus.PAUSED, PairStatus.ENDED_EARLY, t1),
              new PairStatusChanged(
                  proposed.id(), pid, PairStatus.PROPOSED, PairStatus.WITHDRAWN, t1),
              new EnrollmentStatusChanged(
                  mia.id(),
                  pid,
                  id("mia"),
                  EnrollmentStatus.APPROVED,
                  EnrollmentStatus.WITHDRAWN,
                  t1));
    }

    @Test
    void withdraw_menteeWithAcceptedPair_endsItEarlyAndLeavesOtherProgramsAlone() {
      Program program = f.matchingProgram(MatchingPolicy.defaults());
      Program other = f.matchingProgram(MatchingPolicy.defaults());
      f.mentor(program.id(), "mia", 1);
      Enrollment ned = f.mentee(program.id(), "ned");
      f.mentor(other.id(), "mia", 1);
      f.mentee(other.id(), "ned");
      Pair here = accepted(program.id(), "mia", "ned");
      Pair there = accepted(other.id(), "mia", "ned");
      Instant t1 = tick();

      enrollments.withdraw(as("ned"), ned.id());

      Pair ended = f.mentoring.pairs().get(SYSTEM, here.id());
      assertThat(ended.status()).isEqualTo(PairStatus.ENDED_EARLY);
      assertThat(ended.exit()).isEqualTo(PairExit.automatic(ExitReason.PARTICIPANT_WITHDREW, t1));
      assertThat(f.mentoring.pairs().get(SYSTEM, there.id())).isEqualTo(there);
    }

    private Pair accepted(ProgramId program, String mentor, String mentee) {
      Pair p = f.mentoring.pairs().propose(ADMIN, program, id(mentor), id(mentee));
      f.mentoring.pairs().accept(as(mentor), p.id());
      return f.mentoring.pairs().accept(as(mentee), p.id());
    }

    @Test
    void withdraw_byOtherParticipant_accessDenied() {
      Enrollment e = inStatus(EnrollmentStatus.APPROVED);

      AccessDeniedException ex =
          refused(f, AccessDeniedException.class, () -> enrollments.withdraw(as("ivo"), e.id()));

      assertThat(ex.action()).isEqualTo("withdraw enrollment " + e.id());
    }

    @Test
    void withdraw_terminalEnrollment_illegalTransition() {
      Enrollment withdrawn = inStatus(EnrollmentStatus.WITHDRAWN);
      Enrollment rejected = inStatus(EnrollmentStatus.REJECTED);

      IllegalTransitionException ex =
          refused(
              f,
              IllegalTransitionException.class,
              () -> enrollments.withdraw(ADMIN, withdrawn.id()));
      IllegalTransitionException ex2 =
          refused(
              f,
              IllegalTransitionException.class,
              () -> enrollments.withdraw(ADMIN, rejected.id()));

      assertThat(ex.id()).isEqualTo(withdrawn.id().toString());
      assertThat(ex.from()).isEqualTo(EnrollmentStatus.WITHDRAWN);
      assertThat(ex.to()).isEqualTo(EnrollmentStatus.WITHDRAWN);
      assertThat(ex2.from()).isEqualTo(EnrollmentStatus.REJECTED);
      assertThat(ex2.to()).isEqualTo(EnrollmentStatus.WITHDRAWN);
    }

    @Test
    void withdraw_unknownEnrollment_notFound() {
      NotFoundException ex =
          refused(
              f,
              NotFoundException.class,
              () -> enrollments.withdraw(ADMIN, EnrollmentId.of("nope")));

      assertThat(ex.kind()).isEqualTo("enrollment");
      assertThat(ex.id()).isEqualTo("nope");
    }
  }

  // ----------------------------------------------------------------------------- updateProfile

  @Nested
  class UpdateProfile {
    @Test
    void updateProfile_bySelf_replacesProfileAndKeepsPairs() {
      Program program = f.matchingProgram(MatchingPolicy.defaults());
      f.mentor(program.id(), "mia", 1);
      Enrollment ned = f.mentee(program.id(), "ned");
      Pair pair = f.mentoring.pairs().propose(ADMIN, program.id(), id("mia"), id("ned"));
      Profile profile = Profile.builder().seeks("Kotlin", 4).department("Sales").build();
      Instant t1 = tick();
      f.recorder.clear();

      Enrollment updated = enrollments.updateProfile(as("ned"), ned.id(), profile);

      assertThat(updated.profile()).isEqualTo(profile);
      assertThat(updated.status()).isEqualTo(ned.status());
      assertThat(updated.version()).isEqualTo(ned.version() + 1);
      assertThat(updated.updatedAt()).isEqualTo(t1);
      assertThat(enrollments.get(as("ned"), ned.id())).isEqualTo(updated);
      assertThat(f.mentoring.pairs().get(SYSTEM, pair.id())).isEqualTo(pair);
      assertThat(f.recorder.events())
          .containsExactly(new EnrollmentUpdated(ned.id(), program.id(), id("ned"), t1));
      assertThat(f.recorder.notifications()).isEmpty();
    }

    @Test
    void updateProfile_invalidProfile_reportsAllViolations() {
      Enrollment e = inStatus(EnrollmentStatus.APPROVED);
      Profile bad =
          Profile.builder().seeks("Go", 0).seeks("go", 2).languages("e").exclude(id("ned")).build();

      invalid(
          f,
          () -> enrollments.updateProfile(as("ned"), e.id(), bad),
          violation("profile.exclusions", "NotSelf"),
          violation("profile.languages[].<iterable element>", "Pattern"),
          violation("profile.skillsSought[0].level", "Min"),
          violation("profile.skillsSought[1].name", "Unique"));
    }

    @Test
    void updateProfile_terminalEnrollment_invalidInput() {
      Enrollment e = inStatus(EnrollmentStatus.WITHDRAWN);

      InvalidInputException ex =
          invalid(
              f,
              () -> enrollments.updateProfile(as("ned"), e.id(), Profile.empty()),
              violation("id", "Open"));

      assertThat(ex.violations().get(0).invalidValue()).isEqualTo(e.id().toString());
    }

    @Test
    void updateProfile_byOtherParticipant_accessDenied() {
      Enrollment e = inStatus(EnrollmentStatus.APPROVED);

      refused(
          f,
          AccessDeniedException.class,
          () -> enrollments.updateProfile(as("ivo"), e.id(), Profile.empty()));
      assertThat(enrollments.updateProfile(ADMIN, e.id(), Profile.empty()).profile())
          .isEqualTo(Profile.empty());
    }

    @Test
    void updateProfile_unknownEnrollment_notFound() {
      NotFoundException ex =
          refused(
              f,
              NotFoundException.class,
              () -> enrollments.updateProfile(ADMIN, EnrollmentId.of("nope"), Profile.empty()));

      assertThat(ex.kind()).isEqualTo("enrollment");
    }
  }

  // ---------------------------------------------------------------------------------- get/list

  @Nested
  class Read {
    @Test
    void get_bySelfAdminOrSystem_returnsStoredEnrollment() {
      Enrollment e = inStatus(EnrollmentStatus.APPLIED);

      assertThat(enrollments.get(as("ned"), e.id())).isEqualTo(e);
      assertThat(enrollments.get(ADMIN, e.id())).isEqualTo(e);
      assertThat(enrollments.get(SYSTEM, e.id())).isEqualTo(e);
    }

    @Test
    void get_anotherParticipantsEnrollment_accessDenied() {
      Enrollment e = inStatus(EnrollmentStatus.APPROVED);
      f.mentee(e.programId(), "ola");

      AccessDeniedException ex =
          refused(f, AccessDeniedException.class, () -> enrollments.get(as("ola"), e.id()));

      assertThat(ex.actor()).isEqualTo(as("ola"));
      assertThat(ex.action()).isEqualTo("read enrollment " + e.id());
    }

    @Test
    void get_unknownEnrollment_notFound() {
      NotFoundException ex =
          refused(f, NotFoundException.class, () -> enrollments.get(SYSTEM, EnrollmentId.of("x")));

      assertThat(ex.kind()).isEqualTo("enrollment");
      assertThat(ex.id()).isEqualTo("x");
    }

    @Test
    void list_byAdmin_returnsEnrollmentsInApplicationOrder() {
      Program program = f.enrollingProgram(MatchingPolicy.defaults());
      Enrollment c = f.mentee(program.id(), "cat");
      tick();
      Enrollment a = f.mentee(program.id(), "amy");
      tick();
      Enrollment b = f.mentor(program.id(), "bob", 1);

      assertThat(enrollments.list(ADMIN, program.id())).containsExactly(c, a, b);
      assertThat(enrollments.list(SYSTEM, program.id())).containsExactly(c, a, b);
    }

    @Test
    void list_byParticipant_accessDenied() {
      Program program = f.enrollingProgram(MatchingPolicy.defaults());
      f.mentee(program.id(), "ned");

      AccessDeniedException ex =
          refused(f, AccessDeniedException.class, () -> enrollments.list(as("ned"), program.id()));

      assertThat(ex.action()).contains("list enrollments");
    }

    @Test
    void list_unknownProgram_notFound() {
      NotFoundException ex =
          refused(f, NotFoundException.class, () -> enrollments.list(ADMIN, ProgramId.of("nope")));

      assertThat(ex.kind()).isEqualTo("program");
    }
  }
}
