package dev.mentoring.core.event;

import static java.util.Objects.requireNonNull;

import dev.mentoring.core.program.ProgramId;
import dev.mentoring.core.resource.ResourceId;
import java.time.Instant;
import org.apiguardian.api.API;

/**
 * A resource was added to a program's knowledge base.
 *
 * @param resourceId the resource
 * @param programId the program
 * @param occurredAt when
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record ResourceAdded(ResourceId resourceId, ProgramId programId, Instant occurredAt)
    implements MentoringEvent {
  /**
   * Checks nulls.
   *
   * @param resourceId the resource
   * @param programId the program
   * @param occurredAt when
   * @throws NullPointerException if a component is null
   */
  public ResourceAdded {
    requireNonNull(resourceId, "resourceId");
    requireNonNull(programId, "programId");
    requireNonNull(occurredAt, "occurredAt");
  }
}
