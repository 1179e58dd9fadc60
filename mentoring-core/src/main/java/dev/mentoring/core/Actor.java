package dev.mentoring.core;

import static java.util.Objects.requireNonNull;

import org.apiguardian.api.API;

/**
 * The user on whose behalf an operation runs; every service operation takes one so that access
 * rules apply.
 *
 * <ul>
 *   <li>{@link Participant}: a person, known by the host's key. A person is an administrator of the
 *       programs that list them in {@link dev.mentoring.core.program.Program#admins()}; otherwise
 *       they act on their own enrollments and pairs only.
 *   <li>{@link SystemActor}: the host itself (a scheduler, an import job, a trusted back office).
 *       It may do what any administrator may, in every program.
 * </ul>
 *
 * <p>The host authenticates people; the library trusts the actor it is given.
 *
 * @since 0.1
 */
@API(status = API.Status.STABLE, since = "0.1")
public sealed interface Actor permits Actor.Participant, Actor.SystemActor {

  /**
   * Returns the actor for a person.
   *
   * @param id the person's key
   * @return the actor
   */
  static Actor participant(ParticipantId id) {
    return new Participant(id);
  }

  /**
   * Returns the actor for a person.
   *
   * @param id the person's key
   * @return the actor
   * @throws IllegalArgumentException if {@code id} is blank
   */
  static Actor participant(String id) {
    return new Participant(ParticipantId.of(id));
  }

  /**
   * Returns the trusted host actor.
   *
   * @return the system actor
   */
  static Actor system() {
    return SystemActor.INSTANCE;
  }

  /**
   * A person acting for themselves or as a program administrator.
   *
   * @param id the person's key
   */
  record Participant(ParticipantId id) implements Actor {
    /**
     * Checks the id.
     *
     * @param id the person's key
     * @throws NullPointerException if {@code id} is null
     */
    public Participant {
      requireNonNull(id, "id");
    }

    @Override
    public String toString() {
      return "participant " + id;
    }
  }

  /** The trusted host. Use {@link Actor#system()}. */
  record SystemActor() implements Actor {
    private static final SystemActor INSTANCE = new SystemActor();

    @Override
    public String toString() {
      return "system";
    }
  }
}
