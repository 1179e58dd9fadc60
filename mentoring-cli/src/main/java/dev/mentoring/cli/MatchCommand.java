package dev.mentoring.cli;

import static java.util.Objects.requireNonNull;

import dev.mentoring.core.ParticipantId;
import dev.mentoring.core.matching.MatchingStrategy;
import dev.mentoring.core.pairing.Contribution;
import dev.mentoring.matching.MatchingEvaluation;
import dev.mentoring.matching.MatchingStrategies;
import dev.mentoring.matching.scoring.Exclusion;
import dev.mentoring.matching.scoring.PairExplanation;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code mentoring match}: the options, and the run from files to files and summary. */
@Command(
    name = "match",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Matches mentees with mentors read from CSV files exported by a forms tool, and writes the"
          + " pairs with their scores and explanations to CSV and JSON.",
      "",
      "CSV files: UTF-8 (with or without BOM), comma, semicolon or tab separated (detected from"
          + " the header row), the first row a header. Columns are found by header name (see"
          + " --config); cells with several values are split at ; or ,. Rows are numbered as in a"
          + " spreadsheet: the header is row 1.",
      ""
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:matched (unmatched mentees are listed with the reason)",
      "1:bad input: a CSV, configuration or fixed-pairs file breaks a rule (the message names"
          + " the file, row and column, or line and key); nothing is written",
      "2:usage: unknown option, missing or malformed value, unknown strategy or id",
      "3:the output could not be written, or another failure"
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  mentoring match --mentors mentors.csv --mentees mentees.csv \\",
      "      --config matching.properties --fixed fixed.csv",
      "  mentoring match --mentors mentors.csv --mentees mentees.csv \\",
      "      --compare optimal,stable.mentee-proposing,greedy",
      "  mentoring match --mentors mentors.csv --mentees mentees.csv \\",
      "      --explain ana@example.com,bo@example.com"
    })
final class MatchCommand implements Callable<Integer> {
  /** Pairs at which a run takes about a second: from here on, the progress bar is drawn. */
  static final long PROGRESS_PAIRS = 2_000_000;

  private final PrintStream err;
  private final boolean interactive;
  private final Clock clock;

  @CommandLine.Spec private CommandLine.Model.@Nullable CommandSpec spec;

  @Option(
      names = "--mentors",
      required = true,
      paramLabel = "FILE",
      description = "CSV file of mentors, one row each")
  private @Nullable Path mentors;

  @Option(
      names = "--mentees",
      required = true,
      paramLabel = "FILE",
      description = "CSV file of mentees, one row each")
  private @Nullable Path mentees;

  @Option(
      names = "--config",
      paramLabel = "FILE",
      description = {
        "Properties file: column headers (column.id=Email, column.skills.offered=Can teach, ...),"
            + " separator=;, weight.<criterion>=N, constraint.<id>=on|off|..., see the README.",
        "Default: the built-in model and headers Email, Department, Office, Time zone, Languages,"
            + " Level, Managers, Can teach, Wants to learn, Interests, Capacity, Do not pair with,"
            + " Would like to pair with"
      })
  private @Nullable Path config;

  @Option(
      names = "--fixed",
      paramLabel = "FILE",
      description = "CSV file with columns mentee,mentor: pairs every run keeps")
  private @Nullable Path fixed;

  @Option(
      names = "--strategy",
      paramLabel = "ID",
      defaultValue = MatchingStrategies.OPTIMAL,
      description =
          "optimal, optimal.most-matched, fair, stable.mentee-proposing,"
              + " stable.mentor-proposing, greedy or random (default: ${DEFAULT-VALUE})")
  private String strategy = MatchingStrategies.OPTIMAL;

  @Option(
      names = "--compare",
      paramLabel = "IDS",
      split = ",",
      description = "Runs these strategies and prints a table of their metrics; writes no file")
  private List<String> compare = new ArrayList<>();

  @Option(
      names = "--explain",
      paramLabel = "MENTEE,MENTOR",
      description =
          "Explains one pair: each criterion's points, or the constraint that excludes"
              + " it; writes no file")
  private @Nullable String explain;

  @Option(
      names = {"-o", "--out"},
      paramLabel = "FILE",
      defaultValue = "matches.csv",
      description = "CSV output, one row per mentee (default: ${DEFAULT-VALUE})")
  private Path out = Path.of("matches.csv");

  @Option(
      names = "--json",
      paramLabel = "FILE",
      defaultValue = "matches.json",
      description = "JSON output (default: ${DEFAULT-VALUE})")
  private Path json = Path.of("matches.json");

  @Option(
      names = "--delimiter",
      paramLabel = "CHAR",
      description = "CSV delimiter of the input files: ',' ';' or 'tab' (default: detected)")
  private @Nullable String delimiter;

  @Option(
      names = "--top-k",
      paramLabel = "K",
      defaultValue = "0",
      description =
          "Scores only each mentee's K best mentors, for very large programs" + " (default: all)")
  private int topK;

  @Option(
      names = "--seed",
      paramLabel = "N",
      defaultValue = "1",
      description = "Seed of the random strategy (default: ${DEFAULT-VALUE})")
  private long seed = 1;

  @Option(
      names = "--show-unmatched",
      paramLabel = "N",
      defaultValue = "20",
      description = "How many unmatched mentees the summary lists (default: ${DEFAULT-VALUE})")
  private int showUnmatched = 20;

  @Option(
      names = "--progress",
      paramLabel = "WHEN",
      defaultValue = "auto",
      description =
          "Progress bar on stderr: auto (on a terminal, for runs of more than about a"
              + " second), on or off (default: ${DEFAULT-VALUE})")
  private String progress = "auto";

  @Option(
      names = {"-q", "--quiet"},
      description = "Prints nothing but errors")
  private boolean quiet;

  MatchCommand(PrintStream err, boolean interactive, Clock clock) {
    this.err = err;
    this.interactive = interactive;
    this.clock = clock;
  }

  @Override
  public Integer call() {
    CommandLine cl = requireNonNull(spec, "spec").commandLine();
    PrintWriter stdout = cl.getOut();
    Character delim = delimiter(cl);
    checkOptions(cl);
    List<String> ids = new ArrayList<>(compare.isEmpty() ? List.of(strategy) : compare);
    MatchingStrategies known = MatchingStrategies.builtIns();
    for (String id : ids) {
      if (!known.contains(id)) {
        throw new CommandLine.ParameterException(
            cl, "unknown strategy '" + id + "'; the strategies are " + known.ids());
      }
    }
    try {
      CliConfig cfg = config == null ? CliConfig.defaults() : CliConfig.load(config);
      Path mentorFile = requireNonNull(mentors, "mentors");
      Path menteeFile = requireNonNull(mentees, "mentees");
      List<PeopleFile.Person> mentorList =
          PeopleFile.read(CsvTable.read(mentorFile, delim), cfg, true);
      List<PeopleFile.Person> menteeList =
          PeopleFile.read(CsvTable.read(menteeFile, delim), cfg, false);
      Map<ParticipantId, PeopleFile.Person> mentorById = byId(mentorList);
      Map<ParticipantId, PeopleFile.Person> menteeById = byId(menteeList);
      List<FixedPairs.FixedPair> fixedPairs =
          fixed == null
              ? List.of()
              : FixedPairs.read(CsvTable.read(fixed, delim), mentorById, menteeById);
      MatchSession session =
          new MatchSession(cfg, mentorList, menteeList, fixedPairs, clock.instant(), seed);

      if (explain != null) {
        return explain(cl, stdout, session, menteeFile, mentorFile);
      }
      MatchingStrategies strategies = session.strategies(topK);
      if (!compare.isEmpty()) {
        return compare(stdout, session, strategies);
      }
      long pairs = (long) mentorList.size() * menteeList.size();
      boolean showBar =
          !quiet
              && (progress.equals("on")
                  || (progress.equals("auto") && interactive && pairs >= PROGRESS_PAIRS));
      MatchSession.Outcome outcome;
      try (Progress p = showBar ? Progress.bar(err, 4) : Progress.none()) {
        outcome = session.run(strategies.get(strategy), p);
        p.phase("writing " + out + " and " + json);
        OutputFiles.write(outcome, criteria(cfg), out, json);
      }
      if (!quiet) {
        summary(stdout, outcome);
      }
      return MentoringCli.EXIT_OK;
    } catch (BadInputException e) {
      cl.getErr().println("error: " + e.getMessage());
      return MentoringCli.EXIT_BAD_INPUT;
    } catch (IOException e) {
      cl.getErr().println("error: cannot write the output: " + e.getMessage());
      return MentoringCli.EXIT_FAILURE;
    }
  }

  private void checkOptions(CommandLine cl) {
    if (!List.of("auto", "on", "off").contains(progress)) {
      throw new CommandLine.ParameterException(
          cl, "--progress must be auto, on or off, was '" + progress + "'");
    }
    if (topK < 0) {
      throw new CommandLine.ParameterException(cl, "--top-k must be at least 0, was " + topK);
    }
    if (showUnmatched < 0) {
      throw new CommandLine.ParameterException(
          cl, "--show-unmatched must be at least 0, was " + showUnmatched);
    }
    if (explain != null && !compare.isEmpty()) {
      throw new CommandLine.ParameterException(cl, "--explain and --compare exclude each other");
    }
    if (explain == null
        && compare.isEmpty()
        && out.toAbsolutePath().equals(json.toAbsolutePath())) {
      throw new CommandLine.ParameterException(cl, "--out and --json name the same file " + out);
    }
  }

  private @Nullable Character delimiter(CommandLine cl) {
    if (delimiter == null) {
      return null;
    }
    return switch (delimiter.toLowerCase(Locale.ROOT)) {
      case "," -> ',';
      case ";" -> ';';
      case "tab", "\\t", "\t" -> '\t';
      default ->
          throw new CommandLine.ParameterException(
              cl, "--delimiter must be ',', ';' or 'tab', was '" + delimiter + "'");
    };
  }

  private static Map<ParticipantId, PeopleFile.Person> byId(List<PeopleFile.Person> people) {
    Map<ParticipantId, PeopleFile.Person> out = new HashMap<>();
    for (PeopleFile.Person p : people) {
      out.put(p.id(), p);
    }
    return out;
  }

  private static List<String> criteria(CliConfig cfg) {
    return new ArrayList<>(cfg.model().weights().keySet());
  }

  // ------------------------------------------------------------------ --explain

  private int explain(
      CommandLine cl, PrintWriter stdout, MatchSession session, Path menteeFile, Path mentorFile) {
    String[] parts = requireNonNull(explain).split(",", -1);
    if (parts.length != 2) {
      throw new CommandLine.ParameterException(
          cl, "--explain takes MENTEE,MENTOR, two ids separated by a comma, was '" + explain + "'");
    }
    ParticipantId menteeId = PeopleFile.id(parts[0]);
    ParticipantId mentorId = PeopleFile.id(parts[1]);
    PeopleFile.Person mentee = menteeId == null ? null : session.mentees().get(menteeId);
    PeopleFile.Person mentor = mentorId == null ? null : session.mentors().get(mentorId);
    if (mentee == null) {
      throw new CommandLine.ParameterException(
          cl, "--explain: mentee '" + parts[0].strip() + "' is not in " + menteeFile);
    }
    if (mentor == null) {
      throw new CommandLine.ParameterException(
          cl, "--explain: mentor '" + parts[1].strip() + "' is not in " + mentorFile);
    }
    PairExplanation e = session.explain(mentee, mentor);
    stdout.printf(
        "Mentee %s (row %d), mentor %s (row %d): compatibility %d of 1000%n",
        mentee.id(), mentee.row(), mentor.id(), mentor.row(), e.score());
    for (Contribution c : e.explanation().contributions()) {
      stdout.printf("  %-13s %4d  %s%n", c.criterion(), c.points(), c.detail());
    }
    if (e.allowed()) {
      stdout.println("Allowed: no hard constraint excludes this pair.");
    } else {
      stdout.println("Excluded: the pair cannot be matched, because of");
      for (Exclusion x : e.excludedBy()) {
        stdout.printf("  %s: %s%n", x.constraint(), x.reason());
      }
    }
    int taken = session.fixedLoad(mentor.id());
    stdout.printf("Mentor capacity %d, %d taken by fixed pairs.%n", mentor.capacity(), taken);
    return MentoringCli.EXIT_OK;
  }

  // ------------------------------------------------------------------ --compare

  private int compare(PrintWriter stdout, MatchSession session, MatchingStrategies strategies) {
    List<String[]> rows = new ArrayList<>();
    rows.add(
        new String[] {
          "strategy",
          "matched",
          "unmatched",
          "total",
          "mean",
          "median",
          "min",
          "blocking",
          "mentee rank",
          "mentor rank",
          "ms"
        });
    for (String id : compare) {
      MatchingStrategy s = strategies.get(id);
      MatchSession.Outcome o = session.run(s, Progress.none());
      MatchingEvaluation e = o.evaluation();
      long fixedCount = o.count(MatchSession.Status.FIXED);
      rows.add(
          new String[] {
            id,
            Long.toString(e.matched() + fixedCount),
            Integer.toString(e.unmatched()),
            Long.toString(e.totalScore()),
            String.format(Locale.ROOT, "%.1f", e.meanScore()),
            String.format(Locale.ROOT, "%.1f", e.medianScore()),
            Integer.toString(e.minScore()),
            Long.toString(e.blockingPairs()),
            String.format(Locale.ROOT, "%.2f", e.meanMenteeRank()),
            String.format(Locale.ROOT, "%.2f", e.meanMentorRank()),
            Long.toString(o.millis())
          });
    }
    int[] width = new int[rows.get(0).length];
    for (String[] r : rows) {
      for (int c = 0; c < r.length; c++) {
        width[c] = Math.max(width[c], r[c].length());
      }
    }
    for (String[] r : rows) {
      StringBuilder line = new StringBuilder();
      for (int c = 0; c < r.length; c++) {
        String cell = r[c];
        String pad = " ".repeat(width[c] - cell.length());
        line.append(c == 0 ? cell + pad : pad + cell);
        if (c < r.length - 1) {
          line.append("  ");
        }
      }
      stdout.println(line);
    }
    stdout.println(
        "matched counts fixed pairs; the other metrics (MatchingEvaluation) cover the strategy's"
            + " pairs. Scores are 0 to 1000; ranks 1 is best.");
    return MentoringCli.EXIT_OK;
  }

  // ------------------------------------------------------------------ summary

  private void summary(PrintWriter stdout, MatchSession.Outcome o) {
    MatchingEvaluation e = o.evaluation();
    long fixedCount = o.count(MatchSession.Status.FIXED);
    long unmatched = o.count(MatchSession.Status.UNMATCHED);
    stdout.printf(
        Locale.ROOT,
        "Matched %d of %d mentees with %s in %.1f s%s.%n",
        o.lines().size() - unmatched,
        o.lines().size(),
        o.strategy(),
        o.millis() / 1000.0,
        fixedCount == 0 ? "" : " (" + fixedCount + " fixed pairs kept)");
    stdout.printf(
        Locale.ROOT,
        "  %s's %d pairs: total score %d, mean %.1f, median %.1f, lowest %d (of 1000)%n",
        o.strategy(),
        e.pairs(),
        e.totalScore(),
        e.meanScore(),
        e.medianScore(),
        e.minScore());
    stdout.printf(
        Locale.ROOT,
        "  blocking pairs %d; mean rank of the mentor for its mentee %.2f, of the mentee for its"
            + " mentor %.2f%n",
        e.blockingPairs(),
        e.meanMenteeRank(),
        e.meanMentorRank());
    List<String> loads = new ArrayList<>();
    for (Map.Entry<Integer, Integer> l : e.mentorLoads().entrySet()) {
      loads.add(l.getValue() + " with " + l.getKey());
    }
    stdout.println("  mentors by new mentees: " + String.join(", ", loads));
    var f = o.feasibility();
    stdout.printf(
        "Before matching: %d mentees wanted a mentor, %d mentors offered %d places; at most %d"
            + " pairs were possible%s.%n",
        f.mentees(),
        f.mentors(),
        f.mentorSupply(),
        f.maxPairs(),
        f.isFeasible() ? "" : " (" + f.shortfall() + " mentees cannot be matched by any strategy)");
    if (unmatched > 0) {
      stdout.println("Unmatched mentees (" + unmatched + "):");
      int shown = 0;
      for (MatchSession.Line l : o.lines()) {
        if (l.status() == MatchSession.Status.UNMATCHED && shown++ < showUnmatched) {
          stdout.println("  " + l.mentee() + ": " + l.reason());
        }
      }
      if (unmatched > showUnmatched) {
        stdout.println(
            "  ... and " + (unmatched - showUnmatched) + " more, each with its reason in " + out);
      }
    }
    for (String note : o.notes()) {
      stdout.println("Note: " + note);
    }
    stdout.println("Wrote " + out + " and " + json + ".");
  }
}
