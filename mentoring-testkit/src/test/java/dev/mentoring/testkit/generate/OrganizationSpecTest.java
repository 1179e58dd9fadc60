package dev.mentoring.testkit.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import dev.mentoring.testkit.generate.OrganizationSpec.Department;
import dev.mentoring.testkit.generate.OrganizationSpec.Location;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OrganizationSpecTest {
  private static final ZoneId UTC = ZoneId.of("UTC");

  @Test
  void defaults_describeAPlausibleOrganization() {
    OrganizationSpec d = OrganizationSpec.defaults();
    assertThat(d.departments()).hasSize(12);
    assertThat(d.departments().stream().mapToDouble(Department::weight).sum())
        .isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-9));
    assertThat(d.levels()).isEqualTo(6);
    assertThat(d.mentorWillingness()).isSorted();
    assertThat(d.menteeWillingness()).isSortedAccordingTo((a, b) -> Double.compare(b, a));
    assertThat(d.locations()).extracting(Location::name).contains("Berlin", "Tokyo");
    assertThat(List.copyOf(d.secondLanguages().keySet())).isSorted();
    assertThat(OrganizationSpec.builder().build()).isEqualTo(d);
  }

  @Test
  void builder_setsEveryValue() {
    OrganizationSpec s =
        OrganizationSpec.builder()
            .departments(List.of(new Department("A", 1), new Department("B", 3)))
            .departmentSkills(5, 0.5)
            .teamSize(4, 9)
            .levelShares(0.5, 0.3, 0.2)
            .mentorWillingness(0.1, 0.2, 0.3)
            .menteeWillingness(0.3, 0.2, 0.1)
            .locations(List.of(new Location("Here", UTC, "en", 1)))
            .secondLanguages(Map.of("fr", 0.2))
            .skillVocabulary(50, 1.5)
            .skillsPerPerson(3, 2)
            .build();
    assertThat(s.departments()).extracting(Department::name).containsExactly("A", "B");
    assertThat(s.departmentSkills()).isEqualTo(5);
    assertThat(s.departmentSkillShare()).isEqualTo(0.5);
    assertThat(s.minTeamSize()).isEqualTo(4);
    assertThat(s.maxTeamSize()).isEqualTo(9);
    assertThat(s.levelShares()).containsExactly(0.5, 0.3, 0.2);
    assertThat(s.mentorWillingness()).containsExactly(0.1, 0.2, 0.3);
    assertThat(s.menteeWillingness()).containsExactly(0.3, 0.2, 0.1);
    assertThat(s.secondLanguages()).containsExactly(Map.entry("fr", 0.2));
    assertThat(s.skillVocabulary()).isEqualTo(50);
    assertThat(s.skillExponent()).isEqualTo(1.5);
    assertThat(s.maxSkillsOffered()).isEqualTo(3);
    assertThat(s.maxSkillsSought()).isEqualTo(2);
    assertThat(s.toBuilder().build()).isEqualTo(s);
  }

  @Test
  void secondLanguages_areOrderedByTag() {
    Map<String, Double> rates = new LinkedHashMap<>();
    rates.put("zh", 0.1);
    rates.put("de", 0.2);
    OrganizationSpec s = OrganizationSpec.builder().secondLanguages(rates).build();
    assertThat(s.secondLanguages().keySet()).containsExactly("de", "zh");
  }

  @Test
  void departments_mustBeDistinctAndFew() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> OrganizationSpec.builder().departments(List.of()).build())
        .withMessage("departments must hold 1 to 500 departments, held 0");
    assertThatIllegalArgumentException()
        .isThrownBy(
            () ->
                OrganizationSpec.builder()
                    .departments(List.of(new Department("A", 1), new Department("A", 2)))
                    .build())
        .withMessage("departments name 'A' twice");
    List<Department> many = new ArrayList<>();
    for (int k = 0; k < 501; k++) {
      many.add(new Department("D" + k, 1));
    }
    assertThatIllegalArgumentException()
        .isThrownBy(() -> OrganizationSpec.builder().departments(many).build())
        .withMessage("departments must hold 1 to 500 departments, held 501");
  }

  @Test
  void department_checksNameAndWeight() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new Department(" ", 1))
        .withMessage("name must be 1 to 80 characters and not blank, was ' '");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new Department("A", 0))
        .withMessage("weight must be positive and finite, was 0.0");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new Department("A", Double.NaN))
        .withMessage("weight must be positive and finite, was NaN");
    assertThatNullPointerException().isThrownBy(() -> new Department(null, 1)).withMessage("name");
  }

  @Test
  void location_checksItsComponents() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new Location("X", UTC, "english", 1))
        .withMessage("language must be a BCP 47 tag such as 'en' or 'pt-BR', was 'english'");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new Location("X", UTC, "en", -1))
        .withMessage("weight must be positive and finite, was -1.0");
    assertThatNullPointerException()
        .isThrownBy(() -> new Location("X", null, "en", 1))
        .withMessage("zone");
    assertThat(new Location("São Paulo", ZoneId.of("America/Sao_Paulo"), "pt-BR", 2).language())
        .isEqualTo("pt-BR");
  }

  @Test
  void teamSizes_mustLeaveRoomForEveryPool() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> OrganizationSpec.builder().teamSize(0, 10).build())
        .withMessage("minTeamSize must be between 1 and 500, was 0");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> OrganizationSpec.builder().teamSize(4, 7).build())
        .withMessage(
            "maxTeamSize must be between 8 (at least 5 and twice minTeamSize) and 1000, was 7");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> OrganizationSpec.builder().teamSize(1, 4).build())
        .withMessage(
            "maxTeamSize must be between 5 (at least 5 and twice minTeamSize) and 1000, was 4");
    assertThat(OrganizationSpec.builder().teamSize(1, 5).build().maxTeamSize()).isEqualTo(5);
  }

  @Test
  void levels_needOneRatePerLevel() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> OrganizationSpec.builder().levelShares(1).build())
        .withMessage("levelShares must hold 2 to 10 levels, held 1");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> OrganizationSpec.builder().levelShares(new double[11]).build())
        .withMessage("levelShares must hold 2 to 10 levels, held 11");
    assertThatIllegalArgumentException()
        .isThrownBy(
            () -> OrganizationSpec.builder().levelShares(0.5, -0.1, 0.2, 0.2, 0.1, 0.1).build())
        .withMessage("levelShares[1] must be non-negative and finite, was -0.1");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> OrganizationSpec.builder().levelShares(0, 0, 0, 0, 0, 0).build())
        .withMessage("levelShares must have a positive sum, had 0.0");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> OrganizationSpec.builder().levelShares(0.5, 0.5).build())
        .withMessage("mentorWillingness must hold one rate per level (2), held 6");
    assertThatIllegalArgumentException()
        .isThrownBy(
            () -> OrganizationSpec.builder().menteeWillingness(0.1, 0.2, 0.3, 0.4, 1.5, 0).build())
        .withMessage("menteeWillingness[4] must be between 0 and 1, was 1.5");
  }

  @Test
  void languages_areTagsAndAtMostTwenty() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> OrganizationSpec.builder().secondLanguages(Map.of("e", 0.5)).build())
        .withMessage("secondLanguages key must be a BCP 47 tag such as 'en' or 'pt-BR', was 'e'");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> OrganizationSpec.builder().secondLanguages(Map.of("en", 2.0)).build())
        .withMessage("secondLanguages[en] must be between 0 and 1, was 2.0");
    Map<String, Double> many = new LinkedHashMap<>();
    for (char c = 'a'; c <= 'o'; c++) {
      many.put("x" + c, 0.1);
    }
    assertThatIllegalArgumentException()
        .isThrownBy(() -> OrganizationSpec.builder().secondLanguages(many).build())
        .withMessage("locations and secondLanguages must name at most 20 languages, named 21");
  }

  @Test
  void skills_areBounded() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> OrganizationSpec.builder().skillVocabulary(0, 1).build())
        .withMessage("skillVocabulary must be between 1 and 10000, was 0");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> OrganizationSpec.builder().skillVocabulary(10, Double.NaN).build())
        .withMessage("skillExponent must be between 0 and 5, was NaN");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> OrganizationSpec.builder().skillsPerPerson(51, 1).build())
        .withMessage("maxSkillsOffered must be between 1 and 50, was 51");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> OrganizationSpec.builder().skillsPerPerson(1, 0).build())
        .withMessage("maxSkillsSought must be between 1 and 50, was 0");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> OrganizationSpec.builder().departmentSkills(101, 0.1).build())
        .withMessage("departmentSkills must be between 0 and 100, was 101");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> OrganizationSpec.builder().departmentSkills(0, 0.1).build())
        .withMessage("departmentSkillShare must be 0 when departmentSkills is 0, was 0.1");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> OrganizationSpec.builder().departmentSkills(3, 1.1).build())
        .withMessage("departmentSkillShare must be between 0 and 1, was 1.1");
  }

  @Test
  void collections_areCopied() {
    List<Department> departments = new ArrayList<>(List.of(new Department("A", 1)));
    OrganizationSpec s = OrganizationSpec.builder().departments(departments).build();
    departments.add(new Department("B", 1));
    assertThat(s.departments()).hasSize(1);
  }
}
