package dev.mentoring.core.program;

import static java.util.Objects.requireNonNull;

import dev.mentoring.core.IllegalTransitionException;
import dev.mentoring.core.ParticipantId;
import dev.mentoring.core.internal.Transitions;
import java.time.Instant;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * A mentoring program: its settings and where it is in its lifecycle. Immutable; the verbs return a
 * changed copy and throw {@link dev.mentoring.core.IllegalTransitionException} when the lifecycle
 * forbids the move. Hosts obtain programs from the engine; stores persist them.
 *
 * @param id the program's id
 * @param version the store's version, 0 before first insert
 * @param spec the settings
 * @param status the lifecycle state
 * @param createdAt when the program was created
 * @param updatedAt when the program last changed
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public record Program(
    ProgramId id,
    long version,
    ProgramSpec spec,
    ProgramStatus status,
    Instant createdAt,
    Instant updatedAt) {

  /**
   * Checks the components.
   *
   * @param id the program's id
   * @param version the store's version, 0 before first insert
   * @param spec the settings
   * @param status the lifecycle state
   * @param createdAt when the program was created
   * @param updatedAt when the program last changed
   * @throws NullPointerException if a component is null
   * @throws IllegalArgumentException if {@code version} is negative
   */
  public Program {
    requireNonNull(id, "id");
    if (version < 0) {
      throw new IllegalArgumentException("version is negative: " + version);
    }
    requireNonNull(spec, "spec");
    requireNonNull(status, "status");
    requireNonNull(createdAt, "createdAt");
    requireNonNull(updatedAt, "updatedAt");
  }

  /**
   * Returns the program's name.
   *
   * @return {@code spec().name()}
   */
  public String name() {
    return spec.name();
  }

  /**
   * Returns the program's administrators.
   *
   * @return {@code spec().admins()}
   */
  public Set<ParticipantId> admins() {
    return spec.admins();
  }

  /**
   * Returns the matching policy.
   *
   * @return {@code spec().matchingPolicy()}
   */
  public MatchingPolicy matchingPolicy() {
    return spec.matchingPolicy();
  }

  /**
   * Tells whether a person administers this program.
   *
   * @param participant the person
   * @return whether they are listed in {@link #admins()}
   */
  public boolean isAdmin(ParticipantId participant) {
    return spec.admins().contains(participant);
  }

  /**
   * Returns this program with a stored version; for store implementations.
   *
   * @param newVersion the version
   * @return the copy
   */
  public Program withVersion(long newVersion) {
    return new Program(id, newVersion, spec, status, createdAt, updatedAt);
  }

  /**
   * Returns this program with other settings.
   *
   * @param newSpec the settings
   * @param at when they changed
   * @return the copy
   */
  public Program withSpec(ProgramSpec newSpec, Instant at) {
    return new Program(id, version, newSpec, status, createdAt, at);
  }

  /**
   * Opens enrollment: DRAFT → ENROLLING.
   *
   * @param at when
   * @return the moved program
   * @throws dev.mentoring.core.IllegalTransitionException if the program is not a draft
   */
  public Program openEnrollment(Instant at) {
    return moveFrom(ProgramStatus.DRAFT, ProgramStatus.ENROLLING, at);
  }

  /**
   * Starts matching: ENROLLING → MATCHING.
   *
   * @param at when
   * @return the moved program
   * @throws dev.mentoring.core.IllegalTransitionException if the program is not enrolling
   */
  public Program startMatching(Instant at) {
    return moveTo(ProgramStatus.MATCHING, at);
  }

  /**
   * Goes back from MATCHING to ENROLLING.
   *
   * @param at when
   * @return the moved program
   * @throws dev.mentoring.core.IllegalTransitionException if the program is not matching
   */
  public Program reopenEnrollment(Instant at) {
    return moveFrom(ProgramStatus.MATCHING, ProgramStatus.ENROLLING, at);
  }

  /**
   * Launches the program: MATCHING → RUNNING.
   *
   * @param at when
   * @return the moved program
   * @throws dev.mentoring.core.IllegalTransitionException if the program is not matching
   */
  public Program launch(Instant at) {
    return moveTo(ProgramStatus.RUNNING, at);
  }

  /**
   * Closes the program from any state before CLOSED.
   *
   * @param at when
   * @return the moved program
   * @throws dev.mentoring.core.IllegalTransitionException if the program is closed or archived
   */
  public Program close(Instant at) {
    return moveTo(ProgramStatus.CLOSED, at);
  }

  /**
   * Archives the program: CLOSED → ARCHIVED.
   *
   * @param at when
   * @return the moved program
   * @throws dev.mentoring.core.IllegalTransitionException if the program is not closed
   */
  public Program archive(Instant at) {
    return moveTo(ProgramStatus.ARCHIVED, at);
  }

  private Program moveFrom(ProgramStatus expected, ProgramStatus next, Instant at) {
    if (status != expected) {
      throw new IllegalTransitionException(id, status, next);
    }
    return moveTo(next, at);
  }

  private Program moveTo(ProgramStatus next, Instant at) {
    Transitions.PROGRAM.check(id, status, next);
    return new Program(id, version, spec, next, createdAt, requireNonNull(at, "at"));
  }
}
