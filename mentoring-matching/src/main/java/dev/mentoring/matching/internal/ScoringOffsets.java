package dev.mentoring.matching.internal;

import dev.mentoring.matching.scoring.ScoringContext;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Every participant's UTC offset in minutes at the context's reference instant, or {@link
 * #UNKNOWN}: a feature shared by the time-zone criterion and constraint. Immutable.
 */
final class ScoringOffsets {
  static final String KEY = "dev.mentoring.offsets";

  /** The offset of a participant without a time zone. */
  static final int UNKNOWN = Integer.MIN_VALUE;

  /** Minutes in a day. */
  static final int DAY = 24 * 60;

  /** The largest difference of two offsets, in minutes: offsets lie within ±18 hours. */
  static final int SPAN = 36 * 60;

  /**
   * Stands for an unknown mentor offset in {@link #mentorKey}: for any known mentee offset {@code
   * a}, {@code a + SPAN - UNKNOWN_KEY} lands past the {@code 2·SPAN + 1} differences of known
   * offsets, in a region of a {@link #TABLE}-long lookup table that holds the "unknown" value. Row
   * loops thus need no branch for unknown zones.
   */
  static final int UNKNOWN_KEY = -(SPAN + SPAN / 2 + 1);

  /** The length of a lookup table indexed by {@code a + SPAN - mentorKey[j]}. */
  static final int TABLE = 3 * SPAN + 2;

  final int[] mentee;
  final int[] mentor;

  /** The mentor offsets, {@link #UNKNOWN_KEY} where unknown. */
  final int[] mentorKey;

  private ScoringOffsets(ScoringContext ctx) {
    Instant at = ctx.referenceInstant();
    Map<ZoneId, Integer> cache = new HashMap<>();
    mentee = new int[ctx.menteeCount()];
    mentor = new int[ctx.mentorCount()];
    for (int i = 0; i < mentee.length; i++) {
      mentee[i] = offset(ctx.menteeProfile(i).timeZone(), at, cache);
    }
    mentorKey = new int[mentor.length];
    for (int j = 0; j < mentor.length; j++) {
      mentor[j] = offset(ctx.mentorProfile(j).timeZone(), at, cache);
      mentorKey[j] = mentor[j] == UNKNOWN ? UNKNOWN_KEY : mentor[j];
    }
  }

  static ScoringOffsets of(ScoringContext ctx) {
    return ctx.shared(KEY, ScoringOffsets.class, ScoringOffsets::new);
  }

  private static int offset(@Nullable ZoneId zone, Instant at, Map<ZoneId, Integer> cache) {
    if (zone == null) {
      return UNKNOWN;
    }
    Integer cached = cache.get(zone);
    if (cached != null) {
      return cached;
    }
    int minutes = Math.floorDiv(zone.getRules().getOffset(at).getTotalSeconds(), 60);
    cache.put(zone, minutes);
    return minutes;
  }

  /** The difference of two offsets on the 24-hour clock, 0 to 720 minutes. */
  static int difference(int a, int b) {
    int d = Math.abs(a - b) % DAY;
    return Math.min(d, DAY - d);
  }
}
