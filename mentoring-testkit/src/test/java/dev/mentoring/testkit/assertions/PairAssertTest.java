package dev.mentoring.testkit.assertions;

import static dev.mentoring.testkit.assertions.MentoringAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mentoring.core.ParticipantId;
import dev.mentoring.core.pairing.Explanation;
import dev.mentoring.core.pairing.Pair;
import dev.mentoring.core.pairing.PairId;
import dev.mentoring.core.pairing.PairOrigin;
import dev.mentoring.core.pairing.PairStatus;
import dev.mentoring.core.program.ApprovalSide;
import dev.mentoring.core.program.ProgramId;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PairAssertTest {
  private static final Instant T0 = Instant.parse("2026-01-05T09:00:00Z");
  private static final ParticipantId AMY = ParticipantId.of("amy");
  private static final ParticipantId DAN = ParticipantId.of("dan");
  private static final Pair PAIR =
      Pair.propose(
          PairId.of("x1"),
          ProgramId.of("p1"),
          AMY,
          DAN,
          PairOrigin.ADMIN,
          Explanation.of("by hand"),
          Set.of(ApprovalSide.MENTOR),
          Set.of(),
          T0,
          T0.plusSeconds(3600));

  @Test
  void matchingPair_passes() {
    assertThat(PAIR).hasStatus(PairStatus.PROPOSED).isBetween(AMY, DAN);
    assertThat(PAIR.approve(ApprovalSide.MENTOR, T0)).hasStatus(PairStatus.ACCEPTED);
  }

  @Test
  void hasStatus_otherStatus_namesPairAndBothStatuses() {
    assertThatThrownBy(() -> assertThat(PAIR).hasStatus(PairStatus.ACTIVE))
        .isInstanceOf(AssertionError.class)
        .hasMessage(
            "Expecting pair x1 (mentor amy, mentee dan) to have status ACTIVE but it is PROPOSED");
  }

  @Test
  void isBetween_otherPeopleOrSwapped_namesExpectedAndActual() {
    assertThatThrownBy(() -> assertThat(PAIR).isBetween(DAN, AMY))
        .hasMessage(
            "Expecting pair x1 to be between mentor dan and mentee amy but it is x1 (mentor amy,"
                + " mentee dan)");
    assertThatThrownBy(() -> assertThat(PAIR).isBetween(AMY, ParticipantId.of("eli")))
        .hasMessageContaining("mentee eli");
  }

  @Test
  void nullActualOrArguments_fail() {
    assertThatThrownBy(() -> assertThat((Pair) null).hasStatus(PairStatus.PROPOSED))
        .hasMessageContaining("Expecting actual not to be null");
    assertThatThrownBy(() -> assertThat(PAIR).hasStatus(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("expected");
    assertThatThrownBy(() -> assertThat(PAIR).isBetween(AMY, null)).hasMessage("mentee");
  }
}
