package dev.mentoring.testkit.generate;

import static java.util.Objects.requireNonNull;

import dev.mentoring.core.ParticipantId;
import dev.mentoring.core.enrollment.Skill;
import dev.mentoring.testkit.generate.OrganizationSpec.Location;
import java.time.ZoneId;
import java.util.List;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * One person of a {@link SyntheticOrganization}, as the organisation hands it out: a view built on
 * each access from the organisation's compact storage, equal to any other view of the same person.
 *
 * <pre>{@code
 * SyntheticOrganization org = SyntheticOrganization.generate(42L, 1_000);
 * Employee e = org.employee(17);
 * Profile p = Profile.builder().seniority(e.level()).department(e.department()).build();
 * }</pre>
 *
 * <p>Value-based and immutable.
 *
 * @param index the person's position in the organisation, 0 to {@code size - 1}; ids sort in the
 *     same order
 * @param id the person's id, {@code emp-} and the index in seven digits, such as {@code
 *     emp-0000017}
 * @param department the department's name
 * @param team the number of the team the person belongs to (their manager's direct reports), or -1
 *     for the root
 * @param manager the direct manager, or {@code null} for the root
 * @param level the seniority level: 1 (entry) to the pyramid's top level, above it for the
 *     executives who lead the top level, at most 20; always below the manager's
 * @param location the office the person works at
 * @param languages the BCP 47 tags of the languages the person speaks, the location's first
 * @param skillsOffered the distinct skills the person masters, with levels 1 to 5 that grow with
 *     seniority
 * @param skillsSought the distinct skills the person wants to learn, none of them offered
 * @param willingToMentor whether the person would mentor someone
 * @param willingToBeMentored whether the person wants a mentor
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record Employee(
    int index,
    ParticipantId id,
    String department,
    int team,
    @Nullable ParticipantId manager,
    int level,
    Location location,
    List<String> languages,
    List<Skill> skillsOffered,
    List<Skill> skillsSought,
    boolean willingToMentor,
    boolean willingToBeMentored) {

  /**
   * Checks the components and copies the lists.
   *
   * @param index the person's position in the organisation, at least 0
   * @param id the person's id
   * @param department the department's name
   * @param team the team's number, or -1 for the root
   * @param manager the direct manager, or {@code null} for the root
   * @param level the seniority level, 1 to 20
   * @param location the office the person works at
   * @param languages the languages the person speaks
   * @param skillsOffered the skills the person masters
   * @param skillsSought the skills the person wants to learn
   * @param willingToMentor whether the person would mentor someone
   * @param willingToBeMentored whether the person wants a mentor
   * @throws NullPointerException if a non-nullable component or an element is null
   * @throws IllegalArgumentException if {@code index} is negative, {@code team} is below -1, {@code
   *     level} is outside 1..20, or exactly one of {@code manager} and a team is absent
   */
  public Employee {
    if (index < 0) {
      throw new IllegalArgumentException("index must be at least 0, was " + index);
    }
    requireNonNull(id, "id");
    requireNonNull(department, "department");
    if (team < -1) {
      throw new IllegalArgumentException("team must be at least -1, was " + team);
    }
    if ((manager == null) != (team == -1)) {
      throw new IllegalArgumentException(
          "team must be -1 exactly when manager is null, was " + team + " with manager " + manager);
    }
    if (level < 1 || level > 20) {
      throw new IllegalArgumentException("level must be between 1 and 20, was " + level);
    }
    requireNonNull(location, "location");
    languages = List.copyOf(languages);
    skillsOffered = List.copyOf(skillsOffered);
    skillsSought = List.copyOf(skillsSought);
  }

  /**
   * Returns the time zone the person works in.
   *
   * @return {@code location().zone()}
   */
  public ZoneId timeZone() {
    return location.zone();
  }

  /**
   * Tells whether this is the root of the manager tree, the one person without a manager.
   *
   * @return whether {@link #manager()} is null
   */
  public boolean isRoot() {
    return manager == null;
  }
}
