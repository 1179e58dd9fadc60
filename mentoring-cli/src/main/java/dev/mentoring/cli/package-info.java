/**
 * The {@code mentoring} command: {@code mentoring match} reads mentors and mentees exported to CSV
 * by a forms tool, matches them with a built-in strategy of {@code mentoring-matching}, and writes
 * the pairs, each with its score and explanation, to CSV and JSON, with a summary on the terminal
 * that says why each unmatched mentee is unmatched. {@link dev.mentoring.cli.MentoringCli} is the
 * entry point, for {@code java -jar mentoring-cli.jar} and for programs that run the command in
 * process.
 *
 * <p>The command lives in its own module rather than in {@code examples}, where the design first
 * placed it: it ships as a runnable jar with dependencies of its own (picocli, Commons CSV, a
 * terminal progress bar) that library users of {@code examples} should not receive.
 *
 * <p>It goes straight through the matching SPI rather than through a {@code Mentoring} engine: it
 * builds each side's {@code Enrollment} and {@code Profile} from the CSV rows, one {@code
 * MatchingProblem} from them, and runs a {@code MatchingStrategy} from {@code
 * MatchingStrategies.builtIns(model)}, the model coming from the configuration file. A one-shot
 * command has no program lifecycle, no store and no actors to check, and the engine would validate
 * and store every enrollment one call at a time; the SPI path matches 10,000 mentees and 2,500
 * mentors in seconds and shows the public matching API a host uses when it matches outside the
 * engine. For the built-ins, which are {@code SolverStrategy}s, the command scores the problem once
 * ({@code SolverStrategy.score}), solves the {@code AssignmentProblem} with the strategy's solver,
 * and uses the same {@code ScoredProblem} for the pairs' explanations, {@code MatchingEvaluation},
 * {@code FeasibilityReport} and the reasons of unmatched mentees; another {@code MatchingStrategy}
 * would run through {@code match} and the model would score the problem once more. Fixed pairs are
 * kept outside the problem: their mentees leave it and their mentors' places shrink, as the engine
 * treats pairs already committed.
 *
 * <p>Internal classes are package-private; the command's behaviour (options, file formats, exit
 * codes) is its interface, described by {@code mentoring match --help} and the README.
 */
@NullMarked
package dev.mentoring.cli;

import org.jspecify.annotations.NullMarked;
