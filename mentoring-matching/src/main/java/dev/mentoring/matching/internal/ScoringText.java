package dev.mentoring.matching.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;

/** Text helpers for explanations and reasons. */
public final class ScoringText {
  private ScoringText() {}

  /** Normalises a free-text value for comparison: trimmed and lower-cased; null if blank. */
  public static String normalize(String value) {
    return value.strip().toLowerCase(Locale.ROOT);
  }

  /** Formats a number with at most three decimals and no trailing zeros, such as 0.75. */
  public static String decimal(double value) {
    BigDecimal d =
        BigDecimal.valueOf(value).setScale(3, RoundingMode.HALF_EVEN).stripTrailingZeros();
    return d.scale() < 0 ? d.setScale(0).toPlainString() : d.toPlainString();
  }

  /** A contribution's detail: the criterion's account, then its sub-score and weight. */
  static String detail(String account, double subScore, int weight) {
    String numbers = "sub-score " + decimal(subScore) + " × weight " + weight;
    return account.isEmpty() ? numbers : account + " (" + numbers + ")";
  }

  /** Formats minutes as hours, such as 5.5h or 8h. */
  public static String hours(int minutes) {
    return decimal(minutes / 60.0) + "h";
  }

  /** Formats an offset in minutes as UTC+hh:mm. */
  public static String offset(int minutes) {
    int abs = Math.abs(minutes);
    return String.format(
        Locale.ROOT, "UTC%s%02d:%02d", minutes < 0 ? "-" : "+", abs / 60, abs % 60);
  }
}
