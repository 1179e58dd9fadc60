package dev.mentoring.cli;

import dev.mentoring.core.ParticipantId;
import dev.mentoring.core.enrollment.Enrollment;
import dev.mentoring.core.enrollment.Profile;
import dev.mentoring.core.enrollment.Skill;
import dev.mentoring.core.matching.MatchingProblem;
import dev.mentoring.testkit.generate.MatchingInstances;
import dev.mentoring.testkit.generate.SyntheticOrganization;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes synthetic sign-up exports, as a forms tool would: mentors and mentees of a {@link
 * SyntheticOrganization} drawn by {@link MatchingInstances}, with form-style headers that {@link
 * #CONFIG} maps. {@code main} regenerates {@code mentoring-cli/samples/}.
 */
final class SampleFiles {
  static final String TIMESTAMP = "Timestamp";
  static final String EMAIL = "Email address";
  static final String DEPARTMENT = "Department";
  static final String OFFICE = "Office";
  static final String TIME_ZONE = "Time zone";
  static final String LANGUAGES = "Languages you speak";
  static final String LEVEL = "Career level";
  static final String MANAGERS = "Your managers";
  static final String TEACH = "What can you teach?";
  static final String LEARN = "What do you want to learn?";
  static final String CAPACITY = "How many mentees can you take?";
  static final String INTERESTS = "Interests";
  static final String EXCLUSIONS = "Please do not pair me with";

  /** The configuration of the samples, as written to {@code samples/matching.properties}. */
  static final String CONFIG =
      String.join(
          "\n",
          "# Configuration of `mentoring match` for the sample files: which column holds what,",
          "# how cells with several values are split, and the compatibility model.",
          "",
          "# Columns, by header name (compared ignoring case and surrounding spaces)",
          "column.id = " + EMAIL,
          "column.department = " + DEPARTMENT,
          "column.location = " + OFFICE,
          "column.time-zone = " + TIME_ZONE,
          "column.languages = " + LANGUAGES,
          "column.seniority = " + LEVEL,
          "column.managers = " + MANAGERS,
          "column.skills.offered = " + TEACH,
          "column.skills.sought = " + LEARN,
          "column.capacity = " + CAPACITY,
          "column.topics = " + INTERESTS,
          "column.exclusions = " + EXCLUSIONS,
          "# this form has no such question",
          "column.preferred =",
          "",
          "# Several values in one cell are separated by ; (skills may carry a level: Java:4)",
          "separator = ;",
          "skill.level.default = 3",
          "capacity.default = 1",
          "",
          "# Weights of the criteria (0 switches one off)",
          "weight.skills = 40",
          "weight.topics = 10",
          "weight.seniority = 10",
          "weight.language = 10",
          "weight.time-zone = 10",
          "weight.preferences = 0",
          "weight.department = 15",
          "weight.location = 5",
          "seniority.gap = 1..4",
          "department.policy = different",
          "",
          "# Hard constraints",
          "constraint.manager-chain = on",
          "constraint.exclusions = on",
          "constraint.required-language = common",
          "constraint.max-time-zone-difference = 8",
          "constraint.mentor-capacity = on",
          "");

  private SampleFiles() {}

  /** The people of one draw. */
  record Draw(MatchingProblem problem) {
    List<Enrollment> mentors() {
      return problem.mentors();
    }

    List<Enrollment> mentees() {
      return problem.mentees();
    }
  }

  /**
   * Draws mentors and mentees from an organisation.
   *
   * @param seed the seed of the organisation and of the draw
   * @param orgSize people in the organisation
   * @param mentees mentees to draw
   * @param mentors mentors to draw
   * @param maxCapacity the largest mentor capacity
   * @return the draw
   */
  static Draw draw(long seed, int orgSize, int mentees, int mentors, int maxCapacity) {
    SyntheticOrganization org = SyntheticOrganization.generate(seed, orgSize);
    MatchingInstances instances =
        MatchingInstances.builder()
            .mentees(mentees)
            .mentors(mentors)
            .capacity(1, maxCapacity)
            .exclusionsPerMentee(0.1)
            .build();
    return new Draw(instances.problem(org, seed));
  }

  /**
   * Writes {@code mentors.csv} (comma, with a byte-order mark, as "CSV UTF-8" from a spreadsheet)
   * and {@code mentees.csv} (semicolon, as in locales with a decimal comma).
   *
   * @param dir the directory
   * @param draw the people
   */
  static void write(Path dir, Draw draw) throws IOException {
    writePeople(dir.resolve("mentors.csv"), draw.mentors(), true, ',', true);
    writePeople(dir.resolve("mentees.csv"), draw.mentees(), false, ';', false);
    Files.writeString(dir.resolve("matching.properties"), CONFIG, StandardCharsets.UTF_8);
  }

  static void writePeople(
      Path file, List<Enrollment> people, boolean mentors, char delimiter, boolean bom)
      throws IOException {
    List<String> header =
        new ArrayList<>(
            List.of(TIMESTAMP, EMAIL, DEPARTMENT, OFFICE, TIME_ZONE, LANGUAGES, LEVEL, MANAGERS));
    header.add(mentors ? TEACH : LEARN);
    if (mentors) {
      header.add(CAPACITY);
    }
    header.add(INTERESTS);
    header.add(EXCLUSIONS);
    try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        CSVPrinter p =
            new CSVPrinter(
                w,
                CSVFormat.RFC4180
                    .builder()
                    .setDelimiter(delimiter)
                    .setRecordSeparator("\r\n")
                    .get())) {
      if (bom) {
        w.write('\uFEFF');
      }
      p.printRecord(header);
      int minute = 0;
      for (Enrollment e : people) {
        Profile pr = e.profile();
        List<Skill> skills = mentors ? pr.skillsOffered() : pr.skillsSought();
        List<String> row = new ArrayList<>();
        row.add(String.format("2026-01-05 %02d:%02d:00", 9 + minute / 60 % 9, minute % 60));
        minute += 7;
        row.add(e.participantId().value() + "@example.com");
        row.add(pr.department() == null ? "" : pr.department());
        row.add(pr.location() == null ? "" : pr.location());
        row.add(pr.timeZone() == null ? "" : pr.timeZone().getId());
        row.add(String.join("; ", pr.languages().stream().sorted().toList()));
        row.add(Integer.toString(pr.seniority()));
        row.add(emails(pr.managerChain()));
        row.add(
            skills.stream().map(s -> s.name() + ":" + s.level()).collect(Collectors.joining("; ")));
        if (mentors) {
          row.add(Integer.toString(e.capacity()));
        }
        row.add(skills.stream().limit(2).map(Skill::name).collect(Collectors.joining("; ")));
        row.add(emails(pr.exclusions().stream().sorted().toList()));
        p.printRecord(row);
      }
    }
  }

  private static String emails(List<ParticipantId> ids) {
    return ids.stream().map(id -> id.value() + "@example.com").collect(Collectors.joining("; "));
  }

  /**
   * Regenerates the sample files.
   *
   * @param args the target directory, {@code mentoring-cli/samples} if none
   */
  public static void main(String[] args) throws IOException {
    Path dir = Path.of(args.length > 0 ? args[0] : "mentoring-cli/samples");
    Files.createDirectories(dir);
    Draw draw = draw(2026L, 2_000, 300, 110, 4);
    write(dir, draw);
    List<String> fixed = new ArrayList<>(List.of("mentee,mentor"));
    for (int k = 0; k < 3; k++) {
      fixed.add(
          draw.mentees().get(k * 7).participantId().value()
              + "@example.com,"
              + draw.mentors().get(k * 5).participantId().value()
              + "@example.com");
    }
    Files.write(dir.resolve("fixed.csv"), fixed, StandardCharsets.UTF_8);
  }
}
