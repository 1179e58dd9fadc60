package dev.mentoring.testkit.generate;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mentoring.core.ParticipantId;
import dev.mentoring.core.enrollment.Skill;
import dev.mentoring.testkit.generate.OrganizationSpec.Department;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

class SyntheticOrganizationTest {

  /**
   * The digest of the default organisation for seed 42 and 3,000 people. It pins the generator's
   * output: any change to the generation, however small, changes it. Update it only on purpose, for
   * a release that says so.
   */
  private static final String PINNED_DIGEST =
      "83759068a7c93c1f59979f3634d1ad1b704a0b646a37cb74bec75450a2bd956d";

  /** A SHA-256 digest over every field of every person, in index order. */
  static String digest(SyntheticOrganization org) {
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      for (Employee e : org.employees()) {
        md.update(e.toString().getBytes(UTF_8));
        md.update((byte) '\n');
      }
      return HexFormat.of().formatHex(md.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new AssertionError(e);
    }
  }

  @Test
  void generate_sameSeed_sameOrganization() {
    SyntheticOrganization a = SyntheticOrganization.generate(42L, 3_000);
    SyntheticOrganization b = SyntheticOrganization.generate(42L, 3_000);
    assertThat(digest(a)).isEqualTo(digest(b));
    assertThat(a.employees()).isEqualTo(b.employees());
  }

  @Test
  void generate_sameSeed_sameOrganizationAcrossRuns() {
    assertThat(digest(SyntheticOrganization.generate(42L, 3_000))).isEqualTo(PINNED_DIGEST);
  }

  @Test
  void generate_otherSeed_otherOrganization() {
    SyntheticOrganization a = SyntheticOrganization.generate(42L, 3_000);
    SyntheticOrganization b = SyntheticOrganization.generate(43L, 3_000);
    assertThat(digest(a)).isNotEqualTo(digest(b));
    long differentLevels =
        a.employees().stream().filter(e -> e.level() != b.employee(e.index()).level()).count();
    assertThat(differentLevels).isGreaterThan(1_000);
  }

  @Test
  void generate_otherSpec_otherOrganization() {
    OrganizationSpec spec = OrganizationSpec.builder().skillVocabulary(500, 1.0).build();
    assertThat(digest(SyntheticOrganization.generate(spec, 42L, 3_000)))
        .isNotEqualTo(digest(SyntheticOrganization.generate(42L, 3_000)));
  }

  @Test
  void generate_size_outOfRange() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> SyntheticOrganization.generate(1L, 9))
        .withMessage("size must be between 10 and 1000000, was 9");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> SyntheticOrganization.generate(1L, 1_000_001))
        .withMessage("size must be between 10 and 1000000, was 1000001");
    assertThatThrownBy(() -> SyntheticOrganization.generate(null, 1L, 10))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("spec");
  }

  @Test
  void generate_smallest() {
    SyntheticOrganization org = SyntheticOrganization.generate(7L, 10);
    assertThat(org.size()).isEqualTo(10);
    assertThat(org.employees()).filteredOn(Employee::isRoot).hasSize(1);
    assertThat(org.departmentSizes().values().stream().mapToInt(Integer::intValue).sum())
        .isEqualTo(10);
  }

  @Test
  void ids_sortByIndexAndResolve() {
    SyntheticOrganization org = SyntheticOrganization.generate(5L, 1_234);
    Employee e = org.employee(17);
    assertThat(e.id()).isEqualTo(ParticipantId.of("emp-0000017"));
    assertThat(e.index()).isEqualTo(17);
    assertThat(org.indexOf(e.id())).isEqualTo(17);
    assertThat(org.find(e.id())).contains(e);
    assertThat(org.employee(1_233).id().value()).isEqualTo("emp-0001233");
    assertThat(org.employees()).extracting(Employee::id).isSorted();
    assertThat(org.indexOf(ParticipantId.of("emp-0001234"))).isEqualTo(-1);
    assertThat(org.indexOf(ParticipantId.of("emp-00x0001"))).isEqualTo(-1);
    assertThat(org.indexOf(ParticipantId.of("someone"))).isEqualTo(-1);
    assertThat(org.find(ParticipantId.of("emp-9999999"))).isEmpty();
    assertThatThrownBy(() -> org.employee(1_234)).isInstanceOf(IndexOutOfBoundsException.class);
    assertThatThrownBy(() -> org.employee(-1)).isInstanceOf(IndexOutOfBoundsException.class);
  }

  @Test
  void accessors_describeTheOrganization() {
    SyntheticOrganization org = SyntheticOrganization.generate(5L, 2_000);
    assertThat(org.seed()).isEqualTo(5L);
    assertThat(org.spec()).isEqualTo(OrganizationSpec.defaults());
    assertThat(org.employees()).hasSize(2_000);
    assertThat(org.root().isRoot()).isTrue();
    assertThat(org.root().manager()).isNull();
    assertThat(org.root().team()).isEqualTo(-1);
    assertThat(org.teamCount())
        .isEqualTo(
            org.employees().stream()
                .filter(e -> !e.isRoot())
                .map(Employee::manager)
                .distinct()
                .count());
    assertThat(org.departmentSizes().keySet())
        .containsExactlyElementsOf(
            OrganizationSpec.defaults().departments().stream().map(Department::name).toList());
    assertThat(org).hasToString("SyntheticOrganization[2000 people, seed 5]");
  }

  @Test
  void employees_speakTheirLocationsLanguageFirst() {
    SyntheticOrganization org = SyntheticOrganization.generate(8L, 2_000);
    for (Employee e : org.employees()) {
      assertThat(e.languages()).first().isEqualTo(e.location().language());
      assertThat(e.languages()).doesNotHaveDuplicates();
      assertThat(e.timeZone()).isEqualTo(e.location().zone());
    }
  }

  @Test
  void employees_haveDistinctSkillsAndSeekNoneTheyOffer() {
    SyntheticOrganization org = SyntheticOrganization.generate(9L, 2_000);
    for (Employee e : org.employees()) {
      List<String> offered = e.skillsOffered().stream().map(Skill::name).toList();
      List<String> sought = e.skillsSought().stream().map(Skill::name).toList();
      assertThat(offered).isNotEmpty().doesNotHaveDuplicates();
      assertThat(offered).hasSizeLessThanOrEqualTo(org.spec().maxSkillsOffered());
      assertThat(sought).doesNotHaveDuplicates().doesNotContainAnyElementsOf(offered);
      assertThat(sought).hasSizeLessThanOrEqualTo(org.spec().maxSkillsSought());
      assertThat(e.skillsOffered()).allSatisfy(s -> assertThat(s.level()).isBetween(1, 5));
      assertThat(e.skillsSought()).allSatisfy(s -> assertThat(s.level()).isBetween(1, 5));
    }
  }

  @Test
  void employee_checksItsComponents() {
    Employee e = SyntheticOrganization.generate(3L, 100).employee(3);
    assertThatIllegalArgumentException()
        .isThrownBy(
            () ->
                new Employee(
                    -1,
                    e.id(),
                    e.department(),
                    e.team(),
                    e.manager(),
                    e.level(),
                    e.location(),
                    e.languages(),
                    e.skillsOffered(),
                    e.skillsSought(),
                    false,
                    false))
        .withMessage("index must be at least 0, was -1");
    assertThatIllegalArgumentException()
        .isThrownBy(
            () ->
                new Employee(
                    3,
                    e.id(),
                    e.department(),
                    -1,
                    ParticipantId.of("emp-0000001"),
                    e.level(),
                    e.location(),
                    e.languages(),
                    e.skillsOffered(),
                    e.skillsSought(),
                    false,
                    false))
        .withMessage(
            "team must be -1 exactly when manager is null, was -1 with manager emp-0000001");
    assertThatIllegalArgumentException()
        .isThrownBy(
            () ->
                new Employee(
                    3,
                    e.id(),
                    e.department(),
                    -2,
                    null,
                    e.level(),
                    e.location(),
                    e.languages(),
                    e.skillsOffered(),
                    e.skillsSought(),
                    false,
                    false))
        .withMessage("team must be at least -1, was -2");
    assertThatIllegalArgumentException()
        .isThrownBy(
            () ->
                new Employee(
                    3,
                    e.id(),
                    e.department(),
                    -1,
                    null,
                    21,
                    e.location(),
                    e.languages(),
                    e.skillsOffered(),
                    e.skillsSought(),
                    false,
                    false))
        .withMessage("level must be between 1 and 20, was 21");
  }

  @Test
  void departmentSkills_carryTheDepartmentsName() {
    OrganizationSpec spec =
        OrganizationSpec.builder()
            .departments(
                List.of(
                    new Department("R&D", 1),
                    new Department("R D", 1),
                    new Department("---", 1),
                    new Department("Skill", 1)))
            .departmentSkills(2, 1.0)
            .build();
    SyntheticOrganization org = SyntheticOrganization.generate(spec, 1L, 400);
    assertThat(org.employees())
        .flatExtracting(Employee::skillsOffered)
        .extracting(Skill::name)
        .allMatch(
            n -> n.matches("r-d-[12]") || n.matches("department-[234]-[12]"),
            "named after the department, or numbered if the name is used or unusable");
  }
}
