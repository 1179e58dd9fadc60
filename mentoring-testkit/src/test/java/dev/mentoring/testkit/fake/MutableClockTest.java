package dev.mentoring.testkit.fake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class MutableClockTest {
  private static final Instant T0 = Instant.parse("2026-01-05T09:00:00Z");

  @Test
  void at_standsStillUntilMoved() {
    MutableClock clock = MutableClock.at(T0);

    assertThat(clock.instant()).isEqualTo(T0);
    assertThat(clock.instant()).isEqualTo(T0);
    assertThat(clock.millis()).isEqualTo(T0.toEpochMilli());
    assertThat(clock.getZone()).isEqualTo(ZoneOffset.UTC);
  }

  @Test
  void at_nullArguments_throwNullPointerNamingThem() {
    assertThatThrownBy(() -> MutableClock.at(null)).hasMessage("start");
    assertThatThrownBy(() -> MutableClock.at(T0, null)).hasMessage("zone");
  }

  @Test
  void advance_movesForwardAndReturnsTheNewInstant() {
    MutableClock clock = MutableClock.at(T0);

    Instant after = clock.advance(Duration.ofDays(8));
    Instant same = clock.advance(Duration.ZERO);

    assertThat(after).isEqualTo(T0.plus(Duration.ofDays(8)));
    assertThat(same).isEqualTo(after);
    assertThat(clock.instant()).isEqualTo(after);
  }

  @Test
  void advance_negative_throwsIllegalArgumentAndStaysPut() {
    MutableClock clock = MutableClock.at(T0);

    assertThatThrownBy(() -> clock.advance(Duration.ofSeconds(-1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("amount is negative: PT-1S; a MutableClock never moves backwards");
    assertThatThrownBy(() -> clock.advance(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("amount");
    assertThat(clock.instant()).isEqualTo(T0);
  }

  @Test
  void advance_pastInstantMax_throwsAndStaysPut() {
    MutableClock clock = MutableClock.at(Instant.MAX.minusSeconds(1));

    assertThatThrownBy(() -> clock.advance(Duration.ofSeconds(2)))
        .isInstanceOf(DateTimeException.class);
    assertThat(clock.instant()).isEqualTo(Instant.MAX.minusSeconds(1));
  }

  @Test
  void set_forwardOrSame_moves() {
    MutableClock clock = MutableClock.at(T0);

    clock.set(T0);
    clock.set(T0.plusSeconds(30));

    assertThat(clock.instant()).isEqualTo(T0.plusSeconds(30));
  }

  @Test
  void set_backwards_throwsIllegalArgumentNamingBothInstants() {
    MutableClock clock = MutableClock.at(T0);

    assertThatThrownBy(() -> clock.set(T0.minusNanos(1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "instant 2026-01-05T08:59:59.999999999Z is before the clock's 2026-01-05T09:00:00Z;"
                + " a MutableClock never moves backwards");
    assertThatThrownBy(() -> clock.set(null)).hasMessage("instant");
    assertThat(clock.instant()).isEqualTo(T0);
  }

  @Test
  void withZone_sharesTheInstantAndConvertsInItsZone() {
    ZoneId tokyo = ZoneId.of("Asia/Tokyo");
    MutableClock utc = MutableClock.at(T0);
    MutableClock inTokyo = utc.withZone(tokyo);

    utc.advance(Duration.ofHours(1));
    inTokyo.advance(Duration.ofHours(1));

    assertThat(utc.instant()).isEqualTo(T0.plus(Duration.ofHours(2)));
    assertThat(inTokyo.instant()).isEqualTo(utc.instant());
    assertThat(inTokyo.getZone()).isEqualTo(tokyo);
    assertThat(LocalDateTime.now(inTokyo)).isEqualTo(LocalDateTime.parse("2026-01-05T20:00:00"));
    assertThat(utc.withZone(ZoneOffset.UTC)).isSameAs(utc);
    assertThat(MutableClock.at(T0, tokyo).getZone()).isEqualTo(tokyo);
    assertThat(utc).hasToString("MutableClock[2026-01-05T11:00:00Z,Z]");
  }

  @Test
  void advance_fromManyThreads_losesNoStep() throws Exception {
    MutableClock clock = MutableClock.at(T0);
    int threads = 8;
    int steps = 1_000;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<?>> futures = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        futures.add(
            pool.submit(
                () -> {
                  for (int i = 0; i < steps; i++) {
                    clock.advance(Duration.ofMillis(1));
                  }
                }));
      }
      for (Future<?> f : futures) {
        f.get(10, TimeUnit.SECONDS);
      }
    } finally {
      pool.shutdownNow();
    }

    assertThat(clock.instant()).isEqualTo(T0.plusMillis((long) threads * steps));
  }
}
