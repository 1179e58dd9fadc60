package dev.mentoring.core.meeting;

import static java.util.Objects.requireNonNull;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.apiguardian.api.API;
import org.hibernate.validator.constraints.time.DurationMax;
import org.hibernate.validator.constraints.time.DurationMin;
import org.jspecify.annotations.Nullable;

/**
 * When, how and about what a pair meets: the input of {@code meetings().schedule}, {@code
 * scheduleSeries} and {@code log}. Build one with {@link #builder(String, Instant, ZoneId)}.
 *
 * <p>Besides the constraints on the components the engine checks the start: in the future for a
 * scheduled meeting, and for a logged one at or after the pair started and early enough that the
 * meeting has ended.
 *
 * @param start when the meeting starts
 * @param duration how long it lasts, 15 minutes to 8 hours
 * @param timeZone the organiser's time zone, in which the meeting is shown and repeats
 * @param mode how the pair meets
 * @param title what the meeting is called, 1 to 200 characters
 * @param agenda what the pair means to talk about, up to 4,000 characters
 * @param location a place or a link, up to 500 characters, or {@code null}
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record MeetingPlan(
    Instant start,
    @DurationMin(minutes = 15, message = "must be at least 15 minutes")
        @DurationMax(hours = 8, message = "must be at most 8 hours")
        Duration duration,
    ZoneId timeZone,
    MeetingMode mode,
    @NotBlank @Size(max = 200) String title,
    @Size(max = 4_000) String agenda,
    @Nullable @Size(max = 500) String location) {

  /**
   * Checks nulls.
   *
   * @param start when the meeting starts
   * @param duration how long it lasts, 15 minutes to 8 hours
   * @param timeZone the organiser's time zone, in which the meeting is shown and repeats
   * @param mode how the pair meets
   * @param title what the meeting is called, 1 to 200 characters
   * @param agenda what the pair means to talk about, up to 4,000 characters
   * @param location a place or a link, up to 500 characters, or {@code null}
   * @throws NullPointerException if a non-nullable component is null
   */
  public MeetingPlan {
    requireNonNull(start, "start");
    requireNonNull(duration, "duration");
    requireNonNull(timeZone, "timeZone");
    requireNonNull(mode, "mode");
    requireNonNull(title, "title");
    requireNonNull(agenda, "agenda");
  }

  /**
   * Returns a builder with the defaults: one hour, {@link MeetingMode#VIDEO}, no agenda and no
   * location.
   *
   * @param title what the meeting is called
   * @param start when it starts
   * @param timeZone the organiser's time zone
   * @return a new builder
   */
  public static Builder builder(String title, Instant start, ZoneId timeZone) {
    return new Builder(title, start, timeZone);
  }

  /**
   * Returns this plan starting at another instant.
   *
   * @param newStart the start
   * @return the copy
   */
  public MeetingPlan withStart(Instant newStart) {
    return new MeetingPlan(newStart, duration, timeZone, mode, title, agenda, location);
  }

  /**
   * Returns when the meeting ends.
   *
   * @return {@code start + duration}
   */
  public Instant end() {
    return start.plus(duration);
  }

  /**
   * Builds a {@link MeetingPlan}. Not thread-safe; each setter replaces the previous value.
   *
   * @since 0.1
   */
  public static final class Builder {
    private String title;
    private Instant start;
    private ZoneId timeZone;
    private Duration duration = Duration.ofHours(1);
    private MeetingMode mode = MeetingMode.VIDEO;
    private String agenda = "";
    private @Nullable String location;

    private Builder(String title, Instant start, ZoneId timeZone) {
      this.title = requireNonNull(title, "title");
      this.start = requireNonNull(start, "start");
      this.timeZone = requireNonNull(timeZone, "timeZone");
    }

    /**
     * Sets the title.
     *
     * @param value what the meeting is called
     * @return this builder
     */
    public Builder title(String value) {
      this.title = requireNonNull(value, "title");
      return this;
    }

    /**
     * Sets the start.
     *
     * @param value when the meeting starts
     * @return this builder
     */
    public Builder start(Instant value) {
      this.start = requireNonNull(value, "start");
      return this;
    }

    /**
     * Sets the time zone.
     *
     * @param value the organiser's time zone
     * @return this builder
     */
    public Builder timeZone(ZoneId value) {
      this.timeZone = requireNonNull(value, "timeZone");
      return this;
    }

    /**
     * Sets the duration.
     *
     * @param value how long the meeting lasts
     * @return this builder
     */
    public Builder duration(Duration value) {
      this.duration = requireNonNull(value, "duration");
      return this;
    }

    /**
     * Sets the mode.
     *
     * @param value how the pair meets
     * @return this builder
     */
    public Builder mode(MeetingMode value) {
      this.mode = requireNonNull(value, "mode");
      return this;
    }

    /**
     * Sets the agenda.
     *
     * @param value what the pair means to talk about
     * @return this builder
     */
    public Builder agenda(String value) {
      this.agenda = requireNonNull(value, "agenda");
      return this;
    }

    /**
     * Sets the location.
     *
     * @param value a place or a link, or {@code null} for none
     * @return this builder
     */
    public Builder location(@Nullable String value) {
      this.location = value;
      return this;
    }

    /**
     * Returns the plan. The builder may be reused.
     *
     * @return a new plan
     */
    public MeetingPlan build() {
      return new MeetingPlan(start, duration, timeZone, mode, title, agenda, location);
    }
  }
}
