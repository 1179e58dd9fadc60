package dev.mentoring.testkit.generate;

import static java.util.Objects.requireNonNull;

import dev.mentoring.core.ParticipantId;
import dev.mentoring.core.enrollment.Skill;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.RandomAccess;
import org.apiguardian.api.API;

/**
 * A realistic, seeded employee population: departments of configured relative sizes made of teams,
 * a manager tree, a seniority pyramid, offices with time zones and languages, skills from a
 * Zipf-like vocabulary with department-specific skills, and willingness to mentor or be mentored
 * that follows seniority. The people to draw mentoring programs from:
 *
 * <pre>{@code
 * SyntheticOrganization org = SyntheticOrganization.generate(42L, 20_000);
 * MatchingProblem problem = MatchingInstances.defaults().problem(org, 7L);
 * MatchingResult result = MatchingStrategies.builtIns().get("optimal").match(problem);
 * }</pre>
 *
 * <p><b>Structure.</b> Department sizes are the {@link OrganizationSpec#departments() weights}
 * apportioned by largest remainder, so each is within one of its exact share; people are assigned
 * to departments at random. Each person's level is drawn from the {@link
 * OrganizationSpec#levelShares() pyramid}. Within a department, bottom-up below the top level, the
 * people of each level lead, in teams of {@link OrganizationSpec#minTeamSize()} to {@link
 * OrganizationSpec#maxTeamSize()}, the people below who have no manager yet; those left over wait
 * for the next level. The top level and everyone still without a manager are then organised
 * top-down under one head: people with room in their team, the top level's first, lead the others
 * directly or through sub-heads. Whoever ends up leading someone of their own level or above is
 * promoted one level above the most senior person they lead: these executives, above the pyramid,
 * are a few per cent of the population, promoted mostly from the top level. The head of the largest
 * department is the root and leads the other departments' heads. So there is exactly one root,
 * every manager is strictly more senior than their reports, managers and reports share a department
 * below the root, and no team but the root's exceeds the maximum size (unless every candidate
 * leader of a group already leads a full team, which only extreme pyramids produce). Teams smaller
 * than the minimum arise only where few people are left to lead; with the default spec, more than
 * 90 % of teams are within the range.
 *
 * <p><b>People.</b> A person who leads nobody works at their manager's location with probability
 * 0.7; everyone else works at a location drawn by {@link OrganizationSpec.Location#weight()
 * weight}. So teams cluster while each location keeps its weight as its expected share. Everyone
 * speaks the location's language and each {@link OrganizationSpec#secondLanguages() second
 * language} at its rate. A person offers 1 to {@code maxSkillsOffered} distinct skills (levels
 * growing with seniority) and seeks 1 to {@code maxSkillsSought} others; each skill is one of the
 * department's own with probability {@code departmentSkillShare}, else one of the shared
 * vocabulary, both Zipf-distributed. Willingness follows the level's rates.
 *
 * <p><b>Determinism and cost.</b> The same spec, seed and size give the same organisation on any
 * machine and JVM: the generator draws from {@code SplitMix64} streams by integer arithmetic and
 * builds its tables with {@link StrictMath}. Generation takes O(n log n) time (sorting each
 * department's top group) and O(n) memory: people are stored in primitive arrays, about 55 bytes
 * per person with the defaults, and {@link Employee} views are built on access. A million people
 * take about two seconds. Immutable and thread-safe.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class SyntheticOrganization {

  /** The smallest organisation {@link #generate} makes. */
  public static final int MIN_SIZE = 10;

  /** The largest organisation {@link #generate} makes. */
  public static final int MAX_SIZE = 1_000_000;

  static final int MENTOR = 1;
  static final int MENTEE = 2;

  private static final String ID_PREFIX = "emp-";
  private static final int ID_DIGITS = 7;

  private final OrganizationGenerator g;
  private final long seed;
  private final List<Employee> employees;

  private SyntheticOrganization(OrganizationGenerator g, long seed) {
    this.g = g;
    this.seed = seed;
    this.employees = new EmployeeList();
  }

  /**
   * Generates an organisation with {@link OrganizationSpec#defaults() the default spec}.
   *
   * @param seed the seed; every value is valid
   * @param size the number of people, {@value #MIN_SIZE} to {@value #MAX_SIZE}
   * @return the organisation
   * @throws IllegalArgumentException if {@code size} is out of range
   */
  public static SyntheticOrganization generate(long seed, int size) {
    return generate(OrganizationSpec.defaults(), seed, size);
  }

  /**
   * Generates an organisation.
   *
   * @param spec the configured targets
   * @param seed the seed; every value is valid
   * @param size the number of people, {@value #MIN_SIZE} to {@value #MAX_SIZE}
   * @return the organisation
   * @throws NullPointerException if {@code spec} is null
   * @throws IllegalArgumentException if {@code size} is out of range
   */
  public static SyntheticOrganization generate(OrganizationSpec spec, long seed, int size) {
    requireNonNull(spec, "spec");
    if (size < MIN_SIZE || size > MAX_SIZE) {
      throw new IllegalArgumentException(
          "size must be between " + MIN_SIZE + " and " + MAX_SIZE + ", was " + size);
    }
    return new SyntheticOrganization(new OrganizationGenerator(spec, seed, size), seed);
  }

  /**
   * Returns the spec the organisation was generated from.
   *
   * @return the spec
   */
  public OrganizationSpec spec() {
    return g.spec;
  }

  /**
   * Returns the seed the organisation was generated from.
   *
   * @return the seed
   */
  public long seed() {
    return seed;
  }

  /**
   * Returns the number of people.
   *
   * @return the size
   */
  public int size() {
    return g.n;
  }

  /**
   * Returns the number of teams: of managers with at least one report.
   *
   * @return the count
   */
  public int teamCount() {
    return g.teams;
  }

  /**
   * Returns a person.
   *
   * @param index the person's index, 0 to {@code size() - 1}
   * @return a view of the person
   * @throws IndexOutOfBoundsException if {@code index} is out of range
   */
  public Employee employee(int index) {
    Objects.checkIndex(index, g.n);
    int boss = g.manager[index];
    return new Employee(
        index,
        id(index),
        g.spec.departments().get(g.department[index]).name(),
        boss < 0 ? -1 : g.teamLed[boss],
        boss < 0 ? null : id(boss),
        g.level[index],
        g.spec.locations().get(g.location[index] & 0xFF),
        languages(index),
        skills(g.offeredStart, g.offeredSkill, g.offeredLevel, index),
        skills(g.soughtStart, g.soughtSkill, g.soughtLevel, index),
        willingToMentor(index),
        willingToBeMentored(index));
  }

  /**
   * Returns everyone, by index. The list is an unmodifiable view that builds each {@link Employee}
   * when it is read.
   *
   * @return the people
   */
  public List<Employee> employees() {
    return employees;
  }

  /**
   * Returns the root of the manager tree: the one person without a manager.
   *
   * @return the root
   */
  public Employee root() {
    return employee(g.root);
  }

  /**
   * Finds a person by id.
   *
   * @param id the id
   * @return the person, or empty if nobody in the organisation has the id
   */
  public Optional<Employee> find(ParticipantId id) {
    int index = indexOf(id);
    return index < 0 ? Optional.empty() : Optional.of(employee(index));
  }

  /**
   * Returns the index of a person.
   *
   * @param id the id
   * @return the index, or -1 if nobody in the organisation has the id
   */
  public int indexOf(ParticipantId id) {
    String v = requireNonNull(id, "id").value();
    if (v.length() != ID_PREFIX.length() + ID_DIGITS || !v.startsWith(ID_PREFIX)) {
      return -1;
    }
    int index = 0;
    for (int k = ID_PREFIX.length(); k < v.length(); k++) {
      char c = v.charAt(k);
      if (c < '0' || c > '9') {
        return -1;
      }
      index = index * 10 + (c - '0');
    }
    return index < g.n ? index : -1;
  }

  /**
   * Returns the number of people in each department, by name in the spec's order; a department may
   * be empty in a small organisation.
   *
   * @return an unmodifiable, ordered map
   */
  public Map<String, Integer> departmentSizes() {
    return Collections.unmodifiableMap(g.departmentSizeMap());
  }

  @Override
  public String toString() {
    return "SyntheticOrganization[" + g.n + " people, seed " + seed + "]";
  }

  // ------------------------------------------------------------------ package-private access

  /** The id of a person: {@code emp-} and the index in seven digits. */
  static ParticipantId id(int index) {
    char[] c = new char[ID_PREFIX.length() + ID_DIGITS];
    ID_PREFIX.getChars(0, ID_PREFIX.length(), c, 0);
    int v = index;
    for (int k = c.length - 1; k >= ID_PREFIX.length(); k--) {
      c[k] = (char) ('0' + v % 10);
      v /= 10;
    }
    return ParticipantId.of(new String(c));
  }

  int managerIndex(int index) {
    return g.manager[index];
  }

  boolean willingToMentor(int index) {
    return (g.flags[index] & MENTOR) != 0;
  }

  boolean willingToBeMentored(int index) {
    return (g.flags[index] & MENTEE) != 0;
  }

  private List<String> languages(int index) {
    int mask = g.languages[index];
    int primary = g.locationLanguage[g.location[index] & 0xFF];
    List<String> out = new ArrayList<>(Integer.bitCount(mask));
    out.add(g.languageTags[primary]);
    for (int k = 0; k < g.languageTags.length; k++) {
      if (k != primary && (mask & (1 << k)) != 0) {
        out.add(g.languageTags[k]);
      }
    }
    return out;
  }

  private List<Skill> skills(int[] start, char[] skill, byte[] level, int index) {
    List<Skill> out = new ArrayList<>(start[index + 1] - start[index]);
    for (int k = start[index]; k < start[index + 1]; k++) {
      out.add(Skill.of(g.skillNames[skill[k]], level[k]));
    }
    return out;
  }

  /** The people by index, built on access. */
  private final class EmployeeList extends AbstractList<Employee> implements RandomAccess {
    @Override
    public Employee get(int index) {
      return employee(index);
    }

    @Override
    public int size() {
      return g.n;
    }
  }
}
