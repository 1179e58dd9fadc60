package dev.mentoring.core.internal;

import dev.mentoring.core.resource.Resource;
import dev.mentoring.core.resource.ResourceDraft;
import dev.mentoring.core.resource.ResourceSuggestion;
import java.net.URI;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The rules of the knowledge base: which links are accepted, how topics are normalised into terms,
 * which tags match them, and how suggestions are ranked.
 */
public final class ResourceRules {
  /** Words shorter than this are ignored when topics are split into words. */
  static final int MIN_WORD_LENGTH = 3;

  private static final Pattern WHITESPACE = Pattern.compile("\\s+");
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{Nd}]+");

  /** Most matching tags first, then by title (ignoring case, then exactly), then by id. */
  private static final Comparator<ResourceSuggestion> RANK =
      Comparator.comparingInt((ResourceSuggestion s) -> -s.matchedTags().size())
          .thenComparing(s -> s.resource().title(), String.CASE_INSENSITIVE_ORDER)
          .thenComparing(s -> s.resource().title())
          .thenComparing(s -> s.resource().id());

  private ResourceRules() {}

  /**
   * Tells whether a link is an absolute {@code http} or {@code https} URI with a host.
   *
   * @param link the link
   * @return whether it is accepted
   */
  public static boolean isWebLink(URI link) {
    String scheme = link.getScheme();
    String host = link.getHost();
    return scheme != null
        && (scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))
        && host != null;
  }

  static void checkDraft(ResourceDraft draft, InputCheck.Violations v) {
    String link = draft.link().toString();
    if (link.length() > ResourceDraft.MAX_LINK_LENGTH) {
      v.add(
          "link",
          "Size",
          "must be at most " + ResourceDraft.MAX_LINK_LENGTH + " characters",
          link.length());
    } else if (!isWebLink(draft.link())) {
      v.add("link", "WebLink", "must be an absolute http or https URI with a host", link);
    }
  }

  /**
   * Normalises topics into terms: each topic lower-cased with its spaces collapsed, and each of its
   * words (runs of letters and digits) of at least {@value #MIN_WORD_LENGTH} characters. So a
   * profile topic such as {@code "AI"} is a term, and a goal title such as {@code "Speak at
   * conferences"} yields {@code speak} and {@code conferences}.
   */
  static Set<String> terms(Collection<String> topics) {
    Set<String> terms = new HashSet<>();
    for (String topic : topics) {
      String phrase = phrase(topic);
      if (!phrase.isEmpty()) {
        terms.add(phrase);
        terms.addAll(words(phrase));
      }
    }
    return terms;
  }

  private static String phrase(String text) {
    return WHITESPACE.matcher(text.strip().toLowerCase(Locale.ROOT)).replaceAll(" ");
  }

  private static List<String> words(String phrase) {
    List<String> words = new ArrayList<>();
    Matcher m = WORD.matcher(phrase);
    while (m.find()) {
      if (m.end() - m.start() >= MIN_WORD_LENGTH) {
        words.add(m.group());
      }
    }
    return words;
  }

  /**
   * Returns a resource's tags that match some terms: a tag matches if it is a term itself, or if it
   * has words of at least {@value #MIN_WORD_LENGTH} characters and all of them are terms.
   */
  static Set<String> matchedTags(Resource resource, Set<String> terms) {
    Set<String> matched = new TreeSet<>();
    for (String tag : resource.tags()) {
      String phrase = phrase(tag);
      List<String> words = words(phrase);
      if (terms.contains(phrase) || (!words.isEmpty() && terms.containsAll(words))) {
        matched.add(tag);
      }
    }
    return matched;
  }

  /**
   * Ranks the eligible resources that match the topics: most matching tags first, then by title
   * (ignoring case, then exactly), then by id; at most {@code limit}.
   */
  static List<ResourceSuggestion> suggest(
      List<Resource> resources,
      Predicate<Resource> eligible,
      Collection<String> topics,
      int limit) {
    Set<String> terms = terms(topics);
    List<ResourceSuggestion> suggestions = new ArrayList<>();
    for (Resource r : resources) {
      if (eligible.test(r)) {
        Set<String> matched = matchedTags(r, terms);
        if (!matched.isEmpty()) {
          suggestions.add(new ResourceSuggestion(r, matched));
        }
      }
    }
    suggestions.sort(RANK);
    return List.copyOf(suggestions.subList(0, Math.min(limit, suggestions.size())));
  }
}
