package dev.mentoring.testkit.contract;

import dev.mentoring.core.ParticipantId;
import dev.mentoring.core.enrollment.Answer;
import dev.mentoring.core.enrollment.Availability;
import dev.mentoring.core.enrollment.Consent;
import dev.mentoring.core.enrollment.DepartmentPreference;
import dev.mentoring.core.enrollment.Enrollment;
import dev.mentoring.core.enrollment.EnrollmentId;
import dev.mentoring.core.enrollment.EnrollmentStatus;
import dev.mentoring.core.enrollment.Preferences;
import dev.mentoring.core.enrollment.Profile;
import dev.mentoring.core.feedback.ResponseId;
import dev.mentoring.core.feedback.Survey;
import dev.mentoring.core.feedback.SurveyAudience;
import dev.mentoring.core.feedback.SurveyCheckpoint;
import dev.mentoring.core.feedback.SurveyDraft;
import dev.mentoring.core.feedback.SurveyId;
import dev.mentoring.core.feedback.SurveyQuestion;
import dev.mentoring.core.feedback.SurveyResponse;
import dev.mentoring.core.goal.Goal;
import dev.mentoring.core.goal.GoalDraft;
import dev.mentoring.core.goal.GoalId;
import dev.mentoring.core.goal.GoalVisibility;
import dev.mentoring.core.goal.ProgressMode;
import dev.mentoring.core.meeting.Meeting;
import dev.mentoring.core.meeting.MeetingId;
import dev.mentoring.core.meeting.MeetingMode;
import dev.mentoring.core.meeting.MeetingPlan;
import dev.mentoring.core.meeting.MeetingSeriesId;
import dev.mentoring.core.pairing.Contribution;
import dev.mentoring.core.pairing.ExitReason;
import dev.mentoring.core.pairing.Explanation;
import dev.mentoring.core.pairing.Pair;
import dev.mentoring.core.pairing.PairExit;
import dev.mentoring.core.pairing.PairId;
import dev.mentoring.core.pairing.PairOrigin;
import dev.mentoring.core.program.ApprovalSide;
import dev.mentoring.core.program.EnrollmentForm;
import dev.mentoring.core.program.EnrollmentRole;
import dev.mentoring.core.program.Program;
import dev.mentoring.core.program.ProgramId;
import dev.mentoring.core.program.ProgramSpec;
import dev.mentoring.core.program.ProgramStatus;
import dev.mentoring.core.program.Question;
import dev.mentoring.core.program.Schedule;
import dev.mentoring.core.resource.Resource;
import dev.mentoring.core.resource.ResourceAudience;
import dev.mentoring.core.resource.ResourceDraft;
import dev.mentoring.core.resource.ResourceId;
import dev.mentoring.core.spi.SentReminder;
import java.net.URI;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Values for {@link MentoringStoreContract}: programs, enrollments, pairs, reminders, goals,
 * meetings, surveys, survey responses and resources with every component set, so that a store which
 * drops or rounds a component fails the round trip. Instants have millisecond precision, which
 * every mainstream database keeps.
 */
final class StoreSamples {
  static final Instant T0 = Instant.parse("2026-01-05T09:00:00.123Z");

  private StoreSamples() {}

  static ParticipantId person(String key) {
    return ParticipantId.of(key);
  }

  static Instant at(long seconds) {
    return T0.plusSeconds(seconds);
  }

  /** A DRAFT program created at {@code createdAt}, with every setting given a non-default value. */
  static Program program(String id, Instant createdAt) {
    ProgramSpec spec =
        ProgramSpec.builder("Program " + id)
            .description("A program the store contract writes and reads back.")
            .objective("Grow engineers")
            .objective("Share knowledge")
            .schedule(Schedule.between(LocalDate.of(2026, 2, 1), LocalDate.of(2026, 7, 31)))
            .form(
                EnrollmentForm.of(
                    Question.text("goal", "What is your goal?"),
                    Question.yesNo("remote", "Can you meet remotely?")))
            .enrollmentApprovalRequired(false)
            .admin(person("admin-of-" + id))
            .build();
    return new Program(ProgramId.of(id), 0, spec, ProgramStatus.DRAFT, createdAt, createdAt);
  }

  /** An APPROVED enrollment of {@code who}, with a profile and answers that hold personal data. */
  static Enrollment enrollment(String id, ProgramId program, ParticipantId who, Instant appliedAt) {
    Profile profile =
        Profile.builder()
            .offers("Java", 4)
            .seeks("Kotlin", 3)
            .topics("testing", "architecture")
            .languages("en", "pt-BR")
            .timeZone(ZoneId.of("Europe/Lisbon"))
            .location("Office of " + who)
            .seniority(7)
            .department("Department of " + who)
            .managerChain(List.of(person("manager-of-" + who)))
            .availability(new Availability(6, EnumSet.of(DayOfWeek.TUESDAY, DayOfWeek.THURSDAY)))
            .preferences(
                new Preferences(Set.of(person("friend-of-" + who)), DepartmentPreference.DIFFERENT))
            .exclude(person("rival-of-" + who))
            .build();
    return new Enrollment(
        EnrollmentId.of(id),
        0,
        program,
        who,
        EnrollmentRole.MENTOR_AND_MENTEE,
        profile,
        Map.of("goal", Answer.text("Goal of " + who), "remote", Answer.yesNo(true)),
        2,
        EnumSet.of(Consent.MATCHING, Consent.PROFILE_SHARING),
        EnrollmentStatus.APPROVED,
        appliedAt,
        appliedAt);
  }

  /** A PROPOSED pair, awaiting the mentor, proposed at {@code at}. */
  static Pair pair(
      String id, ProgramId program, ParticipantId mentor, ParticipantId mentee, Instant at) {
    return Pair.propose(
        PairId.of(id),
        program,
        mentor,
        mentee,
        PairOrigin.ALGORITHM,
        new Explanation(
            List.of(
                new Contribution("skills", 7, "offers Java (4), sought Java (3)"),
                new Contribution("language", 2, "both speak en")),
            "chosen by the store contract"),
        EnumSet.of(ApprovalSide.MENTOR, ApprovalSide.MENTEE),
        EnumSet.of(ApprovalSide.MENTEE),
        at,
        at.plus(Duration.ofDays(7)));
  }

  /**
   * A pair that ran and ended early at the mentee's wish, so every nullable component is set,
   * including a private note written by the mentee.
   */
  static Pair endedPair(
      String id, ProgramId program, ParticipantId mentor, ParticipantId mentee, Instant at) {
    return pair(id, program, mentor, mentee, at)
        .approve(ApprovalSide.MENTOR, at.plusSeconds(60))
        .activate(at.plusSeconds(120))
        .endEarly(new PairExit(ExitReason.PERSONAL, at.plusSeconds(180), mentee, "private note"));
  }

  /**
   * An ACTIVE goal of a pair, owned by its mentee, with a description, two milestones (the first
   * completed), progress following them, visibility to administrators and a check-in by each side.
   */
  static Goal goal(
      String id,
      ProgramId program,
      PairId pair,
      ParticipantId mentor,
      ParticipantId mentee,
      Instant createdAt) {
    LocalDate day = LocalDate.ofInstant(createdAt, ZoneOffset.UTC);
    GoalDraft draft =
        GoalDraft.builder("Goal " + id + " of " + mentee, "Measure of " + mentee, day.plusDays(90))
            .description("What " + mentee + " wants from " + id)
            .milestone("First step of " + mentee, day.plusDays(30))
            .milestone("Second step", day.plusDays(60))
            .progressMode(ProgressMode.MILESTONES)
            .visibility(GoalVisibility.SHARED_WITH_ADMINS)
            .build();
    return Goal.draft(GoalId.of(id), program, pair, mentee, draft, createdAt)
        .activate(createdAt.plusSeconds(60))
        .completeMilestone(0, createdAt.plusSeconds(120))
        .checkIn(mentee, "Check-in by " + mentee, null, createdAt.plusSeconds(180))
        .checkIn(mentor, "Check-in by " + mentor, null, createdAt.plusSeconds(240));
  }

  /** The goal abandoned with a reason, so that its closing components are set too. */
  static Goal abandoned(Goal goal) {
    return goal.abandon("Reason of " + goal.ownerId(), goal.updatedAt().plusSeconds(60));
  }

  /**
   * A HELD meeting of a series, with a location, shared notes, the private note of each side and
   * the rating of each side.
   */
  static Meeting meeting(
      String id,
      ProgramId program,
      PairId pair,
      @Nullable MeetingSeriesId series,
      ParticipantId organizer,
      ParticipantId other,
      Instant start) {
    MeetingPlan plan =
        MeetingPlan.builder("Meeting " + id, start, ZoneId.of("Europe/Lisbon"))
            .duration(Duration.ofMinutes(45))
            .mode(MeetingMode.IN_PERSON)
            .agenda("Agenda of " + organizer)
            .location("Office of " + organizer)
            .build();
    Instant scheduled = start.minusSeconds(86_400);
    return Meeting.schedule(MeetingId.of(id), program, pair, series, organizer, plan, scheduled)
        .markHeld(start.plusSeconds(3_600))
        .withSharedNotes("Shared notes of " + organizer, start.plusSeconds(3_700))
        .withPrivateNote(organizer, "Private note of " + organizer, start.plusSeconds(3_800))
        .withPrivateNote(other, "Private note of " + other, start.plusSeconds(3_900))
        .rate(organizer, 4, start.plusSeconds(4_000))
        .rate(other, 5, start.plusSeconds(4_100));
  }

  /** A SCHEDULED meeting without location, notes or ratings, starting at {@code start}. */
  static Meeting scheduledMeeting(
      String id,
      ProgramId program,
      PairId pair,
      @Nullable MeetingSeriesId series,
      ParticipantId organizer,
      Instant start) {
    MeetingPlan plan = MeetingPlan.builder("Meeting " + id, start, ZoneId.of("UTC")).build();
    return Meeting.schedule(
        MeetingId.of(id), program, pair, series, organizer, plan, start.minusSeconds(86_400));
  }

  /**
   * An OPEN anonymous early fit check for mentees, with a question of every type (one optional),
   * created at {@code createdAt} and opened a minute later.
   */
  static Survey survey(String id, ProgramId program, Instant createdAt) {
    return draftSurvey(id, program, createdAt).open(createdAt.plusSeconds(60));
  }

  /** The survey of {@link #survey} while it is still a DRAFT. */
  static Survey draftSurvey(String id, ProgramId program, Instant createdAt) {
    SurveyDraft draft =
        SurveyDraft.builder("Survey " + id, SurveyCheckpoint.EARLY_FIT_CHECK)
            .question(
                SurveyQuestion.fit("fit", "Is this a good fit?"),
                SurveyQuestion.nps("nps", "Would you recommend the program?"),
                SurveyQuestion.singleChoice("format", "How do you meet?", List.of("video", "room")),
                SurveyQuestion.multipleChoice(
                        "topics", "What do you talk about?", List.of("career", "craft", "life"))
                    .optional(),
                SurveyQuestion.freeText("comment", "Anything else?"))
            .anonymous(true)
            .audience(SurveyAudience.MENTEES)
            .build();
    return Survey.create(SurveyId.of(id), program, draft, createdAt);
  }

  /** A response answering every question of {@link #survey}, with free text naming its author. */
  static SurveyResponse response(
      String id,
      SurveyId survey,
      ProgramId program,
      ParticipantId respondent,
      @Nullable PairId pair,
      @Nullable String subject,
      Instant submittedAt) {
    return new SurveyResponse(
        ResponseId.of(id),
        0,
        survey,
        program,
        respondent,
        pair,
        subject,
        Map.of(
            "fit", Answer.number(4),
            "nps", Answer.number(9),
            "format", Answer.choice("video"),
            "topics", Answer.choice("career", "life"),
            "comment", Answer.text("Comment by " + respondent)),
        submittedAt);
  }

  /** The response with another answer to the NPS question, as a store might be asked to keep. */
  static SurveyResponse reanswered(SurveyResponse r, int nps) {
    Map<String, Answer> answers = new LinkedHashMap<>(r.answers());
    answers.put("nps", Answer.number(nps));
    return new SurveyResponse(
        r.id(),
        r.version(),
        r.surveyId(),
        r.programId(),
        r.respondentId(),
        r.pairId(),
        r.subjectKey(),
        answers,
        r.submittedAt());
  }

  /** The response about another pair and subject, as an update could try to change it. */
  static SurveyResponse about(SurveyResponse r, @Nullable PairId pair, @Nullable String subject) {
    return new SurveyResponse(
        r.id(),
        r.version(),
        r.surveyId(),
        r.programId(),
        r.respondentId(),
        pair,
        subject,
        r.answers(),
        r.submittedAt());
  }

  /** A resource for mentors in two phases, with a description and tags. */
  static Resource resource(String id, ProgramId program, Instant createdAt) {
    ResourceDraft draft =
        ResourceDraft.builder(
                "Resource " + id,
                URI.create("https://kb.example.com/articles/" + id + "?lang=en#intro"))
            .description("What resource " + id + " offers")
            .tags("career growth", "java", "public speaking")
            .audience(ResourceAudience.MENTORS)
            .phases(ProgramStatus.RUNNING, ProgramStatus.CLOSED)
            .build();
    return Resource.create(ResourceId.of(id), program, draft, createdAt);
  }

  /** The resource with another title, revised a second after its last change. */
  static Resource retitled(Resource resource, String title) {
    return resource.revise(
        resource.draft().toBuilder().title(title).build(), resource.updatedAt().plusSeconds(1));
  }

  static Goal movedTo(Goal g, ProgramId other) {
    return new Goal(
        g.id(),
        g.version(),
        other,
        g.pairId(),
        g.ownerId(),
        g.title(),
        g.measure(),
        g.description(),
        g.targetDate(),
        g.milestones(),
        g.progressMode(),
        g.progress(),
        g.visibility(),
        g.status(),
        g.checkIns(),
        g.createdAt(),
        g.updatedAt(),
        g.closedAt(),
        g.abandonReason());
  }

  static Meeting movedTo(Meeting m, ProgramId other) {
    return new Meeting(
        m.id(),
        m.version(),
        other,
        m.pairId(),
        m.seriesId(),
        m.organizerId(),
        m.start(),
        m.duration(),
        m.timeZone(),
        m.mode(),
        m.title(),
        m.agenda(),
        m.location(),
        m.sharedNotes(),
        m.privateNotes(),
        m.ratings(),
        m.status(),
        m.cancellationReason(),
        m.createdAt(),
        m.updatedAt());
  }

  static Survey movedTo(Survey s, ProgramId other) {
    return new Survey(
        s.id(),
        s.version(),
        other,
        s.title(),
        s.checkpoint(),
        s.questions(),
        s.anonymous(),
        s.audience(),
        s.status(),
        s.createdAt(),
        s.updatedAt(),
        s.openedAt(),
        s.closedAt());
  }

  static SurveyResponse movedTo(SurveyResponse r, ProgramId other) {
    return new SurveyResponse(
        r.id(),
        r.version(),
        r.surveyId(),
        other,
        r.respondentId(),
        r.pairId(),
        r.subjectKey(),
        r.answers(),
        r.submittedAt());
  }

  static Resource movedTo(Resource r, ProgramId other) {
    return new Resource(
        r.id(),
        r.version(),
        other,
        r.title(),
        r.link(),
        r.description(),
        r.tags(),
        r.audience(),
        r.phases(),
        r.createdAt(),
        r.updatedAt());
  }

  static SentReminder reminder(String key, ParticipantId recipient, Instant sentAt) {
    return new SentReminder(key, recipient, sentAt);
  }

  /** The program with another description, as a read-modify-write would change it. */
  static Program described(Program program, String description) {
    return program.withSpec(
        program.spec().toBuilder().description(description).build(),
        program.updatedAt().plusSeconds(1));
  }

  static Enrollment movedTo(Enrollment e, ProgramId other) {
    return new Enrollment(
        e.id(),
        e.version(),
        other,
        e.participantId(),
        e.role(),
        e.profile(),
        e.answers(),
        e.capacity(),
        e.consents(),
        e.status(),
        e.appliedAt(),
        e.updatedAt());
  }

  static Enrollment reassigned(Enrollment e, ParticipantId participant) {
    return new Enrollment(
        e.id(),
        e.version(),
        e.programId(),
        participant,
        e.role(),
        e.profile(),
        e.answers(),
        e.capacity(),
        e.consents(),
        e.status(),
        e.appliedAt(),
        e.updatedAt());
  }

  static Pair movedTo(Pair p, ProgramId other) {
    return new Pair(
        p.id(),
        p.version(),
        other,
        p.mentorId(),
        p.menteeId(),
        p.origin(),
        p.explanation(),
        p.requiredApprovals(),
        p.approvals(),
        p.status(),
        p.proposedAt(),
        p.expiresAt(),
        p.acceptedAt(),
        p.startedAt(),
        p.pausedAt(),
        p.endedAt(),
        p.exit(),
        p.updatedAt());
  }
}
