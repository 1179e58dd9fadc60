package dev.mentoring.cli;

import dev.mentoring.core.ParticipantId;
import dev.mentoring.core.enrollment.DepartmentPreference;
import dev.mentoring.core.enrollment.Preferences;
import dev.mentoring.core.enrollment.Profile;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Reads the mentors' or the mentees' CSV file into profiles, checking every cell. Ids (the id
 * column, managers, exclusions, preferred partners) are trimmed and lower-cased, so that {@code
 * Ana@Example.com} and {@code ana@example.com} are one person.
 */
final class PeopleFile {
  private static final Pattern SKILL = Pattern.compile("(.+?)\\s*(?:[:(]\\s*([^)]*?)\\s*\\)?)?");
  private static final int MAX_ID = 200;
  private static final Pattern LANGUAGE = Pattern.compile("[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*");

  /**
   * One participant read from a row.
   *
   * @param id the participant
   * @param profile what matching knows of them
   * @param capacity how many mentees a mentor takes; 0 for a mentee
   * @param row the spreadsheet row it was read from
   */
  record Person(ParticipantId id, Profile profile, int capacity, long row) {}

  private PeopleFile() {}

  /**
   * Reads one side.
   *
   * @param table the file's table
   * @param config the column mapping and defaults
   * @param mentors whether the file lists mentors (or else mentees)
   * @return the people, in file order
   * @throws BadInputException naming the file, row and column of the first bad cell, or of a
   *     missing column, or of an id given twice
   */
  static List<Person> read(CsvTable table, CliConfig config, boolean mentors) {
    Path file = table.file();
    Map<Column, Integer> at = new EnumMap<>(Column.class);
    for (Column c : Column.values()) {
      String header = config.header(c);
      if (header == null || !c.readFor(mentors)) {
        continue;
      }
      int position =
          config.required(c) ? table.requireColumn(header, c.key()) : table.column(header);
      if (position >= 0) {
        at.put(c, position);
      }
    }
    List<Person> people = new ArrayList<>(table.rows().size());
    Map<ParticipantId, Long> firstRow = new HashMap<>();
    for (CsvTable.Row row : table.rows()) {
      Cells cells = new Cells(file, row, at, config);
      ParticipantId id = cells.id();
      Long earlier = firstRow.putIfAbsent(id, row.number());
      if (earlier != null) {
        throw new BadInputException(
            file,
            BadInputException.cell(row.number(), config.header(Column.ID) + ""),
            "id " + id + " is already on row " + earlier);
      }
      Profile.Builder b = Profile.builder();
      String zone = cells.text(Column.TIME_ZONE);
      if (zone != null) {
        b.timeZone(cells.zone(zone));
      }
      b.location(cells.text(Column.LOCATION));
      b.department(cells.text(Column.DEPARTMENT));
      b.languages(cells.languages().toArray(new String[0]));
      b.topics(cells.list(Column.TOPICS).toArray(new String[0]));
      b.seniority(cells.number(Column.SENIORITY, 0, 0, 20));
      b.managerChain(cells.ids(Column.MANAGERS));
      b.exclusions(cells.ids(Column.EXCLUSIONS));
      List<ParticipantId> preferred = cells.ids(Column.PREFERRED);
      if (preferred.size() > 20) {
        throw cells.bad(Column.PREFERRED, "names " + preferred.size() + " people, at most 20");
      }
      b.preferences(new Preferences(new LinkedHashSet<>(preferred), DepartmentPreference.ANY));
      for (Map.Entry<String, Integer> s : cells.skills(Column.SKILLS_OFFERED).entrySet()) {
        b.offers(s.getKey(), s.getValue());
      }
      for (Map.Entry<String, Integer> s : cells.skills(Column.SKILLS_SOUGHT).entrySet()) {
        b.seeks(s.getKey(), s.getValue());
      }
      int capacity = mentors ? cells.number(Column.CAPACITY, config.defaultCapacity(), 0, 100) : 0;
      people.add(new Person(id, b.build(), capacity, row.number()));
    }
    return people;
  }

  /**
   * Reads an id as the id column and id lists do: trimmed, lower-cased, at most 200 characters.
   *
   * @param raw the text
   * @return the id, or null if blank or too long
   */
  static @Nullable ParticipantId id(String raw) {
    String v = raw.strip().toLowerCase(Locale.ROOT);
    return v.isEmpty() || v.length() > MAX_ID ? null : ParticipantId.of(v);
  }

  /** The cells of one row, read and checked by column. */
  private static final class Cells {
    private final Path file;
    private final CsvTable.Row row;
    private final Map<Column, Integer> at;
    private final CliConfig config;

    Cells(Path file, CsvTable.Row row, Map<Column, Integer> at, CliConfig config) {
      this.file = file;
      this.row = row;
      this.at = at;
      this.config = config;
    }

    BadInputException bad(Column c, String rule) {
      return new BadInputException(
          file, BadInputException.cell(row.number(), config.header(c) + ""), rule);
    }

    /** The cell's text, or null if the column is absent or the cell empty. */
    @Nullable String text(Column c) {
      Integer position = at.get(c);
      if (position == null) {
        return null;
      }
      String v = CsvTable.cell(row, position);
      if (v.length() > 200) {
        throw bad(c, "is " + v.length() + " characters long, at most 200");
      }
      return v.isEmpty() ? null : v;
    }

    ParticipantId id() {
      Integer position = at.get(Column.ID);
      String v = position == null ? "" : CsvTable.cell(row, position);
      ParticipantId id = PeopleFile.id(v);
      if (id == null) {
        throw bad(
            Column.ID, v.isBlank() ? "the id is empty" : "the id is longer than 200 characters");
      }
      return id;
    }

    /** The values of a multi-value cell, split at the configured separators, blanks dropped. */
    List<String> list(Column c) {
      Integer position = at.get(c);
      if (position == null) {
        return List.of();
      }
      String v = CsvTable.cell(row, position);
      List<String> out = new ArrayList<>();
      StringBuilder current = new StringBuilder();
      String separators = config.separators();
      for (int k = 0; k <= v.length(); k++) {
        if (k == v.length() || separators.indexOf(v.charAt(k)) >= 0) {
          String item = current.toString().strip();
          if (!item.isEmpty()) {
            if (item.length() > 100) {
              throw bad(
                  c, "value \"" + item.substring(0, 20) + "...\" is longer than 100 characters");
            }
            out.add(item);
          }
          current.setLength(0);
        } else {
          current.append(v.charAt(k));
        }
      }
      if (out.size() > 1000) {
        throw bad(c, "has " + out.size() + " values, at most 1000");
      }
      return out;
    }

    List<ParticipantId> ids(Column c) {
      List<ParticipantId> out = new ArrayList<>();
      for (String v : list(c)) {
        ParticipantId id = PeopleFile.id(v);
        if (id != null && !out.contains(id)) {
          out.add(id);
        }
      }
      return out;
    }

    List<String> languages() {
      List<String> out = new ArrayList<>();
      for (String v : list(Column.LANGUAGES)) {
        if (!LANGUAGE.matcher(v).matches()) {
          throw bad(
              Column.LANGUAGES, "\"" + v + "\" is not a language tag such as en, de or pt-BR");
        }
        out.add(v.toLowerCase(Locale.ROOT));
      }
      return out;
    }

    ZoneId zone(String v) {
      try {
        return ZoneId.of(v);
      } catch (DateTimeException e) {
        throw bad(
            Column.TIME_ZONE,
            "\"" + v + "\" is not a time zone such as Europe/Berlin, UTC or +05:30");
      }
    }

    int number(Column c, int dflt, int min, int max) {
      String v = text(c);
      if (v == null) {
        return dflt;
      }
      int n;
      try {
        n = Integer.parseInt(v);
      } catch (NumberFormatException e) {
        throw bad(c, "\"" + v + "\" is not a whole number from " + min + " to " + max);
      }
      if (n < min || n > max) {
        throw bad(c, n + " is outside " + min + " to " + max);
      }
      return n;
    }

    /**
     * Skills as {@code Name} or {@code Name:level} or {@code Name (level)}; a repeat keeps the
     * highest.
     */
    Map<String, Integer> skills(Column c) {
      Map<String, Integer> out = new LinkedHashMap<>();
      Set<String> seen = new LinkedHashSet<>();
      for (String v : list(c)) {
        Matcher m = SKILL.matcher(v);
        if (!m.matches()) {
          throw bad(c, "\"" + v + "\" is not a skill such as Java or Java:4");
        }
        String name = m.group(1).strip();
        String level = m.group(2);
        int n = config.defaultSkillLevel();
        if (level != null && !level.isEmpty()) {
          try {
            n = Integer.parseInt(level);
          } catch (NumberFormatException e) {
            throw bad(
                c,
                "level \"" + level + "\" of skill " + name + " is not a whole number from 1 to 5");
          }
          if (n < 1 || n > 5) {
            throw bad(c, "level " + n + " of skill " + name + " is outside 1 to 5");
          }
        }
        String key = name.toLowerCase(Locale.ROOT);
        if (seen.add(key)) {
          out.put(name, n);
        } else {
          for (Map.Entry<String, Integer> e : out.entrySet()) {
            if (e.getKey().toLowerCase(Locale.ROOT).equals(key)) {
              e.setValue(Math.max(e.getValue(), n));
            }
          }
        }
      }
      if (out.size() > 100) {
        throw bad(c, "names " + out.size() + " skills, at most 100");
      }
      return out;
    }
  }
}
