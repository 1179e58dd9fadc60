package dev.mentoring.testkit.assertions;

import static dev.mentoring.testkit.assertions.MentoringAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mentoring.core.ParticipantId;
import dev.mentoring.core.notification.MatchConfirmed;
import dev.mentoring.core.notification.MatchProposed;
import dev.mentoring.core.pairing.PairId;
import dev.mentoring.core.program.ProgramId;
import dev.mentoring.testkit.fake.RecordingNotifier;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RecordingNotifierAssertTest {
  private static final Instant T0 = Instant.parse("2026-01-05T09:00:00Z");
  private static final MatchProposed PROPOSED =
      new MatchProposed(ParticipantId.of("ann"), ProgramId.of("p1"), PairId.of("x1"), T0);
  private static final MatchConfirmed CONFIRMED =
      new MatchConfirmed(ParticipantId.of("bob"), ProgramId.of("p1"), PairId.of("x1"), T0);

  @Test
  void received_passes() {
    RecordingNotifier notifier = new RecordingNotifier();
    assertThat(notifier).hasReceivedNothing().hasReceivedExactly();

    notifier.send(PROPOSED);
    notifier.send(CONFIRMED);

    assertThat(notifier)
        .hasReceived(MatchProposed.class)
        .hasReceived(MatchConfirmed.class)
        .hasReceivedExactly(PROPOSED, CONFIRMED);
  }

  @Test
  void hasReceived_missingType_listsWhatWasReceived() {
    RecordingNotifier notifier = new RecordingNotifier();

    assertThatThrownBy(() -> assertThat(notifier).hasReceived(MatchProposed.class))
        .isInstanceOf(AssertionError.class)
        .hasMessage(
            "Expecting the notifier to have received a MatchProposed but it received nothing");
    notifier.send(CONFIRMED);
    assertThatThrownBy(() -> assertThat(notifier).hasReceived(MatchProposed.class))
        .hasMessage(
            "Expecting the notifier to have received a MatchProposed but it received 1"
                + " notifications: ["
                + CONFIRMED
                + "]");
  }

  @Test
  void hasReceivedExactly_otherOrderOrContent_showsBoth() {
    RecordingNotifier notifier = new RecordingNotifier();
    notifier.send(PROPOSED);
    notifier.send(CONFIRMED);

    assertThatThrownBy(() -> assertThat(notifier).hasReceivedExactly(CONFIRMED, PROPOSED))
        .hasMessage(
            String.format(
                "Expecting the notifier to have received exactly%n  2 notifications: [%s, %s]%n"
                    + "but it received%n  2 notifications: [%s, %s]",
                CONFIRMED, PROPOSED, PROPOSED, CONFIRMED));
    assertThatThrownBy(() -> assertThat(notifier).hasReceivedNothing())
        .hasMessageStartingWith(
            "Expecting the notifier to have received nothing but it received 2 notifications");
  }

  @Test
  void nullActualOrArguments_fail() {
    assertThatThrownBy(() -> assertThat((RecordingNotifier) null).hasReceivedNothing())
        .hasMessageContaining("Expecting actual not to be null");
    assertThatThrownBy(() -> assertThat(new RecordingNotifier()).hasReceived(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("type");
    assertThatThrownBy(() -> assertThat(new RecordingNotifier()).hasReceivedExactly(PROPOSED, null))
        .isInstanceOf(NullPointerException.class);
  }
}
