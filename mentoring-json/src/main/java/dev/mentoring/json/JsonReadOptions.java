package dev.mentoring.json;

import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * How strictly and within which limits JSON is read. Limits are checked while the input is read,
 * before any value is built, so oversized or deeply nested input fails early with a {@link
 * MentoringJsonException} instead of exhausting memory or the stack.
 *
 * <p>Defaults ({@link #defaults()}):
 *
 * <ul>
 *   <li>unknown properties are rejected ({@link MentoringJsonException.Rule#UNKNOWN_PROPERTY});
 *   <li>strings and property names hold at most {@value #DEFAULT_MAX_STRING_LENGTH} characters;
 *   <li>arrays and objects hold at most {@value #DEFAULT_MAX_COLLECTION_SIZE} entries (a matching
 *       run of 10,000 pairs fits);
 *   <li>arrays and objects nest at most {@value #DEFAULT_MAX_NESTING_DEPTH} levels deep, counted
 *       from the value being read (the deepest shape needs 7).
 * </ul>
 *
 * <p>Immutable and thread-safe. Build with {@link #builder()}.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class JsonReadOptions {

  /** The default {@link #maxStringLength()}. */
  public static final int DEFAULT_MAX_STRING_LENGTH = 100_000;

  /** The default {@link #maxCollectionSize()}. */
  public static final int DEFAULT_MAX_COLLECTION_SIZE = 100_000;

  /** The default {@link #maxNestingDepth()}. */
  public static final int DEFAULT_MAX_NESTING_DEPTH = 32;

  /** The largest {@link #maxNestingDepth()} accepted; reading recurses once per level. */
  public static final int MAX_NESTING_DEPTH_LIMIT = 1_000;

  private static final JsonReadOptions DEFAULTS = builder().build();

  private final boolean ignoreUnknownProperties;
  private final int maxStringLength;
  private final int maxCollectionSize;
  private final int maxNestingDepth;

  private JsonReadOptions(Builder b) {
    this.ignoreUnknownProperties = b.ignoreUnknownProperties;
    this.maxStringLength = b.maxStringLength;
    this.maxCollectionSize = b.maxCollectionSize;
    this.maxNestingDepth = b.maxNestingDepth;
  }

  /**
   * Returns the defaults listed in the class description.
   *
   * @return the default options
   */
  public static JsonReadOptions defaults() {
    return DEFAULTS;
  }

  /**
   * Returns a builder that starts from the defaults.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Tells whether properties the shape does not define are skipped rather than rejected. Skipped
   * properties are still read, so the limits apply to them.
   *
   * @return true to skip unknown properties; false (the default) to reject them
   */
  public boolean ignoreUnknownProperties() {
    return ignoreUnknownProperties;
  }

  /**
   * Returns the longest string, property name or number text accepted, in UTF-16 characters.
   *
   * @return at least 1; {@value #DEFAULT_MAX_STRING_LENGTH} by default
   */
  public int maxStringLength() {
    return maxStringLength;
  }

  /**
   * Returns the most elements of an array, or properties of an object, accepted.
   *
   * @return at least 0; {@value #DEFAULT_MAX_COLLECTION_SIZE} by default
   */
  public int maxCollectionSize() {
    return maxCollectionSize;
  }

  /**
   * Returns the deepest nesting of arrays and objects accepted; the value being read is level 1.
   *
   * @return 1 to {@value #MAX_NESTING_DEPTH_LIMIT}; {@value #DEFAULT_MAX_NESTING_DEPTH} by default
   */
  public int maxNestingDepth() {
    return maxNestingDepth;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof JsonReadOptions other
        && ignoreUnknownProperties == other.ignoreUnknownProperties
        && maxStringLength == other.maxStringLength
        && maxCollectionSize == other.maxCollectionSize
        && maxNestingDepth == other.maxNestingDepth;
  }

  @Override
  public int hashCode() {
    int h = Boolean.hashCode(ignoreUnknownProperties);
    h = 31 * h + maxStringLength;
    h = 31 * h + maxCollectionSize;
    return 31 * h + maxNestingDepth;
  }

  @Override
  public String toString() {
    return "JsonReadOptions{ignoreUnknownProperties="
        + ignoreUnknownProperties
        + ", maxStringLength="
        + maxStringLength
        + ", maxCollectionSize="
        + maxCollectionSize
        + ", maxNestingDepth="
        + maxNestingDepth
        + "}";
  }

  /**
   * Builds {@link JsonReadOptions}. Not thread-safe; each setter replaces the previous value and
   * {@link #build()} copies the settings, so a builder may be reused.
   *
   * @since 0.1
   */
  @API(status = API.Status.EXPERIMENTAL, since = "0.1")
  public static final class Builder {
    private boolean ignoreUnknownProperties;
    private int maxStringLength = DEFAULT_MAX_STRING_LENGTH;
    private int maxCollectionSize = DEFAULT_MAX_COLLECTION_SIZE;
    private int maxNestingDepth = DEFAULT_MAX_NESTING_DEPTH;

    private Builder() {}

    /**
     * Sets whether properties the shape does not define are skipped rather than rejected.
     *
     * @param value true to skip them
     * @return this builder
     */
    public Builder ignoreUnknownProperties(boolean value) {
      this.ignoreUnknownProperties = value;
      return this;
    }

    /**
     * Sets the longest string, property name or number text accepted.
     *
     * @param value in UTF-16 characters, at least 1
     * @return this builder
     * @throws IllegalArgumentException if {@code value} is less than 1
     */
    public Builder maxStringLength(int value) {
      if (value < 1) {
        throw new IllegalArgumentException("maxStringLength must be at least 1: " + value);
      }
      this.maxStringLength = value;
      return this;
    }

    /**
     * Sets the most elements of an array, or properties of an object, accepted.
     *
     * @param value at least 0
     * @return this builder
     * @throws IllegalArgumentException if {@code value} is negative
     */
    public Builder maxCollectionSize(int value) {
      if (value < 0) {
        throw new IllegalArgumentException("maxCollectionSize must not be negative: " + value);
      }
      this.maxCollectionSize = value;
      return this;
    }

    /**
     * Sets the deepest nesting of arrays and objects accepted.
     *
     * @param value 1 to {@value JsonReadOptions#MAX_NESTING_DEPTH_LIMIT}
     * @return this builder
     * @throws IllegalArgumentException if {@code value} is out of range
     */
    public Builder maxNestingDepth(int value) {
      if (value < 1 || value > MAX_NESTING_DEPTH_LIMIT) {
        throw new IllegalArgumentException(
            "maxNestingDepth must be 1 to " + MAX_NESTING_DEPTH_LIMIT + ": " + value);
      }
      this.maxNestingDepth = value;
      return this;
    }

    /**
     * Returns the options.
     *
     * @return new options with this builder's settings
     */
    public JsonReadOptions build() {
      return new JsonReadOptions(this);
    }
  }
}
