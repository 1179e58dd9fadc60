package dev.mentoring.matching.testing;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.mentoring.core.ParticipantId;
import dev.mentoring.core.enrollment.Availability;
import dev.mentoring.core.enrollment.DepartmentPreference;
import dev.mentoring.core.enrollment.Enrollment;
import dev.mentoring.core.enrollment.EnrollmentId;
import dev.mentoring.core.enrollment.EnrollmentStatus;
import dev.mentoring.core.enrollment.Preferences;
import dev.mentoring.core.enrollment.Profile;
import dev.mentoring.core.matching.CandidatePair;
import dev.mentoring.core.matching.MatchingProblem;
import dev.mentoring.core.pairing.Explanation;
import dev.mentoring.core.pairing.Pair;
import dev.mentoring.core.pairing.PairId;
import dev.mentoring.core.pairing.PairOrigin;
import dev.mentoring.core.program.ApprovalSide;
import dev.mentoring.core.program.EnrollmentRole;
import dev.mentoring.core.program.Program;
import dev.mentoring.core.program.ProgramFormat;
import dev.mentoring.core.program.ProgramId;
import dev.mentoring.core.program.ProgramSpec;
import dev.mentoring.core.program.ProgramStatus;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.quicktheories.core.Gen;

/**
 * Seeded random mentoring profiles and matching problems for tests and benchmarks, in the shape of
 * a real organisation: skills drawn from a Zipf-like vocabulary of {@value #SKILL_VOCABULARY}
 * names, topics from {@value #TOPIC_VOCABULARY}, a handful of languages, time zones, locations and
 * departments, seniority 0 to 12, sparse manager chains, exclusions and preferences.
 *
 * <p>Every method is a pure function of its seed: the same seed gives an equal problem. The
 * QuickTheories generators ({@link #problems}, {@link #profiles}, {@link #weights}) draw a seed and
 * sizes and build the problem from them, so a falsified property replays with its seed.
 *
 * <p>Use {@link #program}, {@link #enrollment} and {@link #problem} to build hand-made problems.
 */
public final class ProfileGen {
  /** Distinct skill names, drawn with Zipf-like frequencies (skill-000 the most common). */
  public static final int SKILL_VOCABULARY = 200;

  /** Distinct topics. */
  public static final int TOPIC_VOCABULARY = 60;

  /** The instant every generated program is created at. */
  public static final Instant T0 = Instant.parse("2026-01-05T09:00:00Z");

  private static final String[] LANGUAGES = {"en", "de", "fr", "es", "pt-BR", "hi", "ja", "zh"};
  private static final ZoneId[] ZONES = {
    ZoneId.of("UTC"),
    ZoneId.of("Europe/Berlin"),
    ZoneId.of("Europe/London"),
    ZoneId.of("America/New_York"),
    ZoneId.of("America/Los_Angeles"),
    ZoneId.of("America/Sao_Paulo"),
    ZoneId.of("Asia/Kolkata"),
    ZoneId.of("Asia/Tokyo"),
    ZoneId.of("Australia/Sydney"),
    ZoneId.of("Pacific/Auckland")
  };
  private static final String[] LOCATIONS = {
    "Berlin", "London", "New York", "San Francisco", "São Paulo", "Bangalore", "Tokyo", "Sydney"
  };
  private static final String[] DEPARTMENTS = {
    "Engineering", "Sales", "Marketing", "Finance", "HR", "Legal", "Support", "Product", "Design"
  };
  private static final double[] SKILL_CDF = zipf(SKILL_VOCABULARY, 1.0);

  private ProfileGen() {}

  // ------------------------------------------------------------------ hand-made problems

  /** A program of the format in MATCHING, created at {@link #T0}, with default settings. */
  public static Program program(ProgramFormat format) {
    ProgramSpec spec = ProgramSpec.builder("Generated").format(format).build();
    return new Program(ProgramId.of("program-1"), 0, spec, ProgramStatus.MATCHING, T0, T0);
  }

  /** An approved enrollment. A mentee's capacity is 0, a mentor's the given one. */
  public static Enrollment enrollment(
      String participant, EnrollmentRole role, Profile profile, int capacity) {
    return new Enrollment(
        EnrollmentId.of("enrollment-" + participant + "-" + role),
        0,
        ProgramId.of("program-1"),
        ParticipantId.of(participant),
        role,
        profile,
        Map.of(),
        role.mentors() ? capacity : 0,
        Set.of(),
        EnrollmentStatus.APPROVED,
        T0,
        T0);
  }

  /** A mentee enrollment. */
  public static Enrollment mentee(String participant, Profile profile) {
    return enrollment(participant, EnrollmentRole.MENTEE, profile, 0);
  }

  /** A mentor enrollment. */
  public static Enrollment mentor(String participant, Profile profile, int capacity) {
    return enrollment(participant, EnrollmentRole.MENTOR, profile, capacity);
  }

  /**
   * A problem with the enrollments sorted by participant id, one place per mentee and {@code max(1,
   * capacity)} places per mentor, no existing pairs and no exclusions.
   */
  public static MatchingProblem problem(
      Program program, List<Enrollment> mentees, List<Enrollment> mentors) {
    return problem(program, mentees, mentors, List.of(), Set.of(), 1L);
  }

  /** A problem as {@link #problem(Program, List, List)} with existing pairs and exclusions. */
  public static MatchingProblem problem(
      Program program,
      List<Enrollment> mentees,
      List<Enrollment> mentors,
      List<Pair> existing,
      Set<CandidatePair> excluded,
      long seed) {
    List<Enrollment> e = new ArrayList<>(mentees);
    List<Enrollment> r = new ArrayList<>(mentors);
    e.sort(Comparator.comparing(Enrollment::participantId));
    r.sort(Comparator.comparing(Enrollment::participantId));
    Map<ParticipantId, Integer> menteePlaces = new HashMap<>();
    Map<ParticipantId, Integer> mentorPlaces = new HashMap<>();
    for (Enrollment x : e) {
      menteePlaces.put(x.participantId(), 1);
    }
    for (Enrollment x : r) {
      mentorPlaces.put(x.participantId(), Math.max(1, x.capacity()));
    }
    return new MatchingProblem(program, r, e, existing, mentorPlaces, menteePlaces, excluded, seed);
  }

  /** A proposed pair, as an existing pair of a problem. */
  public static Pair proposed(String mentor, String mentee) {
    return Pair.propose(
        PairId.of("pair-" + mentor + "-" + mentee),
        ProgramId.of("program-1"),
        ParticipantId.of(mentor),
        ParticipantId.of(mentee),
        PairOrigin.ADMIN,
        Explanation.of("by hand"),
        Set.of(ApprovalSide.MENTOR),
        Set.of(),
        T0,
        T0.plusSeconds(86_400));
  }

  // ------------------------------------------------------------------ random problems

  /** The id of mentee {@code i}: {@code e00042}. */
  public static String menteeId(int i) {
    return String.format(Locale.ROOT, "e%05d", i);
  }

  /** The id of mentor {@code j}: {@code m00042}. */
  public static String mentorId(int j) {
    return String.format(Locale.ROOT, "m%05d", j);
  }

  /**
   * A random ONE_TO_ONE problem of {@code mentees} and {@code mentors} with full profiles, mentor
   * capacities 1 to 5, sparse manager chains, exclusions and preferences, a few existing pairs and
   * problem exclusions. O(n + m) time; suitable for 100,000 × 20,000.
   */
  public static MatchingProblem randomProblem(long seed, int mentees, int mentors) {
    return randomProblem(seed, mentees, mentors, ProgramFormat.ONE_TO_ONE);
  }

  /** A random problem for a program format; see {@link #randomProblem(long, int, int)}. */
  public static MatchingProblem randomProblem(
      long seed, int mentees, int mentors, ProgramFormat format) {
    SplittableRandom random = new SplittableRandom(seed);
    List<Enrollment> e = new ArrayList<>(mentees);
    List<Enrollment> r = new ArrayList<>(mentors);
    for (int i = 0; i < mentees; i++) {
      e.add(mentee(menteeId(i), randomProfile(random, false, mentors, mentees)));
    }
    for (int j = 0; j < mentors; j++) {
      r.add(
          mentor(
              mentorId(j), randomProfile(random, true, mentees, mentors), 1 + random.nextInt(5)));
    }
    List<Pair> existing = new ArrayList<>();
    Set<CandidatePair> excluded = new HashSet<>();
    int extras = mentees == 0 || mentors == 0 ? 0 : Math.max(1, mentees / 50);
    for (int k = 0; k < extras; k++) {
      String mentor = mentorId(random.nextInt(mentors));
      String mentee = menteeId(random.nextInt(mentees));
      if (random.nextBoolean()) {
        if (existing.stream().noneMatch(p -> p.menteeId().value().equals(mentee))) {
          existing.add(proposed(mentor, mentee));
        }
      } else {
        excluded.add(new CandidatePair(ParticipantId.of(mentor), ParticipantId.of(mentee)));
      }
    }
    return problem(program(format), e, r, existing, excluded, seed);
  }

  /**
   * A random profile. {@code others} is the size of the other side (ids for preferences and
   * exclusions), {@code own} of the own side (ids for manager chains).
   */
  public static Profile randomProfile(
      SplittableRandom random, boolean mentor, int others, int own) {
    Profile.Builder b = Profile.builder();
    int skills = 1 + random.nextInt(mentor ? 8 : 5);
    for (int k = 0; k < skills; k++) {
      String name = skillName(random);
      if (mentor) {
        b.offers(name, 1 + random.nextInt(5));
      } else {
        b.seeks(name, 1 + random.nextInt(5));
      }
    }
    if (random.nextInt(10) > 0) {
      int topics = 1 + random.nextInt(6);
      for (int k = 0; k < topics; k++) {
        b.topics(topicName(random.nextInt(TOPIC_VOCABULARY)));
      }
    }
    if (random.nextInt(20) > 0) {
      b.languages("en");
      if (random.nextInt(3) == 0) {
        b.languages(LANGUAGES[1 + random.nextInt(LANGUAGES.length - 1)]);
      }
    } else {
      b.languages(LANGUAGES[1 + random.nextInt(LANGUAGES.length - 1)]);
    }
    if (random.nextInt(10) > 0) {
      b.timeZone(ZONES[random.nextInt(ZONES.length)]);
    }
    if (random.nextInt(5) > 0) {
      b.location(LOCATIONS[random.nextInt(LOCATIONS.length)]);
    }
    if (random.nextInt(8) > 0) {
      b.department(DEPARTMENTS[random.nextInt(DEPARTMENTS.length)]);
    }
    b.seniority(mentor ? 3 + random.nextInt(10) : random.nextInt(8));
    if (own > 0 && random.nextInt(4) == 0) {
      List<ParticipantId> chain = new ArrayList<>();
      for (int k = 0; k < 1 + random.nextInt(3); k++) {
        // Managers are mostly mentors; now and then a mentor reports to someone enrolled as mentee.
        boolean menteeManager = mentor && others > 0 && random.nextInt(5) == 0;
        chain.add(
            ParticipantId.of(
                menteeManager
                    ? menteeId(random.nextInt(others))
                    : mentorId(random.nextInt(Math.max(1, mentor ? own : others)))));
      }
      b.managerChain(chain);
    }
    Set<ParticipantId> preferred = new LinkedHashSet<>();
    if (others > 0 && random.nextInt(10) == 0) {
      for (int k = 0; k < 1 + random.nextInt(3); k++) {
        preferred.add(
            ParticipantId.of(
                mentor ? menteeId(random.nextInt(others)) : mentorId(random.nextInt(others))));
      }
    }
    DepartmentPreference[] wishes = DepartmentPreference.values();
    b.preferences(
        new Preferences(
            preferred,
            random.nextInt(3) == 0
                ? wishes[random.nextInt(wishes.length)]
                : DepartmentPreference.ANY));
    if (others > 0 && random.nextInt(20) == 0) {
      b.exclude(
          ParticipantId.of(
              mentor ? menteeId(random.nextInt(others)) : mentorId(random.nextInt(others))));
    }
    b.availability(Availability.unspecified());
    return b.build();
  }

  private static String skillName(SplittableRandom random) {
    double u = random.nextDouble();
    int k = Arrays.binarySearch(SKILL_CDF, u);
    int index = k >= 0 ? k : Math.min(SKILL_VOCABULARY - 1, -k - 1);
    // Vary the case: names compare case-insensitively.
    return (random.nextInt(4) == 0 ? "Skill-" : "skill-")
        + String.format(Locale.ROOT, "%03d", index);
  }

  private static String topicName(int k) {
    return "topic-" + k;
  }

  private static double[] zipf(int n, double s) {
    double[] cdf = new double[n];
    double sum = 0;
    for (int k = 0; k < n; k++) {
      sum += 1 / Math.pow(k + 1, s);
      cdf[k] = sum;
    }
    for (int k = 0; k < n; k++) {
      cdf[k] /= sum;
    }
    return cdf;
  }

  // ------------------------------------------------------------------ QuickTheories

  /** Random problems of 0 to {@code maxMentees} mentees and 0 to {@code maxMentors} mentors. */
  public static Gen<MatchingProblem> problems(int maxMentees, int maxMentors) {
    return longs()
        .all()
        .zip(
            integers().between(0, maxMentees),
            integers().between(0, maxMentors),
            (seed, n, m) -> randomProblem(seed, n, m))
        .describedAs(
            p ->
                "problem("
                    + p.seed()
                    + ", "
                    + p.mentees().size()
                    + ", "
                    + p.mentors().size()
                    + ")");
  }

  /** Random profiles, mentee-like or mentor-like, referring to up to 20 others. */
  public static Gen<Profile> profiles() {
    return longs()
        .all()
        .map(
            seed -> {
              SplittableRandom r = new SplittableRandom(seed);
              return randomProfile(r, r.nextBoolean(), 20, 20);
            });
  }

  /**
   * Random weights for {@code count} criteria: each 0 to 100, at least one positive, with runs of
   * zeros and of equal weights more likely than uniform draws would make them.
   */
  public static Gen<int[]> weights(int count) {
    return longs()
        .all()
        .map(
            seed -> {
              SplittableRandom r = new SplittableRandom(seed);
              int[] w = new int[count];
              for (int c = 0; c < count; c++) {
                int kind = r.nextInt(4);
                w[c] = kind == 0 ? 0 : kind == 1 ? 10 : r.nextInt(101);
              }
              if (Arrays.stream(w).sum() == 0) {
                w[r.nextInt(count)] = 1 + r.nextInt(100);
              }
              return w;
            })
        .describedAs(Arrays::toString);
  }
}
