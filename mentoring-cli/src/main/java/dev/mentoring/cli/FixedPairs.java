package dev.mentoring.cli;

import dev.mentoring.core.ParticipantId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the fixed-pairs file: a CSV with the columns {@code mentee} and {@code mentor} (ids as in
 * the people files), one pair per row, which every run keeps.
 */
final class FixedPairs {
  static final String MENTEE = "mentee";
  static final String MENTOR = "mentor";

  /**
   * One fixed pair.
   *
   * @param mentee the mentee
   * @param mentor the mentor
   * @param row the spreadsheet row it was read from
   */
  record FixedPair(PeopleFile.Person mentee, PeopleFile.Person mentor, long row) {}

  private FixedPairs() {}

  /**
   * Reads and checks the pairs against the people read.
   *
   * @param table the file's table
   * @param mentors the mentors, by id
   * @param mentees the mentees, by id
   * @return the pairs, in file order
   * @throws BadInputException naming the file, row and column of an unknown or empty id, of a
   *     mentee fixed twice, or of the pair that takes a mentor beyond its capacity
   */
  static List<FixedPair> read(
      CsvTable table,
      Map<ParticipantId, PeopleFile.Person> mentors,
      Map<ParticipantId, PeopleFile.Person> mentees) {
    int menteeColumn = table.requireColumn(MENTEE, "the header");
    int mentorColumn = table.requireColumn(MENTOR, "the header");
    String menteeHeader = table.header().get(menteeColumn);
    String mentorHeader = table.header().get(mentorColumn);
    List<FixedPair> out = new ArrayList<>();
    Map<ParticipantId, Long> menteeRow = new HashMap<>();
    Map<ParticipantId, Integer> load = new HashMap<>();
    for (CsvTable.Row row : table.rows()) {
      PeopleFile.Person mentee =
          person(table, row, menteeColumn, menteeHeader, mentees, "mentees' file");
      PeopleFile.Person mentor =
          person(table, row, mentorColumn, mentorHeader, mentors, "mentors' file");
      Long earlier = menteeRow.putIfAbsent(mentee.id(), row.number());
      if (earlier != null) {
        throw new BadInputException(
            table.file(),
            BadInputException.cell(row.number(), menteeHeader),
            "mentee "
                + mentee.id()
                + " is already fixed on row "
                + earlier
                + "; a mentee has one mentor");
      }
      int taken = load.merge(mentor.id(), 1, Integer::sum);
      if (taken > mentor.capacity()) {
        throw new BadInputException(
            table.file(),
            BadInputException.cell(row.number(), mentorHeader),
            "mentor "
                + mentor.id()
                + " has capacity "
                + mentor.capacity()
                + " (mentors' file, row "
                + mentor.row()
                + ") but is fixed to "
                + taken
                + " mentees");
      }
      out.add(new FixedPair(mentee, mentor, row.number()));
    }
    return out;
  }

  private static PeopleFile.Person person(
      CsvTable table,
      CsvTable.Row row,
      int column,
      String header,
      Map<ParticipantId, PeopleFile.Person> people,
      String where) {
    String raw = CsvTable.cell(row, column);
    ParticipantId id = PeopleFile.id(raw);
    if (id == null) {
      throw new BadInputException(
          table.file(),
          BadInputException.cell(row.number(), header),
          "the id is empty or too long");
    }
    PeopleFile.Person p = people.get(id);
    if (p == null) {
      throw new BadInputException(
          table.file(),
          BadInputException.cell(row.number(), header),
          "unknown "
              + header.toLowerCase(java.util.Locale.ROOT)
              + " "
              + id
              + ": not in the "
              + where);
    }
    return p;
  }
}
