package dev.mentoring.core.enrollment;

import static java.util.Objects.requireNonNull;

import dev.mentoring.core.ParticipantId;
import jakarta.validation.constraints.Size;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * Soft wishes about a partner; matching strategies may weigh them, hard rules never depend on them.
 *
 * @param preferredPartners people the participant would like to be paired with, at most 20
 * @param department whether they prefer a partner from their own department
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public record Preferences(
    @Size(max = 20) Set<ParticipantId> preferredPartners, DepartmentPreference department) {

  /**
   * Copies the set.
   *
   * @param preferredPartners people the participant would like to be paired with, at most 20
   * @param department whether they prefer a partner from their own department
   * @throws NullPointerException if a component or an element is null
   */
  public Preferences {
    preferredPartners = Set.copyOf(preferredPartners);
    requireNonNull(department, "department");
  }

  /**
   * Returns preferences with nothing stated.
   *
   * @return no preferences
   */
  public static Preferences none() {
    return new Preferences(Set.of(), DepartmentPreference.ANY);
  }
}
