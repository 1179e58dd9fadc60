package dev.mentoring.core.internal;

import static java.util.Objects.requireNonNull;

import dev.mentoring.core.AccessDeniedException;
import dev.mentoring.core.Actor;
import dev.mentoring.core.IllegalTransitionException;
import dev.mentoring.core.NotFoundException;
import dev.mentoring.core.ParticipantId;
import dev.mentoring.core.SurveyService;
import dev.mentoring.core.enrollment.Answer;
import dev.mentoring.core.enrollment.Enrollment;
import dev.mentoring.core.enrollment.EnrollmentStatus;
import dev.mentoring.core.event.SurveyCreated;
import dev.mentoring.core.event.SurveyResponseSubmitted;
import dev.mentoring.core.event.SurveyRevised;
import dev.mentoring.core.event.SurveyStatusChanged;
import dev.mentoring.core.feedback.ResponseId;
import dev.mentoring.core.feedback.Survey;
import dev.mentoring.core.feedback.SurveyCheckpoint;
import dev.mentoring.core.feedback.SurveyDraft;
import dev.mentoring.core.feedback.SurveyId;
import dev.mentoring.core.feedback.SurveyResponse;
import dev.mentoring.core.feedback.SurveyStatus;
import dev.mentoring.core.feedback.SurveySummary;
import dev.mentoring.core.notification.PoorFitReported;
import dev.mentoring.core.pairing.Pair;
import dev.mentoring.core.pairing.PairId;
import dev.mentoring.core.program.EnrollmentRole;
import dev.mentoring.core.program.Program;
import dev.mentoring.core.program.ProgramId;
import dev.mentoring.core.program.ProgramStatus;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.BiFunction;
import org.jspecify.annotations.Nullable;

/** Surveys, responses and summaries. */
public final class DefaultSurveyService implements SurveyService {
  private final Engine engine;

  /**
   * Creates the service.
   *
   * @param engine the shared engine
   */
  public DefaultSurveyService(Engine engine) {
    this.engine = engine;
  }

  @Override
  public Survey create(Actor actor, ProgramId programId, SurveyDraft draft) {
    requireNonNull(actor, "actor");
    requireNonNull(programId, "programId");
    requireNonNull(draft, "draft");
    checkDraft(draft);
    return engine.write(
        op -> {
          Program program = Load.program(op, programId);
          Access.requireAdmin(actor, program, "create a survey");
          requireNotArchived(program);
          Survey stored =
              op.tx.surveys().insert(Survey.create(SurveyId.random(), programId, draft, op.now));
          op.publish(new SurveyCreated(stored.id(), programId, stored.checkpoint(), op.now));
          return stored;
        });
  }

  @Override
  public Survey revise(Actor actor, SurveyId id, SurveyDraft draft) {
    requireNonNull(actor, "actor");
    requireNonNull(id, "id");
    requireNonNull(draft, "draft");
    checkDraft(draft);
    return engine.write(
        op -> {
          Survey survey = Load.survey(op, id);
          Program program = Load.program(op, survey.programId());
          Access.requireAdmin(actor, program, "revise survey " + id);
          requireNotArchived(program);
          Survey stored = op.tx.surveys().update(survey.revise(draft, op.now));
          op.publish(new SurveyRevised(id, program.id(), op.now));
          return stored;
        });
  }

  private void checkDraft(SurveyDraft draft) {
    InputCheck.Violations v = engine.input.validate(draft, "");
    SurveyRules.checkDraft(draft, v);
    v.throwIfAny();
  }

  private static void requireNotArchived(Program program) {
    if (program.status() == ProgramStatus.ARCHIVED) {
      InputCheck.Violations v = new InputCheck.Violations();
      v.add("programId", "NotArchived", "the program is ARCHIVED", program.id());
      v.throwIfAny();
    }
  }

  @Override
  public Survey open(Actor actor, SurveyId id) {
    return move(actor, id, "open", true, Survey::open);
  }

  @Override
  public Survey close(Actor actor, SurveyId id) {
    return move(actor, id, "close", false, Survey::close);
  }

  private Survey move(
      Actor actor,
      SurveyId id,
      String action,
      boolean refuseArchived,
      BiFunction<Survey, Instant, Survey> verb) {
    requireNonNull(actor, "actor");
    requireNonNull(id, "id");
    return engine.write(
        op -> {
          Survey survey = Load.survey(op, id);
          Program program = Load.program(op, survey.programId());
          Access.requireAdmin(actor, program, action + " survey " + id);
          if (refuseArchived) {
            requireNotArchived(program);
          }
          Survey stored = op.tx.surveys().update(verb.apply(survey, op.now));
          op.publish(
              new SurveyStatusChanged(id, program.id(), survey.status(), stored.status(), op.now));
          return stored;
        });
  }

  @Override
  public Survey get(Actor actor, SurveyId id) {
    requireNonNull(actor, "actor");
    requireNonNull(id, "id");
    return engine.write(
        op -> {
          Survey survey = Load.survey(op, id);
          Program program = Load.program(op, survey.programId());
          if (!Access.isAdmin(actor, program)) {
            hideDraft(survey);
            requireAsked(op, actor, survey, "read survey " + id);
          }
          return survey;
        });
  }

  @Override
  public List<Survey> forProgram(Actor actor, ProgramId programId) {
    requireNonNull(actor, "actor");
    requireNonNull(programId, "programId");
    return engine.write(
        op -> {
          Program program = Load.program(op, programId);
          List<Survey> surveys = op.tx.surveys().findByProgram(programId);
          if (Access.isAdmin(actor, program)) {
            return surveys;
          }
          Enrollment enrollment =
              op.tx
                  .enrollments()
                  .find(programId, requireNonNull(Access.person(actor), "a non-admin is a person"))
                  .orElseThrow(
                      () ->
                          new AccessDeniedException(
                              actor,
                              "list the surveys of program " + programId + ": not enrolled"));
          return surveys.stream()
              .filter(s -> s.status() != SurveyStatus.DRAFT && asks(s, enrollment))
              .toList();
        });
  }

  @Override
  public SurveyResponse respond(
      Actor actor,
      SurveyId id,
      @Nullable PairId pairId,
      @Nullable String subjectKey,
      Map<String, Answer> answers) {
    requireNonNull(actor, "actor");
    requireNonNull(id, "id");
    Map<String, Answer> given = new TreeMap<>();
    answers.forEach((k, a) -> given.put(requireNonNull(k, "key"), requireNonNull(a, "answer")));
    ParticipantId respondent = Access.person(actor);
    if (respondent == null) {
      throw new AccessDeniedException(
          actor, "respond to survey " + id + ": only a participant responds");
    }
    return engine.write(
        op -> {
          Survey survey = Load.survey(op, id);
          Program program = Load.program(op, survey.programId());
          if (!Access.isAdmin(actor, program)) {
            hideDraft(survey);
          }
          requireAsked(op, actor, survey, "respond to survey " + id);
          Pair pair = pairId == null ? null : Load.pair(op, pairId);
          if (pair != null) {
            requireAskedInPair(actor, survey, pair, respondent);
          }
          if (survey.status() != SurveyStatus.OPEN) {
            throw new IllegalTransitionException(id, survey.status(), SurveyStatus.OPEN);
          }
          InputCheck.Violations v = new InputCheck.Violations();
          checkSubject(survey, pair, subjectKey, v);
          SurveyRules.checkAnswers(survey, given, v);
          v.throwIfAny();
          if (op.tx.surveyResponses().find(id, respondent, pairId, subjectKey).isPresent()) {
            v.add(
                "surveyId",
                "Unique",
                "already answered by "
                    + respondent
                    + (pairId == null ? "" : " about pair " + pairId)
                    + (subjectKey == null ? "" : " and " + subjectKey),
                id);
            v.throwIfAny();
          }
          SurveyResponse stored =
              op.tx
                  .surveyResponses()
                  .insert(
                      new SurveyResponse(
                          ResponseId.random(),
                          0,
                          id,
                          program.id(),
                          respondent,
                          pairId,
                          subjectKey,
                          given,
                          op.now));
          op.publish(
              new SurveyResponseSubmitted(
                  stored.id(),
                  id,
                  program.id(),
                  survey.anonymous() ? null : respondent,
                  pairId,
                  op.now));
          if (pair != null && !survey.anonymous() && survey.signalsPoorFit(stored)) {
            for (ParticipantId admin : program.admins()) {
              op.notify(
                  new PoorFitReported(admin, program.id(), pair.id(), id, respondent, op.now));
            }
          }
          return stored;
        });
  }

  /**
   * The pair must be of the survey's program and accepted; a checkpoint may require pair and
   * subject.
   */
  private static void checkSubject(
      Survey survey, @Nullable Pair pair, @Nullable String subjectKey, InputCheck.Violations v) {
    SurveyCheckpoint checkpoint = survey.checkpoint();
    if (pair == null) {
      if (checkpoint.requiresPair()) {
        v.add("pairId", "Required", "a response at " + checkpoint + " names its pair");
      }
    } else {
      if (!pair.programId().equals(survey.programId())) {
        v.add("pairId", "SameProgram", "the pair is of another program", pair.id());
      } else if (pair.acceptedAt() == null) {
        v.add("pairId", "Accepted", "the pair was never accepted", pair.id());
      }
    }
    if (subjectKey == null) {
      if (checkpoint.requiresSubject()) {
        v.add("subjectKey", "Required", "a response at " + checkpoint + " names its subject");
      }
    } else if (subjectKey.isBlank()) {
      v.add("subjectKey", "NotBlank", "must not be blank");
    } else if (subjectKey.length() > Ids.MAX_LENGTH) {
      v.add(
          "subjectKey",
          "Size",
          "must be at most " + Ids.MAX_LENGTH + " characters",
          subjectKey.length());
    }
  }

  @Override
  public List<SurveyResponse> responses(Actor actor, SurveyId id) {
    requireNonNull(actor, "actor");
    requireNonNull(id, "id");
    return engine.write(
        op -> {
          Survey survey = Load.survey(op, id);
          Program program = Load.program(op, survey.programId());
          List<SurveyResponse> all = op.tx.surveyResponses().findBySurvey(id);
          ParticipantId person = Access.person(actor);
          if (person == null) {
            return all;
          }
          if (Access.isAdmin(actor, program)) {
            if (survey.anonymous()) {
              throw new AccessDeniedException(
                  actor,
                  "read individual responses to anonymous survey "
                      + id
                      + ": administrators see its summary only");
            }
            return all;
          }
          hideDraft(survey);
          return all.stream().filter(r -> r.respondentId().equals(person)).toList();
        });
  }

  @Override
  public SurveySummary summary(Actor actor, SurveyId id) {
    requireNonNull(actor, "actor");
    requireNonNull(id, "id");
    return engine.write(
        op -> {
          Survey survey = Load.survey(op, id);
          Program program = Load.program(op, survey.programId());
          Access.requireAdmin(actor, program, "read the summary of survey " + id);
          return SurveySummary.of(survey, op.tx.surveyResponses().findBySurvey(id));
        });
  }

  // ----------------------------------------------------------------------------- who is asked

  /** Drafts are private to administrators; do not reveal that they exist. */
  private static void hideDraft(Survey survey) {
    if (survey.status() == SurveyStatus.DRAFT) {
      throw new NotFoundException("survey", survey.id());
    }
  }

  /**
   * Whether a survey asks the holder of an enrollment: its audience includes their role, and they
   * are approved, or withdrawn and the survey asks why people left.
   */
  static boolean asks(Survey survey, Enrollment enrollment) {
    boolean current =
        enrollment.status() == EnrollmentStatus.APPROVED
            || (enrollment.status() == EnrollmentStatus.WITHDRAWN
                && survey.checkpoint() == SurveyCheckpoint.EXIT);
    return current && survey.audience().includes(enrollment.role());
  }

  /** Requires a participant (never the system, which administers every program) to be asked. */
  private static void requireAsked(Op op, Actor actor, Survey survey, String action) {
    Optional<Enrollment> enrollment =
        op.tx
            .enrollments()
            .find(survey.programId(), requireNonNull(Access.person(actor), "a participant"));
    if (enrollment.isEmpty()) {
      throw new AccessDeniedException(
          actor, action + ": not enrolled in program " + survey.programId());
    }
    if (!asks(survey, enrollment.get())) {
      throw new AccessDeniedException(
          actor,
          action
              + ": the survey asks "
              + survey.audience()
              + (survey.checkpoint() == SurveyCheckpoint.EXIT ? "" : " with approved enrollments")
              + ", and the enrollment is "
              + enrollment.get().status()
              + " as "
              + enrollment.get().role());
    }
  }

  private static void requireAskedInPair(
      Actor actor, Survey survey, Pair pair, ParticipantId respondent) {
    EnrollmentRole side =
        pair.mentorId().equals(respondent)
            ? EnrollmentRole.MENTOR
            : pair.menteeId().equals(respondent) ? EnrollmentRole.MENTEE : null;
    if (side == null) {
      throw new AccessDeniedException(
          actor, "respond to survey " + survey.id() + " about pair " + pair.id() + ": not in it");
    }
    if (!survey.audience().includes(side)) {
      throw new AccessDeniedException(
          actor,
          "respond to survey "
              + survey.id()
              + " about pair "
              + pair.id()
              + ": the survey asks "
              + survey.audience()
              + ", not the pair's "
              + side);
    }
  }
}
