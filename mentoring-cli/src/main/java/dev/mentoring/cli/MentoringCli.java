package dev.mentoring.cli;

import static java.util.Objects.requireNonNull;

import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code mentoring} command and its entry points. Its one subcommand, {@code match}, reads
 * mentors and mentees from CSV files, matches them and writes the explained pairs; {@code mentoring
 * match --help} lists its options and exit codes.
 *
 * <pre>{@code
 * java -jar mentoring-cli.jar match --mentors mentors.csv --mentees mentees.csv
 * int exit = MentoringCli.run(System.out, System.err, "match", "--mentors", "mentors.csv",
 *     "--mentees", "mentees.csv", "--out", "matches.csv", "--json", "matches.json");
 * }</pre>
 *
 * <p>Each call of {@link #run} is independent and may run concurrently with others, as long as they
 * write different output files.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
@Command(
    name = "mentoring",
    mixinStandardHelpOptions = true,
    version = "mentoring 0.1",
    description = "Matches mentors and mentees of a mentoring program.",
    synopsisSubcommandLabel = "COMMAND")
public final class MentoringCli implements Runnable {

  /** Exit code of a successful run, unmatched mentees or not. */
  public static final int EXIT_OK = 0;

  /** Exit code when a CSV, configuration or fixed-pairs file breaks a rule. */
  public static final int EXIT_BAD_INPUT = 1;

  /** Exit code of a command-line usage error: unknown option, missing value, unknown id. */
  public static final int EXIT_USAGE = 2;

  /** Exit code when the output cannot be written, or of any other failure. */
  public static final int EXIT_FAILURE = 3;

  @CommandLine.Spec private CommandLine.Model.@Nullable CommandSpec spec;

  private MentoringCli() {}

  /**
   * Runs the command with the process's streams and exits with its exit code. The progress bar is
   * drawn when stderr is a terminal.
   *
   * @param args the arguments, such as {@code match --mentors mentors.csv --mentees mentees.csv}
   */
  public static void main(String[] args) {
    System.exit(run(System.out, System.err, stderrIsTerminal(), Clock.systemUTC(), args));
  }

  /**
   * Runs the command in this process, without exiting it. Output goes to {@code out}, messages and
   * the progress bar (only with {@code --progress on}) to {@code err}.
   *
   * @param out where the summary, comparison or explanation is printed
   * @param err where error messages are printed
   * @param args the arguments
   * @return the exit code: {@link #EXIT_OK}, {@link #EXIT_BAD_INPUT}, {@link #EXIT_USAGE} or {@link
   *     #EXIT_FAILURE}
   * @throws NullPointerException if an argument or an element of {@code args} is null
   */
  public static int run(PrintStream out, PrintStream err, String... args) {
    return run(out, err, false, Clock.systemUTC(), args);
  }

  static int run(
      PrintStream out, PrintStream err, boolean interactive, Clock clock, String... args) {
    requireNonNull(out, "out");
    requireNonNull(err, "err");
    for (String a : requireNonNull(args, "args")) {
      requireNonNull(a, "args element");
    }
    CommandLine cli = new CommandLine(new MentoringCli());
    cli.addSubcommand(new MatchCommand(err, interactive, clock));
    cli.setOut(new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), true));
    cli.setErr(new PrintWriter(new OutputStreamWriter(err, StandardCharsets.UTF_8), true));
    cli.setExecutionExceptionHandler(
        (e, commandLine, parseResult) -> {
          commandLine.getErr().println("error: " + e);
          return EXIT_FAILURE;
        });
    int code = cli.execute(args);
    cli.getOut().flush();
    cli.getErr().flush();
    return code;
  }

  /** Tells whether stderr is a terminal; false if JLine's native library cannot be loaded. */
  static boolean stderrIsTerminal() {
    try {
      return org.jline.nativ.CLibrary.isatty(2) == 1;
    } catch (RuntimeException | LinkageError e) {
      return false;
    }
  }

  /** Without a subcommand: prints the usage and fails as a usage error. */
  @Override
  public void run() {
    CommandLine.Model.CommandSpec s = requireNonNull(spec, "spec");
    throw new CommandLine.ParameterException(s.commandLine(), "missing command: match");
  }
}
