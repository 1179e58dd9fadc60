package dev.mentoring.core;

import dev.mentoring.core.matching.MatchingProblem;
import dev.mentoring.core.matching.MatchingResult;
import dev.mentoring.core.matching.MatchingStrategy;
import dev.mentoring.core.program.ProgramId;
import org.apiguardian.api.API;

/**
 * Runs a matching strategy for a program. Obtain it from {@link Mentoring#matching()}. Thread-safe.
 *
 * <p>The engine builds the {@link MatchingProblem} from stored data (approved enrollments with
 * places left, the pairs the hard rules forbid, a seed derived from the program id), runs the
 * strategy, checks its answer against the hard rules and, for {@link #propose}, stores the
 * proposals as pairs with origin ALGORITHM. A strategy whose answer breaks a hard rule is a
 * programming error, reported as {@link IllegalStateException}.
 *
 * <p>Every method takes an administrator of the program or the system, and throws {@link
 * NullPointerException} for a null argument, {@link NotFoundException} for an unknown program and
 * {@link AccessDeniedException} for another actor. A refused call changes nothing.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public interface MatchingService {

  /**
   * Returns the matching problem for a program as it stands.
   *
   * @param actor an administrator or the system
   * @param programId the program
   * @return the problem
   */
  MatchingProblem problem(Actor actor, ProgramId programId);

  /**
   * Runs the engine's strategy without storing anything.
   *
   * @param actor an administrator or the system
   * @param programId the program
   * @return the strategy's result
   */
  MatchingResult preview(Actor actor, ProgramId programId);

  /**
   * Runs the engine's strategy and stores its proposals.
   *
   * @param actor an administrator or the system
   * @param programId the program
   * @return the stored proposals
   * @throws IllegalTransitionException if the program does not take pairs in its state
   */
  MatchingRun propose(Actor actor, ProgramId programId);

  /**
   * Runs the given strategy and stores its proposals.
   *
   * @param actor an administrator or the system
   * @param programId the program
   * @param strategy the strategy to run instead of the engine's
   * @return the stored proposals
   * @throws IllegalTransitionException if the program does not take pairs in its state
   */
  MatchingRun propose(Actor actor, ProgramId programId, MatchingStrategy strategy);
}
