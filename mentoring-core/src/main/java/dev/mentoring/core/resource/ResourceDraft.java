package dev.mentoring.core.resource;

import static java.util.Objects.requireNonNull;

import dev.mentoring.core.internal.EnumSets;
import dev.mentoring.core.program.ProgramStatus;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apiguardian.api.API;

/**
 * What an administrator writes to add or revise a knowledge-base resource: the input of {@code
 * resources().add} and {@code resources().revise}. Build one with {@link #builder(String, URI)}.
 *
 * <p>Besides the constraints on the components the engine checks that the link is an absolute
 * {@code http} or {@code https} URI with a host, at most 2,000 characters long, and reports every
 * violation at once.
 *
 * @param title the title, 1 to 200 characters
 * @param link where the resource is: an absolute {@code http} or {@code https} URI
 * @param description what it offers, up to 2,000 characters
 * @param tags the topics it covers, at most 20, each 1 to 40 characters, lower-case, without
 *     leading or trailing spaces; iterating in alphabetical order. Suggestions match them against a
 *     pair's or a goal's topics
 * @param audience who it is for
 * @param phases the program phases in which it is suggested; empty means every phase
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public record ResourceDraft(
    @NotBlank @Size(max = 200) String title,
    URI link,
    @Size(max = 2_000) String description,
    @Size(max = 20)
        Set<
                @Size(max = 40)
                @Pattern(
                    regexp = "[^\\p{Lu}\\s]([^\\p{Lu}]*[^\\p{Lu}\\s])?",
                    message = "must be lower-case, not blank, without leading or trailing spaces")
                String>
            tags,
    ResourceAudience audience,
    Set<ProgramStatus> phases) {

  /** The longest link accepted, in characters. */
  public static final int MAX_LINK_LENGTH = 2_000;

  /**
   * Checks nulls and copies the sets.
   *
   * @param title the title, 1 to 200 characters
   * @param link where the resource is: an absolute {@code http} or {@code https} URI
   * @param description what it offers, up to 2,000 characters
   * @param tags the topics it covers, at most 20, each 1 to 40 characters, lower-case, without
   *     leading or trailing spaces; iterating in alphabetical order. Suggestions match them against
   *     a pair's or a goal's topics
   * @param audience who it is for
   * @param phases the program phases in which it is suggested; empty means every phase
   * @throws NullPointerException if a component is null or a set holds null
   */
  public ResourceDraft {
    requireNonNull(title, "title");
    requireNonNull(link, "link");
    requireNonNull(description, "description");
    tags = sorted(tags);
    requireNonNull(audience, "audience");
    phases = EnumSets.copyOf(phases);
  }

  static Set<String> sorted(Set<String> tags) {
    return Collections.unmodifiableSortedSet(new TreeSet<>(tags));
  }

  /**
   * Returns a builder for a resource for everyone, in every phase, without description or tags.
   *
   * @param title the title
   * @param link where the resource is
   * @return a new builder
   */
  public static Builder builder(String title, URI link) {
    return new Builder(title, link);
  }

  /**
   * Returns a builder initialised from this draft, to change some of it.
   *
   * @return a new builder
   */
  public Builder toBuilder() {
    Builder b = new Builder(title, link);
    b.description = description;
    b.tags.addAll(tags);
    b.audience = audience;
    b.phases.addAll(phases);
    return b;
  }

  /**
   * Builds a {@link ResourceDraft}. Not thread-safe.
   *
   * @since 0.1
   */
  public static final class Builder {
    private String title;
    private URI link;
    private String description = "";
    private final Set<String> tags = new TreeSet<>();
    private ResourceAudience audience = ResourceAudience.ALL;
    private final Set<ProgramStatus> phases = EnumSet.noneOf(ProgramStatus.class);

    private Builder(String title, URI link) {
      this.title = requireNonNull(title, "title");
      this.link = requireNonNull(link, "link");
    }

    /**
     * Sets the title.
     *
     * @param value the title
     * @return this builder
     */
    public Builder title(String value) {
      this.title = requireNonNull(value, "title");
      return this;
    }

    /**
     * Sets the link.
     *
     * @param value the link
     * @return this builder
     */
    public Builder link(URI value) {
      this.link = requireNonNull(value, "link");
      return this;
    }

    /**
     * Sets the description.
     *
     * @param value the description
     * @return this builder
     */
    public Builder description(String value) {
      this.description = requireNonNull(value, "description");
      return this;
    }

    /**
     * Adds tags.
     *
     * @param values the tags
     * @return this builder
     */
    public Builder tags(String... values) {
      tags.addAll(List.of(values));
      return this;
    }

    /**
     * Sets the audience.
     *
     * @param value who the resource is for
     * @return this builder
     */
    public Builder audience(ResourceAudience value) {
      this.audience = requireNonNull(value, "audience");
      return this;
    }

    /**
     * Adds phases in which the resource is suggested.
     *
     * @param values the phases
     * @return this builder
     */
    public Builder phases(ProgramStatus... values) {
      phases.addAll(List.of(values));
      return this;
    }

    /**
     * Returns the draft. The builder may be reused.
     *
     * @return a new draft
     */
    public ResourceDraft build() {
      return new ResourceDraft(title, link, description, tags, audience, phases);
    }
  }
}
