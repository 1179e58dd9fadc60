package dev.mentoring.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mentoring.matching.scoring.CompatibilityModel;
import dev.mentoring.matching.scoring.HardConstraint;
import dev.mentoring.matching.scoring.HardConstraints;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class CliConfigTest {
  private static final Path FILE = Path.of("m.properties");

  private static CliConfig parse(String... lines) {
    return CliConfig.parse(FILE, List.of(lines));
  }

  private static List<String> constraintIds(CliConfig c) {
    return c.model().constraints().stream().map(HardConstraint::id).toList();
  }

  @Test
  void defaults_areTheDefaultModelAndHeaders() {
    CliConfig c = CliConfig.defaults();

    assertThat(c.model().weights()).isEqualTo(CompatibilityModel.defaults().weights());
    assertThat(constraintIds(c))
        .containsExactlyInAnyOrderElementsOf(
            CompatibilityModel.defaults().constraints().stream().map(HardConstraint::id).toList());
    assertThat(c.header(Column.ID)).isEqualTo("Email");
    assertThat(c.required(Column.ID)).isTrue();
    assertThat(c.required(Column.SKILLS_OFFERED)).isFalse();
    assertThat(c.separators()).isEqualTo(";,");
    assertThat(c.defaultSkillLevel()).isEqualTo(3);
    assertThat(c.defaultCapacity()).isEqualTo(1);
  }

  @Test
  void parse_readsColumnsWeightsAndConstraints() {
    CliConfig c =
        parse(
            "# comment",
            "! also a comment",
            "",
            "column.id = Work e-mail",
            "column.topics =",
            "column.skills.offered: Expertise",
            "separator = |",
            "weight.skills = 50",
            "weight.location = 0",
            "constraint.manager-chain = off",
            "constraint.required-language = de",
            "constraint.max-time-zone-difference = off",
            "department.policy = SAME",
            "seniority.gap = 2..5");

    assertThat(c.header(Column.ID)).isEqualTo("Work e-mail");
    assertThat(c.header(Column.TOPICS)).isNull();
    assertThat(c.header(Column.SKILLS_OFFERED)).isEqualTo("Expertise");
    assertThat(c.required(Column.SKILLS_OFFERED)).isTrue();
    assertThat(c.separators()).isEqualTo("|");
    assertThat(c.model().weight("skills")).isEqualTo(50);
    assertThat(c.model().weight("location")).isZero();
    assertThat(constraintIds(c))
        .contains(HardConstraints.REQUIRED_LANGUAGE, HardConstraints.EXCLUSIONS)
        .doesNotContain(HardConstraints.MANAGER_CHAIN, HardConstraints.MAX_TIME_ZONE_DIFFERENCE);
  }

  @Test
  void unknownKey_namesLineAndKnownKeys() {
    assertThatThrownBy(() -> parse("weight.skills = 3", "wieght.topics = 2"))
        .isInstanceOf(BadInputException.class)
        .hasMessageStartingWith("m.properties: line 2, key wieght.topics: unknown key")
        .hasMessageContaining("weight.topics");
  }

  @Test
  void duplicateKey_namesBothLines() {
    assertThatThrownBy(() -> parse("weight.skills = 3", "", "weight.skills = 4"))
        .hasMessage("m.properties: line 3, key weight.skills: key already set on line 1");
  }

  @Test
  void lineWithoutValue_isRejected() {
    assertThatThrownBy(() -> parse("just words"))
        .hasMessage("m.properties: line 1: expected key=value, found \"just words\"");
  }

  @Test
  void badValues_nameLineKeyAndRule() {
    assertThatThrownBy(() -> parse("weight.skills = -1"))
        .hasMessage("m.properties: line 1, key weight.skills: -1 is outside 0 to 1000");
    assertThatThrownBy(() -> parse("constraint.max-time-zone-difference = 13"))
        .hasMessage(
            "m.properties: line 1, key constraint.max-time-zone-difference: 13 is outside 0 to 12"
                + " or off");
    assertThatThrownBy(() -> parse("constraint.exclusions = yes"))
        .hasMessage("m.properties: line 1, key constraint.exclusions: \"yes\" must be on or off");
    assertThatThrownBy(() -> parse("constraint.required-language = 42"))
        .hasMessageContaining("must be common, off or a language tag");
    assertThatThrownBy(() -> parse("seniority.gap = 5..2"))
        .hasMessageContaining("line 1, key seniority.gap: \"5..2\" must be min..max");
    assertThatThrownBy(() -> parse("department.policy = mixed"))
        .hasMessageContaining("must be any, same or different");
    assertThatThrownBy(() -> parse("skill.level.default = 6"))
        .hasMessage("m.properties: line 1, key skill.level.default: 6 is outside 1 to 5");
    assertThatThrownBy(() -> parse("separator = a b"))
        .hasMessageContaining("key separator: must be one or more characters other than spaces");
    assertThatThrownBy(() -> parse("column.id ="))
        .hasMessageContaining("key column.id: the id column cannot be switched off");
  }

  @Test
  void allWeightsZero_isRejected() {
    String[] lines =
        CompatibilityModel.defaults().weights().keySet().stream()
            .map(id -> "weight." + id + " = 0")
            .toArray(String[]::new);

    assertThatThrownBy(() -> parse(lines))
        .hasMessage(
            "m.properties: line 1, key weight.skills: at least one weight must be positive");
  }

  @Test
  void load_missingFile() {
    assertThatThrownBy(() -> CliConfig.load(Path.of("no/such.properties")))
        .hasMessage("no/such.properties: no such file");
  }
}
