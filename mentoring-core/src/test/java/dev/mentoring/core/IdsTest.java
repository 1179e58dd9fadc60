package dev.mentoring.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mentoring.core.enrollment.EnrollmentId;
import dev.mentoring.core.pairing.PairId;
import dev.mentoring.core.program.ProgramId;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** The typed ids share one rule: 1 to 200 characters, not blank, compared by value. */
class IdsTest {

  /** One id type: its name in messages, its factory, and its random factory if it has one. */
  private record IdType(String name, Function<String, Comparable<?>> of, Supplier<Object> random) {}

  private static final List<IdType> TYPES =
      List.of(
          new IdType("ParticipantId", ParticipantId::of, null),
          new IdType("ProgramId", ProgramId::of, ProgramId::random),
          new IdType("EnrollmentId", EnrollmentId::of, EnrollmentId::random),
          new IdType("PairId", PairId::of, PairId::random));

  @Test
  void of_validValue_keepsValueAndPrintsIt() {
    for (IdType type : TYPES) {
      Object id = type.of().apply("hr-42");
      assertThat(id).as(type.name()).hasToString("hr-42");
      assertThat(id).isEqualTo(type.of().apply("hr-42")).isNotEqualTo(type.of().apply("hr-43"));
      assertThat(id.hashCode()).isEqualTo(type.of().apply("hr-42").hashCode());
    }
  }

  @Test
  void of_nullValue_throwsNullPointerNamingValue() {
    for (IdType type : TYPES) {
      assertThatThrownBy(() -> type.of().apply(null))
          .as(type.name())
          .isInstanceOf(NullPointerException.class)
          .hasMessage("value");
    }
  }

  @Test
  void of_blankValue_throwsIllegalArgumentNamingType() {
    for (IdType type : TYPES) {
      for (String blank : List.of("", " ", "\t\n")) {
        assertThatThrownBy(() -> type.of().apply(blank))
            .as("%s of %s", type.name(), blank)
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining(type.name())
            .hasMessageContaining("blank");
      }
    }
  }

  @Test
  void of_tooLongValue_throwsIllegalArgument() {
    String max = "x".repeat(200);
    for (IdType type : TYPES) {
      assertThat(type.of().apply(max)).as(type.name()).hasToString(max);
      assertThatThrownBy(() -> type.of().apply(max + "x"))
          .as(type.name())
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining(type.name())
          .hasMessageContaining("201");
    }
  }

  @Test
  @SuppressWarnings({"unchecked", "rawtypes"})
  void compareTo_ordersByValue() {
    for (IdType type : TYPES) {
      Comparable a = type.of().apply("a-1");
      Comparable b = type.of().apply("b-0");
      assertThat(a.compareTo(b)).as(type.name()).isNegative();
      assertThat(b.compareTo(a)).isPositive();
      assertThat(a.compareTo(type.of().apply("a-1"))).isZero();
    }
  }

  @Test
  void random_producesDistinctValidIds() {
    for (IdType type : TYPES) {
      if (type.random() == null) {
        continue; // the host assigns participant ids
      }
      Set<Object> ids = new HashSet<>();
      for (int i = 0; i < 100; i++) {
        Object id = type.random().get();
        assertThat(type.of().apply(id.toString())).isEqualTo(id);
        ids.add(id);
      }
      assertThat(ids).as(type.name()).hasSize(100);
    }
  }

  @Test
  void actorParticipant_wrapsIdAndRejectsNullOrBlank() {
    Actor actor = Actor.participant("hr-42");

    assertThat(actor).isEqualTo(new Actor.Participant(ParticipantId.of("hr-42")));
    assertThat(actor).hasToString("participant hr-42");
    assertThatThrownBy(() -> new Actor.Participant(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("id");
    assertThatThrownBy(() -> Actor.participant(" ")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void actorSystem_isOneValue() {
    assertThat(Actor.system()).isSameAs(Actor.system()).isEqualTo(new Actor.SystemActor());
    assertThat(Actor.system()).hasToString("system");
  }
}
