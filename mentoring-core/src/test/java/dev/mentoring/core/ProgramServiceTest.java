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

import dev.mentoring.core.enrollment.Application;
import dev.mentoring.core.enrollment.Enrollment;
import dev.mentoring.core.event.PairStatusChanged;
import dev.mentoring.core.event.ProgramCreated;
import dev.mentoring.core.event.ProgramStatusChanged;
import dev.mentoring.core.event.ProgramUpdated;
import dev.mentoring.core.notification.ProgramPhaseChanged;
import dev.mentoring.core.pairing.ExitReason;
import dev.mentoring.core.pairing.Pair;
import dev.mentoring.core.pairing.PairExit;
import dev.mentoring.core.pairing.PairStatus;
import dev.mentoring.core.program.EnrollmentForm;
import dev.mentoring.core.program.EnrollmentRole;
import dev.mentoring.core.program.MatchingPolicy;
import dev.mentoring.core.program.MeetingCadence;
import dev.mentoring.core.program.Program;
import dev.mentoring.core.program.ProgramId;
import dev.mentoring.core.program.ProgramSpec;
import dev.mentoring.core.program.ProgramStatus;
import dev.mentoring.core.program.Question;
import dev.mentoring.core.program.QuestionType;
import dev.mentoring.core.program.ReminderPolicy;
import dev.mentoring.core.program.Schedule;
import dev.mentoring.core.testing.Fixture;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

class ProgramServiceTest {
  private final Fixture f = new Fixture();
  private final ProgramService programs = f.mentoring.programs();
  private final Instant t0 = f.clock.instant();

  private Program draft() {
    return programs.create(ADMIN, Fixture.spec().build());
  }

  private Program inStatus(ProgramStatus status) {
    Program p = draft();
    ProgramId id = p.id();
    switch (status) {
      case DRAFT -> {}
      case ENROLLING -> p = programs.openEnrollment(ADMIN, id);
      case MATCHING -> {
        programs.openEnrollment(ADMIN, id);
        p = programs.startMatching(ADMIN, id);
      }
      case RUNNING -> {
        programs.openEnrollment(ADMIN, id);
        programs.startMatching(ADMIN, id);
        p = programs.launch(ADMIN, id);
      }
      case CLOSED -> p = programs.close(ADMIN, id);
      case ARCHIVED -> {
        programs.close(ADMIN, id);
        p = programs.archive(ADMIN, id);
      }
    }
    return p;
  }

  /** Moves the clock on so that records created next sort after earlier ones. */
  private Instant tick() {
    f.clock.advance(Duration.ofMinutes(1));
    return f.clock.instant();
  }

  private Pair accepted(ProgramId program, String mentor, String mentee) {
    Pair p = f.mentoring.pairs().propose(ADMIN, program, id(mentor), id(mentee));
    f.mentoring.pairs().accept(as(mentor), p.id());
    return f.mentoring.pairs().accept(as(mentee), p.id());
  }

  // ------------------------------------------------------------------------------------ create

  @Nested
  class Create {
    @Test
    void create_byParticipant_storesDraftAdministeredByCreator() {
      ProgramSpec spec =
          ProgramSpec.builder("Pilot").description("For new joiners").objective("Belong").build();

      Program created = programs.create(as("hana"), spec);

      assertThat(created.status()).isEqualTo(ProgramStatus.DRAFT);
      assertThat(created.version()).isEqualTo(1);
      assertThat(created.createdAt()).isEqualTo(t0);
      assertThat(created.updatedAt()).isEqualTo(t0);
      assertThat(created.spec()).isEqualTo(spec.toBuilder().admin(id("hana")).build());
      assertThat(created.admins()).containsExactly(id("hana"));
      assertThat(programs.get(SYSTEM, created.id())).isEqualTo(created);
      assertThat(f.recorder.events()).containsExactly(new ProgramCreated(created.id(), t0));
      assertThat(f.recorder.notifications()).isEmpty();
    }

    @Test
    void create_bySystem_addsNoAdministrator() {
      Program created = programs.create(SYSTEM, ProgramSpec.builder("Pilot").build());

      assertThat(created.admins()).isEmpty();
      assertThat(programs.get(SYSTEM, created.id()).admins()).isEmpty();
    }

    @Test
    void create_creatorAlreadyListed_keepsAdministratorsAsGiven() {
      ProgramSpec spec =
          ProgramSpec.builder("Pilot").admins(List.of(id("hana"), id("ivo"))).build();

      Program created = programs.create(as("hana"), spec);

      assertThat(created.spec()).isEqualTo(spec);
      assertThat(created.admins()).containsExactlyInAnyOrder(id("hana"), id("ivo"));
    }

    @Test
    void create_blankNameBadCadenceAndDuplicateKey_reportsAllViolationsTogether() {
      ProgramSpec spec =
          ProgramSpec.builder(" ")
              .cadence(MeetingCadence.everyDays(0))
              .form(
                  EnrollmentForm.of(Question.text("team", "Team?"), Question.yesNo("team", "Ok?")))
              .build();

      InvalidInputException ex =
          invalid(
              f,
              () -> programs.create(ADMIN, spec),
              violation("cadence.interval", "DurationMin"),
              violation("form.questions[1].key", "Unique"),
              violation("name", "NotBlank"));

      assertThat(ex.violations().get(1).invalidValue()).isEqualTo("team");
      assertThat(ex.getMessage()).startsWith("3 invalid inputs: ");
    }

    @Test
    void create_badPoliciesScheduleAndObjectives_reportsEachWithItsPath() {
      ProgramSpec spec =
          ProgramSpec.builder("Pilot")
              .objective(" ")
              .schedule(Schedule.between(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 2, 1)))
              .matchingPolicy(
                  MatchingPolicy.defaults()
                      .withMaxMentorsPerMentee(0)
                      .withDefaultMentorCapacity(101)
                      .withRequestExpiry(Duration.ofMinutes(59)))
              .reminderPolicy(
                  ReminderPolicy.defaults()
                      .withAnswerReminderAfter(Duration.ZERO)
                      .withExpiryWarningBefore(Duration.ofDays(91)))
              .build();

      invalid(
          f,
          () -> programs.create(ADMIN, spec),
          violation("matchingPolicy.defaultMentorCapacity", "Max"),
          violation("matchingPolicy.maxMentorsPerMentee", "Min"),
          violation("matchingPolicy.requestExpiry", "DurationMin"),
          violation("objectives[0].<list element>", "NotBlank"),
          violation("reminderPolicy.answerReminderAfter", "DurationMin"),
          violation("reminderPolicy.expiryWarningBefore", "DurationMax"),
          violation("schedule.end", "DateOrder"));
    }

    @Test
    void create_malformedQuestions_reportsFormRules() {
      Question choiceWithoutOptions = Question.singleChoice("track", "Track?", List.of());
      Question textWithOptions =
          new Question(
              "bio", "Bio", QuestionType.TEXT, true, Set.of(), List.of("a"), null, null, 10);
      Question repeatedOptions = Question.multipleChoice("langs", "Langs", List.of("go", "go"));
      Question invertedBounds = Question.number("years", "Years", 5, 1);
      Question boundedYesNo =
          new Question("ok", "Ok?", QuestionType.YES_NO, true, Set.of(), List.of(), 0L, null, 10);
      Question badKey = Question.text("Bad Key", "Label");
      ProgramSpec spec =
          Fixture.spec()
              .form(
                  EnrollmentForm.of(
                      choiceWithoutOptions,
                      textWithOptions,
                      repeatedOptions,
                      invertedBounds,
                      boundedYesNo,
                      badKey))
              .build();

      invalid(
          f,
          () -> programs.create(ADMIN, spec),
          violation("form.questions[0].options", "NotEmpty"),
          violation("form.questions[1].options", "Empty"),
          violation("form.questions[2].options", "Unique"),
          violation("form.questions[3].max", "Order"),
          violation("form.questions[4].min", "Null"),
          violation("form.questions[5].key", "Pattern"));
    }

    @Test
    void create_durationViolations_haveReadableMessages() {
      ProgramSpec spec =
          Fixture.spec()
              .cadence(MeetingCadence.everyDays(400))
              .matchingPolicy(MatchingPolicy.defaults().withRequestExpiry(Duration.ofMinutes(5)))
              .build();

      InvalidInputException ex =
          refused(f, InvalidInputException.class, () -> programs.create(ADMIN, spec));

      assertThat(ex.violations())
          .extracting(Violation::path)
          .containsExactly("cadence.interval", "matchingPolicy.requestExpiry");
      assertThat(ex.violations())
          .extracting(Violation::message)
          .containsExactly("must be at most 366 days", "must be at least 1 hour");
    }

    @Test
    void create_nullArgument_throwsNullPointerException() {
      ProgramSpec spec = Fixture.spec().build();

      refused(f, NullPointerException.class, () -> programs.create(null, spec));
      refused(f, NullPointerException.class, () -> programs.create(ADMIN, null));
    }
  }

  // ------------------------------------------------------------------------------------ update

  @Nested
  class Update {
    @Test
    void update_byAdmin_replacesSettings() {
      Program program = draft();
      Instant t1 = tick();
      ProgramSpec changed =
          program.spec().toBuilder()
              .name("Pilot 2")
              .form(EnrollmentForm.of(Question.text("team", "Team?")))
              .build();

      Program updated = programs.update(ADMIN, program.id(), changed);

      assertThat(updated.spec()).isEqualTo(changed);
      assertThat(updated.version()).isEqualTo(program.version() + 1);
      assertThat(updated.createdAt()).isEqualTo(t0);
      assertThat(updated.updatedAt()).isEqualTo(t1);
      assertThat(updated.status()).isEqualTo(ProgramStatus.DRAFT);
      assertThat(programs.get(ADMIN, program.id())).isEqualTo(updated);
      assertThat(f.recorder.events(ProgramUpdated.class))
          .containsExactly(new ProgramUpdated(program.id(), t1));
      assertThat(f.recorder.notifications()).isEmpty();
    }

    @Test
    void update_settingsOtherThanFormAfterDraft_areAccepted() {
      Program program = inStatus(ProgramStatus.RUNNING);
      ProgramSpec changed =
          program.spec().toBuilder()
              .matchingPolicy(MatchingPolicy.defaults().withRepeatPairs(true))
              .build();

      Program updated = programs.update(SYSTEM, program.id(), changed);

      assertThat(updated.matchingPolicy().allowRepeatPairs()).isTrue();
      assertThat(updated.status()).isEqualTo(ProgramStatus.RUNNING);
    }

    @Test
    void update_formAfterDraft_rejectedAsImmutable() {
      Program program = inStatus(ProgramStatus.ENROLLING);
      ProgramSpec changed =
          program.spec().toBuilder()
              .form(EnrollmentForm.of(Question.text("team", "Team?")))
              .build();

      invalid(
          f, () -> programs.update(ADMIN, program.id(), changed), violation("form", "Immutable"));
    }

    @Test
    void update_closedOrArchivedProgram_rejected() {
      Program closed = inStatus(ProgramStatus.CLOSED);
      Program archived = inStatus(ProgramStatus.ARCHIVED);

      InvalidInputException ex =
          invalid(
              f, () -> programs.update(ADMIN, closed.id(), closed.spec()), violation("id", "Open"));
      invalid(
          f, () -> programs.update(ADMIN, archived.id(), archived.spec()), violation("id", "Open"));
      assertThat(ex.violations().get(0).message()).contains("CLOSED");
    }

    @Test
    void update_invalidSettings_reportsAllViolations() {
      Program program = draft();
      ProgramSpec bad =
          program.spec().toBuilder().name("").cadence(MeetingCadence.everyDays(0)).build();

      invalid(
          f,
          () -> programs.update(ADMIN, program.id(), bad),
          violation("cadence.interval", "DurationMin"),
          violation("name", "NotBlank"));
    }

    @Test
    void update_nonAdminParticipant_accessDenied() {
      Program program = draft();
      Program other = programs.create(as("ivo"), Fixture.spec().build());

      AccessDeniedException ex =
          refused(
              f,
              AccessDeniedException.class,
              () -> programs.update(as("ivo"), program.id(), program.spec()));

      assertThat(ex.actor()).isEqualTo(as("ivo"));
      assertThat(ex.action()).contains("update the program").contains(program.id().value());
      assertThat(other.admins()).containsExactly(id("ivo"));
    }

    @Test
    void update_unknownProgram_notFound() {
      ProgramId unknown = ProgramId.of("nope");

      NotFoundException ex =
          refused(
              f,
              NotFoundException.class,
              () -> programs.update(ADMIN, unknown, Fixture.spec().build()));

      assertThat(ex.kind()).isEqualTo("program");
      assertThat(ex.id()).isEqualTo("nope");
    }
  }

  // --------------------------------------------------------------------------------- lifecycle

  @Nested
  class Lifecycle {
    @Test
    void openEnrollment_draft_movesToEnrollingWithoutNotifications() {
      Program program = draft();
      Instant t1 = tick();
      f.recorder.clear();

      Program opened = programs.openEnrollment(ADMIN, program.id());

      assertThat(opened.status()).isEqualTo(ProgramStatus.ENROLLING);
      assertThat(opened.updatedAt()).isEqualTo(t1);
      assertThat(programs.get(as("anyone"), program.id())).isEqualTo(opened);
      assertThat(f.recorder.events())
          .containsExactly(
              new ProgramStatusChanged(
                  program.id(), ProgramStatus.DRAFT, ProgramStatus.ENROLLING, t1));
      assertThat(f.recorder.notifications()).isEmpty();
    }

    @Test
    void startMatching_enrolling_notifiesEveryOpenEnrollmentInApplicationOrder() {
      Program program =
          programs.create(ADMIN, Fixture.spec().enrollmentApprovalRequired(true).build());
      programs.openEnrollment(ADMIN, program.id());
      EnrollmentService enrollments = f.mentoring.enrollments();
      Enrollment approved = apply(program.id(), "amy");
      Enrollment rejected = apply(program.id(), "bob");
      Enrollment waitlisted = apply(program.id(), "cat");
      apply(program.id(), "dan");
      Enrollment withdrawn = apply(program.id(), "eve");
      enrollments.approve(ADMIN, approved.id());
      enrollments.reject(ADMIN, rejected.id());
      enrollments.waitlist(ADMIN, waitlisted.id());
      enrollments.withdraw(ADMIN, withdrawn.id());
      Instant t1 = tick();
      f.recorder.clear();

      Program matching = programs.startMatching(ADMIN, program.id());

      assertThat(matching.status()).isEqualTo(ProgramStatus.MATCHING);
      assertThat(f.recorder.events())
          .containsExactly(
              new ProgramStatusChanged(
                  program.id(), ProgramStatus.ENROLLING, ProgramStatus.MATCHING, t1));
      assertThat(f.recorder.notifications())
          .containsExactly(
              phase("amy", program.id(), ProgramStatus.ENROLLING, ProgramStatus.MATCHING, t1),
              phase("cat", program.id(), ProgramStatus.ENROLLING, ProgramStatus.MATCHING, t1),
              phase("dan", program.id(), ProgramStatus.ENROLLING, ProgramStatus.MATCHING, t1));
    }

    private Enrollment apply(ProgramId program, String who) {
      tick();
      return f.mentoring
          .enrollments()
          .apply(as(who), program, Application.builder(id(who), EnrollmentRole.MENTEE).build());
    }

    private ProgramPhaseChanged phase(
        String who, ProgramId program, ProgramStatus from, ProgramStatus to, Instant at) {
      return new ProgramPhaseChanged(id(who), program, from, to, at);
    }

    @Test
    void reopenEnrollment_matching_movesBackAndKeepsPairs() {
      Program program = f.matchingProgram(MatchingPolicy.defaults());
      f.mentor(program.id(), "mia", 1);
      tick();
      f.mentee(program.id(), "ned");
      Pair proposed = f.mentoring.pairs().propose(ADMIN, program.id(), id("mia"), id("ned"));
      Instant t1 = tick();
      f.recorder.clear();

      Program reopened = programs.reopenEnrollment(ADMIN, program.id());

      assertThat(reopened.status()).isEqualTo(ProgramStatus.ENROLLING);
      assertThat(f.mentoring.pairs().get(SYSTEM, proposed.id())).isEqualTo(proposed);
      assertThat(f.recorder.events())
          .containsExactly(
              new ProgramStatusChanged(
                  program.id(), ProgramStatus.MATCHING, ProgramStatus.ENROLLING, t1));
      assertThat(f.recorder.notifications())
          .containsExactly(
              phase("mia", program.id(), ProgramStatus.MATCHING, ProgramStatus.ENROLLING, t1),
              phase("ned", program.id(), ProgramStatus.MATCHING, ProgramStatus.ENROLLING, t1));
    }

    @Test
    void launch_matching_activatesAcceptedPairsOnly() {
      Program program = f.matchingProgram(MatchingPolicy.defaults());
      f.mentor(program.id(), "mia", 2);
      tick();
      f.mentee(program.id(), "ned");
      tick();
      f.mentee(program.id(), "ola");
      tick();
      Pair accepted = accepted(program.id(), "mia", "ned");
      tick();
      Pair proposed = f.mentoring.pairs().propose(ADMIN, program.id(), id("mia"), id("ola"));
      Instant t1 = tick();
      f.recorder.clear();

      Program running = programs.launch(ADMIN, program.id());

      assertThat(running.status()).isEqualTo(ProgramStatus.RUNNING);
      Pair active = f.mentoring.pairs().get(SYSTEM, accepted.id());
      assertThat(active.status()).isEqualTo(PairStatus.ACTIVE);
      assertThat(active.startedAt()).isEqualTo(t1);
      assertThat(f.mentoring.pairs().get(SYSTEM, proposed.id())).isEqualTo(proposed);
      assertThat(f.recorder.events())
          .containsExactly(
              new ProgramStatusChanged(
                  program.id(), ProgramStatus.MATCHING, ProgramStatus.RUNNING, t1),
              new PairStatusChanged(
                  accepted.id(), program.id(), PairStatus.ACCEPTED, PairStatus.ACTIVE, t1));
      assertThat(f.recorder.notifications())
          .containsExactly(
              phase("mia", program.id(), ProgramStatus.MATCHING, ProgramStatus.RUNNING, t1),
              phase("ned", program.id(), ProgramStatus.MATCHING, ProgramStatus.RUNNING, t1),
              phase("ola", program.id(), ProgramStatus.MATCHING, ProgramStatus.RUNNING, t1));
    }

    @Test
    void close_matching_expiresProposalsAndEndsAcceptedPairsEarly() {
      Program program = f.matchingProgram(MatchingPolicy.defaults());
      f.mentor(program.id(), "mia", 2);
      tick();
      f.mentor(program.id(), "max", 1);
      tick();
      f.mentee(program.id(), "ned");
      tick();
      f.mentee(program.id(), "ola");
      tick();
      f.mentee(program.id(), "pia");
      tick();
      Pair accepted = accepted(program.id(), "mia", "ned");
      tick();
      Pair proposed = f.mentoring.pairs().propose(ADMIN, program.id(), id("mia"), id("ola"));
      tick();
      Pair declined = f.mentoring.pairs().propose(ADMIN, program.id(), id("max"), id("pia"));
      declined = f.mentoring.pairs().decline(as("pia"), declined.id(), null);
      Instant t1 = tick();
      f.recorder.clear();

      Program closed = programs.close(ADMIN, program.id());

      assertThat(closed.status()).isEqualTo(ProgramStatus.CLOSED);
      Pair endedEarly = f.mentoring.pairs().get(SYSTEM, accepted.id());
      assertThat(endedEarly.status()).isEqualTo(PairStatus.ENDED_EARLY);
      assertThat(endedEarly.exit()).isEqualTo(PairExit.automatic(ExitReason.PROGRAM_CLOSED, t1));
      assertThat(endedEarly.endedAt()).isEqualTo(t1);
      Pair expired = f.mentoring.pairs().get(SYSTEM, proposed.id());
      assertThat(expired.status()).isEqualTo(PairStatus.EXPIRED);
      assertThat(expired.exit()).isEqualTo(PairExit.automatic(ExitReason.PROGRAM_CLOSED, t1));
      assertThat(f.mentoring.pairs().get(SYSTEM, declined.id())).isEqualTo(declined);
      assertThat(f.recorder.events())
          .containsExactly(
              new ProgramStatusChanged(
                  program.id(), ProgramStatus.MATCHING, ProgramStatus.CLOSED, t1),
              new PairStatusChanged(
                  accepted.id(), program.id(), PairStatus.ACCEPTED, PairStatus.ENDED_EARLY, t1),
              new PairStatusChanged(
                  proposed.id(), program.id(), PairStatus.PROPOSED, PairStatus.EXPIRED, t1));
      assertThat(f.recorder.notifications())
          .extracting(n -> n.recipient().value())
          .containsExactly("mia", "max", "ned", "ola", "pia");
    }

    @Test
    void close_running_completesActiveAndPausedPairsAndExpiresProposals() {
      Program program = f.matchingProgram(MatchingPolicy.defaults());
      f.mentor(program.id(), "mia", 3);
      tick();
      f.mentee(program.id(), "ned");
      tick();
      f.mentee(program.id(), "ola");
      tick();
      f.mentee(program.id(), "pia");
      tick();
      Pair active = accepted(program.id(), "mia", "ned");
      tick();
      Pair paused = accepted(program.id(), "mia", "ola");
      tick();
      programs.launch(ADMIN, program.id());
      f.mentoring.pairs().pause(as("ola"), paused.id());
      tick();
      Pair proposed = f.mentoring.pairs().propose(ADMIN, program.id(), id("mia"), id("pia"));
      Instant t1 = tick();
      f.recorder.clear();

      programs.close(ADMIN, program.id());

      Pair completed = f.mentoring.pairs().get(SYSTEM, active.id());
      assertThat(completed.status()).isEqualTo(PairStatus.COMPLETED);
      assertThat(completed.endedAt()).isEqualTo(t1);
      assertThat(completed.exit()).isNull();
      assertThat(f.mentoring.pairs().get(SYSTEM, paused.id()).status())
          .isEqualTo(PairStatus.COMPLETED);
      assertThat(f.mentoring.pairs().get(SYSTEM, proposed.id()).exit())
          .isEqualTo(PairExit.automatic(ExitReason.PROGRAM_CLOSED, t1));
      assertThat(f.recorder.events())
          .containsExactly(
              new ProgramStatusChanged(
                  program.id(), ProgramStatus.RUNNING, ProgramStatus.CLOSED, t1),
              new PairStatusChanged(
                  active.id(), program.id(), PairStatus.ACTIVE, PairStatus.COMPLETED, t1),
              new PairStatusChanged(
                  paused.id(), program.id(), PairStatus.PAUSED, PairStatus.COMPLETED, t1),
              new PairStatusChanged(
                  proposed.id(), program.id(), PairStatus.PROPOSED, PairStatus.EXPIRED, t1));
    }

    @Test
    void close_draft_movesToClosedWithoutNotifications() {
      Program program = draft();
      f.recorder.clear();

      Program closed = programs.close(ADMIN, program.id());

      assertThat(closed.status()).isEqualTo(ProgramStatus.CLOSED);
      assertThat(f.recorder.events())
          .containsExactly(
              new ProgramStatusChanged(
                  program.id(), ProgramStatus.DRAFT, ProgramStatus.CLOSED, t0));
      assertThat(f.recorder.notifications()).isEmpty();
    }

    @Test
    void archive_closed_movesToArchived() {
      Program program = inStatus(ProgramStatus.CLOSED);
      Instant t1 = tick();
      f.recorder.clear();

      Program archived = programs.archive(SYSTEM, program.id());

      assertThat(archived.status()).isEqualTo(ProgramStatus.ARCHIVED);
      assertThat(programs.get(SYSTEM, program.id())).isEqualTo(archived);
      assertThat(f.recorder.events())
          .containsExactly(
              new ProgramStatusChanged(
                  program.id(), ProgramStatus.CLOSED, ProgramStatus.ARCHIVED, t1));
    }

    private record Verb(String name, BiFunction<Actor, ProgramId, Program> call) {}

    private List<Verb> verbs() {
      return List.of(
          new Verb("openEnrollment", programs::openEnrollment),
          new Verb("startMatching", programs::startMatching),
          new Verb("reopenEnrollment", programs::reopenEnrollment),
          new Verb("launch", programs::launch),
          new Verb("close", programs::close),
          new Verb("archive", programs::archive));
    }

    @TestFactory
    Stream<DynamicTest> verb_fromWrongState_illegalTransitionWithFromAndTo() {
      record Case(String verb, ProgramStatus from, ProgramStatus to) {}
      List<Case> cases =
          List.of(
              new Case("openEnrollment", ProgramStatus.ENROLLING, ProgramStatus.ENROLLING),
              new Case("openEnrollment", ProgramStatus.CLOSED, ProgramStatus.ENROLLING),
              new Case("startMatching", ProgramStatus.DRAFT, ProgramStatus.MATCHING),
              new Case("startMatching", ProgramStatus.RUNNING, ProgramStatus.MATCHING),
              new Case("reopenEnrollment", ProgramStatus.ENROLLING, ProgramStatus.ENROLLING),
              new Case("reopenEnrollment", ProgramStatus.RUNNING, ProgramStatus.ENROLLING),
              new Case("launch", ProgramStatus.ENROLLING, ProgramStatus.RUNNING),
              new Case("launch", ProgramStatus.RUNNING, ProgramStatus.RUNNING),
              new Case("close", ProgramStatus.CLOSED, ProgramStatus.CLOSED),
              new Case("close", ProgramStatus.ARCHIVED, ProgramStatus.CLOSED),
              new Case("archive", ProgramStatus.RUNNING, ProgramStatus.ARCHIVED),
              new Case("archive", ProgramStatus.ARCHIVED, ProgramStatus.ARCHIVED));
      Map<String, Verb> byName = verbs().stream().collect(Collectors.toMap(Verb::name, v -> v));
      return cases.stream()
          .map(
              c ->
                  dynamicTest(
                      c.verb() + "_" + c.from(),
                      () -> {
                        Program program = inStatus(c.from());

                        IllegalTransitionException ex =
                            refused(
                                f,
                                IllegalTransitionException.class,
                                () -> byName.get(c.verb()).call().apply(ADMIN, program.id()));

                        assertThat(ex.id()).isEqualTo(program.id().value());
                        assertThat(ex.from()).isEqualTo(c.from());
                        assertThat(ex.to()).isEqualTo(c.to());
                      }));
    }

    @TestFactory
    Stream<DynamicTest> verb_nonAdminParticipant_accessDenied() {
      return verbs().stream()
          .map(
              v ->
                  dynamicTest(
                      v.name(),
                      () -> {
                        Program program = inStatus(ProgramStatus.ENROLLING);
                        f.mentee(program.id(), "ned");

                        AccessDeniedException ex =
                            refused(
                                f,
                                AccessDeniedException.class,
                                () -> v.call().apply(as("ned"), program.id()));

                        assertThat(ex.actor()).isEqualTo(as("ned"));
                        assertThat(ex.action()).contains(program.id().value());
                      }));
    }

    @TestFactory
    Stream<DynamicTest> verb_unknownProgram_notFound() {
      return verbs().stream()
          .map(
              v ->
                  dynamicTest(
                      v.name(),
                      () -> {
                        draft();

                        NotFoundException ex =
                            refused(
                                f,
                                NotFoundException.class,
                                () -> v.call().apply(ADMIN, ProgramId.of("missing")));

                        assertThat(ex.kind()).isEqualTo("program");
                        assertThat(ex.id()).isEqualTo("missing");
                      }));
    }
  }

  // ---------------------------------------------------------------------------------- get/list

  @Nested
  class Get {
    @Test
    void get_draftByItsAdminOrSystem_returnsIt() {
      Program program = draft();

      assertThat(programs.get(ADMIN, program.id())).isEqualTo(program);
      assertThat(programs.get(SYSTEM, program.id())).isEqualTo(program);
    }

    @Test
    void get_draftByOtherParticipant_notFoundAsIfAbsent() {
      Program program = draft();

      NotFoundException ex =
          refused(f, NotFoundException.class, () -> programs.get(as("ivo"), program.id()));

      assertThat(ex.kind()).isEqualTo("program");
      assertThat(ex.id()).isEqualTo(program.id().value());
    }

    @Test
    void get_openProgramByAnyParticipant_returnsIt() {
      Program program = inStatus(ProgramStatus.ENROLLING);

      assertThat(programs.get(as("ivo"), program.id())).isEqualTo(program);
    }

    @Test
    void get_unknownProgram_notFound() {
      NotFoundException ex =
          refused(f, NotFoundException.class, () -> programs.get(SYSTEM, ProgramId.of("nope")));

      assertThat(ex.kind()).isEqualTo("program");
      assertThat(ex.id()).isEqualTo("nope");
    }

    @Test
    void list_system_seesEveryProgramInCreationOrder() {
      Program first = draft();
      tick();
      Program second = inStatus(ProgramStatus.ENROLLING);
      tick();
      Program third = programs.create(as("ivo"), Fixture.spec().build());

      assertThat(programs.list(SYSTEM))
          .extracting(Program::id)
          .containsExactly(first.id(), second.id(), third.id());
    }

    @Test
    void list_participant_seesNonDraftsAndTheDraftsTheyAdminister() {
      Program adminDraft = draft();
      tick();
      Program open = inStatus(ProgramStatus.ENROLLING);
      tick();
      Program ivoDraft = programs.create(as("ivo"), Fixture.spec().build());
      tick();
      Program closed = inStatus(ProgramStatus.CLOSED);

      assertThat(programs.list(as("ivo")))
          .extracting(Program::id)
          .containsExactly(open.id(), ivoDraft.id(), closed.id());
      assertThat(programs.list(ADMIN))
          .extracting(Program::id)
          .containsExactly(adminDraft.id(), open.id(), closed.id());
      assertThat(programs.list(as("nobody")))
          .extracting(Program::id)
          .containsExactly(open.id(), closed.id());
    }
  }
}
