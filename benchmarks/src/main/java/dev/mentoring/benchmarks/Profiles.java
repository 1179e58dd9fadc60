package dev.mentoring.benchmarks;

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
import dev.mentoring.core.program.EnrollmentRole;
import dev.mentoring.core.program.Program;
import dev.mentoring.core.program.ProgramFormat;
import dev.mentoring.core.program.ProgramId;
import dev.mentoring.core.program.ProgramSpec;
import dev.mentoring.core.program.ProgramStatus;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * A {@link MatchingProblem} of full profiles for the scoring API, made from an {@link
 * Instances.Instance} (deterministic for a seed): the instance's skills (a mentee seeks at level 3,
 * a mentor offers at level 5 when expert, 3 otherwise), departments, seniority and languages, plus
 * topics (2 to 5 of 60, Zipf-like), one of 10 time zones and 8 locations with skewed frequencies,
 * manager chains (a mentee's chain of 1 to 3 names mentors, so that the manager-chain constraint
 * excludes pairs), stated preferred partners for 10% of mentees and 5% of mentors, department
 * wishes (SAME / DIFFERENT / ANY), explicit exclusions for 2% of mentees, availability, and 0.1% of
 * pairs excluded by the problem itself.
 */
final class Profiles {

  private static final Instant T0 = Instant.parse("2026-01-05T09:00:00Z");
  private static final String[] LANGUAGE_TAGS = {"en", "de", "fr", "es", "pt-BR", "ja"};
  private static final ZoneId[] ZONES = {
    ZoneId.of("Europe/Berlin"),
    ZoneId.of("Europe/London"),
    ZoneId.of("America/New_York"),
    ZoneId.of("America/Los_Angeles"),
    ZoneId.of("America/Sao_Paulo"),
    ZoneId.of("Asia/Kolkata"),
    ZoneId.of("Asia/Tokyo"),
    ZoneId.of("Australia/Sydney"),
    ZoneId.of("UTC"),
    ZoneId.of("Pacific/Auckland")
  };
  private static final double[] ZONE_CDF = {
    0.30, 0.45, 0.62, 0.72, 0.78, 0.86, 0.92, 0.96, 0.99, 1.0
  };
  private static final String[] LOCATIONS = {
    "Berlin", "London", "New York", "San Francisco", "São Paulo", "Bangalore", "Tokyo", "Sydney"
  };
  private static final int TOPICS = 60;

  private Profiles() {}

  /**
   * Builds the problem: every mentee has one place, every mentor the instance's capacity.
   *
   * @param instance the instance whose attributes are used
   * @param seed the seed of the extra attributes
   * @return the problem, both sides ordered by participant id (= index order)
   */
  static MatchingProblem problem(Instances.Instance instance, long seed) {
    SplittableRandom random = new SplittableRandom(seed ^ 0x5DEECE66DL);
    int n = instance.mentees();
    int m = instance.mentors();
    Instances.People mentees = instance.menteePeople();
    Instances.People mentors = instance.mentorPeople();
    List<Enrollment> menteeList = new ArrayList<>(n);
    List<Enrollment> mentorList = new ArrayList<>(m);
    Map<ParticipantId, Integer> menteePlaces = new HashMap<>();
    Map<ParticipantId, Integer> mentorPlaces = new HashMap<>();
    for (int j = 0; j < m; j++) {
      Profile.Builder b = common(mentors, j, random);
      for (int s = 0; s < Instances.SKILLS; s++) {
        if (has(mentors.skills, j, s)) {
          b.offers(skill(s), has(mentors.expert, j, s) ? 5 : 3);
        }
      }
      if (random.nextInt(20) == 0) {
        b.preferences(new Preferences(Set.of(menteeId(random.nextInt(n))), departmentWish(random)));
      } else {
        b.preferences(new Preferences(Set.of(), departmentWish(random)));
      }
      ParticipantId id = mentorId(j);
      mentorList.add(enrollment(id, EnrollmentRole.MENTOR, b.build(), instance.capacity()));
      mentorPlaces.put(id, instance.capacity());
    }
    Set<CandidatePair> excluded = new HashSet<>();
    for (int i = 0; i < n; i++) {
      Profile.Builder b = common(mentees, i, random);
      for (int s = 0; s < Instances.SKILLS; s++) {
        if (has(mentees.skills, i, s)) {
          b.seeks(skill(s), 3);
        }
      }
      List<ParticipantId> chain = new ArrayList<>();
      for (int c = 1 + random.nextInt(3); c > 0; c--) {
        chain.add(mentorId(random.nextInt(m)));
      }
      b.managerChain(chain);
      Set<ParticipantId> preferred = new HashSet<>();
      if (random.nextInt(10) == 0) {
        for (int c = 1 + random.nextInt(3); c > 0; c--) {
          preferred.add(mentorId(random.nextInt(m)));
        }
      }
      b.preferences(new Preferences(preferred, departmentWish(random)));
      if (random.nextInt(50) == 0) {
        b.exclude(mentorId(random.nextInt(m)));
      }
      ParticipantId id = menteeId(i);
      for (int j = 0; j < m; j++) {
        if (random.nextInt(1000) == 0) {
          excluded.add(new CandidatePair(mentorId(j), id));
        }
      }
      menteeList.add(enrollment(id, EnrollmentRole.MENTEE, b.build(), 0));
      menteePlaces.put(id, 1);
    }
    ProgramSpec spec = ProgramSpec.builder("Benchmark").format(ProgramFormat.ONE_TO_ONE).build();
    Program program =
        new Program(ProgramId.of("benchmark"), 0, spec, ProgramStatus.MATCHING, T0, T0);
    return new MatchingProblem(
        program, mentorList, menteeList, List.of(), mentorPlaces, menteePlaces, excluded, seed);
  }

  /** Department, seniority, languages, topics, time zone, location, availability. */
  private static Profile.Builder common(Instances.People p, int x, SplittableRandom random) {
    Profile.Builder b = Profile.builder();
    b.department(String.format(Locale.ROOT, "dept-%02d", p.department[x]));
    b.seniority(p.seniority[x]);
    List<String> languages = new ArrayList<>();
    for (int l = 0; l < Instances.LANGUAGES; l++) {
      if ((p.languages[x] & (1 << l)) != 0) {
        languages.add(LANGUAGE_TAGS[l]);
      }
    }
    b.languages(languages.toArray(new String[0]));
    int topics = 2 + random.nextInt(4);
    Set<String> chosen = new HashSet<>();
    while (chosen.size() < topics) {
      // Zipf-like: the square of a uniform number favours low topic indices.
      double u = random.nextDouble();
      chosen.add(String.format(Locale.ROOT, "topic-%02d", (int) (u * u * TOPICS)));
    }
    b.topics(chosen.toArray(new String[0]));
    int zone = 0;
    double u = random.nextDouble();
    while (zone < ZONE_CDF.length - 1 && u > ZONE_CDF[zone]) {
      zone++;
    }
    b.timeZone(ZONES[zone]);
    b.location(LOCATIONS[Math.min(LOCATIONS.length - 1, zone * LOCATIONS.length / ZONES.length)]);
    Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
    for (DayOfWeek d : DayOfWeek.values()) {
      if (d.getValue() <= 5 && random.nextBoolean()) {
        days.add(d);
      }
    }
    b.availability(new Availability(2 + random.nextInt(8), days));
    return b;
  }

  private static DepartmentPreference departmentWish(SplittableRandom random) {
    int r = random.nextInt(10);
    return r < 6
        ? DepartmentPreference.ANY
        : r < 8 ? DepartmentPreference.DIFFERENT : DepartmentPreference.SAME;
  }

  private static boolean has(long[] bits, int x, int s) {
    return (bits[x * Instances.WORDS + (s >>> 6)] & (1L << (s & 63))) != 0;
  }

  private static String skill(int s) {
    return String.format(Locale.ROOT, "skill-%03d", s);
  }

  private static ParticipantId menteeId(int i) {
    return ParticipantId.of(String.format(Locale.ROOT, "mentee-%06d", i));
  }

  private static ParticipantId mentorId(int j) {
    return ParticipantId.of(String.format(Locale.ROOT, "mentor-%06d", j));
  }

  private static Enrollment enrollment(
      ParticipantId id, EnrollmentRole role, Profile profile, int capacity) {
    return new Enrollment(
        EnrollmentId.of("enrollment-" + id.value()),
        0,
        ProgramId.of("benchmark"),
        id,
        role,
        profile,
        Map.of(),
        capacity,
        Set.of(),
        EnrollmentStatus.APPROVED,
        T0,
        T0);
  }
}
