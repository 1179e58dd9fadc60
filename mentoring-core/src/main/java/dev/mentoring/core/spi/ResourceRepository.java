package dev.mentoring.core.spi;

import dev.mentoring.core.ConcurrentUpdateException;
import dev.mentoring.core.NotFoundException;
import dev.mentoring.core.program.ProgramId;
import dev.mentoring.core.resource.Resource;
import dev.mentoring.core.resource.ResourceId;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * Knowledge-base resources within one transaction.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public interface ResourceRepository {

  /**
   * Finds a resource.
   *
   * @param id the id
   * @return the resource, or empty
   */
  Optional<Resource> find(ResourceId id);

  /**
   * Returns a program's resources, ordered by the time they were added, then id. (Not by title:
   * titles change, and the order of a listing should not.)
   *
   * @param programId the program
   * @return the resources
   */
  List<Resource> findByProgram(ProgramId programId);

  /**
   * Stores a new resource.
   *
   * @param resource the resource, with version 0
   * @return the stored resource, with version 1
   * @throws IllegalArgumentException if the version is not 0
   * @throws ConcurrentUpdateException if a resource with the id exists
   */
  Resource insert(Resource resource);

  /**
   * Replaces a resource if its version matches the stored one. The program may not change.
   *
   * @param resource the changed resource, carrying the version it was read with
   * @return the stored resource, with the next version
   * @throws NotFoundException if no resource has the id
   * @throws ConcurrentUpdateException if the stored version differs
   */
  Resource update(Resource resource);

  /**
   * Removes a resource if its version matches the stored one.
   *
   * @param resource the resource, carrying the version it was read with
   * @throws NotFoundException if no resource has the id
   * @throws ConcurrentUpdateException if the stored version differs
   */
  void delete(Resource resource);
}
