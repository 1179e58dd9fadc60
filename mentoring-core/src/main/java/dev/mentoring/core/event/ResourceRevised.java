package dev.mentoring.core.event;

import static java.util.Objects.requireNonNull;

import dev.mentoring.core.program.ProgramId;
import dev.mentoring.core.resource.ResourceId;
import java.time.Instant;
import org.apiguardian.api.API;

/**
 * A knowledge-base resource changed.
 *
 * @param resourceId the resource
 * @param programId the program
 * @param occurredAt when
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record ResourceRevised(ResourceId resourceId, ProgramId programId, Instant occurredAt)
    implements MentoringEvent {
  /**
   * Checks nulls.
   *
   * @param resourceId the resource
   * @param programId the program
   * @param occurredAt when
   * @throws NullPointerException if a component is null
   */
  public ResourceRevised {
    requireNonNull(resourceId, "resourceId");
    requireNonNull(programId, "programId");
    requireNonNull(occurredAt, "occurredAt");
  }
}
