package org.readout.core.analysis;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A cheap guess of a text's language, made before analysis so that text Readout cannot read is
 * refused out loud ("not English") instead of yielding empty results.
 *
 * <p>Design decision: two signals, no model. First the script: letters outside Latin (Han, kana,
 * Hangul, Arabic, Cyrillic, ...) name the language family at once. Then, for Latin text, the share
 * of words that are English function words ("the", "of", "said"), against those of five other
 * Latin-script news languages: English news has 25–40% of them, a French or Spanish article under
 * 5%. Short texts (under {@value #MIN_WORDS} words) are given the benefit of the doubt: a headline
 * or a brief is too short to judge and costs little to analyse.
 *
 * @param language a BCP 47 code: {@code en}, {@code fr}, {@code zh}, ...; {@code und} when unknown
 * @param english whether Readout should analyse the text
 * @param reason what the guess rests on, for messages ("62% of letters are Han or kana")
 */
public record LanguageGuess(String language, boolean english, String reason) {
  static final int MIN_WORDS = 12;

  private static final String HAN_OR_KANA = "Han or kana";

  private static final Set<String> ENGLISH =
      Set.of(
          "the", "of", "and", "to", "in", "a", "is", "that", "for", "on", "with", "said", "was",
          "as", "by", "at", "it", "he", "she", "his", "her", "from", "be", "has", "have", "are",
          "will", "were", "an", "this", "who", "which", "not", "but", "they", "their", "after");

  /** Function words of other Latin-script news languages, to name what the text is instead. */
  private static final Map<String, Set<String>> OTHERS =
      Map.of(
          "fr", Set.of("le", "la", "les", "des", "et", "est", "une", "du", "dans", "pour", "qui"),
          "es", Set.of("el", "los", "las", "del", "y", "que", "por", "una", "con", "para", "se"),
          "de", Set.of("der", "die", "das", "und", "ist", "nicht", "mit", "den", "von", "zu"),
          "pt", Set.of("o", "os", "do", "da", "em", "não", "uma", "com", "para", "que", "e"),
          "it", Set.of("il", "di", "che", "è", "per", "un", "della", "gli", "con", "non", "sono"));

  /**
   * How much of a text the guess reads: a language shows in its first pages, and a guess that read
   * a 5 MB document whole would cost more than some stages do (issue 13).
   */
  static final int SAMPLE_CHARS = 65_536;

  /** Guesses the language of {@code text} from its first {@link #SAMPLE_CHARS} characters. */
  public static LanguageGuess of(String full) {
    int end = Math.min(full.length(), SAMPLE_CHARS);
    if (end < full.length() && Character.isHighSurrogate(full.charAt(end - 1))) {
      end--; // never split a surrogate pair
    }
    String text = full.substring(0, end);
    int latin = 0;
    int letters = 0;
    int kana = 0;
    Map<String, Integer> scripts = new java.util.HashMap<>();
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      i += Character.charCount(cp);
      if (!Character.isLetter(cp)) {
        continue;
      }
      letters++;
      Character.UnicodeScript script = Character.UnicodeScript.of(cp);
      if (script == Character.UnicodeScript.LATIN) {
        latin++;
      } else {
        if (script == Character.UnicodeScript.HIRAGANA
            || script == Character.UnicodeScript.KATAKANA) {
          kana++;
        }
        scripts.merge(family(script), 1, Integer::sum);
      }
    }
    if (letters == 0) {
      return new LanguageGuess("und", false, "no letters at all");
    }
    if (latin * 2 < letters) {
      String top =
          scripts.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
      int share = 100 * scripts.get(top) / letters;
      String code = top.equals(HAN_OR_KANA) ? (kana > 0 ? "ja" : "zh") : code(top);
      return new LanguageGuess(code, false, share + "% of letters are " + top);
    }
    return latinGuess(text);
  }

  private static LanguageGuess latinGuess(String text) {
    String[] words = text.toLowerCase(Locale.ROOT).split("[^\\p{L}']+");
    int total = 0;
    int english = 0;
    Map<String, Integer> other = new java.util.HashMap<>();
    for (String w : words) {
      if (w.isEmpty()) {
        continue;
      }
      total++;
      if (ENGLISH.contains(w)) {
        english++;
      }
      OTHERS.forEach(
          (lang, set) -> {
            if (set.contains(w)) {
              other.merge(lang, 1, Integer::sum);
            }
          });
    }
    if (total < MIN_WORDS) {
      return new LanguageGuess("en", true, "too short to judge (" + total + " words)");
    }
    var best = other.entrySet().stream().max(Map.Entry.comparingByValue());
    int englishShare = 100 * english / total;
    if (englishShare >= 8 || best.isEmpty() || best.get().getValue() <= english) {
      return new LanguageGuess("en", true, englishShare + "% of words are English function words");
    }
    String lang = best.get().getKey();
    return new LanguageGuess(
        lang,
        false,
        "only "
            + englishShare
            + "% of words are English function words, "
            + 100 * best.get().getValue() / total
            + "% are "
            + new Locale(lang).getDisplayLanguage(Locale.ENGLISH)
            + " ones");
  }

  /**
   * Whether {@code text} has no letter case to speak of: all capitals (wire slugs, some feeds) or
   * all lower case. CoreNLP's names and sentence breaks rest on case, so such text is read with a
   * warning that names may be missed.
   */
  public static boolean caseless(String text) {
    int upper = 0;
    int lower = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isUpperCase(c)) {
        upper++;
      } else if (Character.isLowerCase(c)) {
        lower++;
      }
    }
    int cased = upper + lower;
    return cased >= 40 && Math.min(upper, lower) * 50 < cased;
  }

  /** Scripts that write one language family are reported together. */
  private static String family(Character.UnicodeScript script) {
    return switch (script) {
      case HAN, HIRAGANA, KATAKANA -> HAN_OR_KANA;
      case HANGUL -> "Hangul";
      case ARABIC -> "Arabic";
      case CYRILLIC -> "Cyrillic";
      case GREEK -> "Greek";
      case HEBREW -> "Hebrew";
      case DEVANAGARI -> "Devanagari";
      case THAI -> "Thai";
      default -> script.name().charAt(0) + script.name().substring(1).toLowerCase(Locale.ROOT);
    };
  }

  private static String code(String family) {
    return switch (family) {
      case "Hangul" -> "ko";
      case "Greek" -> "el";
      case "Hebrew" -> "he";
      case "Thai" -> "th";
      // Scripts shared by several languages: the script is known, the language is not.
      case "Arabic" -> "und-Arab";
      case "Cyrillic" -> "und-Cyrl";
      case "Devanagari" -> "und-Deva";
      default -> "und";
    };
  }
}
