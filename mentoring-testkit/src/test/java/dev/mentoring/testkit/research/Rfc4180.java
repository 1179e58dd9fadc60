package dev.mentoring.testkit.research;

import java.util.ArrayList;
import java.util.List;

/** A strict RFC 4180 reader for tests: CRLF line ends, quoted fields with doubled quotes. */
final class Rfc4180 {
  private Rfc4180() {}

  static List<List<String>> parse(String text) {
    List<List<String>> records = new ArrayList<>();
    List<String> record = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    int i = 0;
    boolean fieldStart = true;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (fieldStart && c == '"') {
        i++;
        while (true) {
          if (i >= text.length()) {
            throw new IllegalArgumentException("unterminated quoted field");
          }
          char q = text.charAt(i++);
          if (q == '"') {
            if (i < text.length() && text.charAt(i) == '"') {
              field.append('"');
              i++;
            } else {
              break;
            }
          } else {
            field.append(q);
          }
        }
        fieldStart = false;
      } else if (c == ',') {
        record.add(field.toString());
        field.setLength(0);
        fieldStart = true;
        i++;
      } else if (c == '\r') {
        if (i + 1 >= text.length() || text.charAt(i + 1) != '\n') {
          throw new IllegalArgumentException("CR without LF at " + i);
        }
        record.add(field.toString());
        field.setLength(0);
        records.add(record);
        record = new ArrayList<>();
        fieldStart = true;
        i += 2;
      } else if (c == '"' || c == '\n') {
        throw new IllegalArgumentException(
            "unexpected " + (c == '"' ? "quote" : "LF") + " at " + i);
      } else {
        field.append(c);
        fieldStart = false;
        i++;
      }
    }
    if (!fieldStart || !record.isEmpty()) {
      throw new IllegalArgumentException("last record does not end in CRLF");
    }
    return records;
  }
}
