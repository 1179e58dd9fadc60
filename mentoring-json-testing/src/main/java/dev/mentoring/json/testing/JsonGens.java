package dev.mentoring.json.testing;

import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

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
import dev.mentoring.core.enrollment.Skill;
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
import dev.mentoring.core.event.MentoringEvent;
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
import dev.mentoring.core.feedback.SurveyQuestionType;
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
import dev.mentoring.core.goal.MilestoneDraft;
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
import dev.mentoring.core.notification.Notification;
import dev.mentoring.core.notification.PoorFitReported;
import dev.mentoring.core.notification.ProgramPhaseChanged;
import dev.mentoring.core.notification.ProposalAwaitingAnswer;
import dev.mentoring.core.notification.ProposalExpiring;
import dev.mentoring.core.notification.SurveyInvitation;
import dev.mentoring.core.notification.SurveyReminder;
import dev.mentoring.core.pairing.Contribution;
import dev.mentoring.core.pairing.ExitReason;
import dev.mentoring.core.pairing.Explanation;
import dev.mentoring.core.pairing.PairExit;
import dev.mentoring.core.pairing.PairId;
import dev.mentoring.core.pairing.PairOrigin;
import dev.mentoring.core.pairing.PairStatus;
import dev.mentoring.core.program.ApprovalSide;
import dev.mentoring.core.program.EnrollmentForm;
import dev.mentoring.core.program.EnrollmentRole;
import dev.mentoring.core.program.HealthPolicy;
import dev.mentoring.core.program.MatchingMode;
import dev.mentoring.core.program.MatchingPolicy;
import dev.mentoring.core.program.MeetingCadence;
import dev.mentoring.core.program.Program;
import dev.mentoring.core.program.ProgramFormat;
import dev.mentoring.core.program.ProgramId;
import dev.mentoring.core.program.ProgramSpec;
import dev.mentoring.core.program.ProgramStatus;
import dev.mentoring.core.program.Question;
import dev.mentoring.core.program.QuestionType;
import dev.mentoring.core.program.ReminderPolicy;
import dev.mentoring.core.program.Schedule;
import dev.mentoring.core.resource.Resource;
import dev.mentoring.core.resource.ResourceAudience;
import dev.mentoring.core.resource.ResourceDraft;
import dev.mentoring.core.resource.ResourceId;
import dev.mentoring.core.resource.ResourceSuggestion;
import dev.mentoring.core.spi.SentReminder;
import dev.mentoring.core.spi.StoreFeature;
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
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.generators.Generate;

/**
 * QuickTheories generators of every covered type, for round-trip properties. Values stress the
 * shape: strings with quotes, backslashes, slashes, control characters, non-ASCII and astral
 * characters; the full ranges of {@code Instant}, {@code LocalDate}, {@code Duration}, longs and
 * finite doubles (including {@code -0.0} and subnormals); absent and present optional fields; empty
 * and non-empty collections.
 */
public final class JsonGens {
  private JsonGens() {}

  /**
   * A covered class and a generator of its values.
   *
   * @param type the class
   * @param gen the generator
   * @param <T> the type
   */
  public record Family<T>(Class<T> type, Gen<T> gen) {
    @Override
    public String toString() {
      return type.getName();
    }
  }

  // ---------------------------------------------------------------- building blocks

  /** A code point: mostly ASCII, sometimes JSON's special characters, control, BMP or astral. */
  static final Gen<Integer> CODE_POINTS =
      Generate.frequency(
          List.of(
              Pair.of(20, integers().between(0x20, 0x7e)),
              Pair.of(4, Generate.pick(List.of((int) '"', (int) '\\', (int) '/', 0x2028))),
              Pair.of(2, integers().between(0x00, 0x1f)),
              Pair.of(3, integers().between(0xa0, 0xd7ff)),
              Pair.of(1, integers().between(0xe000, 0xfffd)),
              Pair.of(2, integers().between(0x1f300, 0x1f64f))));

  /** Strings of 0 to 12 code points. */
  public static final Gen<String> TEXT = textOfLength(0, 12);

  /** Non-blank strings of 1 to 12 code points, as ids need. */
  static final Gen<String> ID_TEXT = textOfLength(1, 12).assuming(s -> !s.isBlank());

  static Gen<String> textOfLength(int min, int max) {
    Gen<Integer> lengths = integers().between(min, max);
    return in -> {
      int n = lengths.generate(in);
      StringBuilder sb = new StringBuilder();
      for (int i = 0; i < n; i++) {
        sb.appendCodePoint(CODE_POINTS.generate(in));
      }
      return sb.toString();
    };
  }

  static <T> Gen<T> nullable(Gen<T> gen) {
    Gen<Boolean> present = booleans().all();
    return in -> present.generate(in) ? gen.generate(in) : null;
  }

  static <T> Gen<List<T>> lists(Gen<T> element, int max) {
    Gen<Integer> sizes = integers().between(0, max);
    return in -> {
      int n = sizes.generate(in);
      List<T> list = new ArrayList<>(n);
      for (int i = 0; i < n; i++) {
        list.add(element.generate(in));
      }
      return list;
    };
  }

  static <T> Gen<Set<T>> sets(Gen<T> element, int max) {
    return lists(element, max).map(l -> new LinkedHashSet<>(l));
  }

  static <K, V> Gen<Map<K, V>> maps(Gen<K> key, Gen<V> value, int max) {
    Gen<Integer> sizes = integers().between(0, max);
    return in -> {
      int n = sizes.generate(in);
      Map<K, V> map = new LinkedHashMap<>();
      for (int i = 0; i < n; i++) {
        map.put(key.generate(in), value.generate(in));
      }
      return map;
    };
  }

  static <E extends Enum<E>> Gen<Set<E>> enumSets(Class<E> type) {
    E[] all = type.getEnumConstants();
    return integers()
        .between(0, (1 << all.length) - 1)
        .map(
            mask -> {
              Set<E> set = EnumSet.noneOf(type);
              for (int i = 0; i < all.length; i++) {
                if ((mask & (1 << i)) != 0) {
                  set.add(all[i]);
                }
              }
              return set;
            });
  }

  static <E extends Enum<E>> Gen<E> enums(Class<E> type) {
    return Generate.enumValues(type);
  }

  /** Any long, with the extremes and small values more likely. */
  static final Gen<Long> LONGS =
      Generate.frequency(
          List.of(
              Pair.of(6, longs().all()),
              Pair.of(3, longs().between(-1_000, 1_000)),
              Pair.of(1, Generate.pick(List.of(Long.MIN_VALUE, Long.MAX_VALUE, 0L, -1L)))));

  /** Any int. */
  static final Gen<Integer> INTS =
      Generate.frequency(
          List.of(
              Pair.of(6, integers().all()),
              Pair.of(3, integers().between(-1_000, 1_000)),
              Pair.of(1, Generate.pick(List.of(Integer.MIN_VALUE, Integer.MAX_VALUE, 0, -1)))));

  static final Gen<Integer> NON_NEGATIVE_INTS = integers().between(0, Integer.MAX_VALUE);

  /** Any finite double: every bit pattern is equally likely, so subnormals and -0.0 occur. */
  static final Gen<Double> DOUBLES =
      Generate.frequency(
              List.of(
                  Pair.of(6, longs().all().map(Double::longBitsToDouble)),
                  Pair.of(3, integers().between(-2_000, 2_000).map(i -> i / 8.0)),
                  Pair.of(
                      1,
                      Generate.pick(
                          List.of(
                              -0.0,
                              0.0,
                              Double.MIN_VALUE,
                              Double.MAX_VALUE,
                              -Double.MAX_VALUE,
                              1e-7,
                              1e7,
                              0.1)))))
          .assuming(Double::isFinite);

  /** Any instant, from {@link Instant#MIN} to {@link Instant#MAX}, mostly near now. */
  static final Gen<Instant> INSTANTS =
      Generate.frequency(
          List.of(
              Pair.of(
                  5,
                  longs()
                      .between(1_700_000_000L, 1_900_000_000L)
                      .zip(
                          integers().between(0, 999_999_999),
                          (s, n) -> Instant.ofEpochSecond(s, n % 3 == 0 ? 0 : n))),
              Pair.of(
                  2,
                  longs()
                      .between(Instant.MIN.getEpochSecond(), Instant.MAX.getEpochSecond())
                      .zip(integers().between(0, 999_999_999), Instant::ofEpochSecond)),
              Pair.of(1, Generate.pick(List.of(Instant.MIN, Instant.MAX, Instant.EPOCH)))));

  static final Gen<LocalDate> DATES =
      longs()
          .between(LocalDate.MIN.toEpochDay(), LocalDate.MAX.toEpochDay())
          .map(LocalDate::ofEpochDay)
          .mix(longs().between(19_000, 22_000).map(LocalDate::ofEpochDay), 70);

  static final Gen<Duration> DURATIONS =
      longs()
          .all()
          .zip(integers().between(0, 999_999_999), Duration::ofSeconds)
          .mix(longs().between(1, 400).map(Duration::ofDays), 60)
          .mix(longs().between(1, 100_000).map(Duration::ofMinutes), 30);

  static final Gen<ZoneId> ZONES =
      Generate.pick(new ArrayList<>(new TreeSet<>(ZoneId.getAvailableZoneIds())))
          .map(z -> ZoneId.of(z))
          .mix(
              integers()
                  .between(-18 * 3600, 18 * 3600)
                  .map(s -> (ZoneId) ZoneOffset.ofTotalSeconds(s)),
              30);

  // ---------------------------------------------------------------- ids and enums

  static final Gen<ProgramId> PROGRAM_IDS = ID_TEXT.map(ProgramId::of);
  static final Gen<ParticipantId> PARTICIPANT_IDS =
      ID_TEXT
          .map(ParticipantId::of)
          .mix(integers().between(0, 9).map(i -> "p-" + i).map(ParticipantId::of), 50);
  static final Gen<EnrollmentId> ENROLLMENT_IDS = ID_TEXT.map(EnrollmentId::of);
  static final Gen<PairId> PAIR_IDS = ID_TEXT.map(PairId::of);

  // ---------------------------------------------------------------- program

  static final Gen<Schedule> SCHEDULES = nullable(DATES).zip(nullable(DATES), Schedule::new);

  static final Gen<Question> QUESTIONS =
      in ->
          new Question(
              TEXT.generate(in),
              TEXT.generate(in),
              enums(QuestionType.class).generate(in),
              booleans().all().generate(in),
              enumSets(EnrollmentRole.class).generate(in),
              lists(TEXT, 3).generate(in),
              nullable(LONGS).generate(in),
              nullable(LONGS).generate(in),
              INTS.generate(in));

  static final Gen<MatchingPolicy> POLICIES =
      in ->
          new MatchingPolicy(
              enums(MatchingMode.class).generate(in),
              enumSets(ApprovalSide.class).generate(in),
              DURATIONS.generate(in),
              INTS.generate(in),
              INTS.generate(in),
              booleans().all().generate(in));

  static final Gen<ReminderPolicy> REMINDER_POLICIES =
      in ->
          new ReminderPolicy(
              DURATIONS.generate(in),
              DURATIONS.generate(in),
              DURATIONS.generate(in),
              DURATIONS.generate(in),
              DURATIONS.generate(in),
              DURATIONS.generate(in),
              DURATIONS.generate(in),
              INTS.generate(in),
              DURATIONS.generate(in));

  /** Any thresholds: reading checks the components, not the engine's rule ThresholdOrder. */
  static final Gen<HealthPolicy> HEALTH_POLICIES =
      in ->
          new HealthPolicy(
              DURATIONS.generate(in),
              DURATIONS.generate(in),
              DURATIONS.generate(in),
              DOUBLES.generate(in),
              DOUBLES.generate(in),
              INTS.generate(in),
              DURATIONS.generate(in));

  static final Gen<ProgramSpec> SPECS =
      in ->
          new ProgramSpec(
              TEXT.generate(in),
              TEXT.generate(in),
              lists(TEXT, 3).generate(in),
              enums(ProgramFormat.class).generate(in),
              SCHEDULES.generate(in),
              new MeetingCadence(DURATIONS.generate(in)),
              new EnrollmentForm(lists(QUESTIONS, 3).generate(in)),
              POLICIES.generate(in),
              REMINDER_POLICIES.generate(in),
              booleans().all().generate(in),
              sets(PARTICIPANT_IDS, 3).generate(in),
              HEALTH_POLICIES.generate(in));

  static final Gen<Program> PROGRAMS =
      in ->
          new Program(
              PROGRAM_IDS.generate(in),
              longs().between(0, Long.MAX_VALUE).generate(in),
              SPECS.generate(in),
              enums(ProgramStatus.class).generate(in),
              INSTANTS.generate(in),
              INSTANTS.generate(in));

  // ---------------------------------------------------------------- enrollment

  static final Gen<Skill> SKILLS = TEXT.zip(INTS, Skill::new);

  static final Gen<Availability> AVAILABILITIES =
      INTS.zip(enumSets(DayOfWeek.class), Availability::new);

  static final Gen<Preferences> PREFERENCES =
      sets(PARTICIPANT_IDS, 3).zip(enums(DepartmentPreference.class), Preferences::new);

  static final Gen<Profile> PROFILES =
      in ->
          new Profile(
              lists(SKILLS, 3).generate(in),
              lists(SKILLS, 3).generate(in),
              sets(TEXT, 3).generate(in),
              sets(TEXT, 3).generate(in),
              nullable(ZONES).generate(in),
              nullable(TEXT).generate(in),
              INTS.generate(in),
              nullable(TEXT).generate(in),
              lists(PARTICIPANT_IDS, 3).generate(in),
              AVAILABILITIES.generate(in),
              PREFERENCES.generate(in),
              sets(PARTICIPANT_IDS, 3).generate(in));

  static final Gen<Answer.TextAnswer> TEXT_ANSWERS = TEXT.map(Answer.TextAnswer::new);
  static final Gen<Answer.NumberAnswer> NUMBER_ANSWERS = LONGS.map(Answer.NumberAnswer::new);
  static final Gen<Answer.ChoiceAnswer> CHOICE_ANSWERS =
      lists(TEXT, 3).map(Answer.ChoiceAnswer::new);
  static final Gen<Answer.YesNoAnswer> YES_NO_ANSWERS =
      booleans().all().map(Answer.YesNoAnswer::new);

  static final Gen<Answer> ANSWERS =
      Generate.oneOf(
          TEXT_ANSWERS.map(a -> (Answer) a),
          NUMBER_ANSWERS.map(a -> (Answer) a),
          CHOICE_ANSWERS.map(a -> (Answer) a),
          YES_NO_ANSWERS.map(a -> (Answer) a));

  static final Gen<Enrollment> ENROLLMENTS =
      in ->
          new Enrollment(
              ENROLLMENT_IDS.generate(in),
              longs().between(0, Long.MAX_VALUE).generate(in),
              PROGRAM_IDS.generate(in),
              PARTICIPANT_IDS.generate(in),
              enums(EnrollmentRole.class).generate(in),
              PROFILES.generate(in),
              maps(TEXT, ANSWERS, 3).generate(in),
              NON_NEGATIVE_INTS.generate(in),
              enumSets(Consent.class).generate(in),
              enums(EnrollmentStatus.class).generate(in),
              INSTANTS.generate(in),
              INSTANTS.generate(in));

  static final Gen<Application> APPLICATIONS =
      in ->
          new Application(
              PARTICIPANT_IDS.generate(in),
              enums(EnrollmentRole.class).generate(in),
              PROFILES.generate(in),
              maps(TEXT, ANSWERS, 3).generate(in),
              nullable(INTS).generate(in),
              enumSets(Consent.class).generate(in));

  // ---------------------------------------------------------------- pairing

  static final Gen<Contribution> CONTRIBUTIONS = TEXT.zip(INTS, TEXT, Contribution::new);

  static final Gen<Explanation> EXPLANATIONS = lists(CONTRIBUTIONS, 3).zip(TEXT, Explanation::new);

  static final Gen<PairExit> EXITS =
      enums(ExitReason.class)
          .zip(INSTANTS, nullable(PARTICIPANT_IDS), nullable(TEXT), PairExit::new);

  static final Gen<dev.mentoring.core.pairing.Pair> PAIRS =
      in -> {
        ParticipantId mentor = PARTICIPANT_IDS.generate(in);
        ParticipantId mentee = PARTICIPANT_IDS.generate(in);
        if (mentor.equals(mentee)) {
          mentee = ParticipantId.of(mentee.value() + "'");
        }
        return new dev.mentoring.core.pairing.Pair(
            PAIR_IDS.generate(in),
            longs().between(0, Long.MAX_VALUE).generate(in),
            PROGRAM_IDS.generate(in),
            mentor,
            mentee,
            enums(PairOrigin.class).generate(in),
            EXPLANATIONS.generate(in),
            enumSets(ApprovalSide.class).generate(in),
            enumSets(ApprovalSide.class).generate(in),
            enums(PairStatus.class).generate(in),
            INSTANTS.generate(in),
            INSTANTS.generate(in),
            nullable(INSTANTS).generate(in),
            nullable(INSTANTS).generate(in),
            nullable(INSTANTS).generate(in),
            nullable(EXITS).generate(in),
            INSTANTS.generate(in));
      };

  // ---------------------------------------------------------------- matching SPI

  static final Gen<CandidatePair> CANDIDATE_PAIRS =
      PARTICIPANT_IDS.zip(PARTICIPANT_IDS, CandidatePair::new);

  static final Gen<Proposal> PROPOSALS =
      PARTICIPANT_IDS.zip(PARTICIPANT_IDS, EXPLANATIONS, Proposal::new);

  static final Gen<MatchingResult> MATCHING_RESULTS =
      lists(PROPOSALS, 3)
          .zip(maps(PARTICIPANT_IDS, TEXT, 3), maps(TEXT, DOUBLES, 3), MatchingResult::new);

  /** Problems whose sides and places agree, as the constructor demands. */
  static final Gen<MatchingProblem> MATCHING_PROBLEMS =
      in -> {
        List<Enrollment> mentors = distinctByParticipant(lists(ENROLLMENTS, 2).generate(in));
        List<Enrollment> mentees = distinctByParticipant(lists(ENROLLMENTS, 2).generate(in));
        return new MatchingProblem(
            PROGRAMS.generate(in),
            mentors,
            mentees,
            lists(PAIRS, 2).generate(in),
            places(mentors, in),
            places(mentees, in),
            sets(CANDIDATE_PAIRS, 3).generate(in),
            LONGS.generate(in));
      };

  private static List<Enrollment> distinctByParticipant(List<Enrollment> enrollments) {
    Map<ParticipantId, Enrollment> byId = new LinkedHashMap<>();
    for (Enrollment e : enrollments) {
      byId.putIfAbsent(e.participantId(), e);
    }
    return new ArrayList<>(byId.values());
  }

  private static Map<ParticipantId, Integer> places(List<Enrollment> side, RandomnessSource in) {
    Map<ParticipantId, Integer> places = new HashMap<>();
    for (Enrollment e : side) {
      places.put(e.participantId(), integers().between(1, Integer.MAX_VALUE).generate(in));
    }
    return places;
  }

  // ---------------------------------------------------------------- goals

  static final Gen<GoalId> GOAL_IDS = ID_TEXT.map(GoalId::of);

  static final Gen<Integer> PERCENTS = integers().between(0, 100);

  static final Gen<Milestone> MILESTONES = TEXT.zip(DATES, nullable(INSTANTS), Milestone::new);

  static final Gen<CheckIn> CHECK_INS = INSTANTS.zip(PARTICIPANT_IDS, TEXT, PERCENTS, CheckIn::new);

  static final Gen<MilestoneDraft> MILESTONE_DRAFTS = TEXT.zip(DATES, MilestoneDraft::new);

  static final Gen<GoalDraft> GOAL_DRAFTS =
      in ->
          new GoalDraft(
              TEXT.generate(in),
              TEXT.generate(in),
              TEXT.generate(in),
              DATES.generate(in),
              lists(MILESTONE_DRAFTS, 3).generate(in),
              enums(ProgressMode.class).generate(in),
              enums(GoalVisibility.class).generate(in));

  /** Goals whose progress, closing time and reason agree with mode and status. */
  static final Gen<Goal> GOALS =
      in -> {
        List<Milestone> milestones = lists(MILESTONES, 3).generate(in);
        ProgressMode mode = enums(ProgressMode.class).generate(in);
        GoalStatus status = enums(GoalStatus.class).generate(in);
        return new Goal(
            GOAL_IDS.generate(in),
            longs().between(0, Long.MAX_VALUE).generate(in),
            PROGRAM_IDS.generate(in),
            PAIR_IDS.generate(in),
            PARTICIPANT_IDS.generate(in),
            TEXT.generate(in),
            TEXT.generate(in),
            TEXT.generate(in),
            DATES.generate(in),
            milestones,
            mode,
            mode == ProgressMode.MILESTONES
                ? Goal.milestoneProgress(milestones)
                : PERCENTS.generate(in),
            enums(GoalVisibility.class).generate(in),
            status,
            lists(CHECK_INS, 3).generate(in),
            INSTANTS.generate(in),
            INSTANTS.generate(in),
            status.isOpen() ? null : INSTANTS.generate(in),
            status == GoalStatus.ABANDONED ? nullable(TEXT).generate(in) : null);
      };

  // ---------------------------------------------------------------- meetings

  static final Gen<MeetingId> MEETING_IDS = ID_TEXT.map(MeetingId::of);
  static final Gen<MeetingSeriesId> MEETING_SERIES_IDS = ID_TEXT.map(MeetingSeriesId::of);

  /** Positive durations, from a nanosecond to the largest. */
  static final Gen<Duration> POSITIVE_DURATIONS =
      longs()
          .between(0, Long.MAX_VALUE)
          .zip(integers().between(0, 999_999_999), Duration::ofSeconds)
          .assuming(d -> !d.isZero())
          .mix(longs().between(1, 600).map(Duration::ofMinutes), 60);

  static final Gen<Recurrence> RECURRENCES =
      enums(RecurrenceFrequency.class).zip(INTS, Recurrence::new);

  static final Gen<MeetingPlan> MEETING_PLANS =
      in ->
          new MeetingPlan(
              INSTANTS.generate(in),
              DURATIONS.generate(in),
              ZONES.generate(in),
              enums(MeetingMode.class).generate(in),
              TEXT.generate(in),
              TEXT.generate(in),
              nullable(TEXT).generate(in));

  /** Meetings with positive durations, non-empty private notes and ratings of 1 to 5. */
  static final Gen<Meeting> MEETINGS =
      in -> {
        MeetingStatus status = enums(MeetingStatus.class).generate(in);
        return new Meeting(
            MEETING_IDS.generate(in),
            longs().between(0, Long.MAX_VALUE).generate(in),
            PROGRAM_IDS.generate(in),
            PAIR_IDS.generate(in),
            nullable(MEETING_SERIES_IDS).generate(in),
            PARTICIPANT_IDS.generate(in),
            INSTANTS.generate(in),
            POSITIVE_DURATIONS.generate(in),
            ZONES.generate(in),
            enums(MeetingMode.class).generate(in),
            TEXT.generate(in),
            TEXT.generate(in),
            nullable(TEXT).generate(in),
            TEXT.generate(in),
            maps(PARTICIPANT_IDS, textOfLength(1, 12), 3).generate(in),
            maps(PARTICIPANT_IDS, integers().between(1, 5), 3).generate(in),
            status,
            status == MeetingStatus.CANCELLED ? nullable(TEXT).generate(in) : null,
            INSTANTS.generate(in),
            INSTANTS.generate(in));
      };

  // ---------------------------------------------------------------- feedback

  static final Gen<SurveyId> SURVEY_IDS = ID_TEXT.map(SurveyId::of);
  static final Gen<ResponseId> RESPONSE_IDS = ID_TEXT.map(ResponseId::of);

  static final Gen<SurveyQuestion> SURVEY_QUESTIONS =
      in ->
          new SurveyQuestion(
              TEXT.generate(in),
              TEXT.generate(in),
              enums(SurveyQuestionType.class).generate(in),
              lists(TEXT, 3).generate(in),
              booleans().all().generate(in),
              booleans().all().generate(in));

  static final Gen<SurveyDraft> SURVEY_DRAFTS =
      in ->
          new SurveyDraft(
              TEXT.generate(in),
              enums(SurveyCheckpoint.class).generate(in),
              lists(SURVEY_QUESTIONS, 3).generate(in),
              booleans().all().generate(in),
              enums(SurveyAudience.class).generate(in));

  /** Surveys with one to three questions of distinct keys and dates that fit the status. */
  static final Gen<Survey> SURVEYS =
      in -> {
        Map<String, SurveyQuestion> byKey = new LinkedHashMap<>();
        int n = integers().between(1, 3).generate(in);
        for (int i = 0; i < n; i++) {
          SurveyQuestion q = SURVEY_QUESTIONS.generate(in);
          byKey.putIfAbsent(q.key(), q);
        }
        SurveyStatus status = enums(SurveyStatus.class).generate(in);
        return new Survey(
            SURVEY_IDS.generate(in),
            longs().between(0, Long.MAX_VALUE).generate(in),
            PROGRAM_IDS.generate(in),
            TEXT.generate(in),
            enums(SurveyCheckpoint.class).generate(in),
            new ArrayList<>(byKey.values()),
            booleans().all().generate(in),
            enums(SurveyAudience.class).generate(in),
            status,
            INSTANTS.generate(in),
            INSTANTS.generate(in),
            switch (status) {
              case DRAFT -> null;
              case OPEN -> INSTANTS.generate(in);
              case CLOSED -> nullable(INSTANTS).generate(in);
            },
            status == SurveyStatus.CLOSED ? INSTANTS.generate(in) : null);
      };

  static final Gen<SurveyResponse> SURVEY_RESPONSES =
      in ->
          new SurveyResponse(
              RESPONSE_IDS.generate(in),
              longs().between(0, Long.MAX_VALUE).generate(in),
              SURVEY_IDS.generate(in),
              PROGRAM_IDS.generate(in),
              PARTICIPANT_IDS.generate(in),
              nullable(PAIR_IDS).generate(in),
              nullable(ID_TEXT).generate(in),
              maps(TEXT, ANSWERS, 3).generate(in),
              INSTANTS.generate(in));

  /** Counts whose sum stays within an int, as the constructor demands. */
  static final Gen<NetPromoterScore> NET_PROMOTER_SCORES =
      Generate.frequency(
          List.of(
              Pair.of(
                  3,
                  integers()
                      .between(0, Integer.MAX_VALUE / 3)
                      .zip(
                          integers().between(0, Integer.MAX_VALUE / 3),
                          integers().between(0, Integer.MAX_VALUE / 3),
                          NetPromoterScore::new)),
              Pair.of(
                  7,
                  integers()
                      .between(0, 20)
                      .zip(
                          integers().between(0, 20),
                          integers().between(0, 20),
                          NetPromoterScore::new))));

  static final Gen<QuestionSummary.RatingSummary> RATING_SUMMARIES =
      in -> {
        List<Integer> counts = new ArrayList<>();
        int answered = 0;
        for (int i = 0; i < 5; i++) {
          int c = integers().between(0, Integer.MAX_VALUE / 5).generate(in);
          counts.add(c);
          answered += c;
        }
        return new QuestionSummary.RatingSummary(TEXT.generate(in), answered, counts);
      };

  static final Gen<QuestionSummary.NpsSummary> NPS_SUMMARIES =
      TEXT.zip(NET_PROMOTER_SCORES, QuestionSummary.NpsSummary::new);

  /** Choice counts in the random order of their options, which the JSON keeps. */
  static final Gen<QuestionSummary.ChoiceSummary> CHOICE_SUMMARIES =
      TEXT.zip(
          NON_NEGATIVE_INTS, maps(TEXT, NON_NEGATIVE_INTS, 4), QuestionSummary.ChoiceSummary::new);

  static final Gen<QuestionSummary.TextSummary> TEXT_SUMMARIES =
      in -> {
        List<String> texts = lists(TEXT, 3).generate(in);
        int answered = texts.size() + integers().between(0, 1_000).generate(in);
        return new QuestionSummary.TextSummary(TEXT.generate(in), answered, texts);
      };

  static final Gen<QuestionSummary> QUESTION_SUMMARIES =
      Generate.oneOf(
          up(RATING_SUMMARIES), up(NPS_SUMMARIES), up(CHOICE_SUMMARIES), up(TEXT_SUMMARIES));

  static final Gen<SurveySummary> SURVEY_SUMMARIES =
      in -> {
        boolean withheld = booleans().all().generate(in);
        return new SurveySummary(
            SURVEY_IDS.generate(in),
            PROGRAM_IDS.generate(in),
            enums(SurveyCheckpoint.class).generate(in),
            booleans().all().generate(in),
            NON_NEGATIVE_INTS.generate(in),
            withheld,
            withheld ? List.of() : lists(QUESTION_SUMMARIES, 4).generate(in));
      };

  // ---------------------------------------------------------------- knowledge base

  static final Gen<ResourceId> RESOURCE_IDS = ID_TEXT.map(ResourceId::of);

  /** Characters allowed unescaped in a URI path, with an escape and non-ASCII letters. */
  private static final Gen<String> URI_SEGMENTS =
      lists(Generate.pick(List.of("a", "Z", "0", "-", ".", "_", "~", "%20", "%C3%A9", "é", "ß")), 6)
          .map(parts -> String.join("", parts));

  /** Absolute http and https links with a host, as resources need. */
  static final Gen<URI> WEB_LINKS =
      in -> {
        String scheme = Generate.pick(List.of("http", "https", "HTTPS")).generate(in);
        String host =
            Generate.pick(List.of("example.com", "a.b.example", "localhost:8080", "[::1]", "x"))
                .generate(in);
        StringBuilder link = new StringBuilder(scheme).append("://").append(host);
        for (String segment : lists(URI_SEGMENTS, 3).generate(in)) {
          link.append('/').append(segment);
        }
        if (booleans().all().generate(in)) {
          link.append("?q=").append(URI_SEGMENTS.generate(in)).append("&n=1");
        }
        if (booleans().all().generate(in)) {
          link.append('#').append(URI_SEGMENTS.generate(in));
        }
        return URI.create(link.toString());
      };

  /** Any URI, web link or not: relative, opaque, empty. */
  static final Gen<URI> URIS =
      WEB_LINKS.mix(
          Generate.pick(
                  List.of(
                      "",
                      "a/b",
                      "../up",
                      "mailto:ada@example.com",
                      "urn:isbn:0451450523",
                      "ftp://x/y"))
              .map(URI::create),
          30);

  private static Resource resource(RandomnessSource in, Set<String> tags) {
    return new Resource(
        RESOURCE_IDS.generate(in),
        longs().between(0, Long.MAX_VALUE).generate(in),
        PROGRAM_IDS.generate(in),
        TEXT.generate(in),
        WEB_LINKS.generate(in),
        TEXT.generate(in),
        tags,
        enums(ResourceAudience.class).generate(in),
        enumSets(ProgramStatus.class).generate(in),
        INSTANTS.generate(in),
        INSTANTS.generate(in));
  }

  static final Gen<Resource> RESOURCES = in -> resource(in, sets(TEXT, 3).generate(in));

  static final Gen<ResourceDraft> RESOURCE_DRAFTS =
      in ->
          new ResourceDraft(
              TEXT.generate(in),
              URIS.generate(in),
              TEXT.generate(in),
              sets(TEXT, 3).generate(in),
              enums(ResourceAudience.class).generate(in),
              enumSets(ProgramStatus.class).generate(in));

  /** Suggestions whose matched tags are a non-empty subset of the resource's. */
  static final Gen<ResourceSuggestion> RESOURCE_SUGGESTIONS =
      in -> {
        Set<String> tags = sets(TEXT, 3).generate(in);
        tags.add(TEXT.generate(in));
        List<String> all = new ArrayList<>(tags);
        Set<String> matched =
            new LinkedHashSet<>(all.subList(0, integers().between(1, all.size()).generate(in)));
        return new ResourceSuggestion(resource(in, tags), matched);
      };

  // ---------------------------------------------------------------- engine outputs

  static final Gen<SentReminder> SENT_REMINDERS =
      TEXT.zip(PARTICIPANT_IDS, INSTANTS, SentReminder::new);

  static final Gen<ErasureReport> ERASURE_REPORTS =
      in ->
          new ErasureReport(
              PARTICIPANT_IDS.generate(in),
              INTS.generate(in),
              INTS.generate(in),
              INTS.generate(in),
              INTS.generate(in),
              INTS.generate(in),
              INTS.generate(in),
              INTS.generate(in));

  static final Gen<MatchingRun> MATCHING_RUNS =
      TEXT.zip(
          lists(PAIRS, 2),
          maps(PARTICIPANT_IDS, TEXT, 3),
          maps(TEXT, DOUBLES, 3),
          MatchingRun::new);

  static final Gen<ParticipantData> PARTICIPANT_DATA =
      in ->
          new ParticipantData(
              PARTICIPANT_IDS.generate(in),
              lists(ENROLLMENTS, 2).generate(in),
              lists(PAIRS, 2).generate(in),
              lists(PROGRAM_IDS, 3).generate(in),
              lists(SENT_REMINDERS, 3).generate(in),
              lists(GOALS, 2).generate(in),
              lists(MEETINGS, 2).generate(in),
              lists(SURVEY_RESPONSES, 2).generate(in));

  static final Gen<Violation> VIOLATIONS = TEXT.zip(TEXT, TEXT, nullable(TEXT), Violation::new);

  // ---------------------------------------------------------------- messages

  static final Gen<ProgramCreated> PROGRAM_CREATED = PROGRAM_IDS.zip(INSTANTS, ProgramCreated::new);
  static final Gen<ProgramUpdated> PROGRAM_UPDATED = PROGRAM_IDS.zip(INSTANTS, ProgramUpdated::new);
  static final Gen<ProgramStatusChanged> PROGRAM_STATUS_CHANGED =
      PROGRAM_IDS.zip(
          enums(ProgramStatus.class),
          enums(ProgramStatus.class),
          INSTANTS,
          ProgramStatusChanged::new);
  static final Gen<EnrollmentSubmitted> ENROLLMENT_SUBMITTED =
      ENROLLMENT_IDS.zip(
          PROGRAM_IDS,
          PARTICIPANT_IDS,
          enums(EnrollmentRole.class),
          INSTANTS,
          EnrollmentSubmitted::new);
  static final Gen<EnrollmentUpdated> ENROLLMENT_UPDATED =
      ENROLLMENT_IDS.zip(PROGRAM_IDS, PARTICIPANT_IDS, INSTANTS, EnrollmentUpdated::new);
  static final Gen<EnrollmentStatusChanged> ENROLLMENT_STATUS_CHANGED =
      in ->
          new EnrollmentStatusChanged(
              ENROLLMENT_IDS.generate(in),
              PROGRAM_IDS.generate(in),
              PARTICIPANT_IDS.generate(in),
              enums(EnrollmentStatus.class).generate(in),
              enums(EnrollmentStatus.class).generate(in),
              INSTANTS.generate(in));
  static final Gen<PairProposed> PAIR_PROPOSED =
      in ->
          new PairProposed(
              PAIR_IDS.generate(in),
              PROGRAM_IDS.generate(in),
              PARTICIPANT_IDS.generate(in),
              PARTICIPANT_IDS.generate(in),
              enums(PairOrigin.class).generate(in),
              INTS.generate(in),
              INSTANTS.generate(in));
  static final Gen<PairApproved> PAIR_APPROVED =
      PAIR_IDS.zip(PROGRAM_IDS, enums(ApprovalSide.class), INSTANTS, PairApproved::new);
  static final Gen<PairStatusChanged> PAIR_STATUS_CHANGED =
      PAIR_IDS.zip(
          PROGRAM_IDS,
          enums(PairStatus.class),
          enums(PairStatus.class),
          INSTANTS,
          PairStatusChanged::new);
  static final Gen<ParticipantErased> PARTICIPANT_ERASED =
      PARTICIPANT_IDS.zip(PARTICIPANT_IDS, INSTANTS, ParticipantErased::new);

  static final Gen<GoalCreated> GOAL_CREATED =
      GOAL_IDS.zip(PROGRAM_IDS, PAIR_IDS, PARTICIPANT_IDS, INSTANTS, GoalCreated::new);
  static final Gen<GoalUpdated> GOAL_UPDATED =
      GOAL_IDS.zip(PROGRAM_IDS, PAIR_IDS, INTS, INSTANTS, GoalUpdated::new);
  static final Gen<GoalStatusChanged> GOAL_STATUS_CHANGED =
      in ->
          new GoalStatusChanged(
              GOAL_IDS.generate(in),
              PROGRAM_IDS.generate(in),
              PAIR_IDS.generate(in),
              enums(GoalStatus.class).generate(in),
              enums(GoalStatus.class).generate(in),
              INSTANTS.generate(in));
  static final Gen<MeetingScheduled> MEETING_SCHEDULED =
      in ->
          new MeetingScheduled(
              MEETING_IDS.generate(in),
              PROGRAM_IDS.generate(in),
              PAIR_IDS.generate(in),
              nullable(MEETING_SERIES_IDS).generate(in),
              INSTANTS.generate(in),
              INSTANTS.generate(in));
  static final Gen<MeetingLogged> MEETING_LOGGED =
      MEETING_IDS.zip(PROGRAM_IDS, PAIR_IDS, INSTANTS, INSTANTS, MeetingLogged::new);
  static final Gen<MeetingRescheduled> MEETING_RESCHEDULED =
      in ->
          new MeetingRescheduled(
              MEETING_IDS.generate(in),
              PROGRAM_IDS.generate(in),
              PAIR_IDS.generate(in),
              INSTANTS.generate(in),
              INSTANTS.generate(in),
              INSTANTS.generate(in));
  static final Gen<MeetingStatusChanged> MEETING_STATUS_CHANGED =
      in ->
          new MeetingStatusChanged(
              MEETING_IDS.generate(in),
              PROGRAM_IDS.generate(in),
              PAIR_IDS.generate(in),
              enums(MeetingStatus.class).generate(in),
              enums(MeetingStatus.class).generate(in),
              INSTANTS.generate(in));
  static final Gen<MeetingNotesUpdated> MEETING_NOTES_UPDATED =
      MEETING_IDS.zip(PROGRAM_IDS, PAIR_IDS, INSTANTS, MeetingNotesUpdated::new);
  static final Gen<MeetingRated> MEETING_RATED =
      in ->
          new MeetingRated(
              MEETING_IDS.generate(in),
              PROGRAM_IDS.generate(in),
              PAIR_IDS.generate(in),
              PARTICIPANT_IDS.generate(in),
              INTS.generate(in),
              INSTANTS.generate(in));
  static final Gen<SurveyCreated> SURVEY_CREATED =
      SURVEY_IDS.zip(PROGRAM_IDS, enums(SurveyCheckpoint.class), INSTANTS, SurveyCreated::new);
  static final Gen<SurveyRevised> SURVEY_REVISED =
      SURVEY_IDS.zip(PROGRAM_IDS, INSTANTS, SurveyRevised::new);
  static final Gen<SurveyStatusChanged> SURVEY_STATUS_CHANGED =
      SURVEY_IDS.zip(
          PROGRAM_IDS,
          enums(SurveyStatus.class),
          enums(SurveyStatus.class),
          INSTANTS,
          SurveyStatusChanged::new);
  static final Gen<SurveyResponseSubmitted> SURVEY_RESPONSE_SUBMITTED =
      in ->
          new SurveyResponseSubmitted(
              RESPONSE_IDS.generate(in),
              SURVEY_IDS.generate(in),
              PROGRAM_IDS.generate(in),
              nullable(PARTICIPANT_IDS).generate(in),
              nullable(PAIR_IDS).generate(in),
              INSTANTS.generate(in));
  static final Gen<ResourceAdded> RESOURCE_ADDED =
      RESOURCE_IDS.zip(PROGRAM_IDS, INSTANTS, ResourceAdded::new);
  static final Gen<ResourceRevised> RESOURCE_REVISED =
      RESOURCE_IDS.zip(PROGRAM_IDS, INSTANTS, ResourceRevised::new);
  static final Gen<ResourceRemoved> RESOURCE_REMOVED =
      RESOURCE_IDS.zip(PROGRAM_IDS, INSTANTS, ResourceRemoved::new);

  static final Gen<MentoringEvent> EVENTS =
      Generate.oneOf(
          up(PROGRAM_CREATED),
          up(PROGRAM_UPDATED),
          up(PROGRAM_STATUS_CHANGED),
          up(ENROLLMENT_SUBMITTED),
          up(ENROLLMENT_UPDATED),
          up(ENROLLMENT_STATUS_CHANGED),
          up(PAIR_PROPOSED),
          up(PAIR_APPROVED),
          up(PAIR_STATUS_CHANGED),
          up(PARTICIPANT_ERASED),
          up(GOAL_CREATED),
          up(GOAL_UPDATED),
          up(GOAL_STATUS_CHANGED),
          up(MEETING_SCHEDULED),
          up(MEETING_LOGGED),
          up(MEETING_RESCHEDULED),
          up(MEETING_STATUS_CHANGED),
          up(MEETING_NOTES_UPDATED),
          up(MEETING_RATED),
          up(SURVEY_CREATED),
          up(SURVEY_REVISED),
          up(SURVEY_STATUS_CHANGED),
          up(SURVEY_RESPONSE_SUBMITTED),
          up(RESOURCE_ADDED),
          up(RESOURCE_REVISED),
          up(RESOURCE_REMOVED));

  static final Gen<MatchProposed> MATCH_PROPOSED =
      PARTICIPANT_IDS.zip(PROGRAM_IDS, PAIR_IDS, INSTANTS, MatchProposed::new);
  static final Gen<MatchConfirmed> MATCH_CONFIRMED =
      PARTICIPANT_IDS.zip(PROGRAM_IDS, PAIR_IDS, INSTANTS, MatchConfirmed::new);
  static final Gen<ProposalAwaitingAnswer> PROPOSAL_AWAITING_ANSWER =
      PARTICIPANT_IDS.zip(PROGRAM_IDS, PAIR_IDS, INSTANTS, INSTANTS, ProposalAwaitingAnswer::new);
  static final Gen<ProposalExpiring> PROPOSAL_EXPIRING =
      PARTICIPANT_IDS.zip(PROGRAM_IDS, PAIR_IDS, INSTANTS, INSTANTS, ProposalExpiring::new);
  static final Gen<EnrollmentDecided> ENROLLMENT_DECIDED =
      PARTICIPANT_IDS.zip(
          PROGRAM_IDS,
          ENROLLMENT_IDS,
          enums(EnrollmentStatus.class),
          INSTANTS,
          EnrollmentDecided::new);
  static final Gen<ProgramPhaseChanged> PROGRAM_PHASE_CHANGED =
      PARTICIPANT_IDS.zip(
          PROGRAM_IDS,
          enums(ProgramStatus.class),
          enums(ProgramStatus.class),
          INSTANTS,
          ProgramPhaseChanged::new);

  static final Gen<MeetingInvitation> MEETING_INVITATION =
      in ->
          new MeetingInvitation(
              PARTICIPANT_IDS.generate(in),
              PROGRAM_IDS.generate(in),
              PAIR_IDS.generate(in),
              MEETING_IDS.generate(in),
              nullable(MEETING_SERIES_IDS).generate(in),
              INSTANTS.generate(in),
              INSTANTS.generate(in));
  static final Gen<MeetingMoved> MEETING_MOVED =
      in ->
          new MeetingMoved(
              PARTICIPANT_IDS.generate(in),
              PROGRAM_IDS.generate(in),
              PAIR_IDS.generate(in),
              MEETING_IDS.generate(in),
              INSTANTS.generate(in),
              INSTANTS.generate(in),
              INSTANTS.generate(in));
  static final Gen<MeetingCancelled> MEETING_CANCELLED =
      in ->
          new MeetingCancelled(
              PARTICIPANT_IDS.generate(in),
              PROGRAM_IDS.generate(in),
              PAIR_IDS.generate(in),
              MEETING_IDS.generate(in),
              INSTANTS.generate(in),
              INSTANTS.generate(in));
  static final Gen<PoorFitReported> POOR_FIT_REPORTED =
      in ->
          new PoorFitReported(
              PARTICIPANT_IDS.generate(in),
              PROGRAM_IDS.generate(in),
              PAIR_IDS.generate(in),
              SURVEY_IDS.generate(in),
              PARTICIPANT_IDS.generate(in),
              INSTANTS.generate(in));
  static final Gen<MeetingReminder> MEETING_REMINDER =
      in ->
          new MeetingReminder(
              PARTICIPANT_IDS.generate(in),
              PROGRAM_IDS.generate(in),
              PAIR_IDS.generate(in),
              MEETING_IDS.generate(in),
              INSTANTS.generate(in),
              INSTANTS.generate(in));
  static final Gen<MeetingFollowUp> MEETING_FOLLOW_UP =
      in ->
          new MeetingFollowUp(
              PARTICIPANT_IDS.generate(in),
              PROGRAM_IDS.generate(in),
              PAIR_IDS.generate(in),
              MEETING_IDS.generate(in),
              INSTANTS.generate(in),
              INSTANTS.generate(in),
              INSTANTS.generate(in));
  static final Gen<InactivityNudge> INACTIVITY_NUDGE =
      PARTICIPANT_IDS.zip(PROGRAM_IDS, PAIR_IDS, INSTANTS, INSTANTS, InactivityNudge::new);
  static final Gen<InactivityEscalation> INACTIVITY_ESCALATION =
      PARTICIPANT_IDS.zip(PROGRAM_IDS, PAIR_IDS, INSTANTS, INSTANTS, InactivityEscalation::new);
  static final Gen<GoalDue> GOAL_DUE =
      in ->
          new GoalDue(
              PARTICIPANT_IDS.generate(in),
              PROGRAM_IDS.generate(in),
              PAIR_IDS.generate(in),
              GOAL_IDS.generate(in),
              DATES.generate(in),
              INSTANTS.generate(in));
  static final Gen<MilestoneDue> MILESTONE_DUE =
      in ->
          new MilestoneDue(
              PARTICIPANT_IDS.generate(in),
              PROGRAM_IDS.generate(in),
              PAIR_IDS.generate(in),
              GOAL_IDS.generate(in),
              TEXT.generate(in),
              DATES.generate(in),
              INSTANTS.generate(in));
  static final Gen<SurveyInvitation> SURVEY_INVITATION =
      in ->
          new SurveyInvitation(
              PARTICIPANT_IDS.generate(in),
              PROGRAM_IDS.generate(in),
              SURVEY_IDS.generate(in),
              enums(SurveyCheckpoint.class).generate(in),
              PAIR_IDS.generate(in),
              nullable(TEXT).generate(in),
              INSTANTS.generate(in));
  static final Gen<SurveyReminder> SURVEY_REMINDER =
      in ->
          new SurveyReminder(
              PARTICIPANT_IDS.generate(in),
              PROGRAM_IDS.generate(in),
              SURVEY_IDS.generate(in),
              enums(SurveyCheckpoint.class).generate(in),
              PAIR_IDS.generate(in),
              nullable(TEXT).generate(in),
              INSTANTS.generate(in),
              INSTANTS.generate(in));

  static final Gen<Notification> NOTIFICATIONS =
      Generate.oneOf(
          up(MATCH_PROPOSED),
          up(MATCH_CONFIRMED),
          up(PROPOSAL_AWAITING_ANSWER),
          up(PROPOSAL_EXPIRING),
          up(ENROLLMENT_DECIDED),
          up(PROGRAM_PHASE_CHANGED),
          up(MEETING_INVITATION),
          up(MEETING_MOVED),
          up(MEETING_CANCELLED),
          up(POOR_FIT_REPORTED),
          up(MEETING_REMINDER),
          up(MEETING_FOLLOW_UP),
          up(INACTIVITY_NUDGE),
          up(INACTIVITY_ESCALATION),
          up(GOAL_DUE),
          up(MILESTONE_DUE),
          up(SURVEY_INVITATION),
          up(SURVEY_REMINDER));

  static final Gen<Actor.Participant> PARTICIPANT_ACTORS =
      PARTICIPANT_IDS.map(Actor.Participant::new);
  static final Gen<Actor> ACTORS =
      Generate.oneOf(up(PARTICIPANT_ACTORS), Generate.constant(Actor.system()));

  // ---------------------------------------------------------------- matching

  static final Gen<Exclusion> EXCLUSIONS = TEXT.zip(TEXT, Exclusion::new);

  static final Gen<PairExplanation> PAIR_EXPLANATIONS =
      in -> {
        List<Exclusion> excludedBy = lists(EXCLUSIONS, 2).generate(in);
        boolean candidate = excludedBy.isEmpty() && booleans().all().generate(in);
        return new PairExplanation(
            PARTICIPANT_IDS.generate(in),
            PARTICIPANT_IDS.generate(in),
            EXPLANATIONS.generate(in),
            excludedBy,
            candidate);
      };

  static final Gen<Recommendation> RECOMMENDATIONS =
      PARTICIPANT_IDS.zip(
          integers().between(1, Integer.MAX_VALUE), INTS, EXPLANATIONS, Recommendation::new);

  static final Gen<SegmentSummary> SEGMENT_SUMMARIES =
      in -> {
        int mentees = NON_NEGATIVE_INTS.generate(in);
        int matched = integers().between(0, mentees).generate(in);
        return new SegmentSummary(TEXT.generate(in), mentees, matched, DOUBLES.generate(in));
      };

  static final Gen<FeasibilityReport> FEASIBILITY_REPORTS =
      in ->
          new FeasibilityReport(
              INTS.generate(in),
              INTS.generate(in),
              LONGS.generate(in),
              LONGS.generate(in),
              LONGS.generate(in),
              maps(PARTICIPANT_IDS, TEXT, 3).generate(in),
              lists(PARTICIPANT_IDS, 3).generate(in));

  static final Gen<MatchingEvaluation> MATCHING_EVALUATIONS =
      in ->
          new MatchingEvaluation(
              INTS.generate(in),
              INTS.generate(in),
              INTS.generate(in),
              INTS.generate(in),
              LONGS.generate(in),
              DOUBLES.generate(in),
              DOUBLES.generate(in),
              INTS.generate(in),
              LONGS.generate(in),
              DOUBLES.generate(in),
              DOUBLES.generate(in),
              maps(INTS, INTS, 3).generate(in),
              maps(TEXT, SEGMENT_SUMMARIES, 2).generate(in));

  // ---------------------------------------------------------------- catalogue

  @SuppressWarnings("unchecked") // Gen is covariant in use: it only produces values
  private static <T> Gen<T> up(Gen<? extends T> gen) {
    return (Gen<T>) gen;
  }

  // ---------------------------------------------------------------- reports

  private static final Gen<Long> COUNTS = longs().between(0, Long.MAX_VALUE);

  /** Any ratio: two counts, the numerator not above the denominator but for {@link #RATIOS}. */
  static final Gen<Ratio> SHARES =
      COUNTS
          .zip(COUNTS, (a, b) -> Ratio.of(Math.min(a, b), Math.max(a, b)))
          .mix(Generate.constant(Ratio.none()), 10);

  static final Gen<Ratio> RATIOS =
      COUNTS.zip(COUNTS, (a, b) -> Ratio.of(a, a == 0 ? 0 : b == 0 ? 1 : b)).mix(SHARES, 50);

  static final Gen<HealthReason> HEALTH_REASONS =
      enums(HealthSignal.class).zip(ID_TEXT, HealthReason::new);

  /** Instants a year around 2026, so that the health's instants can be ordered. */
  private static final Gen<Instant> NEAR_INSTANTS =
      longs()
          .between(1_750_000_000L, 1_800_000_000L)
          .zip(integers().between(0, 999_999_999), (s, n) -> Instant.ofEpochSecond(s, n % 2 * n));

  /** Reasons of distinct signals in declaration order, and a status that is their worst. */
  static final Gen<PairHealth> PAIR_HEALTHS =
      in -> {
        List<HealthReason> reasons = new ArrayList<>();
        HealthStatus status = HealthStatus.HEALTHY;
        for (HealthSignal signal : HealthSignal.values()) {
          if (integers().between(0, 3).generate(in) == 0) {
            reasons.add(new HealthReason(signal, ID_TEXT.generate(in)));
            status = signal.status().isWorseThan(status) ? signal.status() : status;
          }
        }
        Instant startedAt = NEAR_INSTANTS.generate(in);
        Instant at = startedAt.plusMillis(longs().between(0, 400L * 86_400_000).generate(in));
        Instant lastActivityAt =
            startedAt.plusMillis(
                longs().between(0, Duration.between(startedAt, at).toMillis()).generate(in));
        int goals = integers().between(0, 20).generate(in);
        int recentRatings = integers().between(0, 6).generate(in);
        return new PairHealth(
            PAIR_IDS.generate(in),
            PROGRAM_IDS.generate(in),
            PARTICIPANT_IDS.generate(in),
            PARTICIPANT_IDS.generate(in),
            at,
            booleans().all().generate(in) ? PairStatus.ACTIVE : PairStatus.PAUSED,
            status,
            reasons,
            startedAt,
            NON_NEGATIVE_INTS.generate(in),
            NON_NEGATIVE_INTS.generate(in),
            nullable(Generate.constant(at.minusSeconds(86_400))).generate(in),
            longs().between(0, Long.MAX_VALUE).generate(in),
            lastActivityAt,
            goals,
            goals == 0 ? 0 : integers().between(0, 800).generate(in) / 8.0,
            recentRatings,
            recentRatings == 0 ? 0 : integers().between(8, 40).generate(in) / 8.0,
            booleans().all().generate(in));
      };

  static final Gen<SurveyResponseRate> SURVEY_RESPONSE_RATES =
      in -> {
        Ratio rate = SHARES.generate(in);
        SurveyStatus status = enums(SurveyStatus.class).generate(in);
        return new SurveyResponseRate(
            SURVEY_IDS.generate(in),
            enums(SurveyCheckpoint.class).generate(in),
            booleans().all().generate(in),
            status == SurveyStatus.DRAFT ? SurveyStatus.OPEN : status,
            (int) Math.min(Integer.MAX_VALUE, rate.numerator()),
            rate.numerator() > Integer.MAX_VALUE ? Ratio.none() : rate);
      };

  private static final Gen<Integer> SMALL_COUNTS = integers().between(0, 1_000);

  /** A program report of one program at one instant, its counts consistent with each other. */
  static ProgramReport programReport(ProgramId programId, Instant at, RandomnessSource in) {
    Map<EnrollmentRole, Map<EnrollmentStatus, Integer>> enrollments = new HashMap<>();
    for (EnrollmentRole role : EnrollmentRole.values()) {
      enrollments.put(role, maps(enums(EnrollmentStatus.class), SMALL_COUNTS, 4).generate(in));
    }
    Map<PairStatus, Integer> pairs = maps(enums(PairStatus.class), SMALL_COUNTS, 5).generate(in);
    int running =
        pairs.getOrDefault(PairStatus.ACTIVE, 0) + pairs.getOrDefault(PairStatus.PAUSED, 0);
    Map<HealthStatus, Integer> health = new HashMap<>();
    int left = running;
    for (HealthStatus s : HealthStatus.values()) {
      int n = s == HealthStatus.INACTIVE ? left : Math.min(SMALL_COUNTS.generate(in), left);
      health.put(s, n);
      left -= n;
    }
    Ratio matchRate = SHARES.generate(in);
    Ratio meetingsPerPair = RATIOS.generate(in);
    return new ProgramReport(
        programId,
        at,
        enrollments,
        matchRate,
        matchRate.numerator() == 0
            ? null
            : nullable(POSITIVE_DURATIONS.mix(Generate.constant(Duration.ZERO), 10)).generate(in),
        SHARES.generate(in),
        pairs,
        health,
        maps(enums(MeetingStatus.class), SMALL_COUNTS, 4).generate(in),
        meetingsPerPair,
        meetingsPerPair.denominator() == 0 ? 0 : integers().between(0, 400).generate(in) / 2.0,
        SHARES.generate(in),
        RATIOS.generate(in),
        NET_PROMOTER_SCORES.generate(in),
        lists(SURVEY_RESPONSE_RATES, 3).generate(in));
  }

  static final Gen<ProgramReport> PROGRAM_REPORTS =
      in -> programReport(PROGRAM_IDS.generate(in), INSTANTS.generate(in), in);

  static final Gen<SegmentedReport.Segment> SEGMENTS =
      TEXT.zip(PROGRAM_REPORTS, SegmentedReport.Segment::new);

  /** The segments' reports share the overall report's program and instant; values distinct. */
  static final Gen<SegmentedReport> SEGMENTED_REPORTS =
      in -> {
        ProgramId programId = PROGRAM_IDS.generate(in);
        Instant at = INSTANTS.generate(in);
        Map<String, SegmentedReport.Segment> segments = new LinkedHashMap<>();
        int n = integers().between(0, 3).generate(in);
        for (int i = 0; i < n; i++) {
          String value = TEXT.generate(in);
          segments.putIfAbsent(
              value, new SegmentedReport.Segment(value, programReport(programId, at, in)));
        }
        return new SegmentedReport(
            programId,
            at,
            TEXT.generate(in),
            programReport(programId, at, in),
            new ArrayList<>(segments.values()));
      };

  private static <T> Family<T> family(Class<T> type, Gen<T> gen) {
    return new Family<>(type, gen);
  }

  private static <E extends Enum<E>> Family<E> enumFamily(Class<E> type) {
    return new Family<>(type, enums(type));
  }

  /**
   * Returns a generator for every covered class.
   *
   * @return the families, ids and enums first
   */
  public static List<Family<?>> all() {
    return List.of(
        family(ProgramId.class, PROGRAM_IDS),
        family(ParticipantId.class, PARTICIPANT_IDS),
        family(EnrollmentId.class, ENROLLMENT_IDS),
        family(PairId.class, PAIR_IDS),
        enumFamily(ApprovalSide.class),
        enumFamily(EnrollmentRole.class),
        enumFamily(MatchingMode.class),
        enumFamily(ProgramFormat.class),
        enumFamily(ProgramStatus.class),
        enumFamily(QuestionType.class),
        enumFamily(Consent.class),
        enumFamily(DepartmentPreference.class),
        enumFamily(EnrollmentStatus.class),
        enumFamily(ExitReason.class),
        enumFamily(PairOrigin.class),
        enumFamily(PairStatus.class),
        enumFamily(StoreFeature.class),
        family(Schedule.class, SCHEDULES),
        family(MeetingCadence.class, DURATIONS.map(MeetingCadence::new)),
        family(Question.class, QUESTIONS),
        family(EnrollmentForm.class, lists(QUESTIONS, 3).map(EnrollmentForm::new)),
        family(MatchingPolicy.class, POLICIES),
        family(ReminderPolicy.class, REMINDER_POLICIES),
        family(ProgramSpec.class, SPECS),
        family(Program.class, PROGRAMS),
        family(Skill.class, SKILLS),
        family(Availability.class, AVAILABILITIES),
        family(Preferences.class, PREFERENCES),
        family(Profile.class, PROFILES),
        family(Answer.class, ANSWERS),
        family(Answer.TextAnswer.class, TEXT_ANSWERS),
        family(Answer.NumberAnswer.class, NUMBER_ANSWERS),
        family(Answer.ChoiceAnswer.class, CHOICE_ANSWERS),
        family(Answer.YesNoAnswer.class, YES_NO_ANSWERS),
        family(Enrollment.class, ENROLLMENTS),
        family(Application.class, APPLICATIONS),
        family(Contribution.class, CONTRIBUTIONS),
        family(Explanation.class, EXPLANATIONS),
        family(PairExit.class, EXITS),
        family(dev.mentoring.core.pairing.Pair.class, PAIRS),
        family(CandidatePair.class, CANDIDATE_PAIRS),
        family(Proposal.class, PROPOSALS),
        family(MatchingResult.class, MATCHING_RESULTS),
        family(MatchingProblem.class, MATCHING_PROBLEMS),
        family(SentReminder.class, SENT_REMINDERS),
        family(ErasureReport.class, ERASURE_REPORTS),
        family(MatchingRun.class, MATCHING_RUNS),
        family(ParticipantData.class, PARTICIPANT_DATA),
        family(Violation.class, VIOLATIONS),
        family(MentoringEvent.class, EVENTS),
        family(ProgramCreated.class, PROGRAM_CREATED),
        family(ProgramUpdated.class, PROGRAM_UPDATED),
        family(ProgramStatusChanged.class, PROGRAM_STATUS_CHANGED),
        family(EnrollmentSubmitted.class, ENROLLMENT_SUBMITTED),
        family(EnrollmentUpdated.class, ENROLLMENT_UPDATED),
        family(EnrollmentStatusChanged.class, ENROLLMENT_STATUS_CHANGED),
        family(PairProposed.class, PAIR_PROPOSED),
        family(PairApproved.class, PAIR_APPROVED),
        family(PairStatusChanged.class, PAIR_STATUS_CHANGED),
        family(ParticipantErased.class, PARTICIPANT_ERASED),
        family(Notification.class, NOTIFICATIONS),
        family(MatchProposed.class, MATCH_PROPOSED),
        family(MatchConfirmed.class, MATCH_CONFIRMED),
        family(ProposalAwaitingAnswer.class, PROPOSAL_AWAITING_ANSWER),
        family(ProposalExpiring.class, PROPOSAL_EXPIRING),
        family(EnrollmentDecided.class, ENROLLMENT_DECIDED),
        family(ProgramPhaseChanged.class, PROGRAM_PHASE_CHANGED),
        family(Actor.class, ACTORS),
        family(Actor.Participant.class, PARTICIPANT_ACTORS),
        family(Actor.SystemActor.class, Generate.constant(new Actor.SystemActor())),
        family(Exclusion.class, EXCLUSIONS),
        family(PairExplanation.class, PAIR_EXPLANATIONS),
        family(Recommendation.class, RECOMMENDATIONS),
        family(SegmentSummary.class, SEGMENT_SUMMARIES),
        family(FeasibilityReport.class, FEASIBILITY_REPORTS),
        family(MatchingEvaluation.class, MATCHING_EVALUATIONS),
        // goals
        family(GoalId.class, GOAL_IDS),
        enumFamily(GoalStatus.class),
        enumFamily(GoalVisibility.class),
        enumFamily(ProgressMode.class),
        family(Milestone.class, MILESTONES),
        family(CheckIn.class, CHECK_INS),
        family(MilestoneDraft.class, MILESTONE_DRAFTS),
        family(GoalDraft.class, GOAL_DRAFTS),
        family(Goal.class, GOALS),
        // meetings
        family(MeetingId.class, MEETING_IDS),
        family(MeetingSeriesId.class, MEETING_SERIES_IDS),
        enumFamily(MeetingMode.class),
        enumFamily(MeetingStatus.class),
        enumFamily(RecurrenceFrequency.class),
        family(Recurrence.class, RECURRENCES),
        family(MeetingPlan.class, MEETING_PLANS),
        family(Meeting.class, MEETINGS),
        // feedback
        family(SurveyId.class, SURVEY_IDS),
        family(ResponseId.class, RESPONSE_IDS),
        enumFamily(SurveyAudience.class),
        enumFamily(SurveyCheckpoint.class),
        enumFamily(SurveyQuestionType.class),
        enumFamily(SurveyStatus.class),
        family(SurveyQuestion.class, SURVEY_QUESTIONS),
        family(SurveyDraft.class, SURVEY_DRAFTS),
        family(Survey.class, SURVEYS),
        family(SurveyResponse.class, SURVEY_RESPONSES),
        family(NetPromoterScore.class, NET_PROMOTER_SCORES),
        family(QuestionSummary.class, QUESTION_SUMMARIES),
        family(QuestionSummary.RatingSummary.class, RATING_SUMMARIES),
        family(QuestionSummary.NpsSummary.class, NPS_SUMMARIES),
        family(QuestionSummary.ChoiceSummary.class, CHOICE_SUMMARIES),
        family(QuestionSummary.TextSummary.class, TEXT_SUMMARIES),
        family(SurveySummary.class, SURVEY_SUMMARIES),
        // knowledge base
        family(ResourceId.class, RESOURCE_IDS),
        enumFamily(ResourceAudience.class),
        family(ResourceDraft.class, RESOURCE_DRAFTS),
        family(Resource.class, RESOURCES),
        family(ResourceSuggestion.class, RESOURCE_SUGGESTIONS),
        // new events and notifications
        family(GoalCreated.class, GOAL_CREATED),
        family(GoalUpdated.class, GOAL_UPDATED),
        family(GoalStatusChanged.class, GOAL_STATUS_CHANGED),
        family(MeetingScheduled.class, MEETING_SCHEDULED),
        family(MeetingLogged.class, MEETING_LOGGED),
        family(MeetingRescheduled.class, MEETING_RESCHEDULED),
        family(MeetingStatusChanged.class, MEETING_STATUS_CHANGED),
        family(MeetingNotesUpdated.class, MEETING_NOTES_UPDATED),
        family(MeetingRated.class, MEETING_RATED),
        family(SurveyCreated.class, SURVEY_CREATED),
        family(SurveyRevised.class, SURVEY_REVISED),
        family(SurveyStatusChanged.class, SURVEY_STATUS_CHANGED),
        family(SurveyResponseSubmitted.class, SURVEY_RESPONSE_SUBMITTED),
        family(ResourceAdded.class, RESOURCE_ADDED),
        family(ResourceRevised.class, RESOURCE_REVISED),
        family(ResourceRemoved.class, RESOURCE_REMOVED),
        family(MeetingInvitation.class, MEETING_INVITATION),
        family(MeetingMoved.class, MEETING_MOVED),
        family(MeetingCancelled.class, MEETING_CANCELLED),
        family(PoorFitReported.class, POOR_FIT_REPORTED),
        // reminders of meetings, inactivity, goals and surveys
        family(MeetingReminder.class, MEETING_REMINDER),
        family(MeetingFollowUp.class, MEETING_FOLLOW_UP),
        family(InactivityNudge.class, INACTIVITY_NUDGE),
        family(InactivityEscalation.class, INACTIVITY_ESCALATION),
        family(GoalDue.class, GOAL_DUE),
        family(MilestoneDue.class, MILESTONE_DUE),
        family(SurveyInvitation.class, SURVEY_INVITATION),
        family(SurveyReminder.class, SURVEY_REMINDER),
        // program health and reports
        family(HealthPolicy.class, HEALTH_POLICIES),
        enumFamily(HealthStatus.class),
        enumFamily(HealthSignal.class),
        family(Ratio.class, RATIOS),
        family(HealthReason.class, HEALTH_REASONS),
        family(PairHealth.class, PAIR_HEALTHS),
        family(SurveyResponseRate.class, SURVEY_RESPONSE_RATES),
        family(ProgramReport.class, PROGRAM_REPORTS),
        family(SegmentedReport.Segment.class, SEGMENTS),
        family(SegmentedReport.class, SEGMENTED_REPORTS));
  }

  /**
   * Returns the generator of one class.
   *
   * @param type a covered class
   * @param <T> its type
   * @return the generator
   * @throws IllegalArgumentException if the class has none
   */
  @SuppressWarnings("unchecked") // each family pairs a class with a generator of that class
  public static <T> Gen<T> of(Class<T> type) {
    for (Family<?> f : all()) {
      if (f.type() == type) {
        return (Gen<T>) f.gen();
      }
    }
    throw new IllegalArgumentException("no generator for " + type.getName());
  }
}
