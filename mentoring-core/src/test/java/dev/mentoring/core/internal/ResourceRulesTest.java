package dev.mentoring.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.mentoring.core.program.EnrollmentRole;
import dev.mentoring.core.program.ProgramId;
import dev.mentoring.core.program.ProgramStatus;
import dev.mentoring.core.resource.Resource;
import dev.mentoring.core.resource.ResourceAudience;
import dev.mentoring.core.resource.ResourceDraft;
import dev.mentoring.core.resource.ResourceId;
import dev.mentoring.core.resource.ResourceSuggestion;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

class ResourceRulesTest {
  private static <T> T pick(Random random, T[] values) {
    return List.of(values).get(random.nextInt(values.length));
  }

  private static final long SEED = 0x5_2026L;
  private static final URI LINK = URI.create("https://example.org");

  private static Resource resource(String id, String title, String... tags) {
    return Resource.create(
        ResourceId.of(id),
        ProgramId.of("p"),
        ResourceDraft.builder(title, LINK).tags(tags).build(),
        Instant.EPOCH);
  }

  // ---------------------------------------------------------------------------------- examples

  @Test
  void isWebLink_absoluteHttpOrHttpsWithHost() {
    assertThat(ResourceRules.isWebLink(URI.create("https://example.org/x?y#z"))).isTrue();
    assertThat(ResourceRules.isWebLink(URI.create("HTTP://example.org"))).isTrue();
    assertThat(ResourceRules.isWebLink(URI.create("ftp://example.org"))).isFalse();
    assertThat(ResourceRules.isWebLink(URI.create("example.org"))).isFalse();
    assertThat(ResourceRules.isWebLink(URI.create("https:opaque"))).isFalse();
    assertThat(ResourceRules.isWebLink(URI.create("https:///nohost"))).isFalse();
  }

  @Test
  void terms_wholeTopicsAndTheirWordsOfThreeOrMoreCharacters() {
    assertThat(ResourceRules.terms(List.of("  Get better at  Public Speaking ", "AI", "C++", " ")))
        .containsExactlyInAnyOrder(
            "get better at public speaking", "get", "better", "public", "speaking", "ai", "c++");
    assertThat(ResourceRules.terms(List.of("k8s / Kubernetes-2024")))
        .containsExactlyInAnyOrder("k8s / kubernetes-2024", "k8s", "kubernetes", "2024");
  }

  @Test
  void matchedTags_wholeTermOrAllWordsOfTheTag() {
    Resource r =
        resource("r", "R", "ai", "public speaking", "speaking", "c++", "machine learning", "at");
    Set<String> goal = ResourceRules.terms(List.of("Get better at public speaking"));
    Set<String> profile = ResourceRules.terms(List.of("AI", "C++", "Machine shop"));

    assertThat(ResourceRules.matchedTags(r, goal)).containsExactly("public speaking", "speaking");
    assertThat(ResourceRules.matchedTags(r, profile)).containsExactly("ai", "c++");
    assertThat(ResourceRules.matchedTags(r, Set.of())).isEmpty();
  }

  @Test
  void suggest_ranksByMatchesThenTitleIgnoringCaseThenTitleThenId() {
    Resource two = resource("z", "Zed", "java", "testing");
    Resource lowerB = resource("b", "beta", "java");
    Resource upperB2 = resource("c", "Beta", "java");
    Resource upperB1 = resource("a", "Beta", "java");
    Resource alpha = resource("d", "alpha", "java");

    List<ResourceSuggestion> s =
        ResourceRules.suggest(
            List.of(lowerB, upperB2, two, alpha, upperB1), r -> true, List.of("Java testing"), 10);

    assertThat(s)
        .extracting(ResourceSuggestion::resource)
        .containsExactly(two, alpha, upperB1, upperB2, lowerB);
  }

  // -------------------------------------------------------------------------------- properties

  private static final List<String> VOCABULARY =
      List.of("java", "ai", "public speaking", "speaking", "leadership", "career growth", "go");
  private static final List<String> TITLES = List.of("Guide", "guide", "Basics", "Advanced", "Zen");

  record Case(
      List<Resource> resources,
      List<String> topics,
      EnrollmentRole role,
      boolean admin,
      ProgramStatus phase,
      int limit,
      long seed) {}

  private static Case randomCase(long seed) {
    Random random = new Random(seed);
    List<Resource> resources = new ArrayList<>();
    int n = random.nextInt(12);
    for (int i = 0; i < n; i++) {
      Set<String> tags = new HashSet<>();
      int t = random.nextInt(4);
      for (int j = 0; j < t; j++) {
        tags.add(VOCABULARY.get(random.nextInt(VOCABULARY.size())));
      }
      Set<ProgramStatus> phases = EnumSet.noneOf(ProgramStatus.class);
      for (ProgramStatus p : ProgramStatus.values()) {
        if (random.nextInt(4) == 0) {
          phases.add(p);
        }
      }
      resources.add(
          Resource.create(
              ResourceId.of("r" + random.nextInt(1_000)),
              ProgramId.of("p"),
              new ResourceDraft(
                  TITLES.get(random.nextInt(TITLES.size())),
                  LINK,
                  "",
                  tags,
                  pick(random, ResourceAudience.values()),
                  phases),
              Instant.EPOCH));
    }
    List<String> topics = new ArrayList<>();
    int k = random.nextInt(4);
    for (int i = 0; i < k; i++) {
      String word = VOCABULARY.get(random.nextInt(VOCABULARY.size()));
      topics.add(random.nextBoolean() ? word.toUpperCase(Locale.ROOT) : "I want " + word + " now");
    }
    return new Case(
        resources,
        topics,
        pick(random, EnrollmentRole.values()),
        random.nextInt(4) == 0,
        pick(random, ProgramStatus.values()),
        1 + random.nextInt(6),
        seed);
  }

  /** The oracle's notion of a match, written independently of the implementation. */
  private static Set<String> oracleMatches(Resource r, List<String> topics) {
    Set<String> matched = new HashSet<>();
    for (String tag : r.tags()) {
      for (String topic : topics) {
        String t = topic.toLowerCase(Locale.ROOT).trim();
        List<String> topicWords = new ArrayList<>();
        for (String w : t.split("[^a-z0-9]+", -1)) {
          if (w.length() >= 3) {
            topicWords.add(w);
          }
        }
        List<String> tagWords = new ArrayList<>();
        for (String w : tag.split("[^a-z0-9]+", -1)) {
          if (w.length() >= 3) {
            tagWords.add(w);
          }
        }
        boolean allWords = !tagWords.isEmpty();
        for (String w : tagWords) {
          // A tag word matches a word of any topic, not necessarily the same topic.
          boolean found = false;
          for (String other : topics) {
            for (String ow : other.toLowerCase(Locale.ROOT).trim().split("[^a-z0-9]+", -1)) {
              found |= ow.length() >= 3 && ow.equals(w);
            }
          }
          allWords &= found;
        }
        if (t.equals(tag) || topicWords.contains(tag) || allWords) {
          matched.add(tag);
        }
      }
    }
    return matched;
  }

  @Test
  void suggest_deterministicFilteredAndRanked() {
    qt().withFixedSeed(SEED)
        .withExamples(1_000)
        .forAll(longs().all())
        .checkAssert(
            seed -> {
              Case c = randomCase(seed);
              Predicate<Resource> eligible =
                  r -> (c.admin() || r.isFor(c.role())) && r.isSuggestedIn(c.phase());
              List<ResourceSuggestion> result =
                  ResourceRules.suggest(c.resources(), eligible, c.topics(), c.limit());

              List<Resource> shuffled = new ArrayList<>(c.resources());
              Collections.shuffle(shuffled, new Random(seed));
              assertThat(ResourceRules.suggest(shuffled, eligible, c.topics(), c.limit()))
                  .as("independent of input order")
                  .isEqualTo(result);

              List<Resource> candidates = new ArrayList<>();
              for (Resource r : c.resources()) {
                if (eligible.test(r) && !oracleMatches(r, c.topics()).isEmpty()) {
                  candidates.add(r);
                }
              }
              assertThat(result).hasSize(Math.min(c.limit(), candidates.size()));
              for (ResourceSuggestion s : result) {
                assertThat(eligible.test(s.resource())).as("audience and phase").isTrue();
                assertThat(s.matchedTags()).isEqualTo(oracleMatches(s.resource(), c.topics()));
              }
              for (int i = 1; i < result.size(); i++) {
                ResourceSuggestion a = result.get(i - 1);
                ResourceSuggestion b = result.get(i);
                assertThat(a.matchedTags().size()).isGreaterThanOrEqualTo(b.matchedTags().size());
                if (a.matchedTags().size() == b.matchedTags().size()) {
                  int byTitle =
                      String.CASE_INSENSITIVE_ORDER.compare(
                          a.resource().title(), b.resource().title());
                  assertThat(byTitle).isLessThanOrEqualTo(0);
                }
              }
              if (!result.isEmpty()) {
                int weakest = result.get(result.size() - 1).matchedTags().size();
                for (Resource r : candidates) {
                  boolean included = result.stream().anyMatch(s -> s.resource().equals(r));
                  if (!included) {
                    assertThat(oracleMatches(r, c.topics()).size())
                        .as("a left-out candidate ranks no higher")
                        .isLessThanOrEqualTo(weakest);
                  }
                }
              }
            });
  }
}
