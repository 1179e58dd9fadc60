package dev.mentoring.core.resource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mentoring.core.program.EnrollmentRole;
import dev.mentoring.core.program.ProgramId;
import dev.mentoring.core.program.ProgramStatus;
import java.net.URI;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ResourceTest {
  private static final Instant T0 = Instant.parse("2026-01-05T09:00:00Z");
  private static final URI LINK = URI.create("https://example.org/a");
  private static final ResourceId ID = ResourceId.of("r-1");
  private static final ProgramId PROGRAM = ProgramId.of("p-1");

  private static final ResourceDraft DRAFT =
      ResourceDraft.builder("Guide", LINK)
          .description("d")
          .tags("zeta", "alpha")
          .audience(ResourceAudience.MENTEES)
          .phases(ProgramStatus.RUNNING, ProgramStatus.MATCHING)
          .build();

  @Test
  void create_carriesTheDraft() {
    Resource r = Resource.create(ID, PROGRAM, DRAFT, T0);

    assertThat(r)
        .isEqualTo(
            new Resource(
                ID,
                0,
                PROGRAM,
                "Guide",
                LINK,
                "d",
                Set.of("alpha", "zeta"),
                ResourceAudience.MENTEES,
                Set.of(ProgramStatus.MATCHING, ProgramStatus.RUNNING),
                T0,
                T0));
    assertThat(r.draft()).isEqualTo(DRAFT);
    assertThat(r.tags()).containsExactly("alpha", "zeta");
    assertThat(r.phases()).containsExactly(ProgramStatus.MATCHING, ProgramStatus.RUNNING);
    assertThat(r.withVersion(2).version()).isEqualTo(2);
  }

  @Test
  void revise_keepsIdentityAndCreation() {
    Resource r = Resource.create(ID, PROGRAM, DRAFT, T0).withVersion(3);
    ResourceDraft other = DRAFT.toBuilder().title("Other").link(URI.create("http://x.org")).build();

    Resource revised = r.revise(other, T0.plusSeconds(5));

    assertThat(revised.draft()).isEqualTo(other);
    assertThat(revised.version()).isEqualTo(3);
    assertThat(revised.createdAt()).isEqualTo(T0);
    assertThat(revised.updatedAt()).isEqualTo(T0.plusSeconds(5));
    assertThatThrownBy(() -> r.revise(other, null)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void audienceAndPhases() {
    Resource forMentees = Resource.create(ID, PROGRAM, DRAFT, T0);
    Resource always = Resource.create(ID, PROGRAM, ResourceDraft.builder("Any", LINK).build(), T0);

    assertThat(forMentees.isFor(EnrollmentRole.MENTEE)).isTrue();
    assertThat(forMentees.isFor(EnrollmentRole.MENTOR)).isFalse();
    assertThat(forMentees.isFor(EnrollmentRole.MENTOR_AND_MENTEE)).isTrue();
    assertThat(forMentees.isSuggestedIn(ProgramStatus.RUNNING)).isTrue();
    assertThat(forMentees.isSuggestedIn(ProgramStatus.CLOSED)).isFalse();
    for (ProgramStatus phase : ProgramStatus.values()) {
      assertThat(always.isSuggestedIn(phase)).isTrue();
    }
    for (EnrollmentRole role : EnrollmentRole.values()) {
      assertThat(ResourceAudience.ALL.includes(role)).isTrue();
      assertThat(ResourceAudience.MENTORS.includes(role)).isEqualTo(role.mentors());
      assertThat(ResourceAudience.MENTEES.includes(role)).isEqualTo(role.mentees());
    }
  }

  @Test
  void constructor_rejectsBadLinksAndVersions() {
    for (String link : List.of("ftp://x.org", "/relative", "https:opaque", "https:///path")) {
      assertThatThrownBy(
              () ->
                  Resource.create(
                      ID, PROGRAM, DRAFT.toBuilder().link(URI.create(link)).build(), T0))
          .as(link)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageStartingWith("link is not an http or https URI with a host");
    }
    assertThat(
            Resource.create(
                    ID, PROGRAM, DRAFT.toBuilder().link(URI.create("HTTP://X.ORG")).build(), T0)
                .link())
        .hasHost("X.ORG");
    assertThatThrownBy(() -> Resource.create(ID, PROGRAM, DRAFT, T0).withVersion(-1))
        .hasMessage("version is negative: -1");
    assertThatThrownBy(() -> Resource.create(ID, null, DRAFT, T0))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("programId");
  }

  @Test
  void draftBuilder_defaultsAndCopies() {
    Set<String> tags = new HashSet<>(Set.of("b", "a"));
    ResourceDraft d = new ResourceDraft("T", LINK, "", tags, ResourceAudience.ALL, Set.of());
    tags.clear();

    assertThat(d.tags()).containsExactly("a", "b");
    assertThatThrownBy(() -> d.tags().add("c")).isInstanceOf(UnsupportedOperationException.class);
    assertThat(ResourceDraft.builder("T", LINK).build())
        .isEqualTo(new ResourceDraft("T", LINK, "", Set.of(), ResourceAudience.ALL, Set.of()));
    assertThatThrownBy(() -> ResourceDraft.builder("T", LINK).tags("a", null))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> ResourceDraft.builder("T", null))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> ResourceDraft.builder("T", LINK).description(null))
        .isInstanceOf(NullPointerException.class);
  }

  @Test
  void suggestion_requiresMatchedTagsOfTheResource() {
    Resource r = Resource.create(ID, PROGRAM, DRAFT, T0);

    assertThat(new ResourceSuggestion(r, Set.of("zeta", "alpha")).matchedTags())
        .containsExactly("alpha", "zeta");
    assertThatThrownBy(() -> new ResourceSuggestion(r, Set.of()))
        .hasMessage("matchedTags is empty");
    assertThatThrownBy(() -> new ResourceSuggestion(r, Set.of("beta")))
        .hasMessage("matchedTags [beta] are not all tags of r-1");
    assertThatThrownBy(() -> new ResourceSuggestion(null, Set.of("alpha")))
        .isInstanceOf(NullPointerException.class);
  }

  @Test
  void ids_valueBased() {
    assertThat(ResourceId.of("a")).isEqualTo(new ResourceId("a")).hasToString("a");
    assertThat(ResourceId.of("a")).isLessThan(ResourceId.of("b"));
    assertThat(ResourceId.random()).isNotEqualTo(ResourceId.random());
    assertThatThrownBy(() -> ResourceId.of("")).hasMessage("ResourceId value is blank");
  }
}
