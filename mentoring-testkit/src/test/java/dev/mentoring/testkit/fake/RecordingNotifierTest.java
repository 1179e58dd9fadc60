package dev.mentoring.testkit.fake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mentoring.core.ParticipantId;
import dev.mentoring.core.notification.MatchConfirmed;
import dev.mentoring.core.notification.MatchProposed;
import dev.mentoring.core.notification.Notification;
import dev.mentoring.core.pairing.PairId;
import dev.mentoring.core.program.ProgramId;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class RecordingNotifierTest {
  private static final Instant T0 = Instant.parse("2026-01-05T09:00:00Z");
  private static final ParticipantId ANN = ParticipantId.of("ann");
  private static final ParticipantId BOB = ParticipantId.of("bob");
  private static final ProgramId PROGRAM = ProgramId.of("p1");

  private static MatchProposed proposed(ParticipantId to) {
    return new MatchProposed(to, PROGRAM, PairId.of("x1"), T0);
  }

  private static MatchConfirmed confirmed(ParticipantId to) {
    return new MatchConfirmed(to, PROGRAM, PairId.of("x1"), T0);
  }

  @Test
  void send_keepsNotificationsInOrder() {
    RecordingNotifier notifier = new RecordingNotifier();

    notifier.send(proposed(ANN));
    notifier.send(confirmed(BOB));
    notifier.send(proposed(ANN));

    assertThat(notifier.notifications())
        .containsExactly(proposed(ANN), confirmed(BOB), proposed(ANN));
  }

  @Test
  void queries_filterByTypeAndRecipient() {
    RecordingNotifier notifier = new RecordingNotifier();
    notifier.send(proposed(ANN));
    notifier.send(confirmed(BOB));
    notifier.send(confirmed(ANN));

    List<MatchConfirmed> confirmations = notifier.ofType(MatchConfirmed.class);

    assertThat(confirmations).containsExactly(confirmed(BOB), confirmed(ANN));
    assertThat(notifier.ofType(Notification.class)).hasSize(3);
    assertThat(notifier.to(ANN)).containsExactly(proposed(ANN), confirmed(ANN));
    assertThat(notifier.to(ParticipantId.of("nobody"))).isEmpty();
  }

  @Test
  void queries_returnImmutableSnapshots() {
    RecordingNotifier notifier = new RecordingNotifier();
    notifier.send(proposed(ANN));
    List<Notification> snapshot = notifier.notifications();

    notifier.send(confirmed(BOB));

    assertThat(snapshot).containsExactly(proposed(ANN));
    assertThatThrownBy(() -> snapshot.add(confirmed(ANN)))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> notifier.ofType(MatchProposed.class).clear())
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void clear_forgetsEverything() {
    RecordingNotifier notifier = new RecordingNotifier();
    notifier.send(proposed(ANN));

    notifier.clear();
    notifier.send(confirmed(BOB));

    assertThat(notifier.notifications()).containsExactly(confirmed(BOB));
    assertThat(notifier).hasToString("RecordingNotifier" + List.of(confirmed(BOB)));
  }

  @Test
  void nullArguments_throwNullPointerNamingThem() {
    RecordingNotifier notifier = new RecordingNotifier();

    assertThatThrownBy(() -> notifier.send(null)).hasMessage("notification");
    assertThatThrownBy(() -> notifier.ofType(null)).hasMessage("type");
    assertThatThrownBy(() -> notifier.to(null)).hasMessage("recipient");
    assertThat(notifier.notifications()).isEmpty();
  }
}
