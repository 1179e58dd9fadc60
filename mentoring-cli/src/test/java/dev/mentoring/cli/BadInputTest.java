package dev.mentoring.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bad input files: each run fails with exit code 1 and a message naming the file, the row and the
 * column (or line and key), leaves no output file and no temporary file behind, and does not
 * clobber the output of an earlier run.
 */
class BadInputTest {
  private static final String PREVIOUS_CSV = "previous,run\n";
  private static final String PREVIOUS_JSON = "{\"previous\":true}";

  @TempDir Path dir;
  private Path mentors;
  private Path mentees;
  private Path config;
  private Path fixed;
  private Path out;
  private Path json;

  @BeforeEach
  void copySamples() throws IOException {
    mentors = Files.copy(SamplesTest.MENTORS, dir.resolve("mentors.csv"));
    mentees = Files.copy(SamplesTest.MENTEES, dir.resolve("mentees.csv"));
    config = Files.copy(SamplesTest.CONFIG, dir.resolve("matching.properties"));
    fixed = Files.copy(SamplesTest.FIXED, dir.resolve("fixed.csv"));
    Path outputs = Files.createDirectories(dir.resolve("out"));
    out = outputs.resolve("matches.csv");
    json = outputs.resolve("matches.json");
    Files.writeString(out, PREVIOUS_CSV);
  }

  private CliRun run(String... more) {
    List<String> a =
        new ArrayList<>(
            List.of(
                "match",
                "--mentors",
                mentors.toString(),
                "--mentees",
                mentees.toString(),
                "--config",
                config.toString(),
                "--fixed",
                fixed.toString(),
                "--out",
                out.toString(),
                "--json",
                json.toString()));
    a.addAll(List.of(more));
    return CliRun.of(a.toArray(new String[0]));
  }

  /** Replaces line {@code index} (0 is the header) of a file. */
  private static void editLine(Path file, int index, UnaryOperator<String> edit)
      throws IOException {
    List<String> lines = new ArrayList<>(Files.readAllLines(file, StandardCharsets.UTF_8));
    lines.set(index, edit.apply(lines.get(index)));
    Files.write(file, lines, StandardCharsets.UTF_8);
  }

  /** Asserts exit code 1, the message, and that nothing was written. */
  private void assertRejected(CliRun run, Path file, String... parts) throws IOException {
    assertThat(run.code()).as(run.err()).isEqualTo(MentoringCli.EXIT_BAD_INPUT);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).startsWith("error: " + file + ": ");
    assertThat(run.err()).contains(parts);
    assertThat(out).hasContent(PREVIOUS_CSV.strip());
    assertThat(json).doesNotExist();
    try (Stream<Path> files = Files.list(out.getParent())) {
      assertThat(files).containsExactly(out);
    }
  }

  @Test
  void missingColumn() throws IOException {
    editLine(mentees, 0, h -> h.replace(SampleFiles.LEARN, "Learning goals"));

    assertRejected(
        run(),
        mentees,
        "row 1, column \"What do you want to learn?\": no such column; the header has [",
        "Learning goals",
        "column.skills.sought=");
  }

  @Test
  void badNumber() throws IOException {
    editLine(mentors, 4, l -> replaceCell(l, ',', 9, "three"));

    assertRejected(
        run(),
        mentors,
        "row 5, column \"How many mentees can you take?\": \"three\" is not a whole number from 0"
            + " to 100");
  }

  @Test
  void numberOutOfRange() throws IOException {
    editLine(mentees, 10, l -> replaceCell(l, ';', 6, "25"));

    assertRejected(run(), mentees, "row 11, column \"Career level\": 25 is outside 0 to 20");
  }

  @Test
  void badSkillLevel() throws IOException {
    editLine(mentors, 2, l -> replaceCell(l, ',', 8, "Java:9; SQL"));

    assertRejected(
        run(),
        mentors,
        "row 3, column \"What can you teach?\": level 9 of skill Java is outside 1 to 5");
  }

  @Test
  void badTimeZone() throws IOException {
    editLine(mentees, 3, l -> replaceCell(l, ';', 4, "Mars/Olympus"));

    assertRejected(
        run(), mentees, "row 4, column \"Time zone\": \"Mars/Olympus\" is not a time zone");
  }

  @Test
  void unknownMentorInFixedPair() throws IOException {
    editLine(fixed, 2, l -> l.substring(0, l.indexOf(',') + 1) + "nobody@example.com");

    assertRejected(
        run(),
        fixed,
        "row 3, column \"mentor\": unknown mentor nobody@example.com: not in the mentors' file");
  }

  @Test
  void menteeFixedTwice() throws IOException {
    List<String> lines = Files.readAllLines(fixed, StandardCharsets.UTF_8);
    Files.writeString(
        fixed,
        lines.get(1) + "\n",
        StandardCharsets.UTF_8,
        java.nio.file.StandardOpenOption.APPEND);

    assertRejected(
        run(),
        fixed,
        "row " + (lines.size() + 1) + ", column \"mentee\":",
        "already fixed on row 2");
  }

  @Test
  void emptyFile() throws IOException {
    Files.writeString(mentees, "");

    assertRejected(run(), mentees, "row 1: the file is empty; expected a header row");
  }

  @Test
  void headerOnly() throws IOException {
    Files.writeString(mentors, Files.readAllLines(mentors).get(0) + "\n");

    assertRejected(run(), mentors, "row 2: the file has a header but no data rows");
  }

  @Test
  void wrongDelimiter() throws IOException {
    // mentees.csv is separated by semicolons; forcing commas leaves one header column
    CliRun run = run("--delimiter", ",");

    assertRejected(
        run,
        mentees,
        "row 1, column \"Email address\": no such column",
        "is the delimiter not ','? (--delimiter)");
  }

  @Test
  void rowWithMoreCellsThanTheHeader() throws IOException {
    editLine(mentors, 6, l -> l + ",extra");

    assertRejected(run(), mentors, "row 7: has 13 cells but the header has 12");
  }

  @Test
  void duplicateId() throws IOException {
    List<String> lines = Files.readAllLines(mentors, StandardCharsets.UTF_8);
    String id = lines.get(2).split(",", -1)[1];
    editLine(mentors, 6, l -> replaceCell(l, ',', 1, id.toUpperCase(java.util.Locale.ROOT)));

    assertRejected(
        run(), mentors, "row 7, column \"Email address\": id " + id + " is already on row 3");
  }

  @Test
  void emptyId() throws IOException {
    editLine(mentees, 8, l -> replaceCell(l, ';', 1, ""));

    assertRejected(run(), mentees, "row 9, column \"Email address\": the id is empty");
  }

  @Test
  void notUtf8() throws IOException {
    byte[] latin1 = "Email;Level\ncafé@example.com;3\n".getBytes(StandardCharsets.ISO_8859_1);
    Files.write(mentees, latin1);

    assertRejected(run(), mentees, "is not UTF-8 text");
  }

  @Test
  void missingFile() throws IOException {
    Files.delete(mentors);

    assertRejected(run(), mentors, "no such file");
  }

  @Test
  void badConfigValue() throws IOException {
    List<String> lines = Files.readAllLines(config, StandardCharsets.UTF_8);
    int line = lines.indexOf("weight.skills = 40");
    editLine(config, line, l -> "weight.skills = heavy");

    assertRejected(
        run(),
        config,
        "line "
            + (line + 1)
            + ", key weight.skills: \"heavy\" is not a whole number from 0 to 1000");
  }

  @Test
  void unknownConfigKey() throws IOException {
    Files.writeString(
        config,
        "\nweight.skill = 3\n",
        StandardCharsets.UTF_8,
        java.nio.file.StandardOpenOption.APPEND);
    int line = Files.readAllLines(config).size();

    assertRejected(
        run(),
        config,
        "line " + line + ", key weight.skill: unknown key; known keys are",
        "weight.skills");
  }

  @Test
  void outputDirectoryMissing_failsWithoutWritingEither() throws IOException {
    json = dir.resolve("missing/matches.json");

    CliRun run = run();

    assertThat(run.code()).isEqualTo(MentoringCli.EXIT_FAILURE);
    assertThat(run.err()).contains("cannot write the output", "missing");
    assertThat(out).hasContent(PREVIOUS_CSV.strip());
    try (Stream<Path> files = Files.list(out.getParent())) {
      assertThat(files).containsExactly(out);
    }
  }

  @Test
  void goodRun_replacesThePreviousOutput() throws IOException {
    Files.writeString(json, PREVIOUS_JSON);

    CliRun run = run();

    assertThat(run.code()).as(run.err()).isZero();
    assertThat(Files.readString(out)).startsWith("mentee,mentor,status,score");
    assertThat(Files.readString(json)).contains("mentoring-cli.matches.v1");
    try (Stream<Path> files = Files.list(out.getParent())) {
      assertThat(files).containsExactlyInAnyOrder(out, json);
    }
  }

  /** Replaces cell {@code index} of a CSV line whose cells up to it hold no quoted delimiter. */
  private static String replaceCell(String line, char delimiter, int index, String value) {
    List<String> cells = new ArrayList<>();
    StringBuilder cur = new StringBuilder();
    boolean quoted = false;
    for (int k = 0; k < line.length(); k++) {
      char c = line.charAt(k);
      if (c == '"') {
        quoted = !quoted;
      }
      if (c == delimiter && !quoted) {
        cells.add(cur.toString());
        cur.setLength(0);
      } else {
        cur.append(c);
      }
    }
    cells.add(cur.toString());
    cells.set(index, value.indexOf(delimiter) >= 0 ? "\"" + value + "\"" : value);
    return String.join(String.valueOf(delimiter), cells);
  }
}
