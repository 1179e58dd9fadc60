package dev.mentoring.core.enrollment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mentoring.core.ParticipantId;
import dev.mentoring.core.program.EnrollmentRole;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ApplicationTest {
  private static final ParticipantId ANN = ParticipantId.of("ann");

  @Test
  void builder_defaults_matchDocumentation() {
    Application a = Application.builder(ANN, EnrollmentRole.MENTEE).build();

    assertThat(a.participantId()).isEqualTo(ANN);
    assertThat(a.role()).isEqualTo(EnrollmentRole.MENTEE);
    assertThat(a.profile()).isEqualTo(Profile.empty());
    assertThat(a.answers()).isEmpty();
    assertThat(a.capacity()).isNull();
    assertThat(a.consents()).containsExactly(Consent.MATCHING);
  }

  @Test
  void builder_setters_fillEveryComponentAndAnswerReplaces() {
    Profile profile = Profile.builder().offers("Java", 4).build();

    Application a =
        Application.builder(ANN, EnrollmentRole.MENTOR)
            .profile(profile)
            .answer("goals", Answer.text("first"))
            .answer("goals", Answer.text("second"))
            .answer("years", Answer.number(7))
            .capacity(3)
            .consents(Set.of(Consent.MATCHING, Consent.REPORTING))
            .build();

    assertThat(a)
        .isEqualTo(
            new Application(
                ANN,
                EnrollmentRole.MENTOR,
                profile,
                Map.of("goals", Answer.text("second"), "years", Answer.number(7)),
                3,
                Set.of(Consent.MATCHING, Consent.REPORTING)));
  }

  @Test
  void builder_reusedAfterBuild_doesNotChangeBuiltApplication() {
    Application.Builder b =
        Application.builder(ANN, EnrollmentRole.MENTEE).answer("a", Answer.yesNo(true));
    Application first = b.build();

    b.answer("b", Answer.yesNo(false)).consents(Set.of());

    assertThat(first.answers()).containsOnlyKeys("a");
    assertThat(first.consents()).containsExactly(Consent.MATCHING);
    assertThat(b.build().consents()).isEmpty();
  }

  @Test
  void constructor_copiesCollections() {
    Map<String, Answer> answers = new HashMap<>(Map.of("a", Answer.yesNo(true)));
    Set<Consent> consents = EnumSet.of(Consent.MATCHING);
    Application a =
        new Application(ANN, EnrollmentRole.MENTEE, Profile.empty(), answers, null, consents);

    answers.clear();
    consents.add(Consent.REPORTING);

    assertThat(a.answers()).containsOnlyKeys("a");
    assertThat(a.consents()).containsExactly(Consent.MATCHING);
  }

  @Test
  void nullArguments_throwNullPointerNamingThem() {
    Profile p = Profile.empty();
    EnrollmentRole r = EnrollmentRole.MENTEE;
    assertThatThrownBy(() -> new Application(null, r, p, Map.of(), null, Set.of()))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("participantId");
    assertThatThrownBy(() -> new Application(ANN, null, p, Map.of(), null, Set.of()))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("role");
    assertThatThrownBy(() -> new Application(ANN, r, null, Map.of(), null, Set.of()))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("profile");
    Application.Builder b = Application.builder(ANN, r);
    assertThatThrownBy(() -> b.answer(null, Answer.yesNo(true)))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("key");
    assertThatThrownBy(() -> b.answer("k", null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("answer");
    assertThatThrownBy(() -> b.profile(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("profile");
    assertThatThrownBy(() -> Application.builder(null, r))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("participantId");
  }
}
