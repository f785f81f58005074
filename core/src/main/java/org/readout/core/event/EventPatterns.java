package org.readout.core.event;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.readout.core.internal.TsvLines;

/**
 * The verb-and-noun pattern dictionary that maps predicates to CAMEO codes, expanded and indexed by
 * the surface form of each pattern's first word. Immutable and thread-safe; load it once with
 * {@link #loadBundled(CameoCodebook)}.
 *
 * <p>Lines hold lemma-level patterns ({@code 163 <tab> impose {sanctions|embargo}}); loading
 * expands alternatives and inflects the first word of verb patterns, so a few hundred lines become
 * thousands of patterns. The format is described in {@code docs/events.md}. Bad data fails at load
 * with an {@link IllegalArgumentException} naming {@code file:line}.
 */
public final class EventPatterns {
  static final String BUNDLED = "event-patterns.tsv";
  private static final int MAX_EXPANSIONS_PER_LINE = 2000;

  private final Map<String, List<EventPattern>> byFirstWord;
  private final int size;

  private EventPatterns(Map<String, List<EventPattern>> byFirstWord, int size) {
    this.byFirstWord = byFirstWord;
    this.size = size;
  }

  /** The dictionary shipped with Readout, checked against {@code codebook}. */
  public static EventPatterns loadBundled(CameoCodebook codebook) {
    return parse(CameoCodebook.readResource(BUNDLED), BUNDLED, codebook);
  }

  /**
   * Parses pattern lines: {@code code <tab> pattern [<tab> role]}; {@code #} comments and blank
   * lines are ignored.
   *
   * @param source the file name used in error messages
   * @throws IllegalArgumentException naming {@code source:line} on the first bad line
   */
  public static EventPatterns parse(String text, String source, CameoCodebook codebook) {
    Map<String, List<EventPattern>> index = new HashMap<>();
    Map<String, EventPattern> seen = new HashMap<>();
    int count = 0;
    for (TsvLines.Line line : TsvLines.of(text).lines()) {
      String where = source + ":" + line.number() + ": ";
      String[] f = line.fields();
      if (f.length < 2 || f.length > 3) {
        throw new IllegalArgumentException(
            where + "expected 2 or 3 tab-separated columns, found " + f.length);
      }
      Role role = f.length == 3 ? role(f[2].trim(), where) : Role.NONE;
      String code = f[0].trim();
      if (code.equals("-") ? role != Role.NEGATE : !codebook.contains(code) || code.length() < 3) {
        throw new IllegalArgumentException(where + "unknown CAMEO event code '" + code + "'");
      }
      String pattern = f[1].trim().toLowerCase(Locale.ROOT);
      boolean nominal = pattern.startsWith("~");
      if (nominal) {
        pattern = pattern.substring(1).trim();
      }
      for (List<String> words : expand(pattern, where)) {
        check(words, where);
        for (List<String> surface : surfaceForms(words, nominal)) {
          EventPattern p = new EventPattern(code, surface, role, nominal, line.number());
          String key = String.join(" ", surface) + (nominal ? "~" : "");
          EventPattern before = seen.putIfAbsent(key, p);
          if (before != null) {
            if (!before.code().equals(code) && before.line() != p.line()) {
              throw new IllegalArgumentException(
                  where
                      + "'"
                      + String.join(" ", surface)
                      + "' already maps to "
                      + before.code()
                      + " on line "
                      + before.line());
            }
            continue;
          }
          index.computeIfAbsent(surface.get(0), k -> new ArrayList<>()).add(p);
          count++;
        }
      }
    }
    Map<String, List<EventPattern>> frozen = new HashMap<>();
    index.forEach((k, v) -> frozen.put(k, List.copyOf(v)));
    return new EventPatterns(Map.copyOf(frozen), count);
  }

  /** Patterns whose first word is {@code lowerCaseForm}; empty when none. */
  List<EventPattern> startingWith(String lowerCaseForm) {
    return byFirstWord.getOrDefault(lowerCaseForm, List.of());
  }

  /** Number of expanded patterns (after alternatives and inflection). */
  public int size() {
    return size;
  }

  private static Role role(String s, String where) {
    try {
      return Role.valueOf(s.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(where + "unknown role '" + s + "'", e);
    }
  }

  /** Expands {@code {a|b c}} groups into every combination of words. */
  static List<List<String>> expand(String pattern, String where) {
    List<List<String>> out = new ArrayList<>();
    out.add(new ArrayList<>());
    int i = 0;
    while (i < pattern.length()) {
      char c = pattern.charAt(i);
      if (c == ' ') {
        i++;
      } else if (c == '{') {
        int close = pattern.indexOf('}', i);
        int nested = pattern.indexOf('{', i + 1);
        if (close < 0 || (nested >= 0 && nested < close)) {
          throw new IllegalArgumentException(where + "unbalanced '{' at column " + (i + 1));
        }
        List<List<String>> next = new ArrayList<>();
        for (String alt : pattern.substring(i + 1, close).split("\\|", -1)) {
          if (alt.isBlank()) {
            throw new IllegalArgumentException(
                where + "empty alternative in '{...}' at column " + (i + 1));
          }
          for (List<String> prefix : out) {
            List<String> w = new ArrayList<>(prefix);
            w.addAll(List.of(alt.trim().split(" +")));
            next.add(w);
          }
        }
        out = next;
        if (out.size() > MAX_EXPANSIONS_PER_LINE) {
          throw new IllegalArgumentException(
              where + "more than " + MAX_EXPANSIONS_PER_LINE + " expansions");
        }
        i = close + 1;
      } else if (c == '}' || c == '|') {
        throw new IllegalArgumentException(where + "unexpected '" + c + "' at column " + (i + 1));
      } else {
        int end = i;
        while (end < pattern.length() && " {}|".indexOf(pattern.charAt(end)) < 0) {
          end++;
        }
        String word = pattern.substring(i, end);
        out.forEach(w -> w.add(word));
        i = end;
      }
    }
    return out;
  }

  private static void check(List<String> words, String where) {
    if (words.isEmpty()) {
      throw new IllegalArgumentException(where + "empty pattern");
    }
    String first = words.get(0);
    if (first.equals("*") || first.equals("%")) {
      throw new IllegalArgumentException(where + "a pattern cannot start with '" + first + "'");
    }
    for (int k = 1; k < words.size(); k++) {
      String w = words.get(k);
      if (w.startsWith("=")) {
        throw new IllegalArgumentException(where + "'=' marks only the first word");
      }
      if (w.equals("*") && words.get(k - 1).equals("*")) {
        throw new IllegalArgumentException(where + "two gaps in a row");
      }
    }
    if (words.get(words.size() - 1).equals("*")) {
      throw new IllegalArgumentException(where + "a pattern cannot end with a gap");
    }
  }

  /**
   * The inflected variants: every form of the first word of a verb pattern, singular and plural of
   * a noun.
   */
  private static List<List<String>> surfaceForms(List<String> words, boolean nominal) {
    List<List<String>> out = new ArrayList<>();
    String first = words.get(0);
    if (first.startsWith("=")) {
      List<String> w = new ArrayList<>(words);
      w.set(0, first.substring(1));
      out.add(w);
    } else if (nominal) {
      int last = words.size() - 1;
      for (String form : Inflector.nounForms(words.get(last))) {
        List<String> w = new ArrayList<>(words);
        w.set(last, form);
        out.add(w);
      }
    } else {
      for (String form : Inflector.verbForms(first)) {
        List<String> w = new ArrayList<>(words);
        w.set(0, form);
        out.add(w);
      }
    }
    return out;
  }
}
