package dev.mentoring.matching.scoring;

import static dev.mentoring.matching.scoring.ScoringFixtures.SUMMER;
import static dev.mentoring.matching.scoring.ScoringFixtures.WINTER;
import static dev.mentoring.matching.scoring.ScoringFixtures.pair;
import static dev.mentoring.matching.scoring.ScoringFixtures.problem;
import static dev.mentoring.matching.scoring.ScoringFixtures.profile;
import static dev.mentoring.matching.scoring.ScoringFixtures.sub;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.mentoring.core.ParticipantId;
import dev.mentoring.core.enrollment.DepartmentPreference;
import dev.mentoring.core.enrollment.Preferences;
import dev.mentoring.core.enrollment.Profile;
import dev.mentoring.core.matching.MatchingProblem;
import dev.mentoring.core.program.ProgramFormat;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Each built-in criterion on hand-made profiles, with the exact sub-scores its Javadoc states. */
class CriteriaTest {
  private static final Profile NOTHING = Profile.empty();

  @Nested
  class SkillOverlap {
    private final Criterion skills = Criteria.skillOverlap();

    @Test
    void score_weightsSoughtLevels_fullCreditWhenOfferedReachesSought() {
      Profile mentee = profile().seeks("Java", 3).seeks("SQL", 2).build();
      Profile mentor = profile().offers("java", 4).offers("sql", 1).offers("Go", 5).build();
      // (min(3, 4) + min(2, 1)) / (3 + 2)
      assertThat(sub(skills, mentee, mentor)).isEqualTo(4 / 5.0);
    }

    @Test
    void score_partialCreditBelowSoughtLevel() {
      Profile mentee = profile().seeks("Kotlin", 4).build();
      assertThat(sub(skills, mentee, profile().offers("Kotlin", 1).build())).isEqualTo(0.25);
      assertThat(sub(skills, mentee, profile().offers("Kotlin", 4).build())).isEqualTo(1.0);
      assertThat(sub(skills, mentee, profile().offers("Kotlin", 5).build())).isEqualTo(1.0);
    }

    @Test
    void score_noSoughtSkillOffered_isZero() {
      Profile mentee = profile().seeks("Java", 3).build();
      assertThat(sub(skills, mentee, profile().offers("Rust", 5).build())).isZero();
      assertThat(sub(skills, mentee, NOTHING)).isZero();
    }

    @Test
    void score_menteeSeeksNothing_isNeutral() {
      assertThat(sub(skills, NOTHING, profile().offers("Rust", 5).build())).isEqualTo(0.5);
    }

    @Test
    void score_repeatedSkill_countsOnceAtHighestLevel() {
      Profile mentee = profile().seeks("Java", 2).seeks(" JAVA ", 4).build();
      Profile mentor = profile().offers("java", 1).offers("Java", 3).build();
      assertThat(sub(skills, mentee, mentor)).isEqualTo(3 / 4.0);
    }

    @Test
    void describe_namesOfferedPartialAndLackingSkills() {
      Profile mentee = profile().seeks("Java", 3).seeks("SQL", 2).seeks("Go", 1).build();
      Profile mentor = profile().offers("java", 4).offers("sql", 1).build();
      String text = skills.prepare(ScoringContext.of(pair(mentee, mentor))).describe(0, 0);
      assertThat(text)
          .isEqualTo("offers Java 4 for sought 3; partly offers SQL 1 for sought 2; lacks Go");
    }
  }

  @Nested
  class SeniorityGap {
    private final Criterion gap = Criteria.seniorityGap(1, 4);

    private double score(Criterion c, ProgramFormat format, int mentee, int mentor) {
      MatchingProblem p =
          problem(
              format,
              List.of(profile().seniority(mentee).build()),
              List.of(profile().seniority(mentor).build()));
      return sub(c, p, WINTER);
    }

    @Test
    void score_fullInsideRange_quarterLessPerLevelOutside() {
      assertThat(score(gap, ProgramFormat.ONE_TO_ONE, 3, 4)).isEqualTo(1.0);
      assertThat(score(gap, ProgramFormat.ONE_TO_ONE, 3, 7)).isEqualTo(1.0);
      assertThat(score(gap, ProgramFormat.ONE_TO_ONE, 3, 3)).isEqualTo(0.75);
      assertThat(score(gap, ProgramFormat.ONE_TO_ONE, 3, 9)).isEqualTo(0.5);
      assertThat(score(gap, ProgramFormat.ONE_TO_ONE, 3, 1)).isEqualTo(0.25);
      assertThat(score(gap, ProgramFormat.ONE_TO_ONE, 3, 0)).isZero();
      assertThat(score(gap, ProgramFormat.ONE_TO_ONE, 0, 20)).isZero();
    }

    @Test
    void score_reverseProgram_usesReverseRange() {
      Criterion c = Criteria.seniorityGap(1, 4, -20, -1);
      assertThat(score(c, ProgramFormat.REVERSE, 8, 2)).isEqualTo(1.0);
      assertThat(score(c, ProgramFormat.ONE_TO_ONE, 8, 2)).isZero();
      assertThat(score(c, ProgramFormat.REVERSE, 2, 4)).isEqualTo(0.25);
      // The two-range form without REVERSE behaves as the plain one.
      assertThat(score(gap, ProgramFormat.REVERSE, 8, 2)).isZero();
    }

    @Test
    void create_badRange_isRejected() {
      assertThatThrownBy(() -> Criteria.seniorityGap(4, 1))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("4..1");
      assertThatThrownBy(() -> Criteria.seniorityGap(1, 21))
          .isInstanceOf(IllegalArgumentException.class);
      assertThatThrownBy(() -> Criteria.seniorityGap(1, 4, 0, -1))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("REVERSE");
    }

    @Test
    void describe_statesGapAndRange() {
      MatchingProblem p = pair(profile().seniority(3).build(), profile().seniority(3).build());
      assertThat(gap.prepare(ScoringContext.of(p)).describe(0, 0))
          .isEqualTo("mentor level 3, mentee level 3: gap 0, 1 outside 1..4");
    }
  }

  @Nested
  class SharedLanguage {
    private final Criterion language = Criteria.sharedLanguage();

    @Test
    void score_commonPrimarySubtag_isOne() {
      Profile mentee = profile().languages("en-US", "fr").build();
      assertThat(sub(language, mentee, profile().languages("EN").build())).isEqualTo(1.0);
      assertThat(
              sub(
                  language,
                  profile().languages("pt-BR").build(),
                  profile().languages("pt").build()))
          .isEqualTo(1.0);
    }

    @Test
    void score_noCommonLanguage_isZero() {
      assertThat(
              sub(language, profile().languages("de").build(), profile().languages("fr").build()))
          .isZero();
    }

    @Test
    void score_noLanguageStated_isNeutral() {
      assertThat(sub(language, NOTHING, profile().languages("fr").build())).isEqualTo(0.5);
      assertThat(sub(language, profile().languages("fr").build(), NOTHING)).isEqualTo(0.5);
    }

    @Test
    void score_manyLanguages_useSeveralBitWords() {
      Profile.Builder mentee = profile();
      Profile.Builder mentor = profile();
      // 70 distinct languages need two 64-bit words; the shared one is the last interned.
      for (int k = 0; k < 35; k++) {
        mentee.languages("a" + (char) ('a' + k / 26) + (char) ('a' + k % 26));
        mentor.languages("b" + (char) ('a' + k / 26) + (char) ('a' + k % 26));
      }
      mentee.languages("zz");
      mentor.languages("zz");
      assertThat(sub(language, mentee.build(), mentor.build())).isEqualTo(1.0);
    }
  }

  @Nested
  class TimeZoneOverlap {
    private final Criterion zone = Criteria.timeZoneOverlap();

    private Profile in(String zoneId) {
      return profile().timeZone(ZoneId.of(zoneId)).build();
    }

    @Test
    void score_isShareOfWorkingDayBothAtWork() {
      assertThat(sub(zone, in("Europe/Berlin"), in("Europe/Paris"))).isEqualTo(1.0);
      // Moscow is UTC+3 all year: 5 of 8 hours overlap.
      assertThat(sub(zone, in("UTC"), in("Europe/Moscow"))).isEqualTo(5 / 8.0);
      assertThat(sub(zone, in("UTC"), in("Asia/Tokyo"))).isZero();
      // Half-hour offsets: India is UTC+5:30.
      assertThat(sub(zone, in("UTC"), in("Asia/Kolkata"))).isEqualTo(2.5 / 8);
    }

    @Test
    void score_isOnThe24HourClock() {
      // UTC+14 and UTC-10 read the same clock time, a day apart.
      assertThat(sub(zone, in("Pacific/Kiritimati"), in("Pacific/Honolulu"))).isEqualTo(1.0);
    }

    @Test
    void score_takesOffsetsAtReferenceInstant() {
      MatchingProblem p = pair(in("UTC"), in("Europe/Berlin"));
      assertThat(sub(zone, p, WINTER)).isEqualTo(7 / 8.0);
      assertThat(sub(zone, p, SUMMER)).isEqualTo(6 / 8.0);
    }

    @Test
    void score_customWorkingHours() {
      Criterion morning = Criteria.timeZoneOverlap(LocalTime.of(9, 0), LocalTime.of(12, 0));
      assertThat(sub(morning, in("UTC"), in("Africa/Lagos"))).isEqualTo(2 / 3.0);
      assertThatThrownBy(() -> Criteria.timeZoneOverlap(LocalTime.NOON, LocalTime.NOON))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("end after");
    }

    @Test
    void score_unknownZone_isNeutral() {
      assertThat(sub(zone, NOTHING, in("UTC"))).isEqualTo(0.5);
      assertThat(sub(zone, in("UTC"), NOTHING)).isEqualTo(0.5);
    }
  }

  @Nested
  class SameLocation {
    private final Criterion location = Criteria.sameLocation();

    @Test
    void score_comparesTrimmedAndCaseInsensitively() {
      assertThat(
              sub(
                  location,
                  profile().location("Berlin").build(),
                  profile().location(" berlin ").build()))
          .isEqualTo(1.0);
      assertThat(
              sub(
                  location,
                  profile().location("Berlin").build(),
                  profile().location("Paris").build()))
          .isZero();
    }

    @Test
    void score_missingOrBlank_isNeutral() {
      assertThat(sub(location, NOTHING, profile().location("Paris").build())).isEqualTo(0.5);
      assertThat(
              sub(location, profile().location("  ").build(), profile().location("Paris").build()))
          .isEqualTo(0.5);
    }
  }

  @Nested
  class DepartmentPolicy {
    private Profile in(String department, DepartmentPreference wish) {
      return profile().department(department).preferences(new Preferences(Set.of(), wish)).build();
    }

    private double score(DepartmentPreference policy, Profile mentee, Profile mentor) {
      return sub(Criteria.departmentPolicy(policy), mentee, mentor);
    }

    @Test
    void score_noWishes_isOne() {
      assertThat(
              score(
                  DepartmentPreference.ANY,
                  in("Sales", DepartmentPreference.ANY),
                  in("HR", DepartmentPreference.ANY)))
          .isEqualTo(1.0);
      assertThat(score(DepartmentPreference.ANY, NOTHING, NOTHING)).isEqualTo(1.0);
    }

    @Test
    void score_isShareOfWishesMet() {
      // Program DIFFERENT (not met), mentee SAME (met), mentor ANY (not counted).
      assertThat(
              score(
                  DepartmentPreference.DIFFERENT,
                  in("Sales", DepartmentPreference.SAME),
                  in("sales", DepartmentPreference.ANY)))
          .isEqualTo(0.5);
      assertThat(
              score(
                  DepartmentPreference.SAME,
                  in("Sales", DepartmentPreference.ANY),
                  in("Sales", DepartmentPreference.ANY)))
          .isEqualTo(1.0);
      // Program SAME (not met), both sides DIFFERENT (met).
      assertThat(
              score(
                  DepartmentPreference.SAME,
                  in("Sales", DepartmentPreference.DIFFERENT),
                  in("HR", DepartmentPreference.DIFFERENT)))
          .isEqualTo(2 / 3.0);
      assertThat(
              score(
                  DepartmentPreference.ANY,
                  in("Sales", DepartmentPreference.SAME),
                  in("HR", DepartmentPreference.SAME)))
          .isZero();
    }

    @Test
    void score_wishButUnknownDepartment_isNeutral() {
      assertThat(
              score(
                  DepartmentPreference.SAME, profile().build(), in("HR", DepartmentPreference.ANY)))
          .isEqualTo(0.5);
    }

    @Test
    void describe_namesRelationAndWishes() {
      MatchingProblem p =
          pair(in("Sales", DepartmentPreference.SAME), in("Sales", DepartmentPreference.ANY));
      assertThat(
              Criteria.departmentPolicy(DepartmentPreference.DIFFERENT)
                  .prepare(ScoringContext.of(p))
                  .describe(0, 0))
          .isEqualTo("same department (Sales); program prefers DIFFERENT, mentee prefers SAME");
    }
  }

  @Nested
  class TopicOverlap {
    private final Criterion topics = Criteria.topicOverlap();

    @Test
    void score_isJaccardIndex() {
      Profile mentee = profile().topics("AI", "data", "ML").build();
      Profile mentor = profile().topics("ai", "cloud").build();
      assertThat(sub(topics, mentee, mentor)).isEqualTo(1 / 4.0);
      assertThat(sub(topics, mentee, profile().topics("ml", "Data", " ai").build())).isEqualTo(1.0);
      assertThat(sub(topics, mentee, profile().topics("cooking").build())).isZero();
    }

    @Test
    void score_mentorTopicsNoMenteeStates_countInUnion() {
      Profile mentee = profile().topics("ai").build();
      Profile mentor = profile().topics("ai", "cooking", "Cooking", "golf").build();
      assertThat(sub(topics, mentee, mentor)).isEqualTo(1 / 3.0);
    }

    @Test
    void score_noTopicsStated_isNeutral() {
      assertThat(sub(topics, NOTHING, profile().topics("ai").build())).isEqualTo(0.5);
      assertThat(sub(topics, profile().topics("ai").build(), NOTHING)).isEqualTo(0.5);
    }
  }

  @Nested
  class StatedPreferences {
    private final Criterion preferences = Criteria.statedPreferences();

    private Profile preferring(String... ids) {
      Set<ParticipantId> set =
          Set.copyOf(java.util.Arrays.stream(ids).map(ParticipantId::of).toList());
      return profile().preferences(new Preferences(set, DepartmentPreference.ANY)).build();
    }

    @Test
    void score_halfPerSideNamingTheOther() {
      assertThat(sub(preferences, preferring("m0"), NOTHING)).isEqualTo(0.5);
      assertThat(sub(preferences, NOTHING, preferring("e0"))).isEqualTo(0.5);
      assertThat(sub(preferences, preferring("m0"), preferring("e0"))).isEqualTo(1.0);
      assertThat(sub(preferences, preferring("m9"), preferring("e9"))).isZero();
    }

    @Test
    void rowScorer_marksOnlyNamedMentorsAmongThoseAsked() {
      MatchingProblem p =
          problem(
              ProgramFormat.ONE_TO_ONE,
              List.of(preferring("m1", "m3")),
              List.of(NOTHING, NOTHING, preferring("e0"), NOTHING));
      PreparedCriterion prepared = preferences.prepare(ScoringContext.of(p));
      double[] out = new double[3];
      prepared.rowScorer().scoreRow(0, new int[] {0, 2, 3}, 3, out);
      assertThat(out).containsExactly(0.0, 0.5, 0.5);
      assertThat(prepared.score(0, 1)).isEqualTo(0.5);
      assertThat(prepared.score(0, 2)).isCloseTo(0.5, within(0.0));
    }
  }
}
