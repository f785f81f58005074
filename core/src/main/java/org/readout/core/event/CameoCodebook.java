package org.readout.core.event;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.readout.core.internal.TsvLines;

/**
 * The CAMEO event codebook: every root category (2 digits) and every 3- and 4-digit code with its
 * name, QuadClass and Goldstein scale value. Immutable and thread-safe; load it once with {@link
 * #loadBundled()}.
 *
 * <p>The data lives in {@code cameo-codebook.tsv} next to this class; its format is described in
 * {@code docs/events.md}. Bad data fails at load with an {@link IllegalArgumentException} naming
 * {@code file:line}.
 */
public final class CameoCodebook {
  static final String BUNDLED = "cameo-codebook.tsv";

  /**
   * One code of the codebook.
   *
   * @param code 2 to 4 digits ({@code "04"}, {@code "042"}, {@code "1312"})
   * @param name short English description
   * @param quadClass 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material
   *     conflict
   * @param goldstein Goldstein scale value, -10 (most conflictual) to +10 (most cooperative)
   */
  public record Code(String code, String name, int quadClass, double goldstein) {
    public Code {
      Objects.requireNonNull(code, "code");
      Objects.requireNonNull(name, "name");
    }

    /** The two-digit root category. */
    public String root() {
      return code.substring(0, 2);
    }

    /** The three-digit base code (GDELT's EventBaseCode), or the root for a root code. */
    public String base() {
      return code.length() > 3 ? code.substring(0, 3) : code;
    }
  }

  private final Map<String, Code> codes;

  private CameoCodebook(Map<String, Code> codes) {
    this.codes = Collections.unmodifiableMap(codes);
  }

  /** The codebook shipped with Readout. */
  public static CameoCodebook loadBundled() {
    return parse(readResource(BUNDLED), BUNDLED);
  }

  /**
   * Parses codebook text: tab-separated {@code code, quadClass, goldstein, name}, one header line,
   * {@code #} comments and blank lines ignored.
   *
   * @param source the file name used in error messages
   * @throws IllegalArgumentException naming {@code source:line} on the first bad line
   */
  public static CameoCodebook parse(String text, String source) {
    Map<String, Code> codes = new LinkedHashMap<>();
    for (TsvLines.Line line : TsvLines.of(text).withoutHeader("code")) {
      String where = source + ":" + line.number() + ": ";
      String[] f = line.fields();
      if (f.length != 4) {
        throw new IllegalArgumentException(
            where + "expected 4 tab-separated columns, found " + f.length);
      }
      String code = f[0].trim();
      if (!code.matches("[0-9]{2,4}")) {
        throw new IllegalArgumentException(where + "bad CAMEO code '" + code + "'");
      }
      int root = Integer.parseInt(code.substring(0, 2));
      if (root < 1 || root > 20) {
        throw new IllegalArgumentException(
            where + "root " + code.substring(0, 2) + " outside 01-20");
      }
      if (code.length() > 2
          && !codes.containsKey(code.substring(0, code.length() - 1))
          && !codes.containsKey(code.substring(0, 2))) {
        throw new IllegalArgumentException(where + "code " + code + " listed before its parent");
      }
      int quad = parseInt(f[1].trim(), where + "bad QuadClass");
      if (quad != quadClassOfRoot(root)) {
        throw new IllegalArgumentException(
            where
                + "QuadClass "
                + quad
                + " does not fit root "
                + code.substring(0, 2)
                + " (expected "
                + quadClassOfRoot(root)
                + ")");
      }
      double goldstein = parseDouble(f[2].trim(), where + "bad Goldstein value");
      if (goldstein < -10 || goldstein > 10) {
        throw new IllegalArgumentException(
            where + "Goldstein value " + goldstein + " outside -10..10");
      }
      String name = f[3].trim();
      if (name.isEmpty()) {
        throw new IllegalArgumentException(where + "empty name");
      }
      if (codes.put(code, new Code(code, name, quad, goldstein)) != null) {
        throw new IllegalArgumentException(where + "duplicate code " + code);
      }
    }
    for (int r = 1; r <= 20; r++) {
      String root = String.format(java.util.Locale.ROOT, "%02d", r);
      if (!codes.containsKey(root)) {
        throw new IllegalArgumentException(source + ": root category " + root + " missing");
      }
    }
    return new CameoCodebook(codes);
  }

  /** GDELT's QuadClass convention by root: 01-05 → 1, 06-08 → 2, 09-13 → 3, 14-20 → 4. */
  public static int quadClassOfRoot(int root) {
    return root <= 5 ? 1 : root <= 8 ? 2 : root <= 13 ? 3 : 4;
  }

  /** The entry for {@code code}, or null when the codebook has no such code. */
  public @Nullable Code get(String code) {
    return codes.get(code);
  }

  public boolean contains(String code) {
    return codes.containsKey(code);
  }

  /** Every code, in file order (roots before their children). */
  public List<Code> all() {
    return new ArrayList<>(codes.values());
  }

  public int size() {
    return codes.size();
  }

  private static int parseInt(String s, String message) {
    try {
      return Integer.parseInt(s);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(message + " '" + s + "'", e);
    }
  }

  private static double parseDouble(String s, String message) {
    try {
      return Double.parseDouble(s);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(message + " '" + s + "'", e);
    }
  }

  static String readResource(String name) {
    try (InputStream in = CameoCodebook.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
