package dev.mentoring.cli;

import static java.util.Objects.requireNonNull;

import dev.mentoring.core.enrollment.DepartmentPreference;
import dev.mentoring.matching.scoring.CompatibilityModel;
import dev.mentoring.matching.scoring.Criteria;
import dev.mentoring.matching.scoring.HardConstraints;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The configuration file of {@code mentoring match}: which CSV column holds what, how cells with
 * several values are split, and the compatibility model (weights, hard constraints). Immutable.
 *
 * <p>The file has one {@code key=value} (or {@code key: value}) per line; {@code #} and {@code !}
 * start comments; blank lines are ignored; there are no continuation lines. Every key is optional:
 *
 * <pre>
 * column.&lt;name&gt;=&lt;header&gt;         id, department, location, time-zone, languages, seniority,
 *                                 managers, skills.offered, skills.sought, topics, capacity,
 *                                 exclusions, preferred; an empty value: no such column
 * separator=;,                     the characters that separate values inside one cell
 * skill.level.default=3            the level of a skill written without one, 1 to 5
 * capacity.default=1               a mentor's capacity when the cell is empty, 0 to 100
 * weight.&lt;criterion&gt;=30            skills, topics, seniority, language, time-zone, preferences,
 *                                 department, location: a whole number from 0 to 1000
 * seniority.gap=1..4               the mentor-minus-mentee level gap with full credit, -20..20
 * department.policy=any            any, same or different
 * constraint.manager-chain=on      on or off
 * constraint.exclusions=on         on or off
 * constraint.required-language=common   common (the sides share a language), off, or a tag (de)
 * constraint.max-time-zone-difference=10   hours from 0 to 12, or off
 * constraint.mentor-capacity=on    on or off
 * </pre>
 *
 * <p>Without a file the defaults above hold: {@link CompatibilityModel#defaults()} and the column
 * headers of {@link Column#defaultHeader()}. A header named in the file must be in the CSV; a
 * default header may be absent.
 */
final class CliConfig {
  static final String SEPARATOR = "separator";
  static final String SKILL_LEVEL = "skill.level.default";
  static final String CAPACITY = "capacity.default";
  static final String SENIORITY_GAP = "seniority.gap";
  static final String DEPARTMENT_POLICY = "department.policy";
  static final String WEIGHT = "weight.";
  static final String CONSTRAINT = "constraint.";

  private static final Pattern LINE = Pattern.compile("([^=:\\s]+)\\s*[=:]\\s*(.*)");
  private static final Pattern RANGE = Pattern.compile("(-?\\d{1,2})\\s*\\.\\.\\s*(-?\\d{1,2})");
  private static final Pattern TAG = Pattern.compile("[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*");
  private static final List<String> CONSTRAINTS =
      List.of(
          HardConstraints.MANAGER_CHAIN,
          HardConstraints.EXCLUSIONS,
          HardConstraints.REQUIRED_LANGUAGE,
          HardConstraints.MAX_TIME_ZONE_DIFFERENCE,
          HardConstraints.MENTOR_CAPACITY);

  private final Map<Column, String> headers;
  private final Set<Column> explicit;
  private final String separators;
  private final int defaultSkillLevel;
  private final int defaultCapacity;
  private final CompatibilityModel model;

  private CliConfig(
      Map<Column, String> headers,
      Set<Column> explicit,
      String separators,
      int defaultSkillLevel,
      int defaultCapacity,
      CompatibilityModel model) {
    this.headers = headers;
    this.explicit = explicit;
    this.separators = separators;
    this.defaultSkillLevel = defaultSkillLevel;
    this.defaultCapacity = defaultCapacity;
    this.model = model;
  }

  /** Returns the configuration without a file. */
  static CliConfig defaults() {
    return parse(Path.of("(defaults)"), List.of());
  }

  /**
   * Reads a configuration file.
   *
   * @param file the file, UTF-8
   * @return the configuration
   * @throws BadInputException if the file cannot be read, or a line, key or value breaks a rule
   */
  static CliConfig load(Path file) {
    requireNonNull(file, "file");
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      throw new BadInputException(file, null, "no such file");
    } catch (IOException e) {
      throw new BadInputException(file, null, "cannot be read: " + e.getMessage());
    }
    String text;
    try {
      text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(java.nio.ByteBuffer.wrap(bytes))
              .toString();
    } catch (CharacterCodingException e) {
      throw new BadInputException(file, null, "is not UTF-8 text");
    }
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    return parse(file, text.lines().toList());
  }

  /** Parses the lines of a configuration file; {@code file} only names it in messages. */
  static CliConfig parse(Path file, List<String> lines) {
    Map<String, String> values = new LinkedHashMap<>();
    Map<String, Integer> lineOf = new LinkedHashMap<>();
    for (int n = 0; n < lines.size(); n++) {
      String line = lines.get(n).strip();
      if (line.isEmpty() || line.startsWith("#") || line.startsWith("!")) {
        continue;
      }
      Matcher m = LINE.matcher(line);
      if (!m.matches()) {
        throw new BadInputException(
            file, "line " + (n + 1), "expected key=value, found \"" + line + "\"");
      }
      String key = m.group(1);
      Integer earlier = lineOf.putIfAbsent(key, n + 1);
      if (earlier != null) {
        throw new BadInputException(file, where(n + 1, key), "key already set on line " + earlier);
      }
      values.put(key, m.group(2).strip());
    }
    Reader r = new Reader(file, values, lineOf);
    return r.read();
  }

  private static String where(int line, String key) {
    return "line " + line + ", key " + key;
  }

  /** Returns the header of a column, or null if the configuration says there is none. */
  @Nullable String header(Column column) {
    return headers.get(column);
  }

  /** Tells whether the configuration file named the column, so that the CSV must have it. */
  boolean required(Column column) {
    return column == Column.ID || explicit.contains(column);
  }

  /** Returns the characters that separate values inside one cell. */
  String separators() {
    return separators;
  }

  /** Returns the level of a skill written without one. */
  int defaultSkillLevel() {
    return defaultSkillLevel;
  }

  /** Returns a mentor's capacity when the cell is empty or there is no capacity column. */
  int defaultCapacity() {
    return defaultCapacity;
  }

  /** Returns the compatibility model. */
  CompatibilityModel model() {
    return model;
  }

  /** Validates the key-value pairs one by one, in file order of the checks below. */
  private static final class Reader {
    private final Path file;
    private final Map<String, String> values;
    private final Map<String, Integer> lineOf;
    private final Set<String> used = new TreeSet<>();

    Reader(Path file, Map<String, String> values, Map<String, Integer> lineOf) {
      this.file = file;
      this.values = values;
      this.lineOf = lineOf;
    }

    CliConfig read() {
      Map<Column, String> headers = new EnumMap<>(Column.class);
      Set<Column> explicit = new TreeSet<>();
      for (Column c : Column.values()) {
        String v = take(c.key());
        if (v == null) {
          headers.put(c, c.defaultHeader());
        } else if (v.isEmpty()) {
          if (c == Column.ID) {
            throw bad(c.key(), "the id column cannot be switched off");
          }
        } else {
          headers.put(c, v);
          explicit.add(c);
        }
      }
      String separators = take(SEPARATOR);
      if (separators == null) {
        separators = ";,";
      } else if (separators.isEmpty() || separators.chars().anyMatch(Character::isWhitespace)) {
        throw bad(SEPARATOR, "must be one or more characters other than spaces, such as ;");
      }
      int level = intValue(SKILL_LEVEL, 3, 1, 5);
      int capacity = intValue(CAPACITY, 1, 0, 100);

      CompatibilityModel.Builder b = CompatibilityModel.builder();
      CompatibilityModel defaults = CompatibilityModel.defaults();
      for (Map.Entry<String, Integer> w : defaults.weights().entrySet()) {
        String id = w.getKey();
        int weight = intValue(WEIGHT + id, w.getValue(), 0, 1000);
        b.criterion(criterion(id), weight);
      }
      for (String id : CONSTRAINTS) {
        constraint(b, id);
      }
      b.constraint(HardConstraints.noRepeatPairing());

      for (String key : values.keySet()) {
        if (!used.contains(key)) {
          throw bad(key, "unknown key; known keys are " + knownKeys());
        }
      }
      try {
        return new CliConfig(headers, explicit, separators, level, capacity, b.build());
      } catch (IllegalArgumentException e) {
        // Only possible rule left: every weight is 0.
        String first =
            values.keySet().stream()
                .filter(k -> k.startsWith(WEIGHT))
                .findFirst()
                .orElse(WEIGHT + Criteria.SKILLS);
        throw bad(first, "at least one weight must be positive");
      }
    }

    private dev.mentoring.matching.scoring.Criterion criterion(String id) {
      return switch (id) {
        case Criteria.SKILLS -> Criteria.skillOverlap();
        case Criteria.TOPICS -> Criteria.topicOverlap();
        case Criteria.SENIORITY -> seniority();
        case Criteria.LANGUAGE -> Criteria.sharedLanguage();
        case Criteria.TIME_ZONE -> Criteria.timeZoneOverlap();
        case Criteria.PREFERENCES -> Criteria.statedPreferences();
        case Criteria.DEPARTMENT -> department();
        case Criteria.LOCATION -> Criteria.sameLocation();
        default -> throw new IllegalStateException("criterion without a configuration: " + id);
      };
    }

    private dev.mentoring.matching.scoring.Criterion seniority() {
      String gap = take(SENIORITY_GAP);
      if (gap == null) {
        return Criteria.seniorityGap(1, 4, -20, -1);
      }
      Matcher m = RANGE.matcher(gap);
      if (!m.matches()) {
        throw bad(SENIORITY_GAP, "\"" + gap + "\" is not a range such as 1..4");
      }
      int min = Integer.parseInt(m.group(1));
      int max = Integer.parseInt(m.group(2));
      if (min < -20 || max > 20 || min > max) {
        throw bad(SENIORITY_GAP, "\"" + gap + "\" must be min..max with -20 <= min <= max <= 20");
      }
      return Criteria.seniorityGap(min, max, -max, -min);
    }

    private dev.mentoring.matching.scoring.Criterion department() {
      String policy = take(DEPARTMENT_POLICY);
      if (policy == null) {
        return Criteria.departmentPolicy(DepartmentPreference.ANY);
      }
      for (DepartmentPreference p : DepartmentPreference.values()) {
        if (p.name().equalsIgnoreCase(policy)) {
          return Criteria.departmentPolicy(p);
        }
      }
      throw bad(DEPARTMENT_POLICY, "\"" + policy + "\" must be any, same or different");
    }

    private void constraint(CompatibilityModel.Builder b, String id) {
      String key = CONSTRAINT + id;
      String v = take(key);
      String value = v == null ? null : v.toLowerCase(Locale.ROOT);
      switch (id) {
        case HardConstraints.REQUIRED_LANGUAGE -> {
          if (value == null || value.equals("common")) {
            b.constraint(HardConstraints.requiredCommonLanguage());
          } else if (!value.equals("off")) {
            if (!TAG.matcher(value).matches()) {
              throw bad(key, "\"" + v + "\" must be common, off or a language tag such as de");
            }
            b.constraint(HardConstraints.requiredLanguage(value));
          }
        }
        case HardConstraints.MAX_TIME_ZONE_DIFFERENCE -> {
          if (value == null) {
            b.constraint(HardConstraints.maxTimeZoneDifference(10));
          } else if (!value.equals("off")) {
            b.constraint(
                HardConstraints.maxTimeZoneDifference(parseInt(key, value, 0, 12, " or off")));
          }
        }
        default -> {
          if (value == null || value.equals("on")) {
            b.constraint(
                switch (id) {
                  case HardConstraints.MANAGER_CHAIN -> HardConstraints.managerChain();
                  case HardConstraints.EXCLUSIONS -> HardConstraints.explicitExclusions();
                  default -> HardConstraints.mentorCapacity();
                });
          } else if (!value.equals("off")) {
            throw bad(key, "\"" + v + "\" must be on or off");
          }
        }
      }
    }

    private int intValue(String key, int dflt, int min, int max) {
      String v = take(key);
      return v == null ? dflt : parseInt(key, v, min, max, "");
    }

    private int parseInt(String key, String v, int min, int max, String alternatives) {
      int n;
      try {
        n = Integer.parseInt(v);
      } catch (NumberFormatException e) {
        throw bad(
            key, "\"" + v + "\" is not a whole number from " + min + " to " + max + alternatives);
      }
      if (n < min || n > max) {
        throw bad(key, n + " is outside " + min + " to " + max + alternatives);
      }
      return n;
    }

    private @Nullable String take(String key) {
      used.add(key);
      return values.get(key);
    }

    private BadInputException bad(String key, String rule) {
      Integer line = lineOf.get(key);
      return new BadInputException(file, line == null ? "key " + key : where(line, key), rule);
    }

    private String knownKeys() {
      List<String> keys = new ArrayList<>(used);
      keys.removeIf(k -> !k.contains("."));
      keys.add(SEPARATOR);
      return String.join(", ", new TreeSet<>(keys));
    }
  }
}
