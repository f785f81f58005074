package org.readout.cli.bench;

import java.util.SplittableRandom;

/**
 * Derives independent random streams from a seed and an index, so article {@code i} of a corpus is
 * the same however it is reached (in order, by index, on any thread).
 */
final class Seeds {
  private Seeds() {}

  /** A random stream for item {@code index} of the corpus seeded {@code seed}. */
  static SplittableRandom of(long seed, long index) {
    return new SplittableRandom(mix(seed * 0x9E3779B97F4A7C15L + mix(index + 1)));
  }

  /** A random stream for item {@code index} of group {@code group}. */
  static SplittableRandom of(long seed, long group, long index) {
    return of(mix(seed + 0x632BE59BD9B4E019L * (group + 1)), index);
  }

  /** SplitMix64's finalizer: a bijective scramble of 64 bits. */
  static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }
}
