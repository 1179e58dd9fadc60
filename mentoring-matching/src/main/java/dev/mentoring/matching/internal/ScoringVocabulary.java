package dev.mentoring.matching.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Interns strings to dense {@code int} ids, in order of first appearance. Raw values (as people
 * typed them) are normalised with {@link ScoringText#normalize} and cached, since the same few
 * spellings recur across thousands of profiles. Not thread-safe while interning; read-only use
 * afterwards is safe once published.
 */
final class ScoringVocabulary {
  private final Map<String, Integer> ids = new HashMap<>();
  private final List<String> names = new ArrayList<>();
  private final List<String> display = new ArrayList<>();
  private final Map<String, Integer> rawIds = new HashMap<>();
  private final Map<String, Integer> rawFinds = new HashMap<>();

  /** Returns the id of a normalised name, adding it if new. */
  int intern(String name) {
    return intern(name, name);
  }

  private int intern(String name, String shown) {
    Integer id = ids.get(name);
    if (id != null) {
      return id;
    }
    int next = names.size();
    ids.put(name, next);
    names.add(name);
    display.add(shown);
    return next;
  }

  /** Returns the id of a raw value once normalised, adding it if new; -1 if blank. */
  int internRaw(String raw) {
    Integer cached = rawIds.get(raw);
    if (cached != null) {
      return cached;
    }
    String key = ScoringText.normalize(raw);
    int id = key.isEmpty() ? -1 : intern(key, raw.strip());
    rawIds.put(raw, id);
    return id;
  }

  /** Returns the id of a raw value once normalised, or -1 if absent or blank; adds nothing. */
  int findRaw(String raw) {
    Integer cached = rawIds.get(raw);
    if (cached != null) {
      return cached;
    }
    cached = rawFinds.get(raw);
    if (cached != null) {
      return cached;
    }
    String key = ScoringText.normalize(raw);
    int id = key.isEmpty() ? -1 : find(key);
    rawFinds.put(raw, id);
    return id;
  }

  /** Returns the id of a normalised name, or -1 if absent. */
  int find(String name) {
    Integer id = ids.get(name);
    return id == null ? -1 : id;
  }

  /** The normalised name of an id. */
  String name(int id) {
    return names.get(id);
  }

  /** The first raw spelling of an id, trimmed, for explanations. */
  String display(int id) {
    return display.get(id);
  }

  int size() {
    return names.size();
  }
}
