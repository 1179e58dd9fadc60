package dev.mentoring.testkit.internal;

import java.util.random.RandomGenerator;

/**
 * Steele, Lea and Flood's SplitMix64 generator ("Fast splittable pseudorandom number generators",
 * OOPSLA 2014), written out here so that a seed yields the same sequence on every JVM and every
 * release: the JDK's generators make no such promise across versions. Not thread-safe.
 */
public final class SplitMix64 implements RandomGenerator {

  private static final long GOLDEN_GAMMA = 0x9e3779b97f4a7c15L;

  private long state;

  /**
   * Creates a generator.
   *
   * @param seed the seed; every value is valid
   */
  public SplitMix64(long seed) {
    this.state = seed;
  }

  @Override
  public long nextLong() {
    long z = (state += GOLDEN_GAMMA);
    z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
    z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
    return z ^ (z >>> 31);
  }

  /**
   * Returns an independent generator whose seed is drawn from this one, for a sub-task whose draws
   * must not shift when another sub-task changes.
   *
   * @return a new generator
   */
  public SplitMix64 split() {
    return new SplitMix64(nextLong());
  }

  /**
   * Derives a seed for a named stream from a seed, so that streams for different purposes are
   * independent and stable.
   *
   * @param seed the seed
   * @param stream the stream's number
   * @return the derived seed
   */
  public static long derive(long seed, long stream) {
    return new SplitMix64(seed ^ (stream * GOLDEN_GAMMA)).nextLong();
  }
}
