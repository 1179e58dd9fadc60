package dev.mentoring.matching.scoring;

import static java.util.Objects.requireNonNull;

import dev.mentoring.core.ParticipantId;
import dev.mentoring.core.enrollment.Enrollment;
import dev.mentoring.core.enrollment.Profile;
import dev.mentoring.core.matching.MatchingProblem;
import dev.mentoring.core.program.Program;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * What criteria and constraints see while they {@link Criterion#prepare prepare}: the mentees and
 * mentors of a {@link MatchingProblem}, numbered in the problem's order (mentee {@code i} is {@code
 * problem.mentees().get(i)}, mentor {@code j} is {@code problem.mentors().get(j)}), their places,
 * the program, and the instant at which time-zone offsets are taken.
 *
 * <p>A context also caches features that several criteria or constraints share (for example the
 * interned languages that both a criterion and a constraint use), see {@link #shared}.
 *
 * <p>Thread-safe. Obtain one from {@link #of(MatchingProblem)} to unit-test a custom criterion;
 * {@link CompatibilityModel} creates its own.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class ScoringContext {
  private final MatchingProblem problem;
  private final Instant referenceInstant;
  private final Map<ParticipantId, Integer> menteeIndex;
  private final Map<ParticipantId, Integer> mentorIndex;
  private final int[] menteePlaces;
  private final int[] mentorPlaces;
  private final Map<String, Object> shared = new HashMap<>();

  private ScoringContext(MatchingProblem problem, Instant referenceInstant) {
    this.problem = problem;
    this.referenceInstant = referenceInstant;
    this.menteeIndex = index(problem.mentees());
    this.mentorIndex = index(problem.mentors());
    this.menteePlaces = places(problem.mentees(), problem.menteePlaces());
    this.mentorPlaces = places(problem.mentors(), problem.mentorPlaces());
  }

  private static Map<ParticipantId, Integer> index(List<Enrollment> side) {
    Map<ParticipantId, Integer> map = new HashMap<>(side.size() * 2);
    for (int i = 0; i < side.size(); i++) {
      map.put(side.get(i).participantId(), i);
    }
    return map;
  }

  private static int[] places(List<Enrollment> side, Map<ParticipantId, Integer> places) {
    int[] out = new int[side.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = places.getOrDefault(side.get(i).participantId(), 0);
    }
    return out;
  }

  /**
   * Returns a context for a problem, with time-zone offsets taken at {@link
   * #defaultReferenceInstant(MatchingProblem)}.
   *
   * @param problem the problem
   * @return the context
   * @throws NullPointerException if {@code problem} is null
   */
  public static ScoringContext of(MatchingProblem problem) {
    return new ScoringContext(requireNonNull(problem, "problem"), defaultReferenceInstant(problem));
  }

  /**
   * Returns a context for a problem with time-zone offsets taken at a given instant.
   *
   * @param problem the problem
   * @param referenceInstant the instant at which time-zone offsets (and so daylight saving time)
   *     are evaluated
   * @return the context
   * @throws NullPointerException if an argument is null
   */
  public static ScoringContext of(MatchingProblem problem, Instant referenceInstant) {
    return new ScoringContext(
        requireNonNull(problem, "problem"), requireNonNull(referenceInstant, "referenceInstant"));
  }

  /**
   * Returns the instant at which time-zone offsets are taken unless told otherwise: noon UTC on the
   * program's start date if it has one, else the program's creation instant. Both come from the
   * problem, so equal problems are scored alike; nothing reads the system clock.
   *
   * @param problem the problem
   * @return the instant
   */
  public static Instant defaultReferenceInstant(MatchingProblem problem) {
    Program program = problem.program();
    LocalDate start = program.spec().schedule().start();
    return start != null
        ? start.atTime(LocalTime.NOON).toInstant(ZoneOffset.UTC)
        : program.createdAt();
  }

  /**
   * Returns the problem.
   *
   * @return the problem being scored
   */
  public MatchingProblem problem() {
    return problem;
  }

  /**
   * Returns the program.
   *
   * @return {@code problem().program()}
   */
  public Program program() {
    return problem.program();
  }

  /**
   * Returns the instant at which time-zone offsets are taken.
   *
   * @return the reference instant
   */
  public Instant referenceInstant() {
    return referenceInstant;
  }

  /**
   * Returns the number of mentees.
   *
   * @return the count
   */
  public int menteeCount() {
    return menteePlaces.length;
  }

  /**
   * Returns the number of mentors.
   *
   * @return the count
   */
  public int mentorCount() {
    return mentorPlaces.length;
  }

  /**
   * Returns a mentee's enrollment.
   *
   * @param mentee the mentee index
   * @return the enrollment
   * @throws IndexOutOfBoundsException if the index is out of range
   */
  public Enrollment mentee(int mentee) {
    return problem.mentees().get(mentee);
  }

  /**
   * Returns a mentor's enrollment.
   *
   * @param mentor the mentor index
   * @return the enrollment
   * @throws IndexOutOfBoundsException if the index is out of range
   */
  public Enrollment mentor(int mentor) {
    return problem.mentors().get(mentor);
  }

  /**
   * Returns a mentee's profile.
   *
   * @param mentee the mentee index
   * @return the profile
   * @throws IndexOutOfBoundsException if the index is out of range
   */
  public Profile menteeProfile(int mentee) {
    return mentee(mentee).profile();
  }

  /**
   * Returns a mentor's profile.
   *
   * @param mentor the mentor index
   * @return the profile
   * @throws IndexOutOfBoundsException if the index is out of range
   */
  public Profile mentorProfile(int mentor) {
    return mentor(mentor).profile();
  }

  /**
   * Returns a mentee's participant id.
   *
   * @param mentee the mentee index
   * @return the id
   * @throws IndexOutOfBoundsException if the index is out of range
   */
  public ParticipantId menteeId(int mentee) {
    return mentee(mentee).participantId();
  }

  /**
   * Returns a mentor's participant id.
   *
   * @param mentor the mentor index
   * @return the id
   * @throws IndexOutOfBoundsException if the index is out of range
   */
  public ParticipantId mentorId(int mentor) {
    return mentor(mentor).participantId();
  }

  /**
   * Returns the index of a mentee.
   *
   * @param id the participant
   * @return the mentee index, or -1 if the participant is not a mentee of the problem
   */
  public int menteeIndexOf(ParticipantId id) {
    Integer i = menteeIndex.get(id);
    return i == null ? -1 : i;
  }

  /**
   * Returns the index of a mentor.
   *
   * @param id the participant
   * @return the mentor index, or -1 if the participant is not a mentor of the problem
   */
  public int mentorIndexOf(ParticipantId id) {
    Integer j = mentorIndex.get(id);
    return j == null ? -1 : j;
  }

  /**
   * Returns how many more pairs a mentee may take in this run.
   *
   * @param mentee the mentee index
   * @return the places, from {@link MatchingProblem#menteePlaces()}
   * @throws IndexOutOfBoundsException if the index is out of range
   */
  public int menteePlaces(int mentee) {
    return menteePlaces[mentee];
  }

  /**
   * Returns how many more pairs a mentor may take in this run.
   *
   * @param mentor the mentor index
   * @return the places, from {@link MatchingProblem#mentorPlaces()}
   * @throws IndexOutOfBoundsException if the index is out of range
   */
  public int mentorPlaces(int mentor) {
    return mentorPlaces[mentor];
  }

  /**
   * Returns a feature computed once per context and shared by every criterion and constraint that
   * asks for the same key, computing it on first use. Keys of the built-ins start with {@code
   * dev.mentoring.}; choose keys of your own that cannot clash, such as a class name.
   *
   * @param key the feature's key
   * @param type the feature's type
   * @param compute computes the feature from this context; it may itself ask for other features
   * @param <T> the feature's type
   * @return the feature
   * @throws IllegalStateException if the key already holds a feature of another type
   * @throws NullPointerException if an argument is null or {@code compute} returns null
   */
  public synchronized <T> T shared(
      String key, Class<T> type, Function<? super ScoringContext, ? extends T> compute) {
    requireNonNull(key, "key");
    requireNonNull(type, "type");
    requireNonNull(compute, "compute");
    @Nullable Object value = shared.get(key);
    if (value == null) {
      // Not computeIfAbsent: a feature may be built from other features, which would modify the
      // map during the computation.
      value = requireNonNull(compute.apply(this), "compute returned null for " + key);
      shared.put(key, value);
    }
    if (!type.isInstance(value)) {
      throw new IllegalStateException(
          "shared feature "
              + key
              + " is a "
              + value.getClass().getName()
              + ", not a "
              + type.getName());
    }
    return type.cast(value);
  }

  @Override
  public String toString() {
    return "ScoringContext["
        + menteeCount()
        + " mentees, "
        + mentorCount()
        + " mentors, program "
        + problem.program().id()
        + ", at "
        + referenceInstant
        + "]";
  }
}
