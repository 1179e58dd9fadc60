package dev.mentoring.benchmarks;

import dev.mentoring.core.ParticipantId;
import dev.mentoring.core.enrollment.Enrollment;
import dev.mentoring.core.enrollment.Profile;
import dev.mentoring.core.enrollment.Skill;
import dev.mentoring.core.matching.MatchingProblem;
import dev.mentoring.testkit.generate.MatchingInstances;
import dev.mentoring.testkit.generate.SyntheticOrganization;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Writes the CSV inputs of {@link CliBenchmark}: the mentors and mentees of a {@link
 * MatchingInstances} problem drawn from a {@link SyntheticOrganization}, as a forms tool would
 * export them, with the headers {@code mentoring match} looks for by default (so no configuration
 * file is needed): Email, Department, Office, Time zone, Languages, Level, Managers, Can teach or
 * Wants to learn, Interests, Capacity (mentors), Do not pair with.
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar dev.mentoring.benchmarks.CliInputs DIR 10000x2500
 * </pre>
 */
public final class CliInputs {

  /** The people in the organisation the participants are drawn from. */
  static final int PEOPLE = 40_000;

  /** Every mentor's capacity. */
  static final int CAPACITY = 4;

  private CliInputs() {}

  /**
   * Writes {@code mentors.csv} and {@code mentees.csv} into a directory.
   *
   * @param dir the directory, created if absent
   * @param mentees how many mentees
   * @param mentors how many mentors
   * @param seed the seed of the organisation and the draw
   * @throws IOException if a file cannot be written
   */
  public static void write(Path dir, int mentees, int mentors, long seed) throws IOException {
    Files.createDirectories(dir);
    SyntheticOrganization org = SyntheticOrganization.generate(seed, PEOPLE);
    MatchingProblem problem =
        MatchingInstances.builder()
            .mentees(mentees)
            .mentors(mentors)
            .capacity(CAPACITY, CAPACITY)
            .build()
            .problem(org, seed);
    write(dir.resolve("mentors.csv"), problem.mentors(), true);
    write(dir.resolve("mentees.csv"), problem.mentees(), false);
  }

  private static void write(Path file, List<Enrollment> people, boolean mentors)
      throws IOException {
    try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      List<String> header =
          new ArrayList<>(
              List.of(
                  "Email", "Department", "Office", "Time zone", "Languages", "Level", "Managers"));
      header.add(mentors ? "Can teach" : "Wants to learn");
      header.add("Interests");
      if (mentors) {
        header.add("Capacity");
      }
      header.add("Do not pair with");
      line(w, header);
      for (Enrollment e : people) {
        Profile p = e.profile();
        List<Skill> skills = mentors ? p.skillsOffered() : p.skillsSought();
        List<String> row = new ArrayList<>();
        row.add(e.participantId().value() + "@example.com");
        row.add(p.department() == null ? "" : p.department());
        row.add(p.location() == null ? "" : p.location());
        row.add(p.timeZone() == null ? "" : p.timeZone().getId());
        row.add(p.languages().stream().sorted().collect(Collectors.joining("; ")));
        row.add(Integer.toString(p.seniority()));
        row.add(emails(p.managerChain()));
        row.add(
            skills.stream().map(s -> s.name() + ":" + s.level()).collect(Collectors.joining("; ")));
        row.add(skills.stream().limit(2).map(Skill::name).collect(Collectors.joining("; ")));
        if (mentors) {
          row.add(Integer.toString(e.capacity()));
        }
        row.add(emails(p.exclusions().stream().sorted().toList()));
        line(w, row);
      }
    }
  }

  private static String emails(List<ParticipantId> ids) {
    return ids.stream().map(id -> id.value() + "@example.com").collect(Collectors.joining("; "));
  }

  private static void line(BufferedWriter w, List<String> cells) throws IOException {
    List<String> quoted = new ArrayList<>(cells.size());
    for (String c : cells) {
      quoted.add(
          c.indexOf(',') >= 0 || c.indexOf('"') >= 0 ? "\"" + c.replace("\"", "\"\"") + "\"" : c);
    }
    w.write(String.join(",", quoted));
    w.write("\r\n");
  }

  /**
   * Writes the inputs.
   *
   * @param args the directory and the size as {@code <mentees>x<mentors>}, such as {@code
   *     10000x2500}
   * @throws IOException if a file cannot be written
   */
  public static void main(String[] args) throws IOException {
    if (args.length != 2) {
      throw new IllegalArgumentException("usage: CliInputs DIR <mentees>x<mentors>");
    }
    String[] size = args[1].split("x", -1);
    write(Path.of(args[0]), Integer.parseInt(size[0]), Integer.parseInt(size[1]), 42L);
  }
}
