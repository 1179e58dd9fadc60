package dev.mentoring.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/** The command on the sample files shipped in {@code mentoring-cli/samples}. */
class SamplesTest {
  static final Path SAMPLES = Path.of("samples");
  static final Path MENTORS = SAMPLES.resolve("mentors.csv");
  static final Path MENTEES = SAMPLES.resolve("mentees.csv");
  static final Path CONFIG = SAMPLES.resolve("matching.properties");
  static final Path FIXED = SAMPLES.resolve("fixed.csv");

  @TempDir Path dir;

  static List<String> args(Path dir, String... more) {
    List<String> a =
        new ArrayList<>(
            List.of(
                "match",
                "--mentors",
                MENTORS.toString(),
                "--mentees",
                MENTEES.toString(),
                "--config",
                CONFIG.toString(),
                "--out",
                dir.resolve("matches.csv").toString(),
                "--json",
                dir.resolve("matches.json").toString()));
    a.addAll(List.of(more));
    return a;
  }

  static CliRun run(Path dir, String... more) {
    return CliRun.of(args(dir, more).toArray(new String[0]));
  }

  @Test
  void samples_parse() {
    CliConfig config = CliConfig.load(CONFIG);
    CsvTable mentors = CsvTable.read(MENTORS, null);
    CsvTable mentees = CsvTable.read(MENTEES, null);
    assertThat(mentors.delimiter()).isEqualTo(',');
    assertThat(mentees.delimiter()).isEqualTo(';');
    assertThat(mentors.header().get(0)).isEqualTo("Timestamp"); // byte-order mark removed
    List<PeopleFile.Person> mentorList = PeopleFile.read(mentors, config, true);
    List<PeopleFile.Person> menteeList = PeopleFile.read(mentees, config, false);
    assertThat(mentorList).hasSize(110);
    assertThat(menteeList).hasSize(300);
    assertThat(mentorList).allSatisfy(p -> assertThat(p.capacity()).isBetween(1, 4));
    assertThat(mentorList).anySatisfy(p -> assertThat(p.profile().skillsOffered()).hasSize(5));
    assertThat(menteeList).anySatisfy(p -> assertThat(p.profile().skillsSought()).hasSize(4));
    assertThat(menteeList).allSatisfy(p -> assertThat(p.profile().skillsOffered()).isEmpty());
    assertThat(menteeList.get(0).profile().timeZone()).isNotNull();
    assertThat(menteeList.get(0).row()).isEqualTo(2);
    assertThat(config.model().weight("skills")).isEqualTo(40);
  }

  @Test
  void match_onSamples_writesParsableCsvAndJson() throws IOException {
    CliRun run = run(dir, "--fixed", FIXED.toString());

    assertThat(run.code()).as(run.err()).isZero();
    assertThat(run.out()).contains("Matched ", "of 300 mentees with optimal", "3 fixed pairs kept");
    List<Map<String, String>> rows = Outputs.csv(dir.resolve("matches.csv"));
    Set<String> mentees = Outputs.ids(MENTEES, SampleFiles.EMAIL);
    Map<String, Integer> capacity =
        Outputs.capacities(MENTORS, SampleFiles.EMAIL, SampleFiles.CAPACITY);
    Outputs.checkInvariants(rows, mentees, capacity);
    assertThat(rows).extracting(r -> r.get("mentee")).containsExactlyElementsOf(mentees);

    List<String> fixedLines = Files.readAllLines(FIXED, StandardCharsets.UTF_8);
    for (String line : fixedLines.subList(1, fixedLines.size())) {
      String[] pair = line.split(",", -1);
      assertThat(rows)
          .filteredOn(r -> r.get("mentee").equals(pair[0]))
          .singleElement()
          .satisfies(r -> assertThat(r).containsEntry("status", "fixed"))
          .satisfies(r -> assertThat(r).containsEntry("mentor", pair[1]));
    }
    long unmatched = rows.stream().filter(r -> r.get("status").equals("unmatched")).count();
    long matched = rows.stream().filter(r -> r.get("status").equals("matched")).count();
    assertThat(unmatched).isPositive();
    assertThat(run.out()).contains("Unmatched mentees (" + unmatched + ")");

    JsonNode json = Outputs.json(dir.resolve("matches.json"));
    assertThat(json.get("format").asString()).isEqualTo("mentoring-cli.matches.v1");
    assertThat(json.get("strategy").asString()).isEqualTo("optimal");
    assertThat(json.get("pairs").size()).isEqualTo(matched);
    assertThat(json.get("fixedPairs").size()).isEqualTo(fixedLines.size() - 1);
    assertThat(json.get("unmatched").size()).isEqualTo(unmatched);
    assertThat(json.get("evaluation").get("pairs").asInt()).isEqualTo(matched);
    assertThat(json.get("feasibility").get("mentees").asInt()).isEqualTo(297);
    JsonNode first = json.get("pairs").get(0);
    // the sample configuration weighs 7 of the 8 criteria (preferences 0)
    assertThat(first.get("explanation").get("contributions").size()).isEqualTo(7);
    assertThat(json.get("unmatched").get(0).get("reason").asString()).isNotBlank();
    // The fixed sample pairs break two hard constraints; the summary says so.
    assertThat(json.get("notes").size()).isEqualTo(2);
    assertThat(run.out()).contains("Note: fixed pair on row 3").contains("required-language");
  }

  @Test
  void match_unmatchedReasons_nameTheCause() throws IOException {
    CliRun run = run(dir);

    assertThat(run.code()).as(run.err()).isZero();
    List<Map<String, String>> rows = Outputs.csv(dir.resolve("matches.csv"));
    assertThat(rows)
        .filteredOn(r -> r.get("status").equals("unmatched"))
        .isNotEmpty()
        .allSatisfy(
            r ->
                assertThat(r.get("explanation"))
                    .matches(
                        "all \\d+ eligible mentors are full|its only eligible mentor is full"
                            + "|no eligible mentor: .*"));
  }

  @Test
  void match_withoutRequiredLanguage_hasNoLanguageReason(@TempDir Path other) throws IOException {
    // A mentee who speaks none of the mentors' languages is unmatched "because of" the language
    // constraint only while it is on.
    Path config = other.resolve("strict.properties");
    Files.writeString(
        config,
        Files.readString(CONFIG)
            .replace("constraint.required-language = common", "constraint.required-language = zz"));
    List<String> a = args(dir);
    a.set(a.indexOf(CONFIG.toString()), config.toString());

    CliRun run = CliRun.of(a.toArray(new String[0]));

    assertThat(run.code()).as(run.err()).isZero();
    assertThat(Outputs.csv(dir.resolve("matches.csv")))
        .allSatisfy(r -> assertThat(r.get("status")).isEqualTo("unmatched"))
        .allSatisfy(
            r ->
                assertThat(r.get("explanation"))
                    .startsWith("no eligible mentor: hard constraints exclude every one of the 110")
                    .contains("required-language excludes 110"));
  }

  @Test
  void compare_onSamples_printsOneRowPerStrategy() {
    CliRun run = run(dir, "--compare", "optimal,stable.mentee-proposing,greedy,random");

    assertThat(run.code()).as(run.err()).isZero();
    List<String> lines = run.out().lines().toList();
    assertThat(lines.get(0)).startsWith("strategy").contains("matched", "total", "blocking");
    assertThat(lines.subList(1, 5))
        .extracting(l -> l.split("\\s+", -1)[0])
        .containsExactly("optimal", "stable.mentee-proposing", "greedy", "random");
    long optimalTotal = Long.parseLong(lines.get(1).split("\\s+", -1)[3]);
    for (String line : lines.subList(2, 5)) {
      assertThat(Long.parseLong(line.split("\\s+", -1)[3])).isLessThanOrEqualTo(optimalTotal);
    }
    // stable matching has no blocking pair
    assertThat(lines.get(2).split("\\s+", -1)[7]).isEqualTo("0");
    assertThat(dir.resolve("matches.csv")).doesNotExist();
  }

  @Test
  void explain_matchedPair_showsTheScoreOfTheOutput() throws IOException {
    assertThat(run(dir).code()).isZero();
    Map<String, String> pair =
        Outputs.csv(dir.resolve("matches.csv")).stream()
            .filter(r -> r.get("status").equals("matched"))
            .findFirst()
            .orElseThrow();

    CliRun run = run(dir, "--explain", pair.get("mentee") + "," + pair.get("mentor"));

    assertThat(run.code()).as(run.err()).isZero();
    assertThat(run.out())
        .contains("compatibility " + pair.get("score") + " of 1000")
        .contains("skills", "seniority", "time-zone")
        .contains("Allowed: no hard constraint excludes this pair.");
  }

  @Test
  void explain_excludedPair_namesTheConstraint() throws IOException {
    List<String> fixed = Files.readAllLines(FIXED, StandardCharsets.UTF_8);

    CliRun run = run(dir, "--explain", fixed.get(2).toUpperCase(java.util.Locale.ROOT));

    assertThat(run.code()).as(run.err()).isZero();
    assertThat(run.out())
        .contains("Excluded: the pair cannot be matched, because of")
        .contains("required-language: no common language");
    assertThat(dir.resolve("matches.csv")).doesNotExist();
  }

  @Test
  void explain_unknownId_isAUsageError() {
    CliRun run = run(dir, "--explain", "nobody@example.com,emp-0000043@example.com");

    assertThat(run.code()).isEqualTo(MentoringCli.EXIT_USAGE);
    assertThat(run.err()).contains("mentee 'nobody@example.com' is not in " + MENTEES);
  }

  @Test
  void explain_malformed_isAUsageError() {
    CliRun run = run(dir, "--explain", "only-one-id");

    assertThat(run.code()).isEqualTo(MentoringCli.EXIT_USAGE);
    assertThat(run.err()).contains("--explain takes MENTEE,MENTOR");
  }

  @Test
  void unknownStrategy_isAUsageError() {
    CliRun run = run(dir, "--strategy", "best");

    assertThat(run.code()).isEqualTo(MentoringCli.EXIT_USAGE);
    assertThat(run.err()).contains("unknown strategy 'best'", "stable.mentee-proposing");
    assertThat(dir.resolve("matches.csv")).doesNotExist();
  }

  @Test
  void missingOption_isAUsageError() {
    CliRun run = CliRun.of("match", "--mentees", MENTEES.toString());

    assertThat(run.code()).isEqualTo(MentoringCli.EXIT_USAGE);
    assertThat(run.err()).contains("Missing required option: '--mentors=FILE'");
  }

  @Test
  void noCommand_isAUsageError() {
    CliRun run = CliRun.of();

    assertThat(run.code()).isEqualTo(MentoringCli.EXIT_USAGE);
    assertThat(run.err()).contains("missing command: match");
  }

  @Test
  void help_listsOptionsAndExitCodes() {
    CliRun run = CliRun.of("match", "--help");

    assertThat(run.code()).isZero();
    assertThat(run.out())
        .contains("--mentors=FILE", "--compare=IDS", "--explain=MENTEE,MENTOR", "--fixed=FILE")
        .contains("Exit codes:", "0   matched", "1   bad input", "2   usage", "3   the output");
  }

  @Test
  void progressOn_drawsABarOnStderr() {
    CliRun run = run(dir, "--progress", "on");

    assertThat(run.code()).as(run.err()).isZero();
    assertThat(run.err()).contains("Matching").contains("100%");
  }

  @Test
  void progressAuto_withoutTerminal_drawsNothing() {
    CliRun run = run(dir);

    assertThat(run.code()).isZero();
    assertThat(run.err()).isEmpty();
  }

  @Test
  void quiet_printsNothingButWritesTheFiles() {
    CliRun run = run(dir, "--quiet", "--progress", "on");

    assertThat(run.code()).isZero();
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).isEmpty();
    assertThat(dir.resolve("matches.csv")).isNotEmptyFile();
    assertThat(dir.resolve("matches.json")).isNotEmptyFile();
  }

  @Test
  void topK_matchesWithinCapacity() throws IOException {
    CliRun run = run(dir, "--top-k", "5", "--strategy", "fair");

    assertThat(run.code()).as(run.err()).isZero();
    Outputs.checkInvariants(
        Outputs.csv(dir.resolve("matches.csv")),
        Outputs.ids(MENTEES, SampleFiles.EMAIL),
        Outputs.capacities(MENTORS, SampleFiles.EMAIL, SampleFiles.CAPACITY));
  }
}
