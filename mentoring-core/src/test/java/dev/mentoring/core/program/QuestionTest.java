package dev.mentoring.core.program;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class QuestionTest {

  @Test
  void factories_buildRequiredQuestionsOfTheirType() {
    Question text = Question.text("goals", "Your goals");
    Question number = Question.number("years", "Years of experience", 0, 50);
    Question single = Question.singleChoice("site", "Site", List.of("Paris", "Lyon"));
    Question multiple = Question.multipleChoice("langs", "Languages", List.of("en", "fr"));
    Question yesNo = Question.yesNo("remote", "Remote?");

    assertThat(text)
        .isEqualTo(
            new Question(
                "goals",
                "Your goals",
                QuestionType.TEXT,
                true,
                Set.of(),
                List.of(),
                null,
                null,
                Question.DEFAULT_MAX_LENGTH));
    assertThat(number.type()).isEqualTo(QuestionType.NUMBER);
    assertThat(number.min()).isZero();
    assertThat(number.max()).isEqualTo(50L);
    assertThat(single.type()).isEqualTo(QuestionType.SINGLE_CHOICE);
    assertThat(single.options()).containsExactly("Paris", "Lyon");
    assertThat(multiple.type()).isEqualTo(QuestionType.MULTIPLE_CHOICE);
    assertThat(yesNo.type()).isEqualTo(QuestionType.YES_NO);
    assertThat(List.of(text, number, single, multiple, yesNo))
        .allSatisfy(
            q -> {
              assertThat(q.required()).isTrue();
              assertThat(q.roles()).isEmpty();
              assertThat(q.maxLength()).isEqualTo(2_000);
            });
  }

  @Test
  void optionalAndForRoles_changeOnlyTheirComponent() {
    Question q = Question.singleChoice("site", "Site", List.of("Paris"));

    Question optional = q.optional();
    Question narrowed = q.forRoles(EnrollmentRole.MENTOR, EnrollmentRole.MENTEE);

    assertThat(optional.required()).isFalse();
    assertThat(optional).usingRecursiveComparison().ignoringFields("required").isEqualTo(q);
    assertThat(narrowed.roles())
        .containsExactlyInAnyOrder(EnrollmentRole.MENTOR, EnrollmentRole.MENTEE);
    assertThat(narrowed).usingRecursiveComparison().ignoringFields("roles").isEqualTo(q);
    assertThat(q.required()).isTrue();
    assertThat(q.roles()).isEmpty();
  }

  @Test
  void appliesTo_emptyRoles_everyRole() {
    Question q = Question.text("goals", "Goals");

    for (EnrollmentRole role : EnrollmentRole.values()) {
      assertThat(q.appliesTo(role)).as("%s", role).isTrue();
    }
  }

  @Test
  void appliesTo_narrowedRoles_listedRolesAndMentorAndMentee() {
    Question mentorsOnly = Question.text("offer", "Offer").forRoles(EnrollmentRole.MENTOR);
    Question menteesOnly = Question.text("seek", "Seek").forRoles(EnrollmentRole.MENTEE);

    assertThat(mentorsOnly.appliesTo(EnrollmentRole.MENTOR)).isTrue();
    assertThat(mentorsOnly.appliesTo(EnrollmentRole.MENTEE)).isFalse();
    // MENTOR_AND_MENTEE applicants are asked both sides' questions.
    assertThat(mentorsOnly.appliesTo(EnrollmentRole.MENTOR_AND_MENTEE)).isTrue();
    assertThat(menteesOnly.appliesTo(EnrollmentRole.MENTEE)).isTrue();
    assertThat(menteesOnly.appliesTo(EnrollmentRole.MENTOR)).isFalse();
    assertThat(menteesOnly.appliesTo(EnrollmentRole.MENTOR_AND_MENTEE)).isTrue();
  }

  @Test
  void constructor_copiesCollections() {
    List<String> options = new ArrayList<>(List.of("a", "b"));
    Set<EnrollmentRole> roles = EnumSet.of(EnrollmentRole.MENTOR);
    Question q =
        new Question("k", "L", QuestionType.SINGLE_CHOICE, true, roles, options, null, null, 10);

    options.add("c");
    roles.add(EnrollmentRole.MENTEE);

    assertThat(q.options()).containsExactly("a", "b");
    assertThat(q.roles()).containsExactly(EnrollmentRole.MENTOR);
    assertThatThrownBy(() -> q.options().add("d"))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void constructor_nullComponent_throwsNullPointerNamingIt() {
    Set<EnrollmentRole> r = Set.of();
    List<String> o = List.of();
    QuestionType t = QuestionType.TEXT;
    assertThatThrownBy(() -> new Question(null, "L", t, true, r, o, null, null, 10))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("key");
    assertThatThrownBy(() -> new Question("k", null, t, true, r, o, null, null, 10))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("label");
    assertThatThrownBy(() -> new Question("k", "L", null, true, r, o, null, null, 10))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("type");
    assertThatThrownBy(() -> new Question("k", "L", t, true, null, o, null, null, 10))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> new Question("k", "L", t, true, r, null, null, null, 10))
        .isInstanceOf(NullPointerException.class);
  }

  @Test
  void enrollmentForm_copiesQuestionsAndFindsByKey() {
    Question goals = Question.text("goals", "Goals");
    Question site = Question.singleChoice("site", "Site", List.of("Paris"));
    List<Question> questions = new ArrayList<>(List.of(goals, site));
    EnrollmentForm form = new EnrollmentForm(questions);

    questions.clear();

    assertThat(form.questions()).containsExactly(goals, site);
    assertThat(form.question("site")).contains(site);
    assertThat(form.question("unknown")).isEmpty();
    assertThat(EnrollmentForm.of(goals, site)).isEqualTo(form);
    assertThat(EnrollmentForm.empty().questions()).isEmpty();
    assertThatThrownBy(() -> new EnrollmentForm(null)).isInstanceOf(NullPointerException.class);
  }
}
