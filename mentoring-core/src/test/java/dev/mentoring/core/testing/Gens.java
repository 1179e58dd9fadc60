package dev.mentoring.core.testing;

import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.mentoring.core.program.ApprovalSide;
import dev.mentoring.core.program.MatchingPolicy;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * QuickTheories generators shared by the property tests. Every generator is deterministic for a
 * fixed seed, so a falsified property replays with {@code qt().withFixedSeed(seed)}.
 */
public final class Gens {
  private Gens() {}

  /** Any subset of an enum's constants, including the empty and the full set. */
  public static <E extends Enum<E>> Gen<Set<E>> subsetsOf(Class<E> type) {
    E[] all = type.getEnumConstants();
    return integers()
        .between(0, (1 << all.length) - 1)
        .map(
            mask -> {
              Set<E> set = EnumSet.noneOf(type);
              for (int i = 0; i < all.length; i++) {
                if ((mask & (1 << i)) != 0) {
                  set.add(all[i]);
                }
              }
              return Set.copyOf(set);
            });
  }

  /** A subset of the approval sides. */
  public static Gen<Set<ApprovalSide>> approvalSides() {
    return subsetsOf(ApprovalSide.class);
  }

  /**
   * Matching policies around the defaults: any approvals, one or two mentors per mentee, repeat
   * pairs on or off. The mode and expiry keep their defaults (7 days).
   */
  public static Gen<MatchingPolicy> matchingPolicies() {
    return approvalSides()
        .zip(
            integers().between(1, 2),
            booleans().all(),
            (approvals, maxMentors, repeats) ->
                MatchingPolicy.defaults()
                    .withApprovals(approvals)
                    .withMaxMentorsPerMentee(maxMentors)
                    .withRepeatPairs(repeats));
  }

  /** Lists of between {@code min} and {@code max} elements. */
  public static <T> Gen<List<T>> listsOf(Gen<T> element, int min, int max) {
    return lists().of(element).ofSizeBetween(min, max);
  }

  /** One of the constants of an enum, shrinking towards the first. */
  public static <E extends Enum<E>> Gen<E> oneOf(Class<E> type) {
    return Generate.enumValues(type);
  }
}
