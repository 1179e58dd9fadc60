package dev.mentoring.testkit.generate;

import static java.util.Objects.requireNonNull;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.apiguardian.api.API;

/**
 * The configured targets of a {@link SyntheticOrganization}: departments and their relative sizes,
 * team sizes, the seniority pyramid, locations with time zones and languages, the skill vocabulary
 * and how willing each seniority level is to mentor or be mentored. Start from {@link #defaults()}
 * and change what matters:
 *
 * <pre>{@code
 * OrganizationSpec spec = OrganizationSpec.builder().teamSize(5, 12).skillVocabulary(500, 1.2).build();
 * SyntheticOrganization org = SyntheticOrganization.generate(spec, 42L, 20_000);
 * Employee someone = org.employee(0);
 * }</pre>
 *
 * <p>Weights (of departments, levels and locations) are relative: they are divided by their sum.
 * Level {@code k} of the pyramid is element {@code k - 1} of {@link #levelShares()}, {@link
 * #mentorWillingness()} and {@link #menteeWillingness()}; level 1 is the entry level. The
 * executives above the pyramid that {@link SyntheticOrganization} promotes use the top level's
 * willingness.
 *
 * <p>Value-based and immutable; the builder is not thread-safe.
 *
 * @param departments the departments with their relative sizes, 1 to 500, names distinct
 * @param departmentSkills how many skills each department has of its own, 0 to 100
 * @param departmentSkillShare the probability, 0 to 1, that a drawn skill is one of the person's
 *     department's own rather than one of the shared vocabulary; 0 if {@code departmentSkills} is 0
 * @param minTeamSize the fewest reports a manager has when enough people are left to lead, at least
 *     1
 * @param maxTeamSize the most reports a manager has (the root excepted), at least {@code 2 ×
 *     minTeamSize}, at least 5 and at most 1,000
 * @param levelShares the seniority pyramid: the relative share of each level, 2 to 10 levels,
 *     non-negative with a positive sum
 * @param mentorWillingness for each level, the probability (0 to 1) that a person is willing to
 *     mentor
 * @param menteeWillingness for each level, the probability (0 to 1) that a person wants a mentor
 * @param locations the offices, 1 to 200, names distinct
 * @param secondLanguages for each language, the probability (0 to 1) that someone whose location's
 *     language it is not speaks it too; iterated in tag order
 * @param skillVocabulary the number of shared skills, 1 to 10,000; skill {@code skill-k} is the
 *     {@code k}-th most frequent
 * @param skillExponent the Zipf exponent of skill popularity, 0 (uniform) to 5: skill {@code k} of
 *     a vocabulary is drawn with probability proportional to {@code 1 / k^skillExponent}
 * @param maxSkillsOffered each person offers 1 to this many distinct skills, 1 to 50
 * @param maxSkillsSought each person seeks 1 to this many distinct skills, 1 to 50
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record OrganizationSpec(
    List<Department> departments,
    int departmentSkills,
    double departmentSkillShare,
    int minTeamSize,
    int maxTeamSize,
    List<Double> levelShares,
    List<Double> mentorWillingness,
    List<Double> menteeWillingness,
    List<Location> locations,
    Map<String, Double> secondLanguages,
    int skillVocabulary,
    double skillExponent,
    int maxSkillsOffered,
    int maxSkillsSought) {

  /** The most distinct languages a spec may name: a profile holds at most 20. */
  public static final int MAX_LANGUAGES = 20;

  private static final Pattern LANGUAGE = Pattern.compile("[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*");

  private static final OrganizationSpec DEFAULTS =
      new OrganizationSpec(
          List.of(
              new Department("Engineering", 0.28),
              new Department("Sales", 0.16),
              new Department("Customer Support", 0.12),
              new Department("Operations", 0.10),
              new Department("Marketing", 0.07),
              new Department("Product", 0.06),
              new Department("Finance", 0.05),
              new Department("IT", 0.05),
              new Department("People", 0.04),
              new Department("Research", 0.03),
              new Department("Legal", 0.02),
              new Department("Design", 0.02)),
          30,
          0.35,
          3,
          10,
          List.of(0.30, 0.26, 0.20, 0.13, 0.08, 0.03),
          List.of(0.02, 0.08, 0.20, 0.35, 0.45, 0.50),
          List.of(0.50, 0.45, 0.35, 0.20, 0.10, 0.05),
          List.of(
              new Location("New York", ZoneId.of("America/New_York"), "en", 0.16),
              new Location("London", ZoneId.of("Europe/London"), "en", 0.14),
              new Location("Berlin", ZoneId.of("Europe/Berlin"), "de", 0.12),
              new Location("San Francisco", ZoneId.of("America/Los_Angeles"), "en", 0.12),
              new Location("Bangalore", ZoneId.of("Asia/Kolkata"), "en", 0.12),
              new Location("São Paulo", ZoneId.of("America/Sao_Paulo"), "pt-BR", 0.07),
              new Location("Paris", ZoneId.of("Europe/Paris"), "fr", 0.07),
              new Location("Tokyo", ZoneId.of("Asia/Tokyo"), "ja", 0.06),
              new Location("Madrid", ZoneId.of("Europe/Madrid"), "es", 0.05),
              new Location("Sydney", ZoneId.of("Australia/Sydney"), "en", 0.05),
              new Location("Singapore", ZoneId.of("Asia/Singapore"), "en", 0.04)),
          Map.of(
              "en", 0.75, "es", 0.10, "fr", 0.08, "de", 0.06, "hi", 0.05, "zh", 0.04, "ja", 0.02),
          1_000,
          1.0,
          8,
          4);

  /**
   * Checks the components and copies the collections.
   *
   * @param departments the departments with their relative sizes, 1 to 500, names distinct
   * @param departmentSkills how many skills each department has of its own, 0 to 100
   * @param departmentSkillShare the probability, 0 to 1, that a drawn skill is one of the person's
   *     department's own; 0 if {@code departmentSkills} is 0
   * @param minTeamSize the fewest reports a manager has when enough people are left to lead, at
   *     least 1
   * @param maxTeamSize the most reports a manager has (the root excepted), at least {@code 2 ×
   *     minTeamSize}, at least 5 and at most 1,000
   * @param levelShares the seniority pyramid, 2 to 10 levels, non-negative with a positive sum
   * @param mentorWillingness for each level, the probability that a person is willing to mentor
   * @param menteeWillingness for each level, the probability that a person wants a mentor
   * @param locations the offices, 1 to 200, names distinct
   * @param secondLanguages for each language, the probability that someone whose location's
   *     language it is not speaks it too
   * @param skillVocabulary the number of shared skills, 1 to 10,000
   * @param skillExponent the Zipf exponent of skill popularity, 0 to 5
   * @param maxSkillsOffered each person offers 1 to this many distinct skills, 1 to 50
   * @param maxSkillsSought each person seeks 1 to this many distinct skills, 1 to 50
   * @throws NullPointerException if a component or an element is null
   * @throws IllegalArgumentException naming the component and the rule, if a value is out of range,
   *     a name repeats, the willingness lists do not have one rate per level, a language tag is
   *     malformed, or more than {@value #MAX_LANGUAGES} languages are named
   */
  public OrganizationSpec {
    departments = List.copyOf(departments);
    if (departments.isEmpty() || departments.size() > 500) {
      throw new IllegalArgumentException(
          "departments must hold 1 to 500 departments, held " + departments.size());
    }
    requireDistinct("departments", departments.stream().map(Department::name).toList());
    checkRange("departmentSkills", departmentSkills, 0, 100);
    checkProbability("departmentSkillShare", departmentSkillShare);
    if (departmentSkills == 0 && departmentSkillShare != 0) {
      throw new IllegalArgumentException(
          "departmentSkillShare must be 0 when departmentSkills is 0, was " + departmentSkillShare);
    }
    checkRange("minTeamSize", minTeamSize, 1, 500);
    int leastMax = Math.max(5, 2 * minTeamSize);
    if (maxTeamSize < leastMax || maxTeamSize > 1_000) {
      throw new IllegalArgumentException(
          "maxTeamSize must be between "
              + leastMax
              + " (at least 5 and twice minTeamSize) and 1000, was "
              + maxTeamSize);
    }
    levelShares = List.copyOf(levelShares);
    if (levelShares.size() < 2 || levelShares.size() > 10) {
      throw new IllegalArgumentException(
          "levelShares must hold 2 to 10 levels, held " + levelShares.size());
    }
    checkShares("levelShares", levelShares);
    mentorWillingness = List.copyOf(mentorWillingness);
    menteeWillingness = List.copyOf(menteeWillingness);
    checkRates("mentorWillingness", mentorWillingness, levelShares.size());
    checkRates("menteeWillingness", menteeWillingness, levelShares.size());
    locations = List.copyOf(locations);
    if (locations.isEmpty() || locations.size() > 200) {
      throw new IllegalArgumentException(
          "locations must hold 1 to 200 locations, held " + locations.size());
    }
    requireDistinct("locations", locations.stream().map(Location::name).toList());
    Map<String, Double> sorted = new TreeMap<>();
    for (Map.Entry<String, Double> e : secondLanguages.entrySet()) {
      String tag = requireNonNull(e.getKey(), "secondLanguages key");
      checkLanguage("secondLanguages key", tag);
      checkProbability("secondLanguages[" + tag + "]", requireNonNull(e.getValue(), tag));
      sorted.put(tag, e.getValue());
    }
    secondLanguages = Collections.unmodifiableMap(new LinkedHashMap<>(sorted));
    Set<String> languages = new HashSet<>(secondLanguages.keySet());
    for (Location l : locations) {
      languages.add(l.language());
    }
    if (languages.size() > MAX_LANGUAGES) {
      throw new IllegalArgumentException(
          "locations and secondLanguages must name at most "
              + MAX_LANGUAGES
              + " languages, named "
              + languages.size());
    }
    checkRange("skillVocabulary", skillVocabulary, 1, 10_000);
    if (!(skillExponent >= 0 && skillExponent <= 5)) {
      throw new IllegalArgumentException(
          "skillExponent must be between 0 and 5, was " + skillExponent);
    }
    checkRange("maxSkillsOffered", maxSkillsOffered, 1, 50);
    checkRange("maxSkillsSought", maxSkillsSought, 1, 50);
  }

  /**
   * Returns the defaults: twelve departments from Engineering (28 %) to Design (2 %) with 30 skills
   * of their own each, drawn for 35 % of skills; teams of 3 to 10; six levels with shares 30, 26,
   * 20, 13, 8 and 3 %; willingness to mentor rising from 2 % to 50 % and to be mentored falling
   * from 50 % to 5 % with seniority; eleven offices from New York to Singapore, each with its IANA
   * time zone and language; English spoken by 75 % of those whose office language it is not; 1,000
   * shared skills with Zipf exponent 1; up to 8 skills offered and 4 sought.
   *
   * @return the default spec
   */
  public static OrganizationSpec defaults() {
    return DEFAULTS;
  }

  /**
   * Returns a builder initialised with {@link #defaults()}.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return DEFAULTS.toBuilder();
  }

  /**
   * Returns a builder initialised with this spec.
   *
   * @return a new builder
   */
  public Builder toBuilder() {
    return new Builder(this);
  }

  /**
   * Returns the number of seniority levels of the pyramid.
   *
   * @return the size of {@link #levelShares()}
   */
  public int levels() {
    return levelShares.size();
  }

  private static void checkRange(String name, int value, int min, int max) {
    if (value < min || value > max) {
      throw new IllegalArgumentException(
          name + " must be between " + min + " and " + max + ", was " + value);
    }
  }

  private static void checkProbability(String name, double value) {
    if (!(value >= 0 && value <= 1)) {
      throw new IllegalArgumentException(name + " must be between 0 and 1, was " + value);
    }
  }

  private static void checkShares(String name, List<Double> shares) {
    double sum = 0;
    for (int k = 0; k < shares.size(); k++) {
      double w = shares.get(k);
      if (!(w >= 0 && Double.isFinite(w))) {
        throw new IllegalArgumentException(
            name + "[" + k + "] must be non-negative and finite, was " + w);
      }
      sum += w;
    }
    if (!(sum > 0)) {
      throw new IllegalArgumentException(name + " must have a positive sum, had " + sum);
    }
  }

  private static void checkRates(String name, List<Double> rates, int levels) {
    if (rates.size() != levels) {
      throw new IllegalArgumentException(
          name + " must hold one rate per level (" + levels + "), held " + rates.size());
    }
    for (int k = 0; k < rates.size(); k++) {
      checkProbability(name + "[" + k + "]", rates.get(k));
    }
  }

  private static void requireDistinct(String name, List<String> names) {
    Set<String> seen = new HashSet<>();
    for (String n : names) {
      if (!seen.add(n)) {
        throw new IllegalArgumentException(name + " name '" + n + "' twice");
      }
    }
  }

  private static void checkLanguage(String name, String tag) {
    if (!LANGUAGE.matcher(tag).matches()) {
      throw new IllegalArgumentException(
          name + " must be a BCP 47 tag such as 'en' or 'pt-BR', was '" + tag + "'");
    }
  }

  /**
   * A department and its relative size.
   *
   * <pre>{@code
   * List<Department> departments = List.of(new Department("Engineering", 3), new Department("Sales", 1));
   * OrganizationSpec spec = OrganizationSpec.builder().departments(departments).build();
   * }</pre>
   *
   * @param name the name, 1 to 80 characters, not blank; its own skills are named after it
   * @param weight its size relative to the other departments, positive and finite
   * @since 0.1
   */
  @API(status = API.Status.EXPERIMENTAL, since = "0.1")
  public record Department(String name, double weight) {

    /**
     * Checks the components.
     *
     * @param name the name, 1 to 80 characters, not blank
     * @param weight its size relative to the other departments, positive and finite
     * @throws NullPointerException if {@code name} is null
     * @throws IllegalArgumentException if the name is blank or too long, or the weight is not
     *     positive and finite
     */
    public Department {
      checkName("name", requireNonNull(name, "name"), 80);
      if (!(weight > 0 && Double.isFinite(weight))) {
        throw new IllegalArgumentException("weight must be positive and finite, was " + weight);
      }
    }
  }

  /**
   * An office: its time zone, its working language and its relative headcount.
   *
   * <pre>{@code
   * Location lisbon = new Location("Lisbon", ZoneId.of("Europe/Lisbon"), "pt-PT", 2);
   * OrganizationSpec spec = OrganizationSpec.builder().locations(List.of(lisbon)).build();
   * }</pre>
   *
   * @param name the name, such as a city, 1 to 200 characters, not blank
   * @param zone the time zone people there work in
   * @param language the BCP 47 tag of the language everyone there speaks, such as {@code en}
   * @param weight its headcount relative to the other locations, positive and finite
   * @since 0.1
   */
  @API(status = API.Status.EXPERIMENTAL, since = "0.1")
  public record Location(String name, ZoneId zone, String language, double weight) {

    /**
     * Checks the components.
     *
     * @param name the name, 1 to 200 characters, not blank
     * @param zone the time zone people there work in
     * @param language the BCP 47 tag of the language everyone there speaks
     * @param weight its headcount relative to the other locations, positive and finite
     * @throws NullPointerException if a component is null
     * @throws IllegalArgumentException if the name is blank or too long, the tag malformed, or the
     *     weight not positive and finite
     */
    public Location {
      checkName("name", requireNonNull(name, "name"), 200);
      requireNonNull(zone, "zone");
      checkLanguage("language", requireNonNull(language, "language"));
      if (!(weight > 0 && Double.isFinite(weight))) {
        throw new IllegalArgumentException("weight must be positive and finite, was " + weight);
      }
    }
  }

  private static void checkName(String what, String name, int max) {
    if (name.isBlank() || name.length() > max) {
      throw new IllegalArgumentException(
          what + " must be 1 to " + max + " characters and not blank, was '" + name + "'");
    }
  }

  /**
   * Builds an {@link OrganizationSpec}, starting from the values it was created with. Not
   * thread-safe; each setter replaces the previous value, and {@link #build()} checks the whole.
   *
   * <pre>{@code
   * OrganizationSpec spec = OrganizationSpec.builder().levelShares(0.5, 0.3, 0.2)
   *     .mentorWillingness(0.05, 0.3, 0.6).menteeWillingness(0.6, 0.3, 0.05).build();
   * }</pre>
   *
   * @since 0.1
   */
  @API(status = API.Status.EXPERIMENTAL, since = "0.1")
  public static final class Builder {
    private List<Department> departments;
    private int departmentSkills;
    private double departmentSkillShare;
    private int minTeamSize;
    private int maxTeamSize;
    private List<Double> levelShares;
    private List<Double> mentorWillingness;
    private List<Double> menteeWillingness;
    private List<Location> locations;
    private Map<String, Double> secondLanguages;
    private int skillVocabulary;
    private double skillExponent;
    private int maxSkillsOffered;
    private int maxSkillsSought;

    private Builder(OrganizationSpec s) {
      departments = s.departments;
      departmentSkills = s.departmentSkills;
      departmentSkillShare = s.departmentSkillShare;
      minTeamSize = s.minTeamSize;
      maxTeamSize = s.maxTeamSize;
      levelShares = s.levelShares;
      mentorWillingness = s.mentorWillingness;
      menteeWillingness = s.menteeWillingness;
      locations = s.locations;
      secondLanguages = s.secondLanguages;
      skillVocabulary = s.skillVocabulary;
      skillExponent = s.skillExponent;
      maxSkillsOffered = s.maxSkillsOffered;
      maxSkillsSought = s.maxSkillsSought;
    }

    /**
     * Sets the departments.
     *
     * @param values the departments with their relative sizes
     * @return this builder
     */
    public Builder departments(List<Department> values) {
      this.departments = List.copyOf(values);
      return this;
    }

    /**
     * Sets each department's own skills.
     *
     * @param count how many skills each department has of its own
     * @param share the probability that a drawn skill is one of them
     * @return this builder
     */
    public Builder departmentSkills(int count, double share) {
      this.departmentSkills = count;
      this.departmentSkillShare = share;
      return this;
    }

    /**
     * Sets the range of team sizes.
     *
     * @param min the fewest reports a manager has when enough people are left to lead
     * @param max the most reports a manager has
     * @return this builder
     */
    public Builder teamSize(int min, int max) {
      this.minTeamSize = min;
      this.maxTeamSize = max;
      return this;
    }

    /**
     * Sets the seniority pyramid. Also set both willingness lists if the number of levels changes.
     *
     * @param shares the relative share of each level, entry level first
     * @return this builder
     */
    public Builder levelShares(double... shares) {
      this.levelShares = boxed(shares);
      return this;
    }

    /**
     * Sets the willingness to mentor of each level.
     *
     * @param rates one probability per level, entry level first
     * @return this builder
     */
    public Builder mentorWillingness(double... rates) {
      this.mentorWillingness = boxed(rates);
      return this;
    }

    /**
     * Sets the willingness to be mentored of each level.
     *
     * @param rates one probability per level, entry level first
     * @return this builder
     */
    public Builder menteeWillingness(double... rates) {
      this.menteeWillingness = boxed(rates);
      return this;
    }

    /**
     * Sets the locations.
     *
     * @param values the offices with their relative headcounts
     * @return this builder
     */
    public Builder locations(List<Location> values) {
      this.locations = List.copyOf(values);
      return this;
    }

    /**
     * Sets the second-language rates.
     *
     * @param rates for each language tag, the probability that someone whose location's language it
     *     is not speaks it too
     * @return this builder
     */
    public Builder secondLanguages(Map<String, Double> rates) {
      this.secondLanguages = Collections.unmodifiableMap(new LinkedHashMap<>(rates));
      return this;
    }

    /**
     * Sets the shared skill vocabulary.
     *
     * @param size the number of shared skills
     * @param exponent the Zipf exponent of their popularity
     * @return this builder
     */
    public Builder skillVocabulary(int size, double exponent) {
      this.skillVocabulary = size;
      this.skillExponent = exponent;
      return this;
    }

    /**
     * Sets how many skills a person offers and seeks at most.
     *
     * @param offered each person offers 1 to this many skills
     * @param sought each person seeks 1 to this many skills
     * @return this builder
     */
    public Builder skillsPerPerson(int offered, int sought) {
      this.maxSkillsOffered = offered;
      this.maxSkillsSought = sought;
      return this;
    }

    /**
     * Returns the spec. The builder may be reused.
     *
     * @return a new spec
     * @throws IllegalArgumentException naming the component and the rule if a value is invalid
     */
    public OrganizationSpec build() {
      return new OrganizationSpec(
          departments,
          departmentSkills,
          departmentSkillShare,
          minTeamSize,
          maxTeamSize,
          levelShares,
          mentorWillingness,
          menteeWillingness,
          locations,
          secondLanguages,
          skillVocabulary,
          skillExponent,
          maxSkillsOffered,
          maxSkillsSought);
    }

    private static List<Double> boxed(double[] values) {
      List<Double> out = new ArrayList<>(values.length);
      for (double v : values) {
        out.add(v);
      }
      return out;
    }
  }
}
