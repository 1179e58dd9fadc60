package dev.mentoring.testkit.generate;

import static dev.mentoring.testkit.generate.Draws.absent;
import static dev.mentoring.testkit.generate.Draws.after;
import static dev.mentoring.testkit.generate.Draws.between;
import static dev.mentoring.testkit.generate.Draws.inner;
import static dev.mentoring.testkit.generate.Draws.length;
import static dev.mentoring.testkit.generate.Draws.pick;
import static dev.mentoring.testkit.generate.Draws.rarely;
import static java.util.Objects.requireNonNull;

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
import dev.mentoring.core.feedback.Survey;
import dev.mentoring.core.feedback.SurveyResponse;
import dev.mentoring.core.goal.Goal;
import dev.mentoring.core.meeting.Meeting;
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
import dev.mentoring.core.spi.SentReminder;
import dev.mentoring.matching.MatchingStrategies;
import dev.mentoring.matching.scoring.Criteria;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.random.RandomGenerator;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * Seeded generators for the public value types of {@code mentoring-core}: ids, profiles and
 * answers, program settings, programs, applications, enrollments, pairs and the records of matching
 * runs and privacy requests. Goals, meetings, surveys and the knowledge base are in {@link
 * ActivityGenerators}, events and notifications in {@link EventGenerators}, the values of matching
 * strategies and their evaluation in {@link MatchingGenerators}, whole programs driven through the
 * engine in {@link ProgramScenarios}.
 *
 * <pre>{@code
 * Generator<Pair> pairs = DomainGenerators.pairs();
 * Pair pair = pairs.generate(seed, 10);               // the same pair for the same seed
 * assertThat(store.insert(pair).version()).isEqualTo(1);
 * }</pre>
 *
 * <p>Every value is valid: it passes its record's constructor and, for input records, the engine's
 * checks (Jakarta constraints and the rules that span components, such as distinct skills, dates in
 * order and answers that fit the form). Values that carry a lifecycle (programs, enrollments,
 * pairs) are built by the lifecycle's own verbs, so their statuses, dates, approvals and exits are
 * consistent. Edge cases come with a fair probability: empty collections (always at size 0), absent
 * optional fields, empty strings where allowed, bounds of lengths and ranges, versions 0 and {@code
 * Long.MAX_VALUE}, instants with nanoseconds, and texts with quotes, control characters and
 * supplementary characters. Draws of zero, towards which a shrinking engine pushes, give the
 * simplest choices: absent optional fields, lower bounds, first options.
 *
 * <p>The generators are stateless and thread-safe.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class DomainGenerators {

  private static final Duration HOUR = Duration.ofHours(1);
  private static final Duration DAY = Duration.ofDays(1);
  private static final Duration NINETY_DAYS = Duration.ofDays(90);

  /** The longest inactivity nudge or escalation a reminder policy allows. */
  private static final Duration INACTIVITY_MAX = Duration.ofDays(366);

  private DomainGenerators() {}

  // ------------------------------------------------------------------------ ids and small values

  /**
   * Returns program ids: mostly {@code program-n}, sometimes one character, 200 characters, a UUID
   * or awkward text.
   *
   * @return the generator
   */
  public static Generator<ProgramId> programIds() {
    return Draws.generator(DomainGenerators::programId);
  }

  /**
   * Returns participant ids, shaped as {@link #programIds()}.
   *
   * @return the generator
   */
  public static Generator<ParticipantId> participantIds() {
    return Draws.generator(DomainGenerators::participantId);
  }

  /**
   * Returns enrollment ids, shaped as {@link #programIds()}.
   *
   * @return the generator
   */
  public static Generator<EnrollmentId> enrollmentIds() {
    return Draws.generator(DomainGenerators::enrollmentId);
  }

  /**
   * Returns pair ids, shaped as {@link #programIds()}.
   *
   * @return the generator
   */
  public static Generator<PairId> pairIds() {
    return Draws.generator(DomainGenerators::pairId);
  }

  /**
   * Returns actors: mostly participants, sometimes the system actor.
   *
   * @return the generator
   */
  public static Generator<Actor> actors() {
    return Draws.generator(
        (r, size) -> rarely(r, 4) ? Actor.system() : Actor.participant(participantId(r, size)));
  }

  /**
   * Returns input violations, with and without an echoed value.
   *
   * @return the generator
   */
  public static Generator<Violation> violations() {
    return Draws.generator(
        (r, size) ->
            new Violation(
                pick(r, List.of("name", "profile.skillsOffered[0].level", "answers[team]", "")),
                pick(r, List.of("NotBlank", "Max", "Size", "FormAnswer", "Unique")),
                Draws.text(r, size, 200),
                Draws.optionalText(r, size, 100)));
  }

  /**
   * Returns the constants of an enum, uniformly; use it for {@link Consent}, {@link ExitReason},
   * {@link PairStatus} and the other enums of the domain.
   *
   * @param type the enum
   * @param <E> the enum type
   * @return the generator
   * @throws NullPointerException if {@code type} is null
   * @throws IllegalArgumentException if the enum has no constants
   */
  public static <E extends Enum<E>> Generator<E> constants(Class<E> type) {
    if (requireNonNull(type, "type").getEnumConstants().length == 0) {
      throw new IllegalArgumentException(type.getName() + " has no constants");
    }
    return Draws.generator((r, size) -> pick(r, type));
  }

  /**
   * Returns subsets of the constants of an enum, from empty to full, such as sets of {@link
   * Consent} or {@link ApprovalSide}.
   *
   * @param type the enum
   * @param <E> the enum type
   * @return the generator of unmodifiable sets
   * @throws NullPointerException if {@code type} is null
   */
  public static <E extends Enum<E>> Generator<Set<E>> subsets(Class<E> type) {
    requireNonNull(type, "type");
    return Draws.generator((r, size) -> Draws.subset(r, type));
  }

  /**
   * Returns skills: names from a Zipf-like vocabulary (now and then free text up to 100
   * characters), levels 1 to 5.
   *
   * @return the generator
   */
  public static Generator<Skill> skills() {
    return Draws.generator(DomainGenerators::skill);
  }

  /**
   * Returns availabilities, from unspecified to 200 hours a month on every weekday.
   *
   * @return the generator
   */
  public static Generator<Availability> availabilities() {
    return Draws.generator(DomainGenerators::availability);
  }

  /**
   * Returns partner preferences: up to 20 preferred partners and a department preference.
   *
   * @return the generator
   */
  public static Generator<Preferences> preferences() {
    return Draws.generator((r, size) -> preferences(r, size, null));
  }

  /**
   * Returns answers of every kind: text (also empty and long), numbers (including the extremes of
   * {@code long}), choices (also none) and yes/no.
   *
   * @return the generator
   */
  public static Generator<Answer> answers() {
    return Draws.generator(DomainGenerators::answer);
  }

  /**
   * Returns profiles: distinct skills offered and sought, topics, languages, an optional time zone,
   * location and department, seniority 0 to 20, a manager chain, availability, preferences and
   * exclusions, within the limits {@link Profile} documents.
   *
   * @return the generator
   */
  public static Generator<Profile> profiles() {
    return Draws.generator((r, size) -> profile(r, size, null));
  }

  // ----------------------------------------------------------------------------- program settings

  /**
   * Returns enrollment questions of every type, required or optional, for some or all roles, with
   * distinct options for choice questions and ordered bounds for number questions.
   *
   * @return the generator
   */
  public static Generator<Question> questions() {
    return Draws.generator((r, size) -> question(r, size, r.nextInt(1_000)));
  }

  /**
   * Returns enrollment forms: up to 100 questions with distinct keys.
   *
   * @return the generator
   */
  public static Generator<EnrollmentForm> enrollmentForms() {
    return Draws.generator(DomainGenerators::form);
  }

  /**
   * Returns schedules: open, open at either end, or two dates in order (sometimes the same day).
   *
   * @return the generator
   */
  public static Generator<Schedule> schedules() {
    return Draws.generator((r, size) -> schedule(r));
  }

  /**
   * Returns meeting cadences of 1 to 366 days.
   *
   * @return the generator
   */
  public static Generator<MeetingCadence> meetingCadences() {
    return Draws.generator(
        (r, size) ->
            new MeetingCadence(Draws.duration(r, Duration.ofDays(1), Duration.ofDays(366))));
  }

  /**
   * Returns matching policies across their whole documented ranges.
   *
   * @return the generator
   */
  public static Generator<MatchingPolicy> matchingPolicies() {
    return Draws.generator((r, size) -> matchingPolicy(r));
  }

  /**
   * Returns reminder policies that the engine accepts: every component across its documented range,
   * bounds included, and an inactivity escalation always longer than the nudge, now and then by
   * just one second (so the nudge stays under 366 days and the escalation over 1 day).
   *
   * @return the generator
   */
  public static Generator<ReminderPolicy> reminderPolicies() {
    return Draws.generator((r, size) -> reminderPolicy(r));
  }

  /**
   * Returns health policies that the engine accepts: every threshold across its documented range,
   * bounds included, and in the order rule {@code ThresholdOrder} asks for ({@code attentionAfter ≤
   * atRiskAfter ≤ inactiveAfter}, {@code atRiskMeetingRatio ≤ attentionMeetingRatio}), now and then
   * with equal neighbours.
   *
   * @return the generator
   */
  public static Generator<HealthPolicy> healthPolicies() {
    return Draws.generator((r, size) -> healthPolicy(r));
  }

  /**
   * Returns program settings that the engine accepts: every component within its limits, dates in
   * order, question keys distinct.
   *
   * @return the generator
   */
  public static Generator<ProgramSpec> programSpecs() {
    return Draws.generator(DomainGenerators::programSpec);
  }

  /**
   * Returns programs in every status, moved there from DRAFT by the lifecycle's verbs, with
   * increasing timestamps and any version.
   *
   * @return the generator
   */
  public static Generator<Program> programs() {
    return Draws.generator(DomainGenerators::program);
  }

  // ---------------------------------------------------------------------------------- enrollments

  /**
   * Returns applications in any role, with consent to matching, a capacity for mentors only, and
   * answers filed under valid question keys. To apply to a particular program, use {@link
   * #applications(ProgramSpec)}.
   *
   * @return the generator
   */
  public static Generator<Application> applications() {
    return Draws.generator(
        (r, size) -> {
          ParticipantId who = participantId(r, size);
          EnrollmentRole role = pick(r, EnrollmentRole.class);
          Map<String, Answer> answers = new LinkedHashMap<>();
          int n = length(r, size, 100);
          for (int i = 0; i < n; i++) {
            answers.put(Draws.questionKey(r, i), answer(r, inner(size)));
          }
          return application(r, size, who, role, answers);
        });
  }

  /**
   * Returns applications that the engine accepts for a program with these settings: a role the
   * program's format allows, answers that fit the enrollment form for that role, consent to
   * matching, and a capacity for mentors only.
   *
   * <pre>{@code
   * Application application = DomainGenerators.applications(program.spec()).generate(seed, 5);
   * mentoring.enrollments().apply(Actor.system(), program.id(), application);
   * }</pre>
   *
   * @param spec the program's settings
   * @return the generator
   * @throws NullPointerException if {@code spec} is null
   */
  public static Generator<Application> applications(ProgramSpec spec) {
    requireNonNull(spec, "spec");
    return Draws.generator(
        (r, size) -> {
          ParticipantId who = participantId(r, size);
          EnrollmentRole role = role(r, spec.format());
          return application(r, size, who, role, answersFor(r, size, spec.form(), role));
        });
  }

  /**
   * Returns enrollments in every status, moved there from APPLIED by the lifecycle's verbs; mentors
   * have a capacity, mentees none, and a profile never names its own participant.
   *
   * @return the generator
   */
  public static Generator<Enrollment> enrollments() {
    return Draws.generator(
        (r, size) ->
            enrollment(
                r,
                size,
                programId(r, size),
                participantId(r, size),
                pick(r, EnrollmentRole.class),
                null));
  }

  // ---------------------------------------------------------------------------------------- pairs

  /**
   * Returns one criterion's contribution to a score.
   *
   * @return the generator
   */
  public static Generator<Contribution> contributions() {
    return Draws.generator((r, size) -> contribution(r, size, -1_000, 1_000));
  }

  /**
   * Returns explanations: up to 8 contributions (none at size 0) and a summary, which may be empty.
   *
   * @return the generator
   */
  public static Generator<Explanation> explanations() {
    return Draws.generator((r, size) -> explanation(r, size, false));
  }

  /**
   * Returns pair exits of every reason, with or without the person who initiated them and a note.
   *
   * @return the generator
   */
  public static Generator<PairExit> pairExits() {
    return Draws.generator(
        (r, size) ->
            new PairExit(
                pick(r, ExitReason.class),
                Draws.instant(r),
                absent(r) ? null : participantId(r, size),
                Draws.optionalText(r, size, 2_000)));
  }

  /**
   * Returns pairs in every status, moved there from PROPOSED by the lifecycle's verbs: approvals,
   * acceptance, start, pauses, completion and exits are consistent with the status and in time
   * order, and the mentor is never the mentee.
   *
   * @return the generator
   */
  public static Generator<Pair> pairs() {
    return Draws.generator(
        (r, size) -> {
          ParticipantId[] two = twoParticipants(r, size);
          return pair(r, size, programId(r, size), two[0], two[1], pick(r, PairStatus.class));
        });
  }

  // ---------------------------------------------------------------------- runs and data requests

  /**
   * Returns the stored outcome of matching runs: proposed pairs of one program, unmatched mentees
   * with reasons, and diagnostics.
   *
   * @return the generator
   */
  public static Generator<MatchingRun> matchingRuns() {
    return Draws.generator(
        (r, size) -> {
          ProgramId program = programId(r, size);
          Instant at = Draws.instant(r);
          Duration expiry = Draws.duration(r, HOUR, Duration.ofDays(365));
          List<Pair> proposed = new ArrayList<>();
          Set<ParticipantId> mentees = new HashSet<>();
          int n = length(r, size, 1_000);
          for (int i = 0; i < n; i++) {
            ParticipantId[] two = twoParticipants(r, size);
            if (!mentees.add(two[1])) {
              continue;
            }
            proposed.add(
                Pair.propose(
                    pairId(r, size),
                    program,
                    two[0],
                    two[1],
                    PairOrigin.ALGORITHM,
                    explanation(r, inner(size), true),
                    EnumSet.of(ApprovalSide.MENTOR, ApprovalSide.MENTEE),
                    Set.of(),
                    at,
                    at.plus(expiry)));
          }
          Map<ParticipantId, String> unmatched = new LinkedHashMap<>();
          int u = length(r, size, 1_000);
          for (int i = 0; i < u; i++) {
            ParticipantId mentee = participantId(r, size);
            if (!mentees.contains(mentee)) {
              unmatched.put(mentee, Draws.text(r, inner(size), 200));
            }
          }
          return new MatchingRun(strategyId(r), proposed, unmatched, diagnostics(r, size));
        });
  }

  /**
   * Returns erasure reports with a UUID pseudonym and non-negative counts of every kind of record.
   *
   * @return the generator
   */
  public static Generator<ErasureReport> erasureReports() {
    return Draws.generator(
        (r, size) ->
            new ErasureReport(
                ParticipantId.of(Draws.uuid(r)),
                between(r, 0, size),
                between(r, 0, size),
                between(r, 0, size),
                between(r, 0, size),
                between(r, 0, size),
                between(r, 0, size),
                between(r, 0, size)));
  }

  /**
   * Returns data-subject exports: one person's enrollments, the pairs they belong to, the programs
   * they administer, the reminders sent to them, the goals and meetings of their pairs (meetings as
   * the person sees them: with their own private note and rating only) and their own survey
   * responses, ordered by submission time.
   *
   * @return the generator
   */
  public static Generator<ParticipantData> participantData() {
    return Draws.generator(
        (r, size) -> {
          ParticipantId who = participantId(r, size);
          int inner = inner(size);
          List<Enrollment> enrollments =
              Draws.list(
                  length(r, size, 50),
                  () ->
                      enrollment(
                          r, inner, programId(r, size), who, pick(r, EnrollmentRole.class), null));
          List<Pair> pairs =
              Draws.list(
                  length(r, size, 50),
                  () -> {
                    ParticipantId other = otherThan(r, size, who);
                    boolean mentor = r.nextBoolean();
                    return pair(
                        r,
                        inner,
                        programId(r, size),
                        mentor ? who : other,
                        mentor ? other : who,
                        pick(r, PairStatus.class));
                  });
          List<ProgramId> administers =
              Draws.distinct(length(r, size, 50), () -> programId(r, size));
          List<SentReminder> reminders =
              Draws.list(length(r, size, 50), () -> sentReminder(r, size, who));
          List<Goal> goals = new ArrayList<>();
          List<Meeting> meetings = new ArrayList<>();
          for (Pair p : pairs) {
            ParticipantId mentor = p.mentorId();
            ParticipantId mentee = p.menteeId();
            int g = length(r, inner, 3);
            for (int i = 0; i < g; i++) {
              goals.add(
                  ActivityGenerators.goal(r, inner, p.programId(), p.id(), mentor, mentee, false));
            }
            int m = length(r, inner, 3);
            for (int i = 0; i < m; i++) {
              meetings.add(
                  ActivityGenerators.meeting(r, inner, p.programId(), p.id(), mentor, mentee, false)
                      .visibleTo(who));
            }
          }
          List<SurveyResponse> responses = new ArrayList<>();
          int n = length(r, size, 20);
          for (int i = 0; i < n; i++) {
            Survey survey = ActivityGenerators.survey(r, inner, programId(r, size), null);
            SurveyResponse response = ActivityGenerators.response(r, inner, survey);
            responses.add(
                new SurveyResponse(
                    response.id(),
                    response.version(),
                    response.surveyId(),
                    response.programId(),
                    who,
                    response.pairId(),
                    response.subjectKey(),
                    response.answers(),
                    response.submittedAt()));
          }
          responses.sort(
              Comparator.comparing(SurveyResponse::submittedAt).thenComparing(SurveyResponse::id));
          return new ParticipantData(
              who, enrollments, pairs, administers, reminders, goals, meetings, responses);
        });
  }

  /**
   * Returns the records a store keeps of reminders handed out.
   *
   * @return the generator
   */
  public static Generator<SentReminder> sentReminders() {
    return Draws.generator((r, size) -> sentReminder(r, size, participantId(r, size)));
  }

  // =============================================================================== building blocks

  static ProgramId programId(RandomGenerator r, int size) {
    return ProgramId.of(Draws.idValue(r, "program", size));
  }

  static ParticipantId participantId(RandomGenerator r, int size) {
    return ParticipantId.of(Draws.idValue(r, "person", size));
  }

  static EnrollmentId enrollmentId(RandomGenerator r, int size) {
    return EnrollmentId.of(Draws.idValue(r, "enrollment", size));
  }

  static PairId pairId(RandomGenerator r, int size) {
    return PairId.of(Draws.idValue(r, "pair", size));
  }

  /** A participant other than {@code who}. */
  static ParticipantId otherThan(RandomGenerator r, int size, ParticipantId who) {
    ParticipantId other = participantId(r, size);
    if (!other.equals(who)) {
      return other;
    }
    String v = who.value();
    return ParticipantId.of(
        v.length() < 200 ? v + "'" : v.substring(0, 199) + (v.endsWith("'") ? "\"" : "'"));
  }

  /** A mentor and a mentee, never the same person. */
  static ParticipantId[] twoParticipants(RandomGenerator r, int size) {
    ParticipantId mentor = participantId(r, size);
    return new ParticipantId[] {mentor, otherThan(r, size, mentor)};
  }

  static Skill skill(RandomGenerator r, int size) {
    String name = rarely(r, 16) ? Draws.text(r, size, 100) : Draws.skillName(r);
    return Skill.of(name, between(r, 1, 5));
  }

  /** Skills with names distinct ignoring case, as the engine requires. */
  static List<Skill> skills(RandomGenerator r, int size, int count) {
    Map<String, Skill> byName = new LinkedHashMap<>();
    for (int attempts = 0; byName.size() < count && attempts < 4 * count + 8; attempts++) {
      Skill s = skill(r, size);
      byName.putIfAbsent(s.name().toLowerCase(Locale.ROOT), s);
    }
    return new ArrayList<>(byName.values());
  }

  static Availability availability(RandomGenerator r, int size) {
    if (absent(r)) {
      return Availability.unspecified();
    }
    return new Availability(between(r, 0, 200), Draws.subset(r, DayOfWeek.class));
  }

  static Preferences preferences(RandomGenerator r, int size, @Nullable ParticipantId self) {
    List<ParticipantId> partners =
        Draws.distinct(length(r, size, 20), () -> participantId(r, size));
    if (self != null) {
      partners.remove(self);
    }
    return new Preferences(new LinkedHashSet<>(partners), pick(r, DepartmentPreference.class));
  }

  static Answer answer(RandomGenerator r, int size) {
    return switch (r.nextInt(4)) {
      case 0 -> Answer.text(Draws.textOrEmpty(r, size, 2_000));
      case 1 ->
          Answer.number(
              rarely(r, 8)
                  ? pick(r, List.of(Long.MIN_VALUE, Long.MAX_VALUE, 0L, -1L))
                  : Draws.longBetween(r, -1_000, 1_000_000));
      case 2 ->
          new Answer.ChoiceAnswer(Draws.distinct(length(r, size, 10), () -> Draws.text(r, 0, 200)));
      default -> Answer.yesNo(r.nextBoolean());
    };
  }

  static Profile profile(RandomGenerator r, int size, @Nullable ParticipantId self) {
    List<String> topics =
        Draws.distinct(
            length(r, size, 100),
            () -> rarely(r, 16) ? Draws.text(r, inner(size), 100) : Draws.topic(r));
    List<String> languages = Draws.distinct(length(r, size, 20), () -> Draws.language(r));
    List<ParticipantId> chain = Draws.distinct(length(r, size, 20), () -> participantId(r, size));
    List<ParticipantId> exclusions =
        Draws.distinct(length(r, size, 1_000), () -> participantId(r, size));
    if (self != null) {
      chain.remove(self);
      exclusions.remove(self);
    }
    return new Profile(
        skills(r, inner(size), length(r, size, 100)),
        skills(r, inner(size), length(r, size, 100)),
        new LinkedHashSet<>(topics),
        new LinkedHashSet<>(languages),
        absent(r) ? null : Draws.zone(r),
        absent(r) ? null : rarely(r, 6) ? Draws.textOrEmpty(r, size, 200) : Draws.location(r),
        between(r, 0, 20),
        absent(r) ? null : rarely(r, 6) ? Draws.textOrEmpty(r, size, 200) : Draws.department(r),
        chain,
        availability(r, size),
        preferences(r, size, self),
        new LinkedHashSet<>(exclusions));
  }

  static Question question(RandomGenerator r, int size, int index) {
    QuestionType type = pick(r, QuestionType.class);
    String key = Draws.questionKey(r, index);
    String label = Draws.text(r, size, 500);
    boolean choice = type == QuestionType.SINGLE_CHOICE || type == QuestionType.MULTIPLE_CHOICE;
    List<String> options =
        choice ? Draws.distinct(1 + length(r, size, 99), () -> Draws.text(r, 0, 200)) : List.of();
    Long min = null;
    Long max = null;
    if (type == QuestionType.NUMBER) {
      if (!absent(r)) {
        min = rarely(r, 8) ? Long.MIN_VALUE : Draws.longBetween(r, -100, 100);
      }
      if (!absent(r)) {
        long from = min == null ? 0 : min;
        max = rarely(r, 8) ? Long.MAX_VALUE : from + Draws.longBetween(r, 0, 1_000);
      }
    }
    int maxLength = type == QuestionType.TEXT ? between(r, 1, 10_000) : Question.DEFAULT_MAX_LENGTH;
    return new Question(
        key,
        label,
        type,
        !rarely(r, 3),
        Draws.subset(r, EnrollmentRole.class),
        options,
        min,
        max,
        maxLength);
  }

  static EnrollmentForm form(RandomGenerator r, int size) {
    int n = length(r, size, 100);
    Map<String, Question> byKey = new LinkedHashMap<>();
    for (int i = 0; i < n; i++) {
      Question q = question(r, inner(size), i);
      byKey.putIfAbsent(q.key(), q);
    }
    return new EnrollmentForm(new ArrayList<>(byKey.values()));
  }

  static Schedule schedule(RandomGenerator r) {
    return switch (r.nextInt(8)) {
      case 0, 1 -> Schedule.open();
      case 2 -> new Schedule(Draws.date(r), null);
      case 3 -> new Schedule(null, Draws.date(r));
      default -> {
        LocalDate start = Draws.date(r);
        yield Schedule.between(start, rarely(r, 8) ? start : start.plusDays(r.nextInt(731)));
      }
    };
  }

  static MatchingPolicy matchingPolicy(RandomGenerator r) {
    return new MatchingPolicy(
        pick(r, MatchingMode.class),
        Draws.subset(r, ApprovalSide.class),
        Draws.duration(r, HOUR, Duration.ofDays(365)),
        between(r, 0, 100),
        between(r, 1, 10),
        r.nextBoolean());
  }

  static ReminderPolicy reminderPolicy(RandomGenerator r) {
    Duration answerReminder = Draws.duration(r, HOUR, NINETY_DAYS);
    Duration expiryWarning = Draws.duration(r, HOUR, NINETY_DAYS);
    Duration meetingReminder = Draws.duration(r, Duration.ofMinutes(15), Duration.ofDays(7));
    Duration logFollowUp = Draws.duration(r, Duration.ZERO, Duration.ofDays(14));
    // The nudge leaves room below the escalation's upper bound; the escalation starts at the next
    // whole second above the nudge, so it is longer however the nudge was drawn.
    Duration nudge = Draws.duration(r, DAY, INACTIVITY_MAX.minusSeconds(1));
    Duration escalation =
        Draws.duration(r, Duration.ofSeconds(nudge.toSeconds() + 1), INACTIVITY_MAX);
    return new ReminderPolicy(
        answerReminder,
        expiryWarning,
        meetingReminder,
        logFollowUp,
        nudge,
        escalation,
        Draws.duration(r, HOUR, NINETY_DAYS),
        between(r, 1, 20),
        Draws.duration(r, HOUR, NINETY_DAYS));
  }

  static HealthPolicy healthPolicy(RandomGenerator r) {
    // Each longer threshold starts at the next whole second at or above the shorter one (a bound
    // Draws.duration needs), so the order holds however the shorter one was drawn.
    Duration attention = Draws.duration(r, DAY, INACTIVITY_MAX);
    Duration atRisk = Draws.duration(r, ceilSeconds(attention), INACTIVITY_MAX);
    Duration inactive = Draws.duration(r, ceilSeconds(atRisk), INACTIVITY_MAX);
    double attentionRatio = Draws.decimal(r, 0, 1);
    double atRiskRatio = Draws.decimal(r, 0, attentionRatio);
    return new HealthPolicy(
        attention,
        atRisk,
        inactive,
        attentionRatio,
        atRiskRatio,
        between(r, 0, 5),
        Draws.duration(r, DAY, INACTIVITY_MAX));
  }

  private static Duration ceilSeconds(Duration d) {
    return d.getNano() == 0 ? d : Duration.ofSeconds(d.getSeconds() + 1);
  }

  static ProgramSpec programSpec(RandomGenerator r, int size) {
    return new ProgramSpec(
        Draws.text(r, size, 200),
        Draws.textOrEmpty(r, size, 4_000),
        Draws.list(length(r, size, 20), () -> Draws.text(r, inner(size), 500)),
        pick(r, ProgramFormat.class),
        schedule(r),
        new MeetingCadence(Draws.duration(r, Duration.ofDays(1), Duration.ofDays(366))),
        form(r, inner(size)),
        matchingPolicy(r),
        reminderPolicy(r),
        r.nextBoolean(),
        new LinkedHashSet<>(Draws.distinct(length(r, size, 50), () -> participantId(r, size))),
        healthPolicy(r));
  }

  static Program program(RandomGenerator r, int size) {
    Instant at = Draws.instant(r);
    Program p =
        new Program(programId(r, size), 0, programSpec(r, size), ProgramStatus.DRAFT, at, at);
    while (!p.status().isTerminal() && !absent(r)) {
      List<ProgramStatus> next = new ArrayList<>();
      for (ProgramStatus s : ProgramStatus.values()) {
        if (p.status().canMoveTo(s)) {
          next.add(s);
        }
      }
      at = after(r, at);
      ProgramStatus to = pick(r, next);
      p =
          switch (to) {
            case ENROLLING ->
                p.status() == ProgramStatus.DRAFT ? p.openEnrollment(at) : p.reopenEnrollment(at);
            case MATCHING -> p.startMatching(at);
            case RUNNING -> p.launch(at);
            case CLOSED -> p.close(at);
            case ARCHIVED -> p.archive(at);
            case DRAFT -> throw new AssertionError("no transition leads back to DRAFT");
          };
    }
    return p.withVersion(Draws.version(r));
  }

  /** A program moved through the lifecycle to {@code status} along the main path. */
  static Program programIn(RandomGenerator r, int size, ProgramStatus status) {
    Instant at = Draws.instant(r);
    Program p =
        new Program(programId(r, size), 0, programSpec(r, size), ProgramStatus.DRAFT, at, at);
    if (status == ProgramStatus.DRAFT) {
      return p;
    }
    at = after(r, at);
    p = p.openEnrollment(at);
    if (status.compareTo(ProgramStatus.MATCHING) >= 0) {
      at = after(r, at);
      p = p.startMatching(at);
    }
    if (status.compareTo(ProgramStatus.RUNNING) >= 0) {
      at = after(r, at);
      p = p.launch(at);
    }
    if (status.compareTo(ProgramStatus.CLOSED) >= 0) {
      at = after(r, at);
      p = p.close(at);
    }
    if (status == ProgramStatus.ARCHIVED) {
      p = p.archive(after(r, at));
    }
    return p;
  }

  static EnrollmentRole role(RandomGenerator r, ProgramFormat format) {
    if (format == ProgramFormat.PEER) {
      return pick(r, EnrollmentRole.class);
    }
    return r.nextBoolean() ? EnrollmentRole.MENTOR : EnrollmentRole.MENTEE;
  }

  static Application application(
      RandomGenerator r,
      int size,
      ParticipantId who,
      EnrollmentRole role,
      Map<String, Answer> answers) {
    Set<Consent> consents = EnumSet.of(Consent.MATCHING);
    consents.addAll(Draws.subset(r, Consent.class));
    Integer capacity = role.mentors() && !absent(r) ? between(r, 0, 100) : null;
    return new Application(who, role, profile(r, size, who), answers, capacity, consents);
  }

  /** Answers that fit a form for a role: every required question, some optional ones. */
  static Map<String, Answer> answersFor(
      RandomGenerator r, int size, EnrollmentForm form, EnrollmentRole role) {
    Map<String, Answer> answers = new LinkedHashMap<>();
    for (Question q : form.questions()) {
      if (!q.appliesTo(role) || (!q.required() && absent(r))) {
        continue;
      }
      answers.put(q.key(), answerTo(r, size, q));
    }
    return answers;
  }

  private static Answer answerTo(RandomGenerator r, int size, Question q) {
    return switch (q.type()) {
      case TEXT ->
          Answer.text(
              q.required()
                  ? Draws.text(r, size, q.maxLength())
                  : Draws.textOrEmpty(r, size, q.maxLength()));
      case NUMBER -> numberAnswer(r, q);
      case SINGLE_CHOICE -> new Answer.ChoiceAnswer(List.of(pick(r, q.options())));
      case MULTIPLE_CHOICE -> multipleChoiceAnswer(r, q);
      case YES_NO -> Answer.yesNo(r.nextBoolean());
    };
  }

  /** A number within the question's bounds, or near them where one is absent. */
  private static Answer numberAnswer(RandomGenerator r, Question q) {
    Long min = q.min();
    Long max = q.max();
    long lo;
    if (min != null) {
      lo = min;
    } else if (max != null) {
      lo = max < Long.MIN_VALUE + 1_000 ? Long.MIN_VALUE : max - 1_000;
    } else {
      lo = -1_000;
    }
    long hi;
    if (max != null) {
      hi = max;
    } else {
      hi = lo > Long.MAX_VALUE - 1_000 ? Long.MAX_VALUE : lo + 1_000;
    }
    return Answer.number(Draws.longBetween(r, lo, hi));
  }

  /** Distinct options of the question, at least one if it is required. */
  private static Answer multipleChoiceAnswer(RandomGenerator r, Question q) {
    List<String> chosen = new ArrayList<>();
    for (String option : q.options()) {
      if (r.nextBoolean()) {
        chosen.add(option);
      }
    }
    if (chosen.isEmpty() && q.required()) {
      chosen.add(pick(r, q.options()));
    }
    return new Answer.ChoiceAnswer(chosen);
  }

  /**
   * An enrollment of {@code who} in a program, in {@code status} or, if null, in any status reached
   * from APPLIED.
   */
  static Enrollment enrollment(
      RandomGenerator r,
      int size,
      ProgramId program,
      ParticipantId who,
      EnrollmentRole role,
      @Nullable EnrollmentStatus status) {
    Map<String, Answer> answers = new LinkedHashMap<>();
    int n = length(r, size, 20);
    for (int i = 0; i < n; i++) {
      answers.put(Draws.questionKey(r, i), answer(r, inner(size)));
    }
    Set<Consent> consents = EnumSet.of(Consent.MATCHING);
    consents.addAll(Draws.subset(r, Consent.class));
    Instant applied = Draws.instant(r);
    Enrollment e =
        new Enrollment(
            enrollmentId(r, size),
            0,
            program,
            who,
            role,
            profile(r, inner(size), who),
            answers,
            role.mentors() ? between(r, 0, 100) : 0,
            consents,
            EnrollmentStatus.APPLIED,
            applied,
            applied);
    EnrollmentStatus target = status == null ? pick(r, EnrollmentStatus.class) : status;
    Instant at = applied;
    if (target == EnrollmentStatus.APPLIED) {
      return e.withVersion(Draws.version(r));
    }
    if (r.nextBoolean() && target != EnrollmentStatus.WITHDRAWN) {
      at = after(r, at);
      e = e.waitlist(at);
    }
    switch (target) {
      case APPROVED -> {
        e = e.approve(after(r, at));
      }
      case REJECTED -> {
        e = e.reject(after(r, at));
      }
      case WITHDRAWN -> {
        if (r.nextBoolean()) {
          at = after(r, at);
          e = e.approve(at);
        }
        e = e.withdraw(after(r, at));
      }
      default -> {
        if (e.status() != EnrollmentStatus.WAITLISTED) {
          e = e.waitlist(after(r, at));
        }
      }
    }
    return e.withVersion(Draws.version(r));
  }

  private static final List<String> CRITERIA =
      List.of(
          Criteria.SKILLS,
          Criteria.SENIORITY,
          Criteria.LANGUAGE,
          Criteria.TIME_ZONE,
          Criteria.LOCATION,
          Criteria.DEPARTMENT,
          Criteria.TOPICS,
          Criteria.PREFERENCES);

  static Contribution contribution(RandomGenerator r, int size, int minPoints, int maxPoints) {
    return new Contribution(
        rarely(r, 16) ? Draws.text(r, 0, 100) : pick(r, CRITERIA),
        between(r, minPoints, maxPoints),
        Draws.textOrEmpty(r, size, 200));
  }

  /**
   * An explanation of up to 8 contributions. A scored one has non-negative contributions summing to
   * at most 1,000, as the scoring layer reports; otherwise points range from -1,000 to 1,000.
   */
  static Explanation explanation(RandomGenerator r, int size, boolean scored) {
    int n = length(r, size, 8);
    List<Contribution> contributions = new ArrayList<>(n);
    int budget = 1_000;
    for (int i = 0; i < n; i++) {
      Contribution c =
          scored
              ? contribution(r, inner(size), 0, budget / (n - i))
              : contribution(r, inner(size), -1_000, 1_000);
      contributions.add(c);
      budget -= c.points();
    }
    String summary =
        rarely(r, 8) ? "" : pick(r, List.of("greedy", "optimal", "admin", "requested")) + " match";
    return new Explanation(contributions, summary);
  }

  static String strategyId(RandomGenerator r) {
    return pick(
        r,
        List.of(
            MatchingStrategies.OPTIMAL,
            MatchingStrategies.OPTIMAL_MOST_MATCHED,
            MatchingStrategies.FAIR,
            MatchingStrategies.STABLE_MENTEE_PROPOSING,
            MatchingStrategies.STABLE_MENTOR_PROPOSING,
            MatchingStrategies.GREEDY,
            MatchingStrategies.RANDOM,
            "core.simple-skill",
            "lab.my-algo"));
  }

  static Map<String, Double> diagnostics(RandomGenerator r, int size) {
    Map<String, Double> out = new LinkedHashMap<>();
    int n = length(r, size, 10);
    for (int i = 0; i < n; i++) {
      String key = pick(r, List.of("totalScore", "millis", "proposals", "iterations", "gap"));
      out.put(i == 0 ? key : key + "." + i, Draws.decimal(r, -0.0, 1e6));
    }
    return out;
  }

  /**
   * A pair of the mentor and mentee in {@code target} status, built by the lifecycle's verbs from a
   * proposal.
   */
  static Pair pair(
      RandomGenerator r,
      int size,
      ProgramId program,
      ParticipantId mentor,
      ParticipantId mentee,
      PairStatus target) {
    Instant proposedAt = Draws.instant(r);
    Instant expiresAt = proposedAt.plus(Draws.duration(r, HOUR, Duration.ofDays(365)));
    Set<ApprovalSide> required = Draws.subset(r, ApprovalSide.class);
    if ((required.isEmpty() && target == PairStatus.PROPOSED)
        || target == PairStatus.DECLINED
        || target == PairStatus.WITHDRAWN
        || target == PairStatus.EXPIRED) {
      // An open proposal always awaits somebody: one with nothing pending is accepted at once.
      required = EnumSet.of(pick(r, ApprovalSide.class));
    }
    // The proposer's side (if it had to approve) counts as given; never all of them, or the
    // proposal would have been accepted when made.
    Set<ApprovalSide> given = EnumSet.noneOf(ApprovalSide.class);
    List<ApprovalSide> order = new ArrayList<>(required);
    int first = order.isEmpty() ? 0 : r.nextInt(order.size());
    for (int i = 0; i < first; i++) {
      given.add(order.get(i));
    }
    PairOrigin origin = pick(r, PairOrigin.class);
    Pair p =
        Pair.propose(
            pairId(r, size),
            program,
            mentor,
            mentee,
            origin,
            explanation(r, inner(size), true),
            required,
            given,
            proposedAt,
            expiresAt);
    Instant at = proposedAt;
    if (target == PairStatus.PROPOSED) {
      return p.withVersion(Draws.version(r));
    }
    if (target == PairStatus.DECLINED
        || target == PairStatus.WITHDRAWN
        || target == PairStatus.EXPIRED) {
      return closeProposal(r, size, p, target).withVersion(Draws.version(r));
    }
    // Accepted before the proposal expires, one pending side at a time.
    for (ApprovalSide side : p.pendingApprovals()) {
      at = Draws.within(r, at, expiresAt);
      p = p.approve(side, at);
    }
    if (p.status() == PairStatus.PROPOSED) {
      p = p.confirm(at);
    }
    if (target == PairStatus.ACCEPTED) {
      return p.withVersion(Draws.version(r));
    }
    if (target == PairStatus.ENDED_EARLY && r.nextInt(3) == 0) {
      return p.endEarly(endEarlyExit(r, size, after(r, at), mentor, mentee))
          .withVersion(Draws.version(r));
    }
    at = after(r, at);
    p = p.activate(at);
    int pauses = target == PairStatus.PAUSED ? 1 + r.nextInt(2) : r.nextInt(2);
    for (int i = 0; i < pauses; i++) {
      at = after(r, at);
      p = p.pause(at);
      // An active pair ends resumed; a completed or ended one may stop while paused.
      boolean resume =
          i < pauses - 1
              || target == PairStatus.ACTIVE
              || (target != PairStatus.PAUSED && r.nextBoolean());
      if (resume) {
        at = after(r, at);
        p = p.resume(at);
      }
    }
    if (target == PairStatus.COMPLETED) {
      p = p.complete(after(r, at));
    } else if (target == PairStatus.ENDED_EARLY) {
      p = p.endEarly(endEarlyExit(r, size, after(r, at), mentor, mentee));
    }
    return p.withVersion(Draws.version(r));
  }

  /** Ends an open proposal: declined, withdrawn or expired. */
  private static Pair closeProposal(RandomGenerator r, int size, Pair p, PairStatus target) {
    Instant at = Draws.within(r, p.proposedAt(), p.expiresAt());
    ParticipantId mentor = p.mentorId();
    ParticipantId mentee = p.menteeId();
    return switch (target) {
      case DECLINED -> p.decline(exit(r, size, ExitReason.DECLINED, at, mentor, mentee));
      case WITHDRAWN -> {
        ExitReason reason =
            r.nextBoolean() ? ExitReason.RETRACTED : ExitReason.PARTICIPANT_WITHDREW;
        yield p.withdraw(exit(r, size, reason, at, mentor, mentee));
      }
      default -> {
        ExitReason reason =
            pick(
                r,
                List.of(
                    ExitReason.TIMED_OUT, ExitReason.MATCHED_ELSEWHERE, ExitReason.PROGRAM_CLOSED));
        yield p.expire(reason, reason == ExitReason.TIMED_OUT ? after(r, p.expiresAt()) : at);
      }
    };
  }

  private static PairExit endEarlyExit(
      RandomGenerator r, int size, Instant at, ParticipantId mentor, ParticipantId mentee) {
    ExitReason reason =
        rarely(r, 4)
            ? pick(r, List.of(ExitReason.PARTICIPANT_WITHDREW, ExitReason.PROGRAM_CLOSED))
            : pick(
                r,
                List.of(
                    ExitReason.SCHEDULE_CONFLICT,
                    ExitReason.ROLE_CHANGE,
                    ExitReason.LEFT_ORGANIZATION,
                    ExitReason.NOT_A_GOOD_FIT,
                    ExitReason.GOALS_MET,
                    ExitReason.PERSONAL,
                    ExitReason.OTHER));
    return exit(r, size, reason, at, mentor, mentee);
  }

  private static PairExit exit(
      RandomGenerator r,
      int size,
      ExitReason reason,
      Instant at,
      ParticipantId mentor,
      ParticipantId mentee) {
    @Nullable ParticipantId by =
        switch (r.nextInt(4)) {
          case 0 -> null;
          case 1 -> mentor;
          case 2 -> mentee;
          default -> participantId(r, size);
        };
    String note = by == null ? null : Draws.optionalText(r, size, 2_000);
    return new PairExit(reason, at, by, note);
  }

  static SentReminder sentReminder(RandomGenerator r, int size, ParticipantId recipient) {
    String key =
        pick(r, List.of("answer", "expiring"))
            + ":"
            + Draws.idValue(r, "pair", size)
            + ":"
            + pick(r, ApprovalSide.class);
    return new SentReminder(key, recipient, Draws.instant(r));
  }
}
