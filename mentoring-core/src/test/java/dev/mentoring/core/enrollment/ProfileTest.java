package dev.mentoring.core.enrollment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mentoring.core.ParticipantId;
import java.time.DayOfWeek;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ProfileTest {
  private static final ParticipantId BOSS = ParticipantId.of("boss");
  private static final ParticipantId BIG_BOSS = ParticipantId.of("big-boss");
  private static final ParticipantId RIVAL = ParticipantId.of("rival");

  private static Profile full() {
    return Profile.builder()
        .offers("Java", 5)
        .seeks("Leadership", 3)
        .topics("cloud", "testing")
        .languages("en", "pt-BR")
        .timeZone(ZoneId.of("Europe/Paris"))
        .location("Paris")
        .seniority(7)
        .department("R&D")
        .managerChain(List.of(BOSS, BIG_BOSS))
        .availability(new Availability(6, Set.of(DayOfWeek.MONDAY)))
        .preferences(new Preferences(Set.of(RIVAL), DepartmentPreference.DIFFERENT))
        .exclude(RIVAL)
        .build();
  }

  @Test
  void empty_hasNothingStated() {
    Profile p = Profile.empty();

    assertThat(p.skillsOffered()).isEmpty();
    assertThat(p.skillsSought()).isEmpty();
    assertThat(p.topics()).isEmpty();
    assertThat(p.languages()).isEmpty();
    assertThat(p.timeZone()).isNull();
    assertThat(p.location()).isNull();
    assertThat(p.seniority()).isZero();
    assertThat(p.department()).isNull();
    assertThat(p.managerChain()).isEmpty();
    assertThat(p.availability()).isEqualTo(Availability.unspecified());
    assertThat(p.preferences()).isEqualTo(Preferences.none());
    assertThat(p.exclusions()).isEmpty();
  }

  @Test
  void builder_fillsEveryComponent() {
    Profile p = full();

    assertThat(p.skillsOffered()).containsExactly(Skill.of("Java", 5));
    assertThat(p.skillsSought()).containsExactly(Skill.of("Leadership", 3));
    assertThat(p.topics()).containsExactlyInAnyOrder("cloud", "testing");
    assertThat(p.languages()).containsExactlyInAnyOrder("en", "pt-BR");
    assertThat(p.timeZone()).isEqualTo(ZoneId.of("Europe/Paris"));
    assertThat(p.location()).isEqualTo("Paris");
    assertThat(p.seniority()).isEqualTo(7);
    assertThat(p.department()).isEqualTo("R&D");
    assertThat(p.managerChain()).containsExactly(BOSS, BIG_BOSS);
    assertThat(p.availability().hoursPerMonth()).isEqualTo(6);
    assertThat(p.preferences().department()).isEqualTo(DepartmentPreference.DIFFERENT);
    assertThat(p.exclusions()).containsExactly(RIVAL);
  }

  @Test
  void toBuilder_roundTripsAndIsIndependent() {
    Profile p = full();

    Profile copy = p.toBuilder().build();
    Profile changed = p.toBuilder().offers("Go", 2).exclusions(List.of()).build();

    assertThat(copy).isEqualTo(p);
    assertThat(changed.skillsOffered()).containsExactly(Skill.of("Java", 5), Skill.of("Go", 2));
    assertThat(changed.exclusions()).isEmpty();
    assertThat(p.skillsOffered()).containsExactly(Skill.of("Java", 5));
    assertThat(p.exclusions()).containsExactly(RIVAL);
  }

  @Test
  void reportsTo_wholeManagerChain() {
    Profile p = full();

    assertThat(p.reportsTo(BOSS)).isTrue();
    assertThat(p.reportsTo(BIG_BOSS)).isTrue();
    assertThat(p.reportsTo(RIVAL)).isFalse();
  }

  @Test
  void constructor_copiesCollections() {
    List<Skill> offered = new ArrayList<>(List.of(Skill.of("Java", 5)));
    Set<String> topics = new HashSet<>(Set.of("cloud"));
    List<ParticipantId> chain = new ArrayList<>(List.of(BOSS));
    Set<ParticipantId> exclusions = new HashSet<>(Set.of(RIVAL));
    Profile p =
        new Profile(
            offered,
            List.of(),
            topics,
            Set.of(),
            null,
            null,
            0,
            null,
            chain,
            Availability.unspecified(),
            Preferences.none(),
            exclusions);

    offered.clear();
    topics.add("more");
    chain.add(BIG_BOSS);
    exclusions.clear();

    assertThat(p.skillsOffered()).containsExactly(Skill.of("Java", 5));
    assertThat(p.topics()).containsExactly("cloud");
    assertThat(p.managerChain()).containsExactly(BOSS);
    assertThat(p.exclusions()).containsExactly(RIVAL);
    assertThatThrownBy(() -> p.managerChain().add(RIVAL))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void nullArguments_throwNullPointer() {
    assertThatThrownBy(
            () ->
                new Profile(
                    List.of(),
                    List.of(),
                    Set.of(),
                    Set.of(),
                    null,
                    null,
                    0,
                    null,
                    List.of(),
                    null,
                    Preferences.none(),
                    Set.of()))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("availability");
    assertThatThrownBy(
            () ->
                new Profile(
                    List.of(),
                    List.of(),
                    Set.of(),
                    Set.of(),
                    null,
                    null,
                    0,
                    null,
                    List.of(),
                    Availability.unspecified(),
                    null,
                    Set.of()))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("preferences");
    assertThatThrownBy(() -> Profile.builder().exclude(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("exclusion");
    assertThatThrownBy(() -> Profile.builder().availability(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("availability");
    List<ParticipantId> withNull = new ArrayList<>();
    withNull.add(null);
    assertThatThrownBy(() -> Profile.builder().managerChain(withNull).build())
        .isInstanceOf(NullPointerException.class);
  }

  @Test
  void smallValues_copyAndCheckNulls() {
    Set<DayOfWeek> days = EnumSet.of(DayOfWeek.FRIDAY);
    Availability availability = new Availability(4, days);
    Set<ParticipantId> partners = new HashSet<>(Set.of(BOSS));
    Preferences preferences = new Preferences(partners, DepartmentPreference.SAME);

    days.add(DayOfWeek.MONDAY);
    partners.clear();

    assertThat(availability.days()).containsExactly(DayOfWeek.FRIDAY);
    assertThat(preferences.preferredPartners()).containsExactly(BOSS);
    assertThat(Availability.unspecified()).isEqualTo(new Availability(0, Set.of()));
    assertThat(Preferences.none()).isEqualTo(new Preferences(Set.of(), DepartmentPreference.ANY));
    assertThatThrownBy(() -> new Preferences(Set.of(), null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("department");
    assertThatThrownBy(() -> Skill.of(null, 3))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("name");
  }

  @Test
  void answers_factoriesAndCopies() {
    List<String> choices = new ArrayList<>(List.of("a", "b"));
    Answer.ChoiceAnswer choice = new Answer.ChoiceAnswer(choices);

    choices.add("c");

    assertThat(choice.choices()).containsExactly("a", "b");
    assertThat(Answer.choice("a", "b")).isEqualTo(choice);
    assertThat(Answer.text("hi")).isEqualTo(new Answer.TextAnswer("hi"));
    assertThat(Answer.number(3)).isEqualTo(new Answer.NumberAnswer(3));
    assertThat(Answer.yesNo(true)).isEqualTo(new Answer.YesNoAnswer(true));
    assertThatThrownBy(() -> Answer.text(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("text");
    assertThatThrownBy(() -> Answer.choice("a", null)).isInstanceOf(NullPointerException.class);
  }
}
