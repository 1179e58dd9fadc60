package dev.mentoring.core;

import static dev.mentoring.core.testing.Fixture.ADMIN;
import static dev.mentoring.core.testing.Fixture.SYSTEM;
import static dev.mentoring.core.testing.Fixture.as;
import static dev.mentoring.core.testing.Fixture.id;
import static dev.mentoring.core.testing.Rejections.invalid;
import static dev.mentoring.core.testing.Rejections.refused;
import static dev.mentoring.core.testing.Rejections.violation;
import static org.assertj.core.api.Assertions.assertThat;

import dev.mentoring.core.enrollment.Answer;
import dev.mentoring.core.enrollment.Application;
import dev.mentoring.core.enrollment.Enrollment;
import dev.mentoring.core.event.SurveyCreated;
import dev.mentoring.core.event.SurveyResponseSubmitted;
import dev.mentoring.core.event.SurveyRevised;
import dev.mentoring.core.event.SurveyStatusChanged;
import dev.mentoring.core.feedback.QuestionSummary;
import dev.mentoring.core.feedback.Survey;
import dev.mentoring.core.feedback.SurveyAudience;
import dev.mentoring.core.feedback.SurveyCheckpoint;
import dev.mentoring.core.feedback.SurveyDraft;
import dev.mentoring.core.feedback.SurveyId;
import dev.mentoring.core.feedback.SurveyQuestion;
import dev.mentoring.core.feedback.SurveyQuestionType;
import dev.mentoring.core.feedback.SurveyResponse;
import dev.mentoring.core.feedback.SurveyStatus;
import dev.mentoring.core.feedback.SurveySummary;
import dev.mentoring.core.notification.PoorFitReported;
import dev.mentoring.core.pairing.Pair;
import dev.mentoring.core.pairing.PairId;
import dev.mentoring.core.program.EnrollmentRole;
import dev.mentoring.core.program.MatchingPolicy;
import dev.mentoring.core.program.ProgramFormat;
import dev.mentoring.core.program.ProgramId;
import dev.mentoring.core.testing.Fixture;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class SurveyServiceTest {
  private static final SurveyQuestion PACE =
      SurveyQuestion.singleChoice("pace", "How is the pace?", List.of("slow", "right", "fast"));
  private static final SurveyQuestion TOPICS =
      SurveyQuestion.multipleChoice(
          "topics", "What did you discuss?", List.of("career", "tech", "leadership"));

  /** A midpoint survey with one question of each type; the comment is optional. */
  static final SurveyDraft MIDPOINT =
      SurveyDraft.builder("Halfway there", SurveyCheckpoint.MIDPOINT)
          .question(
              SurveyQuestion.rating("overall", "How is it going?"),
              SurveyQuestion.nps("nps", "Would you recommend the program?"),
              PACE,
              TOPICS,
              SurveyQuestion.freeText("comment", "Anything else?").optional())
          .build();

  /** An early fit check with the fit question and an optional comment. */
  static final SurveyDraft FIT =
      SurveyDraft.builder("Is this a good fit?", SurveyCheckpoint.EARLY_FIT_CHECK)
          .question(
              SurveyQuestion.fit("fit", "Is your partner a good fit?"),
              SurveyQuestion.freeText("why", "Why?").optional())
          .build();

  private final Fixture f = new Fixture();
  private final SurveyService surveys = f.mentoring.surveys();

  /** A running program: mia mentors ned in an active pair; ola is an unpaired mentee. */
  private ProgramId pid;

  private Pair pair;

  @BeforeEach
  void cohort() {
    pid = f.matchingProgram(MatchingPolicy.defaults()).id();
    f.mentor(pid, "mia", 2);
    f.mentee(pid, "ned");
    f.mentee(pid, "ola");
    pair = accepted(pid, "mia", "ned");
    f.mentoring.programs().launch(ADMIN, pid);
    tick();
  }

  private Instant tick() {
    f.clock.advance(Duration.ofMinutes(1));
    return f.clock.instant();
  }

  private Pair accepted(ProgramId program, String mentor, String mentee) {
    Pair p = f.mentoring.pairs().propose(ADMIN, program, id(mentor), id(mentee));
    f.mentoring.pairs().accept(as(mentor), p.id());
    return f.mentoring.pairs().accept(as(mentee), p.id());
  }

  private Survey open(SurveyDraft draft) {
    Survey s = surveys.create(ADMIN, pid, draft);
    return surveys.open(ADMIN, s.id());
  }

  private static Map<String, Answer> midpointAnswers() {
    Map<String, Answer> answers = new LinkedHashMap<>();
    answers.put("overall", Answer.number(4));
    answers.put("nps", Answer.number(9));
    answers.put("pace", Answer.choice("right"));
    answers.put("topics", Answer.choice("career", "tech"));
    answers.put("comment", Answer.text("Great so far"));
    return answers;
  }

  private SurveyResponse fitAnswer(Survey survey, String who, int rating) {
    return surveys.respond(
        as(who), survey.id(), pair.id(), null, Map.of("fit", Answer.number(rating)));
  }

  // ------------------------------------------------------------------------------------ create

  @Nested
  class Create {
    @Test
    void create_admin_storesDraftAndPublishesCreated() {
      Instant t = tick();
      f.recorder.clear();

      Survey s = surveys.create(ADMIN, pid, MIDPOINT);

      assertThat(s.version()).isEqualTo(1);
      assertThat(s.programId()).isEqualTo(pid);
      assertThat(s.draft()).isEqualTo(MIDPOINT);
      assertThat(s.status()).isEqualTo(SurveyStatus.DRAFT);
      assertThat(s.createdAt()).isEqualTo(t);
      assertThat(s.updatedAt()).isEqualTo(t);
      assertThat(s.openedAt()).isNull();
      assertThat(s.closedAt()).isNull();
      assertThat(surveys.get(ADMIN, s.id())).isEqualTo(s);
      assertThat(f.recorder.events())
          .containsExactly(new SurveyCreated(s.id(), pid, SurveyCheckpoint.MIDPOINT, t));
      assertThat(f.recorder.notifications()).isEmpty();
    }

    @Test
    void create_system_allowed() {
      Survey s = surveys.create(SYSTEM, pid, FIT);

      assertThat(s.checkpoint()).isEqualTo(SurveyCheckpoint.EARLY_FIT_CHECK);
    }

    @Test
    void create_brokenDraft_reportsEveryViolationAtOnce() {
      SurveyDraft draft =
          SurveyDraft.builder(" ", SurveyCheckpoint.MIDPOINT)
              .question(
                  SurveyQuestion.rating("Bad Key", "Rate"),
                  SurveyQuestion.singleChoice("one", "Pick", List.of("only")),
                  new SurveyQuestion(
                      "extra", "Rate", SurveyQuestionType.RATING, List.of("a", "b"), true, false),
                  SurveyQuestion.multipleChoice("one", "Pick", List.of("x", "x")),
                  SurveyQuestion.freeText("text", "x".repeat(501)),
                  SurveyQuestion.fit("fit", "Fit?"))
              .build();

      invalid(
          f,
          () -> surveys.create(ADMIN, pid, draft),
          violation("questions[0].key", "Pattern"),
          violation("questions[1].options", "Size"),
          violation("questions[2].options", "Empty"),
          violation("questions[3].key", "Unique"),
          violation("questions[3].options", "Unique"),
          violation("questions[4].text", "Size"),
          violation("questions[5].fitQuestion", "FitQuestion"),
          violation("title", "NotBlank"));
    }

    @Test
    void create_noQuestionsOrTooManyOptions_sizeViolations() {
      SurveyDraft empty = SurveyDraft.builder("Empty", SurveyCheckpoint.FINAL).build();
      List<String> options =
          java.util.stream.IntStream.range(0, 21).mapToObj(i -> "o" + i).toList();
      SurveyDraft crowded =
          SurveyDraft.builder("Crowded", SurveyCheckpoint.FINAL)
              .question(SurveyQuestion.singleChoice("pick", "Pick", options))
              .build();

      invalid(f, () -> surveys.create(ADMIN, pid, empty), violation("questions", "Size"));
      invalid(
          f, () -> surveys.create(ADMIN, pid, crowded), violation("questions[0].options", "Size"));
    }

    @Test
    void create_fitQuestionRules_earlyFitCheckNeedsExactlyOneRatingFitQuestion() {
      SurveyDraft none =
          SurveyDraft.builder("Fit", SurveyCheckpoint.EARLY_FIT_CHECK)
              .question(SurveyQuestion.rating("r", "Rate"))
              .build();
      SurveyDraft two =
          SurveyDraft.builder("Fit", SurveyCheckpoint.EARLY_FIT_CHECK)
              .question(
                  SurveyQuestion.fit("a", "Fit?"),
                  new SurveyQuestion("b", "Fit?", SurveyQuestionType.NPS, List.of(), true, true))
              .build();

      invalid(f, () -> surveys.create(ADMIN, pid, none), violation("questions", "FitQuestion"));
      invalid(
          f,
          () -> surveys.create(ADMIN, pid, two),
          violation("questions[1].fitQuestion", "FitQuestion"),
          violation("questions[1].fitQuestion", "Unique"));
    }

    @Test
    void create_byParticipant_accessDenied() {
      AccessDeniedException ex =
          refused(f, AccessDeniedException.class, () -> surveys.create(as("mia"), pid, MIDPOINT));

      assertThat(ex.action()).isEqualTo("create a survey in program " + pid);
    }

    @Test
    void create_unknownProgram_notFound() {
      NotFoundException ex =
          refused(
              f,
              NotFoundException.class,
              () -> surveys.create(ADMIN, ProgramId.of("nope"), MIDPOINT));

      assertThat(ex.kind()).isEqualTo("program");
    }

    @Test
    void create_archivedProgram_invalid() {
      f.mentoring.programs().close(ADMIN, pid);
      f.mentoring.programs().archive(ADMIN, pid);

      invalid(f, () -> surveys.create(ADMIN, pid, MIDPOINT), violation("programId", "NotArchived"));
    }

    @Test
    void create_closedProgram_allowedForFinalFeedback() {
      f.mentoring.programs().close(ADMIN, pid);

      Survey s = surveys.create(ADMIN, pid, MIDPOINT);

      assertThat(surveys.open(ADMIN, s.id()).status()).isEqualTo(SurveyStatus.OPEN);
    }

    @Test
    void create_nullArgument_throwsNullPointerException() {
      refused(f, NullPointerException.class, () -> surveys.create(null, pid, MIDPOINT));
      refused(f, NullPointerException.class, () -> surveys.create(ADMIN, null, MIDPOINT));
      refused(f, NullPointerException.class, () -> surveys.create(ADMIN, pid, null));
    }
  }

  // ------------------------------------------------------------------------------------ revise

  @Nested
  class Revise {
    @Test
    void revise_draft_replacesWhatItAsksAndPublishesRevised() {
      Survey s = surveys.create(ADMIN, pid, MIDPOINT);
      Instant t = tick();
      f.recorder.clear();
      SurveyDraft shorter =
          MIDPOINT.toBuilder()
              .title("Shorter")
              .questions(List.of(SurveyQuestion.nps("nps", "Recommend?")))
              .anonymous(true)
              .audience(SurveyAudience.MENTEES)
              .build();

      Survey revised = surveys.revise(ADMIN, s.id(), shorter);

      assertThat(revised.draft()).isEqualTo(shorter);
      assertThat(revised.version()).isEqualTo(2);
      assertThat(revised.createdAt()).isEqualTo(s.createdAt());
      assertThat(revised.updatedAt()).isEqualTo(t);
      assertThat(f.recorder.events()).containsExactly(new SurveyRevised(s.id(), pid, t));
    }

    @Test
    void revise_openSurvey_illegalTransition() {
      Survey s = open(MIDPOINT);

      IllegalTransitionException ex =
          refused(
              f, IllegalTransitionException.class, () -> surveys.revise(ADMIN, s.id(), MIDPOINT));

      assertThat(ex.from()).isEqualTo(SurveyStatus.OPEN);
      assertThat(ex.to()).isEqualTo(SurveyStatus.DRAFT);
    }

    @Test
    void revise_brokenDraft_invalid() {
      Survey s = surveys.create(ADMIN, pid, MIDPOINT);

      invalid(
          f,
          () -> surveys.revise(ADMIN, s.id(), MIDPOINT.toBuilder().title("").build()),
          violation("title", "NotBlank"));
    }

    @Test
    void revise_refusals_accessDeniedNotFoundArchived() {
      Survey s = surveys.create(ADMIN, pid, MIDPOINT);

      refused(f, AccessDeniedException.class, () -> surveys.revise(as("ned"), s.id(), MIDPOINT));
      NotFoundException missing =
          refused(
              f,
              NotFoundException.class,
              () -> surveys.revise(ADMIN, SurveyId.of("nope"), MIDPOINT));
      assertThat(missing.kind()).isEqualTo("survey");
      f.mentoring.programs().close(ADMIN, pid);
      f.mentoring.programs().archive(ADMIN, pid);
      invalid(
          f, () -> surveys.revise(ADMIN, s.id(), MIDPOINT), violation("programId", "NotArchived"));
      refused(f, NullPointerException.class, () -> surveys.revise(ADMIN, s.id(), null));
    }
  }

  // ----------------------------------------------------------------------------- open and close

  @Nested
  class Lifecycle {
    @Test
    void open_draft_opensAndPublishesStatusChange() {
      Survey s = surveys.create(ADMIN, pid, MIDPOINT);
      Instant t = tick();
      f.recorder.clear();

      Survey opened = surveys.open(ADMIN, s.id());

      assertThat(opened.status()).isEqualTo(SurveyStatus.OPEN);
      assertThat(opened.openedAt()).isEqualTo(t);
      assertThat(opened.updatedAt()).isEqualTo(t);
      assertThat(f.recorder.events())
          .containsExactly(
              new SurveyStatusChanged(s.id(), pid, SurveyStatus.DRAFT, SurveyStatus.OPEN, t));
      assertThat(f.recorder.notifications()).as("invitations are reminders").isEmpty();
    }

    @Test
    void close_open_closesAndKeepsOpenedAt() {
      Survey s = open(MIDPOINT);
      Instant t = tick();
      f.recorder.clear();

      Survey closed = surveys.close(SYSTEM, s.id());

      assertThat(closed.status()).isEqualTo(SurveyStatus.CLOSED);
      assertThat(closed.openedAt()).isEqualTo(s.openedAt());
      assertThat(closed.closedAt()).isEqualTo(t);
      assertThat(f.recorder.events())
          .containsExactly(
              new SurveyStatusChanged(s.id(), pid, SurveyStatus.OPEN, SurveyStatus.CLOSED, t));
    }

    @Test
    void close_draft_discardsItUnopened() {
      Survey s = surveys.create(ADMIN, pid, MIDPOINT);

      Survey closed = surveys.close(ADMIN, s.id());

      assertThat(closed.status()).isEqualTo(SurveyStatus.CLOSED);
      assertThat(closed.openedAt()).isNull();
    }

    @Test
    void close_inArchivedProgram_allowed() {
      Survey s = open(MIDPOINT);
      f.mentoring.programs().close(ADMIN, pid);
      f.mentoring.programs().archive(ADMIN, pid);

      assertThat(surveys.close(ADMIN, s.id()).status()).isEqualTo(SurveyStatus.CLOSED);
    }

    @Test
    void openOrClose_wrongState_illegalTransition() {
      Survey s = open(MIDPOINT);

      IllegalTransitionException reopen =
          refused(f, IllegalTransitionException.class, () -> surveys.open(ADMIN, s.id()));
      surveys.close(ADMIN, s.id());
      IllegalTransitionException reclose =
          refused(f, IllegalTransitionException.class, () -> surveys.close(ADMIN, s.id()));

      assertThat(reopen.id()).isEqualTo(s.id().value());
      assertThat(reopen.from()).isEqualTo(SurveyStatus.OPEN);
      assertThat(reopen.to()).isEqualTo(SurveyStatus.OPEN);
      assertThat(reclose.from()).isEqualTo(SurveyStatus.CLOSED);
      assertThat(reclose.to()).isEqualTo(SurveyStatus.CLOSED);
    }

    @Test
    void openOrClose_refusals_accessDeniedNotFoundArchived() {
      Survey s = surveys.create(ADMIN, pid, MIDPOINT);

      AccessDeniedException denied =
          refused(f, AccessDeniedException.class, () -> surveys.open(as("mia"), s.id()));
      refused(f, AccessDeniedException.class, () -> surveys.close(as("mia"), s.id()));
      refused(f, NotFoundException.class, () -> surveys.open(ADMIN, SurveyId.of("nope")));
      refused(f, NullPointerException.class, () -> surveys.close(ADMIN, null));
      f.mentoring.programs().close(ADMIN, pid);
      f.mentoring.programs().archive(ADMIN, pid);
      invalid(f, () -> surveys.open(ADMIN, s.id()), violation("programId", "NotArchived"));

      assertThat(denied.action()).isEqualTo("open survey " + s.id() + " in program " + pid);
    }
  }

  // ------------------------------------------------------------------------------- read surveys

  @Nested
  class Read {
    @Test
    void get_adminSeesDraftsParticipantsDoNot() {
      Survey draft = surveys.create(ADMIN, pid, MIDPOINT);

      assertThat(surveys.get(ADMIN, draft.id())).isEqualTo(draft);
      assertThat(surveys.get(SYSTEM, draft.id())).isEqualTo(draft);
      NotFoundException hidden =
          refused(f, NotFoundException.class, () -> surveys.get(as("ned"), draft.id()));
      assertThat(hidden.kind()).isEqualTo("survey");
    }

    @Test
    void get_participantAsked_seesOpenSurvey() {
      Survey s = open(MIDPOINT);

      assertThat(surveys.get(as("ned"), s.id())).isEqualTo(s);
      assertThat(surveys.get(as("mia"), s.id())).isEqualTo(s);
    }

    @Test
    void get_participantNotAskedOrNotEnrolled_accessDenied() {
      Survey forMentors = open(MIDPOINT.toBuilder().audience(SurveyAudience.MENTORS).build());

      AccessDeniedException notAsked =
          refused(f, AccessDeniedException.class, () -> surveys.get(as("ned"), forMentors.id()));
      AccessDeniedException stranger =
          refused(f, AccessDeniedException.class, () -> surveys.get(as("zed"), forMentors.id()));

      assertThat(notAsked.action())
          .endsWith(
              "the survey asks MENTORS with approved enrollments, and the enrollment is APPROVED"
                  + " as MENTEE");
      assertThat(stranger.action()).contains("not enrolled in program " + pid);
      refused(f, NotFoundException.class, () -> surveys.get(ADMIN, SurveyId.of("nope")));
      refused(f, NullPointerException.class, () -> surveys.get(ADMIN, null));
    }

    @Test
    void forProgram_adminSeesAllParticipantsSeeWhatTheyAreAsked() {
      Survey draft = surveys.create(ADMIN, pid, MIDPOINT);
      tick();
      Survey forMentees = open(MIDPOINT.toBuilder().audience(SurveyAudience.MENTEES).build());
      tick();
      Survey forMentors = open(MIDPOINT.toBuilder().audience(SurveyAudience.MENTORS).build());
      tick();
      Survey closed = open(FIT);
      closed = surveys.close(ADMIN, closed.id());

      assertThat(surveys.forProgram(ADMIN, pid))
          .containsExactly(draft, forMentees, forMentors, closed);
      assertThat(surveys.forProgram(SYSTEM, pid)).hasSize(4);
      assertThat(surveys.forProgram(as("ned"), pid)).containsExactly(forMentees, closed);
      assertThat(surveys.forProgram(as("mia"), pid)).containsExactly(forMentors, closed);
    }

    @Test
    void get_applicantNotYetApproved_accessDenied() {
      Survey s = open(MIDPOINT);
      f.mentoring
          .programs()
          .update(
              ADMIN,
              pid,
              f.mentoring.programs().get(ADMIN, pid).spec().toBuilder()
                  .enrollmentApprovalRequired(true)
                  .build());
      f.mentee(pid, "pia");

      AccessDeniedException ex =
          refused(f, AccessDeniedException.class, () -> surveys.get(as("pia"), s.id()));

      assertThat(ex.action()).endsWith("and the enrollment is APPLIED as MENTEE");
      assertThat(surveys.forProgram(as("pia"), pid)).isEmpty();
    }

    @Test
    void forProgram_withdrawnParticipant_seesExitSurveysOnly() {
      Survey midpoint = open(MIDPOINT);
      Survey exit = open(MIDPOINT.toBuilder().checkpoint(SurveyCheckpoint.EXIT).build());
      withdraw("ola");

      assertThat(surveys.forProgram(as("ola"), pid)).containsExactly(exit);
      refused(f, AccessDeniedException.class, () -> surveys.get(as("ola"), midpoint.id()));
    }

    @Test
    void forProgram_refusals() {
      AccessDeniedException stranger =
          refused(f, AccessDeniedException.class, () -> surveys.forProgram(as("zed"), pid));
      refused(f, NotFoundException.class, () -> surveys.forProgram(ADMIN, ProgramId.of("nope")));
      refused(f, NullPointerException.class, () -> surveys.forProgram(ADMIN, null));

      assertThat(stranger.action()).contains("not enrolled");
    }
  }

  private Enrollment withdraw(String who) {
    Enrollment e =
        f.mentoring.enrollments().list(SYSTEM, pid).stream()
            .filter(x -> x.participantId().equals(id(who)))
            .findFirst()
            .orElseThrow();
    return f.mentoring.enrollments().withdraw(SYSTEM, e.id());
  }

  // ------------------------------------------------------------------------------------ respond

  @Nested
  class Respond {
    @Test
    void respond_validAnswers_storesResponseAndPublishesSubmitted() {
      Survey s = open(MIDPOINT);
      Instant t = tick();
      f.recorder.clear();

      SurveyResponse r = surveys.respond(as("ned"), s.id(), pair.id(), null, midpointAnswers());

      assertThat(r.version()).isEqualTo(1);
      assertThat(r.surveyId()).isEqualTo(s.id());
      assertThat(r.programId()).isEqualTo(pid);
      assertThat(r.respondentId()).isEqualTo(id("ned"));
      assertThat(r.pairId()).isEqualTo(pair.id());
      assertThat(r.subjectKey()).isNull();
      assertThat(r.answers()).isEqualTo(midpointAnswers());
      assertThat(r.answers().keySet())
          .containsExactly("comment", "nps", "overall", "pace", "topics");
      assertThat(r.submittedAt()).isEqualTo(t);
      assertThat(surveys.responses(ADMIN, s.id())).containsExactly(r);
      assertThat(f.recorder.events())
          .containsExactly(
              new SurveyResponseSubmitted(r.id(), s.id(), pid, id("ned"), pair.id(), t));
      assertThat(f.recorder.notifications()).isEmpty();
    }

    @Test
    void respond_withoutOptionalAnswerAndWithoutPair_accepted() {
      Survey s = open(MIDPOINT);
      Map<String, Answer> answers = midpointAnswers();
      answers.remove("comment");

      SurveyResponse r = surveys.respond(as("ola"), s.id(), null, null, answers);

      assertThat(r.pairId()).isNull();
      assertThat(r.answers()).doesNotContainKey("comment");
    }

    @Test
    void respond_anonymousSurvey_eventDoesNotNameRespondent() {
      Survey s = open(MIDPOINT.toBuilder().anonymous(true).build());
      Instant t = tick();
      f.recorder.clear();

      SurveyResponse r = surveys.respond(as("ned"), s.id(), null, null, midpointAnswers());

      assertThat(r.respondentId()).isEqualTo(id("ned"));
      assertThat(f.recorder.events())
          .containsExactly(new SurveyResponseSubmitted(r.id(), s.id(), pid, null, null, t));
    }

    @Test
    void respond_poorFit_notifiesEveryAdministrator() {
      f.mentoring
          .programs()
          .update(
              ADMIN,
              pid,
              f.mentoring.programs().get(ADMIN, pid).spec().toBuilder().admin(id("hr")).build());
      Survey s = open(FIT);
      Instant t = tick();
      f.recorder.clear();

      fitAnswer(s, "ned", 2);

      assertThat(f.recorder.notifications())
          .containsExactlyInAnyOrder(
              new PoorFitReported(id("admin"), pid, pair.id(), s.id(), id("ned"), t),
              new PoorFitReported(id("hr"), pid, pair.id(), s.id(), id("ned"), t));
    }

    @Test
    void respond_goodFitOrAnonymousPoorFit_notifiesNobody() {
      Survey named = open(FIT);
      Survey anonymous = open(FIT.toBuilder().anonymous(true).build());
      f.recorder.clear();

      fitAnswer(named, "ned", 3);
      fitAnswer(named, "mia", 5);
      fitAnswer(anonymous, "ned", 1);

      assertThat(f.recorder.notifications()).isEmpty();
      assertThat(f.recorder.events(SurveyResponseSubmitted.class)).hasSize(3);
    }

    @Test
    void respond_badAnswers_reportsEveryViolationAtItsAnswerPath() {
      Survey s = open(MIDPOINT);
      Map<String, Answer> answers = new HashMap<>();
      answers.put("overall", Answer.number(6));
      answers.put("nps", Answer.text("ten"));
      answers.put("pace", Answer.choice("right", "fast"));
      answers.put("topics", Answer.choice("tech", "tech", "art"));
      answers.put("comment", Answer.text(" "));
      answers.put("extra", Answer.yesNo(true));

      InvalidInputException ex =
          invalid(
              f,
              () -> surveys.respond(as("ned"), s.id(), pair.id(), null, answers),
              violation("answers[comment]", "NotBlank"),
              violation("answers[extra]", "SurveyAnswer"),
              violation("answers[nps]", "SurveyAnswer"),
              violation("answers[overall]", "Max"),
              violation("answers[pace]", "Size"),
              violation("answers[topics]", "SurveyAnswer"),
              violation("answers[topics]", "Unique"));

      assertThat(ex.violations().get(3).invalidValue()).isEqualTo("6");
      assertThat(ex.violations().get(5).invalidValue()).isEqualTo("art");
    }

    @Test
    void respond_missingRequiredAnswersAndOtherKindErrors_invalid() {
      Survey s = open(MIDPOINT);
      Map<String, Answer> answers =
          Map.of(
              "nps", Answer.number(-1),
              "pace", Answer.number(1),
              "topics", Answer.choice(),
              "comment", Answer.text("x".repeat(4_001)));

      invalid(
          f,
          () -> surveys.respond(as("ned"), s.id(), null, null, answers),
          violation("answers[comment]", "Size"),
          violation("answers[nps]", "Min"),
          violation("answers[overall]", "Required"),
          violation("answers[pace]", "SurveyAnswer"),
          violation("answers[topics]", "NotEmpty"));
      invalid(
          f,
          () ->
              surveys.respond(
                  as("ned"),
                  s.id(),
                  null,
                  null,
                  Map.of(
                      "overall", Answer.choice("4"),
                      "nps", Answer.number(0),
                      "pace", Answer.choice("slow"),
                      "topics", Answer.text("tech"),
                      "comment", Answer.number(3))),
          violation("answers[comment]", "SurveyAnswer"),
          violation("answers[overall]", "SurveyAnswer"),
          violation("answers[topics]", "SurveyAnswer"));
    }

    @Test
    void respond_twiceAboutTheSamePairAndSubject_invalidButOtherSubjectsAccepted() {
      Survey s = open(MIDPOINT.toBuilder().checkpoint(SurveyCheckpoint.AFTER_MEETING).build());
      surveys.respond(as("ned"), s.id(), pair.id(), "meeting-1", midpointAnswers());

      InvalidInputException ex =
          invalid(
              f,
              () -> surveys.respond(as("ned"), s.id(), pair.id(), "meeting-1", midpointAnswers()),
              violation("surveyId", "Unique"));
      SurveyResponse second =
          surveys.respond(as("ned"), s.id(), pair.id(), "meeting-2", midpointAnswers());
      SurveyResponse mentor =
          surveys.respond(as("mia"), s.id(), pair.id(), "meeting-1", midpointAnswers());

      assertThat(ex.violations().get(0).message())
          .isEqualTo("already answered by ned about pair " + pair.id() + " and meeting-1");
      assertThat(surveys.responses(SYSTEM, s.id())).hasSize(3).contains(second, mentor);
    }

    @Test
    void respond_twiceWithoutPair_invalid() {
      Survey s = open(MIDPOINT);
      surveys.respond(as("ola"), s.id(), null, null, midpointAnswers());

      InvalidInputException ex =
          invalid(
              f,
              () -> surveys.respond(as("ola"), s.id(), null, null, midpointAnswers()),
              violation("surveyId", "Unique"));

      assertThat(ex.violations().get(0).message()).isEqualTo("already answered by ola");
    }

    @Test
    void respond_surveyNotOpen_illegalTransitionOrHiddenDraft() {
      Survey draft = surveys.create(ADMIN, pid, MIDPOINT);
      Survey closed = surveys.close(ADMIN, open(MIDPOINT).id());

      IllegalTransitionException ex =
          refused(
              f,
              IllegalTransitionException.class,
              () -> surveys.respond(as("ned"), closed.id(), null, null, midpointAnswers()));
      refused(
          f,
          NotFoundException.class,
          () -> surveys.respond(as("ned"), draft.id(), null, null, midpointAnswers()));

      assertThat(ex.from()).isEqualTo(SurveyStatus.CLOSED);
      assertThat(ex.to()).isEqualTo(SurveyStatus.OPEN);
    }

    @Test
    void respond_draftByEnrolledAdministrator_illegalTransition() {
      f.mentoring
          .programs()
          .update(
              ADMIN,
              pid,
              f.mentoring.programs().get(ADMIN, pid).spec().toBuilder().admin(id("ned")).build());
      Survey draft = surveys.create(ADMIN, pid, MIDPOINT);

      IllegalTransitionException ex =
          refused(
              f,
              IllegalTransitionException.class,
              () -> surveys.respond(as("ned"), draft.id(), null, null, midpointAnswers()));

      assertThat(ex.from()).isEqualTo(SurveyStatus.DRAFT);
    }

    @Test
    void respond_whoMayNot_accessDenied() {
      Survey forMentors = open(MIDPOINT.toBuilder().audience(SurveyAudience.MENTORS).build());
      Survey s = open(MIDPOINT);

      AccessDeniedException system =
          refused(
              f,
              AccessDeniedException.class,
              () -> surveys.respond(SYSTEM, s.id(), null, null, midpointAnswers()));
      AccessDeniedException admin =
          refused(
              f,
              AccessDeniedException.class,
              () -> surveys.respond(ADMIN, s.id(), null, null, midpointAnswers()));
      AccessDeniedException mentee =
          refused(
              f,
              AccessDeniedException.class,
              () -> surveys.respond(as("ned"), forMentors.id(), null, null, midpointAnswers()));
      AccessDeniedException outsider =
          refused(
              f,
              AccessDeniedException.class,
              () -> surveys.respond(as("ola"), s.id(), pair.id(), null, midpointAnswers()));

      assertThat(system.action())
          .isEqualTo("respond to survey " + s.id() + ": only a participant responds");
      assertThat(admin.action()).contains("not enrolled");
      assertThat(mentee.action()).contains("the survey asks MENTORS");
      assertThat(outsider.action())
          .isEqualTo("respond to survey " + s.id() + " about pair " + pair.id() + ": not in it");
    }

    @Test
    void respond_withdrawnParticipant_answersExitSurveysOnly() {
      Survey midpoint = open(MIDPOINT);
      Survey exit = open(MIDPOINT.toBuilder().checkpoint(SurveyCheckpoint.EXIT).build());
      withdraw("ned");

      SurveyResponse r = surveys.respond(as("ned"), exit.id(), pair.id(), null, midpointAnswers());
      refused(
          f,
          AccessDeniedException.class,
          () -> surveys.respond(as("ned"), midpoint.id(), pair.id(), null, midpointAnswers()));

      assertThat(r.pairId()).isEqualTo(pair.id());
    }

    @Test
    void respond_peerAnsweringFromASideTheSurveyDoesNotAsk_accessDenied() {
      ProgramId peer =
          f.mentoring
              .programs()
              .create(ADMIN, Fixture.spec().format(ProgramFormat.PEER).build())
              .id();
      f.mentoring.programs().openEnrollment(ADMIN, peer);
      f.mentoring.programs().startMatching(ADMIN, peer);
      for (String who : List.of("xia", "yan")) {
        f.mentoring
            .enrollments()
            .apply(
                ADMIN,
                peer,
                Application.builder(id(who), EnrollmentRole.MENTOR_AND_MENTEE).build());
      }
      Pair peers = accepted(peer, "xia", "yan");
      Survey s =
          surveys.open(
              ADMIN,
              surveys
                  .create(
                      ADMIN, peer, MIDPOINT.toBuilder().audience(SurveyAudience.MENTEES).build())
                  .id());

      AccessDeniedException ex =
          refused(
              f,
              AccessDeniedException.class,
              () -> surveys.respond(as("xia"), s.id(), peers.id(), null, midpointAnswers()));
      SurveyResponse asMentee =
          surveys.respond(as("yan"), s.id(), peers.id(), null, midpointAnswers());

      assertThat(ex.action()).endsWith("the survey asks MENTEES, not the pair's MENTOR");
      assertThat(asMentee.respondentId()).isEqualTo(id("yan"));
    }

    @Test
    void respond_checkpointNeedsPairAndSubject_invalid() {
      Survey fit = open(FIT);
      Survey afterMeeting =
          open(MIDPOINT.toBuilder().checkpoint(SurveyCheckpoint.AFTER_MEETING).build());

      invalid(
          f,
          () -> surveys.respond(as("ned"), fit.id(), null, null, Map.of("fit", Answer.number(4))),
          violation("pairId", "Required"));
      invalid(
          f,
          () -> surveys.respond(as("ned"), afterMeeting.id(), null, null, midpointAnswers()),
          violation("pairId", "Required"),
          violation("subjectKey", "Required"));
      invalid(
          f,
          () -> surveys.respond(as("ned"), afterMeeting.id(), pair.id(), " ", midpointAnswers()),
          violation("subjectKey", "NotBlank"));
      invalid(
          f,
          () ->
              surveys.respond(
                  as("ned"), afterMeeting.id(), pair.id(), "m".repeat(201), midpointAnswers()),
          violation("subjectKey", "Size"));
    }

    @Test
    void respond_pairOfAnotherProgramOrNeverAccepted_invalid() {
      ProgramId other = f.matchingProgram(MatchingPolicy.defaults()).id();
      f.mentor(other, "mia", 1);
      f.mentee(other, "ned");
      Pair elsewhere = accepted(other, "mia", "ned");
      Pair proposed = f.mentoring.pairs().propose(ADMIN, pid, id("mia"), id("ola"));
      Survey s = open(MIDPOINT);

      invalid(
          f,
          () -> surveys.respond(as("ned"), s.id(), elsewhere.id(), null, midpointAnswers()),
          violation("pairId", "SameProgram"));
      invalid(
          f,
          () -> surveys.respond(as("ola"), s.id(), proposed.id(), null, midpointAnswers()),
          violation("pairId", "Accepted"));
    }

    @Test
    void respond_unknownSurveyOrPairOrNull_refused() {
      Survey s = open(MIDPOINT);
      Map<String, Answer> withNull = new HashMap<>();
      withNull.put("overall", null);

      NotFoundException survey =
          refused(
              f,
              NotFoundException.class,
              () -> surveys.respond(as("ned"), SurveyId.of("nope"), null, null, Map.of()));
      NotFoundException missingPair =
          refused(
              f,
              NotFoundException.class,
              () -> surveys.respond(as("ned"), s.id(), PairId.of("nope"), null, Map.of()));
      refused(
          f,
          NullPointerException.class,
          () -> surveys.respond(as("ned"), s.id(), null, null, withNull));
      refused(
          f,
          NullPointerException.class,
          () -> surveys.respond(as("ned"), s.id(), null, null, null));
      refused(
          f, NullPointerException.class, () -> surveys.respond(null, s.id(), null, null, Map.of()));

      assertThat(survey.kind()).isEqualTo("survey");
      assertThat(missingPair.kind()).isEqualTo("pair");
    }
  }

  // ---------------------------------------------------------------------------------- responses

  @Nested
  class Responses {
    @Test
    void responses_adminOfNamedSurveySeesAllParticipantsTheirOwn() {
      Survey s = open(MIDPOINT);
      SurveyResponse ned = surveys.respond(as("ned"), s.id(), pair.id(), null, midpointAnswers());
      tick();
      SurveyResponse mia = surveys.respond(as("mia"), s.id(), pair.id(), null, midpointAnswers());

      assertThat(surveys.responses(ADMIN, s.id())).containsExactly(ned, mia);
      assertThat(surveys.responses(as("ned"), s.id())).containsExactly(ned);
      assertThat(surveys.responses(as("ola"), s.id())).isEmpty();
    }

    @Test
    void responses_adminOfAnonymousSurvey_accessDeniedButSystemSeesAll() {
      Survey s = open(MIDPOINT.toBuilder().anonymous(true).build());
      SurveyResponse ned = surveys.respond(as("ned"), s.id(), null, null, midpointAnswers());

      AccessDeniedException ex =
          refused(f, AccessDeniedException.class, () -> surveys.responses(ADMIN, s.id()));

      assertThat(ex.actor()).isEqualTo(ADMIN);
      assertThat(ex.action())
          .isEqualTo(
              "read individual responses to anonymous survey "
                  + s.id()
                  + ": administrators see its summary only");
      assertThat(surveys.responses(SYSTEM, s.id())).containsExactly(ned);
      assertThat(surveys.responses(as("ned"), s.id())).containsExactly(ned);
    }

    @Test
    void responses_refusals() {
      Survey draft = surveys.create(ADMIN, pid, MIDPOINT);

      refused(f, NotFoundException.class, () -> surveys.responses(as("ned"), draft.id()));
      refused(f, NotFoundException.class, () -> surveys.responses(ADMIN, SurveyId.of("nope")));
      refused(f, NullPointerException.class, () -> surveys.responses(ADMIN, null));
      assertThat(surveys.responses(ADMIN, draft.id())).isEmpty();
    }
  }

  // ------------------------------------------------------------------------------------ summary

  @Nested
  class Summary {
    @Test
    void summary_namedSurvey_showsEveryQuestionWithTexts() {
      Survey s = open(MIDPOINT);
      surveys.respond(as("ned"), s.id(), pair.id(), null, midpointAnswers());
      tick();
      Map<String, Answer> mia = midpointAnswers();
      mia.put("overall", Answer.number(2));
      mia.put("nps", Answer.number(5));
      mia.put("comment", Answer.text("Too slow"));
      surveys.respond(as("mia"), s.id(), pair.id(), null, mia);

      SurveySummary summary = surveys.summary(ADMIN, s.id());

      assertThat(summary.responses()).isEqualTo(2);
      assertThat(summary.withheld()).isFalse();
      assertThat(summary.questions())
          .extracting(QuestionSummary::key)
          .containsExactly("overall", "nps", "pace", "topics", "comment");
      assertThat(((QuestionSummary.RatingSummary) summary.questions().get(0)).mean()).hasValue(3.0);
      assertThat(((QuestionSummary.NpsSummary) summary.questions().get(1)).score().score())
          .isEqualTo(0.0);
      assertThat(((QuestionSummary.TextSummary) summary.questions().get(4)).texts())
          .containsExactly("Great so far", "Too slow");
      assertThat(surveys.summary(SYSTEM, s.id())).isEqualTo(summary);
    }

    @Test
    void summary_anonymousSurvey_withheldBelowThreeResponsesThenTextsCountedOnly() {
      ProgramId p = pid;
      f.mentee(p, "pia");
      Survey s = open(MIDPOINT.toBuilder().anonymous(true).build());
      surveys.respond(as("ned"), s.id(), null, null, midpointAnswers());
      surveys.respond(as("ola"), s.id(), null, null, midpointAnswers());

      SurveySummary withheld = surveys.summary(ADMIN, s.id());
      surveys.respond(as("pia"), s.id(), null, null, midpointAnswers());
      SurveySummary shown = surveys.summary(ADMIN, s.id());

      assertThat(withheld.withheld()).isTrue();
      assertThat(withheld.responses()).isEqualTo(2);
      assertThat(withheld.questions()).isEmpty();
      assertThat(shown.withheld()).isFalse();
      assertThat(shown.anonymous()).isTrue();
      QuestionSummary.TextSummary comments = (QuestionSummary.TextSummary) shown.questions().get(4);
      assertThat(comments.answered()).isEqualTo(3);
      assertThat(comments.texts()).isEmpty();
    }

    @Test
    void summary_byParticipant_accessDenied() {
      Survey s = open(MIDPOINT);

      refused(f, AccessDeniedException.class, () -> surveys.summary(as("ned"), s.id()));
      refused(f, NotFoundException.class, () -> surveys.summary(ADMIN, SurveyId.of("nope")));
      refused(f, NullPointerException.class, () -> surveys.summary(ADMIN, null));
    }
  }
}
