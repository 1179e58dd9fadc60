package dev.mentoring.core.enrollment;

import static java.util.Objects.requireNonNull;

import dev.mentoring.core.ParticipantId;
import dev.mentoring.core.internal.EnumSets;
import dev.mentoring.core.program.EnrollmentRole;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * A request to enroll in a program: the input of {@code enrollments().apply}. Build one with {@link
 * #builder(ParticipantId, EnrollmentRole)}.
 *
 * <p>Besides the constraints on the components the engine checks that the answers fit the program's
 * form (every required question answered, no unknown keys, answers of the right type and within
 * bounds), that {@link Consent#MATCHING} is given, that only peer programs take {@link
 * EnrollmentRole#MENTOR_AND_MENTEE}, and that only mentors state a capacity.
 *
 * @param participantId who applies
 * @param role the role applied for
 * @param profile what matching needs to know
 * @param answers answers to the form, by question key
 * @param capacity how many mentees a mentor takes, 0 to 100; {@code null} for the program's default
 *     (and for mentees)
 * @param consents what the applicant agrees to
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public record Application(
    ParticipantId participantId,
    EnrollmentRole role,
    @Valid Profile profile,
    @Size(max = 100) Map<String, Answer> answers,
    @Nullable @Min(0) @Max(100) Integer capacity,
    Set<Consent> consents) {

  /**
   * Checks nulls and copies the collections.
   *
   * @param participantId who applies
   * @param role the role applied for
   * @param profile what matching needs to know
   * @param answers answers to the form, by question key
   * @param capacity how many mentees a mentor takes, 0 to 100; {@code null} for the program's
   *     default (and for mentees)
   * @param consents what the applicant agrees to
   * @throws NullPointerException if a non-nullable component is null or a collection holds null
   */
  public Application {
    requireNonNull(participantId, "participantId");
    requireNonNull(role, "role");
    requireNonNull(profile, "profile");
    answers = Map.copyOf(answers);
    consents = EnumSets.copyOf(consents);
  }

  /**
   * Returns a builder with an empty profile, no answers, the default capacity and consent to
   * matching.
   *
   * @param participantId who applies
   * @param role the role applied for
   * @return a new builder
   */
  public static Builder builder(ParticipantId participantId, EnrollmentRole role) {
    return new Builder(participantId, role);
  }

  /**
   * Builds an {@link Application}. Not thread-safe.
   *
   * @since 0.1
   */
  public static final class Builder {
    private final ParticipantId participantId;
    private final EnrollmentRole role;
    private Profile profile = Profile.empty();
    private final Map<String, Answer> answers = new LinkedHashMap<>();
    private @Nullable Integer capacity;
    private final Set<Consent> consents = EnumSet.of(Consent.MATCHING);

    private Builder(ParticipantId participantId, EnrollmentRole role) {
      this.participantId = requireNonNull(participantId, "participantId");
      this.role = requireNonNull(role, "role");
    }

    /**
     * Sets the profile.
     *
     * @param value the profile
     * @return this builder
     */
    public Builder profile(Profile value) {
      this.profile = requireNonNull(value, "profile");
      return this;
    }

    /**
     * Adds or replaces an answer.
     *
     * @param key the question key
     * @param value the answer
     * @return this builder
     */
    public Builder answer(String key, Answer value) {
      answers.put(requireNonNull(key, "key"), requireNonNull(value, "answer"));
      return this;
    }

    /**
     * Sets the mentor capacity.
     *
     * @param value how many mentees, or null for the program's default
     * @return this builder
     */
    public Builder capacity(@Nullable Integer value) {
      this.capacity = value;
      return this;
    }

    /**
     * Replaces the consents.
     *
     * @param values what the applicant agrees to
     * @return this builder
     */
    public Builder consents(Set<Consent> values) {
      consents.clear();
      consents.addAll(values);
      return this;
    }

    /**
     * Returns the application. The builder may be reused.
     *
     * @return a new application
     */
    public Application build() {
      return new Application(participantId, role, profile, answers, capacity, consents);
    }
  }
}
