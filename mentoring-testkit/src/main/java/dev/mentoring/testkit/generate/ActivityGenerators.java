package dev.mentoring.testkit.generate;

import static dev.mentoring.testkit.generate.Draws.absent;
import static dev.mentoring.testkit.generate.Draws.after;
import static dev.mentoring.testkit.generate.Draws.between;
import static dev.mentoring.testkit.generate.Draws.inner;
import static dev.mentoring.testkit.generate.Draws.length;
import static dev.mentoring.testkit.generate.Draws.pick;
import static dev.mentoring.testkit.generate.Draws.rarely;
import static java.util.Objects.requireNonNull;

import dev.mentoring.core.ParticipantId;
import dev.mentoring.core.enrollment.Answer;
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
import dev.mentoring.core.meeting.Meeting;
import dev.mentoring.core.meeting.MeetingId;
import dev.mentoring.core.meeting.MeetingMode;
import dev.mentoring.core.meeting.MeetingPlan;
import dev.mentoring.core.meeting.MeetingSeriesId;
import dev.mentoring.core.meeting.MeetingStatus;
import dev.mentoring.core.meeting.Recurrence;
import dev.mentoring.core.meeting.RecurrenceFrequency;
import dev.mentoring.core.pairing.PairId;
import dev.mentoring.core.program.ProgramId;
import dev.mentoring.core.program.ProgramStatus;
import dev.mentoring.core.resource.Resource;
import dev.mentoring.core.resource.ResourceAudience;
import dev.mentoring.core.resource.ResourceDraft;
import dev.mentoring.core.resource.ResourceId;
import dev.mentoring.core.resource.ResourceSuggestion;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.random.RandomGenerator;
import java.util.regex.Pattern;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * Seeded generators for what pairs and programs do once they run: goals with milestones and
 * check-ins, meetings with their plans and recurrences, surveys with their questions, responses and
 * summaries (and the Net Promoter Score), and the resources of the knowledge base. Their events and
 * notifications are in {@link EventGenerators}; their status enums come from {@link
 * DomainGenerators#constants(Class)}.
 *
 * <pre>{@code
 * Goal goal = ActivityGenerators.goals().generate(seed, 10);   // the same goal for the same seed
 * Goal stored = tx.goals().insert(goal.withVersion(0));
 * assertThat(stored.version()).isEqualTo(1);
 * }</pre>
 *
 * <p>Every value is valid, as with {@link DomainGenerators}: it passes its record's constructor
 * and, for input records ({@link GoalDraft}, {@link MeetingPlan}, {@link Recurrence}, {@link
 * SurveyDraft}, {@link ResourceDraft}), the engine's checks (Jakarta constraints and the rules that
 * span components: distinct milestone titles due by the target date, a milestone for progress by
 * milestones, distinct question keys and options, one fit question exactly in an early fit check,
 * lower-case tags, web links). Checks against the engine's clock (a goal's dates not before today,
 * a scheduled meeting in the future) hold for the overloads that take today or an instant. Values
 * with a lifecycle (goals, meetings, surveys) are built by the lifecycle's own verbs from their
 * creation, so statuses, dates, progress, notes and ratings are consistent; now and then one is
 * erased as a privacy request leaves it. Edge cases come as in {@link DomainGenerators}: empty
 * collections (always at size 0), absent optional fields, bounds of lengths and ranges, versions 0
 * and {@code Long.MAX_VALUE}, instants with nanoseconds, awkward texts.
 *
 * <p>The generators are stateless and thread-safe.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class ActivityGenerators {

  /** A tag as {@link ResourceDraft} requires it: lower-case, not blank, trimmed. */
  private static final Pattern TAG = Pattern.compile("[^\\p{Lu}\\s]([^\\p{Lu}]*[^\\p{Lu}\\s])?");

  private static final Duration FIFTEEN_MINUTES = Duration.ofMinutes(15);
  private static final Duration EIGHT_HOURS = Duration.ofHours(8);
  private static final long SIXTY_DAYS = 60L * 24 * 3600;

  private ActivityGenerators() {}

  // ========================================================================================= goals

  /**
   * Returns goal ids, shaped as {@link DomainGenerators#programIds()}.
   *
   * @return the generator
   */
  public static Generator<GoalId> goalIds() {
    return Draws.generator(ActivityGenerators::goalId);
  }

  /**
   * Returns milestones as written in a goal draft, due within about three years.
   *
   * @return the generator
   */
  public static Generator<MilestoneDraft> milestoneDrafts() {
    return Draws.generator(
        (r, size) -> new MilestoneDraft(Draws.text(r, size, 200), Draws.date(r)));
  }

  /**
   * Returns milestones, open or completed; a title is empty now and then, as erasure leaves it.
   *
   * @return the generator
   */
  public static Generator<Milestone> milestones() {
    return Draws.generator(
        (r, size) ->
            new Milestone(
                rarely(r, 16) ? "" : Draws.text(r, size, 200),
                Draws.date(r),
                absent(r) ? null : Draws.instant(r)));
  }

  /**
   * Returns check-ins with progress 0 to 100; a note is empty now and then, as erasure leaves it.
   *
   * @return the generator
   */
  public static Generator<CheckIn> checkIns() {
    return Draws.generator(
        (r, size) ->
            new CheckIn(
                Draws.instant(r),
                DomainGenerators.participantId(r, size),
                rarely(r, 16) ? "" : Draws.text(r, size, 2_000),
                between(r, 0, 100)));
  }

  /**
   * Returns goal drafts with dates from 2025 to 2029, valid as {@link #goalDrafts(LocalDate)} makes
   * them for a day in 2025 or 2026; for drafts that the engine accepts on a given day, use that
   * overload.
   *
   * @return the generator
   */
  public static Generator<GoalDraft> goalDrafts() {
    return Draws.generator(
        (r, size) -> goalDraft(r, size, LocalDate.of(2026, 1, 5).plusDays(r.nextInt(730) - 365)));
  }

  /**
   * Returns goal drafts that the engine accepts on a given day (in UTC, by its clock): the target
   * date and every milestone due on or after {@code today}, milestones due by the target date with
   * distinct titles, and progress by milestones only with a milestone.
   *
   * <pre>{@code
   * LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
   * GoalDraft draft = ActivityGenerators.goalDrafts(today).generate(seed, 5);
   * mentoring.goals().create(Actor.participant(pair.menteeId()), pair.id(), draft);
   * }</pre>
   *
   * @param today the first day a date may fall on
   * @return the generator
   * @throws NullPointerException if {@code today} is null
   */
  public static Generator<GoalDraft> goalDrafts(LocalDate today) {
    requireNonNull(today, "today");
    return Draws.generator((r, size) -> goalDraft(r, size, today));
  }

  /**
   * Returns goals in every status, moved there from DRAFT by the lifecycle's verbs: milestones
   * completed and reopened, progress set by hand or following the milestones, check-ins by the
   * mentor and the mentee, visibility changed, revisions, and an achievement or abandonment; the
   * owner is the pair's mentee, never the mentor.
   *
   * <pre>{@code
   * Goal goal = ActivityGenerators.goals().generate(seed, 8);
   * assertThat(goal.status().isOpen()).isEqualTo(goal.closedAt() == null);
   * assertThat(goal.progress()).isBetween(0, 100);
   * }</pre>
   *
   * @return the generator
   */
  public static Generator<Goal> goals() {
    return Draws.generator(
        (r, size) -> {
          ParticipantId[] two = DomainGenerators.twoParticipants(r, size);
          return goal(
              r,
              size,
              DomainGenerators.programId(r, size),
              DomainGenerators.pairId(r, size),
              two[0],
              two[1],
              true);
        });
  }

  // ====================================================================================== meetings

  /**
   * Returns meeting ids, shaped as {@link DomainGenerators#programIds()}.
   *
   * @return the generator
   */
  public static Generator<MeetingId> meetingIds() {
    return Draws.generator(ActivityGenerators::meetingId);
  }

  /**
   * Returns meeting series ids, shaped as {@link DomainGenerators#programIds()}.
   *
   * @return the generator
   */
  public static Generator<MeetingSeriesId> meetingSeriesIds() {
    return Draws.generator((r, size) -> MeetingSeriesId.of(Draws.idValue(r, "series", size)));
  }

  /**
   * Returns meeting plans of 15 minutes to 8 hours in every mode, starting within about 400 days of
   * early 2026, with or without an agenda and a location; for plans the engine schedules at a given
   * time, use {@link #meetingPlans(Instant)}.
   *
   * @return the generator
   */
  public static Generator<MeetingPlan> meetingPlans() {
    return Draws.generator((r, size) -> meetingPlan(r, size, Draws.instant(r)));
  }

  /**
   * Returns meeting plans that start after an instant, within 60 days: the engine schedules them
   * when its clock shows {@code now}.
   *
   * <pre>{@code
   * MeetingPlan plan = ActivityGenerators.meetingPlans(clock.instant()).generate(seed, 5);
   * Meeting meeting = mentoring.meetings().schedule(mentor, pair.id(), plan);
   * assertThat(meeting.start()).isAfter(clock.instant());
   * }</pre>
   *
   * @param now the instant the plans start after
   * @return the generator
   * @throws NullPointerException if {@code now} is null
   */
  public static Generator<MeetingPlan> meetingPlans(Instant now) {
    requireNonNull(now, "now");
    return Draws.generator((r, size) -> meetingPlan(r, size, futureStart(r, now)));
  }

  /**
   * Returns recurrences of every frequency with 2 to 52 meetings.
   *
   * @return the generator
   */
  public static Generator<Recurrence> recurrences() {
    return Draws.generator(
        (r, size) -> new Recurrence(pick(r, RecurrenceFrequency.class), between(r, 2, 52)));
  }

  /**
   * Returns meetings in every status: scheduled (alone or in a series, sometimes moved), then held,
   * missed or cancelled, or logged after the fact as held; with shared notes, the private notes of
   * either side and, once held, the ratings of either side.
   *
   * <pre>{@code
   * Meeting meeting = ActivityGenerators.meetings().generate(seed, 8);
   * assertThat(meeting.ratings().isEmpty() || meeting.status() == MeetingStatus.HELD).isTrue();
   * assertThat(meeting.end()).isAfter(meeting.start());
   * }</pre>
   *
   * @return the generator
   */
  public static Generator<Meeting> meetings() {
    return Draws.generator(
        (r, size) -> {
          ParticipantId[] two = DomainGenerators.twoParticipants(r, size);
          return meeting(
              r,
              size,
              DomainGenerators.programId(r, size),
              DomainGenerators.pairId(r, size),
              two[0],
              two[1],
              true);
        });
  }

  // ====================================================================================== feedback

  /**
   * Returns survey ids, shaped as {@link DomainGenerators#programIds()}.
   *
   * @return the generator
   */
  public static Generator<SurveyId> surveyIds() {
    return Draws.generator((r, size) -> SurveyId.of(Draws.idValue(r, "survey", size)));
  }

  /**
   * Returns survey response ids, shaped as {@link DomainGenerators#programIds()}.
   *
   * @return the generator
   */
  public static Generator<ResponseId> responseIds() {
    return Draws.generator((r, size) -> ResponseId.of(Draws.idValue(r, "response", size)));
  }

  /**
   * Returns survey questions of every type, required or optional: choice questions with 2 to 20
   * distinct options, now and then a rating marked as the fit question.
   *
   * @return the generator
   */
  public static Generator<SurveyQuestion> surveyQuestions() {
    return Draws.generator((r, size) -> surveyQuestion(r, size, r.nextInt(1_000), true));
  }

  /**
   * Returns survey drafts that the engine accepts: 1 to 50 questions with distinct keys, and
   * exactly one fit question in an early fit check, none elsewhere.
   *
   * @return the generator
   */
  public static Generator<SurveyDraft> surveyDrafts() {
    return Draws.generator(ActivityGenerators::surveyDraft);
  }

  /**
   * Returns surveys in every status, created as drafts, sometimes revised, then opened and closed
   * (or closed without opening) by the lifecycle's verbs.
   *
   * <pre>{@code
   * Survey survey = ActivityGenerators.surveys().generate(seed, 8);
   * Survey stored = tx.surveys().insert(survey.withVersion(0));
   * assertThat(tx.surveys().findByProgram(survey.programId())).contains(stored);
   * }</pre>
   *
   * @return the generator
   */
  public static Generator<Survey> surveys() {
    return Draws.generator((r, size) -> survey(r, size, DomainGenerators.programId(r, size), null));
  }

  /**
   * Returns responses to generated surveys, answering each as {@link #surveyResponses(Survey)}
   * does; now and then one is erased as a privacy request leaves it.
   *
   * @return the generator
   */
  public static Generator<SurveyResponse> surveyResponses() {
    return Draws.generator(
        (r, size) -> {
          Survey survey = survey(r, inner(size), DomainGenerators.programId(r, size), null);
          SurveyResponse response = response(r, size, survey);
          return rarely(r, 16) ? response.erase(ParticipantId.of(Draws.uuid(r))) : response;
        });
  }

  /**
   * Returns responses to one survey whose answers the engine accepts: every required question
   * answered, optional ones now and then, each with an answer of its type and range; a pair when
   * the survey's checkpoint requires one (sometimes otherwise) and a subject key after a meeting.
   * The respondent and pair are drawn, so to submit through the engine take the answers:
   *
   * <pre>{@code
   * SurveyResponse drawn = ActivityGenerators.surveyResponses(survey).generate(seed, 5);
   * surveys.respond(Actor.participant(mentee), survey.id(), pair.id(), null, drawn.answers());
   * assertThat(surveys.summary(admin, survey.id()).responses()).isEqualTo(1);
   * }</pre>
   *
   * @param survey the survey
   * @return the generator
   * @throws NullPointerException if {@code survey} is null
   */
  public static Generator<SurveyResponse> surveyResponses(Survey survey) {
    requireNonNull(survey, "survey");
    return Draws.generator((r, size) -> response(r, size, survey));
  }

  /**
   * Returns Net Promoter Scores: no answers, one, a few, and now and then counts near the largest
   * total an {@code int} holds.
   *
   * @return the generator
   */
  public static Generator<NetPromoterScore> netPromoterScores() {
    return Draws.generator(ActivityGenerators::netPromoterScore);
  }

  /**
   * Returns question summaries of every kind, with counts that add up as each kind requires.
   *
   * @return the generator
   */
  public static Generator<QuestionSummary> questionSummaries() {
    return Draws.generator(ActivityGenerators::questionSummary);
  }

  /**
   * Returns summaries computed by {@link SurveySummary#of} from a generated survey and responses
   * that answer it, anonymous ones among them (withheld below {@link
   * SurveySummary#MIN_ANONYMOUS_GROUP} responses).
   *
   * <pre>{@code
   * SurveySummary summary = ActivityGenerators.surveySummaries().generate(seed, 12);
   * String json = mapper.writeValueAsString(summary);
   * assertThat(mapper.readValue(json, SurveySummary.class)).isEqualTo(summary);
   * }</pre>
   *
   * @return the generator
   */
  public static Generator<SurveySummary> surveySummaries() {
    return Draws.generator(
        (r, size) -> {
          Survey survey = survey(r, inner(size), DomainGenerators.programId(r, size), null);
          int n = length(r, size, 100);
          List<SurveyResponse> responses = new ArrayList<>(n);
          for (int i = 0; i < n; i++) {
            responses.add(response(r, inner(size), survey));
          }
          return SurveySummary.of(survey, responses);
        });
  }

  // ================================================================================ knowledge base

  /**
   * Returns resource ids, shaped as {@link DomainGenerators#programIds()}.
   *
   * @return the generator
   */
  public static Generator<ResourceId> resourceIds() {
    return Draws.generator(ActivityGenerators::resourceId);
  }

  /**
   * Returns resource drafts that the engine accepts: {@code http} and {@code https} links with a
   * host (up to the longest accepted, 2,000 characters, with ports, queries, fragments and escaped
   * characters), up to 20 lower-case tags, every audience and any set of phases.
   *
   * <pre>{@code
   * ResourceDraft draft = ActivityGenerators.resourceDrafts().generate(seed, 5);
   * Resource resource = mentoring.resources().add(admin, programId, draft);
   * assertThat(resource.draft()).isEqualTo(draft);
   * }</pre>
   *
   * @return the generator
   */
  public static Generator<ResourceDraft> resourceDrafts() {
    return Draws.generator(ActivityGenerators::resourceDraft);
  }

  /**
   * Returns resources of the knowledge base, as added and sometimes revised.
   *
   * <pre>{@code
   * Resource resource = ActivityGenerators.resources().generate(seed, 5);
   * Resource stored = tx.resources().insert(resource.withVersion(0));
   * assertThat(tx.resources().find(resource.id())).contains(stored);
   * }</pre>
   *
   * @return the generator
   */
  public static Generator<Resource> resources() {
    return Draws.generator((r, size) -> resource(r, size, DomainGenerators.programId(r, size)));
  }

  /**
   * Returns suggestions: a resource with at least one tag and some of its tags as the matched ones.
   *
   * @return the generator
   */
  public static Generator<ResourceSuggestion> resourceSuggestions() {
    return Draws.generator(
        (r, size) -> {
          Resource resource = resource(r, size, DomainGenerators.programId(r, size));
          if (resource.tags().isEmpty()) {
            ResourceDraft tagged = resource.draft().toBuilder().tags(tag(r)).build();
            resource = resource.revise(tagged, resource.updatedAt());
          }
          List<String> tags = new ArrayList<>(resource.tags());
          Set<String> matched = new LinkedHashSet<>();
          for (String t : tags) {
            if (r.nextBoolean()) {
              matched.add(t);
            }
          }
          if (matched.isEmpty()) {
            matched.add(pick(r, tags));
          }
          return new ResourceSuggestion(resource, matched);
        });
  }

  // =============================================================================== building blocks

  static GoalId goalId(RandomGenerator r, int size) {
    return GoalId.of(Draws.idValue(r, "goal", size));
  }

  static MeetingId meetingId(RandomGenerator r, int size) {
    return MeetingId.of(Draws.idValue(r, "meeting", size));
  }

  static ResourceId resourceId(RandomGenerator r, int size) {
    return ResourceId.of(Draws.idValue(r, "resource", size));
  }

  /** A day from {@code from} up to about two years later; {@code from} itself on a zero draw. */
  private static LocalDate dayFrom(RandomGenerator r, LocalDate from) {
    return from.plusDays(Draws.longBetween(r, 0, 730));
  }

  /**
   * A goal draft valid on {@code today}: dates on or after it, milestones due by the target date
   * with distinct titles, progress by milestones only with a milestone.
   */
  static GoalDraft goalDraft(RandomGenerator r, int size, LocalDate today) {
    LocalDate target = dayFrom(r, today);
    int n = length(r, size, 50);
    List<String> titles = Draws.distinct(n, () -> Draws.text(r, inner(size), 200));
    GoalDraft.Builder b =
        GoalDraft.builder(Draws.text(r, size, 200), Draws.text(r, size, 1_000), target)
            .description(Draws.textOrEmpty(r, size, 4_000))
            .visibility(pick(r, GoalVisibility.class));
    long span = target.toEpochDay() - today.toEpochDay();
    for (String title : titles) {
      b.milestone(title, today.plusDays(Draws.longBetween(r, 0, span)));
    }
    if (!titles.isEmpty() && r.nextBoolean()) {
      b.progressMode(ProgressMode.MILESTONES);
    }
    return b.build();
  }

  /**
   * A goal of a pair, owned by its mentee, in any status reached from DRAFT by the lifecycle's
   * verbs; if {@code mayErase}, now and then erased as a privacy request leaves it.
   */
  static Goal goal(
      RandomGenerator r,
      int size,
      ProgramId program,
      PairId pair,
      ParticipantId mentor,
      ParticipantId mentee,
      boolean mayErase) {
    Instant created = Draws.instant(r);
    LocalDate today = LocalDate.ofInstant(created, ZoneOffset.UTC);
    Goal g = Goal.draft(goalId(r, size), program, pair, mentee, goalDraft(r, size, today), created);
    GoalStatus target = pick(r, GoalStatus.class);
    Instant at = created;
    if (target == GoalStatus.ACTIVE
        || target == GoalStatus.ACHIEVED
        || (target == GoalStatus.ABANDONED && r.nextBoolean())) {
      at = after(r, at);
      g = g.activate(at);
    }
    int steps = length(r, size, 12);
    for (int i = 0; i < steps; i++) {
      at = after(r, at);
      g = goalStep(r, inner(size), g, mentor, mentee, at);
    }
    if (target == GoalStatus.ACHIEVED) {
      at = after(r, at);
      g = g.achieve(at);
    } else if (target == GoalStatus.ABANDONED) {
      at = after(r, at);
      g = g.abandon(Draws.optionalText(r, size, 2_000), at);
    }
    if (mayErase && rarely(r, 16)) {
      g = g.erase(r.nextBoolean() ? mentee : mentor, ParticipantId.of(Draws.uuid(r)), after(r, at));
    }
    return g.withVersion(Draws.version(r));
  }

  /** One change of an open goal by a member of its pair. */
  private static Goal goalStep(
      RandomGenerator r, int size, Goal g, ParticipantId mentor, ParticipantId mentee, Instant at) {
    int milestones = g.milestones().size();
    boolean manual = g.progressMode() == ProgressMode.MANUAL;
    return switch (r.nextInt(8)) {
      case 0, 1 -> milestones == 0 ? g : g.completeMilestone(r.nextInt(milestones), at);
      case 2 -> milestones == 0 ? g : g.reopenMilestone(r.nextInt(milestones), at);
      case 3 -> manual ? g.withProgress(between(r, 0, 100), at) : g;
      case 4 -> g.share(pick(r, GoalVisibility.class), at);
      case 5 ->
          rarely(r, 2)
              ? g.revise(goalDraft(r, size, LocalDate.ofInstant(at, ZoneOffset.UTC)), at)
              : g;
      default ->
          g.checkIn(
              r.nextBoolean() ? mentee : mentor,
              Draws.text(r, size, 2_000),
              manual && r.nextBoolean() ? Integer.valueOf(between(r, 0, 100)) : null,
              at);
    };
  }

  /**
   * A plan starting at {@code start}: 15 minutes to 8 hours, any mode, time zone and title, with or
   * without an agenda and a location.
   */
  static MeetingPlan meetingPlan(RandomGenerator r, int size, Instant start) {
    MeetingMode mode = pick(r, MeetingMode.class);
    String location;
    if (absent(r)) {
      location = null;
    } else {
      location =
          switch (r.nextInt(4)) {
            case 0 -> Draws.location(r);
            case 1 -> "https://meet.example.com/" + Draws.word(r) + "-" + r.nextInt(1_000);
            case 2 -> "";
            default -> Draws.text(r, size, 500);
          };
    }
    return MeetingPlan.builder(Draws.text(r, size, 200), start, Draws.zone(r))
        .duration(Draws.duration(r, FIFTEEN_MINUTES, EIGHT_HOURS))
        .mode(mode)
        .agenda(Draws.textOrEmpty(r, size, 4_000))
        .location(location)
        .build();
  }

  /** A start after {@code now}: a minute to 60 days later, to the nanosecond now and then. */
  static Instant futureStart(RandomGenerator r, Instant now) {
    Instant start = now.plusSeconds(60 + r.nextLong(SIXTY_DAYS));
    return rarely(r, 4) ? start.plusNanos(1 + r.nextInt(999_999_999)) : start;
  }

  /**
   * A meeting of a pair in any status, scheduled or logged by either side, with notes and (once
   * held) ratings; if {@code mayErase}, now and then erased as a privacy request leaves it.
   */
  static Meeting meeting(
      RandomGenerator r,
      int size,
      ProgramId program,
      PairId pair,
      ParticipantId mentor,
      ParticipantId mentee,
      boolean mayErase) {
    ParticipantId organizer = r.nextBoolean() ? mentor : mentee;
    MeetingStatus target = pick(r, MeetingStatus.class);
    Instant created = Draws.instant(r);
    Instant at = created;
    Meeting m;
    if (target == MeetingStatus.HELD && r.nextInt(3) == 0) {
      MeetingPlan plan = meetingPlan(r, size, created);
      Instant start = created.minus(plan.duration()).minusSeconds(r.nextLong(SIXTY_DAYS));
      m = Meeting.logged(meetingId(r, size), program, pair, organizer, plan.withStart(start), at);
    } else {
      MeetingSeriesId series =
          rarely(r, 3) ? MeetingSeriesId.of(Draws.idValue(r, "series", size)) : null;
      MeetingPlan plan = meetingPlan(r, size, futureStart(r, created));
      m = Meeting.schedule(meetingId(r, size), program, pair, series, organizer, plan, at);
      if (rarely(r, 4)) {
        at = Draws.within(r, at, m.start());
        m = m.reschedule(futureStart(r, at), at);
      }
      switch (target) {
        case HELD -> {
          at = after(r, m.start());
          m = m.markHeld(at);
        }
        case NO_SHOW -> {
          at = after(r, m.start());
          m = m.markNoShow(at);
        }
        case CANCELLED -> {
          at = Draws.within(r, at, m.start());
          m = m.cancel(Draws.optionalText(r, size, 2_000), at);
        }
        default -> {
          // stays scheduled
        }
      }
    }
    if (!absent(r)) {
      at = after(r, at);
      m = m.withSharedNotes(Draws.textOrEmpty(r, size, 20_000), at);
    }
    for (ParticipantId side : List.of(mentor, mentee)) {
      if (r.nextBoolean()) {
        at = after(r, at);
        m = m.withPrivateNote(side, Draws.text(r, size, 20_000), at);
      }
      if (m.status() == MeetingStatus.HELD && !absent(r)) {
        at = after(r, at);
        m = m.rate(side, between(r, Meeting.MIN_RATING, Meeting.MAX_RATING), at);
      }
    }
    if (mayErase && rarely(r, 16)) {
      m = m.erase(r.nextBoolean() ? mentee : mentor, ParticipantId.of(Draws.uuid(r)), after(r, at));
    }
    return m.withVersion(Draws.version(r));
  }

  /**
   * A question key: 1 to 40 lower-case letters, digits, {@code _} or {@code -}, distinct for
   * distinct indexes.
   */
  static String surveyKey(RandomGenerator r, int index) {
    return switch (r.nextInt(16)) {
      case 14 -> {
        String key = "q" + index + "-abcdefghijklmnopqrstuvwxyz0123456789_-abcdefgh";
        yield key.substring(0, 40);
      }
      case 15 -> String.valueOf(index);
      default -> Draws.word(r) + "_" + index;
    };
  }

  /** 2 to 20 distinct options, not blank, up to 200 characters. */
  private static List<String> options(RandomGenerator r, int size) {
    int n = between(r, 2, Math.min(20, 2 + size));
    List<String> options = Draws.distinct(n, () -> Draws.text(r, inner(size), 200));
    for (int k = 1; options.size() < 2; k++) {
      String option = "option " + k;
      if (!options.contains(option)) {
        options.add(option);
      }
    }
    return options;
  }

  /** A question with a key made of {@code index}; a fit question (a rating) only if allowed. */
  static SurveyQuestion surveyQuestion(RandomGenerator r, int size, int index, boolean mayBeFit) {
    SurveyQuestionType type = pick(r, SurveyQuestionType.class);
    boolean fit = mayBeFit && type == SurveyQuestionType.RATING && rarely(r, 4);
    return new SurveyQuestion(
        surveyKey(r, index),
        Draws.text(r, size, 500),
        type,
        type.isChoice() ? options(r, size) : List.of(),
        !absent(r),
        fit);
  }

  /** The fit question of an early fit check, required or not. */
  private static SurveyQuestion fitQuestion(RandomGenerator r, int size, int index) {
    SurveyQuestion fit = SurveyQuestion.fit(surveyKey(r, index), Draws.text(r, size, 500));
    return rarely(r, 4) ? fit.optional() : fit;
  }

  static SurveyDraft surveyDraft(RandomGenerator r, int size) {
    SurveyCheckpoint checkpoint = pick(r, SurveyCheckpoint.class);
    int n = 1 + length(r, size, 49);
    int fitAt = checkpoint == SurveyCheckpoint.EARLY_FIT_CHECK ? r.nextInt(n) : -1;
    List<SurveyQuestion> questions = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      questions.add(
          i == fitAt ? fitQuestion(r, inner(size), i) : surveyQuestion(r, inner(size), i, false));
    }
    return new SurveyDraft(
        Draws.text(r, size, 200),
        checkpoint,
        questions,
        r.nextBoolean(),
        pick(r, SurveyAudience.class));
  }

  /** A survey of a program in {@code target} status or, if null, in any status. */
  static Survey survey(
      RandomGenerator r, int size, ProgramId program, @Nullable SurveyStatus target) {
    Instant at = Draws.instant(r);
    Survey s =
        Survey.create(
            SurveyId.of(Draws.idValue(r, "survey", size)), program, surveyDraft(r, size), at);
    if (rarely(r, 4)) {
      at = after(r, at);
      s = s.revise(surveyDraft(r, size), at);
    }
    SurveyStatus to = target == null ? pick(r, SurveyStatus.class) : target;
    if (to == SurveyStatus.OPEN || (to == SurveyStatus.CLOSED && r.nextInt(4) != 0)) {
      at = after(r, at);
      s = s.open(at);
    }
    if (to == SurveyStatus.CLOSED) {
      at = after(r, at);
      s = s.close(at);
    }
    return s.withVersion(Draws.version(r));
  }

  /**
   * Answers the engine accepts for a survey: every required question, optional ones now and then,
   * each of its type and within its range.
   */
  static Map<String, Answer> answersTo(RandomGenerator r, int size, Survey survey) {
    Map<String, Answer> answers = new LinkedHashMap<>();
    for (SurveyQuestion q : survey.questions()) {
      if (!q.required() && absent(r)) {
        continue;
      }
      Answer a =
          switch (q.type()) {
            case RATING, NPS -> Answer.number(between(r, q.type().lowest(), q.type().highest()));
            case SINGLE_CHOICE -> new Answer.ChoiceAnswer(List.of(pick(r, q.options())));
            case MULTIPLE_CHOICE -> {
              List<String> chosen = new ArrayList<>();
              for (String option : q.options()) {
                if (r.nextBoolean()) {
                  chosen.add(option);
                }
              }
              if (chosen.isEmpty()) {
                chosen.add(pick(r, q.options()));
              }
              yield new Answer.ChoiceAnswer(chosen);
            }
            case FREE_TEXT -> Answer.text(Draws.text(r, size, SurveyQuestion.MAX_TEXT_ANSWER));
          };
      answers.put(q.key(), a);
    }
    return answers;
  }

  /** A response to a survey, by a drawn respondent, about a drawn pair and subject if needed. */
  static SurveyResponse response(RandomGenerator r, int size, Survey survey) {
    SurveyCheckpoint checkpoint = survey.checkpoint();
    PairId pair = checkpoint.requiresPair() || !absent(r) ? DomainGenerators.pairId(r, size) : null;
    String subject;
    if (checkpoint.requiresSubject()) {
      subject = meetingId(r, size).value();
    } else {
      subject = pair != null && rarely(r, 4) ? meetingId(r, size).value() : null;
    }
    Instant opened = survey.openedAt();
    Instant submitted = opened == null ? Draws.instant(r) : after(r, opened);
    return new SurveyResponse(
        ResponseId.of(Draws.idValue(r, "response", size)),
        0,
        survey.id(),
        survey.programId(),
        DomainGenerators.participantId(r, size),
        pair,
        subject,
        answersTo(r, size, survey),
        submitted);
  }

  static NetPromoterScore netPromoterScore(RandomGenerator r, int size) {
    return switch (r.nextInt(16)) {
      case 0 -> NetPromoterScore.none();
      case 1 ->
          switch (r.nextInt(3)) {
            case 0 -> new NetPromoterScore(1, 0, 0);
            case 1 -> new NetPromoterScore(0, 1, 0);
            default -> new NetPromoterScore(0, 0, 1);
          };
      case 2 -> {
        // Together at most Integer.MAX_VALUE, as the record requires.
        int third = Integer.MAX_VALUE / 3;
        yield new NetPromoterScore(
            between(r, 0, third), between(r, 0, third), between(r, 0, third));
      }
      default -> {
        int most = 10 + 10 * Math.min(size, 1_000);
        yield new NetPromoterScore(between(r, 0, most), between(r, 0, most), between(r, 0, most));
      }
    };
  }

  static QuestionSummary questionSummary(RandomGenerator r, int size) {
    String key = surveyKey(r, r.nextInt(1_000));
    int most = 10 + 10 * Math.min(size, 1_000);
    return switch (r.nextInt(4)) {
      case 0 -> {
        List<Integer> counts = new ArrayList<>(5);
        int answered = 0;
        for (int i = 0; i < 5; i++) {
          int c = between(r, 0, most);
          counts.add(c);
          answered += c;
        }
        yield new QuestionSummary.RatingSummary(key, answered, counts);
      }
      case 1 -> new QuestionSummary.NpsSummary(key, netPromoterScore(r, size));
      case 2 -> {
        int answered = between(r, 0, most);
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (String option : options(r, size)) {
          counts.put(option, between(r, 0, answered));
        }
        yield new QuestionSummary.ChoiceSummary(key, answered, counts);
      }
      default -> {
        int answered = between(r, 0, most);
        int shown = absent(r) ? 0 : Math.min(answered, length(r, size, 50));
        yield new QuestionSummary.TextSummary(
            key, answered, Draws.list(shown, () -> Draws.text(r, inner(size), 4_000)));
      }
    };
  }

  /**
   * A tag: a topic, a skill or a word in lower case, now and then an awkward fragment or exactly 40
   * characters.
   */
  static String tag(RandomGenerator r) {
    String raw =
        switch (r.nextInt(16)) {
          case 0, 1, 2, 3, 4 -> Draws.topic(r);
          case 5, 6, 7, 8 -> Draws.skillName(r).toLowerCase(Locale.ROOT);
          case 14 -> Draws.awkward(r).toLowerCase(Locale.ROOT).strip();
          case 15 -> "abcdefghijklmnopqrstuvwxyz abcdefghijklm";
          default -> Draws.word(r);
        };
    return TAG.matcher(raw).matches() && raw.length() <= 40 ? raw : Draws.word(r);
  }

  /**
   * A web link with a host: mostly short {@code https} links, now and then {@code http}, a port, a
   * query and fragment, escaped characters, an upper-case scheme, or exactly the longest accepted
   * length.
   */
  static URI link(RandomGenerator r, int size) {
    int n = r.nextInt(1 + 10 * Math.min(size, 1_000));
    return switch (r.nextInt(16)) {
      case 12 -> URI.create("http://intranet.example.com/wiki/" + Draws.word(r) + "_" + n);
      case 13 ->
          URI.create("https://kb.example.org:8443/a/b?lang=en&id=" + n + "#" + Draws.word(r));
      case 14 -> {
        String prefix = "https://learning.example.com/";
        StringBuilder b = new StringBuilder(prefix);
        while (b.length() < ResourceDraft.MAX_LINK_LENGTH) {
          b.append((char) ('a' + b.length() % 26));
        }
        yield URI.create(b.toString());
      }
      case 15 -> {
        try {
          yield new URI("https", "docs.example.com", "/guides/" + Draws.awkward(r), "v=" + n, null);
        } catch (URISyntaxException e) {
          throw new IllegalStateException(e);
        }
      }
      case 11 -> URI.create("HTTPS://Example.COM/Path/" + n);
      default -> URI.create("https://learning.example.com/" + Draws.word(r) + "/" + n);
    };
  }

  static ResourceDraft resourceDraft(RandomGenerator r, int size) {
    List<String> tags = Draws.distinct(length(r, size, 20), () -> tag(r));
    return new ResourceDraft(
        Draws.text(r, size, 200),
        link(r, size),
        Draws.textOrEmpty(r, size, 2_000),
        new LinkedHashSet<>(tags),
        pick(r, ResourceAudience.class),
        Draws.subset(r, ProgramStatus.class));
  }

  static Resource resource(RandomGenerator r, int size, ProgramId program) {
    Instant at = Draws.instant(r);
    Resource resource = Resource.create(resourceId(r, size), program, resourceDraft(r, size), at);
    if (rarely(r, 4)) {
      resource = resource.revise(resourceDraft(r, size), after(r, at));
    }
    return resource.withVersion(Draws.version(r));
  }
}
