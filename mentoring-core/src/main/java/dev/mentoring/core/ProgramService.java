package dev.mentoring.core;

import dev.mentoring.core.program.Program;
import dev.mentoring.core.program.ProgramId;
import dev.mentoring.core.program.ProgramSpec;
import java.util.List;
import org.apiguardian.api.API;

/**
 * Creates programs and moves them through their lifecycle. Obtain it from {@link
 * Mentoring#programs()}. Thread-safe.
 *
 * <p>Every method throws {@link NullPointerException} for a null argument, {@link
 * NotFoundException} for an unknown program, and {@link AccessDeniedException} when the actor is
 * neither the system nor one of the program's administrators (except {@link #create}, {@link #get}
 * and {@link #list}). A refused call changes nothing.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public interface ProgramService {

  /**
   * Creates a program as a draft. Any actor may create one; a participant who does becomes one of
   * its administrators.
   *
   * @param actor who creates it
   * @param spec the settings
   * @return the stored program
   * @throws InvalidInputException if the settings break a rule
   */
  Program create(Actor actor, ProgramSpec spec);

  /**
   * Replaces a program's settings. The enrollment form may change only while the program is a
   * draft.
   *
   * @param actor an administrator or the system
   * @param id the program
   * @param spec the new settings
   * @return the stored program
   * @throws InvalidInputException if the settings break a rule, the form changed after the draft
   *     stage, or the program is closed or archived
   */
  Program update(Actor actor, ProgramId id, ProgramSpec spec);

  /**
   * Opens enrollment: DRAFT → ENROLLING.
   *
   * @param actor an administrator or the system
   * @param id the program
   * @return the stored program
   * @throws IllegalTransitionException if the program is not a draft
   */
  Program openEnrollment(Actor actor, ProgramId id);

  /**
   * Starts matching: ENROLLING → MATCHING.
   *
   * @param actor an administrator or the system
   * @param id the program
   * @return the stored program
   * @throws IllegalTransitionException if the program is not enrolling
   */
  Program startMatching(Actor actor, ProgramId id);

  /**
   * Goes back to taking applications only: MATCHING → ENROLLING. Existing pairs are kept.
   *
   * @param actor an administrator or the system
   * @param id the program
   * @return the stored program
   * @throws IllegalTransitionException if the program is not matching
   */
  Program reopenEnrollment(Actor actor, ProgramId id);

  /**
   * Launches the program: MATCHING → RUNNING. Every accepted pair becomes active; pairs accepted
   * later become active as soon as they are accepted.
   *
   * @param actor an administrator or the system
   * @param id the program
   * @return the stored program
   * @throws IllegalTransitionException if the program is not matching
   */
  Program launch(Actor actor, ProgramId id);

  /**
   * Closes the program. Open proposals expire, accepted pairs that never started end early, and
   * active or paused pairs complete, all with the reason {@code PROGRAM_CLOSED} where one applies.
   *
   * @param actor an administrator or the system
   * @param id the program
   * @return the stored program
   * @throws IllegalTransitionException if the program is already closed or archived
   */
  Program close(Actor actor, ProgramId id);

  /**
   * Archives a closed program.
   *
   * @param actor an administrator or the system
   * @param id the program
   * @return the stored program
   * @throws IllegalTransitionException if the program is not closed
   */
  Program archive(Actor actor, ProgramId id);

  /**
   * Returns a program. Drafts are visible to their administrators and the system only.
   *
   * @param actor who asks
   * @param id the program
   * @return the program
   */
  Program get(Actor actor, ProgramId id);

  /**
   * Returns the programs visible to the actor, ordered by creation time: every program for the
   * system, and for a participant every program that is not a draft plus the drafts they
   * administer.
   *
   * @param actor who asks
   * @return the programs
   */
  List<Program> list(Actor actor);
}
