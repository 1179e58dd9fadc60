package dev.mentoring.matching.scoring;

import static java.util.Objects.requireNonNull;

import dev.mentoring.core.matching.CandidatePair;
import dev.mentoring.matching.internal.CriteriaCapacityConstraint;
import dev.mentoring.matching.internal.CriteriaLanguageConstraint;
import dev.mentoring.matching.internal.CriteriaNoRepeatConstraint;
import dev.mentoring.matching.internal.CriteriaProblemConstraint;
import dev.mentoring.matching.internal.CriteriaRelationConstraint;
import dev.mentoring.matching.internal.CriteriaTimeZoneConstraint;
import java.util.Collection;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * The built-in {@link HardConstraint hard constraints}. Missing data never excludes a pair: a side
 * that states no language or no time zone passes the language and time-zone constraints.
 *
 * <p>Besides the constraints a model is built with, every model applies {@value #PROBLEM_EXCLUDED}
 * first: the pairs in {@link dev.mentoring.core.matching.MatchingProblem#excluded()} and anyone
 * paired with themselves (PEER programs) are never candidates.
 *
 * <p>Every constraint returned here is immutable and thread-safe.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class HardConstraints {

  /** The id of the constraint every model applies: the problem's own exclusions. */
  public static final String PROBLEM_EXCLUDED = CriteriaProblemConstraint.ID;

  /** The id of {@link #managerChain()}. */
  public static final String MANAGER_CHAIN = CriteriaRelationConstraint.MANAGER_CHAIN;

  /** The id of {@link #requiredCommonLanguage()} and {@link #requiredLanguage(String)}. */
  public static final String REQUIRED_LANGUAGE = CriteriaLanguageConstraint.ID;

  /** The id of {@link #maxTimeZoneDifference(int)}. */
  public static final String MAX_TIME_ZONE_DIFFERENCE = CriteriaTimeZoneConstraint.ID;

  /** The id of {@link #explicitExclusions()}. */
  public static final String EXCLUSIONS = CriteriaRelationConstraint.EXCLUSIONS;

  /** The id of {@link #noRepeatPairing()}. */
  public static final String NO_REPEAT = CriteriaNoRepeatConstraint.ID;

  /** The id of {@link #mentorCapacity()}. */
  public static final String MENTOR_CAPACITY = CriteriaCapacityConstraint.ID;

  private HardConstraints() {}

  /**
   * Excludes a pair when either side is in the other's {@link
   * dev.mentoring.core.enrollment.Profile#managerChain() manager chain}.
   *
   * @return the constraint {@value #MANAGER_CHAIN}
   */
  public static HardConstraint managerChain() {
    return CriteriaRelationConstraint.managerChain();
  }

  /**
   * Excludes a pair whose sides both state languages but share none.
   *
   * @return the constraint {@value #REQUIRED_LANGUAGE}
   */
  public static HardConstraint requiredCommonLanguage() {
    return new CriteriaLanguageConstraint(null);
  }

  /**
   * Excludes a pair unless both sides speak a language, compared by primary subtag ({@code pt-BR}
   * speaks {@code pt}). A side that states no language is assumed to speak it.
   *
   * @param language a BCP 47 tag, such as {@code de}
   * @return the constraint {@value #REQUIRED_LANGUAGE}
   * @throws NullPointerException if {@code language} is null
   * @throws IllegalArgumentException if {@code language} is blank
   */
  public static HardConstraint requiredLanguage(String language) {
    return new CriteriaLanguageConstraint(requireNonNull(language, "language"));
  }

  /**
   * Excludes a pair whose UTC offsets at the {@link ScoringContext#referenceInstant() reference
   * instant} differ by more than {@code hours} on the 24-hour clock (UTC+13 and UTC-10 are one hour
   * apart).
   *
   * @param hours the largest difference allowed, 0 to 12
   * @return the constraint {@value #MAX_TIME_ZONE_DIFFERENCE}
   * @throws IllegalArgumentException if {@code hours} is outside 0..12
   */
  public static HardConstraint maxTimeZoneDifference(int hours) {
    return new CriteriaTimeZoneConstraint(hours);
  }

  /**
   * Excludes a pair when either side lists the other in its profile's {@link
   * dev.mentoring.core.enrollment.Profile#exclusions() exclusions}.
   *
   * @return the constraint {@value #EXCLUSIONS}
   */
  public static HardConstraint explicitExclusions() {
    return CriteriaRelationConstraint.exclusions();
  }

  /**
   * Excludes a mentor and mentee already paired in the problem's {@link
   * dev.mentoring.core.matching.MatchingProblem#existingPairs() existing pairs}.
   *
   * @return the constraint {@value #NO_REPEAT}
   */
  public static HardConstraint noRepeatPairing() {
    return new CriteriaNoRepeatConstraint(Set.of());
  }

  /**
   * Excludes a mentor and mentee already paired in the problem's existing pairs or in {@code
   * pastPairs}, such as the pairs of earlier cohorts.
   *
   * @param pastPairs earlier pairs, copied
   * @return the constraint {@value #NO_REPEAT}
   * @throws NullPointerException if {@code pastPairs} or an element is null
   */
  public static HardConstraint noRepeatPairing(Collection<CandidatePair> pastPairs) {
    return new CriteriaNoRepeatConstraint(Set.copyOf(pastPairs));
  }

  /**
   * Excludes every pair of a mentor without capacity: an enrollment capacity of 0, or no places
   * left in the problem.
   *
   * @return the constraint {@value #MENTOR_CAPACITY}
   */
  public static HardConstraint mentorCapacity() {
    return new CriteriaCapacityConstraint();
  }
}
