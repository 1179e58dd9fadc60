package dev.mentoring.cli;

import dev.mentoring.core.ParticipantId;
import dev.mentoring.core.matching.Proposal;
import dev.mentoring.core.pairing.Contribution;
import dev.mentoring.core.pairing.Explanation;
import dev.mentoring.jackson.MentoringModule;
import dev.mentoring.matching.FeasibilityReport;
import dev.mentoring.matching.MatchingEvaluation;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes a run's outcome to the CSV and JSON files, all or nothing: each file is written to a
 * temporary file beside its target and moved over it (atomically where the file system can) only
 * once both are complete, so that a failed run leaves neither a partial file nor a clobbered
 * earlier output.
 *
 * <p>The CSV (RFC 4180, comma, UTF-8) has one row per mentee, in the mentees' file order, with the
 * columns {@code mentee}, {@code mentor}, {@code status} ({@code matched}, {@code fixed} or {@code
 * unmatched}), {@code score} (0 to 1000), one column per criterion of the model holding its points,
 * and {@code explanation} (each criterion's account; for an unmatched mentee, the reason).
 *
 * <p>The JSON document is an object with these members; the values in angle brackets have the shape
 * that {@code mentoring-json} documents and {@code mentoring-jackson} writes:
 *
 * <pre>
 * {
 *   "format": "mentoring-cli.matches.v1",
 *   "strategy": "optimal",
 *   "pairs": [&lt;Proposal&gt;, ...],        the strategy's pairs
 *   "fixedPairs": [&lt;Proposal&gt;, ...],   the pairs of the fixed-pairs file
 *   "unmatched": [{"menteeId": "...", "reason": "..."}, ...],
 *   "evaluation": &lt;MatchingEvaluation&gt;,  of the strategy's pairs
 *   "feasibility": &lt;FeasibilityReport&gt;, before solving, fixed pairs taken out
 *   "notes": ["...", ...]
 * }
 * </pre>
 */
final class OutputFiles {
  static final String FORMAT = "mentoring-cli.matches.v1";

  private static final JsonMapper JSON =
      JsonMapper.builder()
          .addModule(new MentoringModule())
          .enable(SerializationFeature.INDENT_OUTPUT)
          .build();

  /**
   * An unmatched mentee in the JSON document.
   *
   * @param menteeId the mentee
   * @param reason why no mentor was found
   */
  record Unmatched(ParticipantId menteeId, String reason) {}

  /**
   * The JSON document.
   *
   * @param format {@value #FORMAT}
   * @param strategy the strategy's id
   * @param pairs the strategy's pairs
   * @param fixedPairs the fixed pairs
   * @param unmatched the unmatched mentees with reasons
   * @param evaluation the evaluation of the strategy's pairs
   * @param feasibility the feasibility report
   * @param notes remarks such as fixed pairs that break a hard constraint
   */
  record Document(
      String format,
      String strategy,
      List<Proposal> pairs,
      List<Proposal> fixedPairs,
      List<Unmatched> unmatched,
      MatchingEvaluation evaluation,
      FeasibilityReport feasibility,
      List<String> notes) {}

  private static final SecureRandom RANDOM = new SecureRandom();

  private OutputFiles() {}

  /** Something to write into one file. */
  @FunctionalInterface
  interface Content {
    void writeTo(OutputStream out) throws IOException;
  }

  /**
   * Writes the outcome to both files, or to neither.
   *
   * @param outcome the outcome
   * @param criteria the model's criterion ids, one CSV column each
   * @param csv the CSV file
   * @param json the JSON file
   * @throws IOException if a file cannot be written or moved; the targets are then untouched,
   *     unless the second move failed after the first
   */
  static void write(MatchSession.Outcome outcome, List<String> criteria, Path csv, Path json)
      throws IOException {
    writeAll(
        List.of(csv, json), List.of(out -> csv(outcome, criteria, out), out -> json(outcome, out)));
  }

  static void writeAll(List<Path> targets, List<Content> contents) throws IOException {
    List<Path> temps = new ArrayList<>();
    try {
      for (int k = 0; k < targets.size(); k++) {
        Path target = targets.get(k).toAbsolutePath();
        Path dir = target.getParent();
        if (dir == null || !Files.isDirectory(dir)) {
          throw new IOException(targets.get(k) + ": the directory " + dir + " does not exist");
        }
        // Not Files.createTempFile: its owner-only permissions would carry over to the output.
        Path temp =
            dir.resolve(
                "." + target.getFileName() + "." + Long.toHexString(RANDOM.nextLong()) + ".tmp");
        try (OutputStream out = Files.newOutputStream(temp, StandardOpenOption.CREATE_NEW)) {
          temps.add(temp);
          contents.get(k).writeTo(out);
        }
      }
      for (int k = 0; k < targets.size(); k++) {
        move(temps.get(k), targets.get(k).toAbsolutePath());
      }
    } finally {
      for (Path temp : temps) {
        Files.deleteIfExists(temp);
      }
    }
  }

  private static void move(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  /** Returns the CSV header for a model's criteria. */
  static List<String> csvHeader(List<String> criteria) {
    List<String> header = new ArrayList<>(List.of("mentee", "mentor", "status", "score"));
    header.addAll(criteria);
    header.add("explanation");
    return header;
  }

  private static void csv(MatchSession.Outcome outcome, List<String> criteria, OutputStream out)
      throws IOException {
    Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    try (CSVPrinter printer =
        new CSVPrinter(w, CSVFormat.RFC4180.builder().setRecordSeparator("\n").get())) {
      printer.printRecord(csvHeader(criteria));
      for (MatchSession.Line line : outcome.lines()) {
        List<String> row = new ArrayList<>(criteria.size() + 5);
        row.add(line.mentee().value());
        ParticipantId mentor = line.mentor();
        row.add(mentor == null ? "" : mentor.value());
        row.add(line.status().name().toLowerCase(java.util.Locale.ROOT));
        Explanation e = line.explanation();
        row.add(e == null ? "" : Integer.toString(e.score()));
        for (String c : criteria) {
          row.add(e == null ? "" : Integer.toString(points(e, c)));
        }
        row.add(e == null ? line.reason() : details(e));
        printer.printRecord(row);
      }
    }
  }

  private static int points(Explanation e, String criterion) {
    for (Contribution c : e.contributions()) {
      if (c.criterion().equals(criterion)) {
        return c.points();
      }
    }
    return 0;
  }

  /** Each criterion's points and account, such as {@code skills 270: offers Java (4)...}. */
  static String details(Explanation e) {
    List<String> parts = new ArrayList<>();
    for (Contribution c : e.contributions()) {
      parts.add(c.criterion() + " " + c.points() + ": " + c.detail());
    }
    return String.join("; ", parts);
  }

  private static void json(MatchSession.Outcome outcome, OutputStream out) {
    List<Unmatched> unmatched = new ArrayList<>();
    for (MatchSession.Line line : outcome.lines()) {
      if (line.status() == MatchSession.Status.UNMATCHED) {
        unmatched.add(new Unmatched(line.mentee(), line.reason()));
      }
    }
    Document doc =
        new Document(
            FORMAT,
            outcome.strategy(),
            outcome.result().proposals(),
            outcome.fixedPairs(),
            unmatched,
            outcome.evaluation(),
            outcome.feasibility(),
            outcome.notes());
    JSON.writeValue(out, doc);
  }
}
