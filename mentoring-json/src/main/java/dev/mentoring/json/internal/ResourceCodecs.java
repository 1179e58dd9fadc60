package dev.mentoring.json.internal;

import static dev.mentoring.json.internal.Containers.enumSetOf;
import static dev.mentoring.json.internal.CoreCodecs.PROGRAM_STATUS;
import static dev.mentoring.json.internal.CoreCodecs.STRING_SET;
import static dev.mentoring.json.internal.Scalars.INSTANT;
import static dev.mentoring.json.internal.Scalars.PROGRAM_ID;
import static dev.mentoring.json.internal.Scalars.URI_TEXT;

import dev.mentoring.core.program.ProgramStatus;
import dev.mentoring.core.resource.Resource;
import dev.mentoring.core.resource.ResourceAudience;
import dev.mentoring.core.resource.ResourceDraft;
import dev.mentoring.core.resource.ResourceId;
import dev.mentoring.core.resource.ResourceSuggestion;
import java.util.Set;

/** Codecs of mentoring-core's knowledge base: resources, their drafts and suggestions. */
public final class ResourceCodecs {
  private ResourceCodecs() {}

  /** A resource id, as its string. */
  public static final StringCodec<ResourceId> RESOURCE_ID =
      StringCodec.of("a resource id", ResourceId::value, ResourceId::of, true);

  /** {@link ResourceAudience}. */
  public static final EnumCodec<ResourceAudience> RESOURCE_AUDIENCE =
      EnumCodec.of(ResourceAudience.class);

  /** Program phases, in declaration order. */
  static final Codec<Set<ProgramStatus>> PHASES = enumSetOf(PROGRAM_STATUS);

  /** {@link ResourceDraft}. */
  public static final RecordCodec<ResourceDraft> RESOURCE_DRAFT =
      RecordCodec.of(
          (v, o) ->
              o.putString("title", v.title())
                  .put("link", URI_TEXT, v.link())
                  .putString("description", v.description())
                  .put("tags", STRING_SET, v.tags())
                  .put("audience", RESOURCE_AUDIENCE, v.audience())
                  .put("phases", PHASES, v.phases()),
          in ->
              new ResourceDraft(
                  in.getString("title"),
                  in.get("link", URI_TEXT),
                  in.getString("description"),
                  in.get("tags", STRING_SET),
                  in.get("audience", RESOURCE_AUDIENCE),
                  in.get("phases", PHASES)));

  /** {@link Resource}. */
  public static final RecordCodec<Resource> RESOURCE =
      RecordCodec.of(
          (v, o) ->
              o.put("id", RESOURCE_ID, v.id())
                  .putLong("version", v.version())
                  .put("programId", PROGRAM_ID, v.programId())
                  .putString("title", v.title())
                  .put("link", URI_TEXT, v.link())
                  .putString("description", v.description())
                  .put("tags", STRING_SET, v.tags())
                  .put("audience", RESOURCE_AUDIENCE, v.audience())
                  .put("phases", PHASES, v.phases())
                  .put("createdAt", INSTANT, v.createdAt())
                  .put("updatedAt", INSTANT, v.updatedAt()),
          in ->
              new Resource(
                  in.get("id", RESOURCE_ID),
                  in.getLong("version"),
                  in.get("programId", PROGRAM_ID),
                  in.getString("title"),
                  in.get("link", URI_TEXT),
                  in.getString("description"),
                  in.get("tags", STRING_SET),
                  in.get("audience", RESOURCE_AUDIENCE),
                  in.get("phases", PHASES),
                  in.get("createdAt", INSTANT),
                  in.get("updatedAt", INSTANT)));

  /** {@link ResourceSuggestion}. */
  public static final RecordCodec<ResourceSuggestion> RESOURCE_SUGGESTION =
      RecordCodec.of(
          (v, o) ->
              o.put("resource", RESOURCE, v.resource())
                  .put("matchedTags", STRING_SET, v.matchedTags()),
          in ->
              new ResourceSuggestion(
                  in.get("resource", RESOURCE), in.get("matchedTags", STRING_SET)));
}
