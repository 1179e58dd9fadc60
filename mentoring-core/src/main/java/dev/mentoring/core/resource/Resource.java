package dev.mentoring.core.resource;

import static java.util.Objects.requireNonNull;

import dev.mentoring.core.internal.EnumSets;
import dev.mentoring.core.internal.ResourceRules;
import dev.mentoring.core.program.EnrollmentRole;
import dev.mentoring.core.program.ProgramId;
import dev.mentoring.core.program.ProgramStatus;
import java.net.URI;
import java.time.Instant;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * An item of a program's knowledge base: a link to an article, a video, a template or a course, for
 * an audience and, optionally, for some phases of the program. Immutable.
 *
 * @param id the resource's id
 * @param version the store's version, 0 before first insert
 * @param programId the program
 * @param title the title
 * @param link where the resource is: an absolute {@code http} or {@code https} URI
 * @param description what it offers
 * @param tags the topics it covers, lower-case, iterating in alphabetical order
 * @param audience who it is for
 * @param phases the program phases in which it is suggested; empty means every phase
 * @param createdAt when it was added
 * @param updatedAt when it last changed
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record Resource(
    ResourceId id,
    long version,
    ProgramId programId,
    String title,
    URI link,
    String description,
    Set<String> tags,
    ResourceAudience audience,
    Set<ProgramStatus> phases,
    Instant createdAt,
    Instant updatedAt) {

  /**
   * Checks the components and copies the sets.
   *
   * @param id the resource's id
   * @param version the store's version, 0 before first insert
   * @param programId the program
   * @param title the title
   * @param link where the resource is: an absolute {@code http} or {@code https} URI
   * @param description what it offers
   * @param tags the topics it covers, lower-case, iterating in alphabetical order
   * @param audience who it is for
   * @param phases the program phases in which it is suggested; empty means every phase
   * @param createdAt when it was added
   * @param updatedAt when it last changed
   * @throws NullPointerException if a component is null or a set holds null
   * @throws IllegalArgumentException if {@code version} is negative or {@code link} is not an
   *     absolute {@code http} or {@code https} URI with a host
   */
  public Resource {
    requireNonNull(id, "id");
    if (version < 0) {
      throw new IllegalArgumentException("version is negative: " + version);
    }
    requireNonNull(programId, "programId");
    requireNonNull(title, "title");
    if (!ResourceRules.isWebLink(requireNonNull(link, "link"))) {
      throw new IllegalArgumentException("link is not an http or https URI with a host: " + link);
    }
    requireNonNull(description, "description");
    tags = ResourceDraft.sorted(tags);
    requireNonNull(audience, "audience");
    phases = EnumSets.copyOf(phases);
    requireNonNull(createdAt, "createdAt");
    requireNonNull(updatedAt, "updatedAt");
  }

  /**
   * Returns a new resource.
   *
   * @param id the resource's id
   * @param programId the program
   * @param draft what the administrator wrote
   * @param at when
   * @return the resource, with version 0
   */
  public static Resource create(
      ResourceId id, ProgramId programId, ResourceDraft draft, Instant at) {
    return new Resource(
        id,
        0,
        programId,
        draft.title(),
        draft.link(),
        draft.description(),
        draft.tags(),
        draft.audience(),
        draft.phases(),
        at,
        at);
  }

  /**
   * Returns what the administrator wrote.
   *
   * @return the draft
   */
  public ResourceDraft draft() {
    return new ResourceDraft(title, link, description, tags, audience, phases);
  }

  /**
   * Returns this resource with what the administrator wrote replaced.
   *
   * @param newDraft the new title, link, description, tags, audience and phases
   * @param at when
   * @return the changed resource
   */
  public Resource revise(ResourceDraft newDraft, Instant at) {
    return new Resource(
        id,
        version,
        programId,
        newDraft.title(),
        newDraft.link(),
        newDraft.description(),
        newDraft.tags(),
        newDraft.audience(),
        newDraft.phases(),
        createdAt,
        requireNonNull(at, "at"));
  }

  /**
   * Returns this resource with a stored version; for store implementations.
   *
   * @param newVersion the version
   * @return the copy
   */
  public Resource withVersion(long newVersion) {
    return new Resource(
        id,
        newVersion,
        programId,
        title,
        link,
        description,
        tags,
        audience,
        phases,
        createdAt,
        updatedAt);
  }

  /**
   * Tells whether the resource is for a participant enrolled in a role.
   *
   * @param role the role
   * @return whether the audience includes it
   */
  public boolean isFor(EnrollmentRole role) {
    return audience.includes(role);
  }

  /**
   * Tells whether the resource is suggested in a program phase.
   *
   * @param phase the program's status
   * @return true if {@link #phases()} is empty or holds it
   */
  public boolean isSuggestedIn(ProgramStatus phase) {
    return phases.isEmpty() || phases.contains(phase);
  }
}
