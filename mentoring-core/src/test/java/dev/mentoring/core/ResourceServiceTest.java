package dev.mentoring.core;

import static dev.mentoring.core.testing.Fixture.ADMIN;
import static dev.mentoring.core.testing.Fixture.SYSTEM;
import static dev.mentoring.core.testing.Fixture.as;
import static dev.mentoring.core.testing.Fixture.id;
import static dev.mentoring.core.testing.Rejections.invalid;
import static dev.mentoring.core.testing.Rejections.refused;
import static dev.mentoring.core.testing.Rejections.violation;
import static org.assertj.core.api.Assertions.assertThat;

import dev.mentoring.core.enrollment.Profile;
import dev.mentoring.core.event.ResourceAdded;
import dev.mentoring.core.event.ResourceRemoved;
import dev.mentoring.core.event.ResourceRevised;
import dev.mentoring.core.goal.Goal;
import dev.mentoring.core.goal.GoalDraft;
import dev.mentoring.core.goal.GoalVisibility;
import dev.mentoring.core.pairing.Pair;
import dev.mentoring.core.pairing.PairId;
import dev.mentoring.core.program.MatchingPolicy;
import dev.mentoring.core.program.ProgramId;
import dev.mentoring.core.program.ProgramStatus;
import dev.mentoring.core.resource.Resource;
import dev.mentoring.core.resource.ResourceAudience;
import dev.mentoring.core.resource.ResourceDraft;
import dev.mentoring.core.resource.ResourceId;
import dev.mentoring.core.resource.ResourceSuggestion;
import dev.mentoring.core.testing.Fixture;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ResourceServiceTest {
  private static final URI LINK = URI.create("https://example.org/guide");

  private final Fixture f = new Fixture();
  private final ResourceService resources = f.mentoring.resources();

  /** A MATCHING program: mia mentors ned (accepted); ola is an unpaired mentee. */
  private ProgramId pid;

  private Pair pair;

  @BeforeEach
  void cohort() {
    pid = f.matchingProgram(MatchingPolicy.defaults()).id();
    f.mentor(pid, "mia", 2, Profile.builder().offers("Java", 5).topics("Leadership").build());
    f.mentee(
        pid,
        "ned",
        Profile.builder().seeks("Public speaking", 3).seeks("Java", 2).topics("AI").build());
    f.mentee(pid, "ola");
    pair = f.mentoring.pairs().propose(ADMIN, pid, id("mia"), id("ned"));
    f.mentoring.pairs().accept(as("mia"), pair.id());
    pair = f.mentoring.pairs().accept(as("ned"), pair.id());
    tick();
  }

  private Instant tick() {
    f.clock.advance(Duration.ofMinutes(1));
    return f.clock.instant();
  }

  private static ResourceDraft draft(String title, ResourceAudience audience, String... tags) {
    return ResourceDraft.builder(title, URI.create("https://example.org/" + title.length()))
        .tags(tags)
        .audience(audience)
        .build();
  }

  private Resource add(String title, ResourceAudience audience, String... tags) {
    tick();
    return resources.add(ADMIN, pid, draft(title, audience, tags));
  }

  // --------------------------------------------------------------------------------------- add

  @Nested
  class Add {
    @Test
    void add_admin_storesResourceAndPublishesAdded() {
      Instant t = tick();
      f.recorder.clear();
      ResourceDraft draft =
          ResourceDraft.builder("Giving feedback", LINK)
              .description("A short guide")
              .tags("feedback", "communication")
              .audience(ResourceAudience.MENTORS)
              .phases(ProgramStatus.RUNNING)
              .build();

      Resource r = resources.add(ADMIN, pid, draft);

      assertThat(r.version()).isEqualTo(1);
      assertThat(r.programId()).isEqualTo(pid);
      assertThat(r.draft()).isEqualTo(draft);
      assertThat(r.tags()).containsExactly("communication", "feedback");
      assertThat(r.createdAt()).isEqualTo(t);
      assertThat(r.updatedAt()).isEqualTo(t);
      assertThat(resources.get(ADMIN, r.id())).isEqualTo(r);
      assertThat(f.recorder.events()).containsExactly(new ResourceAdded(r.id(), pid, t));
      assertThat(f.recorder.notifications()).isEmpty();
    }

    @Test
    void add_brokenDraft_reportsEveryViolationAtOnce() {
      ResourceDraft draft =
          ResourceDraft.builder("", URI.create("ftp://example.org/file"))
              .description("d".repeat(2_001))
              .tags("Java", " padded", "x".repeat(41))
              .build();

      invalid(
          f,
          () -> resources.add(ADMIN, pid, draft),
          violation("description", "Size"),
          violation("link", "WebLink"),
          violation("tags[].<iterable element>", "Pattern"),
          violation("tags[].<iterable element>", "Pattern"),
          violation("tags[].<iterable element>", "Size"),
          violation("title", "NotBlank"));
    }

    @Test
    void add_tooManyTagsOrLongOrRelativeLink_invalid() {
      String[] tags = IntStream.range(0, 21).mapToObj(i -> "t" + i).toArray(String[]::new);
      ResourceDraft crowded = ResourceDraft.builder("Crowded", LINK).tags(tags).build();
      ResourceDraft longLink =
          ResourceDraft.builder("Long", URI.create("https://example.org/" + "a".repeat(2_000)))
              .build();

      invalid(f, () -> resources.add(ADMIN, pid, crowded), violation("tags", "Size"));
      invalid(f, () -> resources.add(ADMIN, pid, longLink), violation("link", "Size"));
      for (String link : List.of("/relative", "https:opaque", "mailto:me@example.org")) {
        invalid(
            f,
            () -> resources.add(ADMIN, pid, ResourceDraft.builder("Bad", URI.create(link)).build()),
            violation("link", "WebLink"));
      }
    }

    @Test
    void add_refusals_accessDeniedNotFoundArchivedNull() {
      ResourceDraft d = draft("Guide", ResourceAudience.ALL, "java");

      AccessDeniedException denied =
          refused(f, AccessDeniedException.class, () -> resources.add(as("mia"), pid, d));
      refused(f, NotFoundException.class, () -> resources.add(ADMIN, ProgramId.of("nope"), d));
      refused(f, NullPointerException.class, () -> resources.add(ADMIN, pid, null));
      f.mentoring.programs().close(ADMIN, pid);
      f.mentoring.programs().archive(ADMIN, pid);
      invalid(f, () -> resources.add(ADMIN, pid, d), violation("programId", "NotArchived"));

      assertThat(denied.action()).isEqualTo("add a resource in program " + pid);
    }
  }

  // --------------------------------------------------------------------------- revise and remove

  @Nested
  class ReviseAndRemove {
    @Test
    void revise_admin_replacesDraftAndPublishesRevised() {
      Resource r = add("Guide", ResourceAudience.ALL, "java");
      Instant t = tick();
      f.recorder.clear();
      ResourceDraft changed = r.draft().toBuilder().title("Better guide").tags("kotlin").build();

      Resource revised = resources.revise(SYSTEM, r.id(), changed);

      assertThat(revised.draft()).isEqualTo(changed);
      assertThat(revised.tags()).containsExactly("java", "kotlin");
      assertThat(revised.version()).isEqualTo(2);
      assertThat(revised.createdAt()).isEqualTo(r.createdAt());
      assertThat(revised.updatedAt()).isEqualTo(t);
      assertThat(f.recorder.events()).containsExactly(new ResourceRevised(r.id(), pid, t));
    }

    @Test
    void remove_admin_deletesAndPublishesRemoved() {
      Resource r = add("Guide", ResourceAudience.ALL, "java");
      Instant t = tick();
      f.recorder.clear();

      Resource removed = resources.remove(ADMIN, r.id());

      assertThat(removed).isEqualTo(r);
      assertThat(f.recorder.events()).containsExactly(new ResourceRemoved(r.id(), pid, t));
      assertThat(resources.forProgram(ADMIN, pid)).isEmpty();
      refused(f, NotFoundException.class, () -> resources.get(ADMIN, r.id()));
    }

    @Test
    void reviseAndRemove_refusals() {
      Resource r = add("Guide", ResourceAudience.ALL, "java");

      invalid(
          f,
          () -> resources.revise(ADMIN, r.id(), draft("", ResourceAudience.ALL)),
          violation("title", "NotBlank"));
      refused(f, AccessDeniedException.class, () -> resources.revise(as("ned"), r.id(), r.draft()));
      refused(f, AccessDeniedException.class, () -> resources.remove(as("ned"), r.id()));
      NotFoundException missing =
          refused(f, NotFoundException.class, () -> resources.remove(ADMIN, ResourceId.of("x")));
      refused(
          f, NotFoundException.class, () -> resources.revise(ADMIN, ResourceId.of("x"), r.draft()));
      refused(f, NullPointerException.class, () -> resources.revise(ADMIN, r.id(), null));
      refused(f, NullPointerException.class, () -> resources.remove(ADMIN, null));
      f.mentoring.programs().close(ADMIN, pid);
      f.mentoring.programs().archive(ADMIN, pid);
      invalid(
          f,
          () -> resources.revise(ADMIN, r.id(), r.draft()),
          violation("programId", "NotArchived"));
      invalid(f, () -> resources.remove(ADMIN, r.id()), violation("programId", "NotArchived"));

      assertThat(missing.kind()).isEqualTo("resource");
    }
  }

  // -------------------------------------------------------------------------------------- read

  @Nested
  class Read {
    @Test
    void forProgram_adminSeesAllParticipantsTheirAudience() {
      Resource all = add("All", ResourceAudience.ALL);
      Resource mentors = add("Mentors", ResourceAudience.MENTORS);
      Resource mentees = add("Mentees", ResourceAudience.MENTEES);

      assertThat(resources.forProgram(ADMIN, pid)).containsExactly(all, mentors, mentees);
      assertThat(resources.forProgram(SYSTEM, pid)).containsExactly(all, mentors, mentees);
      assertThat(resources.forProgram(as("mia"), pid)).containsExactly(all, mentors);
      assertThat(resources.forProgram(as("ned"), pid)).containsExactly(all, mentees);
      assertThat(resources.get(as("mia"), mentors.id())).isEqualTo(mentors);
      assertThat(resources.get(as("ned"), all.id())).isEqualTo(all);
    }

    @Test
    void get_participantOutsideAudienceOrProgram_accessDenied() {
      Resource mentors = add("Mentors", ResourceAudience.MENTORS);
      f.mentoring
          .enrollments()
          .withdraw(
              SYSTEM,
              f.mentoring.enrollments().list(SYSTEM, pid).stream()
                  .filter(e -> e.participantId().equals(id("ola")))
                  .findFirst()
                  .orElseThrow()
                  .id());

      AccessDeniedException mentee =
          refused(f, AccessDeniedException.class, () -> resources.get(as("ned"), mentors.id()));
      AccessDeniedException stranger =
          refused(f, AccessDeniedException.class, () -> resources.get(as("zed"), mentors.id()));
      AccessDeniedException withdrawn =
          refused(f, AccessDeniedException.class, () -> resources.forProgram(as("ola"), pid));
      refused(f, NotFoundException.class, () -> resources.forProgram(ADMIN, ProgramId.of("x")));
      refused(f, NotFoundException.class, () -> resources.get(ADMIN, ResourceId.of("x")));
      refused(f, NullPointerException.class, () -> resources.get(ADMIN, null));
      refused(f, NullPointerException.class, () -> resources.forProgram(ADMIN, null));

      assertThat(mentee.action())
          .isEqualTo("read resource " + mentors.id() + ": it is for MENTORS");
      assertThat(stranger.action()).contains("no approved enrollment in program " + pid);
      assertThat(withdrawn.action()).startsWith("list the resources of program " + pid);
    }
  }

  // ------------------------------------------------------------------------------- suggestions

  @Nested
  class Suggest {
    @Test
    void suggest_goalWords_rankedByMatchesThenTitleThenId() {
      Resource speakingAndSlides =
          add("Slides that work", ResourceAudience.ALL, "public speaking", "slides");
      Resource speaking = add("Speak up", ResourceAudience.ALL, "speaking");
      Resource alsoSpeaking = add("speak better", ResourceAudience.ALL, "speaking");
      add("Unrelated", ResourceAudience.ALL, "finance");
      add("Short words only", ResourceAudience.ALL, "at", "my");

      List<ResourceSuggestion> s =
          resources.suggest(
              as("ned"), pid, Set.of("Get better at public speaking", "with slides"), 10);

      assertThat(s)
          .extracting(ResourceSuggestion::resource)
          .containsExactly(speakingAndSlides, alsoSpeaking, speaking);
      assertThat(s.get(0).matchedTags()).containsExactly("public speaking", "slides");
      assertThat(s.get(1).matchedTags()).containsExactly("speaking");
    }

    @Test
    void suggest_audienceAndPhaseFilteredAndLimited() {
      Resource forAll = add("A", ResourceAudience.ALL, "java");
      Resource forMentors = add("B", ResourceAudience.MENTORS, "java");
      Resource forMentees = add("C", ResourceAudience.MENTEES, "java");
      Resource later =
          resources.add(
              ADMIN,
              pid,
              draft("D", ResourceAudience.ALL, "java").toBuilder()
                  .phases(ProgramStatus.RUNNING)
                  .build());
      Set<String> java = Set.of("Java");

      assertThat(resources.suggest(as("mia"), pid, java, 10))
          .extracting(ResourceSuggestion::resource)
          .containsExactly(forAll, forMentors);
      assertThat(resources.suggest(as("ned"), pid, java, 10))
          .extracting(ResourceSuggestion::resource)
          .containsExactly(forAll, forMentees);
      assertThat(resources.suggest(ADMIN, pid, java, 10))
          .extracting(ResourceSuggestion::resource)
          .containsExactly(forAll, forMentors, forMentees);
      assertThat(resources.suggest(ADMIN, pid, java, 2))
          .extracting(ResourceSuggestion::resource)
          .containsExactly(forAll, forMentors);
      f.mentoring.programs().launch(ADMIN, pid);
      assertThat(resources.suggest(SYSTEM, pid, java, 10))
          .extracting(ResourceSuggestion::resource)
          .containsExactly(forAll, forMentors, forMentees, later);
      assertThat(resources.suggest(SYSTEM, pid, Set.of(), 10)).isEmpty();
    }

    @Test
    void suggestForPair_usesMenteeTopicsAndViewersSide() {
      Resource ai = add("AI primer", ResourceAudience.MENTEES, "ai");
      Resource java = add("Java for mentors", ResourceAudience.MENTORS, "java");
      Resource speaking = add("Talks", ResourceAudience.ALL, "public speaking");
      add("Leadership", ResourceAudience.ALL, "leadership");

      assertThat(resources.suggestForPair(as("ned"), pair.id(), 10))
          .extracting(ResourceSuggestion::resource)
          .containsExactly(ai, speaking);
      assertThat(resources.suggestForPair(as("mia"), pair.id(), 10))
          .extracting(ResourceSuggestion::resource)
          .containsExactly(java, speaking);
      assertThat(resources.suggestForPair(ADMIN, pair.id(), 10))
          .extracting(ResourceSuggestion::resource)
          .containsExactly(ai, java, speaking);
    }

    @Test
    void suggestForGoal_usesTheGoalsWordsAndItsVisibility() {
      Resource speaking = add("Talks", ResourceAudience.ALL, "public speaking");
      Resource stage = add("Stage fright", ResourceAudience.MENTEES, "conference");
      add("Java for mentors", ResourceAudience.MENTORS, "java");
      Goal goal =
          f.mentoring
              .goals()
              .create(
                  as("ned"),
                  pair.id(),
                  GoalDraft.builder(
                          "Public speaking at a conference",
                          "one talk given",
                          LocalDate.ofInstant(f.clock.instant(), ZoneOffset.UTC).plusMonths(3))
                      .build());

      assertThat(resources.suggestForGoal(as("ned"), goal.id(), 10))
          .extracting(ResourceSuggestion::resource)
          .containsExactlyInAnyOrder(speaking, stage);
      assertThat(resources.suggestForGoal(as("mia"), goal.id(), 10))
          .extracting(ResourceSuggestion::resource)
          .containsExactly(speaking);
      AccessDeniedException pairOnly =
          refused(
              f, AccessDeniedException.class, () -> resources.suggestForGoal(ADMIN, goal.id(), 10));
      assertThat(pairOnly).hasMessageContaining(goal.id().toString());
      invalid(
          f, () -> resources.suggestForGoal(as("ned"), goal.id(), 0), violation("limit", "Range"));

      f.mentoring.goals().share(as("ned"), goal.id(), GoalVisibility.SHARED_WITH_ADMINS);
      assertThat(resources.suggestForGoal(ADMIN, goal.id(), 10))
          .extracting(ResourceSuggestion::resource)
          .containsExactlyInAnyOrder(speaking, stage);
    }

    @Test
    void suggest_refusals() {
      AccessDeniedException stranger =
          refused(
              f,
              AccessDeniedException.class,
              () -> resources.suggest(as("zed"), pid, Set.of("java"), 5));
      AccessDeniedException outsider =
          refused(
              f,
              AccessDeniedException.class,
              () -> resources.suggestForPair(as("ola"), pair.id(), 5));
      invalid(
          f, () -> resources.suggest(ADMIN, pid, Set.of("java"), 0), violation("limit", "Range"));
      invalid(
          f,
          () -> resources.suggestForPair(ADMIN, pair.id(), ResourceService.MAX_SUGGESTIONS + 1),
          violation("limit", "Range"));
      refused(f, NotFoundException.class, () -> resources.suggestForPair(ADMIN, PairId.of("x"), 5));
      refused(
          f,
          NotFoundException.class,
          () -> resources.suggest(ADMIN, ProgramId.of("x"), Set.of("java"), 5));
      refused(f, NullPointerException.class, () -> resources.suggest(ADMIN, pid, null, 5));
      refused(f, NullPointerException.class, () -> resources.suggestForPair(ADMIN, null, 5));

      assertThat(stranger.action()).startsWith("read resource suggestions:");
      assertThat(outsider.action()).isEqualTo("read resource suggestions for pair " + pair.id());
    }
  }
}
