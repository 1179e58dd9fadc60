package dev.mentoring.core.program;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mentoring.core.ParticipantId;
import java.time.Instant;
import java.util.Set;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

class ProgramTest {
  private static final Instant T0 = Instant.parse("2026-01-05T09:00:00Z");
  private static final ProgramId ID = ProgramId.of("p-1");
  private static final ParticipantId HR = ParticipantId.of("hr-1");
  private static final ProgramSpec SPEC = ProgramSpec.builder("Pilot").admin(HR).build();

  private static void assertNullRejected(String field, ThrowingCallable construction) {
    assertThatThrownBy(construction)
        .as(field)
        .isInstanceOf(NullPointerException.class)
        .hasMessage(field);
  }

  @Test
  void constructor_nullComponent_throwsNullPointerNamingIt() {
    ProgramStatus d = ProgramStatus.DRAFT;
    assertNullRejected("id", () -> new Program(null, 0, SPEC, d, T0, T0));
    assertNullRejected("spec", () -> new Program(ID, 0, null, d, T0, T0));
    assertNullRejected("status", () -> new Program(ID, 0, SPEC, null, T0, T0));
    assertNullRejected("createdAt", () -> new Program(ID, 0, SPEC, d, null, T0));
    assertNullRejected("updatedAt", () -> new Program(ID, 0, SPEC, d, T0, null));
  }

  @Test
  void constructor_negativeVersion_throwsIllegalArgument() {
    assertThatThrownBy(() -> new Program(ID, -1, SPEC, ProgramStatus.DRAFT, T0, T0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("version");
  }

  @Test
  void accessors_delegateToSpec() {
    Program p = new Program(ID, 3, SPEC, ProgramStatus.DRAFT, T0, T0);

    assertThat(p.name()).isEqualTo("Pilot");
    assertThat(p.admins()).containsExactly(HR);
    assertThat(p.matchingPolicy()).isEqualTo(MatchingPolicy.defaults());
    assertThat(p.isAdmin(HR)).isTrue();
    assertThat(p.isAdmin(ParticipantId.of("someone"))).isFalse();
  }

  @Test
  void withVersionAndWithSpec_changeOnlyTheirComponents() {
    Program p = new Program(ID, 3, SPEC, ProgramStatus.ENROLLING, T0, T0);
    ProgramSpec renamed = SPEC.toBuilder().name("Renamed").build();
    Instant later = T0.plusSeconds(60);

    assertThat(p.withVersion(7))
        .isEqualTo(new Program(ID, 7, SPEC, ProgramStatus.ENROLLING, T0, T0));
    assertThat(p.withSpec(renamed, later))
        .isEqualTo(new Program(ID, 3, renamed, ProgramStatus.ENROLLING, T0, later));
  }

  @Test
  void verbs_nullInstant_throwNullPointerAndLeaveNothingChanged() {
    Program draft = new Program(ID, 1, SPEC, ProgramStatus.DRAFT, T0, T0);

    assertThatThrownBy(() -> draft.openEnrollment(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("at");
    assertThat(draft.status()).isEqualTo(ProgramStatus.DRAFT);
  }

  @Test
  void openEnrollment_fromMatching_isRefusedAlthoughTheTableHasMatchingToEnrolling() {
    // MATCHING → ENROLLING exists (reopenEnrollment); openEnrollment is for drafts only.
    Program matching = new Program(ID, 1, SPEC, ProgramStatus.MATCHING, T0, T0);

    assertThatThrownBy(() -> matching.openEnrollment(T0))
        .isInstanceOf(dev.mentoring.core.IllegalTransitionException.class)
        .hasMessageContaining("MATCHING");
    assertThat(matching.reopenEnrollment(T0).status()).isEqualTo(ProgramStatus.ENROLLING);
  }

  @Test
  void status_acceptsApplicationsAndPairsPerDocumentation() {
    for (ProgramStatus s : ProgramStatus.values()) {
      assertThat(s.acceptsApplications())
          .as("%s.acceptsApplications()", s)
          .isEqualTo(
              Set.of(ProgramStatus.ENROLLING, ProgramStatus.MATCHING, ProgramStatus.RUNNING)
                  .contains(s));
      assertThat(s.acceptsPairs())
          .as("%s.acceptsPairs()", s)
          .isEqualTo(s == ProgramStatus.MATCHING || s == ProgramStatus.RUNNING);
    }
  }
}
