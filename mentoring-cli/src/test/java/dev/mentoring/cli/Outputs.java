package dev.mentoring.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Reads the command's output files back, with the libraries a consumer would use. */
final class Outputs {
  private Outputs() {}

  /** Reads the CSV output with Commons CSV, one map per row keyed by header. */
  static List<Map<String, String>> csv(Path file) throws IOException {
    List<Map<String, String>> rows = new ArrayList<>();
    try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8);
        CSVParser p =
            CSVParser.parse(
                r, CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get())) {
      assertThat(p.getHeaderNames()).startsWith("mentee", "mentor", "status", "score");
      assertThat(p.getHeaderNames()).endsWith("explanation");
      for (CSVRecord rec : p) {
        rows.add(rec.toMap());
      }
    }
    return rows;
  }

  /** Reads the JSON output with Jackson 3. */
  static JsonNode json(Path file) {
    return JsonMapper.builder().build().readTree(file.toFile());
  }

  /** Reads ids of a people file's id column, lower-cased, in file order. */
  static Set<String> ids(Path peopleFile, String idHeader) {
    Set<String> ids = new LinkedHashSet<>();
    CsvTable t = CsvTable.read(peopleFile, null);
    for (CsvTable.Row row : t.rows()) {
      ids.add(CsvTable.cell(row, t.column(idHeader)).toLowerCase(java.util.Locale.ROOT));
    }
    return ids;
  }

  /** Reads a mentor file's capacities by lower-cased id. */
  static Map<String, Integer> capacities(Path mentorFile, String idHeader, String capacityHeader) {
    CsvTable t = CsvTable.read(mentorFile, null);
    Map<String, Integer> out = new HashMap<>();
    for (CsvTable.Row row : t.rows()) {
      out.put(
          CsvTable.cell(row, t.column(idHeader)).toLowerCase(java.util.Locale.ROOT),
          Integer.parseInt(CsvTable.cell(row, t.column(capacityHeader))));
    }
    return out;
  }

  /**
   * Checks the invariants of a run's CSV output against its inputs: every mentee exactly once,
   * matched or unmatched with a reason; every mentor within capacity; scores in 0..1000.
   */
  static void checkInvariants(
      List<Map<String, String>> rows, Set<String> mentees, Map<String, Integer> capacity) {
    List<String> seen = new ArrayList<>();
    Map<String, Integer> load = new HashMap<>();
    for (Map<String, String> row : rows) {
      seen.add(row.get("mentee"));
      String status = row.get("status");
      assertThat(status).isIn("matched", "fixed", "unmatched");
      if (status.equals("unmatched")) {
        assertThat(row.get("mentor")).isEmpty();
        assertThat(row.get("score")).isEmpty();
        assertThat(row.get("explanation")).as("reason of %s", row.get("mentee")).isNotBlank();
      } else {
        assertThat(capacity).containsKey(row.get("mentor"));
        load.merge(row.get("mentor"), 1, Integer::sum);
        assertThat(Integer.parseInt(row.get("score"))).isBetween(0, 1000);
        assertThat(row.get("explanation")).isNotBlank();
      }
    }
    assertThat(seen).doesNotHaveDuplicates();
    assertThat(seen).containsExactlyInAnyOrderElementsOf(mentees);
    for (Map.Entry<String, Integer> l : load.entrySet()) {
      assertThat(l.getValue())
          .as("load of mentor %s", l.getKey())
          .isLessThanOrEqualTo(capacity.get(l.getKey()));
    }
  }
}
