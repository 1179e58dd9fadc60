package dev.mentoring.core.enrollment;

import static java.util.Objects.requireNonNull;

import dev.mentoring.core.ParticipantId;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * What matching and reporting know about a participant. Build one with {@link #builder()}.
 *
 * @param skillsOffered skills a mentor offers, at most 100
 * @param skillsSought skills a mentee seeks, at most 100
 * @param topics interests and topics, at most 100, each 1 to 100 characters
 * @param languages languages spoken, as BCP 47 tags such as {@code en} or {@code pt-BR}, at most 20
 * @param timeZone the time zone they work in, or {@code null} if unknown
 * @param location an office or city, up to 200 characters, or {@code null}
 * @param seniority a seniority level, 0 (entry) to 20
 * @param department a department or function, up to 200 characters, or {@code null}
 * @param managerChain their managers, direct manager first, at most 20; nobody is paired with a
 *     person in their manager chain
 * @param availability when they can meet
 * @param preferences soft wishes about a partner
 * @param exclusions people they must not be paired with, at most 1,000
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public record Profile(
    @Size(max = 100) List<@Valid Skill> skillsOffered,
    @Size(max = 100) List<@Valid Skill> skillsSought,
    @Size(max = 100) Set<@NotBlank @Size(max = 100) String> topics,
    @Size(max = 20) Set<@Pattern(regexp = "[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*") String> languages,
    @Nullable ZoneId timeZone,
    @Nullable @Size(max = 200) String location,
    @Min(0) @Max(20) int seniority,
    @Nullable @Size(max = 200) String department,
    @Size(max = 20) List<ParticipantId> managerChain,
    @Valid Availability availability,
    @Valid Preferences preferences,
    @Size(max = 1_000) Set<ParticipantId> exclusions) {

  /**
   * Checks nulls and copies the collections.
   *
   * @param skillsOffered skills a mentor offers, at most 100
   * @param skillsSought skills a mentee seeks, at most 100
   * @param topics interests and topics, at most 100, each 1 to 100 characters
   * @param languages languages spoken, as BCP 47 tags such as {@code en} or {@code pt-BR}, at most
   *     20
   * @param timeZone the time zone they work in, or {@code null} if unknown
   * @param location an office or city, up to 200 characters, or {@code null}
   * @param seniority a seniority level, 0 (entry) to 20
   * @param department a department or function, up to 200 characters, or {@code null}
   * @param managerChain their managers, direct manager first, at most 20; nobody is paired with a
   *     person in their manager chain
   * @param availability when they can meet
   * @param preferences soft wishes about a partner
   * @param exclusions people they must not be paired with, at most 1,000
   * @throws NullPointerException if a non-nullable component is null or a collection holds null
   */
  public Profile {
    skillsOffered = List.copyOf(skillsOffered);
    skillsSought = List.copyOf(skillsSought);
    topics = Set.copyOf(topics);
    languages = Set.copyOf(languages);
    managerChain = List.copyOf(managerChain);
    requireNonNull(availability, "availability");
    requireNonNull(preferences, "preferences");
    exclusions = Set.copyOf(exclusions);
  }

  /**
   * Returns a profile with nothing stated.
   *
   * @return the empty profile
   */
  public static Profile empty() {
    return builder().build();
  }

  /**
   * Returns a builder for a profile with nothing stated yet.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a builder initialised from this profile.
   *
   * @return a new builder
   */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.skillsOffered.addAll(skillsOffered);
    b.skillsSought.addAll(skillsSought);
    b.topics.addAll(topics);
    b.languages.addAll(languages);
    b.timeZone = timeZone;
    b.location = location;
    b.seniority = seniority;
    b.department = department;
    b.managerChain.addAll(managerChain);
    b.availability = availability;
    b.preferences = preferences;
    b.exclusions.addAll(exclusions);
    return b;
  }

  /**
   * Tells whether a person is in this profile's manager chain.
   *
   * @param person the person
   * @return whether they are one of the managers
   */
  public boolean reportsTo(ParticipantId person) {
    return managerChain.contains(person);
  }

  /**
   * Builds a {@link Profile}. Not thread-safe.
   *
   * @since 0.1
   */
  public static final class Builder {
    private final List<Skill> skillsOffered = new ArrayList<>();
    private final List<Skill> skillsSought = new ArrayList<>();
    private final Set<String> topics = new LinkedHashSet<>();
    private final Set<String> languages = new LinkedHashSet<>();
    private @Nullable ZoneId timeZone;
    private @Nullable String location;
    private int seniority;
    private @Nullable String department;
    private final List<ParticipantId> managerChain = new ArrayList<>();
    private Availability availability = Availability.unspecified();
    private Preferences preferences = Preferences.none();
    private final Set<ParticipantId> exclusions = new LinkedHashSet<>();

    private Builder() {}

    /**
     * Adds an offered skill.
     *
     * @param name the skill
     * @param level 1 to 5
     * @return this builder
     */
    public Builder offers(String name, int level) {
      skillsOffered.add(Skill.of(name, level));
      return this;
    }

    /**
     * Adds a sought skill.
     *
     * @param name the skill
     * @param level 1 to 5
     * @return this builder
     */
    public Builder seeks(String name, int level) {
      skillsSought.add(Skill.of(name, level));
      return this;
    }

    /**
     * Adds topics.
     *
     * @param values the topics
     * @return this builder
     */
    public Builder topics(String... values) {
      topics.addAll(List.of(values));
      return this;
    }

    /**
     * Adds languages.
     *
     * @param values BCP 47 tags
     * @return this builder
     */
    public Builder languages(String... values) {
      languages.addAll(List.of(values));
      return this;
    }

    /**
     * Sets the time zone.
     *
     * @param value the zone, or null
     * @return this builder
     */
    public Builder timeZone(@Nullable ZoneId value) {
      this.timeZone = value;
      return this;
    }

    /**
     * Sets the location.
     *
     * @param value the location, or null
     * @return this builder
     */
    public Builder location(@Nullable String value) {
      this.location = value;
      return this;
    }

    /**
     * Sets the seniority level.
     *
     * @param value 0 to 20
     * @return this builder
     */
    public Builder seniority(int value) {
      this.seniority = value;
      return this;
    }

    /**
     * Sets the department.
     *
     * @param value the department, or null
     * @return this builder
     */
    public Builder department(@Nullable String value) {
      this.department = value;
      return this;
    }

    /**
     * Sets the manager chain, direct manager first.
     *
     * @param values the managers
     * @return this builder
     */
    public Builder managerChain(List<ParticipantId> values) {
      managerChain.clear();
      managerChain.addAll(values);
      return this;
    }

    /**
     * Sets the availability.
     *
     * @param value the availability
     * @return this builder
     */
    public Builder availability(Availability value) {
      this.availability = requireNonNull(value, "availability");
      return this;
    }

    /**
     * Sets the preferences.
     *
     * @param value the preferences
     * @return this builder
     */
    public Builder preferences(Preferences value) {
      this.preferences = requireNonNull(value, "preferences");
      return this;
    }

    /**
     * Adds a person never to be paired with.
     *
     * @param value the person
     * @return this builder
     */
    public Builder exclude(ParticipantId value) {
      exclusions.add(requireNonNull(value, "exclusion"));
      return this;
    }

    /**
     * Replaces the people never to be paired with.
     *
     * @param values the people
     * @return this builder
     */
    public Builder exclusions(Collection<ParticipantId> values) {
      exclusions.clear();
      exclusions.addAll(values);
      return this;
    }

    /**
     * Returns the profile. The builder may be reused.
     *
     * @return a new profile
     */
    public Profile build() {
      return new Profile(
          skillsOffered,
          skillsSought,
          topics,
          languages,
          timeZone,
          location,
          seniority,
          department,
          managerChain,
          availability,
          preferences,
          exclusions);
    }
  }
}
