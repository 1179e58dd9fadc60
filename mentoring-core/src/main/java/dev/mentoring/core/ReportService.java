package dev.mentoring.core;

import dev.mentoring.core.metrics.PairHealth;
import dev.mentoring.core.metrics.ProgramReport;
import dev.mentoring.core.metrics.Segmentation;
import dev.mentoring.core.metrics.SegmentedReport;
import dev.mentoring.core.pairing.PairId;
import dev.mentoring.core.program.ProgramId;
import java.time.Instant;
import java.util.List;
import org.apiguardian.api.API;

/**
 * Pair health and program reports, computed from the stored data as of an instant. Obtain it from
 * {@link Mentoring#reports()}. Thread-safe.
 *
 * <p>Nothing here is stored or published: each call reads the program's data in one store
 * transaction and returns plain values (see {@link PairHealth} and {@link ProgramReport} for what
 * they count). The instant may lie in the past, to see a program as it was, or ahead, to see what
 * is due if nothing happens; activity dated after it is ignored. A program report reads each
 * repository once per call ({@code findByProgram}), whatever the number of pairs.
 *
 * <p>Access: program reports and the health of all of a program's pairs are for the program's
 * administrators and the system; a pair's own health is also for its mentor and mentee. Reports
 * never read private notes or free-text answers, and anonymous answers reach them only in
 * aggregate.
 *
 * <p>Every method throws {@link NullPointerException} for a null argument, {@link
 * NotFoundException} for an unknown program or pair and {@link AccessDeniedException} for an actor
 * without the right. Nothing changes the store or delivers anything.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public interface ReportService {

  /**
   * Returns a program's report as of an instant.
   *
   * @param actor an administrator of the program or the system
   * @param programId the program
   * @param at the instant
   * @return the report
   */
  ProgramReport report(Actor actor, ProgramId programId, Instant at);

  /**
   * Returns a program's report as of an instant, with one report per segment of a profile
   * attribute.
   *
   * @param actor an administrator of the program or the system
   * @param programId the program
   * @param at the instant
   * @param by the attribute to segment by
   * @return the overall report and the segments' reports
   */
  SegmentedReport report(Actor actor, ProgramId programId, Instant at, Segmentation by);

  /**
   * Returns a pair's health as of an instant.
   *
   * @param actor the pair's mentor or mentee, an administrator of the program, or the system
   * @param pairId the pair
   * @param at the instant
   * @return the health
   * @throws InvalidInputException if the pair is not ACTIVE or PAUSED at {@code at} (rule {@code
   *     PairStatus} on {@code pairId}), as before its start or after its end
   */
  PairHealth health(Actor actor, PairId pairId, Instant at);

  /**
   * Returns the health of every pair of a program that is ACTIVE or PAUSED at an instant, ordered
   * by proposal time, then pair id.
   *
   * @param actor an administrator of the program or the system
   * @param programId the program
   * @param at the instant
   * @return the health of each such pair
   */
  List<PairHealth> health(Actor actor, ProgramId programId, Instant at);
}
