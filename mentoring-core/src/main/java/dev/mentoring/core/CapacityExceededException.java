package dev.mentoring.core;

import static java.util.Objects.requireNonNull;

import dev.mentoring.core.program.ProgramId;
import org.apiguardian.api.API;

/**
 * Thrown when accepting or creating a pair would give a mentor more mentees than their capacity, or
 * a mentee more mentors than the program allows.
 *
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public final class CapacityExceededException extends MentoringException {
  private static final long serialVersionUID = 1L;

  /** The program id. */
  private final ProgramId programId;

  /** The participant id. */
  private final ParticipantId participantId;

  /** The limit. */
  private final int limit;

  /**
   * Creates the exception.
   *
   * @param programId the program
   * @param participantId the mentor or mentee who is full
   * @param limit their limit (the mentor's capacity or the program's mentors per mentee)
   */
  public CapacityExceededException(ProgramId programId, ParticipantId participantId, int limit) {
    super(
        requireNonNull(participantId, "participantId")
            + " already has "
            + limit
            + " committed pair(s), the limit in program "
            + requireNonNull(programId, "programId"));
    this.programId = programId;
    this.participantId = participantId;
    this.limit = limit;
  }

  /**
   * Returns the program.
   *
   * @return the program id
   */
  public ProgramId programId() {
    return programId;
  }

  /**
   * Returns the participant whose limit was reached.
   *
   * @return the participant
   */
  public ParticipantId participantId() {
    return participantId;
  }

  /**
   * Returns the limit that was reached.
   *
   * @return the number of committed pairs allowed
   */
  public int limit() {
    return limit;
  }
}
