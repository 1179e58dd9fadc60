package dev.mentoring.json.internal;

import dev.mentoring.core.ParticipantId;
import dev.mentoring.core.enrollment.EnrollmentId;
import dev.mentoring.core.pairing.PairId;
import dev.mentoring.core.program.ProgramId;
import dev.mentoring.json.JsonReadOptions;
import java.net.URI;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/** Codecs of the scalar values: strings, numbers, booleans, ids and {@code java.time} values. */
public final class Scalars {
  private Scalars() {}

  /** Any string, as is. */
  public static final StringCodec<String> STRING =
      StringCodec.of("a string", s -> s, s -> s, false);

  /** A boolean. */
  public static final Codec<Boolean> BOOLEAN =
      new Codec<>() {
        @Override
        public void write(Boolean value, JsonWriter out) {
          out.bool(value);
        }

        @Override
        public Boolean read(JsonValue json, Path path, JsonReadOptions options) {
          if (json instanceof JsonValue.JsonBoolean b) {
            return b.value();
          }
          throw Codec.mismatch(path, "a boolean", json);
        }
      };

  /** An int, as a JSON integer. */
  public static final Codec<Integer> INT =
      new Codec<>() {
        @Override
        public void write(Integer value, JsonWriter out) {
          out.number(value);
        }

        @Override
        public Integer read(JsonValue json, Path path, JsonReadOptions options) {
          return Numbers.readInt(json, path);
        }
      };

  /** A long, as a JSON integer. */
  public static final Codec<Long> LONG =
      new Codec<>() {
        @Override
        public void write(Long value, JsonWriter out) {
          out.number(value);
        }

        @Override
        public Long read(JsonValue json, Path path, JsonReadOptions options) {
          return Numbers.readLong(json, path);
        }
      };

  /** A finite double, in {@link Double#toString(double)} form. */
  public static final Codec<Double> DOUBLE =
      new Codec<>() {
        @Override
        public void write(Double value, JsonWriter out) {
          out.number(Numbers.format(value, "a number"));
        }

        @Override
        public Double read(JsonValue json, Path path, JsonReadOptions options) {
          return Numbers.readDouble(json, path);
        }
      };

  /**
   * An instant in {@link Instant#toString()} form: ISO-8601 in UTC, such as {@code
   * 2026-03-01T09:00:00Z}.
   */
  public static final StringCodec<Instant> INSTANT =
      StringCodec.of("an ISO-8601 instant", Instant::toString, Instant::parse, false);

  /** A date in ISO-8601 form, such as {@code 2026-03-01}. */
  public static final StringCodec<LocalDate> LOCAL_DATE =
      StringCodec.of("an ISO-8601 date", LocalDate::toString, LocalDate::parse, false);

  /**
   * A duration in ISO-8601 form as {@link Duration#toString()} writes it, such as {@code PT24H}.
   */
  public static final StringCodec<Duration> DURATION =
      StringCodec.of("an ISO-8601 duration", Duration::toString, Duration::parse, false);

  /** A time-zone id, such as {@code Europe/Berlin} or {@code +01:00}. */
  public static final StringCodec<ZoneId> ZONE_ID =
      StringCodec.of("a time-zone id", ZoneId::getId, ZoneId::of, false);

  /**
   * A URI, as {@link URI#toString()} writes it, such as {@code https://example.com/guide}; read
   * with {@link URI#create(String)}, which refuses text that is not a URI.
   */
  public static final StringCodec<URI> URI_TEXT =
      StringCodec.of("a URI", URI::toString, URI::create, false);

  /** A weekday, as its lower-case name such as {@code monday}. */
  public static final EnumCodec<DayOfWeek> DAY_OF_WEEK = EnumCodec.of(DayOfWeek.class);

  /** A program id, as its string. */
  public static final StringCodec<ProgramId> PROGRAM_ID =
      StringCodec.of("a program id", ProgramId::value, ProgramId::of, true);

  /** A participant id, as its string. */
  public static final StringCodec<ParticipantId> PARTICIPANT_ID =
      StringCodec.of("a participant id", ParticipantId::value, ParticipantId::of, true);

  /** An enrollment id, as its string. */
  public static final StringCodec<EnrollmentId> ENROLLMENT_ID =
      StringCodec.of("an enrollment id", EnrollmentId::value, EnrollmentId::of, true);

  /** A pair id, as its string. */
  public static final StringCodec<PairId> PAIR_ID =
      StringCodec.of("a pair id", PairId::value, PairId::of, true);
}
