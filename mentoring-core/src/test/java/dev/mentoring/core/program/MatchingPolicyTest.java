package dev.mentoring.core.program;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MatchingPolicyTest {

  @Test
  void defaults_matchDocumentation() {
    MatchingPolicy p = MatchingPolicy.defaults();

    assertThat(p.mode()).isEqualTo(MatchingMode.AUTOMATIC_WITH_APPROVAL);
    assertThat(p.approvals()).containsExactlyInAnyOrder(ApprovalSide.MENTOR, ApprovalSide.MENTEE);
    assertThat(p.requestExpiry()).isEqualTo(Duration.ofDays(7));
    assertThat(p.defaultMentorCapacity()).isEqualTo(2);
    assertThat(p.maxMentorsPerMentee()).isEqualTo(1);
    assertThat(p.allowRepeatPairs()).isFalse();
  }

  @Test
  void withMethods_changeOnlyTheirComponent() {
    MatchingPolicy p = MatchingPolicy.defaults();
    MatchingMode mode = MatchingMode.SELF_SERVICE;
    Set<ApprovalSide> admin = Set.of(ApprovalSide.ADMIN);
    Duration day = Duration.ofDays(1);

    assertThat(p.withMode(mode))
        .isEqualTo(new MatchingPolicy(mode, p.approvals(), Duration.ofDays(7), 2, 1, false));
    assertThat(p.withApprovals(admin))
        .isEqualTo(new MatchingPolicy(p.mode(), admin, Duration.ofDays(7), 2, 1, false));
    assertThat(p.withRequestExpiry(day))
        .isEqualTo(new MatchingPolicy(p.mode(), p.approvals(), day, 2, 1, false));
    assertThat(p.withDefaultMentorCapacity(5))
        .isEqualTo(new MatchingPolicy(p.mode(), p.approvals(), Duration.ofDays(7), 5, 1, false));
    assertThat(p.withMaxMentorsPerMentee(3))
        .isEqualTo(new MatchingPolicy(p.mode(), p.approvals(), Duration.ofDays(7), 2, 3, false));
    assertThat(p.withRepeatPairs(true))
        .isEqualTo(new MatchingPolicy(p.mode(), p.approvals(), Duration.ofDays(7), 2, 1, true));
    assertThat(p).isEqualTo(MatchingPolicy.defaults());
  }

  @Test
  void constructor_copiesApprovals() {
    Set<ApprovalSide> sides = EnumSet.of(ApprovalSide.MENTOR);
    MatchingPolicy p = MatchingPolicy.defaults().withApprovals(sides);

    sides.add(ApprovalSide.ADMIN);

    assertThat(p.approvals()).containsExactly(ApprovalSide.MENTOR);
    assertThatThrownBy(() -> p.approvals().add(ApprovalSide.MENTEE))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThat(MatchingPolicy.defaults().withApprovals(Set.of()).approvals()).isEmpty();
  }

  @Test
  void constructor_nullComponent_throwsNullPointer() {
    Duration week = Duration.ofDays(7);
    Set<ApprovalSide> none = Set.of();
    assertThatThrownBy(() -> new MatchingPolicy(null, none, week, 2, 1, false))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("mode");
    assertThatThrownBy(() -> new MatchingPolicy(MatchingMode.ADMIN, none, null, 2, 1, false))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("requestExpiry");
    assertThatThrownBy(() -> new MatchingPolicy(MatchingMode.ADMIN, null, week, 2, 1, false))
        .isInstanceOf(NullPointerException.class);
  }
}
