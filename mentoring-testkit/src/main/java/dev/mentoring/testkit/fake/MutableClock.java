package dev.mentoring.testkit.fake;

import static java.util.Objects.requireNonNull;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.apiguardian.api.API;

/**
 * A {@link Clock} that stands still until a test moves it, and never moves backwards.
 *
 * <p>A host hands it to the engine and moves time by hand:
 *
 * <pre>{@code
 * MutableClock clock = MutableClock.at(Instant.parse("2026-01-05T09:00:00Z"));
 * Mentoring mentoring = Mentoring.builder().clock(clock).build();
 * clock.advance(Duration.ofDays(8)); // proposals made before now are overdue
 * }</pre>
 *
 * <p>A clock and the copies {@link #withZone} returns share one instant: moving one moves all. The
 * zone only affects conversions to local dates and times; {@link #instant()} is the same in every
 * zone.
 *
 * <p>This class is thread-safe: {@link #advance} and {@link #set} are atomic, and every thread sees
 * the latest instant.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class MutableClock extends Clock {
  private final Time now;
  private final ZoneId zone;

  /** The instant, shared by a clock and its zone views. */
  private static final class Time {
    private volatile Instant instant;

    Time(Instant instant) {
      this.instant = instant;
    }
  }

  private MutableClock(Time now, ZoneId zone) {
    this.now = now;
    this.zone = zone;
  }

  /**
   * Returns a clock in UTC standing at an instant.
   *
   * @param start the instant the clock shows until it is moved
   * @return a new clock
   * @throws NullPointerException if {@code start} is null
   */
  public static MutableClock at(Instant start) {
    return at(start, ZoneOffset.UTC);
  }

  /**
   * Returns a clock in a zone standing at an instant.
   *
   * @param start the instant the clock shows until it is moved
   * @param zone the clock's zone
   * @return a new clock
   * @throws NullPointerException if an argument is null
   */
  public static MutableClock at(Instant start, ZoneId zone) {
    requireNonNull(start, "start");
    requireNonNull(zone, "zone");
    return new MutableClock(new Time(start), zone);
  }

  /**
   * Moves the clock forward.
   *
   * @param amount how far; zero leaves the clock where it is
   * @return the instant the clock shows afterwards
   * @throws NullPointerException if {@code amount} is null
   * @throws IllegalArgumentException if {@code amount} is negative
   * @throws java.time.DateTimeException if the clock would pass {@link Instant#MAX}
   */
  public Instant advance(Duration amount) {
    requireNonNull(amount, "amount");
    if (amount.isNegative()) {
      throw new IllegalArgumentException(
          "amount is negative: " + amount + "; a MutableClock never moves backwards");
    }
    synchronized (now) {
      Instant next = now.instant.plus(amount);
      now.instant = next;
      return next;
    }
  }

  /**
   * Moves the clock to an instant at or after the one it shows.
   *
   * @param instant the new instant
   * @throws NullPointerException if {@code instant} is null
   * @throws IllegalArgumentException if {@code instant} is before the instant the clock shows
   */
  public void set(Instant instant) {
    requireNonNull(instant, "instant");
    synchronized (now) {
      Instant current = now.instant;
      if (instant.isBefore(current)) {
        throw new IllegalArgumentException(
            "instant "
                + instant
                + " is before the clock's "
                + current
                + "; a MutableClock never moves backwards");
      }
      now.instant = instant;
    }
  }

  /**
   * Returns the clock's zone.
   *
   * @return the zone given at creation or to {@link #withZone}
   */
  @Override
  public ZoneId getZone() {
    return zone;
  }

  /**
   * Returns a clock in another zone that shares this clock's instant: moving either moves both.
   *
   * @param newZone the zone
   * @return this clock if the zone is the same, otherwise a view in {@code newZone}
   * @throws NullPointerException if {@code newZone} is null
   */
  @Override
  public MutableClock withZone(ZoneId newZone) {
    requireNonNull(newZone, "newZone");
    return newZone.equals(zone) ? this : new MutableClock(now, newZone);
  }

  /**
   * Returns the instant the clock shows.
   *
   * @return the latest instant set or reached by advancing
   */
  @Override
  public Instant instant() {
    return now.instant;
  }

  @Override
  public String toString() {
    return "MutableClock[" + now.instant + "," + zone + "]";
  }
}
