package dev.mentoring.cli;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;

/**
 * One CSV file read whole: UTF-8 with or without a byte-order mark, comma, semicolon or tab
 * separated (detected from the header line unless given), the first row a header. Rows are numbered
 * as a spreadsheet shows them: the header is row 1. Immutable.
 */
final class CsvTable {
  private static final char[] DELIMITERS = {',', ';', '\t'};

  private final Path file;
  private final char delimiter;
  private final List<String> header;
  private final Map<String, Integer> index;
  private final List<Row> rows;

  private CsvTable(Path file, char delimiter, List<String> header, List<Row> rows) {
    this.file = file;
    this.delimiter = delimiter;
    this.header = List.copyOf(header);
    this.rows = List.copyOf(rows);
    this.index = new HashMap<>();
    for (int c = 0; c < header.size(); c++) {
      index.putIfAbsent(normalize(header.get(c)), c);
    }
  }

  /** One data row: its spreadsheet number and its cells, trimmed. */
  record Row(long number, List<String> cells) {}

  /**
   * Reads a CSV file.
   *
   * @param file the file
   * @param delimiter the delimiter, or null to detect it from the header line
   * @return the table, with at least one data row
   * @throws BadInputException if the file is missing, empty, not UTF-8, malformed, or has a row
   *     with more cells than the header
   */
  static CsvTable read(Path file, @Nullable Character delimiter) {
    requireNonNull(file, "file");
    String text = text(file);
    if (text.isBlank()) {
      throw new BadInputException(file, "row 1", "the file is empty; expected a header row");
    }
    String firstLine = text.lines().findFirst().orElse("");
    char d = delimiter != null ? delimiter : detect(firstLine);
    CSVFormat format =
        CSVFormat.RFC4180
            .builder()
            .setDelimiter(d)
            .setIgnoreEmptyLines(false)
            .setIgnoreSurroundingSpaces(true)
            .get();
    List<String> header = null;
    List<Row> rows = new ArrayList<>();
    long number = 0;
    try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
      for (CSVRecord record : parser) {
        number++;
        List<String> cells = new ArrayList<>(record.size());
        for (String cell : record) {
          cells.add(cell.strip());
        }
        if (header == null) {
          header = cells;
          checkHeader(file, header);
          continue;
        }
        if (cells.stream().allMatch(String::isEmpty)) {
          continue;
        }
        if (cells.size() > header.size()) {
          throw new BadInputException(
              file,
              "row " + number,
              "has "
                  + cells.size()
                  + " cells but the header has "
                  + header.size()
                  + "; is a cell with a '"
                  + printable(d)
                  + "' missing its quotes, or is the delimiter not '"
                  + printable(d)
                  + "'? (--delimiter)");
        }
        rows.add(new Row(number, cells));
      }
    } catch (UncheckedIOException | IOException | IllegalStateException e) {
      throw new BadInputException(
          file, "row " + (number + 1), "is not valid CSV: " + e.getMessage());
    }
    if (header == null) {
      throw new BadInputException(file, "row 1", "the file is empty; expected a header row");
    }
    if (rows.isEmpty()) {
      throw new BadInputException(file, "row 2", "the file has a header but no data rows");
    }
    return new CsvTable(file, d, header, rows);
  }

  private static void checkHeader(Path file, List<String> header) {
    Map<String, Integer> seen = new HashMap<>();
    for (int c = 0; c < header.size(); c++) {
      String h = header.get(c);
      if (h.isEmpty()) {
        continue;
      }
      Integer earlier = seen.putIfAbsent(normalize(h), c);
      if (earlier != null) {
        throw new BadInputException(
            file,
            BadInputException.cell(1, h),
            "the header names this column twice (columns "
                + (earlier + 1)
                + " and "
                + (c + 1)
                + ")");
      }
    }
  }

  private static String text(Path file) {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      throw new BadInputException(file, null, "no such file");
    } catch (IOException e) {
      throw new BadInputException(file, null, "cannot be read: " + e);
    }
    String text;
    try {
      text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes))
              .toString();
    } catch (CharacterCodingException e) {
      throw new BadInputException(
          file, null, "is not UTF-8 text; export it as \"CSV UTF-8\" from the spreadsheet");
    }
    return text.startsWith("\uFEFF") ? text.substring(1) : text;
  }

  /** The delimiter that occurs most often outside quotes in the header line; comma on a tie. */
  static char detect(String headerLine) {
    int[] counts = new int[DELIMITERS.length];
    boolean quoted = false;
    for (int k = 0; k < headerLine.length(); k++) {
      char ch = headerLine.charAt(k);
      if (ch == '"') {
        quoted = !quoted;
      } else if (!quoted) {
        for (int d = 0; d < DELIMITERS.length; d++) {
          if (ch == DELIMITERS[d]) {
            counts[d]++;
          }
        }
      }
    }
    int best = 0;
    for (int d = 1; d < DELIMITERS.length; d++) {
      if (counts[d] > counts[best]) {
        best = d;
      }
    }
    return DELIMITERS[best];
  }

  static String printable(char delimiter) {
    return delimiter == '\t' ? "\\t" : String.valueOf(delimiter);
  }

  private static String normalize(String header) {
    return header.strip().toLowerCase(Locale.ROOT);
  }

  /** Returns the file. */
  Path file() {
    return file;
  }

  /** Returns the delimiter used. */
  char delimiter() {
    return delimiter;
  }

  /** Returns the header cells, trimmed. */
  List<String> header() {
    return header;
  }

  /** Returns the data rows, blank rows left out. */
  List<Row> rows() {
    return rows;
  }

  /**
   * Returns the position of a column, matched trimmed and case-insensitively.
   *
   * @param name the header
   * @return the position, or -1 if the header has no such column
   */
  int column(String name) {
    Integer c = index.get(normalize(name));
    return c == null ? -1 : c;
  }

  /**
   * Returns the position of a column the command needs.
   *
   * @param name the header
   * @param configKey the configuration key that names it, for the message
   * @return the position
   * @throws BadInputException naming the file, row 1 and the column if the header lacks it
   */
  int requireColumn(String name, String configKey) {
    int c = column(name);
    if (c < 0) {
      String hint =
          header.size() == 1 && header.get(0).matches(".*[,;\\t].*")
              ? "; the header is one single column \""
                  + header.get(0)
                  + "\": is the delimiter not '"
                  + printable(delimiter)
                  + "'? (--delimiter)"
              : "; name the right header with " + configKey + "=... in the configuration";
      throw new BadInputException(
          file, BadInputException.cell(1, name), "no such column; the header has " + header + hint);
    }
    return c;
  }

  /** Returns a row's cell, empty if the row is shorter than the header. */
  static String cell(Row row, int column) {
    return column < row.cells().size() ? row.cells().get(column) : "";
  }
}
