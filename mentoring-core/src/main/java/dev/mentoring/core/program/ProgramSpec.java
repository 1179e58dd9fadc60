package dev.mentoring.core.program;

import static java.util.Objects.requireNonNull;

import dev.mentoring.core.ParticipantId;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * Everything a host decides about a program: the input of {@code programs().create} and {@code
 * programs().update}. Build one with {@link #builder(String)}.
 *
 * <p>The constraints on the components are checked by the engine, together with the rules that span
 * components (dates in order, unique question keys), and all violations are reported at once.
 *
 * @param name the program's name, 1 to 200 characters
 * @param description a longer description, up to 4,000 characters
 * @param objectives what the program aims for, at most 20, each 1 to 500 characters
 * @param format how mentors and mentees meet
 * @param schedule when the program runs
 * @param cadence how often pairs are expected to meet
 * @param form the enrollment questions
 * @param matchingPolicy how pairs are made and confirmed
 * @param reminderPolicy when reminders fall due
 * @param enrollmentApprovalRequired whether an administrator approves each application; if false,
 *     applications are approved when submitted
 * @param admins the people who administer the program, at most 50
 * @param healthPolicy when a pair's health raises a signal
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public record ProgramSpec(
    @NotBlank @Size(max = 200) String name,
    @Size(max = 4_000) String description,
    @Size(max = 20) List<@NotBlank @Size(max = 500) String> objectives,
    ProgramFormat format,
    Schedule schedule,
    @Valid MeetingCadence cadence,
    @Valid EnrollmentForm form,
    @Valid MatchingPolicy matchingPolicy,
    @Valid ReminderPolicy reminderPolicy,
    boolean enrollmentApprovalRequired,
    @Size(max = 50) Set<ParticipantId> admins,
    @Valid HealthPolicy healthPolicy) {

  /**
   * Checks nulls and copies the collections.
   *
   * @param name the program's name, 1 to 200 characters
   * @param description a longer description, up to 4,000 characters
   * @param objectives what the program aims for, at most 20, each 1 to 500 characters
   * @param format how mentors and mentees meet
   * @param schedule when the program runs
   * @param cadence how often pairs are expected to meet
   * @param form the enrollment questions
   * @param matchingPolicy how pairs are made and confirmed
   * @param reminderPolicy when reminders fall due
   * @param enrollmentApprovalRequired whether an administrator approves each application; if false,
   *     applications are approved when submitted
   * @param admins the people who administer the program, at most 50
   * @param healthPolicy when a pair's health raises a signal
   * @throws NullPointerException if a component is null or a collection holds null
   */
  public ProgramSpec {
    requireNonNull(name, "name");
    requireNonNull(description, "description");
    objectives = List.copyOf(objectives);
    requireNonNull(format, "format");
    requireNonNull(schedule, "schedule");
    requireNonNull(cadence, "cadence");
    requireNonNull(form, "form");
    requireNonNull(matchingPolicy, "matchingPolicy");
    requireNonNull(reminderPolicy, "reminderPolicy");
    admins = Set.copyOf(admins);
    requireNonNull(healthPolicy, "healthPolicy");
  }

  /**
   * Returns a builder with the defaults: no description or objectives, {@link
   * ProgramFormat#ONE_TO_ONE}, an open schedule, a meeting every 14 days, an empty form, {@link
   * MatchingPolicy#defaults()}, {@link ReminderPolicy#defaults()}, approval of applications
   * required, no administrators besides the creator, {@link HealthPolicy#defaults()}.
   *
   * @param name the program's name
   * @return a new builder
   */
  public static Builder builder(String name) {
    return new Builder(name);
  }

  /**
   * Returns a builder initialised from this spec, to change some settings.
   *
   * @return a new builder
   */
  public Builder toBuilder() {
    Builder b = new Builder(name);
    b.description = description;
    b.objectives.addAll(objectives);
    b.format = format;
    b.schedule = schedule;
    b.cadence = cadence;
    b.form = form;
    b.matchingPolicy = matchingPolicy;
    b.reminderPolicy = reminderPolicy;
    b.enrollmentApprovalRequired = enrollmentApprovalRequired;
    b.admins.addAll(admins);
    b.healthPolicy = healthPolicy;
    return b;
  }

  /**
   * Builds a {@link ProgramSpec}. Not thread-safe; each setter replaces the previous value.
   *
   * @since 0.1
   */
  public static final class Builder {
    private String name;
    private String description = "";
    private final List<String> objectives = new ArrayList<>();
    private ProgramFormat format = ProgramFormat.ONE_TO_ONE;
    private Schedule schedule = Schedule.open();
    private MeetingCadence cadence = MeetingCadence.everyDays(14);
    private EnrollmentForm form = EnrollmentForm.empty();
    private MatchingPolicy matchingPolicy = MatchingPolicy.defaults();
    private ReminderPolicy reminderPolicy = ReminderPolicy.defaults();
    private boolean enrollmentApprovalRequired = true;
    private final Set<ParticipantId> admins = new LinkedHashSet<>();
    private HealthPolicy healthPolicy = HealthPolicy.defaults();

    private Builder(String name) {
      this.name = requireNonNull(name, "name");
    }

    /**
     * Sets the name.
     *
     * @param value the name
     * @return this builder
     */
    public Builder name(String value) {
      this.name = requireNonNull(value, "name");
      return this;
    }

    /**
     * Sets the description.
     *
     * @param value the description
     * @return this builder
     */
    public Builder description(String value) {
      this.description = requireNonNull(value, "description");
      return this;
    }

    /**
     * Adds an objective.
     *
     * @param value the objective
     * @return this builder
     */
    public Builder objective(String value) {
      objectives.add(requireNonNull(value, "objective"));
      return this;
    }

    /**
     * Sets the format.
     *
     * @param value the format
     * @return this builder
     */
    public Builder format(ProgramFormat value) {
      this.format = requireNonNull(value, "format");
      return this;
    }

    /**
     * Sets the schedule.
     *
     * @param value the schedule
     * @return this builder
     */
    public Builder schedule(Schedule value) {
      this.schedule = requireNonNull(value, "schedule");
      return this;
    }

    /**
     * Sets the expected meeting cadence.
     *
     * @param value the cadence
     * @return this builder
     */
    public Builder cadence(MeetingCadence value) {
      this.cadence = requireNonNull(value, "cadence");
      return this;
    }

    /**
     * Sets the enrollment form.
     *
     * @param value the form
     * @return this builder
     */
    public Builder form(EnrollmentForm value) {
      this.form = requireNonNull(value, "form");
      return this;
    }

    /**
     * Sets the matching policy.
     *
     * @param value the policy
     * @return this builder
     */
    public Builder matchingPolicy(MatchingPolicy value) {
      this.matchingPolicy = requireNonNull(value, "matchingPolicy");
      return this;
    }

    /**
     * Sets the reminder policy.
     *
     * @param value the policy
     * @return this builder
     */
    public Builder reminderPolicy(ReminderPolicy value) {
      this.reminderPolicy = requireNonNull(value, "reminderPolicy");
      return this;
    }

    /**
     * Sets whether applications need an administrator's approval.
     *
     * @param value true if they do
     * @return this builder
     */
    public Builder enrollmentApprovalRequired(boolean value) {
      this.enrollmentApprovalRequired = value;
      return this;
    }

    /**
     * Adds an administrator.
     *
     * @param value the person
     * @return this builder
     */
    public Builder admin(ParticipantId value) {
      admins.add(requireNonNull(value, "admin"));
      return this;
    }

    /**
     * Replaces the administrators.
     *
     * @param values the people
     * @return this builder
     */
    public Builder admins(Collection<ParticipantId> values) {
      admins.clear();
      admins.addAll(values);
      return this;
    }

    /**
     * Sets the thresholds of pair health.
     *
     * @param value the policy
     * @return this builder
     */
    public Builder healthPolicy(HealthPolicy value) {
      this.healthPolicy = requireNonNull(value, "healthPolicy");
      return this;
    }

    /**
     * Returns the spec. The builder may be reused.
     *
     * @return a new spec
     */
    public ProgramSpec build() {
      return new ProgramSpec(
          name,
          description,
          objectives,
          format,
          schedule,
          cadence,
          form,
          matchingPolicy,
          reminderPolicy,
          enrollmentApprovalRequired,
          admins,
          healthPolicy);
    }
  }
}
