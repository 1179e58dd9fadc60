package dev.mentoring.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvTableTest {
  @TempDir Path dir;

  private Path file(String text) throws IOException {
    return Files.writeString(dir.resolve("people.csv"), text, StandardCharsets.UTF_8);
  }

  @Test
  void detect_picksTheMostFrequentDelimiterOutsideQuotes() {
    assertThat(CsvTable.detect("a,b,c")).isEqualTo(',');
    assertThat(CsvTable.detect("a;b;c")).isEqualTo(';');
    assertThat(CsvTable.detect("a\tb\tc")).isEqualTo('\t');
    assertThat(CsvTable.detect("\"a, b, c\";d;e")).isEqualTo(';');
    assertThat(CsvTable.detect("single")).isEqualTo(',');
  }

  @Test
  void read_dropsTheByteOrderMarkAndNumbersRowsAsASpreadsheet() throws IOException {
    CsvTable t =
        CsvTable.read(file("\uFEFFEmail;Level\r\na@x;1\r\n;\r\n\r\n\"b@x\";\" 2 \"\r\n"), null);

    assertThat(t.delimiter()).isEqualTo(';');
    assertThat(t.header()).containsExactly("Email", "Level");
    assertThat(t.column(" email ")).isZero();
    assertThat(t.column("LEVEL")).isEqualTo(1);
    assertThat(t.column("Name")).isEqualTo(-1);
    assertThat(t.rows()).extracting(CsvTable.Row::number).containsExactly(2L, 5L);
    assertThat(t.rows().get(1).cells()).containsExactly("b@x", "2");
  }

  @Test
  void read_multiLineCell_keepsLaterRowNumbersByRecord() throws IOException {
    CsvTable t = CsvTable.read(file("Email,Note\na@x,\"two\nlines\"\nb@x,ok\n"), null);

    assertThat(t.rows()).extracting(CsvTable.Row::number).containsExactly(2L, 3L);
    assertThat(t.rows().get(0).cells().get(1)).isEqualTo("two\nlines");
  }

  @Test
  void read_shorterRow_readsMissingCellsAsEmpty() throws IOException {
    CsvTable t = CsvTable.read(file("Email,Level,Office\na@x,3\n"), null);

    assertThat(CsvTable.cell(t.rows().get(0), 2)).isEmpty();
  }

  @Test
  void read_duplicateHeader_isRejected() throws IOException {
    Path f = file("Email,Level,email\na@x,3,b\n");

    assertThatThrownBy(() -> CsvTable.read(f, null))
        .isInstanceOf(BadInputException.class)
        .hasMessage(
            f + ": row 1, column \"email\": the header names this column twice (columns 1 and 3)");
  }

  @Test
  void read_unclosedQuote_isRejectedWithTheRow() throws IOException {
    Path f = file("Email,Level\na@x,3\n\"b@x,4\n");

    assertThatThrownBy(() -> CsvTable.read(f, null))
        .isInstanceOf(BadInputException.class)
        .hasMessageStartingWith(f + ": row 3: is not valid CSV");
  }

  @Test
  void read_givenDelimiter_overridesDetection() throws IOException {
    CsvTable t = CsvTable.read(file("Email;Skills\na@x;Java\n"), ',');

    assertThat(t.header()).containsExactly("Email;Skills");
    assertThatThrownBy(() -> t.requireColumn("Email", "column.id"))
        .hasMessageContaining("row 1, column \"Email\": no such column")
        .hasMessageContaining("is the delimiter not ','? (--delimiter)");
  }
}
