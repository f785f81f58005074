package org.readout.story;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collection;

/**
 * A MinHash signature of an article's lead: {@link #SIZE} minimum hash values over its set of word
 * shingles, whose agreement estimates the Jaccard similarity of two leads (standard error about
 * 1/sqrt(SIZE), 0.09). Immutable.
 *
 * <p>Design decision: MinHash over sets rather than TF-IDF, because TF-IDF weights depend on every
 * article seen so far, so the same pair of articles would score differently depending on ingest
 * order; a signature depends only on its own article, which keeps the stories order-independent,
 * and it stores in {@code 4 × SIZE} bytes.
 */
public final class LeadSignature {
  /** Hash functions per signature. */
  public static final int SIZE = 64;

  private static final LeadSignature EMPTY = new LeadSignature(new int[0], 0);

  private final int[] mins;
  private final int words;

  private LeadSignature(int[] mins, int words) {
    this.mins = mins;
    this.words = words;
  }

  /** The signature of a set of shingles; an empty set has an empty signature. */
  public static LeadSignature of(Collection<String> shingles) {
    if (shingles.isEmpty()) {
      return EMPTY;
    }
    int[] mins = new int[SIZE];
    Arrays.fill(mins, Integer.MAX_VALUE);
    for (String s : shingles) {
      long h = fnv(s);
      for (int i = 0; i < SIZE; i++) {
        int v = (int) (mix(h + 0x9E3779B97F4A7C15L * (i + 1)) >>> 33);
        if (v < mins[i]) {
          mins[i] = v;
        }
      }
    }
    return new LeadSignature(mins, shingles.size());
  }

  /** How many shingles the lead has. */
  public int words() {
    return words;
  }

  /**
   * Estimated number of shingles two leads share, from their similarity J and sizes: |A ∩ B| = J
   * (|A| + |B|) / (1 + J). Short leads reach a high similarity with one shared word; this says how
   * much evidence the similarity rests on.
   */
  public double shared(LeadSignature other) {
    double j = similarity(other);
    return j * (words + other.words) / (1 + j);
  }

  /** Estimated Jaccard similarity, 0..1; 0 when either lead is empty. */
  public double similarity(LeadSignature other) {
    if (mins.length == 0 || other.mins.length == 0) {
      return 0;
    }
    int same = 0;
    for (int i = 0; i < SIZE; i++) {
      if (mins[i] == other.mins[i]) {
        same++;
      }
    }
    return same / (double) SIZE;
  }

  /**
   * The signature as bytes (big-endian ints: the minimum values, then the shingle count), as {@link
   * #fromBytes} reads them; empty for an empty lead.
   */
  public byte[] toBytes() {
    if (mins.length == 0) {
      return new byte[0];
    }
    ByteBuffer b = ByteBuffer.allocate(4 * mins.length + 4);
    for (int v : mins) {
      b.putInt(v);
    }
    b.putInt(words);
    return b.array();
  }

  /** Reads {@link #toBytes()}. */
  public static LeadSignature fromBytes(byte[] bytes) {
    if (bytes.length == 0) {
      return EMPTY;
    }
    if (bytes.length != 4 * SIZE + 4) {
      throw new IllegalArgumentException(
          "a signature has " + (4 * SIZE + 4) + " bytes, not " + bytes.length);
    }
    ByteBuffer b = ByteBuffer.wrap(bytes);
    int[] mins = new int[SIZE];
    for (int i = 0; i < SIZE; i++) {
      mins[i] = b.getInt();
    }
    return new LeadSignature(mins, b.getInt());
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof LeadSignature s && words == s.words && Arrays.equals(mins, s.mins);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(mins);
  }

  /** 64-bit FNV-1a over UTF-8: stable across JVMs, unlike {@link String#hashCode()}'s spread. */
  private static long fnv(String s) {
    long h = 0xcbf29ce484222325L;
    for (byte x : s.getBytes(StandardCharsets.UTF_8)) {
      h ^= x & 0xff;
      h *= 0x100000001b3L;
    }
    return h;
  }

  /** SplitMix64's finalizer: one well-mixed hash per seed. */
  private static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
    z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
    return z ^ (z >>> 31);
  }
}
