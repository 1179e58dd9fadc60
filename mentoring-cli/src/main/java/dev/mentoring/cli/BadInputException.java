package dev.mentoring.cli;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;
import org.jspecify.annotations.Nullable;

/**
 * A file given to the command breaks a rule: the message names the file, the place in it (a CSV row
 * and column, or a configuration line and key) and the rule. The command exits with {@link
 * MentoringCli#EXIT_BAD_INPUT} and writes nothing.
 */
final class BadInputException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final Path file;

  /**
   * Creates the exception.
   *
   * @param file the file at fault
   * @param where the place in it, such as {@code row 12, column "Level"}; null for the whole file
   * @param rule what is wrong, such as {@code "x" is not a whole number}
   */
  BadInputException(Path file, @Nullable String where, String rule) {
    super(requireNonNull(file, "file") + (where == null ? "" : ": " + where) + ": " + rule);
    this.file = file;
  }

  /** Returns the file at fault. */
  Path file() {
    return file;
  }

  /**
   * Returns the place of a CSV cell, as a spreadsheet shows it: the header is row 1.
   *
   * @param row the row
   * @param column the column's header
   * @return {@code row <row>, column "<column>"}
   */
  static String cell(long row, String column) {
    return "row " + row + ", column \"" + column + "\"";
  }
}
