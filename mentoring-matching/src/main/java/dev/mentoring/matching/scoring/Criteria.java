package dev.mentoring.matching.scoring;

import static java.util.Objects.requireNonNull;

import dev.mentoring.core.enrollment.DepartmentPreference;
import dev.mentoring.matching.internal.CriteriaDepartment;
import dev.mentoring.matching.internal.CriteriaLanguage;
import dev.mentoring.matching.internal.CriteriaLocation;
import dev.mentoring.matching.internal.CriteriaPreferences;
import dev.mentoring.matching.internal.CriteriaSeniority;
import dev.mentoring.matching.internal.CriteriaSkills;
import dev.mentoring.matching.internal.CriteriaTimeZone;
import dev.mentoring.matching.internal.CriteriaTopics;
import java.time.LocalTime;
import org.apiguardian.api.API;

/**
 * The built-in {@link Criterion criteria}. Each states its sub-score exactly; free-text values
 * (skill names, topics, locations, departments) are compared trimmed and case-insensitively, and
 * languages by primary subtag ({@code pt-BR} speaks {@code pt}). A criterion that lacks the data to
 * judge a pair (a side states no language, no time zone, ...) gives the neutral sub-score 0.5, so
 * missing answers neither reward nor punish a pair much.
 *
 * <p>Every criterion returned here is immutable and thread-safe, and prepares in O(n + m) time and
 * memory for n mentees and m mentors (times the size of their profiles).
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class Criteria {

  /** The id of {@link #skillOverlap()}. */
  public static final String SKILLS = CriteriaSkills.ID;

  /** The id of {@link #seniorityGap(int, int)}. */
  public static final String SENIORITY = CriteriaSeniority.ID;

  /** The id of {@link #sharedLanguage()}. */
  public static final String LANGUAGE = CriteriaLanguage.ID;

  /** The id of {@link #timeZoneOverlap()}. */
  public static final String TIME_ZONE = CriteriaTimeZone.ID;

  /** The id of {@link #sameLocation()}. */
  public static final String LOCATION = CriteriaLocation.ID;

  /** The id of {@link #departmentPolicy(DepartmentPreference)}. */
  public static final String DEPARTMENT = CriteriaDepartment.ID;

  /** The id of {@link #topicOverlap()}. */
  public static final String TOPICS = CriteriaTopics.ID;

  /** The id of {@link #statedPreferences()}. */
  public static final String PREFERENCES = CriteriaPreferences.ID;

  private Criteria() {}

  /**
   * Skill overlap of the mentee's sought skills with the mentor's offered skills, weighted by
   * sought level: {@code Σ min(sought, offered) / Σ sought} over the sought skills, where {@code
   * offered} is 0 for a skill the mentor does not offer. A sought skill thus earns full credit when
   * the offered level reaches the sought level and {@code offered / sought} below it. A skill named
   * twice counts once, at its highest level; levels are clamped to 1..5. 0.5 if the mentee seeks
   * nothing.
   *
   * <p>Example: sought Java 3 and SQL 2, offered Java 4 and SQL 1: {@code (3 + 1) / (3 + 2) = 0.8}.
   *
   * @return the criterion {@value #SKILLS}
   */
  public static Criterion skillOverlap() {
    return new CriteriaSkills();
  }

  /**
   * Seniority gap {@code g = mentor's level − mentee's level}: 1 when {@code minGap <= g <=
   * maxGap}, then 0.75, 0.5, 0.25 and 0 at a distance of 1, 2, 3 and 4 or more levels from that
   * range. The same range applies in every program format.
   *
   * @param minGap the smallest gap with full credit, -20 to 20
   * @param maxGap the largest gap with full credit, {@code minGap} to 20
   * @return the criterion {@value #SENIORITY}
   * @throws IllegalArgumentException if the range is empty or outside -20..20
   */
  public static Criterion seniorityGap(int minGap, int maxGap) {
    return new CriteriaSeniority(minGap, maxGap, minGap, maxGap);
  }

  /**
   * Seniority gap as {@link #seniorityGap(int, int)}, with another range in {@link
   * dev.mentoring.core.program.ProgramFormat#REVERSE REVERSE} programs, where juniors mentor
   * seniors: for example {@code seniorityGap(1, 4, -20, -1)} wants a mentor 1 to 4 levels above the
   * mentee, except in REVERSE programs, where the mentor should be junior.
   *
   * @param minGap the smallest gap with full credit, -20 to 20
   * @param maxGap the largest gap with full credit, {@code minGap} to 20
   * @param reverseMinGap the smallest gap with full credit in REVERSE programs
   * @param reverseMaxGap the largest gap with full credit in REVERSE programs
   * @return the criterion {@value #SENIORITY}
   * @throws IllegalArgumentException if a range is empty or outside -20..20
   */
  public static Criterion seniorityGap(
      int minGap, int maxGap, int reverseMinGap, int reverseMaxGap) {
    return new CriteriaSeniority(minGap, maxGap, reverseMinGap, reverseMaxGap);
  }

  /**
   * Shared language: 1 if the sides have a language in common, 0 if not, 0.5 if either states none.
   *
   * @return the criterion {@value #LANGUAGE}
   */
  public static Criterion sharedLanguage() {
    return new CriteriaLanguage();
  }

  /**
   * Time-zone overlap for working hours 09:00 to 17:00; see {@link #timeZoneOverlap(LocalTime,
   * LocalTime)}.
   *
   * @return the criterion {@value #TIME_ZONE}
   */
  public static Criterion timeZoneOverlap() {
    return new CriteriaTimeZone(LocalTime.of(9, 0), LocalTime.of(17, 0));
  }

  /**
   * Time-zone overlap: the share of the working day (the same local hours on both sides) during
   * which both sides are at work, from their UTC offsets at the {@link
   * ScoringContext#referenceInstant() reference instant}, on the 24-hour clock (UTC+13 and UTC-10
   * are one hour apart). 0.5 if either time zone is unknown. With 09:00 to 17:00, offsets 3 hours
   * apart give {@code 5 / 8 = 0.625}; 8 or more hours apart give 0.
   *
   * @param start when the working day starts, local time
   * @param end when it ends, after {@code start}
   * @return the criterion {@value #TIME_ZONE}
   * @throws NullPointerException if an argument is null
   * @throws IllegalArgumentException if {@code end} is not after {@code start}
   */
  public static Criterion timeZoneOverlap(LocalTime start, LocalTime end) {
    return new CriteriaTimeZone(requireNonNull(start, "start"), requireNonNull(end, "end"));
  }

  /**
   * Same location: 1 if both state the same location, 0 if they state different ones, 0.5 if either
   * states none.
   *
   * @return the criterion {@value #LOCATION}
   */
  public static Criterion sameLocation() {
    return new CriteriaLocation();
  }

  /**
   * Department policy: the share of department wishes a pair meets. The wishes are the program's
   * {@code policy} and each side's {@link dev.mentoring.core.enrollment.Preferences#department()},
   * each counted unless {@code ANY}; a {@code SAME} wish is met by the same department, {@code
   * DIFFERENT} by another. 1 when nobody wishes anything; 0.5 when someone does but either
   * department is unknown.
   *
   * <p>Example: program DIFFERENT, mentee SAME, mentor ANY, same department: {@code 1 / 2 = 0.5}.
   *
   * @param policy the program's wish, ANY for none
   * @return the criterion {@value #DEPARTMENT}
   * @throws NullPointerException if {@code policy} is null
   */
  public static Criterion departmentPolicy(DepartmentPreference policy) {
    return new CriteriaDepartment(requireNonNull(policy, "policy"));
  }

  /**
   * Topics and interests overlap: the Jaccard index {@code |A ∩ B| / |A ∪ B|} of the two sides'
   * topics; 0.5 if either states none.
   *
   * @return the criterion {@value #TOPICS}
   */
  public static Criterion topicOverlap() {
    return new CriteriaTopics();
  }

  /**
   * Stated preferences: 0.5 if the mentee names the mentor among their preferred partners, plus 0.5
   * if the mentor names the mentee.
   *
   * @return the criterion {@value #PREFERENCES}
   */
  public static Criterion statedPreferences() {
    return new CriteriaPreferences();
  }
}
