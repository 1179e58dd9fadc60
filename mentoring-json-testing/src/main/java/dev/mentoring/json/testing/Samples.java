package dev.mentoring.json.testing;

import dev.mentoring.core.Actor;
import dev.mentoring.core.ErasureReport;
import dev.mentoring.core.MatchingRun;
import dev.mentoring.core.ParticipantData;
import dev.mentoring.core.ParticipantId;
import dev.mentoring.core.Violation;
import dev.mentoring.core.enrollment.Answer;
import dev.mentoring.core.enrollment.Application;
import dev.mentoring.core.enrollment.Availability;
import dev.mentoring.core.enrollment.Consent;
import dev.mentoring.core.enrollment.DepartmentPreference;
import dev.mentoring.core.enrollment.Enrollment;
import dev.mentoring.core.enrollment.EnrollmentId;
import dev.mentoring.core.enrollment.EnrollmentStatus;
import dev.mentoring.core.enrollment.Preferences;
import dev.mentoring.core.enrollment.Profile;
import dev.mentoring.core.event.EnrollmentStatusChanged;
import dev.mentoring.core.event.EnrollmentSubmitted;
import dev.mentoring.core.event.EnrollmentUpdated;
import dev.mentoring.core.event.GoalCreated;
import dev.mentoring.core.event.GoalStatusChanged;
import dev.mentoring.core.event.GoalUpdated;
import dev.mentoring.core.event.MeetingLogged;
import dev.mentoring.core.event.MeetingNotesUpdated;
import dev.mentoring.core.event.MeetingRated;
import dev.mentoring.core.event.MeetingRescheduled;
import dev.mentoring.core.event.MeetingScheduled;
import dev.mentoring.core.event.MeetingStatusChanged;
import dev.mentoring.core.event.PairApproved;
import dev.mentoring.core.event.PairProposed;
import dev.mentoring.core.event.PairStatusChanged;
import dev.mentoring.core.event.ParticipantErased;
import dev.mentoring.core.event.ProgramCreated;
import dev.mentoring.core.event.ProgramStatusChanged;
import dev.mentoring.core.event.ProgramUpdated;
import dev.mentoring.core.event.ResourceAdded;
import dev.mentoring.core.event.ResourceRemoved;
import dev.mentoring.core.event.ResourceRevised;
import dev.mentoring.core.event.SurveyCreated;
import dev.mentoring.core.event.SurveyResponseSubmitted;
import dev.mentoring.core.event.SurveyRevised;
import dev.mentoring.core.event.SurveyStatusChanged;
import dev.mentoring.core.feedback.NetPromoterScore;
import dev.mentoring.core.feedback.QuestionSummary;
import dev.mentoring.core.feedback.ResponseId;
import dev.mentoring.core.feedback.Survey;
import dev.mentoring.core.feedback.SurveyAudience;
import dev.mentoring.core.feedback.SurveyCheckpoint;
import dev.mentoring.core.feedback.SurveyDraft;
import dev.mentoring.core.feedback.SurveyId;
import dev.mentoring.core.feedback.SurveyQuestion;
import dev.mentoring.core.feedback.SurveyResponse;
import dev.mentoring.core.feedback.SurveyStatus;
import dev.mentoring.core.feedback.SurveySummary;
import dev.mentoring.core.goal.CheckIn;
import dev.mentoring.core.goal.Goal;
import dev.mentoring.core.goal.GoalDraft;
import dev.mentoring.core.goal.GoalId;
import dev.mentoring.core.goal.GoalStatus;
import dev.mentoring.core.goal.GoalVisibility;
import dev.mentoring.core.goal.Milestone;
import dev.mentoring.core.goal.ProgressMode;
import dev.mentoring.core.matching.CandidatePair;
import dev.mentoring.core.matching.MatchingProblem;
import dev.mentoring.core.matching.MatchingResult;
import dev.mentoring.core.matching.Proposal;
import dev.mentoring.core.meeting.Meeting;
import dev.mentoring.core.meeting.MeetingId;
import dev.mentoring.core.meeting.MeetingMode;
import dev.mentoring.core.meeting.MeetingPlan;
import dev.mentoring.core.meeting.MeetingSeriesId;
import dev.mentoring.core.meeting.MeetingStatus;
import dev.mentoring.core.meeting.Recurrence;
import dev.mentoring.core.meeting.RecurrenceFrequency;
import dev.mentoring.core.metrics.HealthReason;
import dev.mentoring.core.metrics.HealthSignal;
import dev.mentoring.core.metrics.HealthStatus;
import dev.mentoring.core.metrics.PairHealth;
import dev.mentoring.core.metrics.ProgramReport;
import dev.mentoring.core.metrics.Ratio;
import dev.mentoring.core.metrics.SegmentedReport;
import dev.mentoring.core.metrics.SurveyResponseRate;
import dev.mentoring.core.notification.EnrollmentDecided;
import dev.mentoring.core.notification.GoalDue;
import dev.mentoring.core.notification.InactivityEscalation;
import dev.mentoring.core.notification.InactivityNudge;
import dev.mentoring.core.notification.MatchConfirmed;
import dev.mentoring.core.notification.MatchProposed;
import dev.mentoring.core.notification.MeetingCancelled;
import dev.mentoring.core.notification.MeetingFollowUp;
import dev.mentoring.core.notification.MeetingInvitation;
import dev.mentoring.core.notification.MeetingMoved;
import dev.mentoring.core.notification.MeetingReminder;
import dev.mentoring.core.notification.MilestoneDue;
import dev.mentoring.core.notification.PoorFitReported;
import dev.mentoring.core.notification.ProgramPhaseChanged;
import dev.mentoring.core.notification.ProposalAwaitingAnswer;
import dev.mentoring.core.notification.ProposalExpiring;
import dev.mentoring.core.notification.SurveyInvitation;
import dev.mentoring.core.notification.SurveyReminder;
import dev.mentoring.core.pairing.Contribution;
import dev.mentoring.core.pairing.ExitReason;
import dev.mentoring.core.pairing.Explanation;
import dev.mentoring.core.pairing.Pair;
import dev.mentoring.core.pairing.PairExit;
import dev.mentoring.core.pairing.PairId;
import dev.mentoring.core.pairing.PairOrigin;
import dev.mentoring.core.pairing.PairStatus;
import dev.mentoring.core.program.ApprovalSide;
import dev.mentoring.core.program.EnrollmentForm;
import dev.mentoring.core.program.EnrollmentRole;
import dev.mentoring.core.program.HealthPolicy;
import dev.mentoring.core.program.MeetingCadence;
import dev.mentoring.core.program.Program;
import dev.mentoring.core.program.ProgramFormat;
import dev.mentoring.core.program.ProgramId;
import dev.mentoring.core.program.ProgramSpec;
import dev.mentoring.core.program.ProgramStatus;
import dev.mentoring.core.program.Question;
import dev.mentoring.core.program.Schedule;
import dev.mentoring.core.resource.Resource;
import dev.mentoring.core.resource.ResourceAudience;
import dev.mentoring.core.resource.ResourceDraft;
import dev.mentoring.core.resource.ResourceId;
import dev.mentoring.core.resource.ResourceSuggestion;
import dev.mentoring.core.spi.SentReminder;
import dev.mentoring.matching.FeasibilityReport;
import dev.mentoring.matching.MatchingEvaluation;
import dev.mentoring.matching.Recommendation;
import dev.mentoring.matching.SegmentSummary;
import dev.mentoring.matching.scoring.Exclusion;
import dev.mentoring.matching.scoring.PairExplanation;
import java.net.URI;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The fixed sample values behind the golden files in {@code
 * mentoring-json-testing/src/main/resources/golden/}: one sample per file, each written by both
 * Jackson modules and compared byte for byte. Together they show every covered type and every shape
 * rule.
 */
public final class Samples {
  private Samples() {}

  /**
   * A sample value and its golden file.
   *
   * @param file the file under {@code golden/}, such as {@code pairing/pair-ended-early.json}
   * @param type the class to read the file as
   * @param value the value
   */
  public record Sample(String file, Class<?> type, Object value) {
    @Override
    public String toString() {
      return file;
    }
  }

  /** When the samples happen. */
  public static final Instant T0 = Instant.parse("2026-03-01T09:00:00Z");

  static final ProgramId PROGRAM = ProgramId.of("prog-2026-spring");
  static final ParticipantId ADA = ParticipantId.of("p-ada");
  static final ParticipantId BO = ParticipantId.of("p-bo");
  static final ParticipantId CY = ParticipantId.of("p-cy");
  static final ParticipantId ADMIN = ParticipantId.of("p-admin");
  static final PairId PAIR = PairId.of("pair-0001");
  static final EnrollmentId ENROLLMENT = EnrollmentId.of("enr-0001");
  static final GoalId GOAL = GoalId.of("goal-0001");
  static final MeetingId MEETING = MeetingId.of("meet-0001");
  static final MeetingSeriesId SERIES = MeetingSeriesId.of("series-0001");
  static final SurveyId SURVEY = SurveyId.of("survey-midpoint");
  static final ResourceId RESOURCE = ResourceId.of("res-0001");

  static Instant at(long hours) {
    return T0.plus(Duration.ofHours(hours));
  }

  /** A program with every setting used. */
  public static Program program() {
    ProgramSpec spec =
        ProgramSpec.builder("Spring 2026 Engineering Mentoring")
            .description("Pairs senior engineers with new hires for six months.")
            .objective("Onboard new hires faster")
            .objective("Grow technical leadership")
            .format(ProgramFormat.ONE_TO_ONE)
            .schedule(Schedule.between(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 8, 31)))
            .cadence(MeetingCadence.everyDays(14))
            .form(
                EnrollmentForm.of(
                    Question.text("goals", "What do you want to learn?"),
                    Question.number("years", "Years of experience", 0, 50)
                        .forRoles(EnrollmentRole.MENTEE),
                    Question.singleChoice("track", "Track", List.of("backend", "frontend"))
                        .optional(),
                    Question.multipleChoice(
                        "interests", "Interests", List.of("architecture", "career", "testing")),
                    Question.yesNo("remote", "Open to remote pairing?")))
            .admin(ADMIN)
            .admin(ParticipantId.of("p-admin-2"))
            .build();
    return new Program(PROGRAM, 3, spec, ProgramStatus.RUNNING, T0, at(240));
  }

  /** A draft program with the defaults: an open schedule, an empty form. */
  public static Program draftProgram() {
    return new Program(
        ProgramId.of("prog-pilot"),
        0,
        ProgramSpec.builder("Pilot").build(),
        ProgramStatus.DRAFT,
        T0,
        T0);
  }

  /** A mentor's profile with every field set. */
  public static Profile mentorProfile() {
    return Profile.builder()
        .offers("Java", 5)
        .offers("System design", 4)
        .seeks("Public speaking", 2)
        .topics("distributed systems", "career growth")
        .languages("en", "pt-BR")
        .timeZone(ZoneId.of("Europe/Lisbon"))
        .location("Lisbon")
        .seniority(7)
        .department("Platform")
        .managerChain(List.of(ParticipantId.of("p-mgr-1"), ParticipantId.of("p-mgr-2")))
        .availability(new Availability(8, EnumSet.of(DayOfWeek.MONDAY, DayOfWeek.THURSDAY)))
        .preferences(new Preferences(Set.of(BO), DepartmentPreference.DIFFERENT))
        .exclude(CY)
        .build();
  }

  /** An approved mentor enrollment with answers of every kind. */
  public static Enrollment mentorEnrollment() {
    Map<String, Answer> answers = new LinkedHashMap<>();
    answers.put("goals", Answer.text("Help new hires \"ship\" safely; 1/2 of my time"));
    answers.put("track", Answer.choice("backend"));
    answers.put("interests", Answer.choice("architecture", "testing"));
    answers.put("remote", Answer.yesNo(true));
    return new Enrollment(
        ENROLLMENT,
        2,
        PROGRAM,
        ADA,
        EnrollmentRole.MENTOR,
        mentorProfile(),
        answers,
        2,
        EnumSet.of(Consent.MATCHING, Consent.PROFILE_SHARING),
        EnrollmentStatus.APPROVED,
        T0,
        at(24));
  }

  /** An approved mentee enrollment with an almost empty profile. */
  public static Enrollment menteeEnrollment() {
    return new Enrollment(
        EnrollmentId.of("enr-0002"),
        1,
        PROGRAM,
        BO,
        EnrollmentRole.MENTEE,
        Profile.builder().seeks("Java", 4).languages("en").build(),
        Map.of("years", Answer.number(2), "goals", Answer.text("Learn Java")),
        0,
        EnumSet.of(Consent.MATCHING),
        EnrollmentStatus.APPROVED,
        at(1),
        at(25));
  }

  /** A mentee's application, with no capacity stated. */
  public static Application application() {
    return Application.builder(CY, EnrollmentRole.MENTEE)
        .profile(Profile.builder().seeks("Kotlin", 3).timeZone(ZoneId.of("+01:00")).build())
        .answer("goals", Answer.text("Grow into a tech lead — één stap per keer"))
        .answer("years", Answer.number(-1))
        .consents(EnumSet.of(Consent.MATCHING, Consent.REPORTING))
        .build();
  }

  /** An explanation with contributions. */
  public static Explanation explanation() {
    return new Explanation(
        List.of(
            new Contribution("skills", 520, "Java 5 offered for Java 4 sought"),
            new Contribution("languages", 200, "shares en"),
            new Contribution("seniority", 92, "7 levels apart")),
        "strong skill match");
  }

  /** A pair that ended early, with every optional field set. */
  public static Pair endedPair() {
    return new Pair(
        PAIR,
        5,
        PROGRAM,
        ADA,
        BO,
        PairOrigin.ALGORITHM,
        explanation(),
        EnumSet.of(ApprovalSide.MENTOR, ApprovalSide.MENTEE),
        EnumSet.of(ApprovalSide.MENTEE, ApprovalSide.MENTOR),
        PairStatus.ENDED_EARLY,
        at(48),
        at(216),
        at(72),
        at(96),
        null,
        at(1_000),
        new PairExit(ExitReason.SCHEDULE_CONFLICT, at(1_000), BO, "Moved to the night shift."),
        at(1_000));
  }

  /** A pair just proposed by an administrator: no optional field set. */
  public static Pair proposedPair() {
    return Pair.propose(
        PairId.of("pair-0002"),
        PROGRAM,
        ADA,
        CY,
        PairOrigin.ADMIN,
        Explanation.of("paired by hand"),
        EnumSet.of(ApprovalSide.MENTOR),
        EnumSet.noneOf(ApprovalSide.class),
        at(50),
        at(218));
  }

  /**
   * A matching problem of one mentor and two mentees, one pair of them excluded; at 7 levels, the
   * deepest shape.
   */
  public static MatchingProblem matchingProblem() {
    Enrollment mentee2 =
        new Enrollment(
            EnrollmentId.of("enr-0003"),
            0,
            PROGRAM,
            CY,
            EnrollmentRole.MENTEE,
            Profile.empty(),
            Map.of(),
            0,
            EnumSet.of(Consent.MATCHING),
            EnrollmentStatus.APPROVED,
            at(2),
            at(2));
    return new MatchingProblem(
        program(),
        List.of(mentorEnrollment()),
        List.of(menteeEnrollment(), mentee2),
        List.of(proposedPair()),
        Map.of(ADA, 2),
        Map.of(BO, 1, CY, 1),
        Set.of(new CandidatePair(ADA, CY)),
        42L);
  }

  /** A matching result with one proposal, one unmatched mentee and diagnostics. */
  public static MatchingResult matchingResult() {
    return new MatchingResult(
        List.of(new Proposal(ADA, BO, explanation())),
        Map.of(CY, "no eligible mentor (excluded by exclusion: 1)"),
        Map.of("totalScore", 812.0, "iterations", 3.0, "seconds", 0.0125));
  }

  /** A matching run as the engine stores it. */
  public static MatchingRun matchingRun() {
    return new MatchingRun(
        "optimal.max-score",
        List.of(proposedPair()),
        Map.of(CY, "no mentor has places left"),
        Map.of("totalScore", 0.0));
  }

  /** Everything held about one person. */
  public static ParticipantData participantData() {
    return new ParticipantData(
        ADA,
        List.of(mentorEnrollment()),
        List.of(endedPair()),
        List.of(PROGRAM),
        List.of(new SentReminder("pair-0002:answer:mentor", ADA, at(100))),
        List.of(activeGoal()),
        List.of(heldMeeting().visibleTo(ADA)),
        List.of(surveyResponse()));
  }

  // ---------------------------------------------------------------- goals

  /** An active goal whose progress follows its milestones, one of three done, with a check-in. */
  public static Goal activeGoal() {
    return new Goal(
        GOAL,
        4,
        PROGRAM,
        PAIR,
        BO,
        "Ship a service to production",
        "One service deployed and on call for a month",
        "Backend track; pairs with the platform team.",
        LocalDate.of(2026, 6, 30),
        List.of(
            new Milestone("Design reviewed", LocalDate.of(2026, 4, 1), at(300)),
            Milestone.open("First deploy", LocalDate.of(2026, 5, 15)),
            Milestone.open("On call", LocalDate.of(2026, 6, 30))),
        ProgressMode.MILESTONES,
        33,
        GoalVisibility.SHARED_WITH_ADMINS,
        GoalStatus.ACTIVE,
        List.of(new CheckIn(at(300), BO, "Design approved by the guild.", 33)),
        at(100),
        at(300),
        null,
        null);
  }

  /** An abandoned goal set by hand, with no milestones, closed with a reason. */
  public static Goal abandonedGoal() {
    return new Goal(
        GoalId.of("goal-0002"),
        2,
        PROGRAM,
        PAIR,
        BO,
        "Give a talk",
        "A talk at the engineering guild",
        "",
        LocalDate.of(2026, 8, 1),
        List.of(),
        ProgressMode.MANUAL,
        10,
        GoalVisibility.PAIR,
        GoalStatus.ABANDONED,
        List.of(new CheckIn(at(200), ADA, "Outlined the talk together.", 10)),
        at(110),
        at(400),
        at(400),
        "No guild meetings this summer.");
  }

  /** A goal as a pair writes it: SMART fields and two milestones. */
  public static GoalDraft goalDraft() {
    return GoalDraft.builder(
            "Ship a service to production",
            "One service deployed and on call for a month",
            LocalDate.of(2026, 6, 30))
        .description("Backend track.")
        .milestone("Design reviewed", LocalDate.of(2026, 4, 1))
        .milestone("First deploy", LocalDate.of(2026, 5, 15))
        .progressMode(ProgressMode.MILESTONES)
        .build();
  }

  // ---------------------------------------------------------------- meetings

  /** A held meeting of a series, with both sides' private notes and ratings. */
  public static Meeting heldMeeting() {
    return new Meeting(
        MEETING,
        3,
        PROGRAM,
        PAIR,
        SERIES,
        ADA,
        at(168),
        Duration.ofMinutes(45),
        ZoneId.of("Europe/Lisbon"),
        MeetingMode.VIDEO,
        "Weekly sync",
        "Design review; next steps",
        "https://meet.example.com/ada-bo",
        "Agreed on the service boundaries.",
        Map.of(BO, "Ask about on-call pay.", ADA, "Bo worries about deploys."),
        Map.of(BO, 5, ADA, 4),
        MeetingStatus.HELD,
        null,
        at(100),
        at(170));
  }

  /** A cancelled single meeting without location, notes or ratings. */
  public static Meeting cancelledMeeting() {
    return new Meeting(
        MeetingId.of("meet-0002"),
        1,
        PROGRAM,
        PAIR,
        null,
        BO,
        at(336),
        Duration.ofHours(1),
        ZoneId.of("UTC"),
        MeetingMode.IN_PERSON,
        "Lunch",
        "",
        null,
        "",
        Map.of(),
        Map.of(),
        MeetingStatus.CANCELLED,
        "Sick day.",
        at(200),
        at(330));
  }

  /** A plan of a meeting with every field set. */
  public static MeetingPlan meetingPlan() {
    return MeetingPlan.builder("Weekly sync", at(168), ZoneId.of("Europe/Lisbon"))
        .duration(Duration.ofMinutes(45))
        .mode(MeetingMode.CHAT)
        .agenda("Design review")
        .location("#ada-bo")
        .build();
  }

  // ---------------------------------------------------------------- feedback

  /** One question of every type; the comment is optional, the fit question flags poor fits. */
  public static List<SurveyQuestion> surveyQuestions() {
    return List.of(
        SurveyQuestion.fit("fit", "How well does your pairing work?"),
        SurveyQuestion.nps("recommend", "How likely are you to recommend the program?"),
        SurveyQuestion.singleChoice(
            "frequency", "How often do you meet?", List.of("weekly", "biweekly", "monthly")),
        SurveyQuestion.multipleChoice(
            "topics", "What did you talk about?", List.of("career", "code", "people")),
        SurveyQuestion.freeText("comments", "Anything else?").optional());
  }

  /** An open midpoint survey of both sides. */
  public static Survey openSurvey() {
    return new Survey(
        SURVEY,
        2,
        PROGRAM,
        "Midpoint check",
        SurveyCheckpoint.MIDPOINT,
        surveyQuestions(),
        false,
        SurveyAudience.BOTH,
        SurveyStatus.OPEN,
        at(500),
        at(510),
        at(510),
        null);
  }

  /** An anonymous early fit check for mentees, as an administrator writes it. */
  public static SurveyDraft surveyDraft() {
    return SurveyDraft.builder("Early fit check", SurveyCheckpoint.EARLY_FIT_CHECK)
        .question(SurveyQuestion.fit("fit", "Is your mentor a good fit?"))
        .anonymous(true)
        .audience(SurveyAudience.MENTEES)
        .build();
  }

  /** Ada's answers to the midpoint survey, about her pair. */
  public static SurveyResponse surveyResponse() {
    return new SurveyResponse(
        ResponseId.of("resp-0001"),
        0,
        SURVEY,
        PROGRAM,
        ADA,
        PAIR,
        null,
        Map.of(
            "fit", Answer.number(4),
            "recommend", Answer.number(9),
            "frequency", Answer.choice("weekly"),
            "topics", Answer.choice("career", "code"),
            "comments", Answer.text("Going well.")),
        at(520));
  }

  /** An answer about one meeting: its subject key is the meeting's id. */
  public static SurveyResponse meetingResponse() {
    return new SurveyResponse(
        ResponseId.of("resp-0002"),
        1,
        SurveyId.of("survey-after-meeting"),
        PROGRAM,
        BO,
        PAIR,
        MEETING.value(),
        Map.of("fit", Answer.number(2)),
        at(171));
  }

  /** The summary of three responses to the midpoint survey: one summary of every kind. */
  public static SurveySummary surveySummary() {
    SurveyResponse bo =
        new SurveyResponse(
            ResponseId.of("resp-0003"),
            0,
            SURVEY,
            PROGRAM,
            BO,
            PAIR,
            null,
            Map.of(
                "fit", Answer.number(5),
                "recommend", Answer.number(10),
                "frequency", Answer.choice("weekly"),
                "topics", Answer.choice("career")),
            at(521));
    SurveyResponse cy =
        new SurveyResponse(
            ResponseId.of("resp-0004"),
            0,
            SURVEY,
            PROGRAM,
            CY,
            null,
            null,
            Map.of(
                "fit", Answer.number(2),
                "recommend", Answer.number(3),
                "frequency", Answer.choice("monthly"),
                "topics", Answer.choice("people", "code"),
                "comments", Answer.text("We rarely meet.")),
            at(522));
    return SurveySummary.of(openSurvey(), List.of(surveyResponse(), bo, cy));
  }

  /** The summary of an anonymous survey with too few responses to show. */
  public static SurveySummary withheldSummary() {
    return new SurveySummary(
        SurveyId.of("survey-fit"),
        PROGRAM,
        SurveyCheckpoint.EARLY_FIT_CHECK,
        true,
        2,
        true,
        List.of());
  }

  // ---------------------------------------------------------------- knowledge base

  /** A resource for mentees in two phases, with a link that has a query and a fragment. */
  public static Resource resource() {
    return new Resource(
        RESOURCE,
        1,
        PROGRAM,
        "Effective code reviews",
        URI.create("https://example.com/guides/code-review?lang=en#tips"),
        "A short guide to giving and taking review comments.",
        Set.of("feedback", "code review"),
        ResourceAudience.MENTEES,
        EnumSet.of(ProgramStatus.RUNNING, ProgramStatus.MATCHING),
        at(20),
        at(30));
  }

  /** A resource as an administrator writes it, with the defaults. */
  public static ResourceDraft resourceDraft() {
    return ResourceDraft.builder("Career ladder", URI.create("http://wiki.example.com/ladder"))
        .build();
  }

  /** A pair of mentee and mentor that two constraints exclude. */
  public static PairExplanation pairExplanation() {
    return new PairExplanation(
        CY,
        ADA,
        new Explanation(List.of(new Contribution("skills", 0, "no overlap")), "excluded"),
        List.of(
            new Exclusion("exclusions", "p-ada excludes p-cy"),
            new Exclusion("manager-chain", "p-ada manages p-cy")),
        false);
  }

  /** An evaluation with loads and segments. */
  public static MatchingEvaluation matchingEvaluation() {
    return new MatchingEvaluation(
        3,
        2,
        1,
        2,
        1_340,
        670.0,
        670.0,
        528,
        0,
        1.5,
        1.0,
        Map.of(0, 1, 1, 2, 2, 1),
        Map.of(
            "Platform", new SegmentSummary("Platform", 2, 2, 670.0),
            "Sales", new SegmentSummary("Sales", 1, 0, 0.0)));
  }

  /** A feasibility report with a mentee nobody may mentor. */
  public static FeasibilityReport feasibilityReport() {
    return new FeasibilityReport(
        2,
        1,
        2,
        2,
        1,
        Map.of(CY, "no eligible mentor (excluded by exclusions: 1)"),
        List.of(ParticipantId.of("p-idle")));
  }

  /**
   * Returns every sample, in a stable order.
   *
   * @return the samples
   */
  /** Thresholds other than the defaults. */
  public static HealthPolicy healthPolicy() {
    return new HealthPolicy(
        Duration.ofDays(14),
        Duration.ofDays(28),
        Duration.ofDays(60),
        0.8,
        0.4,
        3,
        Duration.ofDays(21));
  }

  /** The health of an active pair that needs attention for two reasons. */
  public static PairHealth pairHealth() {
    return new PairHealth(
        PAIR,
        PROGRAM,
        ADA,
        BO,
        at(1200),
        PairStatus.ACTIVE,
        HealthStatus.NEEDS_ATTENTION,
        List.of(
            new HealthReason(
                HealthSignal.MEETING_OVERDUE, "no meeting held for 23 days (threshold 21)"),
            new HealthReason(HealthSignal.LOW_RATINGS, "recent ratings average 2.0 (threshold 2)")),
        at(24),
        2,
        3,
        at(648),
        23,
        at(1000),
        2,
        37.5,
        3,
        2.0,
        false);
  }

  /** The health of a paused pair that has not met yet. */
  public static PairHealth pausedPairHealth() {
    return new PairHealth(
        PAIR,
        PROGRAM,
        ADA,
        BO,
        at(400),
        PairStatus.PAUSED,
        HealthStatus.HEALTHY,
        List.of(new HealthReason(HealthSignal.PAUSED, "the pair is on hold")),
        at(24),
        0,
        1,
        null,
        15,
        at(24),
        0,
        0,
        0,
        0,
        false);
  }

  /** A report of a program at {@code at(2000)}, with one survey's response rate. */
  public static ProgramReport programReport() {
    return new ProgramReport(
        PROGRAM,
        at(2000),
        Map.of(
            EnrollmentRole.MENTOR,
            Map.of(EnrollmentStatus.APPROVED, 4),
            EnrollmentRole.MENTEE,
            Map.of(EnrollmentStatus.APPROVED, 5, EnrollmentStatus.WAITLISTED, 1)),
        Ratio.of(4, 5),
        Duration.ofHours(52),
        Ratio.of(4, 6),
        Map.of(PairStatus.ACTIVE, 3, PairStatus.PAUSED, 1, PairStatus.ENDED_EARLY, 1),
        Map.of(HealthStatus.HEALTHY, 2, HealthStatus.NEEDS_ATTENTION, 1, HealthStatus.AT_RISK, 1),
        Map.of(MeetingStatus.HELD, 9, MeetingStatus.CANCELLED, 2),
        Ratio.of(9, 5),
        2.0,
        Ratio.of(1, 4),
        Ratio.of(37, 9),
        new NetPromoterScore(3, 1, 1),
        List.of(
            new SurveyResponseRate(
                SURVEY, SurveyCheckpoint.MIDPOINT, true, SurveyStatus.OPEN, 7, Ratio.of(6, 8))));
  }

  /** A report with no data at all: every count 0, every ratio 0/0. */
  public static ProgramReport emptyReport() {
    return new ProgramReport(
        PROGRAM,
        at(2000),
        Map.of(),
        Ratio.none(),
        null,
        Ratio.none(),
        Map.of(),
        Map.of(),
        Map.of(),
        Ratio.none(),
        0,
        Ratio.none(),
        Ratio.none(),
        new NetPromoterScore(0, 0, 0),
        List.of());
  }

  /** The report of {@link #programReport()} segmented by department, one segment empty. */
  public static SegmentedReport segmentedReport() {
    return new SegmentedReport(
        PROGRAM,
        at(2000),
        "department",
        programReport(),
        List.of(
            new SegmentedReport.Segment("engineering", programReport()),
            new SegmentedReport.Segment("sales", emptyReport())));
  }

  public static List<Sample> all() {
    return List.of(
        new Sample("program/program.json", Program.class, program()),
        new Sample("program/program-draft.json", Program.class, draftProgram()),
        new Sample("enrollment/enrollment-mentor.json", Enrollment.class, mentorEnrollment()),
        new Sample("enrollment/enrollment-mentee.json", Enrollment.class, menteeEnrollment()),
        new Sample("enrollment/application.json", Application.class, application()),
        new Sample("enrollment/profile-empty.json", Profile.class, Profile.empty()),
        new Sample("pairing/pair-ended-early.json", Pair.class, endedPair()),
        new Sample("pairing/pair-proposed.json", Pair.class, proposedPair()),
        new Sample("matching/matching-problem.json", MatchingProblem.class, matchingProblem()),
        new Sample("matching/matching-result.json", MatchingResult.class, matchingResult()),
        new Sample("matching/pair-explanation.json", PairExplanation.class, pairExplanation()),
        new Sample(
            "matching/recommendation.json",
            Recommendation.class,
            new Recommendation(ADA, 1, 812, explanation())),
        new Sample(
            "matching/feasibility-report.json", FeasibilityReport.class, feasibilityReport()),
        new Sample(
            "matching/matching-evaluation.json", MatchingEvaluation.class, matchingEvaluation()),
        new Sample("engine/matching-run.json", MatchingRun.class, matchingRun()),
        new Sample("engine/participant-data.json", ParticipantData.class, participantData()),
        new Sample(
            "engine/erasure-report.json",
            ErasureReport.class,
            new ErasureReport(ParticipantId.of("erased-7f3a"), 1, 2, 3, 4, 5, 6, 7)),
        new Sample(
            "engine/violation.json",
            Violation.class,
            new Violation(
                "profile.skillsOffered[0].level", "Max", "must be less than or equal to 5", "7")),
        new Sample("actor/participant.v1.json", Actor.class, Actor.participant(ADMIN)),
        new Sample("actor/system.v1.json", Actor.class, Actor.system()),
        new Sample(
            "event/program_created.v1.json", ProgramCreated.class, new ProgramCreated(PROGRAM, T0)),
        new Sample(
            "event/program_updated.v1.json",
            ProgramUpdated.class,
            new ProgramUpdated(PROGRAM, at(1))),
        new Sample(
            "event/program_status_changed.v1.json",
            ProgramStatusChanged.class,
            new ProgramStatusChanged(
                PROGRAM, ProgramStatus.MATCHING, ProgramStatus.RUNNING, at(2))),
        new Sample(
            "event/enrollment_submitted.v1.json",
            EnrollmentSubmitted.class,
            new EnrollmentSubmitted(ENROLLMENT, PROGRAM, ADA, EnrollmentRole.MENTOR, at(3))),
        new Sample(
            "event/enrollment_updated.v1.json",
            EnrollmentUpdated.class,
            new EnrollmentUpdated(ENROLLMENT, PROGRAM, ADA, at(4))),
        new Sample(
            "event/enrollment_status_changed.v1.json",
            EnrollmentStatusChanged.class,
            new EnrollmentStatusChanged(
                ENROLLMENT,
                PROGRAM,
                ADA,
                EnrollmentStatus.APPLIED,
                EnrollmentStatus.WAITLISTED,
                at(5))),
        new Sample(
            "event/pair_proposed.v1.json",
            PairProposed.class,
            new PairProposed(PAIR, PROGRAM, ADA, BO, PairOrigin.ALGORITHM, 812, at(6))),
        new Sample(
            "event/pair_approved.v1.json",
            PairApproved.class,
            new PairApproved(PAIR, PROGRAM, ApprovalSide.MENTEE, at(7))),
        new Sample(
            "event/pair_status_changed.v1.json",
            PairStatusChanged.class,
            new PairStatusChanged(PAIR, PROGRAM, PairStatus.ACTIVE, PairStatus.ENDED_EARLY, at(8))),
        new Sample(
            "event/participant_erased.v1.json",
            ParticipantErased.class,
            new ParticipantErased(CY, ParticipantId.of("erased-7f3a"), at(9))),
        new Sample(
            "notification/match_proposed.v1.json",
            MatchProposed.class,
            new MatchProposed(BO, PROGRAM, PAIR, at(10))),
        new Sample(
            "notification/match_confirmed.v1.json",
            MatchConfirmed.class,
            new MatchConfirmed(ADA, PROGRAM, PAIR, at(11))),
        new Sample(
            "notification/proposal_awaiting_answer.v1.json",
            ProposalAwaitingAnswer.class,
            new ProposalAwaitingAnswer(ADA, PROGRAM, PAIR, at(6), at(54))),
        new Sample(
            "notification/proposal_expiring.v1.json",
            ProposalExpiring.class,
            new ProposalExpiring(ADA, PROGRAM, PAIR, at(174), at(150))),
        new Sample(
            "notification/enrollment_decided.v1.json",
            EnrollmentDecided.class,
            new EnrollmentDecided(ADA, PROGRAM, ENROLLMENT, EnrollmentStatus.REJECTED, at(12))),
        new Sample(
            "notification/program_phase_changed.v1.json",
            ProgramPhaseChanged.class,
            new ProgramPhaseChanged(
                ADMIN, PROGRAM, ProgramStatus.ENROLLING, ProgramStatus.MATCHING, at(13))),
        // goals, meetings, feedback, knowledge base
        new Sample("goal/goal-active.json", Goal.class, activeGoal()),
        new Sample("goal/goal-abandoned.json", Goal.class, abandonedGoal()),
        new Sample("goal/goal-draft.json", GoalDraft.class, goalDraft()),
        new Sample("meeting/meeting-held.json", Meeting.class, heldMeeting()),
        new Sample("meeting/meeting-cancelled.json", Meeting.class, cancelledMeeting()),
        new Sample("meeting/meeting-plan.json", MeetingPlan.class, meetingPlan()),
        new Sample(
            "meeting/recurrence.json",
            Recurrence.class,
            new Recurrence(RecurrenceFrequency.BIWEEKLY, 6)),
        new Sample("feedback/survey-open.json", Survey.class, openSurvey()),
        new Sample("feedback/survey-draft.json", SurveyDraft.class, surveyDraft()),
        new Sample("feedback/survey-response.json", SurveyResponse.class, surveyResponse()),
        new Sample(
            "feedback/survey-response-meeting.json", SurveyResponse.class, meetingResponse()),
        new Sample("feedback/survey-summary.json", SurveySummary.class, surveySummary()),
        new Sample("feedback/survey-summary-withheld.json", SurveySummary.class, withheldSummary()),
        new Sample("resource/resource.json", Resource.class, resource()),
        new Sample("resource/resource-draft.json", ResourceDraft.class, resourceDraft()),
        new Sample(
            "resource/resource-suggestion.json",
            ResourceSuggestion.class,
            new ResourceSuggestion(resource(), Set.of("code review"))),
        new Sample(
            "event/goal_created.v1.json",
            GoalCreated.class,
            new GoalCreated(GOAL, PROGRAM, PAIR, BO, at(14))),
        new Sample(
            "event/goal_updated.v1.json",
            GoalUpdated.class,
            new GoalUpdated(GOAL, PROGRAM, PAIR, 33, at(15))),
        new Sample(
            "event/goal_status_changed.v1.json",
            GoalStatusChanged.class,
            new GoalStatusChanged(
                GOAL, PROGRAM, PAIR, GoalStatus.DRAFT, GoalStatus.ACTIVE, at(16))),
        new Sample(
            "event/meeting_scheduled.v1.json",
            MeetingScheduled.class,
            new MeetingScheduled(MEETING, PROGRAM, PAIR, SERIES, at(168), at(17))),
        new Sample(
            "event/meeting_logged.v1.json",
            MeetingLogged.class,
            new MeetingLogged(MeetingId.of("meet-0003"), PROGRAM, PAIR, at(10), at(18))),
        new Sample(
            "event/meeting_rescheduled.v1.json",
            MeetingRescheduled.class,
            new MeetingRescheduled(MEETING, PROGRAM, PAIR, at(168), at(170), at(19))),
        new Sample(
            "event/meeting_status_changed.v1.json",
            MeetingStatusChanged.class,
            new MeetingStatusChanged(
                MEETING, PROGRAM, PAIR, MeetingStatus.SCHEDULED, MeetingStatus.NO_SHOW, at(20))),
        new Sample(
            "event/meeting_notes_updated.v1.json",
            MeetingNotesUpdated.class,
            new MeetingNotesUpdated(MEETING, PROGRAM, PAIR, at(21))),
        new Sample(
            "event/meeting_rated.v1.json",
            MeetingRated.class,
            new MeetingRated(MEETING, PROGRAM, PAIR, BO, 5, at(22))),
        new Sample(
            "event/survey_created.v1.json",
            SurveyCreated.class,
            new SurveyCreated(SURVEY, PROGRAM, SurveyCheckpoint.MIDPOINT, at(23))),
        new Sample(
            "event/survey_revised.v1.json",
            SurveyRevised.class,
            new SurveyRevised(SURVEY, PROGRAM, at(24))),
        new Sample(
            "event/survey_status_changed.v1.json",
            SurveyStatusChanged.class,
            new SurveyStatusChanged(
                SURVEY, PROGRAM, SurveyStatus.OPEN, SurveyStatus.CLOSED, at(25))),
        new Sample(
            "event/survey_response_submitted.v1.json",
            SurveyResponseSubmitted.class,
            new SurveyResponseSubmitted(
                ResponseId.of("resp-0001"), SURVEY, PROGRAM, ADA, PAIR, at(26))),
        new Sample(
            "event/survey_response_submitted.v1-anonymous.json",
            SurveyResponseSubmitted.class,
            new SurveyResponseSubmitted(
                ResponseId.of("resp-0005"),
                SurveyId.of("survey-fit"),
                PROGRAM,
                null,
                null,
                at(27))),
        new Sample(
            "event/resource_added.v1.json",
            ResourceAdded.class,
            new ResourceAdded(RESOURCE, PROGRAM, at(28))),
        new Sample(
            "event/resource_revised.v1.json",
            ResourceRevised.class,
            new ResourceRevised(RESOURCE, PROGRAM, at(29))),
        new Sample(
            "event/resource_removed.v1.json",
            ResourceRemoved.class,
            new ResourceRemoved(RESOURCE, PROGRAM, at(30))),
        new Sample(
            "notification/meeting_invitation.v1.json",
            MeetingInvitation.class,
            new MeetingInvitation(BO, PROGRAM, PAIR, MEETING, SERIES, at(168), at(31))),
        new Sample(
            "notification/meeting_moved.v1.json",
            MeetingMoved.class,
            new MeetingMoved(BO, PROGRAM, PAIR, MEETING, at(168), at(170), at(32))),
        new Sample(
            "notification/meeting_cancelled.v1.json",
            MeetingCancelled.class,
            new MeetingCancelled(ADA, PROGRAM, PAIR, MeetingId.of("meet-0002"), at(336), at(33))),
        new Sample(
            "notification/poor_fit_reported.v1.json",
            PoorFitReported.class,
            new PoorFitReported(
                ADMIN, PROGRAM, PAIR, SurveyId.of("survey-after-meeting"), BO, at(34))),
        // reminders of meetings, inactivity, goals and surveys
        new Sample(
            "notification/meeting_reminder.v1.json",
            MeetingReminder.class,
            new MeetingReminder(ADA, PROGRAM, PAIR, MEETING, at(168), at(144))),
        new Sample(
            "notification/meeting_follow_up.v1.json",
            MeetingFollowUp.class,
            new MeetingFollowUp(BO, PROGRAM, PAIR, MEETING, at(168), at(169), at(171))),
        new Sample(
            "notification/inactivity_nudge.v1.json",
            InactivityNudge.class,
            new InactivityNudge(BO, PROGRAM, PAIR, at(168), at(672))),
        new Sample(
            "notification/inactivity_escalation.v1.json",
            InactivityEscalation.class,
            new InactivityEscalation(ADMIN, PROGRAM, PAIR, at(168), at(1176))),
        new Sample(
            "notification/goal_due.v1.json",
            GoalDue.class,
            new GoalDue(BO, PROGRAM, PAIR, GOAL, LocalDate.of(2026, 6, 30), at(2736))),
        new Sample(
            "notification/milestone_due.v1.json",
            MilestoneDue.class,
            new MilestoneDue(
                BO, PROGRAM, PAIR, GOAL, "First deploy", LocalDate.of(2026, 5, 15), at(1632))),
        new Sample(
            "notification/survey_invitation.v1.json",
            SurveyInvitation.class,
            new SurveyInvitation(
                ADA,
                PROGRAM,
                SurveyId.of("survey-after-meeting"),
                SurveyCheckpoint.AFTER_MEETING,
                PAIR,
                "meet-0001",
                at(170))),
        new Sample(
            "notification/survey_reminder.v1.json",
            SurveyReminder.class,
            new SurveyReminder(
                BO, PROGRAM, SURVEY, SurveyCheckpoint.MIDPOINT, PAIR, null, at(2200), at(2272))),
        new Sample("program/health-policy.json", HealthPolicy.class, healthPolicy()),
        new Sample("metrics/pair-health.json", PairHealth.class, pairHealth()),
        new Sample("metrics/pair-health-paused.json", PairHealth.class, pausedPairHealth()),
        new Sample("metrics/program-report.json", ProgramReport.class, programReport()),
        new Sample("metrics/segmented-report.json", SegmentedReport.class, segmentedReport()));
  }

  /**
   * Returns the question summaries of {@link #surveySummary()}, one of each kind.
   *
   * @return the kinds found
   */
  public static List<Class<?>> questionSummaryKinds() {
    List<Class<?>> kinds = new java.util.ArrayList<>();
    for (QuestionSummary q : surveySummary().questions()) {
      kinds.add(q.getClass());
    }
    return kinds;
  }
}
