package org.readout.core.ontology;

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
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.readout.core.event.CameoCodebook;
import org.readout.core.internal.TsvLines;

/**
 * The PLOVER 2021 event category, and mode where PLOVER defines one, of every CAMEO event code in
 * the {@link CameoCodebook}. Immutable and thread-safe; load it once with {@link #loadBundled()}.
 *
 * <p>The data lives in {@code cameo-plover.tsv} next to this class (format and sources in {@code
 * docs/events.md}, "PLOVER ontology"). Parsing checks it against the codebook: every code mapped
 * once, no code the codebook lacks, only the categories of {@link #CATEGORIES}; bad data fails with
 * an {@link IllegalArgumentException} naming {@code file:line}.
 *
 * <p>Design decision: CAMEO 01 (statements) has no PLOVER category, since PLOVER codes no bare
 * statements; {@link #of} returns null for it. CAMEO 02 (appeals), which PLOVER folds into
 * requests, is REQUEST. CAMEO 08 is YIELD, the one category PLOVER 2021 data sets use for what the
 * Draft 0.8 manual splits into CONCEDE and RETREAT.
 */
public final class PloverTable {
  static final String BUNDLED = "cameo-plover.tsv";

  /** The PLOVER 2021 event categories, as the PLV data sets name them. */
  public static final Set<String> CATEGORIES =
      Set.of(
          "AGREE",
          "CONSULT",
          "SUPPORT",
          "COOPERATE",
          "AID",
          "YIELD",
          "REQUEST",
          "ACCUSE",
          "REJECT",
          "THREATEN",
          "PROTEST",
          "MOBILIZE",
          "SANCTION",
          "COERCE",
          "ASSAULT");

  private static final Pattern MODE = Pattern.compile("[a-z]+(-[a-z]+)*");

  /**
   * The PLOVER event type of one CAMEO code.
   *
   * @param category one of {@link #CATEGORIES}
   * @param mode PLOVER's mode ({@code "demo"}, {@code "visit"}, {@code "heavy-weapons"}), or null
   *     where PLOVER gives the code none
   */
  public record PloverType(String category, @Nullable String mode) {
    public PloverType {
      Objects.requireNonNull(category, "category");
    }
  }

  private final Map<String, @Nullable PloverType> types;

  private PloverTable(Map<String, @Nullable PloverType> types) {
    this.types = Collections.unmodifiableMap(types);
  }

  /** The table shipped with Readout, checked against the bundled codebook. */
  public static PloverTable loadBundled() {
    return parse(readResource(), BUNDLED, CameoCodebook.loadBundled());
  }

  /**
   * Parses table text: tab-separated {@code code, category, mode} ({@code -} for none), one header
   * line, {@code #} comments and blank lines ignored.
   *
   * @param source the file name used in error messages
   * @param codebook the codes that must each be mapped exactly once
   * @throws IllegalArgumentException naming {@code source:line} on the first bad line, or {@code
   *     source} and the codes left unmapped
   */
  public static PloverTable parse(String text, String source, CameoCodebook codebook) {
    Map<String, @Nullable PloverType> types = new LinkedHashMap<>();
    for (TsvLines.Line line : TsvLines.of(text).withoutHeader("code")) {
      String where = source + ":" + line.number() + ": ";
      String[] f = line.fields();
      if (f.length != 3) {
        throw new IllegalArgumentException(
            where + "expected 3 tab-separated columns, found " + f.length);
      }
      String code = f[0].strip();
      if (!codebook.contains(code)) {
        throw new IllegalArgumentException(where + "code '" + code + "' is not in the codebook");
      }
      if (types.containsKey(code)) {
        throw new IllegalArgumentException(where + "duplicate code " + code);
      }
      types.put(code, type(code, f[1].strip(), f[2].strip(), where));
    }
    List<String> missing = new ArrayList<>();
    for (CameoCodebook.Code c : codebook.all()) {
      if (!types.containsKey(c.code())) {
        missing.add(c.code());
      }
    }
    if (!missing.isEmpty()) {
      throw new IllegalArgumentException(source + ": codes not mapped: " + missing);
    }
    return new PloverTable(types);
  }

  private static @Nullable PloverType type(
      String code, String category, String mode, String where) {
    // Statements are the one root PLOVER leaves out; any other gap would be a data error.
    boolean statement = code.startsWith("01");
    if (category.equals("-")) {
      if (!statement) {
        throw new IllegalArgumentException(where + "code " + code + " needs a category");
      }
      if (!mode.equals("-")) {
        throw new IllegalArgumentException(where + "a mode without a category");
      }
      return null;
    }
    if (statement) {
      throw new IllegalArgumentException(
          where + "statements (01) have no PLOVER category, found " + category);
    }
    if (!CATEGORIES.contains(category)) {
      throw new IllegalArgumentException(where + "unknown PLOVER category '" + category + "'");
    }
    if (!mode.equals("-") && !MODE.matcher(mode).matches()) {
      throw new IllegalArgumentException(where + "bad mode '" + mode + "'");
    }
    return new PloverType(category, mode.equals("-") ? null : mode);
  }

  /**
   * The PLOVER type of a CAMEO code; a code the table lacks takes its nearest listed parent's
   * ({@code 0435} reads as {@code 043}). Null for statements (01) and codes of no known root.
   */
  public @Nullable PloverType of(String cameoCode) {
    for (String c = cameoCode; c.length() >= 2; c = c.substring(0, c.length() - 1)) {
      if (types.containsKey(c)) {
        return types.get(c);
      }
    }
    return null;
  }

  /** The CAMEO codes of one category, in table order (roots before their children). */
  public List<String> codesOf(String category) {
    List<String> codes = new ArrayList<>();
    types.forEach(
        (code, type) -> {
          if (type != null && type.category().equals(category)) {
            codes.add(code);
          }
        });
    return codes;
  }

  /** Every mapped CAMEO code, in table order. */
  public Set<String> codes() {
    return types.keySet();
  }

  private static String readResource() {
    try (InputStream in = PloverTable.class.getResourceAsStream(BUNDLED)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + BUNDLED);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
