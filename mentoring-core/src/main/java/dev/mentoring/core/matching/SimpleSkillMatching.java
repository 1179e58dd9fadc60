package dev.mentoring.core.matching;

import dev.mentoring.core.ParticipantId;
import dev.mentoring.core.enrollment.Enrollment;
import dev.mentoring.core.enrollment.Skill;
import dev.mentoring.core.pairing.Contribution;
import dev.mentoring.core.pairing.Explanation;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apiguardian.api.API;

/**
 * The engine's default strategy: a greedy pass that gives each mentee, in participant-id order, the
 * allowed mentor with places left who offers the most of the skills the mentee seeks.
 *
 * <p>A mentor scores 100 points per sought skill they offer (names compared case-insensitively);
 * ties go to the mentor with more places left, then to the smaller participant id. Mentees for whom
 * no mentor offers a sought skill are still paired with the first allowed mentor with places left,
 * at score 0. Runs in O(n·m·s) for n mentees, m mentors and s skills per profile.
 *
 * <p>This strategy is neither optimal nor stable; it exists so that the engine works out of the
 * box. The {@code mentoring-matching} module provides exact and stable strategies. Stateless and
 * thread-safe; ignores the seed.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class SimpleSkillMatching implements MatchingStrategy {

  /** The points a mentor earns for each sought skill they offer. */
  public static final int POINTS_PER_SKILL = 100;

  /** Creates the strategy. */
  public SimpleSkillMatching() {}

  @Override
  public String id() {
    return "core.simple-skill";
  }

  @Override
  public MatchingResult match(MatchingProblem problem) {
    List<Enrollment> mentors = problem.mentors();
    int[] left = new int[mentors.size()];
    List<Set<String>> offered = new ArrayList<>(mentors.size());
    for (int j = 0; j < mentors.size(); j++) {
      left[j] = placesOf(problem.mentorPlaces(), mentors.get(j).participantId());
      offered.add(names(mentors.get(j).profile().skillsOffered()));
    }
    List<Proposal> proposals = new ArrayList<>();
    Map<ParticipantId, String> unmatched = new LinkedHashMap<>();
    for (Enrollment mentee : problem.mentees()) {
      ParticipantId menteeId = mentee.participantId();
      List<String> sought =
          mentee.profile().skillsSought().stream()
              .map(s -> s.name().toLowerCase(Locale.ROOT))
              .distinct()
              .toList();
      int places = placesOf(problem.menteePlaces(), menteeId);
      boolean[] taken = new boolean[mentors.size()];
      int matched = 0;
      for (int k = 0; k < places; k++) {
        int best = -1;
        int bestOverlap = -1;
        for (int j = 0; j < mentors.size(); j++) {
          if (left[j] == 0
              || taken[j]
              || !problem.allows(mentors.get(j).participantId(), menteeId)) {
            continue;
          }
          int overlap = overlap(sought, offered.get(j));
          // Mentors are ordered by id, so keeping the first of equals prefers the smaller id.
          if (best < 0
              || overlap > bestOverlap
              || (overlap == bestOverlap && left[j] > left[best])) {
            best = j;
            bestOverlap = overlap;
          }
        }
        if (best < 0) {
          break;
        }
        left[best]--;
        taken[best] = true;
        matched++;
        proposals.add(
            new Proposal(
                mentors.get(best).participantId(), menteeId, explain(sought, offered.get(best))));
      }
      if (matched == 0) {
        unmatched.put(menteeId, "no allowed mentor with places left");
      }
    }
    return new MatchingResult(proposals, unmatched, Map.of("proposals", (double) proposals.size()));
  }

  private static int placesOf(Map<ParticipantId, Integer> places, ParticipantId id) {
    Integer n = places.get(id);
    return n == null ? 0 : n;
  }

  private static Set<String> names(List<Skill> skills) {
    return skills.stream()
        .map(s -> s.name().toLowerCase(Locale.ROOT))
        .collect(Collectors.toUnmodifiableSet());
  }

  private static int overlap(List<String> sought, Set<String> offered) {
    int n = 0;
    for (String s : sought) {
      if (offered.contains(s)) {
        n++;
      }
    }
    return n;
  }

  private Explanation explain(List<String> sought, Set<String> offered) {
    List<String> shared = sought.stream().filter(offered::contains).toList();
    if (shared.isEmpty()) {
      return new Explanation(
          List.of(new Contribution("skills", 0, "offers none of the sought skills")),
          "paired by " + id() + " for lack of a better mentor");
    }
    return new Explanation(
        List.of(
            new Contribution(
                "skills",
                POINTS_PER_SKILL * shared.size(),
                "offers sought skills " + String.join(", ", shared))),
        "paired by " + id());
  }
}
