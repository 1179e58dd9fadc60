package dev.mentoring.testkit.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.mentoring.core.enrollment.Skill;
import dev.mentoring.testkit.generate.OrganizationSpec.Department;
import dev.mentoring.testkit.generate.OrganizationSpec.Location;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The marginal distributions of a 20,000-person organisation against the spec's targets. Shares
 * drawn independently per person are checked within four and a half standard errors, so a correct
 * generator fails about once in 150,000 seeds; the seeds are fixed anyway.
 */
class SyntheticOrganizationDistributionTest {
  private static final int N = 20_000;
  private static final SyntheticOrganization ORG = SyntheticOrganization.generate(2026L, N);
  private static final OrganizationSpec SPEC = ORG.spec();

  private static double tolerance(double p, int n) {
    return 4.5 * Math.sqrt(p * (1 - p) / n) + 1e-9;
  }

  @Test
  void departmentSizes_areTheirApportionedShares() {
    double total = SPEC.departments().stream().mapToDouble(Department::weight).sum();
    Map<String, Integer> sizes = ORG.departmentSizes();
    for (Department d : SPEC.departments()) {
      assertThat((double) sizes.get(d.name()))
          .as(d.name())
          .isCloseTo(d.weight() / total * N, within(1.0));
    }
    Map<String, Long> counted = new HashMap<>();
    for (Employee e : ORG.employees()) {
      counted.merge(e.department(), 1L, Long::sum);
    }
    for (Map.Entry<String, Integer> e : sizes.entrySet()) {
      assertThat(counted.get(e.getKey())).as(e.getKey()).isEqualTo(e.getValue().longValue());
    }
  }

  @Test
  void levels_followThePyramid() {
    int levels = SPEC.levels();
    int[] count = new int[21];
    for (Employee e : ORG.employees()) {
      count[e.level()]++;
    }
    for (int level = 1; level < levels; level++) {
      double target = SPEC.levelShares().get(level - 1);
      assertThat((double) count[level] / N)
          .as("share of level %d", level)
          .isCloseTo(target, within(tolerance(target, N)));
    }
    // The executives are promoted from the top level: together they hold its share.
    int topAndAbove = 0;
    for (int level = levels; level <= 20; level++) {
      topAndAbove += count[level];
    }
    double top = SPEC.levelShares().get(levels - 1);
    assertThat((double) topAndAbove / N).isCloseTo(top, within(tolerance(top, N)));
    // Executives lead the top two levels, about maxTeamSize people each.
    int executives = topAndAbove - count[levels];
    double led = (SPEC.levelShares().get(levels - 2) + top) * N;
    assertThat((double) executives)
        .isBetween(led / SPEC.maxTeamSize() / 2, led / SPEC.maxTeamSize() * 2);
  }

  @Test
  void levels_followAnotherPyramid() {
    OrganizationSpec spec =
        OrganizationSpec.builder()
            .levelShares(0.1, 0.2, 0.4, 0.2, 0.1)
            .mentorWillingness(0, 0, 0, 0.5, 1)
            .menteeWillingness(1, 0.5, 0, 0, 0)
            .build();
    SyntheticOrganization org = SyntheticOrganization.generate(spec, 11L, N);
    int[] count = new int[21];
    for (Employee e : org.employees()) {
      count[e.level()]++;
    }
    for (int level = 1; level < 5; level++) {
      double target = spec.levelShares().get(level - 1);
      assertThat((double) count[level] / N)
          .as("share of level %d", level)
          .isCloseTo(target, within(tolerance(target, N)));
    }
    assertThat(org.employees())
        .allSatisfy(
            e -> {
              if (e.level() <= 3) {
                assertThat(e.willingToMentor()).isFalse();
              }
              if (e.level() >= 3) {
                assertThat(e.willingToBeMentored()).isFalse();
              }
            });
  }

  @Test
  void willingness_followsSeniority() {
    int levels = SPEC.levels();
    int[] people = new int[levels + 1];
    int[] mentors = new int[levels + 1];
    int[] mentees = new int[levels + 1];
    for (Employee e : ORG.employees()) {
      int level = Math.min(e.level(), levels);
      people[level]++;
      mentors[level] += e.willingToMentor() ? 1 : 0;
      mentees[level] += e.willingToBeMentored() ? 1 : 0;
    }
    for (int level = 1; level <= levels; level++) {
      double mentor = SPEC.mentorWillingness().get(level - 1);
      double mentee = SPEC.menteeWillingness().get(level - 1);
      assertThat((double) mentors[level] / people[level])
          .as("willing mentors at level %d", level)
          .isCloseTo(mentor, within(tolerance(mentor, people[level])));
      assertThat((double) mentees[level] / people[level])
          .as("willing mentees at level %d", level)
          .isCloseTo(mentee, within(tolerance(mentee, people[level])));
    }
  }

  @Test
  void sharedSkills_followZipfsLaw() {
    assertThat(zipfSlope(ORG, 5, 100)).isCloseTo(-1.0, within(0.08));
    OrganizationSpec steeper = OrganizationSpec.builder().skillVocabulary(1_000, 1.5).build();
    assertThat(zipfSlope(SyntheticOrganization.generate(steeper, 3L, N), 5, 40))
        .isCloseTo(-1.5, within(0.1));
    OrganizationSpec uniform = OrganizationSpec.builder().skillVocabulary(100, 0).build();
    assertThat(zipfSlope(SyntheticOrganization.generate(uniform, 4L, N), 1, 100))
        .isCloseTo(0.0, within(0.05));
  }

  /**
   * The least-squares slope of log(frequency) against log(rank) over shared skills {@code
   * skill-from} to {@code skill-to}: about minus the Zipf exponent.
   */
  private static double zipfSlope(SyntheticOrganization org, int from, int to) {
    Map<String, Integer> frequency = new HashMap<>();
    for (Employee e : org.employees()) {
      for (List<Skill> skills : List.of(e.skillsOffered(), e.skillsSought())) {
        for (Skill s : skills) {
          frequency.merge(s.name(), 1, Integer::sum);
        }
      }
    }
    int n = to - from + 1;
    double sx = 0;
    double sy = 0;
    double sxx = 0;
    double sxy = 0;
    for (int rank = from; rank <= to; rank++) {
      double x = Math.log(rank);
      double y = Math.log(frequency.getOrDefault("skill-" + rank, 1));
      sx += x;
      sy += y;
      sxx += x * x;
      sxy += x * y;
    }
    return (n * sxy - sx * sy) / (n * sxx - sx * sx);
  }

  @Test
  void departmentSkills_belongToTheirDepartmentAndHaveTheirShare() {
    Map<String, String> stemOf = new HashMap<>();
    for (Department d : SPEC.departments()) {
      stemOf.put(d.name(), d.name().toLowerCase(java.util.Locale.ROOT).replace(' ', '-'));
    }
    int own = 0;
    int all = 0;
    for (Employee e : ORG.employees()) {
      for (Skill s : e.skillsOffered()) {
        all++;
        if (!s.name().startsWith("skill-")) {
          own++;
          assertThat(s.name()).startsWith(stemOf.get(e.department()) + "-");
        }
      }
    }
    // Duplicates drawn for one person are dropped, and the departments' small vocabularies repeat
    // more often than the shared one, so the share kept is a little below the share drawn.
    assertThat((double) own / all)
        .isLessThanOrEqualTo(SPEC.departmentSkillShare())
        .isGreaterThan(SPEC.departmentSkillShare() - 0.08);
  }

  @Test
  void locations_keepTheirWeightsAsExpectedShares() {
    double total = SPEC.locations().stream().mapToDouble(Location::weight).sum();
    Map<String, Integer> count = new HashMap<>();
    for (Employee e : ORG.employees()) {
      count.merge(e.location().name(), 1, Integer::sum);
    }
    for (Location l : SPEC.locations()) {
      double target = l.weight() / total;
      // Teams share locations, so draws cluster: allow twice the independent tolerance.
      assertThat((double) count.getOrDefault(l.name(), 0) / N)
          .as(l.name())
          .isCloseTo(target, within(2 * tolerance(target, N)));
    }
  }

  @Test
  void secondLanguages_haveTheirRates() {
    int others = 0;
    int speakers = 0;
    for (Employee e : ORG.employees()) {
      if (!e.location().language().equals("en")) {
        others++;
        speakers += e.languages().contains("en") ? 1 : 0;
      }
    }
    double rate = SPEC.secondLanguages().get("en");
    assertThat((double) speakers / others).isCloseTo(rate, within(tolerance(rate, others)));
  }

  @Test
  void offeredSkillLevels_growWithSeniority() {
    double[] sum = new double[21];
    int[] count = new int[21];
    for (Employee e : ORG.employees()) {
      for (Skill s : e.skillsOffered()) {
        sum[Math.min(e.level(), SPEC.levels())] += s.level();
        count[Math.min(e.level(), SPEC.levels())]++;
      }
    }
    for (int level = 2; level <= SPEC.levels(); level++) {
      assertThat(sum[level] / count[level]).isGreaterThan(sum[level - 1] / count[level - 1]);
    }
  }
}
