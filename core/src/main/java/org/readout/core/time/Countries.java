package org.readout.core.time;

import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The few country words that decide which country's holiday a name means ("Russia's Victory Day",
 * "Chinese National Day"). A deliberately small list: only countries whose holidays {@link
 * Holidays} distinguishes.
 */
final class Countries {
  private static final Map<String, String> WORDS =
      Map.ofEntries(
          Map.entry("russia", "RUS"),
          Map.entry("russian", "RUS"),
          Map.entry("moscow", "RUS"),
          Map.entry("kremlin", "RUS"),
          Map.entry("china", "CHN"),
          Map.entry("chinese", "CHN"),
          Map.entry("beijing", "CHN"),
          Map.entry("u.s.", "USA"),
          Map.entry("us", "USA"),
          Map.entry("america", "USA"),
          Map.entry("american", "USA"),
          Map.entry("washington", "USA"),
          Map.entry("india", "IND"),
          Map.entry("indian", "IND"),
          Map.entry("pakistan", "PAK"),
          Map.entry("pakistani", "PAK"),
          Map.entry("ukraine", "UKR"),
          Map.entry("ukrainian", "UKR"),
          Map.entry("mexico", "MEX"),
          Map.entry("mexican", "MEX"),
          Map.entry("brazil", "BRA"),
          Map.entry("brazilian", "BRA"),
          Map.entry("indonesia", "IDN"),
          Map.entry("indonesian", "IDN"),
          Map.entry("philippines", "PHL"),
          Map.entry("philippine", "PHL"),
          Map.entry("kenya", "KEN"),
          Map.entry("kenyan", "KEN"),
          Map.entry("nigeria", "NGA"),
          Map.entry("nigerian", "NGA"),
          Map.entry("argentina", "ARG"),
          Map.entry("argentine", "ARG"),
          Map.entry("ghana", "GHA"),
          Map.entry("taiwan", "TWN"),
          Map.entry("taiwanese", "TWN"),
          Map.entry("vietnam", "VNM"),
          Map.entry("vietnamese", "VNM"),
          Map.entry("singapore", "SGP"),
          Map.entry("saudi", "SAU"),
          Map.entry("emirati", "ARE"),
          Map.entry("uae", "ARE"),
          Map.entry("korea", "PRK"),
          Map.entry("france", "FRA"),
          Map.entry("french", "FRA"),
          Map.entry("britain", "GBR"),
          Map.entry("british", "GBR"),
          Map.entry("uk", "GBR"),
          Map.entry("turkey", "TUR"),
          Map.entry("turkish", "TUR"),
          Map.entry("italy", "ITA"),
          Map.entry("italian", "ITA"),
          Map.entry("canada", "CAN"),
          Map.entry("canadian", "CAN"),
          Map.entry("belarus", "BLR"),
          Map.entry("belarusian", "BLR"));

  private Countries() {}

  /**
   * The country named by one of the three words just before {@code offset} in {@code text}, or
   * null.
   */
  static @Nullable String before(String text, int offset) {
    int e = offset;
    for (int seen = 0; seen < 3; seen++) {
      while (e > 0 && Character.isWhitespace(text.charAt(e - 1))) {
        e--;
      }
      int s = e;
      while (s > 0 && !Character.isWhitespace(text.charAt(s - 1))) {
        s--;
      }
      if (s == e) {
        return null;
      }
      String code = WORDS.get(normalize(text.substring(s, e)));
      if (code != null) {
        return code;
      }
      e = s;
    }
    return null;
  }

  /** Lower case, without a possessive "'s" and, except in "u.s.", without punctuation. */
  private static String normalize(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    if (w.endsWith("'s") || w.endsWith("\u2019s")) {
      w = w.substring(0, w.length() - 2);
    }
    if (w.startsWith("u.s.")) {
      return "u.s.";
    }
    StringBuilder b = new StringBuilder(w.length());
    for (int i = 0; i < w.length(); i++) {
      char c = w.charAt(i);
      if (c >= 'a' && c <= 'z') {
        b.append(c);
      }
    }
    return b.toString();
  }
}
