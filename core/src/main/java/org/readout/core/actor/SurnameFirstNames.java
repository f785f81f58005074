package org.readout.core.actor;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Chinese and Korean names written surname first, as the English-language news of those countries
 * writes them ("Park Jun-ho", "Li Qiang", "Tsai Ing-wen"): a later bare "Park" is the surname, the
 * name's first word, where a Western name's surname is its last ("Maria Lopez" ... "Lopez").
 *
 * <p>A name is read as surname first when its first word is one of the known surnames ({@value
 * #RESOURCE}) and the one or two words after it look like a romanized given name: hyphenated
 * ("Jun-ho", "Ing-wen") or made of pinyin syllables ("Qiang", "Jong Un"). "Kim Kardashian" and "Lee
 * Anderson" are not: their second word is no such syllable string.
 *
 * <p>Thread-safe: the surname list is read once, when the class loads.
 */
final class SurnameFirstNames {
  static final String RESOURCE = "surname-first.txt";

  private static final Set<String> SURNAMES = load();

  /** A given name with a hyphen: "Jun-ho", "Ing-wen", "Ka-chiu". */
  private static final Pattern HYPHENATED = Pattern.compile("\\p{Lu}\\p{Ll}+-\\p{Ll}+");

  /** One or more pinyin syllables: "Qiang", "Jinping", "Jong", "Un". */
  private static final Pattern PINYIN =
      Pattern.compile(
          "(?:(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?"
              + "(?:iang|iong|uang|ang|eng|ing|ong|ian|iao|uai|uan|ai|ao|an|ei|en|er|ia|ie|in|iu"
              + "|ou|ua|uo|ue|ui|un|a|e|i|o|u))+",
          Pattern.CASE_INSENSITIVE);

  private SurnameFirstNames() {}

  /** The known surnames (for the dictionary's validation test). */
  static Set<String> surnames() {
    return SURNAMES;
  }

  /**
   * The surname of {@code fullName} when it is a surname-first name ("Park" for "Park Jun-ho"),
   * else null.
   */
  static @Nullable String surnameOf(String fullName) {
    String[] words = fullName.strip().split("\\s+");
    if (words.length < 2 || words.length > 3 || !SURNAMES.contains(words[0])) {
      return null;
    }
    for (int i = 1; i < words.length; i++) {
      String w = words[i];
      boolean given =
          HYPHENATED.matcher(w).matches()
              || (Character.isUpperCase(w.charAt(0)) && PINYIN.matcher(w).matches());
      if (!given) {
        return null;
      }
    }
    return words[0];
  }

  private static Set<String> load() {
    InputStream in = SurnameFirstNames.class.getResourceAsStream(RESOURCE);
    if (in == null) {
      throw new DictionaryException(RESOURCE, 0, "bundled resource missing from the classpath");
    }
    Set<String> out = new HashSet<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      int n = 0;
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        n++;
        String s = line.strip();
        if (s.isEmpty() || s.startsWith("#")) {
          continue;
        }
        if (!s.matches("\\p{Lu}\\p{Ll}+") || !out.add(s)) {
          throw new DictionaryException(RESOURCE, n, "bad or repeated surname '" + s + "'");
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("reading " + RESOURCE, e);
    }
    return Set.copyOf(out);
  }
}
