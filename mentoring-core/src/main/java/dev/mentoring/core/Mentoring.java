package dev.mentoring.core;

import static java.util.Objects.requireNonNull;

import dev.mentoring.core.event.MentoringListener;
import dev.mentoring.core.internal.DefaultEnrollmentService;
import dev.mentoring.core.internal.DefaultGoalService;
import dev.mentoring.core.internal.DefaultMatchingService;
import dev.mentoring.core.internal.DefaultMeetingService;
import dev.mentoring.core.internal.DefaultPairService;
import dev.mentoring.core.internal.DefaultPrivacyService;
import dev.mentoring.core.internal.DefaultProgramService;
import dev.mentoring.core.internal.DefaultReminderService;
import dev.mentoring.core.internal.DefaultReportService;
import dev.mentoring.core.internal.DefaultResourceService;
import dev.mentoring.core.internal.DefaultSurveyService;
import dev.mentoring.core.internal.Dispatcher;
import dev.mentoring.core.internal.Engine;
import dev.mentoring.core.matching.MatchingStrategy;
import dev.mentoring.core.matching.SimpleSkillMatching;
import dev.mentoring.core.memory.InMemoryMentoringStore;
import dev.mentoring.core.notification.Notifier;
import dev.mentoring.core.spi.MentoringStore;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import org.apiguardian.api.API;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.jspecify.annotations.Nullable;

/**
 * The engine: build one per application with {@link #builder()} and share it.
 *
 * <pre>{@code
 * Mentoring mentoring = Mentoring.builder().build(); // in-memory, system clock
 * Actor admin = Actor.participant("hr-42");
 * Program program = mentoring.programs().create(admin, ProgramSpec.builder("Onboarding").build());
 * mentoring.programs().openEnrollment(admin, program.id());
 * }</pre>
 *
 * <p>Each service method takes the acting user, validates its input and reports every violation at
 * once, runs in one store transaction, and publishes events and notifications after commit. A
 * refused call leaves the store unchanged. This class is thread-safe.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class Mentoring {
  private final MentoringStore store;
  private final Clock clock;
  private final ProgramService programs;
  private final EnrollmentService enrollments;
  private final PairService pairs;
  private final MatchingService matching;
  private final ReminderService reminders;
  private final PrivacyService privacy;
  private final GoalService goals;
  private final MeetingService meetings;
  private final SurveyService surveys;
  private final ResourceService resources;
  private final ReportService reports;

  private Mentoring(Builder b) {
    this.store = b.store == null ? new InMemoryMentoringStore() : b.store;
    this.clock = b.clock == null ? Clock.systemUTC() : b.clock;
    Validator validator = b.validator == null ? DefaultValidator.INSTANCE : b.validator;
    MatchingStrategy strategy = b.strategy == null ? new SimpleSkillMatching() : b.strategy;
    Notifier notifier = b.notifier == null ? Notifier.noop() : b.notifier;
    Engine engine =
        new Engine(
            store, clock, validator, strategy, new Dispatcher(b.listeners, notifier, b.executor));
    this.programs = new DefaultProgramService(engine);
    this.enrollments = new DefaultEnrollmentService(engine);
    this.pairs = new DefaultPairService(engine);
    this.matching = new DefaultMatchingService(engine);
    this.reminders = new DefaultReminderService(engine);
    this.privacy = new DefaultPrivacyService(engine);
    this.goals = new DefaultGoalService(engine);
    this.meetings = new DefaultMeetingService(engine);
    this.surveys = new DefaultSurveyService(engine);
    this.resources = new DefaultResourceService(engine);
    this.reports = new DefaultReportService(engine);
  }

  /**
   * Returns a builder with the defaults: an {@link InMemoryMentoringStore}, the UTC system clock, a
   * no-op notifier, no listeners, a Hibernate Validator, {@link SimpleSkillMatching}, and delivery
   * on the calling thread.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the program service.
   *
   * @return programs and their lifecycle
   */
  public ProgramService programs() {
    return programs;
  }

  /**
   * Returns the enrollment service.
   *
   * @return applications and decisions
   */
  public EnrollmentService enrollments() {
    return enrollments;
  }

  /**
   * Returns the pair service.
   *
   * @return pairs and their lifecycle
   */
  public PairService pairs() {
    return pairs;
  }

  /**
   * Returns the matching service.
   *
   * @return strategy runs
   */
  public MatchingService matching() {
    return matching;
  }

  /**
   * Returns the reminder service.
   *
   * @return reminders due at an instant
   */
  public ReminderService reminders() {
    return reminders;
  }

  /**
   * Returns the privacy service.
   *
   * @return export and erasure
   */
  public PrivacyService privacy() {
    return privacy;
  }

  /**
   * Returns the goal service.
   *
   * @return goals of pairs and their progress
   */
  public GoalService goals() {
    return goals;
  }

  /**
   * Returns the meeting service.
   *
   * @return meetings of pairs, their notes and ratings
   */
  public MeetingService meetings() {
    return meetings;
  }

  /**
   * Returns the survey service.
   *
   * @return surveys, responses and their summaries
   */
  public SurveyService surveys() {
    return surveys;
  }

  /**
   * Returns the resource service.
   *
   * @return the knowledge base and suggestions
   */
  public ResourceService resources() {
    return resources;
  }

  /**
   * Returns the report service.
   *
   * @return pair health and program reports
   */
  public ReportService reports() {
    return reports;
  }

  /**
   * Returns the store this engine uses.
   *
   * @return the store
   */
  public MentoringStore store() {
    return store;
  }

  /**
   * Returns the clock this engine reads.
   *
   * @return the clock
   */
  public Clock clock() {
    return clock;
  }

  /** The shared default validator; building one is costly and the result is thread-safe. */
  private static final class DefaultValidator {
    static final Validator INSTANCE =
        Validation.byProvider(HibernateValidator.class)
            .configure()
            .messageInterpolator(new ParameterMessageInterpolator())
            .buildValidatorFactory()
            .getValidator();
  }

  /**
   * Configures a {@link Mentoring} engine. Each single-valued setting may be set once; {@link
   * #build()} snapshots the configuration. Not thread-safe.
   *
   * @since 0.1
   */
  public static final class Builder {
    private @Nullable MentoringStore store;
    private @Nullable Notifier notifier;
    private final List<MentoringListener> listeners = new ArrayList<>();
    private @Nullable Clock clock;
    private @Nullable Validator validator;
    private @Nullable MatchingStrategy strategy;
    private @Nullable Executor executor;

    private Builder() {}

    private static void requireUnset(@Nullable Object current, String name) {
      if (current != null) {
        throw new IllegalStateException(name + " was already set to " + current);
      }
    }

    /**
     * Sets the store. Default: a new {@link InMemoryMentoringStore}.
     *
     * @param value the store
     * @return this builder
     * @throws IllegalStateException if already set
     */
    public Builder store(MentoringStore value) {
      requireNonNull(value, "store");
      requireUnset(store, "store");
      this.store = value;
      return this;
    }

    /**
     * Sets the notifier. Default: {@link Notifier#noop()}.
     *
     * @param value the notifier
     * @return this builder
     * @throws IllegalStateException if already set
     */
    public Builder notifier(Notifier value) {
      requireNonNull(value, "notifier");
      requireUnset(notifier, "notifier");
      this.notifier = value;
      return this;
    }

    /**
     * Adds a listener; listeners receive events in the order they were added.
     *
     * @param value the listener
     * @return this builder
     */
    public Builder listener(MentoringListener value) {
      listeners.add(requireNonNull(value, "listener"));
      return this;
    }

    /**
     * Sets the clock. Default: {@link Clock#systemUTC()}.
     *
     * @param value the clock
     * @return this builder
     * @throws IllegalStateException if already set
     */
    public Builder clock(Clock value) {
      requireNonNull(value, "clock");
      requireUnset(clock, "clock");
      this.clock = value;
      return this;
    }

    /**
     * Sets the Jakarta validator that checks input. Default: Hibernate Validator with parameter
     * message interpolation (no expression language needed).
     *
     * @param value the validator
     * @return this builder
     * @throws IllegalStateException if already set
     */
    public Builder validator(Validator value) {
      requireNonNull(value, "validator");
      requireUnset(validator, "validator");
      this.validator = value;
      return this;
    }

    /**
     * Sets the default matching strategy. Default: {@link SimpleSkillMatching}.
     *
     * @param value the strategy
     * @return this builder
     * @throws IllegalStateException if already set
     */
    public Builder matching(MatchingStrategy value) {
      requireNonNull(value, "matching");
      requireUnset(strategy, "matching");
      this.strategy = value;
      return this;
    }

    /**
     * Sets the executor that delivers events and notifications after commit. Default: none, so
     * delivery runs on the thread that called the operation, before the call returns.
     *
     * @param value the executor
     * @return this builder
     * @throws IllegalStateException if already set
     */
    public Builder executor(Executor value) {
      requireNonNull(value, "executor");
      requireUnset(executor, "executor");
      this.executor = value;
      return this;
    }

    /**
     * Builds the engine. The builder may be reused.
     *
     * @return a new engine
     */
    public Mentoring build() {
      return new Mentoring(this);
    }
  }
}
