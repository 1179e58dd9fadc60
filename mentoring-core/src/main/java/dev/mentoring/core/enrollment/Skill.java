package dev.mentoring.core.enrollment;

import static java.util.Objects.requireNonNull;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.apiguardian.api.API;

/**
 * A skill a mentor offers or a mentee seeks, with a level: for an offered skill how well the mentor
 * masters it, for a sought skill how much the mentee wants it.
 *
 * @param name the skill, 1 to 100 characters; matching compares names case-insensitively
 * @param level 1 (basic) to 5 (expert)
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public record Skill(@NotBlank @Size(max = 100) String name, @Min(1) @Max(5) int level) {

  /**
   * Checks the name.
   *
   * @param name the skill, 1 to 100 characters; matching compares names case-insensitively
   * @param level 1 (basic) to 5 (expert)
   * @throws NullPointerException if {@code name} is null
   */
  public Skill {
    requireNonNull(name, "name");
  }

  /**
   * Returns a skill.
   *
   * @param name the skill
   * @param level 1 to 5
   * @return the skill
   */
  public static Skill of(String name, int level) {
    return new Skill(name, level);
  }
}
