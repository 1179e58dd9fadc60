package dev.mentoring.matching.scoring;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.concurrent.Executor;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * How {@link CompatibilityModel#score(dev.mentoring.core.matching.MatchingProblem, ScoringOptions)}
 * runs: dense or top-K, on which threads, and at which instant time-zone offsets are taken. None of
 * these settings changes a score: equal problems give identical results however they run.
 *
 * <p>Defaults ({@link #defaults()}): a dense matrix; rows scored in parallel on the common {@link
 * java.util.concurrent.ForkJoinPool} when the problem has at least {@value #PARALLEL_THRESHOLD}
 * pairs, on the calling thread otherwise; offsets at {@link
 * ScoringContext#defaultReferenceInstant}.
 *
 * <p>Immutable and thread-safe. Build with {@link #builder()}.
 *
 * @since 0.1
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class ScoringOptions {

  /** The number of pairs from which scoring runs in parallel unless told otherwise. */
  public static final int PARALLEL_THRESHOLD = 1 << 16;

  private static final ScoringOptions DEFAULTS = builder().build();

  private final int topK;
  private final @Nullable Executor executor;
  private final int parallelism;
  private final boolean sequential;
  private final @Nullable Instant referenceInstant;

  private ScoringOptions(Builder b) {
    this.topK = b.topK;
    this.executor = b.executor;
    this.parallelism = b.parallelism;
    this.sequential = b.sequential;
    this.referenceInstant = b.referenceInstant;
  }

  /**
   * Returns the defaults.
   *
   * @return dense, parallel on the common pool for large problems, default reference instant
   */
  public static ScoringOptions defaults() {
    return DEFAULTS;
  }

  /**
   * Returns a new builder with the defaults.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the options for top-K mode with the other defaults.
   *
   * @param k how many mentors to keep per mentee, at least 1
   * @return the options
   * @throws IllegalArgumentException if {@code k < 1}
   */
  public static ScoringOptions topK(int k) {
    return builder().topK(k).build();
  }

  /**
   * Returns how many mentors are kept per mentee.
   *
   * @return K, or 0 for a dense matrix
   */
  public int candidatesPerMentee() {
    return topK;
  }

  /**
   * Tells whether the result is a dense matrix.
   *
   * @return true unless top-K mode was chosen
   */
  public boolean isDense() {
    return topK == 0;
  }

  /**
   * Returns the executor that scores rows in parallel.
   *
   * @return the executor, or null for the common pool (or none when {@link #isSequential()})
   */
  public @Nullable Executor executor() {
    return executor;
  }

  /**
   * Returns how many threads score rows: the calling thread and {@code parallelism - 1} tasks on
   * the executor.
   *
   * @return the parallelism, or 0 for the default: the common pool's parallelism plus one, or the
   *     number of available processors with an executor of one's own
   */
  public int parallelism() {
    return parallelism;
  }

  /**
   * Tells whether every row is scored on the calling thread.
   *
   * @return true if parallel scoring is off
   */
  public boolean isSequential() {
    return sequential;
  }

  /**
   * Returns the instant at which time-zone offsets are taken.
   *
   * @return the instant, or null for {@link ScoringContext#defaultReferenceInstant}
   */
  public @Nullable Instant referenceInstant() {
    return referenceInstant;
  }

  @Override
  public String toString() {
    return "ScoringOptions["
        + (topK == 0 ? "dense" : "topK=" + topK)
        + (sequential
            ? ", sequential"
            : ", parallelism=" + (parallelism == 0 ? "auto" : parallelism))
        + (executor == null ? "" : ", executor=" + executor)
        + (referenceInstant == null ? "" : ", at " + referenceInstant)
        + "]";
  }

  /**
   * Builds {@link ScoringOptions}. Not thread-safe; each setter replaces the previous value.
   *
   * @since 0.1
   */
  @API(status = API.Status.EXPERIMENTAL, since = "0.1")
  public static final class Builder {
    private int topK;
    private @Nullable Executor executor;
    private int parallelism;
    private boolean sequential;
    private @Nullable Instant referenceInstant;

    private Builder() {}

    /**
     * Chooses top-K mode: each mentee keeps only its K best allowed mentors (ties go to the lower
     * mentor index), and the dense matrix is never built.
     *
     * @param k how many mentors to keep per mentee, at least 1
     * @return this builder
     * @throws IllegalArgumentException if {@code k < 1}
     */
    public Builder topK(int k) {
      if (k < 1) {
        throw new IllegalArgumentException("top-K needs k >= 1, was " + k);
      }
      this.topK = k;
      return this;
    }

    /**
     * Chooses a dense matrix, the default.
     *
     * @return this builder
     */
    public Builder dense() {
      this.topK = 0;
      return this;
    }

    /**
     * Scores rows in parallel on an executor, whatever the problem's size.
     *
     * @param value the executor; tasks submitted to it must eventually run
     * @return this builder
     * @throws NullPointerException if {@code value} is null
     */
    public Builder executor(Executor value) {
      this.executor = requireNonNull(value, "executor");
      this.sequential = false;
      return this;
    }

    /**
     * Sets how many threads score rows: the calling thread and {@code value - 1} tasks on the
     * executor. Rows are split into about four chunks per thread, claimed as threads become free.
     *
     * @param value at least 1
     * @return this builder
     * @throws IllegalArgumentException if {@code value < 1}
     */
    public Builder parallelism(int value) {
      if (value < 1) {
        throw new IllegalArgumentException("parallelism must be at least 1, was " + value);
      }
      this.parallelism = value;
      return this;
    }

    /**
     * Scores every row on the calling thread.
     *
     * @return this builder
     */
    public Builder sequential() {
      this.sequential = true;
      this.executor = null;
      return this;
    }

    /**
     * Sets the instant at which time-zone offsets are taken.
     *
     * @param value the instant
     * @return this builder
     * @throws NullPointerException if {@code value} is null
     */
    public Builder referenceInstant(Instant value) {
      this.referenceInstant = requireNonNull(value, "referenceInstant");
      return this;
    }

    /**
     * Returns the options. The builder may be reused.
     *
     * @return the options
     */
    public ScoringOptions build() {
      return new ScoringOptions(this);
    }
  }
}
