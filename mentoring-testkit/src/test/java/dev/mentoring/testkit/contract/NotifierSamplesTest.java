package dev.mentoring.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mentoring.core.notification.Notification;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class NotifierSamplesTest {

  @Test
  void range_coversEveryPermittedSubtype() {
    Set<Class<?>> kinds = new HashSet<>();
    NotifierSamples.range(0, NotifierSamples.KINDS).forEach(n -> kinds.add(n.getClass()));

    assertThat(kinds)
        .as("a new Notification subtype needs a sample in NotifierSamples")
        .containsExactlyInAnyOrder(Notification.class.getPermittedSubclasses());
  }

  @Test
  void range_givesDistinctNotificationsTheSameOnEveryCall() {
    List<Notification> first = NotifierSamples.range(0, 1_000);

    assertThat(new HashSet<>(first)).hasSize(1_000);
    assertThat(NotifierSamples.range(0, 1_000)).isEqualTo(first);
    assertThat(NotifierSamples.range(10, 5)).isEqualTo(first.subList(10, 15));
  }
}
