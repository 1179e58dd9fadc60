package dev.mentoring.core.enrollment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mentoring.core.ParticipantId;
import dev.mentoring.core.program.EnrollmentRole;
import dev.mentoring.core.program.ProgramId;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

class EnrollmentTest {
  private static final Instant T0 = Instant.parse("2026-01-05T09:00:00Z");
  private static final Instant T1 = T0.plusSeconds(3_600);
  private static final EnrollmentId ID = EnrollmentId.of("e-1");
  private static final ProgramId PROGRAM = ProgramId.of("p-1");
  private static final ParticipantId ANN = ParticipantId.of("ann");
  private static final Profile PROFILE =
      Profile.builder()
          .offers("Java", 5)
          .department("R&D")
          .exclude(ParticipantId.of("bob"))
          .build();

  private static Enrollment enrollment(
      EnrollmentId id,
      long version,
      ProgramId program,
      ParticipantId who,
      EnrollmentRole role,
      Profile profile,
      Map<String, Answer> answers,
      int capacity,
      Set<Consent> consents,
      EnrollmentStatus status,
      Instant appliedAt,
      Instant updatedAt) {
    return new Enrollment(
        id, version, program, who, role, profile, answers, capacity, consents, status, appliedAt,
        updatedAt);
  }

  private static Enrollment mentor() {
    return enrollment(
        ID,
        4,
        PROGRAM,
        ANN,
        EnrollmentRole.MENTOR,
        PROFILE,
        Map.of("goals", Answer.text("share")),
        3,
        Set.of(Consent.MATCHING, Consent.REPORTING),
        EnrollmentStatus.APPROVED,
        T0,
        T0);
  }

  private static void assertNullRejected(String field, ThrowingCallable construction) {
    assertThatThrownBy(construction)
        .as(field)
        .isInstanceOf(NullPointerException.class)
        .hasMessage(field);
  }

  @Test
  void constructor_nullComponent_throwsNullPointerNamingIt() {
    EnrollmentRole r = EnrollmentRole.MENTEE;
    Map<String, Answer> a = Map.of();
    Set<Consent> c = Set.of();
    EnrollmentStatus s = EnrollmentStatus.APPLIED;
    assertNullRejected(
        "id", () -> enrollment(null, 0, PROGRAM, ANN, r, PROFILE, a, 0, c, s, T0, T0));
    assertNullRejected(
        "programId", () -> enrollment(ID, 0, null, ANN, r, PROFILE, a, 0, c, s, T0, T0));
    assertNullRejected(
        "participantId", () -> enrollment(ID, 0, PROGRAM, null, r, PROFILE, a, 0, c, s, T0, T0));
    assertNullRejected(
        "role", () -> enrollment(ID, 0, PROGRAM, ANN, null, PROFILE, a, 0, c, s, T0, T0));
    assertNullRejected(
        "profile", () -> enrollment(ID, 0, PROGRAM, ANN, r, null, a, 0, c, s, T0, T0));
    assertNullRejected(
        "status", () -> enrollment(ID, 0, PROGRAM, ANN, r, PROFILE, a, 0, c, null, T0, T0));
    assertNullRejected(
        "appliedAt", () -> enrollment(ID, 0, PROGRAM, ANN, r, PROFILE, a, 0, c, s, null, T0));
    assertNullRejected(
        "updatedAt", () -> enrollment(ID, 0, PROGRAM, ANN, r, PROFILE, a, 0, c, s, T0, null));
    assertThatThrownBy(() -> enrollment(ID, 0, PROGRAM, ANN, r, PROFILE, null, 0, c, s, T0, T0))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> enrollment(ID, 0, PROGRAM, ANN, r, PROFILE, a, 0, null, s, T0, T0))
        .isInstanceOf(NullPointerException.class);
  }

  @Test
  void constructor_negativeVersionOrCapacity_throwsIllegalArgumentNamingIt() {
    EnrollmentRole r = EnrollmentRole.MENTOR;
    EnrollmentStatus s = EnrollmentStatus.APPLIED;
    assertThatThrownBy(
            () -> enrollment(ID, -1, PROGRAM, ANN, r, PROFILE, Map.of(), 0, Set.of(), s, T0, T0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("version");
    assertThatThrownBy(
            () -> enrollment(ID, 0, PROGRAM, ANN, r, PROFILE, Map.of(), -1, Set.of(), s, T0, T0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("capacity");
  }

  @Test
  void constructor_copiesCollections() {
    Map<String, Answer> answers = new HashMap<>(Map.of("goals", Answer.text("share")));
    Set<Consent> consents = EnumSet.of(Consent.MATCHING);
    Enrollment e =
        enrollment(
            ID,
            0,
            PROGRAM,
            ANN,
            EnrollmentRole.MENTEE,
            PROFILE,
            answers,
            0,
            consents,
            EnrollmentStatus.APPLIED,
            T0,
            T0);

    answers.put("extra", Answer.yesNo(true));
    consents.add(Consent.REPORTING);

    assertThat(e.answers()).containsOnlyKeys("goals");
    assertThat(e.consents()).containsExactly(Consent.MATCHING);
    assertThatThrownBy(() -> e.answers().clear()).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> e.consents().clear())
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void isActive_onlyWhenApproved() {
    for (EnrollmentStatus s : EnrollmentStatus.values()) {
      Enrollment e =
          enrollment(
              ID,
              0,
              PROGRAM,
              ANN,
              EnrollmentRole.MENTEE,
              PROFILE,
              Map.of(),
              0,
              Set.of(),
              s,
              T0,
              T0);
      assertThat(e.isActive()).as("%s", s).isEqualTo(s == EnrollmentStatus.APPROVED);
    }
  }

  @Test
  void withVersionWithProfileAndTouch_changeOnlyTheirComponents() {
    Enrollment e = mentor();
    Profile other = Profile.builder().seeks("Go", 2).build();

    assertThat(e.withVersion(9)).usingRecursiveComparison().ignoringFields("version").isEqualTo(e);
    assertThat(e.withVersion(9).version()).isEqualTo(9);
    Enrollment reprofiled = e.withProfile(other, T1);
    assertThat(reprofiled.profile()).isEqualTo(other);
    assertThat(reprofiled.updatedAt()).isEqualTo(T1);
    assertThat(reprofiled)
        .usingRecursiveComparison()
        .ignoringFields("profile", "updatedAt")
        .isEqualTo(e);
    assertThat(e.touch(T1)).isEqualTo(e.withProfile(PROFILE, T1));
    assertThat(e.touch(T1).version()).as("the store assigns versions").isEqualTo(e.version());
  }

  @Test
  void erase_replacesParticipantAndDropsPersonalData() {
    Enrollment e = mentor();
    ParticipantId pseudonym = ParticipantId.of("erased-7");

    Enrollment erased = e.erase(pseudonym, T1);

    assertThat(erased.participantId()).isEqualTo(pseudonym);
    assertThat(erased.profile()).isEqualTo(Profile.empty());
    assertThat(erased.answers()).isEmpty();
    assertThat(erased.consents()).isEmpty();
    assertThat(erased.updatedAt()).isEqualTo(T1);
    // Counts remain valid: role, capacity, status, dates and identity stay.
    assertThat(erased)
        .usingRecursiveComparison()
        .comparingOnlyFields(
            "id", "version", "programId", "role", "capacity", "status", "appliedAt")
        .isEqualTo(e);
    assertThat(e.participantId()).isEqualTo(ANN);
  }
}
