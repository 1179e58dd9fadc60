package dev.mentoring.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * For any synthetic sign-up export and any built-in strategy: every mentee is in the output exactly
 * once, matched or unmatched with a reason, no mentor is over capacity, and the JSON agrees with
 * the CSV.
 */
class MatchPropertyTest {
  private static final List<String> STRATEGIES =
      List.of(
          "optimal",
          "optimal.most-matched",
          "fair",
          "stable.mentee-proposing",
          "stable.mentor-proposing",
          "greedy",
          "random");

  @TempDir Path dir;

  @Test
  void anyInput_everyMenteeOnce_noMentorOverCapacity() {
    qt().withExamples(40)
        .withShrinkCycles(10)
        .forAll(
            longs().between(1, 1_000_000),
            integers().between(1, 40),
            integers().between(1, 15),
            integers().between(1, 3))
        .checkAssert(
            (seed, mentees, mentors, maxCapacity) -> {
              try {
                check(seed, mentees, mentors, maxCapacity);
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
            });
  }

  private void check(long seed, int mentees, int mentors, int maxCapacity) throws IOException {
    Path run = Files.createTempDirectory(dir, "run");
    SampleFiles.Draw draw = SampleFiles.draw(seed, 400, mentees, mentors, maxCapacity);
    // Vary the dialect: delimiters and byte-order marks per seed.
    Path mentorFile = run.resolve("mentors.csv");
    Path menteeFile = run.resolve("mentees.csv");
    SampleFiles.writePeople(
        mentorFile, draw.mentors(), true, seed % 2 == 0 ? ',' : ';', seed % 3 == 0);
    SampleFiles.writePeople(
        menteeFile, draw.mentees(), false, seed % 5 < 2 ? '\t' : ',', seed % 2 == 1);
    Path config = run.resolve("matching.properties");
    Files.writeString(config, SampleFiles.CONFIG, StandardCharsets.UTF_8);
    String strategy = STRATEGIES.get((int) (seed % STRATEGIES.size()));

    CliRun result =
        CliRun.of(
            "match",
            "--mentors",
            mentorFile.toString(),
            "--mentees",
            menteeFile.toString(),
            "--config",
            config.toString(),
            "--strategy",
            strategy,
            "--seed",
            Long.toString(seed),
            "--out",
            run.resolve("matches.csv").toString(),
            "--json",
            run.resolve("matches.json").toString(),
            "--quiet");

    assertThat(result.code()).as(result.err()).isZero();
    List<Map<String, String>> rows = Outputs.csv(run.resolve("matches.csv"));
    Outputs.checkInvariants(
        rows,
        Outputs.ids(menteeFile, SampleFiles.EMAIL),
        Outputs.capacities(mentorFile, SampleFiles.EMAIL, SampleFiles.CAPACITY));
    var json = Outputs.json(run.resolve("matches.json"));
    long matched = rows.stream().filter(r -> r.get("status").equals("matched")).count();
    assertThat(json.get("pairs").size()).isEqualTo(matched);
    assertThat(json.get("unmatched").size()).isEqualTo(rows.size() - matched);
    assertThat(json.get("evaluation").get("matched").asLong()).isEqualTo(matched);
  }
}
