package dev.mentoring.core.spi;

import dev.mentoring.core.ConcurrentUpdateException;
import dev.mentoring.core.NotFoundException;
import dev.mentoring.core.ParticipantId;
import dev.mentoring.core.pairing.Pair;
import dev.mentoring.core.pairing.PairId;
import dev.mentoring.core.program.ProgramId;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * Pairs within one transaction.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public interface PairRepository {

  /**
   * Finds a pair.
   *
   * @param id the id
   * @return the pair, or empty
   */
  Optional<Pair> find(PairId id);

  /**
   * Returns a program's pairs, ordered by proposal time, then id.
   *
   * @param programId the program
   * @return the pairs
   */
  List<Pair> findByProgram(ProgramId programId);

  /**
   * Returns the pairs, in every program, in which a participant is mentor or mentee, ordered by
   * proposal time, then id.
   *
   * @param participantId the participant
   * @return the pairs
   */
  List<Pair> findByParticipant(ParticipantId participantId);

  /**
   * Stores a new pair.
   *
   * @param pair the pair, with version 0
   * @return the stored pair, with version 1
   * @throws IllegalArgumentException if the version is not 0
   * @throws ConcurrentUpdateException if a pair with the id exists
   */
  Pair insert(Pair pair);

  /**
   * Replaces a pair if its version matches the stored one. The program may not change.
   *
   * @param pair the changed pair, carrying the version it was read with
   * @return the stored pair, with the next version
   * @throws NotFoundException if no pair has the id
   * @throws ConcurrentUpdateException if the stored version differs
   */
  Pair update(Pair pair);
}
