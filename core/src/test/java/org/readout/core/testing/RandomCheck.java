package org.readout.core.testing;

import java.util.Random;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * A small property-test runner on plain JUnit: runs a check on many inputs drawn from a seeded
 * {@link Random} and, on failure, shrinks a failing string by deleting pieces of it, then fails
 * with the seed, the try and the shrunk input (escaped) so the case can be replayed and saved under
 * {@code fuzz/}.
 *
 * <p>The seed is random per run, so every build explores new inputs; {@code -Dreadout.seed=N}
 * replays run N exactly. {@code -Dreadout.tries=K} multiplies every property's tries by K for a
 * longer fuzzing session.
 */
public final class RandomCheck {
  /** System property that fixes the seed of every property in the run. */
  public static final String SEED_PROPERTY = "readout.seed";

  /** System property that multiplies the tries of every property. */
  public static final String TRIES_PROPERTY = "readout.tries";

  private RandomCheck() {}

  /** The seed for this run: {@code -Dreadout.seed} when given, else a fresh one. */
  public static long seed() {
    String fixed = System.getProperty(SEED_PROPERTY);
    return fixed != null && !fixed.isBlank()
        ? Long.parseLong(fixed.trim())
        : new Random().nextLong();
  }

  /**
   * Checks {@code check} on {@code tries} strings from {@code gen}; a failing string is shrunk
   * before reporting.
   *
   * @param name what the property says, for the failure message
   */
  public static void forAllStrings(
      String name, int tries, Function<Random, String> gen, Consumer<String> check) {
    forAll(name, tries, gen, check, RandomCheck::shrink, RandomCheck::escape);
  }

  /**
   * As {@link #forAllStrings}, for inputs that cannot be shrunk; {@code show} renders an input in
   * the message.
   */
  public static <T> void forAll(
      String name,
      int tries,
      Function<Random, T> gen,
      Consumer<T> check,
      Function<T, String> show) {
    forAll(name, tries, gen, check, (t, c) -> t, show);
  }

  private interface Shrinker<T> {
    T shrink(T failing, Consumer<T> check);
  }

  private static <T> void forAll(
      String name,
      int tries,
      Function<Random, T> gen,
      Consumer<T> check,
      Shrinker<T> shrinker,
      Function<T, String> show) {
    long seed = seed();
    Random random = new Random(seed);
    tries *= Integer.getInteger(TRIES_PROPERTY, 1);
    for (int i = 0; i < tries; i++) {
      T input = gen.apply(random);
      Throwable failure = failure(check, input);
      if (failure != null) {
        T small = shrinker.shrink(input, check);
        Throwable smallFailure = failure(check, small);
        Throwable reported = smallFailure != null ? smallFailure : failure;
        throw new AssertionError(
            String.format(
                "property '%s' failed on try %d of %d; replay with -D%s=%d%nshrunk input: %s%nfailure: %s",
                name,
                i + 1,
                tries,
                SEED_PROPERTY,
                seed,
                show.apply(smallFailure != null ? small : input),
                reported),
            reported);
      }
    }
  }

  private static <T> Throwable failure(Consumer<T> check, T input) {
    try {
      check.accept(input);
      return null;
    } catch (AssertionError | RuntimeException | StackOverflowError e) {
      return e;
    }
  }

  /**
   * Delta debugging on characters: drops ever smaller chunks while the check still fails, then
   * tries to replace each remaining character by a space. Bounded, so a slow check cannot stall the
   * build.
   */
  static String shrink(String failing, Consumer<String> check) {
    String best = failing;
    int budget = 2000;
    for (int chunk = Math.max(1, best.length() / 2); chunk >= 1 && budget > 0; chunk /= 2) {
      boolean progress = true;
      while (progress && budget > 0) {
        progress = false;
        for (int at = 0; at < best.length() && budget > 0; at += chunk) {
          String candidate =
              best.substring(0, at) + best.substring(Math.min(best.length(), at + chunk));
          budget--;
          if (failure(check, candidate) != null) {
            best = candidate;
            progress = true;
            at -= chunk;
          }
        }
      }
    }
    return best;
  }

  /**
   * The input as a Java string literal body: non-ASCII and control characters as {@code \\uXXXX}.
   */
  public static String escape(String s) {
    StringBuilder sb = new StringBuilder("\"");
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\n') {
        sb.append("\\n");
      } else if (c == '\r') {
        sb.append("\\r");
      } else if (c == '"' || c == '\\') {
        sb.append('\\').append(c);
      } else if (c < 0x20 || c > 0x7E) {
        sb.append(String.format("\\u%04X", (int) c));
      } else {
        sb.append(c);
      }
    }
    return sb.append('"').toString();
  }

  /**
   * Joins the pieces {@code gen} draws until {@code maxChars} is reached (the last piece is cut).
   */
  public static String concat(Random random, int maxChars, Function<Random, String> piece) {
    int target = random.nextInt(maxChars + 1);
    StringBuilder sb = new StringBuilder(target);
    while (sb.length() < target) {
      sb.append(piece.apply(random));
    }
    sb.setLength(Math.min(sb.length(), target));
    return sb.toString();
  }
}
