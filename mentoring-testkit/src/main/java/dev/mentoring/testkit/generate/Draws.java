package dev.mentoring.testkit.generate;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.random.RandomGenerator;
import org.jspecify.annotations.Nullable;

/**
 * The draws every generator of this package is made of: biased numbers, picks, texts, ids and
 * times.
 *
 * <p>Two conventions make the generators useful to a shrinking engine that pushes each draw towards
 * zero: a draw of zero gives the simplest outcome (the lower bound, the first option, an absent
 * optional value, an empty collection), and rare edge cases (the upper bound, awkward characters)
 * sit on a non-zero draw.
 */
final class Draws {
  /** The instant generated times cluster around: a Monday morning. */
  static final Instant BASE = Instant.parse("2026-01-05T09:00:00Z");

  /** How far generated instants stray from {@link #BASE}, in seconds: about 400 days. */
  private static final long SPAN_SECONDS = 400L * 24 * 3600;

  /** The longest step between two consecutive instants of one history, in seconds: 30 days. */
  private static final long STEP_SECONDS = 30L * 24 * 3600;

  private static final List<String> WORDS =
      List.of(
          "mentoring",
          "growth",
          "career",
          "goal",
          "feedback",
          "leadership",
          "onboarding",
          "team",
          "craft",
          "review",
          "plan",
          "learn",
          "coach",
          "skills",
          "project",
          "network",
          "pilot",
          "program",
          "quarter",
          "cohort",
          "journey",
          "focus",
          "pair",
          "session",
          "reflection");

  /**
   * Fragments that trip careless serializers: quotes, backslashes, control characters, non-Latin
   * scripts, a character outside the Basic Multilingual Plane, markup. None is blank.
   */
  private static final List<String> AWKWARD =
      List.of(
          "\"quoted\"",
          "back\\slash",
          "tab\tstop",
          "line\nbreak",
          "carriage\rreturn",
          "bell\u0007char",
          "naïve café",
          "日本語",
          "Ελληνικά",
          "عربى",
          "emoji \uD83D\uDE00",
          "<b>&amp;</b>",
          "{\"json\": [1, 2]}",
          "€100 ½ ©",
          "/slash/path");

  private static final List<String> SKILLS =
      List.of(
          "Java",
          "Communication",
          "SQL",
          "Leadership",
          "Python",
          "Public speaking",
          "Stakeholder management",
          "Kotlin",
          "Negotiation",
          "Data analysis",
          "Product discovery",
          "Kubernetes",
          "Accounting",
          "Hiring",
          "UX research",
          "Go",
          "Sales forecasting",
          "Technical writing",
          "Security",
          "Machine learning",
          "Budgeting",
          "Coaching",
          "Rust",
          "Design systems",
          "Contract law",
          "Incident response",
          "TypeScript",
          "Brand strategy",
          "Payroll",
          "Mentoring",
          "Performance reviews",
          "Excel",
          "Cloud architecture",
          "Customer success",
          "Supply chain",
          "Statistics",
          "Agile delivery",
          "Copywriting",
          "Compliance",
          "Facilitation");

  private static final double[] SKILL_CDF = zipfCdf(SKILLS.size());

  private static final List<String> TOPICS =
      List.of(
          "career growth",
          "work-life balance",
          "first-time manager",
          "promotion",
          "remote work",
          "public speaking",
          "technical depth",
          "cross-team projects",
          "returning from leave",
          "diversity and inclusion",
          "personal branding",
          "switching teams",
          "strategy",
          "health and wellbeing",
          "open source");

  private static final List<String> LANGUAGES =
      List.of(
          "en",
          "de",
          "fr",
          "es",
          "pt-BR",
          "hi",
          "ja",
          "zh-Hant-TW",
          "es-419",
          "en-GB",
          "gsw",
          "ar");

  private static final List<ZoneId> ZONES =
      List.of(
          ZoneId.of("UTC"),
          ZoneOffset.UTC,
          ZoneId.of("Europe/Berlin"),
          ZoneId.of("Europe/London"),
          ZoneId.of("America/New_York"),
          ZoneId.of("America/Los_Angeles"),
          ZoneId.of("America/Sao_Paulo"),
          ZoneId.of("America/St_Johns"),
          ZoneId.of("Asia/Kolkata"),
          ZoneId.of("Asia/Kathmandu"),
          ZoneId.of("Asia/Tokyo"),
          ZoneId.of("Australia/Adelaide"),
          ZoneId.of("Pacific/Chatham"),
          ZoneId.of("Pacific/Kiritimati"),
          ZoneId.of("+05:30"),
          ZoneId.of("-03:00"));

  private static final List<String> LOCATIONS =
      List.of(
          "Berlin",
          "London",
          "New York",
          "San Francisco",
          "São Paulo",
          "Bangalore",
          "Tokyo",
          "Sydney",
          "Remote");

  private static final List<String> DEPARTMENTS =
      List.of(
          "Engineering",
          "Sales",
          "Marketing",
          "Finance",
          "People",
          "Legal",
          "Support",
          "Product",
          "Design",
          "Operations");

  private Draws() {}

  // ------------------------------------------------------------------ arguments

  /** Checks a size hint. */
  static int checkSize(int size) {
    if (size < 0) {
      throw new IllegalArgumentException("size is negative: " + size);
    }
    return size;
  }

  /** Wraps a generator body with the argument checks every public generator makes. */
  static <T> Generator<T> generator(Generator<T> body) {
    return (random, size) -> body.next(requireNonNull(random, "random"), checkSize(size));
  }

  /** The size hint for the elements of a collection whose own size is {@code size}. */
  static int inner(int size) {
    return size / 2;
  }

  // -------------------------------------------------------------------- numbers

  /** True with probability 1/n; false on a zero draw. */
  static boolean rarely(RandomGenerator r, int n) {
    return r.nextInt(n) == n - 1;
  }

  /** True with probability 1/4, and on a zero draw: for optional values that may be absent. */
  static boolean absent(RandomGenerator r) {
    return r.nextInt(4) == 0;
  }

  /** An int in {@code [lo, hi]}, hitting each bound with probability 1/8. */
  static int between(RandomGenerator r, int lo, int hi) {
    return (int) longBetween(r, lo, hi);
  }

  /** A long in {@code [lo, hi]}, hitting each bound with probability 1/8. */
  static long longBetween(RandomGenerator r, long lo, long hi) {
    if (hi <= lo) {
      return lo;
    }
    int k = r.nextInt(8);
    if (k == 0) {
      return lo;
    }
    if (k == 1) {
      return hi;
    }
    long span = hi - lo + 1;
    if (span <= 0) { // the range is wider than a long can count
      long v;
      do {
        v = r.nextLong();
      } while (v < lo || v > hi);
      return v;
    }
    return lo + r.nextLong(span);
  }

  /** A collection length: 0 to {@code min(size, cap)}, hitting both bounds now and then. */
  static int length(RandomGenerator r, int size, int cap) {
    return between(r, 0, Math.min(size, cap));
  }

  /** A store version: mostly small, sometimes 0 (never stored) or the largest long. */
  static long version(RandomGenerator r) {
    if (rarely(r, 32)) {
      return Long.MAX_VALUE;
    }
    return longBetween(r, 0, 1_000);
  }

  /**
   * A finite double in {@code [lo, hi]}: the bounds, the double just above {@code lo}, a repeating
   * binary fraction, or any value between.
   */
  static double decimal(RandomGenerator r, double lo, double hi) {
    return switch (r.nextInt(16)) {
      case 0 -> lo;
      case 1 -> hi;
      case 2 -> lo + (hi - lo) / 3; // a repeating binary fraction
      case 3 -> Math.min(hi, Math.nextUp(lo));
      default -> Math.min(hi, lo + (hi - lo) * r.nextDouble());
    };
  }

  // ---------------------------------------------------------------------- picks

  /** One element of a non-empty list, uniformly; the first on a zero draw. */
  static <T> T pick(RandomGenerator r, List<T> options) {
    return options.get(r.nextInt(options.size()));
  }

  /** One constant of an enum, uniformly; the first on a zero draw. */
  static <E extends Enum<E>> E pick(RandomGenerator r, Class<E> type) {
    E[] all = type.getEnumConstants();
    return all[r.nextInt(all.length)];
  }

  /** Any subset of an enum's constants, each present with probability 1/2; empty on zero draws. */
  static <E extends Enum<E>> Set<E> subset(RandomGenerator r, Class<E> type) {
    Set<E> set = EnumSet.noneOf(type);
    for (E e : type.getEnumConstants()) {
      if (r.nextBoolean()) {
        set.add(e);
      }
    }
    return Collections.unmodifiableSet(set);
  }

  /** A list of {@code count} values of a supplier. */
  static <T> List<T> list(int count, Supplier<T> element) {
    List<T> out = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      out.add(element.get());
    }
    return out;
  }

  /**
   * Up to {@code count} distinct values of a supplier, in the order first drawn; fewer only if the
   * supplier keeps repeating itself.
   */
  static <T> List<T> distinct(int count, Supplier<T> element) {
    Set<T> out = new LinkedHashSet<>();
    for (int attempts = 0; out.size() < count && attempts < 4 * count + 8; attempts++) {
      out.add(element.get());
    }
    return new ArrayList<>(out);
  }

  // ---------------------------------------------------------------------- texts

  /**
   * A non-blank text of at most {@code maxLength} characters whose length grows with the size; now
   * and then exactly {@code maxLength} long, or holding an awkward fragment.
   */
  static String text(RandomGenerator r, int size, int maxLength) {
    if (rarely(r, 24)) {
      return filled(maxLength);
    }
    int words = 1 + r.nextInt(1 + Math.min(size, 60));
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < words; i++) {
      String token = rarely(r, 8) ? pick(r, AWKWARD) : pick(r, WORDS);
      int extra = (b.length() == 0 ? 0 : 1) + token.length();
      if (b.length() + extra > maxLength) {
        break;
      }
      if (b.length() > 0) {
        b.append(' ');
      }
      b.append(token);
    }
    return b.length() == 0 ? "x" : b.toString();
  }

  /** A text that may also be empty or absent: null on a zero draw, "" now and then. */
  static @Nullable String optionalText(RandomGenerator r, int size, int maxLength) {
    if (absent(r)) {
      return null;
    }
    return rarely(r, 8) ? "" : text(r, size, maxLength);
  }

  /** A text that may be empty. */
  static String textOrEmpty(RandomGenerator r, int size, int maxLength) {
    return rarely(r, 8) ? "" : text(r, size, maxLength);
  }

  /** A text of exactly {@code length} characters. */
  private static String filled(int length) {
    StringBuilder b = new StringBuilder(length);
    while (b.length() < length) {
      b.append((char) ('a' + b.length() % 26));
    }
    return b.toString();
  }

  /** One of the vocabulary's words. */
  static String word(RandomGenerator r) {
    return pick(r, WORDS);
  }

  /** One of the awkward fragments. */
  static String awkward(RandomGenerator r) {
    return pick(r, AWKWARD);
  }

  // ------------------------------------------------------------------------ ids

  /**
   * An id value: mostly {@code prefix-n} with {@code n} below a bound that grows with the size (so
   * small sizes repeat ids), now and then one character, 200 characters, a UUID or awkward text.
   */
  static String idValue(RandomGenerator r, String prefix, int size) {
    return switch (r.nextInt(24)) {
      case 20 -> String.valueOf((char) ('a' + r.nextInt(26)));
      case 21 -> prefix + "-" + filled(199 - prefix.length());
      case 22 -> new UUID(r.nextLong(), r.nextLong()).toString();
      case 23 -> prefix + " " + awkward(r);
      default -> prefix + "-" + r.nextInt(10 + 10 * Math.min(size, 100_000));
    };
  }

  /** A random UUID made of two draws. */
  static String uuid(RandomGenerator r) {
    return new UUID(r.nextLong(), r.nextLong()).toString();
  }

  /** A form question key: lower-case letters, digits and {@code _ . -}, at most 64 characters. */
  static String questionKey(RandomGenerator r, int index) {
    return switch (r.nextInt(16)) {
      case 14 -> "k" + index + "-" + filled(60 - String.valueOf(index).length());
      case 15 -> index + "_x.y-z";
      default -> pick(r, WORDS).replace(' ', '_').toLowerCase(java.util.Locale.ROOT) + "_" + index;
    };
  }

  // ---------------------------------------------------------------- vocabulary

  /** A skill name, drawn with Zipf-like frequencies (the first the most common). */
  static String skillName(RandomGenerator r) {
    double u = r.nextDouble();
    int lo = 0;
    int hi = SKILL_CDF.length - 1;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (SKILL_CDF[mid] < u) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return SKILLS.get(lo);
  }

  /** A topic. */
  static String topic(RandomGenerator r) {
    return pick(r, TOPICS);
  }

  /** A BCP 47 language tag. */
  static String language(RandomGenerator r) {
    return pick(r, LANGUAGES);
  }

  /** A time zone: region ids, fixed offsets, half- and three-quarter-hour zones. */
  static ZoneId zone(RandomGenerator r) {
    return pick(r, ZONES);
  }

  /** An office or city. */
  static String location(RandomGenerator r) {
    return pick(r, LOCATIONS);
  }

  /** A department. */
  static String department(RandomGenerator r) {
    return pick(r, DEPARTMENTS);
  }

  private static double[] zipfCdf(int n) {
    double[] cdf = new double[n];
    double sum = 0;
    for (int i = 0; i < n; i++) {
      sum += 1.0 / (i + 1);
      cdf[i] = sum;
    }
    for (int i = 0; i < n; i++) {
      cdf[i] /= sum;
    }
    return cdf;
  }

  // ---------------------------------------------------------------------- times

  /**
   * An instant within about 400 days of {@link #BASE}, in whole seconds, milliseconds or
   * nanoseconds; now and then the epoch.
   */
  static Instant instant(RandomGenerator r) {
    if (rarely(r, 32)) {
      return Instant.EPOCH;
    }
    long seconds = BASE.getEpochSecond() - SPAN_SECONDS + r.nextLong(2 * SPAN_SECONDS + 1);
    return Instant.ofEpochSecond(seconds, nanos(r));
  }

  /** An instant at or up to 30 days after {@code from}; equal to it with probability 1/8. */
  static Instant after(RandomGenerator r, Instant from) {
    if (r.nextInt(8) == 0) {
      return from;
    }
    return from.plusSeconds(1 + r.nextLong(STEP_SECONDS)).plusNanos(nanos(r));
  }

  /** An instant in {@code [from, until)}, or {@code from} if the interval is empty. */
  static Instant within(RandomGenerator r, Instant from, Instant until) {
    long nanos = Duration.between(from, until).toNanos();
    if (nanos <= 1) {
      return from;
    }
    return r.nextInt(8) == 0 ? from : from.plusNanos(r.nextLong(nanos));
  }

  /** A fraction of a second: none on a zero draw, else whole milliseconds or any nanoseconds. */
  private static long nanos(RandomGenerator r) {
    return switch (r.nextInt(4)) {
      case 2 -> r.nextInt(1_000) * 1_000_000L;
      case 3 -> r.nextInt(1_000_000_000);
      default -> 0L;
    };
  }

  /** A date within about three years of {@link #BASE}. */
  static LocalDate date(RandomGenerator r) {
    return LocalDate.of(2026, 1, 5).plusDays(r.nextInt(2_000) - 1_000);
  }

  /**
   * A duration in {@code [min, max]}: the bounds, whole days, whole hours or any number of
   * nanoseconds. {@code min} is a whole number of seconds.
   */
  static Duration duration(RandomGenerator r, Duration min, Duration max) {
    int k = r.nextInt(8);
    if (k == 0 || max.compareTo(min) <= 0) {
      return min;
    }
    if (k == 1) {
      return max;
    }
    long dayLo = min.toDays() + (min.equals(Duration.ofDays(min.toDays())) ? 0 : 1);
    if (k <= 3 && dayLo <= max.toDays()) {
      return Duration.ofDays(longBetween(r, dayLo, max.toDays()));
    }
    long hourLo = min.toHours() + (min.equals(Duration.ofHours(min.toHours())) ? 0 : 1);
    if (k <= 5 && hourLo <= max.toHours()) {
      return Duration.ofHours(longBetween(r, hourLo, max.toHours()));
    }
    Duration d = min.plusNanos(r.nextLong(max.minus(min).toNanos() + 1));
    return r.nextBoolean() ? Duration.ofSeconds(d.toSeconds()) : d;
  }
}
