package dev.mentoring.core.resource;

import static java.util.Objects.requireNonNull;

import java.util.Set;
import org.apiguardian.api.API;

/**
 * A resource suggested for some topics, with the tags that matched them.
 *
 * @param resource the resource
 * @param matchedTags its tags that matched, at least one, in alphabetical order
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record ResourceSuggestion(Resource resource, Set<String> matchedTags) {

  /**
   * Checks the components and copies the tags.
   *
   * @param resource the resource
   * @param matchedTags its tags that matched, at least one, in alphabetical order
   * @throws NullPointerException if a component is null or {@code matchedTags} holds null
   * @throws IllegalArgumentException if {@code matchedTags} is empty or holds a tag the resource
   *     lacks
   */
  public ResourceSuggestion {
    requireNonNull(resource, "resource");
    matchedTags = ResourceDraft.sorted(matchedTags);
    if (matchedTags.isEmpty()) {
      throw new IllegalArgumentException("matchedTags is empty");
    }
    if (!resource.tags().containsAll(matchedTags)) {
      throw new IllegalArgumentException(
          "matchedTags " + matchedTags + " are not all tags of " + resource.id());
    }
  }
}
