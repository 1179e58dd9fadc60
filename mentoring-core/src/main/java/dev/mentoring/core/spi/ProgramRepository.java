package dev.mentoring.core.spi;

import dev.mentoring.core.ConcurrentUpdateException;
import dev.mentoring.core.NotFoundException;
import dev.mentoring.core.program.Program;
import dev.mentoring.core.program.ProgramId;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * Programs within one transaction.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public interface ProgramRepository {

  /**
   * Finds a program.
   *
   * @param id the id
   * @return the program, or empty
   */
  Optional<Program> find(ProgramId id);

  /**
   * Returns every program, ordered by creation time, then id.
   *
   * @return the programs
   */
  List<Program> findAll();

  /**
   * Stores a new program.
   *
   * @param program the program, with version 0
   * @return the stored program, with version 1
   * @throws IllegalArgumentException if the version is not 0
   * @throws ConcurrentUpdateException if a program with the id exists
   */
  Program insert(Program program);

  /**
   * Replaces a program if its version matches the stored one.
   *
   * @param program the changed program, carrying the version it was read with
   * @return the stored program, with the next version
   * @throws NotFoundException if no program has the id
   * @throws ConcurrentUpdateException if the stored version differs
   */
  Program update(Program program);
}
