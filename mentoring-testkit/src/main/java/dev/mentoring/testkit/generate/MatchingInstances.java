package dev.mentoring.testkit.generate;

import static java.util.Objects.requireNonNull;

import dev.mentoring.core.ParticipantId;
import dev.mentoring.core.enrollment.Consent;
import dev.mentoring.core.enrollment.Enrollment;
import dev.mentoring.core.enrollment.EnrollmentId;
import dev.mentoring.core.enrollment.EnrollmentStatus;
import dev.mentoring.core.enrollment.Profile;
import dev.mentoring.core.enrollment.Skill;
import dev.mentoring.core.matching.CandidatePair;
import dev.mentoring.core.matching.MatchingProblem;
import dev.mentoring.core.pairing.Explanation;
import dev.mentoring.core.pairing.Pair;
import dev.mentoring.core.pairing.PairId;
import dev.mentoring.core.pairing.PairOrigin;
import dev.mentoring.core.program.EnrollmentRole;
import dev.mentoring.core.program.MatchingPolicy;
import dev.mentoring.core.program.Program;
import dev.mentoring.core.program.ProgramId;
import dev.mentoring.core.program.ProgramSpec;
import dev.mentoring.core.program.ProgramStatus;
import dev.mentoring.testkit.internal.SplitMix64;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * Turns a {@link SyntheticOrganization} into the {@link MatchingProblem} of a one-to-one program,
 * shaped as the engine shapes it: approved enrollments ordered by participant id, places left once
 * existing pairs are counted, and every pair the hard rules forbid (manager-chain relations,
 * explicit exclusions, existing pairs) in {@link MatchingProblem#excluded()}.
 *
 * <pre>{@code
 * SyntheticOrganization org = SyntheticOrganization.generate(42L, 5_000);
 * MatchingInstances instances = MatchingInstances.builder().mentees(300).mentors(80).build();
 * MatchingProblem problem = instances.problem(org, 7L);
 * }</pre>
 *
 * <p>Mentees are drawn at random from the people {@linkplain Employee#willingToBeMentored() who
 * want a mentor}, mentors from the other people {@linkplain Employee#willingToMentor() willing to
 * mentor}; since willingness follows seniority, mentors are mostly senior and mentees mostly
 * junior. Each profile carries the person's skills (offered and sought), languages, time zone,
 * location, level as seniority, department and whole manager chain. Each mentor gets a capacity
 * drawn from {@code [minCapacity, maxCapacity]}; each mentee may have up to {@code
 * maxMentorsPerMentee} mentors. Each mentee lists, on average, {@code exclusionsPerMentee} of the
 * chosen mentors in its profile's exclusions. Then up to {@code existingPairs} random allowed pairs
 * are made PROPOSED or ACTIVE and take their places; a participant left without places is left out
 * of the problem, as the engine leaves them out, so the problem may hold fewer participants than
 * asked for.
 *
 * <p>Deterministic: the same organisation, settings and seed give an equal problem, whose {@link
 * MatchingProblem#seed() seed} is the given seed. Cost O(n + (mentees + mentors) · d) for an
 * organisation of n people whose manager tree has depth d. Immutable and thread-safe.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class MatchingInstances {

  /** The instant the generated program and its enrollments and pairs are created at. */
  public static final Instant CREATED_AT = Instant.parse("2026-01-05T09:00:00Z");

  /** The id of the generated program. */
  public static final ProgramId PROGRAM_ID = ProgramId.of("synthetic-program");

  private static final long STREAM = 0x1A57L;
  private static final MatchingInstances DEFAULTS = new Builder().build();

  private final int mentees;
  private final int mentors;
  private final int minCapacity;
  private final int maxCapacity;
  private final int maxMentorsPerMentee;
  private final int existingPairs;
  private final double exclusionsPerMentee;

  private MatchingInstances(Builder b) {
    this.mentees = b.mentees;
    this.mentors = b.mentors;
    this.minCapacity = b.minCapacity;
    this.maxCapacity = b.maxCapacity;
    this.maxMentorsPerMentee = b.maxMentorsPerMentee;
    this.existingPairs = b.existingPairs;
    this.exclusionsPerMentee = b.exclusionsPerMentee;
  }

  /**
   * Returns the defaults: 200 mentees, 60 mentors with capacities 1 to 3, one mentor per mentee, no
   * existing pairs, 0.1 exclusions per mentee.
   *
   * @return the default settings
   */
  public static MatchingInstances defaults() {
    return DEFAULTS;
  }

  /**
   * Returns a builder initialised with {@link #defaults()}.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a builder initialised with these settings.
   *
   * @return a new builder
   */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.mentees = mentees;
    b.mentors = mentors;
    b.minCapacity = minCapacity;
    b.maxCapacity = maxCapacity;
    b.maxMentorsPerMentee = maxMentorsPerMentee;
    b.existingPairs = existingPairs;
    b.exclusionsPerMentee = exclusionsPerMentee;
    return b;
  }

  /**
   * Returns the number of mentees drawn.
   *
   * @return the count
   */
  public int mentees() {
    return mentees;
  }

  /**
   * Returns the number of mentors drawn.
   *
   * @return the count
   */
  public int mentors() {
    return mentors;
  }

  /**
   * Returns the smallest mentor capacity.
   *
   * @return the capacity
   */
  public int minCapacity() {
    return minCapacity;
  }

  /**
   * Returns the largest mentor capacity.
   *
   * @return the capacity
   */
  public int maxCapacity() {
    return maxCapacity;
  }

  /**
   * Returns how many mentors a mentee may have: the program's {@link
   * MatchingPolicy#maxMentorsPerMentee()}.
   *
   * @return the limit
   */
  public int maxMentorsPerMentee() {
    return maxMentorsPerMentee;
  }

  /**
   * Returns how many existing pairs are made at most.
   *
   * @return the count
   */
  public int existingPairs() {
    return existingPairs;
  }

  /**
   * Returns the mean number of chosen mentors a mentee excludes.
   *
   * @return the mean
   */
  public double exclusionsPerMentee() {
    return exclusionsPerMentee;
  }

  /**
   * Returns the program every generated problem belongs to: a ONE_TO_ONE program in MATCHING, with
   * the default matching policy but {@link #maxMentorsPerMentee()} mentors per mentee.
   *
   * @return the program
   */
  public Program program() {
    MatchingPolicy policy =
        MatchingPolicy.defaults()
            .withMaxMentorsPerMentee(maxMentorsPerMentee)
            .withDefaultMentorCapacity(minCapacity);
    ProgramSpec spec =
        ProgramSpec.builder("Synthetic program")
            .description("Generated by the Mentoring SDK testkit")
            .matchingPolicy(policy)
            .build();
    return new Program(PROGRAM_ID, 0, spec, ProgramStatus.MATCHING, CREATED_AT, CREATED_AT);
  }

  /**
   * Draws a problem from an organisation.
   *
   * @param org the organisation
   * @param seed the seed of the draw and of the problem
   * @return the problem
   * @throws NullPointerException if {@code org} is null
   * @throws IllegalArgumentException if the organisation has fewer people willing to be mentored
   *     than {@link #mentees()}, or fewer others willing to mentor than {@link #mentors()}
   */
  public MatchingProblem problem(SyntheticOrganization org, long seed) {
    requireNonNull(org, "org");
    SplitMix64 r = new SplitMix64(SplitMix64.derive(seed, STREAM));
    int n = org.size();
    int[] menteePool = new int[n];
    int menteeCount = 0;
    for (int i = 0; i < n; i++) {
      if (org.willingToBeMentored(i)) {
        menteePool[menteeCount++] = i;
      }
    }
    if (menteeCount < mentees) {
      throw new IllegalArgumentException(
          org
              + " has "
              + menteeCount
              + " people willing to be mentored, fewer than the "
              + mentees
              + " mentees asked for");
    }
    int[] chosenMentees = sample(menteePool, menteeCount, mentees, r);
    Set<Integer> menteeSet = new HashSet<>();
    for (int i : chosenMentees) {
      menteeSet.add(i);
    }
    int[] mentorPool = new int[n];
    int mentorCount = 0;
    for (int i = 0; i < n; i++) {
      if (org.willingToMentor(i) && !menteeSet.contains(i)) {
        mentorPool[mentorCount++] = i;
      }
    }
    if (mentorCount < mentors) {
      throw new IllegalArgumentException(
          org
              + " has "
              + mentorCount
              + " other people willing to mentor, fewer than the "
              + mentors
              + " mentors asked for");
    }
    int[] chosenMentors = sample(mentorPool, mentorCount, mentors, r);

    int[] capacity = new int[chosenMentors.length];
    for (int j = 0; j < capacity.length; j++) {
      capacity[j] = minCapacity + OrganizationGenerator.below(r, maxCapacity - minCapacity + 1);
    }
    Map<Integer, Integer> mentorColumn = new HashMap<>();
    for (int j = 0; j < chosenMentors.length; j++) {
      mentorColumn.put(chosenMentors[j], j);
    }
    Map<Integer, Integer> menteeRow = new HashMap<>();
    for (int i = 0; i < chosenMentees.length; i++) {
      menteeRow.put(chosenMentees[i], i);
    }

    // Pairs forbidden by a relation, as (row, column) packed in a long.
    Set<Long> related = new HashSet<>();
    for (int i = 0; i < chosenMentees.length; i++) {
      for (int boss : chain(org, chosenMentees[i])) {
        Integer j = mentorColumn.get(boss);
        if (j != null) {
          related.add(pack(i, j));
        }
      }
    }
    for (int j = 0; j < chosenMentors.length; j++) {
      for (int boss : chain(org, chosenMentors[j])) {
        Integer i = menteeRow.get(boss);
        if (i != null) {
          related.add(pack(i, j));
        }
      }
    }
    List<List<Integer>> exclusions = new ArrayList<>(chosenMentees.length);
    for (int i = 0; i < chosenMentees.length; i++) {
      List<Integer> excluded = new ArrayList<>();
      int count = (int) exclusionsPerMentee;
      if (OrganizationGenerator.unit(r) < exclusionsPerMentee - count) {
        count++;
      }
      for (int k = 0; k < count && chosenMentors.length > 0; k++) {
        int j = OrganizationGenerator.below(r, chosenMentors.length);
        if (!excluded.contains(j)) {
          excluded.add(j);
          related.add(pack(i, j));
        }
      }
      exclusions.add(excluded);
    }

    int[] mentorUsed = new int[chosenMentors.length];
    int[] menteeUsed = new int[chosenMentees.length];
    List<long[]> live = new ArrayList<>();
    Set<Long> paired = new HashSet<>();
    int attempts = 20 * existingPairs;
    for (int a = 0;
        a < attempts
            && live.size() < existingPairs
            && chosenMentees.length > 0
            && chosenMentors.length > 0;
        a++) {
      int i = OrganizationGenerator.below(r, chosenMentees.length);
      int j = OrganizationGenerator.below(r, chosenMentors.length);
      long key = pack(i, j);
      boolean active = OrganizationGenerator.unit(r) < 0.5;
      if (related.contains(key)
          || paired.contains(key)
          || mentorUsed[j] >= capacity[j]
          || menteeUsed[i] >= maxMentorsPerMentee) {
        continue;
      }
      paired.add(key);
      mentorUsed[j]++;
      menteeUsed[i]++;
      live.add(new long[] {i, j, active ? 1 : 0});
    }

    Program program = program();
    List<Pair> existing = new ArrayList<>(live.size());
    for (long[] p : live) {
      existing.add(
          pair(
              existing.size(),
              SyntheticOrganization.id(chosenMentors[(int) p[1]]),
              SyntheticOrganization.id(chosenMentees[(int) p[0]]),
              p[2] == 1));
    }
    List<Enrollment> mentorList = new ArrayList<>();
    Map<ParticipantId, Integer> mentorPlaces = new LinkedHashMap<>();
    for (int j = 0; j < chosenMentors.length; j++) {
      if (capacity[j] > mentorUsed[j]) {
        Enrollment e =
            enrollment(org, chosenMentors[j], EnrollmentRole.MENTOR, capacity[j], List.of());
        mentorList.add(e);
        mentorPlaces.put(e.participantId(), capacity[j] - mentorUsed[j]);
      }
    }
    List<Enrollment> menteeList = new ArrayList<>();
    Map<ParticipantId, Integer> menteePlaces = new LinkedHashMap<>();
    for (int i = 0; i < chosenMentees.length; i++) {
      if (maxMentorsPerMentee > menteeUsed[i]) {
        List<ParticipantId> excludedIds = new ArrayList<>();
        for (int j : exclusions.get(i)) {
          excludedIds.add(SyntheticOrganization.id(chosenMentors[j]));
        }
        Enrollment e = enrollment(org, chosenMentees[i], EnrollmentRole.MENTEE, 0, excludedIds);
        menteeList.add(e);
        menteePlaces.put(e.participantId(), maxMentorsPerMentee - menteeUsed[i]);
      }
    }
    Set<CandidatePair> excluded = new HashSet<>();
    for (Set<Long> keys : List.of(related, paired)) {
      for (long key : keys) {
        int i = (int) (key >>> 32);
        int j = (int) key;
        if (capacity[j] > mentorUsed[j] && maxMentorsPerMentee > menteeUsed[i]) {
          excluded.add(
              new CandidatePair(
                  SyntheticOrganization.id(chosenMentors[j]),
                  SyntheticOrganization.id(chosenMentees[i])));
        }
      }
    }
    return new MatchingProblem(
        program, mentorList, menteeList, existing, mentorPlaces, menteePlaces, excluded, seed);
  }

  @Override
  public String toString() {
    return "MatchingInstances["
        + mentees
        + " mentees, "
        + mentors
        + " mentors, capacity "
        + minCapacity
        + ".."
        + maxCapacity
        + ", "
        + maxMentorsPerMentee
        + " per mentee, "
        + existingPairs
        + " existing pairs, "
        + exclusionsPerMentee
        + " exclusions per mentee]";
  }

  // ------------------------------------------------------------------ helpers

  /** {@code count} distinct entries of {@code pool[0, size)} drawn at random, sorted. */
  private static int[] sample(int[] pool, int size, int count, SplitMix64 r) {
    for (int k = 0; k < count; k++) {
      int j = k + OrganizationGenerator.below(r, size - k);
      int t = pool[k];
      pool[k] = pool[j];
      pool[j] = t;
    }
    int[] out = Arrays.copyOf(pool, count);
    Arrays.sort(out);
    return out;
  }

  private static long pack(int row, int column) {
    return ((long) row << 32) | column;
  }

  /** The managers of a person, direct manager first. */
  private static List<Integer> chain(SyntheticOrganization org, int person) {
    List<Integer> out = new ArrayList<>();
    for (int m = org.managerIndex(person); m >= 0; m = org.managerIndex(m)) {
      out.add(m);
    }
    return out;
  }

  private static Enrollment enrollment(
      SyntheticOrganization org,
      int person,
      EnrollmentRole role,
      int capacity,
      List<ParticipantId> excluded) {
    Employee e = org.employee(person);
    Profile.Builder b =
        Profile.builder()
            .languages(e.languages().toArray(new String[0]))
            .timeZone(e.timeZone())
            .location(e.location().name())
            .seniority(e.level())
            .department(e.department())
            .exclusions(excluded);
    for (Skill s : e.skillsOffered()) {
      b.offers(s.name(), s.level());
    }
    for (Skill s : e.skillsSought()) {
      b.seeks(s.name(), s.level());
    }
    List<ParticipantId> managers = new ArrayList<>();
    for (int m : chain(org, person)) {
      managers.add(SyntheticOrganization.id(m));
    }
    b.managerChain(managers);
    String suffix = role == EnrollmentRole.MENTOR ? "-mentor" : "-mentee";
    return new Enrollment(
        EnrollmentId.of("enrollment-" + e.id().value() + suffix),
        0,
        PROGRAM_ID,
        e.id(),
        role,
        b.build(),
        Map.of(),
        capacity,
        Set.of(Consent.MATCHING),
        EnrollmentStatus.APPROVED,
        CREATED_AT,
        CREATED_AT);
  }

  private static Pair pair(int k, ParticipantId mentor, ParticipantId mentee, boolean active) {
    Pair p =
        Pair.propose(
            PairId.of("synthetic-pair-" + (k + 1)),
            PROGRAM_ID,
            mentor,
            mentee,
            PairOrigin.ADMIN,
            Explanation.of("an existing pair of the generated program"),
            Set.of(),
            Set.of(),
            CREATED_AT,
            CREATED_AT.plus(Duration.ofDays(7)));
    return active ? p.confirm(CREATED_AT).activate(CREATED_AT) : p;
  }

  /**
   * Builds {@link MatchingInstances}. Not thread-safe; each setter replaces the previous value.
   *
   * <pre>{@code
   * MatchingInstances settings = MatchingInstances.builder().mentees(500).mentors(120)
   *     .capacity(1, 4).maxMentorsPerMentee(2).existingPairs(30).build();
   * }</pre>
   *
   * @since 0.1
   */
  @API(status = API.Status.EXPERIMENTAL, since = "0.1")
  public static final class Builder {
    private int mentees = 200;
    private int mentors = 60;
    private int minCapacity = 1;
    private int maxCapacity = 3;
    private int maxMentorsPerMentee = 1;
    private int existingPairs;
    private double exclusionsPerMentee = 0.1;

    private Builder() {}

    /**
     * Sets the number of mentees drawn.
     *
     * @param count 0 or more
     * @return this builder
     * @throws IllegalArgumentException if {@code count} is negative
     */
    public Builder mentees(int count) {
      this.mentees = atLeast("mentees", count, 0);
      return this;
    }

    /**
     * Sets the number of mentors drawn.
     *
     * @param count 0 or more
     * @return this builder
     * @throws IllegalArgumentException if {@code count} is negative
     */
    public Builder mentors(int count) {
      this.mentors = atLeast("mentors", count, 0);
      return this;
    }

    /**
     * Sets the range of mentor capacities.
     *
     * @param min the smallest, at least 1
     * @param max the largest, {@code min} to 100
     * @return this builder
     * @throws IllegalArgumentException if {@code min < 1}, {@code max < min} or {@code max > 100}
     */
    public Builder capacity(int min, int max) {
      if (min < 1 || max < min || max > 100) {
        throw new IllegalArgumentException(
            "capacity must satisfy 1 <= min <= max <= 100, was " + min + ".." + max);
      }
      this.minCapacity = min;
      this.maxCapacity = max;
      return this;
    }

    /**
     * Sets how many mentors a mentee may have.
     *
     * @param max 1 to 10, as {@link MatchingPolicy#maxMentorsPerMentee()}
     * @return this builder
     * @throws IllegalArgumentException if {@code max} is outside 1..10
     */
    public Builder maxMentorsPerMentee(int max) {
      if (max < 1 || max > 10) {
        throw new IllegalArgumentException(
            "maxMentorsPerMentee must be between 1 and 10, was " + max);
      }
      this.maxMentorsPerMentee = max;
      return this;
    }

    /**
     * Sets how many existing pairs are made at most.
     *
     * @param count 0 or more
     * @return this builder
     * @throws IllegalArgumentException if {@code count} is negative
     */
    public Builder existingPairs(int count) {
      this.existingPairs = atLeast("existingPairs", count, 0);
      return this;
    }

    /**
     * Sets the mean number of chosen mentors a mentee excludes.
     *
     * @param mean 0 to 100
     * @return this builder
     * @throws IllegalArgumentException if {@code mean} is outside 0..100 or not a number
     */
    public Builder exclusionsPerMentee(double mean) {
      if (!(mean >= 0 && mean <= 100)) {
        throw new IllegalArgumentException(
            "exclusionsPerMentee must be between 0 and 100, was " + mean);
      }
      this.exclusionsPerMentee = mean;
      return this;
    }

    /**
     * Returns the settings. The builder may be reused.
     *
     * @return the settings
     */
    public MatchingInstances build() {
      return new MatchingInstances(this);
    }

    private static int atLeast(String name, int value, int min) {
      if (value < min) {
        throw new IllegalArgumentException(name + " must be at least " + min + ", was " + value);
      }
      return value;
    }
  }
}
