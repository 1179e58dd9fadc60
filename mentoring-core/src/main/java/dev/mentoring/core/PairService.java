package dev.mentoring.core;

import dev.mentoring.core.pairing.ExitReason;
import dev.mentoring.core.pairing.Pair;
import dev.mentoring.core.pairing.PairId;
import dev.mentoring.core.program.ProgramId;
import java.time.Instant;
import java.util.List;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * Makes pairs by hand or on request and moves them through their lifecycle. Obtain it from {@link
 * Mentoring#pairs()}. Thread-safe.
 *
 * <p>Hard rules hold for every pair however it is made: both sides have approved enrollments in
 * fitting roles, nobody is paired with themselves, with someone in their manager chain or with
 * someone either side excluded, a pair that already ran is not repeated unless the program allows
 * it, and a mentor's accepted, active and paused pairs never exceed their capacity (nor a mentee's
 * the program's limit), even under concurrent acceptances.
 *
 * <p>Every method throws {@link NullPointerException} for a null argument, {@link
 * NotFoundException} for an unknown program or pair and {@link AccessDeniedException} for an actor
 * without the right. A refused call changes nothing.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public interface PairService {

  /**
   * Proposes a pair by hand. The administrator's approval counts as given.
   *
   * @param actor an administrator or the system
   * @param programId the program
   * @param mentorId the mentor
   * @param menteeId the mentee
   * @return the stored pair: PROPOSED, or ACCEPTED (ACTIVE in a running program) if no other
   *     approval is required
   * @throws InvalidInputException if a hard rule forbids the pair
   * @throws CapacityExceededException if the mentor or mentee has no place left
   * @throws IllegalTransitionException if the program does not take pairs in its state
   */
  Pair propose(Actor actor, ProgramId programId, ParticipantId mentorId, ParticipantId menteeId);

  /**
   * Requests a mentor, in a self-service program. The mentee's approval counts as given.
   *
   * @param actor the mentee
   * @param programId the program
   * @param mentorId the mentor asked
   * @return the stored pair
   * @throws InvalidInputException if the program is not self-service or a hard rule forbids the
   *     pair
   * @throws CapacityExceededException if the mentor or mentee has no place left
   * @throws IllegalTransitionException if the program does not take pairs in its state
   */
  Pair request(Actor actor, ProgramId programId, ParticipantId mentorId);

  /**
   * Accepts a proposal on the actor's side: the mentor's, the mentee's, or an administrator's. When
   * the last required side accepts the pair becomes ACCEPTED (ACTIVE in a running program), and the
   * other open proposals of a mentor or mentee who has no place left expire. Accepting twice on the
   * same side changes nothing.
   *
   * @param actor the mentor, the mentee, an administrator or the system
   * @param id the pair
   * @return the stored pair
   * @throws CapacityExceededException if the mentor or mentee has no place left
   * @throws IllegalTransitionException if the pair is not PROPOSED, or is past its expiry (reported
   *     as EXPIRED)
   */
  Pair accept(Actor actor, PairId id);

  /**
   * Declines a proposal.
   *
   * @param actor the mentor, the mentee, an administrator or the system
   * @param id the pair
   * @param note a note visible to its author only, or null
   * @return the stored pair
   * @throws InvalidInputException if the note is longer than 2,000 characters
   * @throws IllegalTransitionException if the pair is not PROPOSED
   */
  Pair decline(Actor actor, PairId id, @Nullable String note);

  /**
   * Retracts a proposal.
   *
   * @param actor an administrator or the system
   * @param id the pair
   * @return the stored pair, WITHDRAWN
   * @throws IllegalTransitionException if the pair is not PROPOSED
   */
  Pair retract(Actor actor, PairId id);

  /**
   * Pauses an active pair.
   *
   * @param actor the mentor, the mentee, an administrator or the system
   * @param id the pair
   * @return the stored pair
   * @throws IllegalTransitionException if the pair is not ACTIVE
   */
  Pair pause(Actor actor, PairId id);

  /**
   * Resumes a paused pair.
   *
   * @param actor the mentor, the mentee, an administrator or the system
   * @param id the pair
   * @return the stored pair
   * @throws IllegalTransitionException if the pair is not PAUSED
   */
  Pair resume(Actor actor, PairId id);

  /**
   * Completes an active or paused pair.
   *
   * <p>Meetings of the pair that are SCHEDULED to start after now are cancelled (reason "the
   * mentoring relationship ended"), and both people get a {@code MeetingCancelled} notification for
   * each; past meetings that were never logged are left as they are.
   *
   * @param actor the mentor, the mentee, an administrator or the system
   * @param id the pair
   * @return the stored pair
   * @throws IllegalTransitionException if the pair is neither ACTIVE nor PAUSED
   */
  Pair complete(Actor actor, PairId id);

  /**
   * Ends an accepted, active or paused pair early, for a no-fault reason.
   *
   * <p>Meetings of the pair that are SCHEDULED to start after now are cancelled (reason "the
   * mentoring relationship ended"), and both people get a {@code MeetingCancelled} notification for
   * each; past meetings that were never logged are left as they are.
   *
   * @param actor the mentor, the mentee, an administrator or the system
   * @param id the pair
   * @param reason why; one of the reasons for which {@link ExitReason#isChoosable()} holds
   * @param note a note visible to its author only, or null
   * @return the stored pair
   * @throws InvalidInputException if the reason is not choosable or the note is longer than 2,000
   *     characters
   * @throws IllegalTransitionException if the pair is in another state
   */
  Pair endEarly(Actor actor, PairId id, ExitReason reason, @Nullable String note);

  /**
   * Expires every proposal, in every program, whose expiry is at or before an instant.
   *
   * @param actor the system
   * @param at the instant
   * @return the expired pairs
   */
  List<Pair> expireOverdue(Actor actor, Instant at);

  /**
   * Returns a pair, with exit notes shown to their author only.
   *
   * @param actor the mentor, the mentee, an administrator or the system
   * @param id the pair
   * @return the pair
   */
  Pair get(Actor actor, PairId id);

  /**
   * Returns a program's pairs, ordered by proposal time, with exit notes shown to their author
   * only.
   *
   * @param actor an administrator or the system
   * @param programId the program
   * @return the pairs
   */
  List<Pair> list(Actor actor, ProgramId programId);

  /**
   * Returns the pairs a participant belongs to, in every program, ordered by proposal time.
   *
   * @param actor the participant or the system
   * @param participantId the participant
   * @return the pairs
   */
  List<Pair> listFor(Actor actor, ParticipantId participantId);
}
