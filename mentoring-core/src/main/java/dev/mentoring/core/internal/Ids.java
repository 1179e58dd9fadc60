package dev.mentoring.core.internal;

import java.util.UUID;

/** Checks and creates the string values behind typed ids. */
public final class Ids {
  /** The longest id value accepted. */
  public static final int MAX_LENGTH = 200;

  private Ids() {}

  /**
   * Checks an id value.
   *
   * @param value the value
   * @param type the id type, for the message
   * @return the value
   */
  public static String check(String value, String type) {
    if (value.isBlank()) {
      throw new IllegalArgumentException(type + " value is blank");
    }
    if (value.length() > MAX_LENGTH) {
      throw new IllegalArgumentException(
          type + " value is longer than " + MAX_LENGTH + " characters: " + value.length());
    }
    return value;
  }

  /**
   * Returns a new random id value.
   *
   * @return a random UUID string
   */
  public static String random() {
    return UUID.randomUUID().toString();
  }
}
